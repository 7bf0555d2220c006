#include "searchindex.h"

#include "searchquery.h"
#include "serverrights.h"
#include "sqlsupport.h"

#include <QSqlQuery>

namespace PortalDesk::Models {

Status updateSearchIndex(QSqlDatabase &db, const QString &articleId, const QString &title, const QString &summary,
                         const QString &body)
{
    const QString text = title + u'\n' + summary + u'\n' + body;
    const QString exact = indexText(text);
    const QString folded = foldedIndexText(text);
    QSqlQuery query(db);
    if (isPostgres(db)) {
        query.prepare(QStringLiteral("UPDATE articles SET search_exact = to_tsvector('simple', ?),"
                                     " search_folded = to_tsvector('simple', ?) WHERE id = ?"));
        query.addBindValue(exact);
        query.addBindValue(folded);
        query.addBindValue(articleId);
        if (!query.exec())
            return databaseError(query);
        return Done{};
    }
    query.prepare(QStringLiteral("DELETE FROM articles_fts WHERE rowid = (SELECT rowid FROM articles WHERE id = ?)"));
    query.addBindValue(articleId);
    if (!query.exec())
        return databaseError(query);
    query.prepare(QStringLiteral("INSERT INTO articles_fts (rowid, exact, folded) SELECT rowid, ?, ? FROM articles WHERE id = ?"));
    query.addBindValue(exact);
    query.addBindValue(folded);
    query.addBindValue(articleId);
    if (!query.exec())
        return databaseError(query);
    return Done{};
}

Status upgradeSearchToRum(QSqlDatabase &db)
{
    if (!isPostgres(db))
        return Done{};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'rum'),"
                                   " EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum')"))
        || !query.next())
        return databaseError(query);
    const bool installed = query.value(0).toBool();
    const bool available = query.value(1).toBool();
    query.finish();
    if (!installed) {
        if (!available)
            return Done{};
        // RUM is not a trusted extension: only a superuser may create it.
        // Refused, the step goes on without it, as on a server without the
        // package; the administrator can add it later (README, "Search").
        if (!query.exec(QStringLiteral("SAVEPOINT rum")))
            return databaseError(query);
        if (!query.exec(QStringLiteral("CREATE EXTENSION rum"))) {
            if (!query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT rum")))
                return databaseError(query);
            return Done{};
        }
        if (!query.exec(QStringLiteral("RELEASE SAVEPOINT rum")))
            return databaseError(query);
    }
    return ServerRights::runScript(db, QStringLiteral(":/sql/search-rum-21.postgres.sql"));
}

Result<bool> searchesWithRum(QSqlDatabase &db)
{
    if (!isPostgres(db))
        return false;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regprocedure('pd_search_newest(boolean,tsquery,integer,integer)') IS NOT NULL"))
        || !query.next())
        return databaseError(query);
    return query.value(0).toBool();
}

} // namespace PortalDesk::Models
