// The reference for the desk's start-up benchmark: an empty QMainWindow built
// in the same environment, quitting when first painted.
#include "quitonfirstpaint.h"

#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1440, 900);
    new PortalDesk::Widgets::QuitOnFirstPaint(&window);
    window.show();
    return QApplication::exec();
}
