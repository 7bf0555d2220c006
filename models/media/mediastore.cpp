#include "mediastore.h"

#include "article.h"
#include "auditlog.h"
#include "newsroom.h"
#include "serverrights.h"
#include "sqlsupport.h"
#include "user.h"
#include "vietnamesetext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

const QString infoColumns = QStringLiteral(
    "m.id, m.sha256, m.mime_type, m.width, m.height, m.byte_size, m.caption, m.credit, m.alt,"
    " m.taken_at, coalesce(u.login, ''), m.uploaded_at");

// What separates words in captions: ASCII punctuation, the quotes, dashes
// and dots of Vietnamese typography, and spaces. The same list is in
// server-rights-14.postgres.sql (@WORD_BREAKS@).
const QString wordBreaks = QStringLiteral("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u201C\u201D\u2018\u2019\u2026\u2013\u2014\u00AB\u00BB\u00B7\u2022\u00A0\t\n\r");

MediaInfo infoFrom(const QSqlQuery &query)
{
    MediaInfo info;
    info.id = query.value(0).toString();
    info.sha256 = query.value(1).toString();
    info.mimeType = query.value(2).toString();
    info.width = query.value(3).toInt();
    info.height = query.value(4).toInt();
    info.byteSize = query.value(5).toLongLong();
    info.caption = query.value(6).toString();
    info.credit = query.value(7).toString();
    info.alt = query.value(8).toString();
    info.takenAt = query.value(9).toString();
    info.uploadedBy = query.value(10).toString();
    info.uploadedAt = query.value(11).toString();
    return info;
}

bool mayAdd(const User *by)
{
    return by && (by->has(Role::Reporter) || by->has(Role::Editor) || by->has(Role::ChiefEditor));
}

} // namespace

MediaStore::MediaStore(Newsroom &newsroom)
    : m_newsroom(newsroom)
{
}

QStringList MediaStore::referencedIds(const QString &markdown)
{
    static const QRegularExpression reference(
        QStringLiteral("(?<![\\w/.])media:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\\w-])"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList ids;
    for (const QRegularExpressionMatch &match : reference.globalMatch(markdown)) {
        const QString id = match.captured(1).toLower();
        if (!ids.contains(id))
            ids += id;
    }
    return ids;
}

QString MediaStore::searchText(const QString &caption, const QString &credit, const QString &alt)
{
    // Words between spaces, with a space at each end, so that a word is
    // looked for where words start ("20" finds "20" and "2026", not "120").
    // pd_media_search_text makes the same on a shared newsroom.
    QString folded = foldDiacritics(caption + u' ' + credit + u' ' + alt).toLower();
    for (QChar &c : folded) {
        if (wordBreaks.contains(c))
            c = u' ';
    }
    return u' ' + folded.simplified() + u' ';
}

Status MediaStore::checkDescription(const QString &caption, const QString &credit, const QString &alt)
{
    for (const QString &field : {caption, credit, alt}) {
        if (field.toUtf8().size() > maxFieldBytes)
            return Error{ErrorCode::InvalidInput, tr("A caption, credit or description is longer than %1 bytes.").arg(maxFieldBytes)};
        for (const QChar c : field) {
            const bool lineBreak = c == u'\n' && &field == &caption;
            if (c.unicode() < 0x20 && !lineBreak && !(c == u'\t' && &field == &caption))
                return Error{ErrorCode::InvalidInput, tr("A caption, credit or description holds a control character.")};
        }
    }
    return Done{};
}

Result<MediaAdded> MediaStore::add(const ImportedPhoto &photo, const User *by)
{
    const PhotoRendition *web = photo.rendition(QStringLiteral("web"));
    const PhotoRendition *thumb = photo.rendition(QStringLiteral("thumb"));
    if (!web || !thumb || photo.original.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The photo has no renditions to store.")};
    const QString caption = nonNull(toNfc(photo.caption.trimmed()));
    const QString credit = nonNull(toNfc(photo.credit.trimmed()));
    const QString alt = nonNull(toNfc(photo.alt.trimmed()));
    if (Status ok = checkDescription(caption, credit, alt); !ok)
        return ok.error();
    QSqlDatabase db = m_newsroom.database();

    if (isPostgres(db)) {
        QJsonObject meta{{u"mime_type"_s, photo.mimeType},
                         {u"width"_s, photo.width},
                         {u"height"_s, photo.height},
                         {u"caption"_s, caption},
                         {u"credit"_s, credit},
                         {u"alt"_s, alt},
                         {u"taken_at"_s, photo.takenAt},
                         {u"web_mime_type"_s, web->mimeType},
                         {u"web_width"_s, web->width},
                         {u"web_height"_s, web->height},
                         {u"thumb_mime_type"_s, thumb->mimeType},
                         {u"thumb_width"_s, thumb->width},
                         {u"thumb_height"_s, thumb->height}};
        auto added = callServer(db, QStringLiteral("SELECT outcome, id FROM pd_media_add(?, ?::jsonb, ?, ?, ?)"),
                                {ServerRights::actingLogin(by),
                                 QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact)), photo.original,
                                 web->bytes, thumb->bytes});
        if (!added)
            return added.error();
        const QString outcome = added->value(0).toString();
        if (outcome == u"done" || outcome == u"exists")
            return MediaAdded{added->value(1).toString(), outcome == u"exists"};
        if (outcome == u"refused")
            return Error{ErrorCode::Denied, tr("Only reporters, editors and chief editors add photos.")};
        return serverOutcomeError(outcome, tr("the photo"));
    }

    if (!mayAdd(by))
        return Error{ErrorCode::Denied, tr("Only reporters, editors and chief editors add photos.")};
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM media WHERE sha256 = ?"));
    query.addBindValue(photo.sha256);
    if (!query.exec())
        return databaseError(query);
    if (query.next())
        return MediaAdded{query.value(0).toString(), true};
    query.finish();

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString stamp = nowStamp();
    query.prepare(QStringLiteral(
        "INSERT INTO media (id, seq, sha256, mime_type, width, height, byte_size, caption, credit, alt, taken_at,"
        " uploaded_by, uploaded_at, updated_at, search_folded)"
        " VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM media),?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &value : QVariantList{id, photo.sha256, photo.mimeType, photo.width, photo.height,
                                              qint64(photo.original.size()), caption, credit, alt,
                                              photo.takenAt.isEmpty() ? QVariant() : QVariant(photo.takenAt), by->id,
                                              stamp, stamp, searchText(caption, credit, alt)})
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query);
    query.prepare(QStringLiteral("INSERT INTO media_files (media_id, name, mime_type, width, height, byte_size, sha256,"
                                 " content) VALUES (?,?,?,?,?,?,?,?)"));
    const PhotoRendition originalFile{QStringLiteral("original"), photo.mimeType, photo.width, photo.height,
                                      photo.original, photo.sha256};
    for (const PhotoRendition *file : {&originalFile, web, thumb}) {
        for (const QVariant &value : QVariantList{id, file->name, file->mimeType, file->width, file->height,
                                                  qint64(file->bytes.size()), file->sha256, file->bytes})
            query.addBindValue(value);
        if (!query.exec())
            return databaseError(query);
    }
    if (Status logged = AuditLog::record(db, by, QStringLiteral("media.add"), id, {}, {}, false, photo.sha256); !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return MediaAdded{id, false};
}

Status MediaStore::describe(const QString &id, const QString &caption, const QString &credit, const QString &alt,
                            const User *by)
{
    const QString c = nonNull(toNfc(caption.trimmed()));
    const QString r = nonNull(toNfc(credit.trimmed()));
    const QString a = nonNull(toNfc(alt.trimmed()));
    if (Status ok = checkDescription(c, r, a); !ok)
        return ok;
    QSqlDatabase db = m_newsroom.database();
    if (isPostgres(db)) {
        auto described = callServer(db, QStringLiteral("SELECT pd_media_describe(?, ?, ?, ?, ?)"),
                                    {ServerRights::actingLogin(by), id, c, r, a});
        if (!described)
            return described.error();
        const QString outcome = described->value(0).toString();
        if (outcome == u"done")
            return Done{};
        if (outcome == u"not_found")
            return Error{ErrorCode::NotFound, tr("No photo %1 in this newsroom.").arg(id)};
        if (outcome == u"refused")
            return Error{ErrorCode::Denied, tr("Only the photo's uploader or an editor may change its caption.")};
        return serverOutcomeError(outcome, tr("the photo"));
    }

    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT uploaded_by FROM media WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("No photo %1 in this newsroom.").arg(id)};
    const qint64 uploader = query.value(0).toLongLong();
    query.finish();
    const bool allowed = by && (by->has(Role::Editor) || by->has(Role::ChiefEditor)
                                || (by->has(Role::Reporter) && by->id == uploader));
    if (!allowed)
        return Error{ErrorCode::Denied, tr("Only the photo's uploader or an editor may change its caption.")};
    query.prepare(QStringLiteral("UPDATE media SET caption = ?, credit = ?, alt = ?, updated_at = ?, search_folded = ?"
                                 " WHERE id = ?"));
    for (const QVariant &value : QVariantList{c, r, a, nowStamp(), searchText(c, r, a), id})
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query);
    if (Status logged = AuditLog::record(db, by, QStringLiteral("media.describe"), id, {}, {}, false, {}); !logged)
        return logged;
    return transaction.commit();
}

Result<MediaInfo> MediaStore::get(const QString &id) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT %1 FROM media m LEFT JOIN users u ON u.id = m.uploaded_by WHERE m.id = ?")
                      .arg(infoColumns));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("No photo %1 in this newsroom.").arg(id)};
    MediaInfo info = infoFrom(query);
    query.finish();
    query.prepare(QStringLiteral("SELECT name, mime_type, width, height, byte_size, sha256 FROM media_files"
                                 " WHERE media_id = ? ORDER BY CASE name WHEN 'original' THEN 0 WHEN 'web' THEN 1 ELSE 2 END"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    while (query.next()) {
        info.files += MediaFile{query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                                query.value(3).toInt(), query.value(4).toLongLong(), query.value(5).toString()};
    }
    return info;
}

Result<QList<MediaInfo>> MediaStore::list(const QString &queryText, int limit, int offset) const
{
    QStringList conditions;
    QVariantList values;
    for (const QString &word : searchText(queryText, {}, {}).split(u' ', Qt::SkipEmptyParts)) {
        QString escaped = word;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        conditions += QStringLiteral("m.search_folded LIKE ? ESCAPE '\\'");
        values += QString(u"% "_s + escaped + u'%');
    }
    QSqlQuery query(m_newsroom.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM media m LEFT JOIN users u ON u.id = m.uploaded_by %2"
                                 " ORDER BY m.seq DESC LIMIT ? OFFSET ?")
                      .arg(infoColumns,
                           conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s)));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return databaseError(query);
    QList<MediaInfo> found;
    while (query.next())
        found += infoFrom(query);
    return found;
}

Result<QByteArray> MediaStore::content(const QString &id, const QString &file) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT content FROM media_files WHERE media_id = ? AND name = ?"));
    query.addBindValue(id);
    query.addBindValue(file);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("No photo %1 in this newsroom.").arg(id)};
    return query.value(0).toByteArray();
}

Result<QStringList> MediaStore::missing(const QStringList &ids) const
{
    if (ids.isEmpty())
        return QStringList{};
    QSqlDatabase db = m_newsroom.database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM media WHERE id IN %1").arg(idList(db)));
    query.addBindValue(jsonArray(ids));
    if (!query.exec())
        return databaseError(query);
    QSet<QString> found;
    while (query.next())
        found.insert(query.value(0).toString());
    QStringList absent;
    for (const QString &id : ids) {
        if (!found.contains(id) && !absent.contains(id))
            absent += id;
    }
    return absent;
}

} // namespace PortalDesk::Models
