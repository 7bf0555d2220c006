// Fusion's standard icons, kept by StandardIconCacheStyle: the same pictures
// as Fusion's own, in each layout direction, built once however many dock
// widgets ask.
#include "standardiconcache.h"

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

using namespace PortalDesk::Widgets;

namespace {

QImage picture(const QIcon &icon)
{
    return icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestStandardIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        cacheStandardIcons();
        QVERIFY(qobject_cast<StandardIconCacheStyle *>(QApplication::style()));
        // Twice is once: the style is not wrapped again.
        QStyle *wrapped = QApplication::style();
        cacheStandardIcons();
        QCOMPARE(QApplication::style(), wrapped);
    }

    void samePicturesAsFusion_data()
    {
        QTest::addColumn<int>("pixmap");
        QTest::newRow("dock close") << int(QStyle::SP_DockWidgetCloseButton);
        QTest::newRow("title bar normal") << int(QStyle::SP_TitleBarNormalButton);
        QTest::newRow("arrow back") << int(QStyle::SP_ArrowBack);
        QTest::newRow("line edit clear") << int(QStyle::SP_LineEditClearButton);
    }

    // In both directions, what the cache gives is what the Fusion it wraps
    // draws, also when asked again: a cache keyed without the direction
    // would give the left-to-right arrow to a right-to-left option. (Not the
    // toolbar's extension arrow: Qt leaves some pixels of its 16×10 picture
    // unset, so two pictures of it differ at random.)
    void samePicturesAsFusion()
    {
        QFETCH(int, pixmap);
        const auto standard = QStyle::StandardPixmap(pixmap);
        // The style it wraps (two Fusion objects may differ in a picture or two).
        QStyle *fusion = qobject_cast<QProxyStyle *>(QApplication::style())->baseStyle();
        for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft, Qt::LeftToRight}) {
            QStyleOption option;
            option.direction = direction;
            const QImage expected = picture(fusion->standardIcon(standard, &option));
            QVERIFY(!expected.isNull());
            QCOMPARE(picture(QApplication::style()->standardIcon(standard, &option)), expected);
        }
    }

    void arrowsDifferByDirection()
    {
        // The test above could not tell the directions apart otherwise.
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QStyleOption leftToRight, rightToLeft;
        leftToRight.direction = Qt::LeftToRight;
        rightToLeft.direction = Qt::RightToLeft;
        QVERIFY(picture(fusion->standardIcon(QStyle::SP_ArrowBack, &leftToRight))
                != picture(fusion->standardIcon(QStyle::SP_ArrowBack, &rightToLeft)));
    }

    // Fusion's float button: every size its resources hold, also those its
    // own code misspells (and skips, after a costly search).
    void dockNormalIconHasEverySize()
    {
        const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_TitleBarNormalButton);
        QCOMPARE(icon.availableSizes().size(), 6);
        QCOMPARE(icon.availableSizes().first(), QSize(10, 10));
    }

    // The desk's main window has seven docks; each asks for its buttons'
    // icons when built and at every layout. Built once each.
    void docksBuildIconsOnce()
    {
        auto *style = qobject_cast<StandardIconCacheStyle *>(QApplication::style());
        QVERIFY(style);
        QMainWindow window;
        for (int i = 0; i < 3; ++i)
            window.addDockWidget(Qt::LeftDockWidgetArea, new QDockWidget(QStringLiteral("Dock %1").arg(i), &window));
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int afterThree = style->iconsBuilt();
        for (int i = 3; i < 10; ++i)
            window.addDockWidget(Qt::RightDockWidgetArea, new QDockWidget(QStringLiteral("Dock %1").arg(i), &window));
        window.resize(900, 700);
        QTest::qWait(50);
        QCOMPARE(style->iconsBuilt(), afterThree);
    }

    // Other styles may paint their icons in the palette's colours: left alone.
    void otherStylesLeftAlone()
    {
        QStyle *windows = QStyleFactory::create(QStringLiteral("Windows"));
        if (!windows)
            QSKIP("Qt's Windows style is not built in here");
        QApplication::setStyle(windows);
        cacheStandardIcons();
        QCOMPARE(QApplication::style(), windows);
    }
};

QTEST_MAIN(TestStandardIcons)
#include "tst_standardicons.moc"
