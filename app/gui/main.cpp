// portaldesk: the editorial desk.
#include "articlelistmodel.h"
#include "articlestore.h"
#include "localization.h"
#include "mainwindow.h"
#include "newsroom.h"
#include "portaldesk_version.h"
#include "sampledata.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace PortalDesk;

namespace {

void tellUser(const QString &title, const QString &message, bool interactive)
{
    std::fprintf(stderr, "portaldesk: %s\n", qUtf8Printable(message));
    if (interactive)
        QMessageBox::critical(nullptr, title, message);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
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
    parser.addOptions({dbOption, langOption, screenshotOption});
    parser.process(app);

    const bool interactive = !parser.isSet(screenshotOption);

    const bool embedded = !parser.isSet(dbOption);
    auto url = embedded ? Models::NewsroomUrl::sqlite(Models::defaultNewsroomPath())
                        : Models::NewsroomUrl::parse(parser.value(dbOption));
    if (!url) {
        tellUser(QApplication::translate("main", "Cannot open the newsroom"), url.error().message, interactive);
        return int(url.error().code);
    }
    auto opened = Models::Newsroom::open(url.value());
    if (!opened) {
        tellUser(QApplication::translate("main", "Cannot open the newsroom"), opened.error().message, interactive);
        return int(opened.error().code);
    }
    Models::Newsroom &newsroom = *opened.value();
    if (embedded && newsroom.isNew()) {
        Models::ArticleStore store(newsroom);
        if (auto seeded = Models::SampleData::seed(store); !seeded)
            tellUser(QApplication::translate("main", "Sample articles"), seeded.error().message, interactive);
    }

    Widgets::MainWindow window(newsroom);
    window.show();
    window.openRow(0);

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
