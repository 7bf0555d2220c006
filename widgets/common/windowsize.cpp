#include "windowsize.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace PortalDesk::Widgets {

void fitToScreen(QWidget *window, QSize preferred)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (screen) {
        // Title bar and borders: outside the widget's own size.
        const QSize frame(16, 40);
        preferred = preferred.boundedTo(screen->availableGeometry().size() - frame);
    }
    window->resize(preferred);
}

} // namespace PortalDesk::Widgets
