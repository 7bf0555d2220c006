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

namespace PortalDesk::Models {

namespace {

// What the portal holds for an article; the hash covers exactly these, so a
// portal-side edit of any of them shows.
struct PortalContent {
    QString title, summary, bodyHtml, section, author, status;

    QString hash() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &field : {title, summary, bodyHtml, section, author, status}) {
            hash.addData(field.toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        return QString::fromLatin1(hash.result().toHex());
    }
};

struct PortalRow {
    PortalContent content;
    QString storedHash;
};

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(u',');
}

} // namespace

PortalSync::PortalSync(Newsroom &newsroom, Portal &portal)
    : m_newsroom(newsroom)
    , m_portal(portal)
{
}

Result<SyncSummary> PortalSync::run(bool dryRun)
{
    if (!m_portal.hasSchema()) {
        return Error{ErrorCode::InvalidInput,
                     tr("The portal %1 has no table portal_articles; create it with: portaldesk-cli portal init --portal URL.")
                         .arg(m_portal.display())};
    }
    QSqlDatabase newsroom = m_newsroom.database();
    QSqlDatabase portal = m_portal.database();
    ArticleStore store(m_newsroom);
    SyncSummary summary;
    qint64 after = 0;  // entries left pending (conflicts, failures) are passed over
    for (;;) {
        QSqlQuery pending(newsroom);
        pending.setForwardOnly(true);
        pending.prepare(QStringLiteral("SELECT id, article_id FROM portal_outbox WHERE done_at IS NULL AND id > ?"
                                       " ORDER BY id LIMIT ?"));
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

        std::optional<WriteTransaction> portalTransaction;
        if (!dryRun) {
            portalTransaction.emplace(portal);
            if (!portalTransaction->begun())
                return Error{ErrorCode::Failed,
                             tr("Cannot write to the portal %1: %2").arg(m_portal.display(), portalTransaction->error().message)};
        }
        QList<qint64> done;
        QStringList synced, conflicted, failed;
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
                savepoint.exec(QStringLiteral("SAVEPOINT portaldesk_item"));
            const auto fail = [&](const QString &reason) {
                ++summary.failed;
                failed.append(id);
                summary.lines.append(tr("%1: %2").arg(article.title, reason));
                if (!dryRun)
                    savepoint.exec(QStringLiteral("ROLLBACK TO SAVEPOINT portaldesk_item"));
            };
            const auto release = [&] {
                if (!dryRun)
                    savepoint.exec(QStringLiteral("RELEASE SAVEPOINT portaldesk_item"));
            };
            // The article as it is now decides: published goes up, anything
            // else (withdrawn, archived) comes down.
            const bool publish = article.state == ArticleState::Published;
            std::optional<PortalRow> row;
            query.prepare(QStringLiteral("SELECT title, summary, body_html, section, author, status, content_hash"
                                         " FROM portal_articles WHERE uuid = ?"));
            query.addBindValue(id);
            if (!query.exec()) {
                fail(sqlReason(query.lastError()));
                continue;
            }
            if (query.next()) {
                row = PortalRow{{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                 query.value(3).toString(), query.value(4).toString(), query.value(5).toString()},
                                query.value(6).toString()};
            }
            query.finish();
            if (row && row->content.hash() != row->storedHash) {
                ++summary.conflicts;
                conflicted.append(id);
                summary.lines.append(tr("%1: changed on the portal since the last sync; not overwritten.").arg(article.title));
                release();
                continue;
            }
            PortalContent content{article.title, article.summary, markdownToHtml(article.body), article.section,
                                  article.author, publish ? QStringLiteral("published") : QStringLiteral("withdrawn")};
            const QString hash = content.hash();
            const bool same = row && row->storedHash == hash;
            if (same || (!row && !publish)) {
                ++summary.unchanged;
                done.append(entries.value(id));
                synced.append(id);
                release();
                continue;
            }
            if (!row) {
                query.prepare(QStringLiteral("INSERT INTO portal_articles (uuid, title, summary, body_html, section, author,"
                                             " published_at, updated_at, status, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
                query.addBindValue(id);
            } else {
                query.prepare(QStringLiteral("UPDATE portal_articles SET title = ?, summary = ?, body_html = ?, section = ?,"
                                             " author = ?, published_at = published_at, updated_at = ?, status = ?, content_hash = ?"
                                             " WHERE uuid = ?"));
            }
            for (const QString &field : {content.title, content.summary, content.bodyHtml, content.section, content.author})
                query.addBindValue(nonNull(field));
            // MySQL takes a DATETIME, not ISO 8601 text with a 'Z'.
            const QVariant stamp = m_portal.isMySql() ? QVariant(article.updated.toUTC()) : QVariant(toStamp(article.updated));
            if (!row)
                query.addBindValue(stamp);
            query.addBindValue(stamp);
            query.addBindValue(content.status);
            query.addBindValue(hash);
            if (row)
                query.addBindValue(id);
            if (!dryRun && !query.exec()) {
                fail(sqlReason(query.lastError()));
                continue;
            }
            release();
            if (!publish)
                ++summary.withdrawn;
            else if (row)
                ++summary.updated;
            else
                ++summary.sent;
            done.append(entries.value(id));
            synced.append(id);
        }
        if (dryRun)
            continue;
        if (Status committed = portalTransaction->commit(); !committed) {
            summary.failed += int(synced.size());
            summary.lines.append(tr("Cannot write to the portal %1: %2").arg(m_portal.display(), committed.error().message));
            return summary;
        }

        // Only now, with the portal committed, are the entries done.
        WriteTransaction transaction(newsroom);
        if (!transaction.begun())
            return transaction.error();
        QSqlQuery mark(newsroom);
        if (!done.isEmpty()) {
            mark.prepare(QStringLiteral("UPDATE portal_outbox SET done_at = ? WHERE id IN (%1)").arg(placeholders(done.size())));
            mark.addBindValue(nowStamp());
            for (qint64 entry : std::as_const(done))
                mark.addBindValue(entry);
            if (!mark.exec())
                return databaseError(mark);
        }
        for (const auto &[ids, status] : {std::pair{synced, QStringLiteral("synced")}, std::pair{conflicted, QStringLiteral("conflict")},
                                          std::pair{failed, QStringLiteral("failed")}}) {
            if (ids.isEmpty())
                continue;
            mark.prepare(QStringLiteral("UPDATE articles SET sync_status = ? WHERE id IN (%1)").arg(placeholders(ids.size())));
            mark.addBindValue(status);
            for (const QString &id : ids)
                mark.addBindValue(id);
            if (!mark.exec())
                return databaseError(mark);
        }
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
    }
    return summary;
}

} // namespace PortalDesk::Models
