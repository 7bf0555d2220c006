// The desk on the offscreen platform: real widgets, a real SQLite newsroom,
// the editorial chain driven through the window as its users would.
#include "articleactions.h"
#include "articleeditor.h"
#include "articlelistmodel.h"
#include "articlepanels.h"
#include "articlestore.h"
#include "autosavestore.h"
#include "conflictdialog.h"
#include "icontheme.h"
#include "localization.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "newsroom.h"
#include "publicationcalendar.h"
#include "queuemodel.h"
#include "reasondialog.h"
#include "sampledata.h"
#include "searchresultsmodel.h"
#include "signindialog.h"
#include "spellcheckhighlighter.h"
#include "spellingwords.h"
#include "syncpanel.h"
#include "userstore.h"
#include "vietnamesetext.h"

#include "modaldialogs.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QDateTimeEdit>
#include <QListWidget>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace PortalDesk;
using Models::Action;
using Models::ArticleListModel;
using Models::ArticleState;

namespace {

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    // Vietnamese arrives from the input method (ibus-unikey and the like) as
    // committed text, not as key presses.
    QInputMethodEvent typed;
    typed.setCommitString(text);
    QApplication::sendEvent(widget, &typed);
}

// The queue's count once the desk's worker has answered the latest request.
int queueCount(Widgets::MainWindow &window, const QString &key)
{
    if (!QTest::qWaitFor([&window] { return !window.countsPending(); }, 5000))
        return -2;
    const int row = window.queueModel()->rowOfKey(key);
    return window.queueModel()->index(row).data(Models::QueueModel::CountRole).toInt();
}

// The texts a person reads in the window's menus and actions, by object name.
QMap<QString, QString> visibleTexts(const QMainWindow &window)
{
    QMap<QString, QString> texts;
    for (const QAction *action : window.findChildren<QAction *>()) {
        // Qt's own (the line edit's clear button) have no text to translate.
        if (!action->objectName().isEmpty() && !action->objectName().startsWith(u"_q_"))
            texts.insert(action->objectName(), action->text());
    }
    for (const QMenu *menu : window.menuBar()->findChildren<QMenu *>())
        texts.insert(menu->objectName(), menu->title());
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        texts.insert(dock->objectName(), dock->windowTitle());
    texts.insert(QStringLiteral("searchField"), window.findChild<QLineEdit *>(QStringLiteral("searchField"))->placeholderText());
    return texts;
}

void saveShot(QWidget &widget, const QString &name)
{
    QTest::qWait(300);  // the highlighter and the preview follow the text
    const QString path = QStringLiteral(PORTALDESK_SCREENSHOTS "/") + name;
    QVERIFY2(widget.grab().save(path), qPrintable(path));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Models::Newsroom> m_newsroom;
    Models::User m_reporter, m_editor, m_chief;

    QString submittedArticle(const QString &title)
    {
        Models::ArticleStore store(*m_newsroom);
        auto created = store.create(Models::Article{.title = title, .summary = QStringLiteral("Sapo của bài."),
                                                    .body = QStringLiteral("Ủy ban nhân dân tỉnh họp phiên thường kỳ.")},
                                    &m_reporter);
        if (!created)
            return {};
        if (!Models::ArticleActions(*m_newsroom).perform(created->id, Action::Submit, m_reporter))
            return {};
        return created->id;
    }

    void openById(Widgets::MainWindow &window, const QString &id)
    {
        QVERIFY(window.openArticle(id));
        QCOMPARE(window.editor()->savedArticle().id, id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Models::Localization::setApplicationIdentity();
        Widgets::useIconTheme();
        // Settings go to a scratch file, never the user's own.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QVERIFY(QDir().mkpath(QStringLiteral(PORTALDESK_SCREENSHOTS)));
    }

    void init()
    {
        QSettings().clear();
        auto opened = Models::Newsroom::open(
            m_dir.filePath(QStringLiteral("%1-%2.sqlite")
                               .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                    QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : ""))));
        QVERIFY2(opened, qPrintable(opened.error().message));
        m_newsroom = std::move(opened.value());
        Models::UserStore users(*m_newsroom);
        auto admin = users.add(QStringLiteral("admin"), QStringLiteral("Quản trị"), Models::Role::Admin,
                               QStringLiteral("demo"), nullptr);
        QVERIFY(admin);
        const auto add = [&](const QString &login, const QString &name, Models::Roles roles) {
            auto user = users.add(login, name, roles, QStringLiteral("demo"), &admin.value());
            return user ? user.value() : Models::User{};
        };
        m_reporter = add(QStringLiteral("reporter"), QStringLiteral("Nguyễn Minh Anh"), Models::Role::Reporter);
        m_editor = add(QStringLiteral("editor"), QStringLiteral("Phạm Văn Dũng"), Models::Role::Editor);
        m_chief = add(QStringLiteral("chief"), QStringLiteral("Lê Thị Thu Hà"), Models::Role::ChiefEditor);
        QVERIFY(m_chief.id != 0);
        Models::ArticleStore store(*m_newsroom);
        QVERIFY(Models::SampleData::seed(store));
    }
    void cleanup() { m_newsroom.reset(); }

    // The sign-in dialog offers the newsroom's users and refuses a wrong
    // password with a message, keeping the dialog open.
    void signInChecksThePassword()
    {
        Widgets::SignInDialog dialog(*m_newsroom);
        dialog.setLogin(QStringLiteral("editor"));
        dialog.passwordEdit()->setText(QStringLiteral("sai"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.messageLabel()->text().isEmpty());
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        dialog.passwordEdit()->setText(QStringLiteral("demo"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.user().login, QStringLiteral("editor"));
    }

    // A reporter creates an article, types it, saves and submits it: it
    // leaves "my drafts" for the editors' queue, and approving or publishing
    // is never offered to a reporter.
    void reporterWritesAndSubmits()
    {
        Widgets::MainWindow window(*m_newsroom, m_reporter);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModelTester queueTester(window.queueModel());
        QAbstractItemModelTester listTester(window.articleModel());
        const int waitingBefore = queueCount(window, QStringLiteral("submitted"));
        QVERIFY(!window.workflowAction(Action::Approve)->isVisible());
        QVERIFY(!window.workflowAction(Action::Publish)->isVisible());

        whenModal([](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("Khánh thành cầu Đakrông mới"));
            input->accept();
        });
        window.findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
        QCOMPARE(window.editor()->savedArticle().title, QStringLiteral("Khánh thành cầu Đakrông mới"));
        QCOMPARE(window.editor()->savedArticle().state, ArticleState::Draft);
        QVERIFY(window.editor()->isEditable());

        typeInto(window.editor()->bodyEdit(), QStringLiteral("Sáng nay, UBND tỉnh Quảng Trị tổ chức lễ khánh thành."));
        QVERIFY(window.editor()->isModified());
        QTRY_VERIFY(window.editor()->preview()->toPlainText().contains(QStringLiteral("khánh thành")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionSave"))->isEnabled());
        QVERIFY(window.workflowAction(Action::Submit)->isVisible());
        // Submitting saves the typed text first.
        window.workflowAction(Action::Submit)->trigger();
        QCOMPARE(window.editor()->savedArticle().state, ArticleState::Submitted);
        QVERIFY(!window.editor()->isModified());
        QCOMPARE(queueCount(window, QStringLiteral("submitted")), waitingBefore + 1);
        // Submitted, it is the editors' now: the reporter may no longer edit it.
        QVERIFY(!window.editor()->isEditable());
        QVERIFY(!window.workflowAction(Action::Submit)->isVisible());
        auto stored = Models::ArticleStore(*m_newsroom).load(window.editor()->savedArticle().id);
        QVERIFY(stored->body.contains(QStringLiteral("lễ khánh thành")));
    }

    // An editor forwards a submitted article, a chief approves and publishes
    // it; each sees only what the workflow lets them do, and the queues count.
    void editorForwardsChiefPublishes()
    {
        const QString id = submittedArticle(QStringLiteral("Hội nghị xúc tiến đầu tư tỉnh Quảng Trị"));
        QVERIFY(!id.isEmpty());
        {
            Widgets::MainWindow window(*m_newsroom, m_editor);
            window.show();
            // The editor starts in the queue of what waits for editing.
            QCOMPARE(window.queueView()->currentIndex().data(Models::QueueModel::KeyRole).toString(),
                     QStringLiteral("submitted"));
            QCOMPARE(window.articleModel()->rowCount(), queueCount(window, QStringLiteral("submitted")));
            openById(window, id);
            QVERIFY(window.editor()->isEditable());
            QVERIFY(window.workflowAction(Action::Forward)->isVisible());
            QVERIFY(window.workflowAction(Action::Return)->isVisible());
            QVERIFY(!window.workflowAction(Action::Approve)->isVisible());
            const int edited = queueCount(window, QStringLiteral("edited"));
            QVERIFY(window.perform(Action::Forward));
            QCOMPARE(window.editor()->savedArticle().state, ArticleState::Edited);
            QCOMPARE(queueCount(window, QStringLiteral("edited")), edited + 1);
        }
        Widgets::MainWindow window(*m_newsroom, m_chief);
        window.show();
        QCOMPARE(window.queueView()->currentIndex().data(Models::QueueModel::KeyRole).toString(),
                 QStringLiteral("edited"));
        openById(window, id);
        QVERIFY(window.workflowAction(Action::Approve)->isVisible());
        QVERIFY(!window.workflowAction(Action::Publish)->isVisible());
        QVERIFY(window.perform(Action::Approve));
        QVERIFY(window.workflowAction(Action::Publish)->isVisible());
        QVERIFY(window.workflowAction(Action::Schedule)->isVisible());
        const int published = queueCount(window, QStringLiteral("published"));
        // Publishing now is asked first; Cancel leaves the article approved.
        whenAsked(QMessageBox::Cancel);
        QVERIFY(!window.perform(Action::Publish));
        QCOMPARE(window.editor()->savedArticle().state, ArticleState::Approved);
        whenAsked(QMessageBox::Yes);
        QVERIFY(window.perform(Action::Publish));
        QCOMPARE(window.editor()->savedArticle().state, ArticleState::Published);
        QCOMPARE(queueCount(window, QStringLiteral("published")), published + 1);
        QVERIFY(window.workflowAction(Action::Withdraw)->isVisible());
        // The history shows every step.
        QTreeWidget *events = window.historyPanel()->events();
        QStringList what;
        for (int row = 0; row < events->topLevelItemCount(); ++row)
            what.append(events->topLevelItem(row)->text(2));
        QVERIFY2(what.size() >= 5, qPrintable(what.join(u'|')));
    }

    // Returning needs a reason: an empty one is refused and nothing changes;
    // the reason given is stored with the step.
    // Every shortcut of the window means one thing, for every role: Qt
    // runs neither action of an ambiguous shortcut.
    void shortcutsAreUnambiguous_data()
    {
        QTest::addColumn<QString>("login");
        for (const char *login : {"reporter", "editor", "chief"})
            QTest::newRow(login) << QString::fromLatin1(login);
    }

    void shortcutsAreUnambiguous()
    {
        QFETCH(QString, login);
        const Models::User &user = login == u"chief" ? m_chief : login == u"editor" ? m_editor : m_reporter;
        Widgets::MainWindow window(*m_newsroom, user);
        window.show();
        QHash<QKeySequence, QString> owners;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcutContext() == Qt::WidgetShortcut || action->shortcutContext() == Qt::WidgetWithChildrenShortcut)
                continue;
            for (const QKeySequence &key : action->shortcuts()) {
                const QString name = action->objectName().isEmpty() ? action->text() : action->objectName();
                QVERIFY2(!owners.contains(key), qPrintable(QStringLiteral("%1 is both %2 and %3").arg(key.toString(), owners.value(key), name)));
                owners.insert(key, name);
            }
        }
        QVERIFY(owners.size() > 10);
        // Quit answers Ctrl+Q once, whatever the platform's own Quit keys.
        auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcuts().count(QKeySequence(Qt::CTRL | Qt::Key_Q)), 1);
    }

    // The calendar marks the days with scheduled articles and lists a
    // day's by time; double-clicking one opens it.
    void calendarOfScheduledArticles()
    {
        const QString id = submittedArticle(QStringLiteral("Lễ hội Thành Cổ sẽ khai mạc"));
        Models::ArticleActions actions(*m_newsroom);
        QVERIFY(actions.perform(id, Action::Forward, m_editor));
        QVERIFY(actions.perform(id, Action::Approve, m_chief));
        const QDateTime at(QDate::currentDate().addDays(3), QTime(7, 30));
        QVERIFY(actions.perform(id, Action::Schedule, m_chief, {}, at.toUTC()));
        Widgets::MainWindow window(*m_newsroom, m_chief);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("calendarDock"));
        QVERIFY(dock);
        QVERIFY(dock->isHidden());  // until asked for from the View menu
        dock->toggleViewAction()->trigger();
        dock->raise();
        auto *calendar = dock->findChild<Widgets::PublicationCalendar *>();
        QTRY_VERIFY(calendar->isVisible());
        calendar->calendar()->setSelectedDate(at.date());
        calendar->calendar()->setCurrentPage(at.date().year(), at.date().month());
        QCOMPARE(calendar->calendar()->dateTextFormat(at.date()).fontWeight(), int(QFont::Bold));
        QVERIFY(!calendar->calendar()->dateTextFormat(at.date()).toolTip().isEmpty());
        QVERIFY(calendar->calendar()->dateTextFormat(at.date().addDays(1)).toolTip().isEmpty());
        QListWidget *day = calendar->dayList();
        QTRY_COMPARE(day->count(), 1);
        QCOMPARE(day->item(0)->text(), QStringLiteral("07:30 · Lễ hội Thành Cổ sẽ khai mạc"));
        Q_EMIT day->itemActivated(day->item(0));
        QCOMPARE(window.editor()->savedArticle().id, id);
        // The schedule dialog starts at the time already set.
        bool startsThere = false;
        whenModal([&](QWidget *dialog) {
            auto *when = dialog->findChild<QDateTimeEdit *>(QStringLiteral("scheduleTime"));
            startsThere = when && when->dateTime() == at;
            qobject_cast<QDialog *>(dialog)->reject();
        });
        QVERIFY(!window.perform(Action::Schedule));
        QVERIFY(startsThere);
    }

    // An article's comments are counted in the Comments tab, seen from any tab.
    void commentsAreCountedInTheirTab()
    {
        const QString id = submittedArticle(QStringLiteral("Bài có ý kiến"));
        QVERIFY(Models::ArticleActions(*m_newsroom).comment(id, m_editor, QStringLiteral("Bổ sung nguồn tin.")));
        Widgets::MainWindow window(*m_newsroom, m_chief);
        window.show();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("commentsDock"));
        QVERIFY(dock);
        const QString plain = dock->windowTitle();
        openById(window, id);
        QCOMPARE(dock->windowTitle(), plain + QStringLiteral(" (1)"));
        // The history names the step in words, not by the log's key.
        QTreeWidget *events = window.historyPanel()->events();
        QStringList steps;
        for (int row = 0; row < events->topLevelItemCount(); ++row)
            steps << events->topLevelItem(row)->text(2);
        QVERIFY2(steps.contains(QStringLiteral("Commented")), qPrintable(steps.join(u'|')));
        const QString other = submittedArticle(QStringLiteral("Bài chưa có ý kiến"));
        openById(window, other);
        QCOMPARE(dock->windowTitle(), plain);
    }

    // F9 brings the Portal panel up, its Sync button ready; nothing is sent
    // until it is pressed.
    void f9ShowsThePortalPanel()
    {
        Widgets::MainWindow window(*m_newsroom, m_chief);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("syncDock"));
        QVERIFY(dock);
        window.findChild<QDockWidget *>(QStringLiteral("detailsDock"))->raise();
        QTRY_VERIFY(dock->visibleRegion().isEmpty());
        QTest::keyClick(&window, Qt::Key_F9);
        QTRY_VERIFY(!dock->visibleRegion().isEmpty());
        QVERIFY(!window.syncPanel()->isRunning());
    }

    void returnAsksForAReason()
    {
        const QString id = submittedArticle(QStringLiteral("Bài cần sửa"));
        Widgets::MainWindow window(*m_newsroom, m_editor);
        window.show();
        openById(window, id);
        QVERIFY(window.reasonNotice().isEmpty());
        // No reason: OK is off, Enter neither sends nor closes, Tab leaves
        // the box; Cancel changes nothing.
        whenModal([](QWidget *widget) {
            auto *dialog = qobject_cast<Widgets::ReasonDialog *>(widget);
            QVERIFY(dialog);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            QTRY_VERIFY(dialog->reasonEdit()->hasFocus());
            QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("   "));
            QVERIFY(!ok->isEnabled());
            QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->reasonEdit()->toPlainText(), QStringLiteral("   "));
            QTest::keyClick(dialog->reasonEdit(), Qt::Key_Tab);
            QVERIFY(!dialog->reasonEdit()->hasFocus());
            QCOMPARE(dialog->reasonEdit()->toPlainText(), QStringLiteral("   "));
            dialog->reject();
        });
        QVERIFY(!window.perform(Action::Return));
        QCOMPARE(Models::ArticleStore(*m_newsroom).load(id)->state, ArticleState::Submitted);
        // A reason of two lines (Shift+Enter), wrapped in the box, sent by Enter.
        whenModal([](QWidget *widget) {
            auto *dialog = qobject_cast<Widgets::ReasonDialog *>(widget);
            QVERIFY(dialog);
            QCOMPARE(dialog->reasonEdit()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
            QTRY_VERIFY(dialog->reasonEdit()->hasFocus());
            // Typed through an input method, as Vietnamese is.
            dialog->reasonEdit()->insertPlainText(QStringLiteral("Thiếu nguồn tin."));
            QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return, Qt::ShiftModifier);
            dialog->reasonEdit()->insertPlainText(QStringLiteral("Bổ sung số liệu quý III."));
            QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
        });
        // From the list, as an editor works: the returned article stays
        // open when the focus comes back to the list it has left.
        window.activateWindow();
        window.articleView()->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(window.articleView()->hasFocus());
        QVERIFY(window.perform(Action::Return));
        QVERIFY(window.articleModel()->rowCount() > 0);  // others are left in the queue
        QVERIFY(!window.articleView()->currentIndex().isValid());
        window.articleView()->clearFocus();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.articleView()->setFocus(Qt::ActiveWindowFocusReason);  // as when the dialog closes
        QTRY_VERIFY(window.articleView()->hasFocus());
        QCOMPARE(window.editor()->savedArticle().id, id);
        QCOMPARE(Models::ArticleStore(*m_newsroom).load(id)->state, ArticleState::Returned);
        QVERIFY(!window.workflowAction(Action::Return)->isVisible());
        // Above the text, for the editor and for the reporter who opens it.
        QVERIFY2(window.reasonNotice().contains(QStringLiteral("Thiếu nguồn tin.<br>Bổ sung số liệu quý III.")),
                 qPrintable(window.reasonNotice()));
        QVERIFY(window.reasonNotice().contains(m_editor.fullName));
        Widgets::MainWindow reporter(*m_newsroom, m_reporter);
        reporter.show();
        openById(reporter, id);
        QVERIFY(reporter.reasonNotice().contains(QStringLiteral("Bổ sung số liệu quý III.")));
        QVERIFY(reporter.reasonNotice().contains(Models::Localization::dateTimeText(QDateTime::currentDateTime()).left(10)));
        QVERIFY(reporter.findChild<QWidget *>(QStringLiteral("reasonBanner"))->isVisible());
        QVERIFY(reporter.grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/returned-article-banner-en.png")));
    }

    // Saving over a version someone saved in between shows who and the
    // differences; keeping one's own text puts it on top, theirs stays in
    // the history.
    void staleSaveShowsConflict()
    {
        Models::ArticleStore store(*m_newsroom);
        auto created = store.create(Models::Article{.title = QStringLiteral("Tin tranh chấp"),
                                                    .body = QStringLiteral("Bản gốc của bài.")},
                                    &m_reporter);
        QVERIFY(created);
        Widgets::MainWindow window(*m_newsroom, m_reporter);
        window.show();
        openById(window, created->id);
        // Meanwhile, on another PC, the same article is saved.
        Models::Article theirs = created.value();
        theirs.body = QStringLiteral("Bản gốc của bài, sửa ở máy khác.");
        QVERIFY(store.save(theirs, &m_reporter));

        window.editor()->bodyEdit()->moveCursor(QTextCursor::End);
        typeInto(window.editor()->bodyEdit(), QStringLiteral(" Thêm đoạn của tôi."));
        QString shown;
        whenModal([&shown](QWidget *dialog) {
            auto *conflict = qobject_cast<Widgets::ConflictDialog *>(dialog);
            QVERIFY(conflict);
            shown = conflict->findChild<QLabel *>(QStringLiteral("conflictMessage"))->text()
                + conflict->differences()->toPlainText();
            conflict->findChild<QPushButton *>(QStringLiteral("keepMineButton"))->click();
        });
        QVERIFY(window.save());
        QVERIFY2(shown.contains(QStringLiteral("reporter")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("sửa ở máy khác")), qPrintable(shown));
        auto revisions = store.revisions(created->id);
        QCOMPARE(revisions->size(), 3);
        QVERIFY(revisions->at(0).body.contains(QStringLiteral("Thêm đoạn của tôi.")));
        QVERIFY(revisions->at(1).body.contains(QStringLiteral("sửa ở máy khác")));
    }

    // Text autosaved while typing survives a window that never saved it:
    // reopening the article offers it back.
    void autosaveOffersUnsavedText()
    {
        Models::ArticleStore store(*m_newsroom);
        auto created = store.create(Models::Article{.title = QStringLiteral("Tin tự lưu"), .body = QStringLiteral("Mở đầu.")},
                                    &m_reporter);
        QVERIFY(created);
        {
            Widgets::MainWindow window(*m_newsroom, m_reporter);
            window.show();
            openById(window, created->id);
            window.editor()->bodyEdit()->moveCursor(QTextCursor::End);
            typeInto(window.editor()->bodyEdit(), QStringLiteral(" Đoạn chưa lưu về Đồng Hới."));
            // The timer autosaves within a few seconds of typing.
            QTRY_VERIFY_WITH_TIMEOUT(Models::AutosaveStore(*m_newsroom).find(m_reporter, created->id)->has_value(), 6000);
            // The window goes away without saving, as in a crash.
        }
        QCOMPARE(store.load(created->id)->version, 1);
        Widgets::MainWindow window(*m_newsroom, m_reporter);
        window.show();
        whenModal([](QWidget *box) { box->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click(); });
        openById(window, created->id);
        QVERIFY(window.editor()->isModified());
        QVERIFY(window.editor()->article().body.endsWith(QStringLiteral("Đoạn chưa lưu về Đồng Hới.")));
        QVERIFY(window.save());
        QVERIFY(!Models::AutosaveStore(*m_newsroom).find(m_reporter, created->id)->has_value());
    }

    // Opening an article and letting the highlighter, the spell checker and
    // the preview run leaves it unmodified: closing asks nothing.
    void openingDoesNotModify()
    {
        Widgets::MainWindow window(*m_newsroom, m_chief);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.articleModel()->setFilter({});
        window.openRow(0);
        QVERIFY(window.editor()->hasArticle());
        QTest::qWait(1000);
        QVERIFY(!window.editor()->isModified());
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.close());
    }

    // A click on the Title header sorts the list in Vietnamese order; a
    // click on a column that cannot sort leaves the order as it was.
    void listSortsFromTheHeader()
    {
        Widgets::MainWindow window(*m_newsroom, m_chief);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHeaderView *header = window.articleView()->header();
        const auto clickSection = [&](int section) {
            const QPoint point(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, point);
        };
        window.articleModel()->setFilter({});  // every article, whatever the queue
        clickSection(Models::ArticleListModel::TitleColumn);
        QCOMPARE(window.articleModel()->sortOrder().key, Models::ArticleSort::Title);
        QStringList titles;
        for (int row = 0; row < window.articleModel()->rowCount(); ++row)
            titles.append(window.articleModel()->index(row, 0).data().toString());
        QVERIFY(titles.size() > 3);
        QStringList sorted = titles;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return Models::vietnameseSortKey(a) < Models::vietnameseSortKey(b);
        });
        if (header->sortIndicatorOrder() == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(titles, sorted);
        const Qt::SortOrder order = header->sortIndicatorOrder();
        clickSection(Models::ArticleListModel::StateColumn);
        QCOMPARE(header->sortIndicatorSection(), int(Models::ArticleListModel::TitleColumn));
        QCOMPARE(header->sortIndicatorOrder(), order);
        QCOMPARE(window.articleModel()->sortOrder().key, Models::ArticleSort::Title);
    }

    // The desk underlines a misspelt word, knows the newsroom's own words,
    // and "Add to Dictionary" stores the word for everyone in the newsroom.
    void spellingUsesTheNewsroomWordList()
    {
        QVERIFY(Models::SpellingWords(*m_newsroom).add(QStringLiteral("Xa Xía"), &m_editor));
        Models::ArticleStore store(*m_newsroom);
        auto created = store.create(Models::Article{.title = QStringLiteral("Tin biên giới"),
                                                    .body = QStringLiteral("Cửa khẩu Xa Xía đón khách, nhiều nghành cùng vào cuộc.")},
                                    &m_reporter);
        QVERIFY(created);
        Widgets::MainWindow window(*m_newsroom, m_reporter);
        window.show();
        openById(window, created->id);
        Widgets::MarkdownEdit *body = window.editor()->bodyEdit();
        QVERIFY2(body->dictionaryAvailable(), "hunspell-vi is in packaging/debian/build-deps");
        auto *spelling = body->spellCheckHighlighter();
        const int wrong = int(body->toPlainText().indexOf(QStringLiteral("nghành")));
        QCOMPARE(spelling->misspelledWordAt(wrong + 2).word, QStringLiteral("nghành"));
        QVERIFY(!spelling->misspelledWordAt(int(body->toPlainText().indexOf(QStringLiteral("Xía"))) + 1).isValid());
        QVERIFY(!spelling->misspelledWordAt(int(body->toPlainText().indexOf(QStringLiteral("khẩu"))) + 1).isValid());
        QVERIFY(spelling->suggestions(QStringLiteral("nghành")).contains(QStringLiteral("ngành")));

        QTextCursor cursor(body->document());
        cursor.setPosition(wrong + 2);
        const QPoint point = body->cursorRect(cursor).center();
        std::unique_ptr<QMenu> menu(body->createContextMenu(point));
        QAction *add = nullptr;
        for (QAction *action : menu->actions())
            if (action->objectName() == u"spellAddToDictionary")
                add = action;
        QVERIFY(add);
        add->trigger();
        QVERIFY(!spelling->misspelledWordAt(wrong + 2).isValid());
        QVERIFY(Models::SpellingWords(*m_newsroom).all()->contains(QStringLiteral("nghành")));

        // Turning spell checking off in the View menu removes the underlines.
        auto *toggle = window.findChild<QAction *>(QStringLiteral("actionSpellCheck"));
        QVERIFY(toggle && toggle->isChecked());
        QVERIFY(spelling->isMisspelled(QStringLiteral("khẩux")));
        toggle->setChecked(false);
        QVERIFY(!spelling->isMisspelled(QStringLiteral("khẩux")));
    }

    // The search field finds Vietnamese text typed without diacritics, off
    // the UI thread, and shows the results in place of the queue.
    void searchFindsWithoutDiacritics()
    {
        Widgets::MainWindow window(*m_newsroom, m_editor);
        window.show();
        QAbstractItemModelTester tester(window.searchModel());
        window.searchField()->setText(QStringLiteral("khanh thanh cau"));
        QTRY_VERIFY2(window.searchModel()->rowCount() > 0,
                     qPrintable(window.findChild<QLabel *>(QStringLiteral("searchNotice"))->text()));
        QVERIFY(window.searchView()->isVisible());
        window.searchField()->clear();
        QTRY_VERIFY(window.articleView()->isVisible());
    }

    // With Vietnamese chosen, every menu, action and dock is in Vietnamese;
    // and the screenshots of the desk, the editor and the review are taken.
    void speaksVietnamese_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("vi") << QStringLiteral("vi");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void speaksVietnamese()
    {
        QFETCH(QString, language);
        QVERIFY(Models::Localization::install(QStringLiteral("en")));
        QMap<QString, QString> english;
        {
            Widgets::MainWindow window(*m_newsroom, m_chief);
            english = visibleTexts(window);
        }
        QVERIFY(Models::Localization::install(language));
        const QString id = submittedArticle(QStringLiteral("Quảng Trị đẩy mạnh chuyển đổi số trong cải cách hành chính"));
        Models::ArticleStore store(*m_newsroom);
        Models::Article article = store.load(id).value();
        article.body = QStringLiteral("## Kết quả nổi bật\n\nNăm 2026, **UBND tỉnh** đã đưa 1.200 thủ tục lên "
                                      "cổng dịch vụ công trực tuyến; tỷ lệ hồ sơ nộp trực tuyến đạt 68%, nhiều nghành dẫn đầu.\n\n"
                                      "- Giảm thời gian xử lý hồ sơ\n- Tiết kiệm chi phí đi lại cho người dân\n");
        QVERIFY(store.save(article, &m_editor));
        QMap<QString, QString> shown;
        {
            Widgets::MainWindow window(*m_newsroom, m_chief);
            shown = visibleTexts(window);
            window.resize(1440, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            openById(window, id);
            saveShot(window, QStringLiteral("main-window-%1.png").arg(language));
            saveShot(*window.editor(), QStringLiteral("editor-preview-%1.png").arg(language));
            window.findChild<QDockWidget *>(QStringLiteral("historyDock"))->raise();
            saveShot(window, QStringLiteral("review-diff-%1.png").arg(language));
            // The dark palette re-colours the highlighter, the preview and the diff.
            auto *dark = window.findChild<QAction *>(QStringLiteral("actionDarkMode"));
            dark->setChecked(true);
            QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 100);
            saveShot(window, QStringLiteral("main-window-dark-%1.png").arg(language));
            dark->setChecked(false);
            QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 150);
        }
        QVERIFY(Models::Localization::install(QStringLiteral("en")));
        if (language != u"vi")
            return;
        QCOMPARE(shown.keys(), english.keys());
        QVERIFY(english.size() >= 20);
        for (auto it = english.cbegin(); it != english.cend(); ++it)
            QVERIFY2(shown.value(it.key()) != it.value(), qPrintable(it.key() + u": " + it.value()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
