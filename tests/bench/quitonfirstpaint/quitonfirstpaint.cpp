// A Qt generic plugin that ends the program at the first paint of a window,
// so that start-up is timed the same way, from outside, for any Qt program:
//     QT_PLUGIN_PATH=build/tests/bench/plugins kwrite -plugin quitonfirstpaint a.md
// QGuiApplication loads it for its "-plugin" argument while it starts, before
// the program builds its first window.
#include <QCoreApplication>
#include <QEvent>
#include <QGenericPlugin>
#include <QGuiApplication>
#include <QWindow>

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace {

// With STARTUP_TRACE_T0 set (CLOCK_MONOTONIC nanoseconds when the launcher
// started the program), one line on stderr at the first paint: the
// milliseconds since then, beside the program's own steps if it prints them
// the same way (portaldesk does).
void trace(const char *step)
{
    const QByteArray t0 = qgetenv("STARTUP_TRACE_T0");
    if (t0.isEmpty())
        return;
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    const double ms = (double(now.tv_sec) * 1e9 + double(now.tv_nsec) - t0.toDouble()) / 1e6;
    std::fprintf(stderr, "startup-trace %s %.1f\n", step, ms);
}

class FirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A widget program paints widgets: the first paint event of any
        // widget is of a window being shown (a window full of opaque
        // children gets none of its own). A program of bare QWindows
        // paints when its window is exposed.
        const bool painted = event->type() == QEvent::Paint && watched->isWidgetType();
        const bool exposed = event->type() == QEvent::Expose && !qApp->inherits("QApplication")
            && static_cast<QWindow *>(watched)->isExposed();
        if (painted || exposed) {
            qApp->removeEventFilter(this);
            trace("first-paint");
            // After the rest of this paint pass, without the program's own
            // shutdown (saving settings, closing sessions), which is not
            // start-up: every program measured ends the same way.
            QMetaObject::invokeMethod(
                qApp,
                [] {
                    std::fflush(nullptr);
                    std::_Exit(0);
                },
                Qt::QueuedConnection);
        }
        return false;
    }
};

} // namespace

class QuitOnFirstPaintPlugin final : public QGenericPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "quitonfirstpaint.json")

public:
    QObject *create(const QString &name, const QString &) override
    {
        if (name.compare(QLatin1String("quitonfirstpaint"), Qt::CaseInsensitive) != 0 || !qApp)
            return nullptr;
        // Owned by QGuiApplication, which deletes its generic plugins' objects.
        auto *filter = new FirstPaint;
        qApp->installEventFilter(filter);
        return filter;
    }
};

#include "quitonfirstpaint.moc"
