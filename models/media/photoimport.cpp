#include "photoimport.h"

#include "limitedfile.h"
#include "vietnamesetext.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QRegularExpression>
#include <QStringDecoder>

#include <exiv2/exiv2.hpp>

#include <cmath>
#include <mutex>

namespace PortalDesk::Models {

namespace {

struct Format {
    const char *qtName;
    const char *mimeType;
    const char *shown;
};

// Photos as phones, cameras and agencies send them. Not SVG (a document
// that can carry script), not GIF (animations), not the painting
// programs' formats kimageformats also reads.
constexpr Format formats[] = {
    {"jpeg", "image/jpeg", "JPEG"}, {"png", "image/png", "PNG"},   {"webp", "image/webp", "WebP"},
    {"heic", "image/heic", "HEIC"}, {"heif", "image/heif", "HEIF"}, {"avif", "image/avif", "AVIF"},
    {"tiff", "image/tiff", "TIFF"},
};

QString hexSha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Metadata text as cameras and agencies write it: UTF-8 mostly, Latin-1
// from older software; NULs and padding dropped.
QString metadataText(const std::string &raw)
{
    QByteArray bytes = QByteArray::fromStdString(raw);
    bytes.replace('\0', ' ');
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);  // assigned: the decoder is lazy
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    text = toNfc(text.left(4000).simplified());
    // Cameras fill the description with their own name.
    static const QRegularExpression cameraFiller(QStringLiteral("DIGITAL CAMERA|^DCIM|^(SONY|OLYMPUS|NIKON|"
                                                                "CANON|KODAK|SAMSUNG|PANASONIC|FUJIFILM)\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    if (text.contains(cameraFiller) || text.trimmed().isEmpty())
        return {};
    return text.left(1000);
}

struct Metadata {
    QString caption;
    QString credit;
    QString takenAt;
    bool hadLocation = false;
};

QString firstOf(const Exiv2::Image &image, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const std::string name(key);
        std::string value;
        if (name.starts_with("Exif.")) {
            const auto &data = image.exifData();
            if (auto pos = data.findKey(Exiv2::ExifKey(name)); pos != data.end())
                value = pos->toString();
        } else if (name.starts_with("Iptc.")) {
            const auto &data = image.iptcData();
            if (auto pos = data.findKey(Exiv2::IptcKey(name)); pos != data.end())
                value = pos->toString();
        } else {
            const auto &data = image.xmpData();
            if (auto pos = data.findKey(Exiv2::XmpKey(name)); pos != data.end() && pos->count() > 0)
                value = pos->toString(0);
        }
        if (const QString text = metadataText(value); !text.isEmpty())
            return text;
    }
    return {};
}

// "2008:05:30 15:56:01" (EXIF) or "2008-05-30T15:56:01+07:00" (XMP) as
// "2008-05-30T15:56:01"; empty when it is not a date.
QString isoDate(const QString &text)
{
    static const QRegularExpression date(
        QStringLiteral("^(\\d{4})[:-](\\d{2})[:-](\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2}))?)?"));
    const QRegularExpressionMatch match = date.match(text);
    if (!match.hasMatch() || match.captured(1) == u"0000")
        return {};
    const QDateTime time(QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()),
                         QTime(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt()));
    return time.isValid() ? time.toString(Qt::ISODate) : QString();
}

// What exiv2 finds; nothing when it cannot read the file's metadata (the
// picture itself may still be fine).
Metadata readMetadata(const QByteArray &bytes)
{
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
        Exiv2::XmpParser::initialize();
    });
    Metadata found;
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()),
                                               size_t(bytes.size()));
        image->readMetadata();
        found.caption = firstOf(*image, {"Iptc.Application2.Caption", "Xmp.dc.description",
                                         "Exif.Image.ImageDescription"});
        found.credit = firstOf(*image, {"Iptc.Application2.Byline", "Xmp.dc.creator", "Exif.Image.Artist",
                                        "Iptc.Application2.Credit", "Xmp.photoshop.Credit"});
        found.takenAt = isoDate(firstOf(*image, {"Exif.Photo.DateTimeOriginal", "Xmp.exif.DateTimeOriginal",
                                                 "Xmp.photoshop.DateCreated", "Exif.Image.DateTime"}));
        // Many cameras write an empty GPS block; a position is a latitude.
        const auto &exif = image->exifData();
        const auto &xmp = image->xmpData();
        found.hadLocation = exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude")) != exif.end()
                            || xmp.findKey(Exiv2::XmpKey("Xmp.exif.GPSLatitude")) != xmp.end();
    } catch (const Exiv2::Error &) {
    } catch (const std::exception &) {
    }
    return found;
}

QSize fitted(QSize size, int longSide)
{
    const int longest = std::max(size.width(), size.height());
    if (longest <= longSide)
        return size;
    const double scale = double(longSide) / longest;
    return QSize(std::max(1, int(std::lround(size.width() * scale))), std::max(1, int(std::lround(size.height() * scale))));
}

// Whether any pixel is not fully opaque: a logo keeps its transparency (as
// PNG); a photo whose format merely could carry alpha becomes a JPEG.
bool seeThrough(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) != 255)
                return true;
        }
    }
    return false;
}

Result<PhotoRendition> encode(const QImage &image, const QString &name, const QString &photoName)
{
    PhotoRendition rendition;
    rendition.name = name;
    rendition.width = image.width();
    rendition.height = image.height();
    const bool transparent = seeThrough(image);
    QBuffer buffer(&rendition.bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, transparent ? "png" : "jpeg");
    if (!transparent) {
        writer.setQuality(name == u"thumb" ? 80 : 85);
        writer.setOptimizedWrite(true);
        writer.setProgressiveScanWrite(true);
    }
    const QImage toWrite = transparent ? image : image.convertToFormat(QImage::Format_RGB32);
    if (!writer.write(toWrite))
        return Error{ErrorCode::Failed,
                     PhotoImport::tr("%1 could not be made into a web picture: %2").arg(photoName, writer.errorString())};
    rendition.mimeType = transparent ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    rendition.sha256 = hexSha256(rendition.bytes);
    return rendition;
}

// libjpeg decodes a JPEG cut short as a picture with a grey bottom, and
// Qt hands it over as if whole: a whole one ends its last scan (FF DA)
// with an end-of-image marker (FF D9). Scan data stuffs every FF byte, and
// an embedded thumbnail comes before the main scan, so only a cut file has
// no FF D9 after its last FF DA.
bool jpegCutShort(const QByteArray &bytes)
{
    const qsizetype lastScan = bytes.lastIndexOf(QByteArrayView("\xFF\xDA", 2));
    const qsizetype lastEnd = bytes.lastIndexOf(QByteArrayView("\xFF\xD9", 2));
    return lastScan < 0 || lastEnd < lastScan;
}

} // namespace

const PhotoRendition *ImportedPhoto::rendition(const QString &name) const
{
    for (const PhotoRendition &r : renditions) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QString PhotoImport::mimeTypeFor(const QByteArray &format)
{
    for (const Format &f : formats) {
        if (format.compare(f.qtName, Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(f.mimeType);
    }
    return {};
}

QString PhotoImport::acceptedTypes()
{
    QStringList shown;
    for (const Format &f : formats) {
        if (f.qtName != std::string_view("heif"))
            shown += QString::fromLatin1(f.shown);
    }
    return shown.join(QStringLiteral(", "));
}

Result<ImportedPhoto> PhotoImport::fromFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    auto bytes = LimitedFile::read(path, maxFileBytes,
                                   tr("%1 is %2; PortalDesk takes photos of at most %3."));
    if (!bytes)
        return Error{ErrorCode::InvalidInput, bytes.error().message};
    return fromBytes(bytes.value(), name);
}

Result<ImportedPhoto> PhotoImport::fromBytes(const QByteArray &bytes, const QString &name)
{
    if (bytes.size() > maxFileBytes)
        return Error{ErrorCode::InvalidInput, tr("%1 is %2; PortalDesk takes photos of at most %3.")
                                                  .arg(name, LimitedFile::sizeText(bytes.size()),
                                                       LimitedFile::sizeText(maxFileBytes))};
    QByteArray data = bytes;  // shared, not copied: QBuffer needs a non-const one
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    const QString mimeType = mimeTypeFor(format);
    if (format.isEmpty() || mimeType.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("%1 is not a photo PortalDesk can read (%2).").arg(name, acceptedTypes())};
    if (format == "jpeg" && jpegCutShort(bytes))
        return Error{ErrorCode::InvalidInput, tr("%1 is damaged or cut short: the picture does not end.").arg(name)};
    const QSize stored = reader.size();
    if (!stored.isValid() || stored.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("%1 is damaged: its size cannot be read.").arg(name)};
    // Refused before a single pixel is decoded: a 60,000 × 60,000 PNG is a
    // few kilobytes on disk and 14 GB in memory.
    if (qint64(stored.width()) * stored.height() > maxPixels)
        return Error{ErrorCode::InvalidInput,
                     tr("%1 is %2 × %3 pixels; PortalDesk takes photos of at most %4 megapixels.")
                         .arg(name)
                         .arg(stored.width())
                         .arg(stored.height())
                         .arg(maxPixels / 1'000'000)};

    ImportedPhoto photo;
    photo.original = bytes;
    photo.sha256 = hexSha256(bytes);
    photo.mimeType = mimeType;
    const bool turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
    photo.width = turned ? stored.height() : stored.width();
    photo.height = turned ? stored.width() : stored.height();

    // JPEG decodes straight to a smaller size (libjpeg's DCT scaling): a
    // 12 MP photo never exists in memory at full size.
    reader.setScaledSize(fitted(stored, webLongSide));
    reader.setQuality(100);  // smooth scaling for what DCT scaling leaves
    QImage web = reader.read();
    if (web.isNull())
        return Error{ErrorCode::InvalidInput, tr("%1 is damaged or cut short: %2").arg(name, reader.errorString())};
    // Browsers and the portal's readers assume sRGB; phones shoot Display P3.
    if (web.colorSpace().isValid() && web.colorSpace() != QColorSpace(QColorSpace::SRgb))
        web.convertToColorSpace(QColorSpace::SRgb);
    web.setColorSpace(QColorSpace());

    const Metadata metadata = readMetadata(bytes);
    photo.caption = metadata.caption;
    photo.credit = metadata.credit;
    photo.takenAt = metadata.takenAt;
    photo.hadLocation = metadata.hadLocation;

    auto webRendition = encode(web, QStringLiteral("web"), name);
    if (!webRendition)
        return webRendition.error();
    const QImage thumb = web.scaled(fitted(web.size(), thumbLongSide), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    auto thumbRendition = encode(thumb, QStringLiteral("thumb"), name);
    if (!thumbRendition)
        return thumbRendition.error();
    photo.renditions = {webRendition.value(), thumbRendition.value()};
    return photo;
}

} // namespace PortalDesk::Models
