#include "standardiconcache.h"

#include <QApplication>
#include <QFile>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

namespace PortalDesk::Widgets {

namespace {

// Qt 6.8's Fusion asks for fusion_normalizedockup-10.png where its resources
// hold fusion_normalizedockup_10.png (four of the six sizes): each name
// missing costs QImageReader a try with every image suffix it knows. The
// files that are there, under either spelling; none if Qt moved them.
QIcon fusionDockNormalIcon()
{
    QIcon icon;
    for (const int size : {10, 16, 20, 32, 48, 64}) {
        for (const QChar separator : {u'-', u'_'}) {
            const QString path = QStringLiteral(":/qt-project.org/styles/fusionstyle/images/fusion_normalizedockup") + separator
                + QString::number(size) + QStringLiteral(".png");
            if (QFile::exists(path)) {
                icon.addFile(path, QSize(size, size));
                break;
            }
        }
    }
    return icon;
}

} // namespace

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
    QIcon icon = standardIcon == SP_TitleBarNormalButton ? fusionDockNormalIcon() : QIcon();
    if (icon.isNull())
        icon = QProxyStyle::standardIcon(standardIcon, option, widget);
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
