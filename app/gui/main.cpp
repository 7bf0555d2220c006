// portaldesk: the editorial desk.
#include "articlelistmodel.h"
#include "articlestore.h"
#include "demodata.h"
#include "dialogtitles.h"
#include "guimanpage.h"
#include "highlighting.h"
#include "localization.h"
#include "mainwindow.h"
#include "newsroom.h"
#include "portaldesk_version.h"
#include "icontheme.h"
#include "palettes.h"
#include "settings.h"
#include "signindialog.h"
#include "standardiconcache.h"
#include "userstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QImageReader>
#include <QMessageBox>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <ctime>
#include <future>
#include <memory>

using namespace PortalDesk;

namespace {

void tellUser(const QString &title, const QString &message, bool interactive)
{
    std::fprintf(stderr, "portaldesk: %s\n", qUtf8Printable(message));
    if (interactive)
        QMessageBox::critical(nullptr, title, message);
}

// True when the command line asks only for --help, --version or --man (as
// QCommandLineParser reads them), which print and exit.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            break;
        if (argument == "-h" || argument == "--help" || argument == "-?" || argument == "--help-all"
            || argument == "-v" || argument == "--version" || argument == "--man")
            return true;
    }
    return false;
}

// With STARTUP_TRACE_T0 set (CLOCK_MONOTONIC nanoseconds when a launcher
// started the program), the milliseconds since then at each step of the
// start, one line each on stderr: tests/bench/bench_startup tells with them
// where start-up's time goes (its quitonfirstpaint plugin adds the paint).
void traceStartup(const char *step)
{
    static const QByteArray t0 = qgetenv("STARTUP_TRACE_T0");
    if (t0.isEmpty())
        return;
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    std::fprintf(stderr, "startup-trace %s %.1f\n", step, (double(now.tv_sec) * 1e9 + double(now.tv_nsec) - t0.toDouble()) / 1e6);
}

} // namespace

int main(int argc, char *argv[])
{
    traceStartup("main");
    // --help and --version print and exit; they must work where there is no
    // display (a terminal over ssh, a package's build), and QApplication
    // aborts without one unless it is told to draw nowhere.
    if (onlyPrints(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    traceStartup("application");
    Models::Localization::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("PortalDesk"));
    QApplication::setDesktopFileName(QStringLiteral(PORTALDESK_APP_ID));
    if (auto language = Models::Localization::install(Models::Localization::languageFromArguments(app.arguments()));
        !language) {
        std::fprintf(stderr, "portaldesk: %s\n", qUtf8Printable(language.error().message));
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "PortalDesk, the editorial desk of a provincial e-portal."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Open the newsroom <url> (a file, sqlite:PATH or postgresql://[user@]host[:port]/dbname) instead of the embedded one."),
        QApplication::translate("main", "url"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Language of the interface: vi or en."),
                                        QApplication::translate("main", "language"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Show the window, save a PNG of it to <file>, and quit."),
        QApplication::translate("main", "file"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QApplication::translate("main", "Sign in as <login> without the dialog; the password comes from PORTALDESK_PASSWORD."),
        QApplication::translate("main", "login"));
    const QCommandLineOption openOption(QStringLiteral("open"),
                                        QApplication::translate("main", "Open the article <id> for editing."),
                                        QApplication::translate("main", "id"));
    parser.addOptions({dbOption, langOption, screenshotOption, userOption, openOption});
    // For the package's build: portaldesk(1) lists the options above.
    QCommandLineOption manOption(QStringLiteral("man"), QStringLiteral("Print the manual page (roff)."));
    manOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(manOption);
    parser.process(app);
    if (parser.isSet(manOption)) {
        std::fputs(guiManPage({dbOption, langOption, screenshotOption, userOption, openOption}).toUtf8().constData(), stdout);
        return 0;
    }

    // Before the first widget, so that the start waits for none of them.
    Widgets::cacheStandardIcons();
    Widgets::preloadSyntaxRepository({QStringLiteral("Markdown")});
    // The first picture read (a toolbar's arrow) loads every image format
    // plugin, about thirty with kimageformats: 20-odd ms of the start on
    // this thread otherwise. Qt hands the plugins to the GUI thread.
    auto imageFormats = std::async(std::launch::async, [] { return QImageReader::supportedImageFormats().size(); });

    const bool interactive = !parser.isSet(screenshotOption);

    const bool embedded = !parser.isSet(dbOption);
    auto url = embedded ? Models::NewsroomUrl::sqlite(Models::defaultNewsroomPath())
                        : Models::NewsroomUrl::parse(parser.value(dbOption));
    if (!url) {
        tellUser(QApplication::translate("main", "Cannot open the newsroom"), url.error().message, interactive);
        return int(url.error().code);
    }
    // A shared newsroom is opened as the person at the desk: the server
    // role is the user, and what it may do is the server's decision.
    const bool shared = url->backend == Models::NewsroomUrl::Backend::PostgreSql;
    if (shared && parser.isSet(userOption)) {
        url->user = parser.value(userOption);
        url->password = qEnvironmentVariable("PORTALDESK_PASSWORD");
    }
    Models::User user;
    std::unique_ptr<Models::Newsroom> opened;
    if (shared && !parser.isSet(userOption) && interactive) {
        Widgets::SignInDialog signIn(url.value());
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        opened = signIn.takeNewsroom();
        user = signIn.user();
    } else {
        auto open = Models::Newsroom::open(url.value());
        if (!open) {
            tellUser(QApplication::translate("main", "Cannot open the newsroom"), open.error().message, interactive);
            return int(open.error().code);
        }
        opened = std::move(open.value());
    }
    Models::Newsroom &newsroom = *opened;
    traceStartup("newsroom-open");
    if (embedded && (newsroom.isNew() || Models::UserStore(newsroom).count().value_or(0) == 0)) {
        // A first start has something to sign in as and to work on: the demo
        // users (password "demo") and articles in every state. So does an
        // embedded newsroom nobody can sign in to (one made by an early
        // version, with sample articles but no passwords): otherwise the
        // sign-in dialog would be a dead end.
        if (auto seeded = Models::DemoData::add(newsroom); !seeded)
            tellUser(QApplication::translate("main", "Demo newsroom"), seeded.error().message, interactive);
        else if (auto questions = Models::DemoData::addQuestions(newsroom); !questions)
            tellUser(QApplication::translate("main", "Demo newsroom"), questions.error().message, interactive);
    }

    Widgets::useIconTheme();
    // The installed theme's icon first (hicolor PNGs at every size), else the
    // one compiled in, for a desk run from the build folder.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(PORTALDESK_APP_ID),
                                                 QIcon(QStringLiteral(":/icons/" PORTALDESK_APP_ID ".svg"))));
    Widgets::fitDialogTitles(app);
    if (Widgets::Settings::darkMode.value())
        Widgets::applyDarkMode(true);

    traceStartup("theme-and-settings");
    // The shared newsroom's sign-in dialog signed the user in already.
    // On an embedded newsroom the password check (Argon2id, slow on purpose)
    // runs on a thread while the window is built for the account it names;
    // the window is shown only if the check passes.
    std::future<Models::Result<Models::User>> verdict;
    if (user.login.isEmpty() && parser.isSet(userOption) && newsroom.isPostgres()) {
        auto signedIn = Models::UserStore(newsroom).authenticate(parser.value(userOption),
                                                                 qEnvironmentVariable("PORTALDESK_PASSWORD"));
        if (!signedIn) {
            tellUser(QApplication::translate("main", "Cannot sign in"), signedIn.error().message, interactive);
            return int(signedIn.error().code);
        }
        user = signedIn.value();
    } else if (user.login.isEmpty() && parser.isSet(userOption)) {
        auto check = Models::UserStore(newsroom).passwordCheck(parser.value(userOption),
                                                               qEnvironmentVariable("PORTALDESK_PASSWORD"));
        if (!check) {
            tellUser(QApplication::translate("main", "Cannot sign in"), check.error().message, interactive);
            return int(check.error().code);
        }
        user = check->user;
        verdict = std::async(std::launch::async, check.value());
    } else if (user.login.isEmpty() && !interactive) {
        std::fprintf(stderr, "portaldesk: %s\n",
                     qUtf8Printable(QApplication::translate("main", "--screenshot needs --user LOGIN and PORTALDESK_PASSWORD.")));
        return 2;
    } else if (user.login.isEmpty()) {
        Widgets::SignInDialog signIn(newsroom);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        user = signIn.user();
    }

    traceStartup("password-check-started");
    auto built = std::make_unique<Widgets::MainWindow>(newsroom, user);
    traceStartup("window-built");
    if (verdict.valid()) {
        if (auto signedIn = verdict.get(); !signedIn) {
            // Gone before the message: its timers would run while it shows.
            built.reset();
            tellUser(QApplication::translate("main", "Cannot sign in"), signedIn.error().message, interactive);
            return int(signedIn.error().code);
        }
    }
    traceStartup("password-checked");
    Widgets::MainWindow &window = *built;
    // A screenshot shows the window as on a desktop screen, whatever the
    // screen it is drawn on (offscreen's is 800×800).
    if (!interactive)
        window.resize(1440, 900);
    window.show();
    if (parser.isSet(openOption)) {
        if (window.openArticle(parser.value(openOption)))
            window.focusBodyEnd();
    } else {
        window.openRow(0);
    }
    traceStartup("shown");

    if (!interactive) {
        const QString shot = parser.value(screenshotOption);
        // Let the window lay out and the highlighter colour the text first.
        QTimer::singleShot(1500, &window, [&window, shot] {
            if (!window.grab().save(shot, "PNG")) {
                std::fprintf(stderr, "portaldesk: cannot write the screenshot %s\n", qUtf8Printable(shot));
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        });
    }
    return QApplication::exec();
}
