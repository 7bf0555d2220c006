#include "searchindex.h"

#include "searchquery.h"
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

} // namespace PortalDesk::Models
