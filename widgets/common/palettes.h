#pragma once

class QPalette;

namespace PortalDesk::Widgets {

// The desk's light and dark palettes. Light is the style's own; dark is a
// Fusion-like dark palette with enough contrast for long reading. Changing
// the application palette re-colours the highlighter and the diff views.
QPalette lightPalette();
QPalette darkPalette();
void applyDarkMode(bool dark);

} // namespace PortalDesk::Widgets
