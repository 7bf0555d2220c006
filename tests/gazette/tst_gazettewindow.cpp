// The Công báo desk on the offscreen platform: a new user imports a .docx
// decision, sees it highlighted, outlined and checked, fills in its
// metadata, puts it into issue "Số 15 + 16", exports the PDF, and a chief
// editor approves it.
#include "demodata.h"
#include "gazettedocumentform.h"
#include "gazettestore.h"
#include "gazettewindow.h"
#include "legaltextedit.h"
#include "localization.h"
#include "newsroom.h"
#include "newsroomsettings.h"
#include "userstore.h"

#include "gazettefixtures.h"
#include "modaldialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

namespace {

// QTest::keyClicks takes ASCII only: Vietnamese is typed as key events
// that carry their text, as an input method sends them.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == u'\n')
            QTest::keyClick(widget, Qt::Key_Return);
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

class TestGazetteWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importCheckIssueExportApprove();
    void speaksVietnamese();

private:
    Models::User user(const QString &login);
    QTemporaryDir m_dir;
    std::unique_ptr<Models::Newsroom> m_newsroom;
};

void TestGazetteWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Models::Localization::setApplicationIdentity();
    auto newsroom = Models::Newsroom::open(m_dir.filePath(u"newsroom.sqlite"_s));
    QVERIFY(newsroom.ok());
    m_newsroom = std::move(newsroom.value());
    QVERIFY(Models::DemoData::add(*m_newsroom).ok());
}

Models::User TestGazetteWindow::user(const QString &login)
{
    const auto users = Models::UserStore(*m_newsroom).list();
    for (const Models::User &u : users.value()) {
        if (u.login == login)
            return u;
    }
    return {};
}

void TestGazetteWindow::importCheckIssueExportApprove()
{
    const QString docx = m_dir.filePath(u"quyet-dinh.docx"_s);
    QFile file(docx);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(GazetteFixtures::decisionDocx());
    file.close();

    auto *window = new Widgets::GazetteWindow(*m_newsroom, user(u"gazette"_s));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(window->importFile(docx));

    // Highlighted by our own definition: "Điều 1." is bold.
    auto *editor = window->findChild<Widgets::LegalTextEdit *>();
    QVERIFY(editor->hasDefinition());
    const QTextBlock article = editor->document()->findBlockByNumber(3);
    QVERIFY(article.text().startsWith(u"Điều 1."));
    QTRY_VERIFY(!article.layout()->formats().isEmpty());
    QVERIFY(article.layout()->formats().constFirst().format.font().bold());

    // The outline, and the cited decree that the store does not hold.
    auto *outline = window->findChild<QTreeWidget *>(u"gazetteOutline"_s);
    QCOMPARE(outline->topLevelItemCount(), 2);
    QCOMPARE(outline->topLevelItem(0)->text(0), u"Điều 1. Phạm vi điều chỉnh"_s);
    QVERIFY(window->structure().problems.isEmpty());
    QVERIFY2(window->problemTexts().join(u'|').contains(u"34/2016/NĐ-CP"), qPrintable(window->problemTexts().join(u'|')));

    // A slip while typing is listed a moment later; clicking it goes there.
    QTextCursor end(editor->document());
    end.movePosition(QTextCursor::End);
    editor->setTextCursor(end);
    type(editor, u"\nĐiều 5. Thêm\nNội dung."_s);
    QTRY_VERIFY(window->problemTexts().join(u'|').contains(u"expected Điều 3"));
    auto *problems = window->findChild<QListWidget *>(u"gazetteProblems"_s);
    problems->setCurrentRow(0);
    emit problems->itemClicked(problems->item(0));
    QCOMPARE(editor->textCursor().blockNumber(), window->structure().problems.first().line);

    // The metadata is checked as it is typed: a year in the symbol is for
    // legal normative documents, Part I.
    auto *symbol = window->findChild<QLineEdit *>(u"symbolEdit"_s);
    auto *problem = window->findChild<QLabel *>(u"metaProblem"_s);
    const int year = QDate::currentDate().year();
    type(window->findChild<QLineEdit *>(u"summaryEdit"_s), u"Ban hành Quy chế quản lý Cổng Thông tin điện tử tỉnh"_s);
    type(symbol, u"15/%1/QĐ-UBND"_s.arg(year));
    QVERIFY2(problem->isVisible() && problem->text().contains(u"15/QĐ-UBND"), qPrintable(problem->text()));
    auto *part = window->findChildren<QComboBox *>().at(2);
    QVERIFY(part->itemText(0).contains(u"Part I"));
    part->setCurrentIndex(0);
    QVERIFY2(!problem->isVisible(), qPrintable(problem->text()));
    QVERIFY(window->save());
    const QString documentId = window->currentDocumentId();
    QVERIFY(!documentId.isEmpty());
    // The .docx is kept with it.
    QCOMPARE(Models::GazetteStore(*m_newsroom).attachments(documentId)->size(), 1);

    // Into "Số 15 + 16", then out as PDF.
    // Issue › New Issue…: the number and the publication date.
    bool answered = false;
    whenModal([&](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(u"issueNumberEdit"_s)->setText(u"15 + 16"_s);
        dialog->findChild<QDateEdit *>(u"issueDateEdit"_s)->setDate(QDate(year, 1, 20));
        answered = true;
        qobject_cast<QDialog *>(dialog)->accept();
    });
    window->findChild<QAction *>(u"actionIssueNew"_s)->trigger();
    QVERIFY(answered);
    QVERIFY2(window->findChild<QComboBox *>(u"issueCombo"_s)->currentText().startsWith(u"Số 15 + 16/%1"_s.arg(year)),
             qPrintable(window->findChild<QComboBox *>(u"issueCombo"_s)->currentText()));
    QVERIFY(window->addCurrentToIssue());
    QCOMPARE(window->findChild<QListWidget *>(u"issueContents"_s)->count(), 1);
    QVERIFY(window->findChild<QAction *>(u"actionIssueExportPdf"_s)->isEnabled());
    QVERIFY(Models::NewsroomSettings(*m_newsroom).setValue(Models::NewsroomSettings::provinceName, u"Quảng Trị"_s).ok());
    const QString pdf = m_dir.filePath(u"so-15-16.pdf"_s);
    QVERIFY(window->exportIssue(pdf));
    // Not approved yet: exported, marked DỰ THẢO, and the desk says so.
    auto *draftBox = window->findChild<QMessageBox *>(u"gazetteDraftExported"_s);
    QVERIFY(draftBox);
    QVERIFY2(draftBox->informativeText().contains(u"15 + 16"), qPrintable(draftBox->informativeText()));
    draftBox->close();
    QProcess text;
    text.start(u"pdftotext"_s, {u"-f"_s, u"3"_s, u"-l"_s, u"3"_s, pdf, u"-"_s});
    QVERIFY(text.waitForFinished());
    QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(u"Số: 15/%1/QĐ-UBND"_s.arg(year)));
    QVERIFY(window->grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/gazette-window.png")));

    // Through review: gazette staff submit, a chief editor approves.
    QVERIFY(window->perform(Models::ReviewAction::Submit, false));
    QVERIFY(window->perform(Models::ReviewAction::Submit, true));
    const QString issueId = window->currentIssueId();
    delete window;

    auto *chiefWindow = new Widgets::GazetteWindow(*m_newsroom, user(u"chief"_s));
    chiefWindow->show();
    chiefWindow->openDocument(documentId);
    chiefWindow->selectIssue(issueId);
    QVERIFY(chiefWindow->findChild<QAction *>(u"actionGazetteApprove"_s)->isEnabled());
    QVERIFY(!chiefWindow->findChild<QAction *>(u"actionGazetteImport"_s)->isVisible());
    QVERIFY(chiefWindow->perform(Models::ReviewAction::Approve, false));
    QVERIFY(chiefWindow->perform(Models::ReviewAction::Approve, true));
    QCOMPARE(Models::GazetteStore(*m_newsroom).issue(issueId)->state, Models::ArticleState::Approved);
    delete chiefWindow;
}

void TestGazetteWindow::speaksVietnamese()
{
    QVERIFY(Models::Localization::install(u"vi"_s));
    auto *window = new Widgets::GazetteWindow(*m_newsroom, user(u"gazette"_s));
    window->resize(1280, 860);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const auto documents = Models::GazetteStore(*m_newsroom).documents();
    QVERIFY(documents.ok() && !documents->isEmpty());
    window->openDocument(documents->first().id);
    for (const char *name : {"actionGazetteImport", "actionGazetteSave", "actionIssueExportPdf", "actionIssueNew"}) {
        const QString text = window->findChild<QAction *>(QString::fromLatin1(name))->text();
        QVERIFY2(!text.contains(u"Import") && !text.contains(u"Save") && !text.contains(u"Export") && !text.contains(u"Issue"),
                 qPrintable(text));
    }
    QVERIFY(window->grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/gazette-window-vi.png")));
    delete window;
    QVERIFY(Models::Localization::install(u"en"_s));
}

QTEST_MAIN(TestGazetteWindow)
#include "tst_gazettewindow.moc"
