#pragma once

#include <QHash>
#include <QIcon>
#include <QProxyStyle>

class QApplication;

namespace PortalDesk::Widgets {

// Fusion, the style Qt picks on desktops without a Qt platform theme, builds
// a new icon at every standardIcon() call: each dock widget's title buttons
// and each layout pass over them ask again. Building one adds its pictures
// size by size, and for each size Fusion lacks, QImageReader tries the name
// with every image suffix it knows: about ninety with kimageformats, each a
// lookup in the resource tree. Measured with callgrind on the desk's start
// (2026-12-07), that was a third of the instructions before the first paint.
// This proxy keeps each icon Fusion made, per pixmap and layout direction,
// the only inputs Fusion's (and QCommonStyle's) answer depends on, and
// builds the docks' float button from the files Fusion misspells.
class StandardIconCacheStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit StandardIconCacheStyle(QStyle *base);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

    // How many icons were built rather than taken from the cache (tests).
    int iconsBuilt() const { return m_built; }

private:
    mutable QHash<quint64, QIcon> m_icons;
    mutable int m_built = 0;
};

// Wraps the application's style in the cache when the style is Fusion;
// other styles (Breeze, Windows) may draw their icons in the palette's
// colours and are left as they are. Call before the first widget.
void cacheStandardIcons();

} // namespace PortalDesk::Widgets
