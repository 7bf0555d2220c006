// The floor of the desk's start-up benchmark: an empty QMainWindow built in
// the same environment, ended at its first paint by "-plugin
// quitonfirstpaint" like every program the benchmark times.
#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1440, 900);
    window.show();
    return QApplication::exec();
}
