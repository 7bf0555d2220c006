#include "icontheme.h"

#include <QIcon>
#include <QStandardPaths>

namespace PortalDesk::Widgets {

void useIconTheme()
{
    // Some platform plugins (offscreen, minimal, some Windows-like sessions)
    // do not look in the XDG data folders for themes.
    QStringList paths = QIcon::themeSearchPaths();
    for (const QString &path :
         QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("icons"), QStandardPaths::LocateDirectory)) {
        if (!paths.contains(path))
            paths.append(path);
    }
    QIcon::setThemeSearchPaths(paths);
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor")
        QIcon::setThemeName(QStringLiteral("breeze"));
    QIcon::setFallbackThemeName(QStringLiteral("breeze"));
}

} // namespace PortalDesk::Widgets
