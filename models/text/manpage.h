#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace PortalDesk::Models {

// A manual page as the programs print it with their hidden --man option: the
// packaging build runs `portaldesk --man` and `portaldesk-cli --man` and
// installs what they print, so the page is made from the same option list,
// command list and help text the program itself uses (README, "The
// package"). English only: the pages are the reference, the UI is translated.
struct ManPage {
    struct Entry {
        QString term;         // shown bold: a command line, a code, a variable
        QString description;  // may be empty
    };
    struct Section {
        QString title;  // NAME, SYNOPSIS, ... are written by toRoff()
        QList<Entry> entries;
        QString text;  // a paragraph before the entries, if any
    };

    QString name;     // the program: portaldesk-cli
    QString summary;  // one line for NAME
    QString version;
    QString date;  // YYYY-MM-DD, the release's
    QList<QString> synopsis;
    QString description;
    QList<QCommandLineOption> options;
    QList<Section> sections;  // after OPTIONS: COMMANDS, EXIT STATUS, ENVIRONMENT, FILES, ...
    QList<QString> seeAlso;   // "portaldesk(1)"

    QString toRoff() const;
};

// Text as roff reads it literally: backslashes doubled, a leading dot or
// quote escaped, hyphens of options kept as minus signs (\-) so that they
// can be searched for and copied.
QString roffEscaped(const QString &text);

} // namespace PortalDesk::Models
