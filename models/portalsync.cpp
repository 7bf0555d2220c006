#include "portalsync.h"

#include "articlestore.h"
#include "markdownhtml.h"
#include "newsroom.h"
#include "portal.h"
#include "sqlsupport.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

// The content of an article as the portal holds it: the mapped content
// fields and the status. The hash covers exactly these, so a portal-side
// edit of any of them shows.
struct Content {
    QHash<QString, QString> fields;
    QString status;  // "published" or "withdrawn", or the portal's own value

    QString hash(const PortalMapping &mapping) const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &field : PortalMapping::contentFields()) {
            if (!mapping.columns.contains(field))
                continue;
            hash.addData(fields.value(field).toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(status.toUtf8());
        return QString::fromLatin1(hash.result().toHex());
    }
};

QString placeholders(qsizetype count)
{
    return QStringList(count, u"?"_s).join(u',');
}

// A portal row as the mapping sees it, with the hash stored in it if the
// portal has a column for that.
struct PortalRow {
    Content content;
    QString storedHash;
};

Result<std::optional<PortalRow>> readPortalRow(QSqlDatabase portal, const PortalMapping &map, const QString &key)
{
    const QString hashColumn = map.columns.value(u"content_hash"_s);
    QStringList fields, selected;
    for (const QString &field : PortalMapping::contentFields()) {
        if (map.columns.contains(field)) {
            fields.append(field);
            selected.append(map.columns.value(field));
        }
    }
    selected.append(map.statusColumn);
    if (!hashColumn.isEmpty())
        selected.append(hashColumn);
    QSqlQuery query(portal);
    query.prepare(u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(selected.join(u", "), map.table, map.keyColumn));
    query.addBindValue(key);
    if (!query.exec())
        return Error{ErrorCode::Failed, sqlReason(query.lastError())};
    if (!query.next())
        return std::optional<PortalRow>();
    PortalRow row;
    for (qsizetype i = 0; i < fields.size(); ++i)
        row.content.fields.insert(fields.at(i), query.value(int(i)).toString());
    const QString status = query.value(int(fields.size())).toString();
    row.content.status = status == map.publishedValue   ? u"published"_s
                         : status == map.withdrawnValue ? u"withdrawn"_s
                                                        : status;
    if (!hashColumn.isEmpty())
        row.storedHash = query.value(int(fields.size()) + 1).toString();
    return std::optional<PortalRow>(row);
}

} // namespace

PortalSync::PortalSync(Newsroom &newsroom, Portal &portal, PortalMapping mapping)
    : m_newsroom(newsroom)
    , m_portal(portal)
    , m_mapping(std::move(mapping))
{
}

Result<SyncSummary> PortalSync::run(bool dryRun)
{
    const PortalMapping &map = m_mapping;
    if (!m_portal.database().tables().contains(map.table)) {
        if (map.table == u"portal_articles")
            return Error{ErrorCode::InvalidInput,
                         tr("The portal %1 has no table portal_articles; create it with: portaldesk-cli portal init --portal URL.")
                             .arg(m_portal.display())};
        return Error{ErrorCode::InvalidInput, tr("The portal %1 has no table %2.").arg(m_portal.display(), map.table)};
    }
    QSqlDatabase newsroom = m_newsroom.database();
    QSqlDatabase portal = m_portal.database();
    const QString portalName = m_portal.display() + u'#' + map.table;
    const QString hashColumn = map.columns.value(u"content_hash"_s);
    QStringList contentFields;
    for (const QString &field : PortalMapping::contentFields()) {
        if (map.columns.contains(field))
            contentFields.append(field);
    }

    // Times as each backend takes them: MySQL a DATETIME without zone, the
    // others ISO 8601; the local ones at the mapping's offset.
    const auto timeValue = [&](const QDateTime &when, bool local) -> QVariant {
        const QDateTime utc = when.toUTC();
        if (m_portal.isMySql())
            return (local ? utc.addSecs(map.utcOffsetSeconds) : utc).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        if (!local)
            return toStamp(utc);
        return utc.toOffsetFromUtc(map.utcOffsetSeconds).toString(Qt::ISODate);
    };

    ArticleStore store(m_newsroom);
    SyncSummary summary;
    qint64 after = 0;  // entries left pending (conflicts, failures) are passed over
    for (;;) {
        QSqlQuery pending(newsroom);
        pending.setForwardOnly(true);
        pending.prepare(u"SELECT id, article_id FROM portal_outbox WHERE done_at IS NULL AND id > ? ORDER BY id LIMIT ?"_s);
        pending.addBindValue(after);
        pending.addBindValue(batchSize);
        if (!pending.exec())
            return databaseError(pending);
        // An article corrected three times since the last sync is sent once,
        // as it is now.
        QStringList articleIds;
        QHash<QString, QList<qint64>> entries;
        while (pending.next()) {
            after = pending.value(0).toLongLong();
            const QString id = pending.value(1).toString();
            if (!entries.contains(id))
                articleIds.append(id);
            entries[id].append(after);
        }
        pending.finish();
        if (articleIds.isEmpty())
            break;

        // What was last written, when the portal has no column for it.
        QHash<QString, QString> storedHashes;
        if (hashColumn.isEmpty()) {
            QSqlQuery state(newsroom);
            state.prepare(u"SELECT article_id, content_hash FROM portal_sync_state WHERE portal = ? AND article_id IN (%1)"_s.arg(
                placeholders(articleIds.size())));
            state.addBindValue(portalName);
            for (const QString &id : std::as_const(articleIds))
                state.addBindValue(id);
            if (!state.exec())
                return databaseError(state);
            while (state.next())
                storedHashes.insert(state.value(0).toString(), state.value(1).toString());
        }

        std::optional<WriteTransaction> portalTransaction;
        if (!dryRun) {
            portalTransaction.emplace(portal);
            if (!portalTransaction->begun())
                return Error{ErrorCode::Failed,
                             tr("Cannot write to the portal %1: %2").arg(m_portal.display(), portalTransaction->error().message)};
        }
        QList<qint64> done;
        QStringList conflicted, failed;
        QHash<QString, QString> written;  // article -> hash now on the portal
        QSqlQuery query(portal);
        for (const QString &id : std::as_const(articleIds)) {
            auto loaded = store.load(id);
            if (!loaded) {
                ++summary.failed;
                failed.append(id);
                summary.lines.append(tr("%1: %2").arg(id, loaded.error().message));
                continue;
            }
            const Article &article = loaded.value();
            // One item's failure (a column too short, a constraint) must not
            // abort the others: on PostgreSQL an error ends the transaction
            // unless rolled back to a savepoint.
            QSqlQuery savepoint(portal);
            if (!dryRun)
                savepoint.exec(u"SAVEPOINT portaldesk_item"_s);
            const auto fail = [&](const QString &reason) {
                ++summary.failed;
                failed.append(id);
                summary.lines.append(tr("%1: %2").arg(article.title, reason));
                if (!dryRun)
                    savepoint.exec(u"ROLLBACK TO SAVEPOINT portaldesk_item"_s);
            };
            const auto release = [&] {
                if (!dryRun)
                    savepoint.exec(u"RELEASE SAVEPOINT portaldesk_item"_s);
            };

            const QString key = map.keyFor(id);
            auto read = readPortalRow(portal, map, key);
            if (!read) {
                fail(read.error().message);
                continue;
            }
            std::optional<Content> current;
            QString storedHash = storedHashes.value(id);
            if (read.value()) {
                current = read.value()->content;
                if (!hashColumn.isEmpty())
                    storedHash = read.value()->storedHash;
            }

            // The article as it is now decides: published goes up, anything
            // else (withdrawn, archived) comes down.
            const bool publish = article.state == ArticleState::Published;
            Content content;
            content.fields = {{u"title"_s, article.title},   {u"summary"_s, article.summary},
                              {u"body_html"_s, markdownToHtml(article.body)}, {u"section"_s, article.section},
                              {u"author"_s, article.author}};
            content.status = publish ? u"published"_s : u"withdrawn"_s;
            const QString hash = content.hash(map);
            const QString currentHash = current ? current->hash(map) : QString();
            // Our own last write, or what we are about to write (a run killed
            // after the portal committed), is no conflict.
            if (current && currentHash != storedHash && currentHash != hash) {
                ++summary.conflicts;
                conflicted.append(id);
                summary.lines.append(tr("%1: changed on the portal since the last sync; not overwritten.").arg(article.title));
                release();
                continue;
            }
            if ((current && currentHash == hash) || (!current && !publish)) {
                ++summary.unchanged;
                done.append(entries.value(id));
                if (current)
                    written.insert(id, hash);
                release();
                continue;
            }

            QStringList columns;
            QVariantList values;
            const auto set = [&](const QString &column, const QVariant &value) {
                if (!column.isEmpty() && !columns.contains(column)) {
                    columns.append(column);
                    values.append(value);
                }
            };
            for (const QString &field : std::as_const(contentFields))
                set(map.columns.value(field), nonNull(content.fields.value(field)));
            set(map.statusColumn, publish ? map.publishedValue : map.withdrawnValue);
            set(hashColumn, hash);
            set(map.columns.value(u"updated_at"_s), timeValue(article.updated, true));
            set(map.columns.value(u"updated_at_utc"_s), timeValue(article.updated, false));
            if (!current) {
                // A new row: its key, when it was published, its address and
                // whatever the CMS needs in a new row.
                set(map.keyColumn, key);
                set(map.columns.value(u"slug"_s), slugOf(article.title));
                set(map.columns.value(u"published_at"_s), timeValue(article.updated, true));
                set(map.columns.value(u"published_at_utc"_s), timeValue(article.updated, false));
                for (auto it = map.onInsert.cbegin(); it != map.onInsert.cend(); ++it)
                    set(it.key(), it.value().isNull() ? QVariant(u""_s) : it.value());
                query.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(map.table, columns.join(u", "), placeholders(columns.size())));
            } else {
                QStringList assignments;
                for (const QString &column : std::as_const(columns))
                    assignments.append(column + u" = ?"_s);
                query.prepare(u"UPDATE %1 SET %2 WHERE %3 = ?"_s.arg(map.table, assignments.join(u", "), map.keyColumn));
                values.append(key);
            }
            for (const QVariant &value : std::as_const(values))
                query.addBindValue(value);
            if (!dryRun && !query.exec()) {
                fail(sqlReason(query.lastError()));
                continue;
            }
            release();
            if (!publish)
                ++summary.withdrawn;
            else if (current)
                ++summary.updated;
            else
                ++summary.sent;
            done.append(entries.value(id));
            written.insert(id, hash);
        }
        if (dryRun)
            continue;
        if (Status committed = portalTransaction->commit(); !committed) {
            summary.failed += int(written.size());
            summary.lines.append(tr("Cannot write to the portal %1: %2").arg(m_portal.display(), committed.error().message));
            return summary;
        }

        // Only now, with the portal committed, are the entries done.
        WriteTransaction transaction(newsroom);
        if (!transaction.begun())
            return transaction.error();
        QSqlQuery mark(newsroom);
        if (!done.isEmpty()) {
            mark.prepare(u"UPDATE portal_outbox SET done_at = ? WHERE id IN (%1)"_s.arg(placeholders(done.size())));
            mark.addBindValue(nowStamp());
            for (qint64 entry : std::as_const(done))
                mark.addBindValue(entry);
            if (!mark.exec())
                return databaseError(mark);
        }
        QStringList synced = written.keys();
        for (const QString &id : std::as_const(articleIds)) {
            if (!written.contains(id) && !conflicted.contains(id) && !failed.contains(id))
                synced.append(id);  // withdrawn before it ever reached the portal
        }
        for (const auto &[ids, status] : {std::pair{synced, u"synced"_s}, std::pair{conflicted, u"conflict"_s},
                                          std::pair{failed, u"failed"_s}}) {
            if (ids.isEmpty())
                continue;
            mark.prepare(u"UPDATE articles SET sync_status = ? WHERE id IN (%1)"_s.arg(placeholders(ids.size())));
            mark.addBindValue(status);
            for (const QString &id : ids)
                mark.addBindValue(id);
            if (!mark.exec())
                return databaseError(mark);
        }
        if (hashColumn.isEmpty()) {
            mark.prepare(u"INSERT INTO portal_sync_state (portal, article_id, content_hash) VALUES (?, ?, ?)"
                         " ON CONFLICT (portal, article_id) DO UPDATE SET content_hash = excluded.content_hash"_s);
            for (auto it = written.cbegin(); it != written.cend(); ++it) {
                mark.addBindValue(portalName);
                mark.addBindValue(it.key());
                mark.addBindValue(it.value());
                if (!mark.exec())
                    return databaseError(mark);
            }
        }
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
    }
    return summary;
}

Status PortalSync::overwritePortal(const QString &articleId)
{
    const PortalMapping &map = m_mapping;
    auto row = readPortalRow(m_portal.database(), map, map.keyFor(articleId));
    if (!row)
        return Error{ErrorCode::Failed, tr("Cannot read the portal %1: %2").arg(m_portal.display(), row.error().message)};
    if (!row.value())
        return Error{ErrorCode::NotFound, tr("The article %1 is not on the portal %2.").arg(articleId, m_portal.display())};
    const QString hash = row.value()->content.hash(map);
    if (const QString hashColumn = map.columns.value(u"content_hash"_s); !hashColumn.isEmpty()) {
        QSqlQuery query(m_portal.database());
        query.prepare(u"UPDATE %1 SET %2 = ? WHERE %3 = ?"_s.arg(map.table, hashColumn, map.keyColumn));
        query.addBindValue(hash);
        query.addBindValue(map.keyFor(articleId));
        if (!query.exec())
            return Error{ErrorCode::Failed, tr("Cannot write to the portal %1: %2").arg(m_portal.display(), sqlReason(query.lastError()))};
        return Done{};
    }
    QSqlQuery query(m_newsroom.database());
    query.prepare(u"INSERT INTO portal_sync_state (portal, article_id, content_hash) VALUES (?, ?, ?)"
                  " ON CONFLICT (portal, article_id) DO UPDATE SET content_hash = excluded.content_hash"_s);
    query.addBindValue(QString(m_portal.display() + u'#' + map.table));
    query.addBindValue(articleId);
    query.addBindValue(hash);
    if (!query.exec())
        return databaseError(query);
    return Done{};
}

} // namespace PortalDesk::Models
