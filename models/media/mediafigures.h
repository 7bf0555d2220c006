#pragma once

// What an article's HTML and a portal need of the photos it shows: their
// renditions' sizes and types, their descriptions, and on request the
// bytes, read for many photos at once on any connection to the newsroom
// (the portal sync reads on a thread of its own).

#include "markdownhtml.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace PortalDesk::Models {

struct MediaRendition {
    QString mimeType;
    int width = 0;
    int height = 0;
    QString sha256;
    QByteArray content;  // only when asked for
};

struct MediaFigure {
    QString id;
    QString caption;  // as the library describes the photo
    QString credit;
    QString alt;
    MediaRendition web;
    MediaRendition thumb;
};

namespace MediaFigures {

// The photos of these ids that the newsroom has, by id.
Result<QHash<QString, MediaFigure>> read(QSqlDatabase db, const QStringList &ids, bool withBytes);

// Where a rendition is found: (id, "web" or "thumb", MIME type) -> address.
using UrlOf = std::function<QString(const QString &, const QString &, const QString &)>;
// The lookup markdownToHtml() takes, over photos read by read().
PhotoLookup lookup(const QHash<QString, MediaFigure> &figures, UrlOf urlOf);

} // namespace MediaFigures

} // namespace PortalDesk::Models
