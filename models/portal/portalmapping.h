#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVariantMap>

namespace PortalDesk::Models {

// How an article is written into a portal's table: the reference table
// portal_articles, or another CMS's own schema described by a mapping file
// (JSON; format in README, WordPress example in resources/portal/):
//
//   { "table": "wp_posts",
//     "key": { "column": "guid", "format": "urn:uuid:{uuid}" },
//     "columns": { "title": "post_title", "body_html": "post_content", ... },
//     "status": { "column": "post_status", "published": "publish", "withdrawn": "draft" },
//     "utc_offset": "+07:00",
//     "on_insert": { "post_type": "post", "to_ping": "", ... } }
//
// Fields for "columns": title, summary, body_html, section, author, slug
// (the title folded to ASCII words joined by '-'), published_at and
// updated_at (local time at utc_offset), published_at_utc and updated_at_utc,
// content_hash (where the portal can hold the hash of what was written; else
// the newsroom keeps it), lead_photo (the lead photo's id). "on_insert" values are written with new rows only.
struct PortalMapping {
    Q_DECLARE_TR_FUNCTIONS(PortalMapping)

public:
    QString table;
    QString keyColumn;
    QString keyFormat = QStringLiteral("{uuid}");
    QHash<QString, QString> columns;  // field -> column
    QString statusColumn;
    QString publishedValue;
    QString withdrawnValue;
    int utcOffsetSeconds = 0;
    QVariantMap onInsert;
    // The Công báo's PDFs as files in this folder (the portal serves them)
    // instead of in the database: "gazette_pdf_directory".
    QString gazettePdfDirectory;
    // Photos: the table their renditions go to ("media_table";
    // portal_media in the reference schema, none unless named), and the
    // address body_html gives each ("media_url"), with {id}, {rendition}
    // (web, thumb) and {ext} (jpg, png).
    QString mediaTable;
    QString mediaUrl = QStringLiteral("/media/{id}-{rendition}.{ext}");
    QString mediaUrlFor(const QString &id, const QString &rendition, const QString &mimeType) const;

    // A WordPress site (wordpresssync.h), from the mapping file's
    // "wordpress" object: newsroom sections to categories and authors to
    // users (each by name, slug or id), and the status of a withdrawn post.
    struct WordPress {
        QHash<QString, QString> categories;
        QHash<QString, QString> authors;
        QString withdrawnStatus = QStringLiteral("draft");
    };
    WordPress wordpress;
    bool forWordPress = false;  // the file has only a "wordpress" object

    static PortalMapping reference();
    // A file, or the name of a mapping shipped in the program ("wordpress").
    static Result<PortalMapping> load(const QString &path);

    QString keyFor(const QString &uuid) const { return QString(keyFormat).replace(QStringLiteral("{uuid}"), uuid); }
    // The fields whose values the content hash covers, in a fixed order.
    static const QStringList &contentFields();
};

// "Đà Nẵng đón khách" -> "da-nang-don-khach".
QString slugOf(const QString &title);

} // namespace PortalDesk::Models
