#include "standardiconcache.h"

#include <QApplication>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

namespace PortalDesk::Widgets {

StandardIconCacheStyle::StandardIconCacheStyle(QStyle *base)
    : QProxyStyle(base)
{
}

QIcon StandardIconCacheStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                           const QWidget *widget) const
{
    // QCommonStyle mirrors arrows by the option's direction, else the
    // application's; the widget is not consulted.
    const Qt::LayoutDirection direction = option ? option->direction : QGuiApplication::layoutDirection();
    const quint64 key = (quint64(quint32(standardIcon)) << 1) | (direction == Qt::RightToLeft ? 1 : 0);
    if (const auto cached = m_icons.constFind(key); cached != m_icons.cend())
        return cached.value();
    QIcon icon = QProxyStyle::standardIcon(standardIcon, option, widget);
    ++m_built;
    m_icons.insert(key, icon);
    return icon;
}

void cacheStandardIcons()
{
    QStyle *current = QApplication::style();
    if (!current || current->name().compare(u"fusion", Qt::CaseInsensitive) != 0 || qobject_cast<QProxyStyle *>(current))
        return;
    QApplication::setStyle(new StandardIconCacheStyle(QStyleFactory::create(current->name())));
}

} // namespace PortalDesk::Widgets
