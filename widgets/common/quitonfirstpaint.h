#pragma once

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace PortalDesk::Widgets {

// Quits the program when `window` is first painted, printing nothing: the
// benchmark times the whole process from the outside, start-up included.
// A window full of opaque children gets no paint event of its own, so any
// widget of the window counts; the rest of that paint pass completes before
// the queued quit runs.
class QuitOnFirstPaint final : public QObject
{
public:
    explicit QuitOnFirstPaint(QWidget *window)
        : QObject(window)
        , m_window(window)
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            qApp->removeEventFilter(this);
            // exit(), not quit(): quit() first asks every window to close.
            QMetaObject::invokeMethod(qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        }
        return false;
    }

private:
    QPointer<QWidget> m_window;
};

} // namespace PortalDesk::Widgets
