#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PortalDesk::Models {

// A size of a photo that PortalDesk makes and keeps: the web size the
// portal shows, and the thumbnail lists and the library show. Its bytes are
// encoded anew from the pixels, so they carry no EXIF, IPTC or XMP: no GPS
// position, no camera serial, nothing personal leaves with them.
struct PhotoRendition {
    QString name;      // "web" or "thumb"
    QString mimeType;  // image/jpeg, or image/png for a picture with transparency
    int width = 0;
    int height = 0;
    QByteArray bytes;
    QString sha256;  // hex, of bytes
};

// A photo read from a file as a phone or a camera wrote it.
struct ImportedPhoto {
    QByteArray original;  // the file's bytes as they came; stays in the newsroom
    QString sha256;       // hex, of original: the same file twice is one photo
    QString mimeType;     // image/jpeg, image/png, image/webp, image/heic, ...
    int width = 0;        // as the photo is seen, EXIF orientation applied
    int height = 0;
    QString caption;  // from IPTC, XMP or EXIF, when the camera or agency wrote one
    QString credit;   // the photographer: IPTC By-line, XMP dc:creator, EXIF Artist
    QString alt;      // for readers who cannot see it; files do not carry one
    QString takenAt;  // "2024-05-01T08:30:00" (camera's local time) or empty
    bool hadLocation = false;  // the original carries a GPS position
    QList<PhotoRendition> renditions;  // web, then thumb

    const PhotoRendition *rendition(const QString &name) const;
};

// Reads photos for the newsroom: checks, decodes within limits, applies the
// EXIF orientation, reads the date and credit with exiv2, and makes the
// renditions. Refusals are InvalidInput with a sentence naming the file.
class PhotoImport final
{
    Q_DECLARE_TR_FUNCTIONS(PhotoImport)

public:
    // A phone's photo is 2-12 MB; a camera's RAW-sized JPEG or a panorama
    // can reach 40. Anything larger is not a photo for a web portal.
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;
    // 64 megapixels: every phone's default output, and decoded as 32-bit
    // pixels within Qt's 256 MB image allocation limit.
    static constexpr qint64 maxPixels = 64'000'000;
    static constexpr int webLongSide = 1600;
    static constexpr int thumbLongSide = 320;

    static Result<ImportedPhoto> fromFile(const QString &path);
    // name: how the photo is named in messages (a file name, "the clipboard").
    static Result<ImportedPhoto> fromBytes(const QByteArray &bytes, const QString &name);

    // The image types accepted, as "JPEG, PNG, WebP, HEIC, AVIF, TIFF".
    static QString acceptedTypes();
    // MIME type for a Qt image format name ("jpeg" -> image/jpeg), empty
    // for a format PortalDesk does not take.
    static QString mimeTypeFor(const QByteArray &format);
};

} // namespace PortalDesk::Models
