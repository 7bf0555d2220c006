#pragma once

#include <KSyntaxHighlighting/Theme>

#include <QStringList>

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

namespace PortalDesk::Widgets {

// Starts building the repository on a thread of its own, with the named
// definitions loaded whole (those they include too): the Markdown one pulls
// in the highlighting of some thirty languages for fenced code, about a
// fifth of the instructions before the desk's first paint if done there.
// The first syntaxRepository() call waits for it. Call from the GUI thread,
// once the application object exists; a no-op once the repository is built.
void preloadSyntaxRepository(const QStringList &definitions);

// The one syntax definition repository of the process: loading it reads
// hundreds of definitions, so it is built once, on first use (or by
// preloadSyntaxRepository). GUI thread only.
KSyntaxHighlighting::Repository &syntaxRepository();

// The default light or dark theme, whichever suits the palette's base colour.
KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette);

} // namespace PortalDesk::Widgets
