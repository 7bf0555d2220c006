#pragma once

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace PortalDesk::Widgets {

// Quits the program when `window` is first painted, printing nothing: the
// benchmark times the whole process from the outside, start-up included.
class QuitOnFirstPaint final : public QObject
{
public:
    explicit QuitOnFirstPaint(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QMetaObject::invokeMethod(qApp, &QApplication::quit, Qt::QueuedConnection);
        }
        return false;
    }
};

} // namespace PortalDesk::Widgets
