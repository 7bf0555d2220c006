#pragma once

#include <QSize>

class QWidget;

namespace PortalDesk::Widgets {

// Sizes a top-level window to `preferred`, but never larger than its
// screen's available area (the taskbar left out) less the frame a window
// manager adds: a window made for a large screen opens whole, status bar
// and all, on a 1366×768 laptop.
void fitToScreen(QWidget *window, QSize preferred);

} // namespace PortalDesk::Widgets
