#pragma once

class QApplication;

namespace PortalDesk::Widgets {

// Widens every dialog, when it is first shown, so that a window manager's
// title bar can show its title whole: a small dialog ("Hẹn giờ đăng bài",
// a one-line question) is otherwise as narrow as its fields, and the
// title is cut to "Hẹn giờ…". Installed once on the application.
void fitDialogTitles(QApplication &app);

} // namespace PortalDesk::Widgets
