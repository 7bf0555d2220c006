#include "portalmapping.h"

#include "limitedfile.h"
#include "vietnamesetext.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

const QStringList &knownFields()
{
    static const QStringList fields{u"title"_s, u"summary"_s, u"body_html"_s, u"section"_s, u"author"_s, u"slug"_s,
                                    u"published_at"_s, u"updated_at"_s, u"published_at_utc"_s, u"updated_at_utc"_s,
                                    u"content_hash"_s, u"lead_photo"_s};
    return fields;
}

bool isIdentifier(const QString &name)
{
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]{0,63}$"_s);
    return identifier.match(name).hasMatch();
}

} // namespace

const QStringList &PortalMapping::contentFields()
{
    // lead_photo last: a portal holding hashes made before it existed
    // still matches, as an empty lead photo adds nothing to a hash.
    static const QStringList fields{u"title"_s, u"summary"_s, u"body_html"_s, u"section"_s, u"author"_s, u"lead_photo"_s};
    return fields;
}

PortalMapping PortalMapping::reference()
{
    PortalMapping mapping;
    mapping.table = u"portal_articles"_s;
    mapping.keyColumn = u"uuid"_s;
    for (const QString &field : {u"title"_s, u"summary"_s, u"body_html"_s, u"section"_s, u"author"_s, u"content_hash"_s})
        mapping.columns.insert(field, field);
    mapping.columns.insert(u"published_at_utc"_s, u"published_at"_s);
    mapping.columns.insert(u"updated_at_utc"_s, u"updated_at"_s);
    mapping.columns.insert(u"lead_photo"_s, u"lead_photo"_s);
    mapping.statusColumn = u"status"_s;
    mapping.publishedValue = u"published"_s;
    mapping.withdrawnValue = u"withdrawn"_s;
    mapping.mediaTable = u"portal_media"_s;
    return mapping;
}

Result<PortalMapping> PortalMapping::load(const QString &path)
{
    // WordPress's own tables are WordPress's: it is reached through its
    // REST API, which makes unique slugs, runs its hooks and keeps its
    // categories and authors consistent.
    const QString restInstead = tr("WordPress is no longer written through its database tables: sync to the site's "
                                   "address instead, --portal https://USER@site.example/ with the user's Application "
                                   "Password in PORTALDESK_PORTAL_PASSWORD (README, \"WordPress (REST API)\").");
    if (path == u"wordpress" && !QFile::exists(path))
        return Error{ErrorCode::InvalidInput, restInstead};
    // A FIFO or a device is refused before it is opened, a large file
    // before it is read: a mapping is a few hundred bytes.
    auto bytes = LimitedFile::read(path, 1024 * 1024, tr("The mapping %1 is %2; a mapping is never larger than %3."));
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (!document.isObject())
        return Error{ErrorCode::InvalidInput, tr("The mapping %1 is not a JSON object: %2.").arg(path, parseError.errorString())};
    const QJsonObject root = document.object();
    const auto bad = [&](const QString &what) { return Error{ErrorCode::InvalidInput, tr("The mapping %1: %2").arg(path, what)}; };

    PortalMapping mapping;
    if (root.contains(u"wordpress")) {
        const QJsonValue options = root.value(u"wordpress");
        if (!options.isObject() || root.contains(u"table"))
            return bad(tr("\"wordpress\" must be an object, and a WordPress mapping names no table."));
        const auto names = [&](const QString &key, QHash<QString, QString> &into) -> bool {
            const QJsonObject object = options.toObject().value(key).toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString value = it.value().isDouble() ? QString::number(it.value().toInteger()) : it.value().toString();
                if (it.key().trimmed().isEmpty() || value.trimmed().isEmpty())
                    return false;
                into.insert(it.key().trimmed(), value.trimmed());
            }
            return true;
        };
        if (!names(u"categories"_s, mapping.wordpress.categories) || !names(u"authors"_s, mapping.wordpress.authors))
            return bad(tr("\"categories\" and \"authors\" map names to a WordPress name, slug or id, none empty."));
        mapping.wordpress.withdrawnStatus = options.toObject().value(u"withdrawn_status").toString(u"draft"_s);
        if (!QStringList{u"draft"_s, u"pending"_s, u"private"_s}.contains(mapping.wordpress.withdrawnStatus))
            return bad(tr("\"withdrawn_status\" is draft, pending or private."));
        mapping.forWordPress = true;
        return mapping;
    }
    mapping.table = root.value(u"table").toString();
    if (mapping.table == u"wp_posts")
        return Error{ErrorCode::InvalidInput, restInstead};
    const QJsonObject key = root.value(u"key").toObject();
    mapping.keyColumn = key.value(u"column").toString();
    mapping.keyFormat = key.value(u"format").toString(u"{uuid}"_s);
    const QJsonObject status = root.value(u"status").toObject();
    mapping.statusColumn = status.value(u"column").toString();
    mapping.publishedValue = status.value(u"published").toString();
    mapping.withdrawnValue = status.value(u"withdrawn").toString();
    for (const QString &name : {mapping.table, mapping.keyColumn, mapping.statusColumn}) {
        if (!isIdentifier(name))
            return bad(tr("\"table\", \"key.column\" and \"status.column\" must be column names, not '%1'.").arg(name));
    }
    if (!mapping.keyFormat.contains(u"{uuid}"))
        return bad(tr("\"key.format\" must contain {uuid}."));
    if (mapping.publishedValue.isEmpty() || mapping.withdrawnValue.isEmpty())
        return bad(tr("\"status\" needs the values for \"published\" and \"withdrawn\"."));
    const QJsonObject columns = root.value(u"columns").toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (!knownFields().contains(it.key()))
            return bad(tr("unknown field '%1' in \"columns\"; known: %2.").arg(it.key(), knownFields().join(u", ")));
        if (!isIdentifier(it.value().toString()))
            return bad(tr("the column for '%1' is not a column name.").arg(it.key()));
        mapping.columns.insert(it.key(), it.value().toString());
    }
    if (!mapping.columns.contains(u"title"_s) || !mapping.columns.contains(u"body_html"_s))
        return bad(tr("\"columns\" must map at least title and body_html."));
    const QString offset = root.value(u"utc_offset").toString(u"+00:00"_s);
    static const QRegularExpression offsetPattern(u"^([+-])(\\d\\d):(\\d\\d)$"_s);
    const auto match = offsetPattern.match(offset);
    if (!match.hasMatch())
        return bad(tr("\"utc_offset\" must look like +07:00, not '%1'.").arg(offset));
    mapping.utcOffsetSeconds = (match.captured(2).toInt() * 3600 + match.captured(3).toInt() * 60) * (match.captured(1) == u"-" ? -1 : 1);
    mapping.gazettePdfDirectory = root.value(u"gazette_pdf_directory").toString();
    mapping.mediaTable = root.value(u"media_table").toString();
    if (!mapping.mediaTable.isEmpty() && !isIdentifier(mapping.mediaTable))
        return bad(tr("\"media_table\" is not a table name."));
    mapping.mediaUrl = root.value(u"media_url").toString(mapping.mediaUrl);
    // The address goes into every <img> the portal shows: a path or a web
    // address, never a script.
    static const QRegularExpression url(u"^(/|https?://)[^\\s\"'<>]*$"_s, QRegularExpression::CaseInsensitiveOption);
    if (!url.match(mapping.mediaUrl).hasMatch() || !mapping.mediaUrl.contains(u"{id}"_s)
        || !mapping.mediaUrl.contains(u"{rendition}"_s))
        return bad(tr("\"media_url\" must be a path or an http(s) address with {id} and {rendition}, like "
                      "/media/{id}-{rendition}.{ext}."));
    const QJsonObject onInsert = root.value(u"on_insert").toObject();
    for (auto it = onInsert.begin(); it != onInsert.end(); ++it) {
        if (!isIdentifier(it.key()))
            return bad(tr("'%1' in \"on_insert\" is not a column name.").arg(it.key()));
        mapping.onInsert.insert(it.key(), it.value().toVariant());
    }
    return mapping;
}

QString PortalMapping::mediaUrlFor(const QString &id, const QString &rendition, const QString &mimeType) const
{
    return QString(mediaUrl)
        .replace(u"{id}"_s, id)
        .replace(u"{rendition}"_s, rendition)
        .replace(u"{ext}"_s, mimeType == u"image/png" ? u"png"_s : u"jpg"_s);
}

QString slugOf(const QString &title)
{
    QString slug;
    for (const QChar c : foldDiacritics(toNfc(title)).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug.append(c);
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.left(190);
}

} // namespace PortalDesk::Models
