// portaldesk-cli: the newsroom from a terminal or a night job. The commands
// live in the models library (clirunner.h); exit codes are listed in README.
#include "clirunner.h"
#include "localization.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // A QGuiApplication for the fonts the Công báo is printed with; the CLI
    // never shows a window, so it needs no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    using PortalDesk::Models::Localization;
    Localization::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (auto language = Localization::install(Localization::languageFromArguments(app.arguments())); !language) {
        err << "portaldesk-cli: " << language.error().message << '\n';
        return int(language.error().code);
    }
    PortalDesk::Models::CliRunner runner(out, err);
    return runner.run(app.arguments());
}
