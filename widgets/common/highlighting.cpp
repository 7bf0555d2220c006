#include "highlighting.h"

#include <KSyntaxHighlighting/Repository>

#include <QPalette>

namespace PortalDesk::Widgets {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return syntaxRepository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace PortalDesk::Widgets
