// PhotoImport on real photos (tests/data/photos, from ianare/exif-samples)
// and on hostile files made from them.
#include "photoimport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

QString photo(const QString &name)
{
    return QStringLiteral(PORTALDESK_TEST_DATA "/photos/") + name;
}

QImage decoded(const QByteArray &bytes)
{
    QImage image;
    image.loadFromData(bytes);
    return image;
}

// How far two pictures of the same size are apart: the mean difference of
// their grey levels, 0-255.
double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_Grayscale8);
    const QImage y = b.convertToFormat(QImage::Format_Grayscale8);
    if (x.size() != y.size())
        return 255;
    double total = 0;
    for (int row = 0; row < x.height(); ++row) {
        const uchar *p = x.constScanLine(row);
        const uchar *q = y.constScanLine(row);
        for (int column = 0; column < x.width(); ++column)
            total += std::abs(int(p[column]) - int(q[column]));
    }
    return total / (double(x.width()) * x.height());
}

quint32 crc32Of(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray chunk;
    const quint32 length = quint32(data.size());
    chunk.append(char(length >> 24)).append(char(length >> 16)).append(char(length >> 8)).append(char(length));
    QByteArray body = QByteArray(type, 4) + data;
    chunk += body;
    const quint32 crc = crc32Of(body);
    chunk.append(char(crc >> 24)).append(char(crc >> 16)).append(char(crc >> 8)).append(char(crc));
    return chunk;
}

// A valid PNG header for width × height 8-bit greyscale, with the first
// rows of zero pixels compressed: a few hundred bytes on disk.
QByteArray bombPng(quint32 width, quint32 height)
{
    QByteArray header;
    for (const quint32 value : {width, height})
        header.append(char(value >> 24)).append(char(value >> 16)).append(char(value >> 8)).append(char(value));
    header.append(char(8)).append(char(0)).append(char(0)).append(char(0)).append(char(0));
    const QByteArray rows(qsizetype(width + 1) * (height <= 4000 ? height : 16), '\0');
    // qCompress is a zlib stream behind a 4-byte length, as IDAT wants it.
    const QByteArray compressed = qCompress(rows).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", compressed)
           + pngChunk("IEND", {});
}

} // namespace

class TestPhotoImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The four landscape files are one picture stored four ways, each with
    // the EXIF orientation that turns it upright: imported, all four look
    // like the one stored upright, and say the size it is seen at.
    void orientationApplied_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file : {"landscape_3.jpg", "landscape_6.jpg", "landscape_8.jpg"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }
    void orientationApplied()
    {
        QFETCH(QString, file);
        auto upright = PhotoImport::fromFile(photo(u"landscape_1.jpg"_s));
        QVERIFY2(upright, qPrintable(upright.error().message));
        auto turned = PhotoImport::fromFile(photo(file));
        QVERIFY2(turned, qPrintable(turned.error().message));
        QCOMPARE(turned->width, upright->width);
        QCOMPARE(turned->height, upright->height);
        QVERIFY(turned->width > turned->height);
        const QImage a = decoded(upright->rendition(u"web"_s)->bytes);
        const QImage b = decoded(turned->rendition(u"web"_s)->bytes);
        QCOMPARE(b.size(), a.size());
        QVERIFY2(meanDifference(a, b) < 8, qPrintable(QString::number(meanDifference(a, b))));
        // Not trivially so: the file as stored, turned nowhere, differs.
        QImageReader raw(photo(file));
        raw.setAutoTransform(false);
        QImage stored = raw.read().scaled(a.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        QVERIFY(meanDifference(a, stored) > 20);
    }

    void portraitStaysPortrait()
    {
        auto imported = PhotoImport::fromFile(photo(u"portrait_6.jpg"_s));
        QVERIFY2(imported, qPrintable(imported.error().message));
        QVERIFY(imported->height > imported->width);
        for (const PhotoRendition &rendition : imported->renditions) {
            const QImage image = decoded(rendition.bytes);
            QCOMPARE(image.size(), QSize(rendition.width, rendition.height));
            QVERIFY(image.height() > image.width());
        }
    }

    // The GPS position, the camera and its date stay with the original in
    // the newsroom; the renditions, which leave it, carry no metadata.
    void locationStripped()
    {
        auto imported = PhotoImport::fromFile(photo(u"DSCN0010.jpg"_s));
        QVERIFY2(imported, qPrintable(imported.error().message));
        QVERIFY(imported->hadLocation);
        QCOMPARE(imported->takenAt, u"2008-10-22T16:28:39"_s);
        QVERIFY(imported->original.contains("Exif"));
        QCOMPARE(imported->renditions.size(), 2);
        for (const PhotoRendition &rendition : imported->renditions) {
            QCOMPARE(rendition.mimeType, u"image/jpeg"_s);
            QVERIFY2(!rendition.bytes.contains("Exif") && !rendition.bytes.contains("http://ns.adobe.com/xap"),
                     qPrintable(rendition.name));
            QVERIFY(!rendition.bytes.contains("NIKON"));
            QVERIFY(!decoded(rendition.bytes).isNull());
        }
        const PhotoRendition *web = imported->rendition(u"web"_s);
        const PhotoRendition *thumb = imported->rendition(u"thumb"_s);
        QCOMPARE(std::max(web->width, web->height), std::min(PhotoImport::webLongSide, imported->width));
        QCOMPARE(std::max(thumb->width, thumb->height), PhotoImport::thumbLongSide);
        QCOMPARE(imported->sha256.size(), 64);
    }

    void cameraMetadataRead()
    {
        auto imported = PhotoImport::fromFile(photo(u"Canon_40D.jpg"_s));
        QVERIFY2(imported, qPrintable(imported.error().message));
        QCOMPARE(imported->mimeType, u"image/jpeg"_s);
        QVERIFY(!imported->takenAt.isEmpty());
        QVERIFY(!imported->hadLocation);
    }

    // HEIC as phones write it, through kimageformats' HEIF plugin (Debian
    // 13's kimageformat6-plugins, over libheif and libde265).
    void heicRead()
    {
        auto imported = PhotoImport::fromFile(photo(u"samplefilehub.heif"_s));
        QVERIFY2(imported, qPrintable(imported.error().message));
        QVERIFY(imported->mimeType == u"image/heif" || imported->mimeType == u"image/heic");
        const QImage web = decoded(imported->rendition(u"web"_s)->bytes);
        QVERIFY(!web.isNull());
        QCOMPARE(web.size(), QSize(imported->rendition(u"web"_s)->width, imported->rendition(u"web"_s)->height));
    }

    void notAPictureRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("text") << QByteArray("Bài viết, không phải ảnh.\n") << u"is not a photo"_s;
        QTest::newRow("empty") << QByteArray() << u"is not a photo"_s;
        QTest::newRow("html") << QByteArray("<html><script>alert(1)</script></html>") << u"is not a photo"_s;
        QTest::newRow("svg") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                                           "<script>alert(1)</script></svg>")
                             << u"is not a photo"_s;
        QFile real(photo(u"landscape_1.jpg"_s));
        QVERIFY(real.open(QIODevice::ReadOnly));
        const QByteArray whole = real.readAll();
        QTest::newRow("jpeg cut at 60%") << whole.left(whole.size() * 6 / 10) << u"cut short"_s;
        QTest::newRow("jpeg cut at 95%") << whole.left(whole.size() * 95 / 100) << u"cut short"_s;
        QTest::newRow("jpeg header only") << whole.left(200) << u"cut short"_s;
    }
    void notAPictureRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        auto imported = PhotoImport::fromBytes(bytes, u"anh.jpg"_s);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::InvalidInput);
        QVERIFY2(imported.error().message.contains(says), qPrintable(imported.error().message));
        QVERIFY(imported.error().message.contains(u"anh.jpg"_s));
    }

    // A decompression bomb: a few hundred bytes that would take 3.6 GB of
    // pixels. Refused from its header, at once, without decoding it.
    void bombRefused()
    {
        const QByteArray bomb = bombPng(60000, 60000);
        QVERIFY(bomb.size() < 100 * 1024);
        QByteArray copy = bomb;
        QBuffer buffer(&copy);
        QCOMPARE(QImageReader(&buffer).size(), QSize(60000, 60000));
        QElapsedTimer timer;
        timer.start();
        auto imported = PhotoImport::fromBytes(bomb, u"bom.png"_s);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::InvalidInput);
        QVERIFY2(imported.error().message.contains(u"60000 × 60000"_s), qPrintable(imported.error().message));
        QVERIFY(timer.elapsed() < 2000);
        // Within the limit the same kind of file is a real picture.
        auto small = PhotoImport::fromBytes(bombPng(2000, 1000), u"nho.png"_s);
        QVERIFY2(small, qPrintable(small.error().message));
        QCOMPARE(small->width, 2000);
        QCOMPARE(small->mimeType, u"image/png"_s);
    }

    void tooLargeFileRefused()
    {
        QTemporaryDir dir;
        QFile big(dir.filePath(u"lon.jpg"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(PhotoImport::maxFileBytes + 1));
        big.close();
        auto imported = PhotoImport::fromFile(big.fileName());
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, ErrorCode::InvalidInput);
        QVERIFY2(imported.error().message.contains(u"lon.jpg"_s), qPrintable(imported.error().message));
    }

    // Transparency survives as PNG; an opaque PNG becomes a JPEG.
    void transparencyKept()
    {
        QImage image(800, 600, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        for (int y = 100; y < 300; ++y)
            for (int x = 100; x < 500; ++x)
                image.setPixelColor(x, y, QColor(200, 30, 30));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "png"));
        auto imported = PhotoImport::fromBytes(png, u"logo.png"_s);
        QVERIFY2(imported, qPrintable(imported.error().message));
        QCOMPARE(imported->rendition(u"web"_s)->mimeType, u"image/png"_s);
        QVERIFY(decoded(imported->rendition(u"web"_s)->bytes).hasAlphaChannel());

        auto opaque = PhotoImport::fromBytes(bombPng(640, 480), u"xam.png"_s);
        QVERIFY2(opaque, qPrintable(opaque.error().message));
        QCOMPARE(opaque->rendition(u"web"_s)->mimeType, u"image/jpeg"_s);
    }
};

QTEST_GUILESS_MAIN(TestPhotoImport)
#include "tst_photoimport.moc"
