#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace PortalDesk::Models {

// Puts the UI in Vietnamese or English. Shared by portaldesk and portaldesk-cli.
class Localization final
{
    Q_DECLARE_TR_FUNCTIONS(Localization)

public:
    // language: "vi", "en", or empty for the system locale (Vietnamese when
    // LANG names it, English otherwise). Installs our translations and the
    // Qt strings we ship for Vietnamese (Qt has none of its own), and makes
    // that locale the default for dates and numbers. Returns the language used.
    static Result<QString> install(const QString &language);

    // The value of --lang VALUE or --lang=VALUE in arguments, empty if none.
    // Read before the command line is parsed, so that --help and the option
    // descriptions are already in the chosen language.
    static QString languageFromArguments(const QStringList &arguments);

    // Dates as the desk shows them, in the installed language: Vietnamese
    // offices write "05/12/2026 07:39" (day first, the whole year); other
    // locales their own short form, with the whole year too, never
    // "5/12/26".
    static QString dateFormat();
    static QString dateTimeFormat();
    static QString dateText(const QDate &day);
    static QString dateTimeText(const QDateTime &when);  // in local time

    // Organisation and application names, which place the embedded newsroom
    // and the settings: the GUI and the CLI must agree on them.
    static void setApplicationIdentity();
};

} // namespace PortalDesk::Models
