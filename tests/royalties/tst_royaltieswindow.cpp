// Royalties at the desk, on the offscreen platform with real widgets and a
// real SQLite newsroom holding the demo, in Vietnamese: a chief grades a
// published article through the dialog by keyboard, shares that do not add
// up keep OK off, only chiefs and admins get the royalties menu, the month's
// window lists what is ungraded and totals what the newsroom totals, a
// closed month refuses a grade with a message box, and an article's photo is
// graded after its text.
#include "articlepanels.h"
#include "articlestore.h"
#include "gradedialog.h"
#include "icontheme.h"
#include "localization.h"
#include "mediastore.h"
#include "photoimport.h"
#include "mainwindow.h"
#include "royaltieswindow.h"
#include "royaltystore.h"

#include "demodesk.h"
#include "modaldialogs.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using namespace PortalDesk;
using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

// Amounts and percents keep their unit on their line (a no-break space
// before đ and %); the checks read them as a person does.
QString spaced(const QString &text)
{
    return QString(text).replace(QChar::Nbsp, u' ');
}

// A schedule of the test's own (the shipped ones are not needed to test the
// desk): 234 000 đ a unit from July 2024, as in the brief's worked example.
const QByteArray schedule = R"({"decision": "99/2024/QĐ-UBND", "title": "Thử nghiệm",
  "unit_value": [{"from": "2024-01-01", "dong": 180000}, {"from": "2024-07-01", "dong": 234000}],
  "categories": [{"code": "tin", "name": "Tin", "kind": "text", "min": 1, "max": 10, "article": "Điều 3"},
                 {"code": "bai", "name": "Bài", "kind": "text", "min": 0.5, "max": 15, "article": "Điều 3"},
                 {"code": "anh", "name": "Ảnh", "kind": "photo", "min": 1, "max": 5, "article": "Điều 4"}],
  "remuneration": [{"code": "bien_tap", "name": "Biên tập", "percent": 10, "article": "Điều 5"}],
  "high_value": {"max_percent": 30, "article": "Điều 6"},
  "withholding": {"threshold": 2000000, "rate": 0.10}})";

const RoyaltyMonth july{2024, 7};

void typeNumber(QDoubleSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
}

QDoubleSpinBox *shareBox(Widgets::RoyaltyGradeDialog &dialog, int row)
{
    return qobject_cast<QDoubleSpinBox *>(dialog.sharesTable()->cellWidget(row, 2));
}

QComboBox *roleBox(Widgets::RoyaltyGradeDialog &dialog, int row)
{
    return qobject_cast<QComboBox *>(dialog.sharesTable()->cellWidget(row, 1));
}

QAction *findAction(QWidget &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

} // namespace

class TestRoyaltiesWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void gradeThroughTheDialog();
    void sharesMustAddUp();
    void onlyChiefsAndAdminsSeeRoyalties();
    void windowListsAndTotals();
    void closedMonthRefusesGrading();
    void photosAreGradedOneByOne();
    void windowOnALaptop();
    void noExtraFieldWithoutHighValue();

private:
    // The demo's published articles, first published on 1, 2, 3 … July 2024
    // (10:00 in Hà Nội), oldest first.
    QStringList m_published;
    DemoDesk m_desk;
    User m_chief;
    User m_admin;
    User m_reporter;
};

void TestRoyaltiesWindow::initTestCase()
{
    QString problem;
    QVERIFY2(m_desk.setUp(&problem), qPrintable(problem));
    Widgets::useIconTheme();  // as the program does
    QVERIFY(Localization::install(u"vi"_s).ok());
    m_chief = m_desk.user(u"chief"_s);
    m_admin = m_desk.user(u"admin"_s);
    m_reporter = m_desk.user(u"reporter"_s);
    QVERIFY(!m_chief.login.isEmpty() && !m_admin.login.isEmpty() && !m_reporter.login.isEmpty());
    auto imported = RoyaltyStore(m_desk.newsroom()).importSchedule(schedule, m_chief);
    QVERIFY2(imported, qPrintable(imported.error().message));
    const RoyaltyContributor lan{u"ctv.lan"_s, u"Hoàng Thị Lan"_s, u"Trung tâm Văn hóa huyện"_s};
    QVERIFY(RoyaltyStore(m_desk.newsroom()).addContributor(lan, m_chief));
    // The demo publishes today; the test moves its articles to a month that
    // is over, so that it can be closed (as the newsroom's owner would).
    QSqlQuery query(m_desk.newsroom().database());
    query.prepare(u"SELECT id FROM articles WHERE state = ? ORDER BY id"_s);
    query.addBindValue(articleStateKey(ArticleState::Published));
    QVERIFY(query.exec());
    while (query.next())
        m_published << query.value(0).toString();
    QVERIFY(m_published.size() >= 8);
    for (int i = 0; i < m_published.size(); ++i) {
        QSqlQuery move(m_desk.newsroom().database());
        move.prepare(u"UPDATE articles SET first_published_at = ? WHERE id = ?"_s);
        move.addBindValue(u"2024-07-%1T03:00:00.000Z"_s.arg(i + 1, 2, 10, QChar(u'0')));
        move.addBindValue(m_published.at(i));
        QVERIFY(move.exec());
    }
}

// The brief's example: Tin × 2,5 at 234 000 đ is 585 000 đ, typed as a
// chief would, and kept by the newsroom with the author at 100 %.
void TestRoyaltiesWindow::gradeThroughTheDialog()
{
    const QString id = m_published.at(0);
    Widgets::RoyaltyGradeDialog dialog(m_desk.newsroom(), m_chief, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.workBox()->count(), 1);  // the demo's articles have no photos
    // Only the categories for text, each with its range.
    QCOMPARE(dialog.categoryBox()->count(), 2);
    QCOMPARE(dialog.categoryBox()->itemText(0), u"Tin (1–10)"_s);
    QCOMPARE(dialog.categoryBox()->itemText(1), u"Bài (0,5–15)"_s);
    QVERIFY(dialog.bonusBox()->isVisibleTo(&dialog));
    // The author, 100 %, until told otherwise.
    QCOMPARE(dialog.sharesTable()->rowCount(), 1);
    QCOMPARE(qobject_cast<QComboBox *>(dialog.sharesTable()->cellWidget(0, 0))->currentData().toString(), u"reporter"_s);
    QCOMPARE(shareBox(dialog, 0)->text(), u"100 %"_s);

    dialog.categoryBox()->setFocus();
    QTest::keyClick(dialog.categoryBox(), Qt::Key_Down);
    QCOMPARE(dialog.categoryBox()->currentData().toString(), u"bai"_s);
    QCOMPARE(dialog.coefficientBox()->minimum(), 0.5);
    QTest::keyClick(dialog.categoryBox(), Qt::Key_Up);
    QCOMPARE(dialog.categoryBox()->currentData().toString(), u"tin"_s);
    typeNumber(dialog.coefficientBox(), u"2,5"_s);
    QCOMPARE(dialog.coefficientBox()->text(), u"2,5"_s);
    QVERIFY2(spaced(dialog.amountLabel()->text()).startsWith(u"Nhuận bút: 2,5 × 234.000 đ = 585.000 đ"_s),
             qPrintable(spaced(dialog.amountLabel()->text())));
    QVERIFY2(spaced(dialog.amountLabel()->text()).contains(u"Nguyễn Minh Anh 585.000 đ"_s), qPrintable(spaced(dialog.amountLabel()->text())));
    QVERIFY(dialog.amountLabel()->text().contains(u"585.000\u00A0đ"_s));
    QVERIFY2(spaced(dialog.problem()).isEmpty(), qPrintable(spaced(dialog.problem())));
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::qWait(50);
    QVERIFY(dialog.grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/royalty-grade-dialog.png")));

    QSignalSpy graded(&dialog, &Widgets::RoyaltyGradeDialog::graded);
    QTest::keyClick(dialog.coefficientBox(), Qt::Key_Return);
    QCOMPARE(graded.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto grades = RoyaltyStore(m_desk.newsroom()).grades(id);
    QVERIFY(grades);
    QCOMPARE(grades->size(), 1);
    QCOMPARE(grades->first().category, u"tin"_s);
    QCOMPARE(grades->first().coefficient, Hundredths(250));
    QCOMPARE(grades->first().bonus, Hundredths(0));
    QCOMPARE(grades->first().version, 1);
    QCOMPARE(grades->first().shares.size(), 1);
    QCOMPARE(grades->first().shares.first().payee, u"reporter"_s);
    QCOMPARE(grades->first().shares.first().share, wholeShare);

    // Opened again, the grade is there, with its version for the next change.
    Widgets::RoyaltyGradeDialog again(m_desk.newsroom(), m_chief, id);
    QCOMPARE(again.currentGrade().version, 1);
    QCOMPARE(again.coefficientBox()->text(), u"2,5"_s);
    QVERIFY(again.workBox()->currentText().contains(u"đã chấm"_s));
}

// OK stays off while the authors' shares are not 100 % or a remuneration
// is above its ceiling, and the line under the amount says so.
void TestRoyaltiesWindow::sharesMustAddUp()
{
    const QString id = m_published.at(1);
    Widgets::RoyaltyGradeDialog dialog(m_desk.newsroom(), m_chief, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeNumber(dialog.coefficientBox(), u"3"_s);
    QVERIFY(dialog.okButton()->isEnabled());

    typeNumber(shareBox(dialog, 0), u"60"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(dialog.problemLabel()->isVisible() && spaced(dialog.problem()).contains(u"60 %"_s), qPrintable(spaced(dialog.problem())));
    QVERIFY(spaced(dialog.problem()).contains(u"100 %"_s));

    // A second author takes what is left.
    QTest::mouseClick(dialog.addShareButton(), Qt::LeftButton);
    QCOMPARE(dialog.sharesTable()->rowCount(), 2);
    QCOMPARE(shareBox(dialog, 1)->text(), u"40 %"_s);
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(spaced(dialog.problem())));
    // Paid as editing instead, at most 10 %: the authors are at 60 % again.
    roleBox(dialog, 1)->setCurrentIndex(roleBox(dialog, 1)->findData(u"bien_tap"_s));
    QCOMPARE(shareBox(dialog, 1)->text(), u"10 %"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    typeNumber(shareBox(dialog, 0), u"100"_s);
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(spaced(dialog.problem())));
    QVERIFY2(spaced(dialog.amountLabel()->text()).contains(u"(Biên tập) 70.200 đ"_s), qPrintable(spaced(dialog.amountLabel()->text())));
    typeNumber(shareBox(dialog, 1), u"15"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(spaced(dialog.problem()).contains(u"10 %"_s), qPrintable(spaced(dialog.problem())));
    // Removed, the row no longer counts.
    shareBox(dialog, 1)->setFocus();
    QTest::mouseClick(dialog.removeShareButton(), Qt::LeftButton);
    QCOMPARE(dialog.sharesTable()->rowCount(), 1);
    QVERIFY(dialog.okButton()->isEnabled());
    // Nobody named: nobody paid.
    QTest::mouseClick(dialog.removeShareButton(), Qt::LeftButton);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!spaced(dialog.problem()).isEmpty());
    dialog.reject();
    QVERIFY(RoyaltyStore(m_desk.newsroom()).grades(id)->isEmpty());
}

// The menus are for chief editors (grading) and admins (the window); a
// reporter gets neither. The details of an open article tell a chief its grade.
void TestRoyaltiesWindow::onlyChiefsAndAdminsSeeRoyalties()
{
    {
        Widgets::MainWindow reporter(m_desk.newsroom(), m_reporter);
        QVERIFY(!reporter.menuBar()->findChild<QMenu *>(u"menuRoyalties"_s));
        QAction *grade = findAction(reporter, u"actionGradeRoyalty"_s);
        QVERIFY(!grade || !grade->isVisible());
        QVERIFY(!findAction(reporter, u"actionRoyalties"_s));
        QVERIFY(reporter.openArticle(m_published.at(0)));
        QVERIFY(!reporter.findChild<Widgets::DetailsPanel *>()->text().contains(u"Nhuận bút"_s));
    }
    {
        Widgets::MainWindow admin(m_desk.newsroom(), m_admin);
        QVERIFY(admin.menuBar()->findChild<QMenu *>(u"menuRoyalties"_s));
        QVERIFY(!findAction(admin, u"actionGradeRoyalty"_s)->isVisible());
        QVERIFY(findAction(admin, u"actionRoyalties"_s));
    }
    Widgets::MainWindow chief(m_desk.newsroom(), m_chief);
    chief.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chief));
    QAction *grade = findAction(chief, u"actionGradeRoyalty"_s);
    QVERIFY(grade && grade->isVisible());
    QCOMPARE(grade->text(), u"Chấ&m nhuận bút…"_s);
    QVERIFY(chief.menuBar()->findChild<QMenu *>(u"menuArticle"_s)->actions().contains(grade));
    QVERIFY(chief.openArticle(m_published.at(0)));
    QVERIFY(grade->isEnabled());
    const QString details = spaced(chief.findChild<Widgets::DetailsPanel *>()->text());
    QVERIFY2(details.contains(u"Nhuận bút:"_s) && details.contains(u"Tin × 2,5 — 585.000 đ; Nguyễn Minh Anh 100 %"_s),
             qPrintable(details));
    QVERIFY(chief.openArticle(m_published.at(2)));
    QVERIFY2(spaced(chief.findChild<Widgets::DetailsPanel *>()->text()).contains(u"chưa chấm"_s),
             qPrintable(spaced(chief.findChild<Widgets::DetailsPanel *>()->text())));
    // A draft is not graded.
    QSqlQuery query(m_desk.newsroom().database());
    query.prepare(u"SELECT id FROM articles WHERE state = ? LIMIT 1"_s);
    query.addBindValue(articleStateKey(ArticleState::Draft));
    QVERIFY(query.exec() && query.next());
    QVERIFY(chief.openArticle(query.value(0).toString()));
    QVERIFY(!grade->isEnabled());
    // From the Article menu, as a chief grades the article open.
    QVERIFY(chief.openArticle(m_published.at(2)));
    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<Widgets::RoyaltyGradeDialog *>(modal);
        if (!dialog)
            return;
        dialog->categoryBox()->setCurrentIndex(dialog->categoryBox()->findData(u"bai"_s));
        typeNumber(dialog->coefficientBox(), u"4"_s);
        dialog->okButton()->click();
    });
    grade->trigger();
    QCOMPARE(RoyaltyStore(m_desk.newsroom()).grades(m_published.at(2))->size(), 1);
    QVERIFY2(spaced(chief.findChild<Widgets::DetailsPanel *>()->text()).contains(u"Bài × 4 — 936.000 đ"_s),
             qPrintable(spaced(chief.findChild<Widgets::DetailsPanel *>()->text())));
    QTest::qWait(50);  // the label's new height is laid out on the next turn
    QVERIFY(chief.findChild<Widgets::DetailsPanel *>()->grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/royalty-details.png")));
    QVERIFY(chief.close());
}

// The month's window: what is still ungraded, by title, kind and day, and
// the statement with the newsroom's own totals.
void TestRoyaltiesWindow::windowListsAndTotals()
{
    RoyaltyStore store(m_desk.newsroom());
    Widgets::RoyaltiesWindow window(m_desk.newsroom(), m_chief);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.setMonth(july);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.monthBox()->currentText(), u"Tháng 7/2024"_s);
    auto ungraded = store.ungraded(july);
    QVERIFY(ungraded);
    QCOMPARE(window.ungradedList()->topLevelItemCount(), int(ungraded->size()));
    QCOMPARE(window.tabs()->tabText(0), u"Chưa chấm (%1)"_s.arg(ungraded->size()));
    QCOMPARE(window.tabs()->tabText(1), u"Bảng thanh toán"_s);
    const QTreeWidgetItem *first = window.ungradedList()->topLevelItem(0);
    QCOMPARE(first->text(0), ungraded->first().title);
    QCOMPARE(first->text(1), u"Bài viết"_s);
    QVERIFY2(QRegularExpression(u"^\\d\\d/\\d\\d/2024$"_s).match(first->text(2)).hasMatch(), qPrintable(first->text(2)));

    // Enter on a work grades it; the window reads the month again.
    const int before = window.ungradedList()->topLevelItemCount();
    window.ungradedList()->setFocus();
    window.ungradedList()->setCurrentItem(window.ungradedList()->topLevelItem(0));
    whenModal([](QWidget *modal) {
        if (auto *dialog = qobject_cast<Widgets::RoyaltyGradeDialog *>(modal)) {
            typeNumber(dialog->coefficientBox(), u"9"_s);
            dialog->okButton()->click();
        }
    });
    QTest::keyClick(window.ungradedList(), Qt::Key_Return);
    QCOMPARE(window.ungradedList()->topLevelItemCount(), before - 1);

    auto statement = store.statement(july, m_chief);
    QVERIFY(statement);
    QCOMPARE(window.statement().totalGross, statement->totalGross);
    QCOMPARE(window.statement().lines.size(), statement->lines.size());
    // Nguyễn Minh Anh: 2,5 + 4 + 9 units of 234 000 đ, and 10 % withheld
    // from the 3 627 000 đ.
    QCOMPARE(statement->totalGross, qint64(3627000));
    QCOMPARE(statement->totalWithheld, qint64(362700));
    QTreeWidget *table = window.statementTable();
    QTreeWidgetItem *total = table->topLevelItem(table->topLevelItemCount() - 1);
    QCOMPARE(total->text(0), u"Tổng cộng"_s);
    QCOMPARE(total->text(3), u"3.627.000"_s);
    QCOMPARE(total->text(4), u"362.700"_s);
    QCOMPARE(total->text(5), u"3.264.300"_s);
    QCOMPARE(table->topLevelItem(0)->text(0), u"Nguyễn Minh Anh"_s);
    QCOMPARE(table->topLevelItem(0)->childCount(), 3);
    QVERIFY2(window.banner()->text().contains(u"Bản nháp"_s), qPrintable(window.banner()->text()));
    QVERIFY2(spaced(window.scheduleLabel()->text()).contains(u"99/2024/QĐ-UBND"_s), qPrintable(spaced(window.scheduleLabel()->text())));
    QVERIFY(spaced(window.scheduleLabel()->text()).contains(u"3.264.300 đ"_s));

    // Exported away from the UI thread, as CSV and as PDF.
    for (const QString &name : {u"nhuan-but-2024-07.csv"_s, u"nhuan-but-2024-07.pdf"_s}) {
        QSignalSpy finished(&window, &Widgets::RoyaltiesWindow::exportFinished);
        window.exportTo(m_desk.path(name));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QFile file(m_desk.path(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (name.endsWith(u".csv"_s))
            QVERIFY2(bytes.contains("Nguyễn Minh Anh"), bytes.constData());
        else
            QVERIFY(bytes.startsWith("%PDF"));
    }
    // An admin reads and exports, and grades nothing.
    Widgets::RoyaltiesWindow admin(m_desk.newsroom(), m_admin);
    admin.setAttribute(Qt::WA_DeleteOnClose, false);
    admin.setMonth(july);
    QVERIFY(!admin.action("actionRoyaltyGrade")->isVisible());
    QVERIFY(!admin.action("actionRoyaltyClose")->isVisible());
    QVERIFY(admin.action("actionRoyaltyExport")->isEnabled());
    QCOMPARE(admin.statement().totalNet, statement->totalNet);
}

// A month closed while a chief had the dialog open: OK is refused with a
// message box in words, and nothing changes. Closed from the window, the
// month shows it, and reopens with a reason.
void TestRoyaltiesWindow::closedMonthRefusesGrading()
{
    RoyaltyStore store(m_desk.newsroom());
    const QString id = m_published.at(4);
    Widgets::RoyaltyGradeDialog dialog(m_desk.newsroom(), m_chief, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeNumber(dialog.coefficientBox(), u"2"_s);
    QVERIFY(dialog.okButton()->isEnabled());

    Widgets::RoyaltiesWindow window(m_desk.newsroom(), m_chief);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.setMonth(july);
    QVERIFY(window.action("actionRoyaltyClose")->isEnabled());
    QVERIFY(!window.action("actionRoyaltyReopen")->isEnabled());
    whenAsked(QMessageBox::Yes);
    window.closeMonth();
    QVERIFY(store.isClosed(july).value());
    QVERIFY2(window.banner()->text().contains(u"khoá sổ"_s), qPrintable(window.banner()->text()));
    QVERIFY(window.action("actionRoyaltyReopen")->isEnabled());
    QVERIFY(!window.action("actionRoyaltyClose")->isEnabled());

    QString refusal;
    whenModal([&refusal](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            refusal = box->text();
            box->button(QMessageBox::Ok)->click();
        }
    });
    dialog.okButton()->click();
    QVERIFY2(refusal.contains(u"Tháng 7/2024"_s) && refusal.contains(u"khoá sổ"_s), qPrintable(refusal));
    QVERIFY(dialog.isVisible());
    QVERIFY(store.grades(id)->isEmpty());
    // The dialog now says why, and OK stays off.
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(spaced(dialog.problem()).contains(u"khoá sổ"_s), qPrintable(spaced(dialog.problem())));
    dialog.reject();

    // Reopened from the window, with a reason.
    whenModal([](QWidget *modal) {
        if (auto *reopen = modal->findChild<QPlainTextEdit *>(u"reopenReason"_s)) {
            reopen->setPlainText(u"Sai hệ số bài ngày 2/7"_s);
            modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }
    });
    window.reopenMonth();
    QVERIFY(!store.isClosed(july).value());
    QVERIFY(window.banner()->text().contains(u"Bản nháp"_s));
}

// An article with a photo has two works: its text, then the photo, graded
// under a category for photos, its photographer found by the credit.
void TestRoyaltiesWindow::photosAreGradedOneByOne()
{
    QFile file(QStringLiteral(PORTALDESK_TEST_DATA "/photos/landscape_1.jpg"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto photo = PhotoImport::fromBytes(file.readAll(), u"landscape_1.jpg"_s);
    QVERIFY2(photo, qPrintable(photo.error().message));
    photo->caption = u"Thí sinh làm thủ tục dự thi"_s;
    photo->credit = u"Ảnh: Nguyễn Minh Anh"_s;
    photo->alt = u"Thí sinh xếp hàng trước cổng trường"_s;
    auto added = MediaStore(m_desk.newsroom()).add(photo.value(), &m_reporter);
    QVERIFY2(added, qPrintable(added.error().message));
    const QString id = m_published.at(6);
    QSqlQuery query(m_desk.newsroom().database());
    query.prepare(u"UPDATE articles SET lead_photo = ? WHERE id = ?"_s);
    query.addBindValue(added->id);
    query.addBindValue(id);
    QVERIFY(query.exec());

    Widgets::RoyaltyGradeDialog dialog(m_desk.newsroom(), m_chief, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.workBox()->count(), 2);
    QCOMPARE(dialog.workBox()->itemText(1), u"Ảnh: Thí sinh làm thủ tục dự thi"_s);
    typeNumber(dialog.coefficientBox(), u"3"_s);
    // Saved, the dialog goes on to the photo.
    auto *next = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);
    QVERIFY(next->isVisible());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(dialog.workBox()->currentIndex(), 1);
    QVERIFY(dialog.workBox()->itemText(0).contains(u"đã chấm"_s));
    QCOMPARE(dialog.categoryBox()->count(), 1);
    QCOMPARE(dialog.categoryBox()->itemText(0), u"Ảnh (1–5)"_s);
    QCOMPARE(qobject_cast<QComboBox *>(dialog.sharesTable()->cellWidget(0, 0))->currentData().toString(), u"reporter"_s);
    typeNumber(dialog.coefficientBox(), u"2"_s);
    QVERIFY2(spaced(dialog.amountLabel()->text()).startsWith(u"Nhuận bút: 2 × 234.000 đ = 468.000 đ"_s),
             qPrintable(dialog.amountLabel()->text()));
    // Going back with a change asks first; Cancel stays on the photo.
    whenAsked(QMessageBox::Cancel);
    dialog.workBox()->setCurrentIndex(0);
    QCOMPARE(dialog.workBox()->currentIndex(), 1);
    QCOMPARE(dialog.coefficientBox()->text(), u"2"_s);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto grades = RoyaltyStore(m_desk.newsroom()).grades(id);
    QVERIFY(grades);
    QCOMPARE(grades->size(), 2);
    QCOMPARE(grades->at(0).mediaId, QString());
    QCOMPARE(grades->at(1).mediaId, added->id);
    QCOMPARE(grades->at(1).category, u"anh"_s);
    QCOMPARE(grades->at(1).coefficient, Hundredths(200));
}

// On a 1366×768 laptop (tst_royaltieswindow_laptop runs this alone), the
// window opens whole, its toolbar and columns shown; its screenshot.
void TestRoyaltiesWindow::windowOnALaptop()
{
    RoyaltyStore store(m_desk.newsroom());
    // Run alone, the newsroom has no grade yet: a few, one shared with a contributor.
    if (store.statement(july, m_chief)->lines.isEmpty()) {
        for (int i = 0; i < 3; ++i) {
            RoyaltyGrade grade;
            grade.articleId = m_published.at(i);
            grade.category = i == 1 ? u"bai"_s : u"tin"_s;
            grade.coefficient = 250 + 150 * i;
            if (i == 2)
                grade.shares = {{u"reporter"_s, u"author"_s, 6000}, {u"ctv.lan"_s, u"author"_s, 4000}, {u"editor"_s, u"bien_tap"_s, 1000}};
            QVERIFY(store.grade(grade, m_chief));
        }
    }
    Widgets::RoyaltiesWindow window(m_desk.newsroom(), m_chief);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.setMonth(july);
    window.tabs()->setCurrentIndex(1);
    window.statementTable()->expandAll();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.frameGeometry()),
             qPrintable(u"%1×%2 on %3×%4"_s.arg(window.frameGeometry().width()).arg(window.frameGeometry().height())
                            .arg(available.width()).arg(available.height())));
    // Every action of the toolbar on show, none behind its overflow arrow.
    auto *toolbar = window.findChild<QToolBar *>(u"royaltiesToolbar"_s);
    for (QAction *action : toolbar->actions()) {
        if (action->isVisible() && !action->isSeparator())
            QVERIFY2(toolbar->widgetForAction(action) && toolbar->widgetForAction(action)->isVisible(), qPrintable(action->text()));
    }
    // The amounts whole: no column cut by the window's edge.
    QTreeWidget *table = window.statementTable();
    int width = 0;
    for (int column = 0; column < table->columnCount(); ++column)
        width += table->columnWidth(column);
    QVERIFY2(width <= table->viewport()->width(), qPrintable(u"%1 > %2"_s.arg(width).arg(table->viewport()->width())));
    for (int column = 3; column < table->columnCount(); ++column) {
        const QString text = table->topLevelItem(0)->text(column);
        QVERIFY(table->columnWidth(column) >= table->fontMetrics().horizontalAdvance(text));
    }
    QTest::qWait(50);
    const QString shot = QStringLiteral(PORTALDESK_SCREENSHOTS "/royalties-window-%1x%2.png")
                             .arg(window.screen()->size().width())
                             .arg(window.screen()->size().height());
    QVERIFY(window.grab().save(shot));
    window.tabs()->setCurrentIndex(0);
    QTest::qWait(50);
    QVERIFY(window.grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/royalties-ungraded-%1x%2.png")
                                   .arg(window.screen()->size().width())
                                   .arg(window.screen()->size().height())));
}

// A schedule that pays nothing for high value shows no field for it.
void TestRoyaltiesWindow::noExtraFieldWithoutHighValue()
{
    QByteArray plain = schedule;
    plain.replace(R"("high_value": {"max_percent": 30, "article": "Điều 6"},)", "");
    plain.replace("99/2024", "100/2024");
    QVERIFY(RoyaltyStore(m_desk.newsroom()).importSchedule(plain, m_chief));
    Widgets::RoyaltyGradeDialog dialog(m_desk.newsroom(), m_chief, m_published.at(5));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.bonusBox()->isVisible());
    QCOMPARE(dialog.currentGrade().bonus, Hundredths(0));
    QVERIFY(dialog.okButton()->isEnabled());
}

QTEST_MAIN(TestRoyaltiesWindow)
#include "tst_royaltieswindow.moc"
