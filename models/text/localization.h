#pragma once

#include "result.h"

#include <QCoreApplication>
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

    // Organisation and application names, which place the embedded newsroom
    // and the settings: the GUI and the CLI must agree on them.
    static void setApplicationIdentity();
};

} // namespace PortalDesk::Models
