// The real program, killed while typing, offers the typed text back on the
// next start. Runs portaldesk under Xvfb, types into it with xdotool as a
// user would, kills it with SIGKILL, starts it again and saves.
#include "articlestore.h"
#include "autosavestore.h"
#include "newsroom.h"
#include "userstore.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

namespace {

// Typed through the X keyboard as key presses. ASCII only: xdotool types
// other characters by remapping a spare key, and the client sometimes reads
// the key before the new map, dropping a letter. Vietnamese text itself is
// covered by the in-process tests.
const QString typed = u"Doan go truoc khi may treo o Quang Tri (chua luu)."_s;

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_xvfb;
    QString m_display;
    QString m_newsroomPath;
    QString m_articleId;
    Models::User m_reporter;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DISPLAY"_s, m_display);
        env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"PORTALDESK_PASSWORD"_s, u"demo"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        return env;
    }

    // Runs xdotool and returns its output; fails the test on an error.
    QString xdotool(const QStringList &arguments, int timeoutMs = 15000)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(u"xdotool"_s, arguments);
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            qWarning("xdotool %s timed out", qPrintable(arguments.join(u' ')));
            return {};
        }
        // "search" exits 1 while nothing matches yet.
        if (process.exitCode() != 0 && arguments.constFirst() != u"search")
            qWarning("xdotool %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    // The id of the first visible window whose title matches.
    QString waitForWindow(const QString &title)
    {
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            const QString ids = xdotool({u"search"_s, u"--onlyvisible"_s, u"--name"_s, title}, 5000);
            if (!ids.isEmpty())
                return ids.split(u'\n').constLast();
            QTest::qWait(200);
        }
        return {};
    }

    void startDesk(QProcess &desk)
    {
        desk.setProcessEnvironment(environment());
        desk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        desk.start(QStringLiteral(PORTALDESK_GUI_BINARY),
                   {u"--db"_s, m_newsroomPath, u"--user"_s, u"reporter"_s, u"--open"_s, m_articleId, u"--lang"_s, u"en"_s});
        QVERIFY2(desk.waitForStarted(), qPrintable(desk.errorString()));
    }

    std::unique_ptr<Models::Newsroom> openNewsroom()
    {
        auto opened = Models::Newsroom::open(m_newsroomPath);
        return opened ? std::move(opened.value()) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &tool : {u"Xvfb"_s, u"xdotool"_s})
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                     qPrintable(tool + u" is in packaging/debian/build-deps"_s));
        // Xvfb picks a free display and writes its number to the pipe.
        m_xvfb.start(u"Xvfb"_s, {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1440x900x24"_s, u"-nolisten"_s, u"tcp"_s});
        QVERIFY(m_xvfb.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_xvfb.canReadLine(), 20000);
        m_display = u":"_s + QString::fromLatin1(m_xvfb.readLine()).trimmed();

        m_newsroomPath = m_dir.filePath(u"newsroom.sqlite"_s);
        auto newsroom = openNewsroom();
        QVERIFY(newsroom);
        Models::UserStore users(*newsroom);
        auto admin = users.add(u"admin"_s, u"Quản trị"_s, Models::Role::Admin, u"demo"_s, nullptr);
        QVERIFY(admin);
        auto reporter = users.add(u"reporter"_s, u"Nguyễn Minh Anh"_s, Models::Role::Reporter, u"demo"_s, &admin.value());
        QVERIFY(reporter);
        m_reporter = reporter.value();
        auto created = Models::ArticleStore(*newsroom).create(
            Models::Article{.title = u"Tin khẩn"_s, .body = u"Mở đầu bài viết. "_s}, &m_reporter);
        QVERIFY(created);
        m_articleId = created->id;
    }

    void cleanupTestCase()
    {
        m_xvfb.terminate();
        m_xvfb.waitForFinished();
    }

    void killedWhileTypingThenRestored()
    {
        QProcess desk;
        startDesk(desk);
        const QString window = waitForWindow(u"Editorial Desk"_s);
        QVERIFY2(!window.isEmpty(), "the desk window appears");
        xdotool({u"windowfocus"_s, u"--sync"_s, window});
        QTRY_COMPARE_WITH_TIMEOUT(xdotool({u"getwindowfocus"_s}), window, 10000);
        xdotool({u"type"_s, u"--delay"_s, u"30"_s, typed});

        // The desk autosaves within a few seconds of typing.
        auto newsroom = openNewsroom();
        QVERIFY(newsroom);
        Models::AutosaveStore autosaves(*newsroom);
        QTRY_VERIFY_WITH_TIMEOUT(autosaves.find(m_reporter, m_articleId)->has_value(), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(autosaves.find(m_reporter, m_articleId)->value().body.endsWith(typed),
                                  qPrintable(autosaves.find(m_reporter, m_articleId)->value().body), 10000);

        desk.kill(); // SIGKILL: no chance to save or clean up
        QVERIFY(desk.waitForFinished());
        QCOMPARE(desk.exitStatus(), QProcess::CrashExit);
        Models::ArticleStore store(*newsroom);
        QCOMPARE(store.load(m_articleId)->version, 1);
        QCOMPARE(store.load(m_articleId)->body, u"Mở đầu bài viết. "_s);

        // Started again, the desk offers the text; Return takes the default,
        // Restore, and Ctrl+S saves it as a new version.
        QProcess again;
        startDesk(again);
        const QString question = waitForWindow(u"Unsaved Text Found"_s);
        QVERIFY2(!question.isEmpty(), "the desk offers the unsaved text");
        xdotool({u"windowfocus"_s, u"--sync"_s, question});
        xdotool({u"key"_s, u"Return"_s});
        const QString window2 = waitForWindow(u"Editorial Desk"_s);
        QVERIFY(!window2.isEmpty());
        xdotool({u"windowfocus"_s, u"--sync"_s, window2});
        xdotool({u"key"_s, u"ctrl+s"_s});
        QTRY_COMPARE_WITH_TIMEOUT(store.load(m_articleId)->version, 2, 15000);
        QCOMPARE(store.load(m_articleId)->body, u"Mở đầu bài viết. "_s + typed);
        // The desk discards the autosave right after the save, in a
        // statement of its own: this process may look in between.
        QTRY_VERIFY_WITH_TIMEOUT(!autosaves.find(m_reporter, m_articleId)->has_value(), 10000);
        again.terminate();
        QVERIFY(again.waitForFinished());
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
