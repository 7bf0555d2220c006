// portaldesk-cli(1): made from --help's command list and the parser's options,
// so that a command or option added to the program is in its page too.
#include "clirunner.h"

#include "manpage.h"
#include "portaldesk_version.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

// The commands of the --help text: a line of two spaces and a command, then
// three spaces or more and what it does; a more indented line goes on with the
// command line (it starts with an option) or with its description.
QList<ManPage::Entry> commandEntries(const QString &help)
{
    static const QRegularExpression command(u"^  ([a-z].*?)(?:\\s{3,}(.*))?$"_s);
    static const QRegularExpression continued(u"^\\s{3,}(.*?)(?:\\s{3,}(.*))?$"_s);
    QList<ManPage::Entry> entries;
    for (const QString &line : help.split(u'\n')) {
        if (const auto m = command.match(line); m.hasMatch()) {
            entries.append({m.captured(1).trimmed(), m.captured(2).trimmed()});
        } else if (const auto c = continued.match(line); c.hasMatch() && !entries.isEmpty()) {
            ManPage::Entry &last = entries.last();
            const QString first = c.captured(1).trimmed();
            const bool moreCommandLine = first.startsWith(u'-') || first.startsWith(u'[');
            if (moreCommandLine)
                last.term += u' ' + first;
            const QString more = moreCommandLine ? c.captured(2).trimmed() : c.captured(0).trimmed();
            if (!more.isEmpty())
                last.description = last.description.isEmpty() ? more : last.description + u' ' + more;
        }
    }
    return entries;
}

} // namespace

QString CliRunner::manPage()
{
    if (m_options.isEmpty())
        addOptions();
    ManPage page;
    page.name = u"portaldesk-cli"_s;
    page.summary = u"work with a PortalDesk newsroom from the command line"_s;
    page.version = QStringLiteral(PORTALDESK_VERSION);
    page.date = QStringLiteral(PORTALDESK_RELEASE_DATE);
    page.synopsis = {u"[--db URL] [--as LOGIN] [--json] [--lang vi|en] COMMAND [ARGUMENTS] [OPTIONS]"_s,
                     u"--help | --version"_s};
    page.description = uR"(portaldesk-cli reads and changes a PortalDesk newsroom, the articles, Công báo (gazette) documents, press digests, photos, royalties and citizens' questions of a provincial e-portal's editorial office, without the desk's windows. Night jobs (publish what is due, fetch the feeds, sync with the portal) run it from systemd timers.

The newsroom is the embedded SQLite file of the user running it unless --db names another: a file, sqlite:PATH, or a shared newsroom on PostgreSQL, postgresql://[user@]host[:port]/dbname. On a shared newsroom --as LOGIN is the server role connected as, and the server decides what it may do.

Commands that change something need --as LOGIN and the password in PORTALDESK_PASSWORD; reading does not. The first user of a newsroom may be added without --as. Errors are one line on standard error, prefixed "portaldesk-cli:"; no message shows a password.)"_s;
    page.options = m_options;
    page.options.prepend(QCommandLineOption(u"help-all"_s, u"Print the commands and options and Qt's own options, and exit."_s));
    page.options.prepend(QCommandLineOption({u"v"_s, u"version"_s}, u"Print the program's name and version, and exit."_s));
    page.options.prepend(QCommandLineOption({u"h"_s, u"help"_s}, u"Print the commands and options, and exit."_s));
    page.sections.append({u"COMMANDS"_s, commandEntries(commandsText()),
                          u"ID is an article's UUID, or the id a command printed. Action commands print the new state."_s});
    page.sections.append({u"EXIT STATUS"_s,
                          {{u"0"_s, u"Success."_s},
                           {u"1"_s, u"Anything else: input or output, the database refused, a server out of reach, a full disk; digest fetch when every feed failed."_s},
                           {u"2"_s, u"Bad usage or invalid input: an unknown command or option, a file that is not a newsroom, a missing reason, a body that is not UTF-8, a file over its limit."_s},
                           {u"3"_s, u"Permission denied: wrong role or state, wrong password."_s},
                           {u"4"_s, u"Conflict: the article changed since the version the edit is based on, or a closed month."_s},
                           {u"5"_s, u"Not found."_s},
                           {u"6"_s, u"sync, qa pull: some items were not sent or taken (conflicts, refused rows); the others were."_s},
                           {u"7"_s, u"gazette doc check: the document has structure problems (listed)."_s}},
                          {}});
    page.sections.append({u"ENVIRONMENT"_s,
                          {{u"PORTALDESK_PASSWORD"_s, u"The password of the user named by --as."_s},
                           {u"PORTALDESK_NEW_PASSWORD"_s, u"user add, admin user add: the new user's password."_s},
                           {u"PORTALDESK_PORTAL_PASSWORD"_s, u"The password of the portal's database or WordPress user (never in the URL)."_s},
                           {u"LANG, LC_ALL, LC_MESSAGES"_s, u"The language of messages when --lang is not given: Vietnamese for vi, English otherwise."_s}},
                          {}});
    page.sections.append({u"FILES"_s,
                          {{u"~/.local/share/PortalDesk/portaldesk/newsroom.sqlite"_s, u"The embedded newsroom (under $XDG_DATA_HOME when it is set)."_s},
                           {u"/etc/portaldesk/portaldesk.conf"_s, u"The night jobs' newsroom, portal and passwords, read by the systemd units portaldesk-publish-due, portaldesk-digest-fetch and portaldesk-sync (shipped disabled)."_s}},
                          {}});
    page.sections.append({u"EXAMPLES"_s,
                          {{u"portaldesk-cli init --demo"_s, u"Create the embedded newsroom with the demo users (password \"demo\") and articles."_s},
                           {u"PORTALDESK_PASSWORD=demo portaldesk-cli --as chief publish-due"_s, u"Publish the scheduled articles whose time has come."_s},
                           {u"portaldesk-cli --db postgresql://db.example/newsroom --as editor --json article list --state submitted"_s, u"The articles waiting for an editor on a shared newsroom, as JSON."_s}},
                          {}});
    page.seeAlso = {u"portaldesk(1)"_s, u"systemctl(1)"_s};
    return page.toRoff();
}

} // namespace PortalDesk::Models
