// portaldesk and portaldesk-cli as a user runs them: options, exit codes,
// one-line errors, and newsroom files left untouched when refused.
#include "migrations.h"
#include "portaldesk_version.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Offscreen: drawn nowhere, as on CI. NoDisplay: no platform named and no
// display to connect to, as in a terminal over ssh.
enum class Screen { Offscreen, NoDisplay };

Run run(const QString &program, const QStringList &arguments, const QString &home, Screen screen = Screen::Offscreen)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);  // the embedded newsroom goes there
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    if (screen == Screen::Offscreen) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
    }
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

const QString gui = QStringLiteral(PORTALDESK_GUI_BINARY);
const QString cli = QStringLiteral(PORTALDESK_CLI_BINARY);

} // namespace

class TestPrograms : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    // Both programs print their version and help and exit 0, also with no
    // display at all (the desk must not abort looking for one).
    void printsVersion_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<Screen>("screen");
        QTest::newRow("nominal: portaldesk") << gui << Screen::Offscreen;
        QTest::newRow("nominal: portaldesk-cli") << cli << Screen::Offscreen;
        QTest::newRow("robustness: portaldesk without a display") << gui << Screen::NoDisplay;
        QTest::newRow("robustness: portaldesk-cli without a display") << cli << Screen::NoDisplay;
    }

    void printsVersion()
    {
        QFETCH(QString, program);
        QFETCH(Screen, screen);
        const Run result = run(program, {QStringLiteral("--version")}, m_home.path(), screen);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral(PORTALDESK_VERSION)), qPrintable(result.out));
    }

    void printsHelp_data() { printsVersion_data(); }

    void printsHelp()
    {
        QFETCH(QString, program);
        QFETCH(Screen, screen);
        const Run result = run(program, {QStringLiteral("--help")}, m_home.path(), screen);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("--db")));
        QVERIFY(result.out.contains(QStringLiteral("--lang")));
    }

    // The help speaks Vietnamese when asked to.
    void helpInVietnamese()
    {
        const Run result = run(cli, {QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("--help")}, m_home.path());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Tuỳ chọn")), qPrintable(result.out));
        // The citizens' questions' commands, listed since the manual page's test.
        QVERIFY2(result.out.contains(QStringLiteral("qa pull                               lấy các câu hỏi mới của công dân")),
                 qPrintable(result.out));
    }

    // init creates the embedded newsroom under the user's data folder;
    // article list then reads it.
    void cliInitAndList()
    {
        QTemporaryDir home;
        const Run init = run(cli, {QStringLiteral("init")}, home.path());
        QCOMPARE(init.exitCode, 0);
        const QString path = home.path() + QStringLiteral("/data/PortalDesk/portaldesk/newsroom.sqlite");
        QVERIFY2(QFile::exists(path), qPrintable(init.out));
        QVERIFY(init.out.contains(QString::number(PortalDesk::Models::latestSchemaVersion())));
        const Run list = run(cli, {QStringLiteral("article"), QStringLiteral("list")}, home.path());
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out, QString());
        QCOMPARE(list.err, QString());
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("robustness: no command") << QStringList{};
        QTest::newRow("robustness: unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("robustness: unknown option") << QStringList{QStringLiteral("--nope"), QStringLiteral("init")};
        QTest::newRow("robustness: unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("init")};
        QTest::newRow("robustness: unknown state")
            << QStringList{QStringLiteral("article"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("lost")};
    }

    // Bad usage exits 2 with one line on stderr.
    void badUsage()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir home;
        const Run result = run(cli, arguments, home.path());
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.count(u'\n'), 1);
        QVERIFY(result.err.startsWith(QStringLiteral("portaldesk-cli: ")));
    }

    void refusesCorruptNewsroom_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("robustness: portaldesk-cli init") << cli << QStringList{QStringLiteral("init")};
        QTest::newRow("robustness: portaldesk-cli article list") << cli << QStringList{QStringLiteral("article"), QStringLiteral("list")};
        // --screenshot makes the GUI non-interactive: the message goes to stderr
        // instead of a dialog that nobody would close.
        QTest::newRow("robustness: portaldesk") << gui << QStringList{QStringLiteral("--screenshot"), QStringLiteral("shot.png")};
    }

    // A file that is not a newsroom gives one clear line and exit code 2, and
    // is left byte for byte as it was.
    void refusesCorruptNewsroom()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hỏng.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArrayLiteral("<html>Đây không phải là cơ sở dữ liệu</html>\n").repeated(10));
        file.close();
        const QByteArray before = digest(path);

        const Run result = run(program, QStringList{QStringLiteral("--db"), path} + arguments, dir.path());
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.count(u'\n'), 1);
        QVERIFY2(result.err.contains(QStringLiteral("not an SQLite database")), qPrintable(result.err));
        QVERIFY2(result.err.contains(path), qPrintable(result.err));
        QCOMPARE(digest(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    // The GUI starts on a new embedded newsroom, seeds it with the demo users
    // and articles, signs in as one of them, and saves a picture of its window.
    void guiScreenshotOnFirstStart()
    {
        QTemporaryDir home;
        const QString shot = home.filePath(QStringLiteral("window.png"));
        qputenv("PORTALDESK_PASSWORD", "demo");
        const Run result = run(gui, {QStringLiteral("--screenshot"), shot, QStringLiteral("--user"), QStringLiteral("chief")},
                               home.path());
        qunsetenv("PORTALDESK_PASSWORD");
        QCOMPARE(result.exitCode, 0);
        QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
        const Run list = run(cli, {QStringLiteral("article"), QStringLiteral("list")}, home.path());
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.count(u'\n') >= 5, qPrintable(list.out));
        QVERIFY(list.out.contains(QStringLiteral("\tpublished\t")));
    }

    // The window is built while the password is checked on a thread, and
    // shown only if it passes: a wrong one ends with exit 3, one line, and
    // no window (no screenshot).
    void guiRefusesAWrongPassword()
    {
        QTemporaryDir home;
        QCOMPARE(run(cli, {QStringLiteral("init"), QStringLiteral("--demo")}, home.path()).exitCode, 0);
        const QString shot = home.filePath(QStringLiteral("window.png"));
        for (const auto &[login, password] : {std::pair{"chief", "sai mật khẩu"}, std::pair{"nobody", "demo"}}) {
            qputenv("PORTALDESK_PASSWORD", password);
            const Run result = run(gui, {QStringLiteral("--screenshot"), shot, QStringLiteral("--user"), QString::fromUtf8(login)},
                                   home.path());
            qunsetenv("PORTALDESK_PASSWORD");
            QCOMPARE(result.exitCode, 3);
            QCOMPARE(result.err.count(u'\n'), 1);
            QVERIFY2(result.err.contains(QStringLiteral("Wrong login or password")), qPrintable(result.err));
            QVERIFY(!QFile::exists(shot));
        }
    }

    // An embedded newsroom nobody can sign in to (made by `init` without
    // --demo, or by an early version) gets the demo users on the desk's
    // start, so that the sign-in is not a dead end.
    void guiAddsDemoUsersWhenNobodyCanSignIn()
    {
        QTemporaryDir home;
        QCOMPARE(run(cli, {QStringLiteral("init")}, home.path()).exitCode, 0);
        QVERIFY(!run(cli, {QStringLiteral("user"), QStringLiteral("list")}, home.path()).out.contains(QStringLiteral("chief")));
        qputenv("PORTALDESK_PASSWORD", "demo");
        const Run result = run(gui, {QStringLiteral("--screenshot"), home.filePath(QStringLiteral("window.png")),
                                     QStringLiteral("--user"), QStringLiteral("chief")},
                               home.path());
        qunsetenv("PORTALDESK_PASSWORD");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(run(cli, {QStringLiteral("user"), QStringLiteral("list")}, home.path()).out.contains(QStringLiteral("chief")));
    }
};

QTEST_GUILESS_MAIN(TestPrograms)
#include "tst_programs.moc"
