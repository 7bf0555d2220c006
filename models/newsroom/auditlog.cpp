#include "auditlog.h"

#include "sqlsupport.h"
#include "user.h"

#include <QSqlQuery>

namespace PortalDesk::Models::AuditLog {

Status record(QSqlDatabase db, const User *user, const QString &action, const QString &articleId,
              const QString &fromState, const QString &toState, bool refused, const QString &reason)
{
    QSqlQuery query(db);
    if (isPostgres(db)) {
        // Staff may not write the log: the server function stamps it with
        // the signed-in role (only the newsroom's owner may name another).
        if (!query.prepare(QStringLiteral("SELECT pd_audit(?, ?, ?, ?, ?, ?, ?)")))
            return databaseError(query);
        query.addBindValue(user ? user->login : QStringLiteral("system"));
        query.addBindValue(action);
        query.addBindValue(nonNull(articleId));
        query.addBindValue(nonNull(fromState));
        query.addBindValue(nonNull(toState));
        query.addBindValue(refused);
        query.addBindValue(nonNull(reason));
        if (!query.exec())
            return databaseError(query);
        return Done{};
    }
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, user_id, login, action, article_id, from_state, to_state,"
                                 " outcome, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(nowStamp());
    query.addBindValue(user && user->id ? QVariant(user->id) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(user ? user->login : QStringLiteral("system"));
    query.addBindValue(action);
    query.addBindValue(articleId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(articleId));
    query.addBindValue(fromState.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(fromState));
    query.addBindValue(toState.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(toState));
    query.addBindValue(refused ? QStringLiteral("refused") : QStringLiteral("done"));
    query.addBindValue(nonNull(reason));
    if (!query.exec())
        return databaseError(query);
    return Done{};
}

Result<QList<AuditEntry>> forArticle(QSqlDatabase db, const QString &articleId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT a.id, a.at, a.login, a.action, a.article_id, coalesce(a.from_state, ''),"
                                 " coalesce(a.to_state, ''), a.outcome, a.reason, coalesce(u.full_name, '')"
                                 " FROM audit_log a LEFT JOIN users u ON u.id = a.user_id"
                                 " WHERE a.article_id = ? ORDER BY a.id DESC"));
    query.addBindValue(articleId);
    if (!query.exec())
        return databaseError(query);
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = fromStamp(query.value(1).toString());
        entry.login = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.articleId = query.value(4).toString();
        entry.fromState = query.value(5).toString();
        entry.toState = query.value(6).toString();
        entry.refused = query.value(7).toString() == u"refused";
        entry.reason = query.value(8).toString();
        entry.fullName = query.value(9).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace PortalDesk::Models::AuditLog
