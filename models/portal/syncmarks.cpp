#include "syncmarks.h"

#include "portalsync.h"
#include "sqlsupport.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models::SyncMarks {

namespace {

Status refused(const Result<QVariantList> &answer)
{
    if (!answer)
        return answer.error();
    if (answer->value(0).toInt() < 0)
        return Error{ErrorCode::Denied, QCoreApplication::translate("PortalSync", "Only editors and chief editors may run the sync on a shared newsroom.")};
    return Done{};
}

} // namespace

Status markDone(const QSqlDatabase &newsroom, const QList<qint64> &entries, const Statuses &statuses)
{
    if (isPostgres(newsroom)) {
        // A shared newsroom: the sync's own server functions, which mark
        // only pending entries and audit every withdrawal.
        if (!entries.isEmpty()) {
            QStringList ids;
            for (qint64 id : entries)
                ids << QString::number(id);
            if (Status marked = refused(callServer(newsroom, u"SELECT pd_sync_sent('', 'portal', ?::bigint[])"_s, {postgresArray(ids)}));
                !marked)
                return marked;
        }
        for (const auto &[articleIds, status] : statuses) {
            if (articleIds.isEmpty())
                continue;
            if (Status marked = refused(callServer(newsroom, u"SELECT pd_sync_status('', ?::text[], ?)"_s, {postgresArray(articleIds), status}));
                !marked)
                return marked;
        }
        return Done{};
    }
    QSqlQuery mark(newsroom);
    if (!entries.isEmpty()) {
        const bool prepared = mark.prepare(u"UPDATE portal_outbox SET done_at = ? WHERE id IN %1"_s.arg(idList(newsroom, u"BIGINT"_s)));
        mark.addBindValue(nowStamp());
        mark.addBindValue(jsonArray(entries));
        if (!prepared || !mark.exec())
            return databaseError(mark);
    }
    for (const auto &[articleIds, status] : statuses) {
        if (articleIds.isEmpty())
            continue;
        // WHERE true: SQLite's parser would take ON CONFLICT for a join's ON.
        const bool prepared = mark.prepare(u"INSERT INTO article_sync (article_id, status) SELECT ids.value, ? FROM %1 AS ids"
                                           " WHERE true ON CONFLICT (article_id) DO UPDATE SET status = excluded.status"_s.arg(
                                               idList(newsroom)));
        mark.addBindValue(status);
        mark.addBindValue(jsonArray(articleIds));
        if (!prepared || !mark.exec())
            return databaseError(mark);
    }
    return Done{};
}

Tally tally(const QList<PortalWrite::Item> &items, SyncSummary &summary,
            const std::function<QString(const PortalWrite::Item &)> &conflictLine)
{
    using PortalWrite::Item;
    QStringList synced, conflicted, failed;
    Tally result;
    for (const Item &item : items) {
        switch (item.kind) {
        case Item::Missing:
            ++summary.failed;
            failed.append(item.id);
            summary.lines.append(QCoreApplication::translate("PortalSync", "%1: %2")
                                     .arg(item.id, QCoreApplication::translate("PortalSync", "No article has the id %1.").arg(item.id)));
            continue;
        case Item::Conflict:
            ++summary.conflicts;
            conflicted.append(item.id);
            summary.lines.append(conflictLine(item));
            continue;
        case Item::Unchanged:
            ++summary.unchanged;
            break;
        case Item::Insert:
        case Item::Update:
            if (!item.failure.isEmpty()) {
                ++summary.failed;
                failed.append(item.id);
                summary.lines.append(QCoreApplication::translate("PortalSync", "%1: %2").arg(item.title, item.failure));
                continue;
            }
            if (!item.publish)
                ++summary.withdrawn;
            else if (item.kind == Item::Update)
                ++summary.updated;
            else
                ++summary.sent;
            break;
        }
        result.done.append(item.entries);
        synced.append(item.id);
    }
    result.statuses = {{synced, u"synced"_s}, {conflicted, u"conflict"_s}, {failed, u"failed"_s}};
    return result;
}

Status recordWritten(const QSqlDatabase &newsroom, const QString &portal, const QHash<QString, Written> &written,
                     bool withRemote)
{
    if (written.isEmpty())
        return Done{};
    QStringList articles, hashes, remoteIds, modified;
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        articles << it.key();
        hashes << it->hash;
        remoteIds << it->remoteId;
        modified << it->remoteVersion;
    }
    if (isPostgres(newsroom)) {
        if (withRemote)
            return refused(callServer(newsroom, u"SELECT pd_sync_remote('', ?, ?::text[], ?::text[], ?::text[], ?::text[])"_s,
                                      {portal, postgresArray(articles), postgresArray(hashes), postgresArray(remoteIds),
                                       postgresArray(modified)}));
        return refused(callServer(newsroom, u"SELECT pd_sync_state('', ?, ?::text[], ?::text[])"_s,
                                  {portal, postgresArray(articles), postgresArray(hashes)}));
    }
    QSqlQuery mark(newsroom);
    mark.prepare(withRemote ? u"INSERT INTO portal_sync_state (portal, article_id, content_hash, remote_id, remote_version)"
                              " VALUES (?, ?, ?, NULLIF(?, ''), NULLIF(?, '')) ON CONFLICT (portal, article_id) DO UPDATE SET"
                              " content_hash = excluded.content_hash, remote_id = excluded.remote_id,"
                              " remote_version = excluded.remote_version"_s
                            : u"INSERT INTO portal_sync_state (portal, article_id, content_hash) VALUES (?, ?, ?)"
                              " ON CONFLICT (portal, article_id) DO UPDATE SET content_hash = excluded.content_hash"_s);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        mark.addBindValue(portal);
        mark.addBindValue(articles.at(i));
        mark.addBindValue(hashes.at(i));
        if (withRemote) {
            mark.addBindValue(remoteIds.at(i));
            mark.addBindValue(modified.at(i));
        }
        if (!mark.exec())
            return databaseError(mark);
    }
    return Done{};
}

Status recordUploaded(const QSqlDatabase &newsroom, const QString &portal, const QHash<QString, Uploaded> &uploaded)
{
    if (uploaded.isEmpty())
        return Done{};
    QStringList media, remoteIds, urls, smallUrls;
    for (auto it = uploaded.cbegin(); it != uploaded.cend(); ++it) {
        media << it.key();
        remoteIds << it->remoteId;
        urls << it->url;
        smallUrls << it->smallUrl;
    }
    if (isPostgres(newsroom))
        return refused(callServer(newsroom, u"SELECT pd_sync_media('', ?, ?::text[], ?::text[], ?::text[], ?::text[])"_s,
                                  {portal, postgresArray(media), postgresArray(remoteIds), postgresArray(urls), postgresArray(smallUrls)}));
    QSqlQuery mark(newsroom);
    mark.prepare(u"INSERT INTO portal_media_state (portal, media_id, remote_id, url, small_url) VALUES (?, ?, ?, ?, ?)"
                 " ON CONFLICT (portal, media_id) DO UPDATE SET remote_id = excluded.remote_id, url = excluded.url,"
                 " small_url = excluded.small_url"_s);
    for (qsizetype i = 0; i < media.size(); ++i) {
        for (const QVariant &value : {QVariant(portal), QVariant(media.at(i)), QVariant(remoteIds.at(i)), QVariant(urls.at(i)),
                                      QVariant(smallUrls.at(i))})
            mark.addBindValue(value);
        if (!mark.exec())
            return databaseError(mark);
    }
    return Done{};
}

} // namespace PortalDesk::Models::SyncMarks
