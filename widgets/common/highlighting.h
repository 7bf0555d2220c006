#pragma once

#include <KSyntaxHighlighting/Theme>

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

namespace PortalDesk::Widgets {

// The one syntax definition repository of the process: loading it reads
// hundreds of definitions, so it is built once, on first use.
KSyntaxHighlighting::Repository &syntaxRepository();

// The default light or dark theme, whichever suits the palette's base colour.
KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette);

} // namespace PortalDesk::Widgets
