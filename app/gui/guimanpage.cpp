#include "guimanpage.h"

#include "manpage.h"
#include "portaldesk_version.h"

using namespace Qt::StringLiterals;
using PortalDesk::Models::ManPage;

QString guiManPage(const QList<QCommandLineOption> &options)
{
    ManPage page;
    page.name = u"portaldesk"_s;
    page.summary = u"the editorial desk of a provincial e-portal"_s;
    page.version = QStringLiteral(PORTALDESK_VERSION);
    page.date = QStringLiteral(PORTALDESK_RELEASE_DATE);
    page.synopsis = {u"[--db URL] [--lang vi|en] [--user LOGIN] [--open ID] [--screenshot FILE]"_s, u"--help | --version"_s};
    page.description = uR"(PortalDesk is the desktop workstation of the editorial staff of a Vietnamese provincial government e-portal (Cổng Thông tin điện tử tỉnh). Reporters draft articles, editors edit them, and chief editors approve, publish and withdraw them; gazette staff assemble the province's Công báo, digest staff compile the daily press digest, and the question staff answer citizens' questions. Every step is recorded.

Started without --db, it opens the embedded newsroom of the user, a SQLite file, and on a first start fills it with demo users (chief, editor, reporter, digest, gazette, qa and admin, password "demo") and articles. With --db postgresql://host/dbname it opens a shared newsroom after a sign-in dialog; the server decides what each user may do.

The interface is Vietnamese on a Vietnamese system and English otherwise. Help › User Guide has a guide for each role. portaldesk-cli(1) does the same work from a terminal and runs the night jobs.)"_s;
    page.options = options;
    page.options.prepend(QCommandLineOption(u"help-all"_s, u"Print the options and Qt's own options, and exit."_s));
    page.options.prepend(QCommandLineOption({u"v"_s, u"version"_s}, u"Print the program's name and version, and exit."_s));
    page.options.prepend(QCommandLineOption({u"h"_s, u"help"_s}, u"Print the options, and exit."_s));
    page.sections.append({u"EXIT STATUS"_s,
                          {{u"0"_s, u"The window was closed, or the sign-in cancelled."_s},
                           {u"1"_s, u"The screenshot could not be written, or another failure."_s},
                           {u"2"_s, u"The newsroom was refused (not a newsroom, a newer schema, a bad URL), or bad usage."_s},
                           {u"3"_s, u"The sign-in of --user was refused."_s}},
                          {}});
    page.sections.append({u"ENVIRONMENT"_s,
                          {{u"PORTALDESK_PASSWORD"_s, u"The password of the user named by --user."_s},
                           {u"LANG, LC_ALL, LC_MESSAGES"_s, u"The interface's language when --lang is not given."_s},
                           {u"QT_QPA_PLATFORM"_s, u"Where the window is drawn: xcb, wayland, or offscreen for --screenshot without a display."_s}},
                          {}});
    page.sections.append({u"FILES"_s,
                          {{u"~/.local/share/PortalDesk/portaldesk/newsroom.sqlite"_s, u"The embedded newsroom (under $XDG_DATA_HOME when it is set)."_s},
                           {u"~/.config/PortalDesk/portaldesk.conf"_s, u"The desk's settings: window layout, dark mode, the portal to sync with."_s}},
                          {}});
    page.seeAlso = {u"portaldesk-cli(1)"_s};
    return page.toRoff();
}
