#include "dialogtitles.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFontMetrics>
#include <QScreen>

namespace PortalDesk::Widgets {

namespace {

class DialogTitleFitter final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            if (auto *dialog = qobject_cast<QDialog *>(watched); dialog && dialog->isWindow())
                fit(dialog);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static void fit(QDialog *dialog)
    {
        // The title bar's font is the window manager's; a bold application
        // font is a fair guess. Room is left for an icon and three buttons.
        QFont font = dialog->font();
        font.setBold(true);
        const int wanted = QFontMetrics(font).horizontalAdvance(dialog->windowTitle()) + 8 * QFontMetrics(font).height();
        const int limit = dialog->screen() ? dialog->screen()->availableGeometry().width() - 40 : wanted;
        const int width = qMin(wanted, limit);
        if (dialog->width() < width && dialog->maximumWidth() >= width)
            dialog->resize(width, dialog->height());
    }
};

} // namespace

void fitDialogTitles(QApplication &app)
{
    app.installEventFilter(new DialogTitleFitter(&app));
}

} // namespace PortalDesk::Widgets
