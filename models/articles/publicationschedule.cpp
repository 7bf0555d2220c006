#include "publicationschedule.h"

#include "articlerows.h"
#include "newsroom.h"
#include "sqlsupport.h"

#include <QSqlQuery>

namespace PortalDesk::Models {

PublicationSchedule::PublicationSchedule(Newsroom &newsroom)
    : m_newsroom(newsroom)
{
}

Result<QList<Article>> PublicationSchedule::between(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery query(m_newsroom.database());
    query.setForwardOnly(true);
    // The same condition as the partial index articles_due, so that it is used.
    query.prepare(QStringLiteral("SELECT ") + ArticleRows::columns() + ArticleRows::from()
                  + QStringLiteral(" WHERE a.state = 'approved' AND a.publish_at IS NOT NULL"
                                   " AND a.publish_at >= ? AND a.publish_at < ? ORDER BY a.publish_at, a.id"));
    query.addBindValue(toStamp(from));
    query.addBindValue(toStamp(to));
    if (!query.exec())
        return databaseError(query);
    QList<Article> articles;
    while (query.next())
        articles.append(ArticleRows::read(query));
    return articles;
}

} // namespace PortalDesk::Models
