#include "portalsync.h"

#include "articlestore.h"
#include "htmlmarkdown.h"
#include "newsroom.h"
#include "outboxreader.h"
#include "portal.h"
#include "portalcontent.h"
#include "portalwrite.h"
#include "sqlsupport.h"
#include "syncmarks.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

// A portal row as the mapping sees it, with the hash stored in it if the
// portal has a column for that.
struct PortalRow {
    PortalContent content;
    QString storedHash;
};

// The portal rows of the given keys, by key, in one query.
Result<QHash<QString, PortalRow>> readPortalRows(QSqlDatabase portal, const PortalMapping &map, const QStringList &keys,
                                                 QSqlError *failure = nullptr)
{
    QHash<QString, PortalRow> rows;
    if (keys.isEmpty())
        return rows;
    const QString hashColumn = map.columns.value(u"content_hash"_s);
    QStringList fields, selected{map.keyColumn};
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
    query.setForwardOnly(true);
    // A failing prepare (PostgreSQL takes the table's locks there) must be
    // caught at once: the exec after it reports only a syntax error.
    bool ok = query.prepare(u"SELECT %1 FROM %2 WHERE %3 IN (%4)"_s.arg(selected.join(u", "), map.table, map.keyColumn,
                                                                        placeholders(keys.size())));
    for (const QString &key : keys)
        query.addBindValue(key);
    if (!ok || !query.exec()) {
        if (failure)
            *failure = query.lastError();
        return Error{ErrorCode::Failed, sqlReason(query.lastError())};
    }
    while (query.next()) {
        PortalRow row;
        for (qsizetype i = 0; i < fields.size(); ++i)
            row.content.fields.insert(fields.at(i), query.value(int(i) + 1).toString());
        const QString status = query.value(int(fields.size()) + 1).toString();
        row.content.status = status == map.publishedValue   ? u"published"_s
                             : status == map.withdrawnValue ? u"withdrawn"_s
                                                            : status;
        if (!hashColumn.isEmpty())
            row.storedHash = query.value(int(fields.size()) + 2).toString();
        rows.insert(query.value(0).toString(), row);
    }
    return rows;
}

using PortalWrite::Attempt;
using PortalWrite::Item;
using PortalWrite::Outcome;
using PortalWrite::Statements;

} // namespace

PortalSync::PortalSync(Newsroom &newsroom, Portal &portal, PortalMapping mapping)
    : m_newsroom(newsroom)
    , m_portal(portal)
    , m_mapping(std::move(mapping))
{
    // Picks the fastest hash code for this CPU; idempotent. Without it the
    // portable code runs: slower, same result.
    [[maybe_unused]] const int ready = sodium_init();
}

Result<int> PortalSync::pendingCount(Newsroom &newsroom)
{
    QSqlQuery query(newsroom.database());
    if (!query.exec(u"SELECT COUNT(*) FROM portal_outbox WHERE done_at IS NULL"_s) || !query.next())
        return databaseError(query);
    return query.value(0).toInt();
}

Result<QList<SyncProblem>> PortalSync::problems(Newsroom &newsroom)
{
    QSqlQuery query(newsroom.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT y.article_id, a.title, y.status FROM article_sync y JOIN articles a ON a.id = y.article_id"
                    " WHERE y.status IN ('conflict', 'failed') ORDER BY a.title LIMIT 1000"_s))
        return databaseError(query);
    QList<SyncProblem> problems;
    while (query.next())
        problems.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return problems;
}

Result<SyncSummary> PortalSync::run(bool dryRun)
{
    const PortalMapping &map = m_mapping;
    SyncSummary summary;
    // A connection the server dropped since the last run (a restart) is
    // opened again, with the same patience as a failed batch.
    int delay = m_retry.firstDelayMs;
    for (int tries = 1; !m_portal.answers(); ++tries) {
        Status reconnected = m_portal.reconnect();
        if (reconnected)
            break;
        if (tries >= m_retry.attempts)
            return reconnected.error();
        ++summary.retries;
        QThread::msleep(delay);
        delay *= 2;
    }
    if (!m_portal.database().tables().contains(map.table)) {
        if (map.table == u"portal_articles")
            return Error{ErrorCode::InvalidInput,
                         tr("The portal %1 has no table portal_articles; create it with: portaldesk-cli portal init --portal URL.")
                             .arg(m_portal.display())};
        return Error{ErrorCode::InvalidInput, tr("The portal %1 has no table %2.").arg(m_portal.display(), map.table)};
    }
    // A portal made before photos existed: `portal init` adds what is missing.
    // (A table locked by someone else shows no columns here: the reads
    // below wait for it and try again.)
    const QString leadColumn = map.columns.value(u"lead_photo"_s);
    const QSqlRecord columns = leadColumn.isEmpty() ? QSqlRecord() : m_portal.database().record(map.table);
    if ((!map.mediaTable.isEmpty() && !m_portal.database().tables().contains(map.mediaTable))
        || (!columns.isEmpty() && !columns.contains(leadColumn))) {
        if (map.table == u"portal_articles")
            return Error{ErrorCode::InvalidInput,
                         tr("The portal %1 has no place for photos yet; add it with: portaldesk-cli portal init --portal URL.")
                             .arg(m_portal.display())};
        return Error{ErrorCode::InvalidInput, tr("The portal %1 has no table %2 or no column %3 for photos.")
                                                  .arg(m_portal.display(), map.mediaTable, leadColumn)};
    }
    QSqlDatabase newsroom = m_newsroom.database();
    const QString portalName = m_portal.display() + u'#' + map.table;
    const QString hashColumn = map.columns.value(u"content_hash"_s);
    QStringList contentFields;
    for (const QString &field : PortalMapping::contentFields()) {
        if (map.columns.contains(field))
            contentFields.append(field);
    }

    const auto timeValue = [this](const QDateTime &when, bool local) { return portalTime(when, local); };

    // The columns of an update, and of an insert (those and the key, the
    // address, the first publication and what the CMS needs in a new row),
    // each named once.
    Statements statements;
    const auto addColumn = [](QStringList &columns, const QString &column) {
        if (!column.isEmpty() && !columns.contains(column))
            columns.append(column);
    };
    for (const QString &field : std::as_const(contentFields))
        addColumn(statements.updateColumns, map.columns.value(field));
    addColumn(statements.updateColumns, map.statusColumn);
    addColumn(statements.updateColumns, hashColumn);
    addColumn(statements.updateColumns, map.columns.value(u"updated_at"_s));
    addColumn(statements.updateColumns, map.columns.value(u"updated_at_utc"_s));
    statements.insertColumns = statements.updateColumns;
    addColumn(statements.insertColumns, map.keyColumn);
    addColumn(statements.insertColumns, map.columns.value(u"slug"_s));
    addColumn(statements.insertColumns, map.columns.value(u"published_at"_s));
    addColumn(statements.insertColumns, map.columns.value(u"published_at_utc"_s));
    for (auto it = map.onInsert.cbegin(); it != map.onInsert.cend(); ++it)
        addColumn(statements.insertColumns, it.key());

    int total = 0;
    if (m_progress) {
        auto pending = pendingCount(m_newsroom);
        if (!pending)
            return pending.error();
        total = pending.value();
    }
    int handled = 0;

    // The values of both statements for an article, made on the reading
    // thread ahead of the write: which one is used depends on the portal.
    const OutboxReader::Prepare prepare = [&](const Article &article, const PortalContent &content, Item &item) {
        item.hash = content.hash(map);
        const QString key = map.keyFor(item.id);
        QHash<QString, QVariant> values;
        for (const QString &field : std::as_const(contentFields))
            values.insert(map.columns.value(field), nonNull(content.fields.value(field)));
        values.insert(map.statusColumn, item.publish ? map.publishedValue : map.withdrawnValue);
        values.insert(hashColumn, item.hash);
        values.insert(map.columns.value(u"updated_at"_s), timeValue(article.updated, true));
        values.insert(map.columns.value(u"updated_at_utc"_s), timeValue(article.updated, false));
        values.insert(map.keyColumn, key);
        values.insert(map.columns.value(u"slug"_s), slugOf(article.title));
        const QDateTime published = item.publishedAt.isValid() ? item.publishedAt : article.updated;
        values.insert(map.columns.value(u"published_at"_s), timeValue(published, true));
        values.insert(map.columns.value(u"published_at_utc"_s), timeValue(published, false));
        for (auto it = map.onInsert.cbegin(); it != map.onInsert.cend(); ++it) {
            if (!values.contains(it.key()))
                values.insert(it.key(), it.value().isNull() ? QVariant(u""_s) : it.value());
        }
        for (const QString &column : std::as_const(statements.insertColumns))
            item.insertValues.append(values.value(column));
        for (const QString &column : std::as_const(statements.updateColumns))
            item.updateValues.append(values.value(column));
        item.updateValues.append(key);
    };
    OutboxReader::PhotoUrl photoUrl;
    if (!map.mediaTable.isEmpty())
        photoUrl = [&map](const QString &id, const QString &rendition, const QString &type) {
            return map.mediaUrlFor(id, rendition, type);
        };
    OutboxReader outbox(newsroom, prepare, batchSize, photoUrl);
    for (;;) {
        auto batch = outbox.next();
        if (!batch)
            return batch.error();
        QList<Item> &items = batch->items;
        const int entryCount = batch->entryCount;
        if (items.isEmpty())
            break;

        QStringList ids, keys;
        for (const Item &item : std::as_const(items)) {
            ids.append(item.id);
            keys.append(map.keyFor(item.id));
        }
        // What was last written, when the portal has no column for it.
        QHash<QString, QString> storedHashes;
        if (hashColumn.isEmpty()) {
            QSqlQuery state(newsroom);
            state.prepare(u"SELECT article_id, content_hash FROM portal_sync_state WHERE portal = ? AND article_id IN (%1)"_s.arg(
                placeholders(ids.size())));
            state.addBindValue(portalName);
            for (const QString &id : std::as_const(ids))
                state.addBindValue(id);
            if (!state.exec())
                return databaseError(state);
            while (state.next())
                storedHashes.insert(state.value(0).toString(), state.value(1).toString());
        }

        // What each article needs: decided from the portal as it is now, so
        // read again on every attempt.
        const auto plan = [&](const QHash<QString, PortalRow> &rows) {
            for (Item &item : items) {
                if (item.kind == Item::Missing)
                    continue;
                const auto row = rows.constFind(map.keyFor(item.id));
                const bool onPortal = row != rows.cend();
                item.onPortal = onPortal;
                const QString storedHash = hashColumn.isEmpty() ? storedHashes.value(item.id)
                                           : onPortal           ? row->storedHash
                                                                : QString();
                const QString currentHash = onPortal ? row->content.hash(map) : QString();
                // Our own last write, or what we are about to write (a run
                // killed after the portal committed), is no conflict.
                if (onPortal && currentHash != storedHash && currentHash != item.hash) {
                    item.kind = Item::Conflict;
                    continue;
                }
                if ((onPortal && currentHash == item.hash) || (!onPortal && !item.publish)) {
                    item.kind = Item::Unchanged;
                    continue;
                }
                item.kind = onPortal ? Item::Update : Item::Insert;
                item.values = onPortal ? item.updateValues : item.insertValues;
            }
        };

        delay = m_retry.firstDelayMs;
        Attempt attempt;
        for (int tries = 1;; ++tries) {
            QSqlError readError;
            auto rows = readPortalRows(m_portal.database(), map, keys, &readError);
            if (rows) {
                plan(rows.value());
                attempt = dryRun ? Attempt{} : PortalWrite::writeBatch(m_portal.database(), map, statements, items, newsroom);
            } else {
                attempt = {Portal::isTransient(readError) || !m_portal.answers() ? Outcome::Transient : Outcome::Failed,
                           rows.error().message};
            }
            if (attempt.outcome != Outcome::Transient || tries >= m_retry.attempts)
                break;
            ++summary.retries;
            QThread::msleep(delay);
            delay *= 2;
            if (!m_portal.answers())
                (void)m_portal.reconnect();  // a failure shows in the next attempt
        }
        if (attempt.outcome != Outcome::Committed) {
            const bool transient = attempt.outcome == Outcome::Transient;
            summary.failed += int(items.size());
            summary.lines.append(transient ? tr("Cannot write to the portal %1, gave up after %2 attempts: %3")
                                                 .arg(m_portal.display())
                                                 .arg(m_retry.attempts)
                                                 .arg(attempt.reason)
                                           : tr("Cannot write to the portal %1: %2").arg(m_portal.display(), attempt.reason));
            return summary;
        }

        const SyncMarks::Tally tally = SyncMarks::tally(items, summary, [](const Item &item) {
            return tr("%1: changed on the portal since the last sync; not overwritten.").arg(item.title);
        });
        // What the portal now holds of each: what we wrote, and unchanged
        // rows on the portal; one never sent (withdrawn before it got
        // there) has nothing to remember.
        QHash<QString, QString> written;  // article -> hash now on the portal
        for (const Item &item : std::as_const(items)) {
            if (((item.kind == Item::Insert || item.kind == Item::Update) && item.failure.isEmpty())
                || (item.kind == Item::Unchanged && item.onPortal))
                written.insert(item.id, item.hash);
        }
        handled += entryCount;
        const bool goOn = !m_progress || m_progress(handled, total);
        if (dryRun) {
            if (!goOn) {
                summary.cancelled = true;
                break;
            }
            continue;
        }

        // Only now, with the portal committed, are the entries done.
        WriteTransaction transaction(newsroom);
        if (!transaction.begun())
            return transaction.error();
        if (Status marked = SyncMarks::markDone(newsroom, tally.done, tally.statuses); !marked)
            return marked.error();
        if (hashColumn.isEmpty()) {
            QHash<QString, SyncMarks::Written> state;
            for (auto it = written.cbegin(); it != written.cend(); ++it)
                state.insert(it.key(), {it.value(), {}, {}});
            if (Status recorded = SyncMarks::recordWritten(newsroom, portalName, state, false); !recorded)
                return recorded.error();
        }
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        if (!goOn) {
            summary.cancelled = true;
            break;
        }
    }
    return summary;
}

// Times as each backend takes them: MySQL a DATETIME without zone, the
// others ISO 8601; the local ones at the mapping's offset.
QVariant PortalSync::portalTime(const QDateTime &when, bool local) const
{
    const QDateTime utc = when.toUTC();
    if (m_portal.isMySql())
        return (local ? utc.addSecs(m_mapping.utcOffsetSeconds) : utc).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    if (!local)
        return toStamp(utc);
    return utc.toOffsetFromUtc(m_mapping.utcOffsetSeconds).toString(Qt::ISODate);
}

Result<int> PortalSync::correctPublicationDates()
{
    const PortalMapping &map = m_mapping;
    QList<std::pair<QString, bool>> columns;  // column, local time
    if (const QString local = map.columns.value(u"published_at"_s); !local.isEmpty())
        columns.append({local, true});
    if (const QString utc = map.columns.value(u"published_at_utc"_s); !utc.isEmpty())
        columns.append({utc, false});
    if (columns.isEmpty() || !m_portal.database().tables().contains(map.table))
        return 0;
    // Each article's first publication, from the audit log: once, for every
    // article of the portal.
    QHash<QString, QDateTime> first;
    {
        QSqlQuery audit(m_newsroom.database());
        audit.setForwardOnly(true);
        if (!audit.exec(u"SELECT article_id, MIN(at) FROM audit_log WHERE action = 'publish' AND outcome = 'done'"
                        " AND article_id IS NOT NULL GROUP BY article_id"_s))
            return databaseError(audit);
        while (audit.next())
            first.insert(map.keyFor(audit.value(0).toString()), fromStamp(audit.value(1).toString()));
    }
    QSqlDatabase portal = m_portal.database();
    QSqlQuery rows(portal);
    rows.setForwardOnly(true);
    QStringList selected{map.keyColumn};
    for (const auto &column : std::as_const(columns))
        selected.append(column.first);
    if (!rows.exec(u"SELECT %1 FROM %2"_s.arg(selected.join(u", "), map.table)))
        return Error{ErrorCode::Failed, tr("Cannot read the portal %1: %2").arg(m_portal.display(), sqlReason(rows.lastError()))};
    // Compared as instants, to the second: a driver may give a time back as
    // a QDateTime or as text, and a column may not keep milliseconds. MySQL's
    // DATETIME has no zone: compared as the text written.
    const auto sameTime = [this](const QVariant &stored, const QVariant &wanted, const QDateTime &instant) {
        if (m_portal.isMySql())
            return stored.toDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) == wanted.toString();
        const QDateTime time = stored.metaType().id() == QMetaType::QDateTime ? stored.toDateTime()
                                                                               : QDateTime::fromString(stored.toString(), Qt::ISODateWithMs);
        return time.isValid() && time.toSecsSinceEpoch() == instant.toSecsSinceEpoch();
    };
    QList<std::pair<QString, QVariantList>> changes;  // key, new values
    while (rows.next()) {
        const auto found = first.constFind(rows.value(0).toString());
        if (found == first.cend())
            continue;
        QVariantList values;
        bool differs = false;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QVariant value = portalTime(*found, columns.at(i).second);
            values.append(value);
            differs = differs || !sameTime(rows.value(int(i) + 1), value, *found);
        }
        if (differs)
            changes.append({rows.value(0).toString(), values});
    }
    rows.finish();
    if (changes.isEmpty())
        return 0;
    QStringList assignments;
    for (const auto &column : std::as_const(columns))
        assignments.append(column.first + u" = ?"_s);
    if (!portal.transaction())
        return Error{ErrorCode::Failed, tr("Cannot write to the portal %1: %2").arg(m_portal.display(), sqlReason(portal.lastError()))};
    QSqlQuery update(portal);
    update.prepare(u"UPDATE %1 SET %2 WHERE %3 = ?"_s.arg(map.table, assignments.join(u", "), map.keyColumn));
    for (const auto &[key, values] : std::as_const(changes)) {
        for (const QVariant &value : values)
            update.addBindValue(value);
        update.addBindValue(key);
        if (!update.exec()) {
            const QString reason = sqlReason(update.lastError());
            portal.rollback();
            return Error{ErrorCode::Failed, tr("Cannot write to the portal %1: %2").arg(m_portal.display(), reason)};
        }
    }
    if (!portal.commit())
        return Error{ErrorCode::Failed, tr("Cannot write to the portal %1: %2").arg(m_portal.display(), sqlReason(portal.lastError()))};
    return int(changes.size());
}

Result<PortalVersion> PortalSync::portalVersion(const QString &articleId)
{
    const PortalMapping &map = m_mapping;
    const QString key = map.keyFor(articleId);
    auto rows = readPortalRows(m_portal.database(), map, {key});
    if (!rows)
        return Error{ErrorCode::Failed, tr("Cannot read the portal %1: %2").arg(m_portal.display(), rows.error().message)};
    const auto row = rows->constFind(key);
    if (row == rows->cend())
        return Error{ErrorCode::NotFound, tr("The article %1 is not on the portal %2.").arg(articleId, m_portal.display())};
    return PortalVersion{row->content.fields.value(u"title"_s), row->content.fields.value(u"summary"_s),
                         row->content.fields.value(u"body_html"_s), row->content.status};
}

Status PortalSync::overwritePortal(const QString &articleId)
{
    const PortalMapping &map = m_mapping;
    const QString key = map.keyFor(articleId);
    auto rows = readPortalRows(m_portal.database(), map, {key});
    if (!rows)
        return Error{ErrorCode::Failed, tr("Cannot read the portal %1: %2").arg(m_portal.display(), rows.error().message)};
    if (!rows->contains(key))
        return Error{ErrorCode::NotFound, tr("The article %1 is not on the portal %2.").arg(articleId, m_portal.display())};
    const QString hash = rows->value(key).content.hash(map);
    if (const QString hashColumn = map.columns.value(u"content_hash"_s); !hashColumn.isEmpty()) {
        QSqlQuery query(m_portal.database());
        query.prepare(u"UPDATE %1 SET %2 = ? WHERE %3 = ?"_s.arg(map.table, hashColumn, map.keyColumn));
        query.addBindValue(hash);
        query.addBindValue(key);
        if (!query.exec())
            return Error{ErrorCode::Failed, tr("Cannot write to the portal %1: %2").arg(m_portal.display(), sqlReason(query.lastError()))};
        return Done{};
    }
    return SyncMarks::recordWritten(m_newsroom.database(), m_portal.display() + u'#' + map.table, {{articleId, {hash, {}, {}}}}, false);
}

Result<Article> PortalSync::takePortalText(const QString &articleId, const User *by)
{
    auto version = portalVersion(articleId);
    if (!version)
        return version.error();
    ArticleStore store(m_newsroom);
    auto article = store.load(articleId);
    if (!article)
        return article.error();
    const PortalMapping &map = m_mapping;
    // Only the fields the portal holds come back; the others stay ours.
    if (map.columns.contains(u"title"_s))
        article->title = version->title;
    if (map.columns.contains(u"summary"_s))
        article->summary = version->summary;
    if (map.columns.contains(u"body_html"_s))
        article->body = htmlToMarkdown(version->bodyHtml);
    auto saved = store.save(article.value(), by);
    if (!saved)
        return saved.error();
    // The next run finds on the portal what the portal holds: what it would
    // write now, if the Markdown renders back to the same HTML, or else a
    // row edited since our last write. Either way the portal's row counts
    // as ours from here.
    if (Status settled = overwritePortal(articleId); !settled)
        return settled.error();
    return saved;
}

} // namespace PortalDesk::Models
