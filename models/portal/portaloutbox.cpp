#include "portaloutbox.h"

#include "sqlsupport.h"

#include <QSqlQuery>

#include <sodium.h>

namespace PortalDesk::Models {

QString contentDigest(const QByteArray &bytes)
{
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size()),
                       reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()), nullptr, 0);
    return QString::fromLatin1(digest.toHex());
}

Result<int> PortalOutbox::pendingCount(QSqlDatabase db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(DISTINCT %1) FROM %2 WHERE done_at IS NULL").arg(keyColumn, table)))
        return databaseError(query);
    query.next();
    return query.value(0).toInt();
}

Result<OutboxSummary> PortalOutbox::drain(QSqlDatabase db, const std::function<Status(const QString &, const QString &)> &send) const
{
    // The latest entry of each item decides: approved, or withdrawn since.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT o.%1, o.action, o.id FROM %2 o WHERE o.done_at IS NULL AND o.id ="
                                   " (SELECT max(id) FROM %2 l WHERE l.%1 = o.%1 AND l.done_at IS NULL) ORDER BY o.id")
                        .arg(keyColumn, table)))
        return databaseError(query);
    QList<std::tuple<QString, QString, qint64>> pending;
    while (query.next())
        pending.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()});
    query.finish();

    OutboxSummary summary;
    for (const auto &[key, action, lastId] : std::as_const(pending)) {
        if (Status sent = send(key, action); !sent) {
            summary.errors << sent.error().message;
            continue;
        }
        // Only now, after the portal committed.
        if (isPostgres(db)) {
            // A shared newsroom: the sync's server function marks them.
            QSqlQuery ids(db);
            ids.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND id <= ? AND done_at IS NULL").arg(table, keyColumn));
            ids.addBindValue(key);
            ids.addBindValue(lastId);
            if (!ids.exec())
                return databaseError(ids);
            QStringList sent;
            while (ids.next())
                sent << ids.value(0).toString();
            auto marked = callServer(db, QStringLiteral("SELECT pd_sync_sent('', ?, ?::bigint[])"),
                                     {QString(table).remove(QStringLiteral("_outbox")), postgresArray(sent)});
            if (!marked)
                return marked.error();
            if (marked->value(0).toInt() < 0)
                return serverOutcomeError(QStringLiteral("refused"), key);
            ++(action == u"withdraw" ? summary.withdrawn : summary.published);
            continue;
        }
        QSqlQuery done(db);
        done.prepare(QStringLiteral("UPDATE %1 SET done_at = ? WHERE %2 = ? AND id <= ? AND done_at IS NULL").arg(table, keyColumn));
        done.addBindValue(nowStamp());
        done.addBindValue(key);
        done.addBindValue(lastId);
        if (!done.exec())
            return databaseError(done);
        ++(action == u"withdraw" ? summary.withdrawn : summary.published);
    }
    return summary;
}

} // namespace PortalDesk::Models
