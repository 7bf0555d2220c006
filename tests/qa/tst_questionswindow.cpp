// Citizens' questions at the desk, on the offscreen platform with real
// widgets and a real SQLite newsroom holding the demo, in Vietnamese: who
// gets the menu, the queue and its filters, a question taken from received
// to published through the pane's buttons by the users whose step it is,
// the asker's contact details shown only to the question staff and chiefs,
// overdue questions flagged and listed per agency, the month's statistics
// as the newsroom counts them, written as ODS and PDF, and screenshots.
#include "mainwindow.h"
#include "newsroomsettings.h"
#include "portal.h"
#include "questionpane.h"
#include "questionqueuemodel.h"
#include "questionstatisticschart.h"
#include "questionstatisticsview.h"
#include "questionstore.h"
#include "questionswindow.h"
#include "reasondialog.h"
#include "icontheme.h"
#include "localization.h"
#include "userstore.h"

#include "demodesk.h"
#include "modaldialogs.h"

#include <KZip>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTimer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace PortalDesk;
using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

const QString lanEmail = u"tran.thi.lan@example.vn"_s;

IncomingQuestion incoming(int n, const QString &title, const QString &body, const QString &name, const QString &email)
{
    IncomingQuestion question;
    question.id = u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0'));
    question.title = title;
    question.body = body;
    question.field = u"Đất đai"_s;
    question.submittedAt = QDateTime::currentDateTimeUtc().addSecs(-3600 * n);
    question.asker = AskerContact{name, email, u"0912 345 %1"_s.arg(n, 3, 10, QChar(u'0')), u"Thôn %1, xã Hải Thượng"_s.arg(n), {}};
    return question;
}

// The row of the question in the window's queue; -1 when it is not listed.
int rowOf(Widgets::QuestionsWindow &window, const QString &id)
{
    return window.queueModel()->rowOfId(id);
}

// Selects the question's row as a user does, with the keyboard's current row.
bool select(Widgets::QuestionsWindow &window, const QString &id)
{
    const int row = rowOf(window, id);
    if (row < 0)
        return false;
    window.queueView()->setFocus();
    window.queueView()->setCurrentIndex(window.queueModel()->index(row, 0));
    return window.pane()->question().id == id;
}

QString statistic(const QTreeWidgetItem *item, int column)
{
    return item ? item->text(column) : QString();
}

} // namespace

class TestQuestionsWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void onlyQuestionHandlersGetTheMenu();
    void queueListsAndFilters();
    void aQuestionsLifeThroughThePane();
    void aStaleAnswerIsRefusedInWords();
    void contactDetailsOnlyForStaffAndChiefs();
    void overdueFlaggedAndListedPerAgency();
    void statisticsAsTheNewsroomCounts();
    void eachLetterOnceOnThePage();
    void theDeskPullsNewQuestions();
    void windowOnALaptop();

private:
    QuestionStore store() { return QuestionStore(m_desk.newsroom()); }
    // The store takes no due date already past: the test moves one back,
    // as time would (or the newsroom's owner, correcting a paper record).
    bool setDue(const QString &id, const QDate &due)
    {
        QSqlQuery query(m_desk.newsroom().database());
        query.prepare(u"UPDATE questions SET due_on = ? WHERE id = ?"_s);
        query.addBindValue(due.toString(Qt::ISODate));
        query.addBindValue(id);
        return query.exec() && query.numRowsAffected() == 1;
    }
    std::unique_ptr<Widgets::QuestionsWindow> window(const User &user);

    DemoDesk m_desk;
    User m_qa;
    User m_chief;
    User m_editor;
    User m_reporter;
    User m_admin;
    QList<Agency> m_agencies;
    QStringList m_ids;  // the questions the tests follow
    int m_total = 0;    // all the newsroom's questions
};

void TestQuestionsWindow::initTestCase()
{
    QString problem;
    QVERIFY2(m_desk.setUp(&problem), qPrintable(problem));
    Widgets::useIconTheme();
    QVERIFY(Localization::install(u"vi"_s).ok());
    m_chief = m_desk.user(u"chief"_s);
    m_editor = m_desk.user(u"editor"_s);
    m_reporter = m_desk.user(u"reporter"_s);
    m_admin = m_desk.user(u"admin"_s);
    auto qa = UserStore(m_desk.newsroom()).add(u"hoidap"_s, u"Đỗ Thị Hồng"_s, Role::Qa, u"mật khẩu dài đủ"_s, &m_admin);
    QVERIFY2(qa, qPrintable(qa.error().message));
    m_qa = qa.value();
    for (const QString &name : {u"Sở Tài nguyên và Môi trường"_s, u"Sở Giáo dục và Đào tạo"_s, u"UBND huyện Hải Lăng"_s}) {
        auto agency = store().addAgency(name, m_admin);
        QVERIFY2(agency, qPrintable(agency.error().message));
        m_agencies << agency.value();
    }
    const QList<IncomingQuestion> questions{
        incoming(1, u"Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu"_s,
                 u"Gia đình tôi sử dụng đất ổn định từ năm 1992, nay muốn làm sổ đỏ thì cần giấy tờ gì?"_s, u"Trần Thị Lan"_s, lanEmail),
        incoming(2, u"Chế độ hỗ trợ học sinh vùng khó khăn"_s, u"Con tôi học lớp 6 ở xã bãi ngang, có được hỗ trợ tiền ăn không?"_s,
                 u"Lê Văn Hùng"_s, u"hung.le@example.vn"_s),
        incoming(3, u"Bồi thường khi thu hồi đất làm đường ven biển"_s,
                 u"Đất vườn của tôi bị thu hồi một phần, giá bồi thường tính thế nào?"_s, u"Nguyễn Văn Nam"_s, u"nam@example.vn"_s),
        incoming(4, u"Tuyển dụng giáo viên mầm non năm học mới"_s, u"Khi nào huyện tuyển giáo viên mầm non hợp đồng?"_s,
                 u"Phan Thị Mai"_s, u"mai.phan@example.vn"_s),
    };
    auto received = store().receive(questions, m_qa);
    QVERIFY2(received, qPrintable(received.error().message));
    QCOMPARE(received.value(), 4);
    for (const IncomingQuestion &question : questions)
        m_ids << question.id;

    // A month's worth more, so that the statistics and their chart have
    // something to show: with each agency, some answered (some after their
    // due date), some still open.
    const QStringList topics{u"Hồ sơ chuyển mục đích sử dụng đất"_s, u"Học phí trường công lập"_s, u"Cấp phép xây dựng nhà ở"_s,
                             u"Trợ cấp người có công"_s, u"Thời gian cấp sổ đỏ"_s, u"Sáp nhập trường tiểu học"_s,
                             u"Bồi thường cây trồng"_s, u"Giấy phép khai thác cát"_s, u"Chế độ giáo viên hợp đồng"_s,
                             u"Ô nhiễm nước sông Thạch Hãn"_s, u"Đăng ký hộ kinh doanh"_s, u"Lịch tiếp công dân"_s};
    QList<IncomingQuestion> more;
    for (int i = 0; i < topics.size(); ++i)
        more << incoming(10 + i, topics.at(i), u"Xin cơ quan có thẩm quyền trả lời: %1."_s.arg(topics.at(i)), u"Công dân %1"_s.arg(i + 1),
                         u"congdan%1@example.vn"_s.arg(i + 1));
    QVERIFY(store().receive(more, m_qa));
    for (int i = 0; i < more.size(); ++i) {
        QuestionStep assign;
        assign.agencyId = m_agencies.at(i % 3).id;
        auto assigned = store().act(more.at(i).id, QuestionAction::Assign, assign, m_qa);
        QVERIFY2(assigned, qPrintable(assigned.error().message));
        // A few were due the day before their answer came: late.
        if (i % 4 == 1)
            QVERIFY(setDue(more.at(i).id, QuestionStore::today().addDays(-1)));
        if (i % 3 != 2) {
            QuestionStep answer;
            answer.answer = u"Trả lời: %1."_s.arg(topics.at(i));
            QVERIFY(store().act(more.at(i).id, QuestionAction::Answer, answer, m_qa));
        }
    }
    m_total = int(questions.size() + more.size());
}

std::unique_ptr<Widgets::QuestionsWindow> TestQuestionsWindow::window(const User &user)
{
    auto window = std::make_unique<Widgets::QuestionsWindow>(m_desk.newsroom(), user);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    return window;
}

// The question staff, editors and chiefs get the Questions menu; a reporter
// (and an admin, who keeps the agencies from the command line) does not.
void TestQuestionsWindow::onlyQuestionHandlersGetTheMenu()
{
    for (const User &user : {m_reporter, m_admin}) {
        Widgets::MainWindow desk(m_desk.newsroom(), user);
        QVERIFY2(!desk.menuBar()->findChild<QMenu *>(u"menuQuestions"_s), qPrintable(user.login));
        QVERIFY(!desk.findChild<QAction *>(u"actionQuestions"_s));
    }
    for (const User &user : {m_qa, m_editor, m_chief}) {
        Widgets::MainWindow desk(m_desk.newsroom(), user);
        QMenu *menu = desk.menuBar()->findChild<QMenu *>(u"menuQuestions"_s);
        QVERIFY2(menu, qPrintable(user.login));
        QAction *open = desk.findChild<QAction *>(u"actionQuestions"_s);
        QVERIFY(open && menu->actions().contains(open));
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
        // Only those who receive questions pull them from the portal.
        QCOMPARE(bool(desk.findChild<QTimer *>(u"questionPullTimer"_s)), !user.has(Role::Editor));
    }
    // The menu opens the window.
    Widgets::MainWindow desk(m_desk.newsroom(), m_qa);
    desk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk));
    desk.findChild<QAction *>(u"actionQuestions"_s)->trigger();
    auto *opened = desk.findChild<Widgets::QuestionsWindow *>();
    QVERIFY(opened && opened->isVisible());
    QCOMPARE(opened->queueModel()->rowCount(), m_total);
    QVERIFY(desk.close());
}

// Every question in the queue with its asker as shown, state and received
// date as Vietnamese offices write it; the search, state and agency filters
// narrow it.
void TestQuestionsWindow::queueListsAndFilters()
{
    auto window = this->window(m_qa);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    Widgets::QuestionQueueModel *model = window->queueModel();
    QCOMPARE(model->rowCount(), m_total);
    const int row = rowOf(*window, m_ids.at(0));
    QVERIFY(row >= 0);
    const auto text = [model, row](int column) { return model->index(row, column).data().toString(); };
    auto question = store().question(m_ids.at(0));
    QVERIFY(question);
    QCOMPARE(text(Widgets::QuestionQueueModel::TitleColumn), question->title);
    QCOMPARE(text(Widgets::QuestionQueueModel::AskerColumn), question->askerShown);
    QVERIFY(!question->askerShown.contains(lanEmail));
    QCOMPARE(text(Widgets::QuestionQueueModel::StateColumn), QuestionStates::displayName(QuestionState::Received));
    QCOMPARE(text(Widgets::QuestionQueueModel::ReceivedColumn), question->receivedAt.toLocalTime().date().toString(u"dd/MM/yyyy"_s));

    // Words without their diacritics find the question.
    QTest::keyClicks(window->searchField(), u"duong ven bien"_s);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(Widgets::QuestionQueueModel::IdRole).toString(), m_ids.at(2));
    window->searchField()->clear();
    QTRY_COMPARE(model->rowCount(), m_total);

    window->stateFilter()->setCurrentIndex(window->stateFilter()->findData(int(QuestionState::Published)));
    QCOMPARE(model->rowCount(), int(store().questions({QuestionState::Published})->size()));
    window->stateFilter()->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), m_total);
}

// From received to published, each step through the pane's buttons by the
// user whose step it is, each shown only to whom the workflow allows it.
void TestQuestionsWindow::aQuestionsLifeThroughThePane()
{
    const QString id = m_ids.at(0);
    const QDate today = QuestionStore::today();
    {
        auto window = this->window(m_qa);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(select(*window, id));
        Widgets::QuestionPane *pane = window->pane();
        QVERIFY(pane->button(QuestionAction::Assign)->isVisibleTo(pane));
        QVERIFY(!pane->button(QuestionAction::Approve)->isVisibleTo(pane));
        QVERIFY(!pane->button(QuestionAction::Publish)->isVisibleTo(pane));
        QVERIFY(pane->answerEdit()->isReadOnly());

        // Sent to the second agency, due by the newsroom's period by default.
        QDate proposed;
        whenModal([this, &proposed](QWidget *modal) {
            auto *agency = modal->findChild<QComboBox *>(u"assignAgency"_s);
            auto *due = modal->findChild<QDateEdit *>(u"assignDue"_s);
            if (!agency || !due)
                return;
            proposed = due->date();
            agency->setCurrentIndex(agency->findData(m_agencies.at(1).id));
            QTest::keyClick(agency, Qt::Key_Return);
        });
        QTest::mouseClick(pane->button(QuestionAction::Assign), Qt::LeftButton);
        const WorkingCalendar calendar = store().calendar().value();
        QCOMPARE(proposed, calendar.addWorkingDays(today, store().dueDays().value()));
        auto assigned = store().question(id);
        QCOMPARE(assigned->state, QuestionState::Assigned);
        QCOMPARE(assigned->agencyId, m_agencies.at(1).id);
        QCOMPARE(assigned->due, proposed);
        QCOMPARE(window->queueModel()->index(rowOf(*window, id), Widgets::QuestionQueueModel::AgencyColumn).data().toString(),
                 m_agencies.at(1).name);
        // Its deadline, in working days.
        const QString deadline = pane->deadlineLabel()->text();
        QVERIFY2(deadline.contains(proposed.toString(u"dd/MM/yyyy"_s)), qPrintable(deadline));
        QVERIFY2(deadline.contains(QString::number(calendar.workingDaysBetween(today, proposed))), qPrintable(deadline));

        // The agency's answer typed in, with its letter.
        QVERIFY(!pane->answerEdit()->isReadOnly());
        pane->answerEdit()->setFocus();
        // Typed keys reach it; Vietnamese comes in through the input method, as a paste does here.
        QTest::keyClicks(pane->answerEdit(), u"Theo "_s);
        pane->answerEdit()->insertPlainText(u"**Điều 137** Luật Đất đai 2024, hộ gia đình cần đơn đề nghị."_s);
        pane->letterEdit()->setText(u"Công văn số 215/STNMT-ĐĐ"_s);
        pane->letterDateEdit()->setDate(today);
        QTest::mouseClick(pane->button(QuestionAction::Answer), Qt::LeftButton);
        auto answered = store().question(id);
        QCOMPARE(answered->state, QuestionState::Answered);
        QVERIFY(answered->answer.contains(u"Điều 137"_s));
        QCOMPARE(answered->letter, u"Công văn số 215/STNMT-ĐĐ"_s);
        QCOMPARE(answered->letterDate, today);
        QVERIFY(pane->button(QuestionAction::Submit)->isVisibleTo(pane));
        QTest::mouseClick(pane->button(QuestionAction::Submit), Qt::LeftButton);
        QCOMPARE(store().question(id)->state, QuestionState::Edited);
    }
    {
        // An editor returns it, with a reason.
        auto window = this->window(m_editor);
        QVERIFY(select(*window, id));
        Widgets::QuestionPane *pane = window->pane();
        QVERIFY(!pane->button(QuestionAction::Approve)->isVisibleTo(pane));
        QVERIFY(pane->button(QuestionAction::Return)->isVisibleTo(pane));
        whenModal([](QWidget *modal) {
            if (auto *dialog = qobject_cast<Widgets::ReasonDialog *>(modal)) {
                dialog->reasonEdit()->setPlainText(u"Thiếu căn cứ Nghị định 101/2024"_s);
                QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
            }
        });
        QTest::mouseClick(pane->button(QuestionAction::Return), Qt::LeftButton);
        auto returned = store().question(id);
        QCOMPARE(returned->state, QuestionState::Returned);
        QCOMPARE(returned->reason, u"Thiếu căn cứ Nghị định 101/2024"_s);
        QVERIFY(pane->text().contains(u"Thiếu căn cứ Nghị định 101/2024"_s));
    }
    {
        // Answered again, the chief submits, approves and publishes.
        auto window = this->window(m_chief);
        QVERIFY(select(*window, id));
        Widgets::QuestionPane *pane = window->pane();
        pane->answerEdit()->appendPlainText(u"Căn cứ Nghị định 101/2024/NĐ-CP."_s);
        QTest::mouseClick(pane->button(QuestionAction::Answer), Qt::LeftButton);
        QCOMPARE(store().question(id)->state, QuestionState::Answered);
        QTest::mouseClick(pane->button(QuestionAction::Submit), Qt::LeftButton);
        QVERIFY(pane->button(QuestionAction::Approve)->isVisibleTo(pane));
        QTest::mouseClick(pane->button(QuestionAction::Approve), Qt::LeftButton);
        QCOMPARE(store().question(id)->state, QuestionState::Approved);
        QVERIFY(pane->button(QuestionAction::Publish)->isVisibleTo(pane));
        QTest::mouseClick(pane->button(QuestionAction::Publish), Qt::LeftButton);
        QCOMPARE(store().question(id)->state, QuestionState::Published);
        QVERIFY(!pane->button(QuestionAction::Publish)->isVisibleTo(pane));
        QCOMPARE(window->queueModel()->index(rowOf(*window, id), Widgets::QuestionQueueModel::StateColumn).data().toString(),
                 QuestionStates::displayName(QuestionState::Published));
    }
}

// An answer saved elsewhere while the pane had the question open: Save is
// refused with the newsroom's message in a message box, nothing overwritten.
void TestQuestionsWindow::aStaleAnswerIsRefusedInWords()
{
    const QString id = m_ids.at(1);
    QuestionStep assign;
    assign.agencyId = m_agencies.at(1).id;
    QVERIFY(store().act(id, QuestionAction::Assign, assign, m_chief));
    auto window = this->window(m_qa);
    QVERIFY(select(*window, id));
    QuestionStep other;
    other.answer = u"Câu trả lời của người khác"_s;
    QVERIFY(store().act(id, QuestionAction::Answer, other, m_chief));

    window->pane()->answerEdit()->setPlainText(u"Câu trả lời cũ"_s);
    QString refusal;
    whenModal([&refusal](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            refusal = box->text();
            box->button(QMessageBox::Ok)->click();
        }
    });
    QTest::mouseClick(window->pane()->button(QuestionAction::Answer), Qt::LeftButton);
    QVERIFY2(!refusal.isEmpty(), "no message box");
    QCOMPARE(store().question(id)->answer, u"Câu trả lời của người khác"_s);
}

// Decree 13: the asker's e-mail and phone in the pane of the question staff
// and the chief; an editor's pane has none of it, and asks for none.
void TestQuestionsWindow::contactDetailsOnlyForStaffAndChiefs()
{
    const QString id = m_ids.at(0);
    for (const User &user : {m_qa, m_chief, m_editor}) {
        auto window = this->window(user);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(select(*window, id));
        const QString shown = window->pane()->text();
        const bool sees = user.login != m_editor.login;
        QVERIFY2(shown.contains(lanEmail) == sees, qPrintable(user.login + u": "_s + shown));
        QCOMPARE(window->pane()->contactLabel()->isVisible(), sees);
        // Nowhere in the window's widgets either.
        bool anywhere = false;
        for (const QLabel *label : window->findChildren<QLabel *>())
            anywhere = anywhere || label->text().contains(lanEmail);
        QCOMPARE(anywhere, sees);
    }
}

// Past their due date, questions waiting for their agency are flagged in
// the queue with the word, not a colour alone, counted in working days in
// the pane, and listed under their agency.
void TestQuestionsWindow::overdueFlaggedAndListedPerAgency()
{
    QuestionStep assign;
    assign.agencyId = m_agencies.at(2).id;
    for (const QString &id : {m_ids.at(2), m_ids.at(3)})
        QVERIFY(store().act(id, QuestionAction::Assign, assign, m_qa));
    const QDate today = QuestionStore::today();
    const QDate due = today.addDays(-21);
    for (const QString &id : {m_ids.at(2), m_ids.at(3)})
        QVERIFY(setDue(id, due));
    auto window = this->window(m_qa);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    const int row = rowOf(*window, m_ids.at(2));
    const QModelIndex dueCell = window->queueModel()->index(row, Widgets::QuestionQueueModel::DueColumn);
    QVERIFY(dueCell.data(Widgets::QuestionQueueModel::OverdueRole).toBool());
    QVERIFY(!dueCell.data(Qt::DecorationRole).isNull());
    QVERIFY2(dueCell.data().toString().startsWith(due.toString(u"dd/MM/yyyy"_s) + u" — "_s), qPrintable(dueCell.data().toString()));
    // Published questions are never overdue.
    QVERIFY(!window->queueModel()->index(rowOf(*window, m_ids.at(0)), 0).data(Widgets::QuestionQueueModel::OverdueRole).toBool());

    window->overdueFilter()->setChecked(true);
    const auto overdue = store().overdue(today);
    QVERIFY(overdue);
    QCOMPARE(window->queueModel()->rowCount(), int(overdue->size()));
    window->overdueFilter()->setChecked(false);

    QVERIFY(select(*window, m_ids.at(2)));
    const int late = store().calendar()->workingDaysBetween(due, today);
    QVERIFY(late > 10);
    QVERIFY2(window->pane()->deadlineLabel()->text().contains(QString::number(late)), qPrintable(window->pane()->deadlineLabel()->text()));

    // Per agency, each with its count: Hải Lăng's are these two and the one
    // initTestCase left unanswered past its due date.
    int haiLang = 0;
    for (const Question &question : overdue.value())
        haiLang += question.agencyId == m_agencies.at(2).id;
    QCOMPARE(haiLang, 3);
    QTreeWidget *list = window->overdueList();
    QTreeWidgetItem *group = nullptr;
    int listed = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        listed += list->topLevelItem(i)->childCount();
        if (list->topLevelItem(i)->text(0).contains(m_agencies.at(2).name))
            group = list->topLevelItem(i);
    }
    QCOMPARE(listed, int(overdue->size()));
    QVERIFY(group);
    QCOMPARE(group->childCount(), haiLang);
    QVERIFY2(group->text(0).contains(u'3'), qPrintable(group->text(0)));
    QVERIFY2(window->tabs()->tabText(1).contains(QString::number(overdue->size())), qPrintable(window->tabs()->tabText(1)));
    // Enter on one opens it in the queue.
    window->tabs()->setCurrentIndex(1);
    list->setFocus();
    list->setCurrentItem(group->child(1));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(window->tabs()->currentIndex(), 0);
    QCOMPARE(window->pane()->question().id, group->child(1)->data(0, Qt::UserRole).toString());

    window->tabs()->setCurrentIndex(0);
    QTest::qWait(50);
    QVERIFY(window->grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/questions-queue.png")));
    QVERIFY(window->pane()->grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/questions-question-deadline.png")));
}

// The month's table holds what QuestionStore::statistics counts, and its
// files are written: the ODS with the agency's name in its content.xml, a PDF.
void TestQuestionsWindow::statisticsAsTheNewsroomCounts()
{
    auto window = this->window(m_chief);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->tabs()->setCurrentIndex(2);
    Widgets::QuestionStatisticsView *view = window->statistics();
    const QString month = QuestionStore::today().toString(u"yyyy-MM"_s);
    QCOMPARE(view->month(), month);
    auto statistics = store().statistics(month);
    QVERIFY2(statistics, qPrintable(statistics.error().message));
    QVERIFY(!statistics->isEmpty());
    QTreeWidget *table = view->table();
    QCOMPARE(table->topLevelItemCount(), int(statistics->size()) + 1);  // and the total
    for (int i = 0; i < statistics->size(); ++i) {
        const AgencyMonth &expected = statistics->at(i);
        const QTreeWidgetItem *item = table->topLevelItem(i);
        QCOMPARE(statistic(item, 0), expected.agency);
        QCOMPARE(statistic(item, 1), QString::number(expected.received));
        QCOMPARE(statistic(item, 2), QString::number(expected.answered));
        QCOMPARE(statistic(item, 3), QString::number(expected.onTime));
        QCOMPARE(statistic(item, 4), QString::number(expected.late));
        QCOMPARE(statistic(item, 5), QString::number(expected.open));
    }
    QCOMPARE(view->chart()->rows().size(), statistics->size());

    for (const QString &name : {u"hoi-dap.ods"_s, u"hoi-dap.pdf"_s}) {
        QSignalSpy finished(view, &Widgets::QuestionStatisticsView::exportFinished);
        view->exportTo(m_desk.path(name));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QFile file(m_desk.path(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 0);
        if (name.endsWith(u".pdf"_s)) {
            QVERIFY(file.readAll().startsWith("%PDF"));
            // Kept beside the screenshots, to be looked at.
            const QString kept = QStringLiteral(PORTALDESK_SCREENSHOTS "/questions-statistics.pdf");
            QFile::remove(kept);
            QVERIFY(QFile::copy(m_desk.path(name), kept));
            continue;
        }
        KZip zip(m_desk.path(name));
        QVERIFY(zip.open(QIODevice::ReadOnly));
        const auto *content = dynamic_cast<const KArchiveFile *>(zip.directory()->entry(u"content.xml"_s));
        QVERIFY(content);
        const QString xml = QString::fromUtf8(content->data());
        QVERIFY2(xml.contains(statistics->first().agency), qPrintable(xml.left(2000)));
        QVERIFY(xml.contains(u"Thống kê trả lời câu hỏi tháng %1"_s.arg(QuestionStore::today().toString(u"MM/yyyy"_s))));
    }
    QTest::qWait(50);
    QVERIFY(window->grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/questions-statistics.png")));
}

// Alt and a letter reach each field, button and tab of the queue's page,
// and of the statistics' page: no letter is underlined twice on one page
// (the pane's buttons all counted, whichever the question's state shows),
// nor taken from the window's menus and tabs.
void TestQuestionsWindow::eachLetterOnceOnThePage()
{
    auto window = this->window(m_chief);
    const auto letters = [](QWidget *page, QWidget *window) {
        QStringList taken;
        for (const QObject *child : window->findChildren<QObject *>()) {
            QString text;
            if (auto *label = qobject_cast<const QLabel *>(child); label && label->buddy())
                text = label->text();
            else if (auto *button = qobject_cast<const QAbstractButton *>(child))
                text = button->text();
            auto *widget = qobject_cast<const QWidget *>(child);
            if (text.isEmpty() || !widget || !page->isAncestorOf(widget) || qobject_cast<const QDialog *>(widget->window()))
                continue;
            if (const QKeySequence mnemonic = QKeySequence::mnemonic(text); !mnemonic.isEmpty())
                taken << mnemonic.toString() + u' ' + QString(text).remove(u'&');
        }
        for (int i = 0; i < 3; ++i)
            taken << QKeySequence::mnemonic(qobject_cast<Widgets::QuestionsWindow *>(window)->tabs()->tabText(i)).toString() + u" tab"_s;
        for (QAction *menu : window->findChild<QMenuBar *>()->actions())
            taken << QKeySequence::mnemonic(menu->text()).toString() + u" menu"_s;
        QHash<QString, QStringList> byKey;
        for (const QString &entry : std::as_const(taken))
            byKey[entry.section(u' ', 0, 0)] << entry.section(u' ', 1);
        QStringList clashes;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            if (it.value().size() > 1)
                clashes << it.key() + u": "_s + it.value().join(u", "_s);
        }
        return clashes;
    };
    const QStringList queue = letters(window->tabs()->widget(0), window.get());
    QVERIFY2(queue.isEmpty(), qPrintable(queue.join(u"; "_s)));
    const QStringList statistics = letters(window->tabs()->widget(2), window.get());
    QVERIFY2(statistics.isEmpty(), qPrintable(statistics.join(u"; "_s)));
}

// With a portal set, the desk of the question staff brings the form's new
// questions in on its timer, off the UI thread, says how many came, and the
// open questions' window lists them.
void TestQuestionsWindow::theDeskPullsNewQuestions()
{
    const QString portalPath = m_desk.path(u"portal.sqlite"_s);
    {
        auto portal = Portal::open(NewsroomUrl::sqlite(portalPath));
        QVERIFY2(portal, qPrintable(portal.error().message));
        QVERIFY2(portal.value()->init(), "portal init");
        QSqlQuery insert(portal.value()->database());
        QVERIFY(insert.prepare(u"INSERT INTO portal_questions (uuid, asker_name, asker_email, title, body, submitted_at)"
                               " VALUES (?, ?, ?, ?, ?, ?)"_s));
        for (const QVariant &value : {QVariant(u"11111111-2222-4333-8444-555555555555"_s), QVariant(u"Hoàng Văn Sơn"_s),
                                      QVariant(u"son.hoang@example.vn"_s), QVariant(u"Đèn đường thôn Trung An hỏng"_s),
                                      QVariant(u"Đèn đường hỏng ba tháng nay, xin cho biết khi nào sửa?"_s),
                                      QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))})
            insert.addBindValue(value);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QVERIFY(NewsroomSettings(m_desk.newsroom()).setValue(NewsroomSettings::portalUrl, portalPath));
    const int before = store().count().value();

    Widgets::MainWindow desk(m_desk.newsroom(), m_qa);
    desk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk));
    desk.findChild<QAction *>(u"actionQuestions"_s)->trigger();
    auto *window = desk.findChild<Widgets::QuestionsWindow *>();
    QVERIFY(window);
    QCOMPARE(window->queueModel()->rowCount(), before);
    auto *timer = desk.findChild<QTimer *>(u"questionPullTimer"_s);
    QVERIFY(timer && timer->isActive());
    QCOMPARE(timer->interval(), 5 * 60 * 1000);
    timer->start(10);
    QTRY_COMPARE_WITH_TIMEOUT(store().count().value(), before + 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!desk.statusBar()->currentMessage().isEmpty(), 5000);
    QVERIFY2(desk.statusBar()->currentMessage().contains(u'1'), qPrintable(desk.statusBar()->currentMessage()));
    QTRY_COMPARE(window->queueModel()->rowCount(), before + 1);
    // Pulled again, nothing new.
    QTest::qWait(200);
    QCOMPARE(store().count().value(), before + 1);
    timer->stop();
    QVERIFY(desk.close());
    // The other tests' desks pull nothing.
    QVERIFY(NewsroomSettings(m_desk.newsroom()).setValue(NewsroomSettings::portalUrl, QString()));
}

// On a 1366×768 laptop (tst_questionswindow_laptop runs this alone), the
// window opens whole and every tab is readable; its screenshots.
void TestQuestionsWindow::windowOnALaptop()
{
    auto window = this->window(m_chief);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QRect available = window->screen()->availableGeometry();
    QVERIFY2(available.contains(window->frameGeometry()),
             qPrintable(u"%1×%2 on %3×%4"_s.arg(window->frameGeometry().width()).arg(window->frameGeometry().height())
                            .arg(available.width()).arg(available.height())));
    QVERIFY(select(*window, m_ids.at(0)));
    // The pane's buttons whole, none cut by the window's edge.
    for (QPushButton *button : window->pane()->findChildren<QPushButton *>()) {
        if (button->isVisible())
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
    }
    const QString size = u"%1x%2"_s.arg(window->screen()->size().width()).arg(window->screen()->size().height());
    QTest::qWait(50);
    QVERIFY(window->grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/questions-queue-%1.png").arg(size)));
    window->tabs()->setCurrentIndex(2);
    QTest::qWait(50);
    Widgets::QuestionStatisticsChart *chart = window->statistics()->chart();
    QVERIFY(chart->isVisible() && chart->height() >= chart->minimumSizeHint().height());
    QVERIFY(window->grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/questions-statistics-%1.png").arg(size)));
}

QTEST_MAIN(TestQuestionsWindow)
#include "tst_questionswindow.moc"
