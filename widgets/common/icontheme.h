#pragma once

namespace PortalDesk::Widgets {

// Uses Breeze's scalable icons (installed with the program) where the desktop
// has no icon theme of its own, as on Windows-like or minimal sessions; the
// toolbar would otherwise be text only.
void useIconTheme();

} // namespace PortalDesk::Widgets
