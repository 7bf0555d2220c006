#include "autosavestore.h"

#include "newsroom.h"
#include "sqlsupport.h"
#include "user.h"

#include <QSqlQuery>

namespace PortalDesk::Models {

AutosaveStore::AutosaveStore(Newsroom &newsroom)
    : m_newsroom(newsroom)
{
}

Status AutosaveStore::store(const User &user, const Autosave &text)
{
    QSqlDatabase db = m_newsroom.database();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    // Delete and insert: one statement form for both backends.
    query.prepare(QStringLiteral("DELETE FROM autosaves WHERE article_id = ? AND user_id = ?"));
    query.addBindValue(text.articleId);
    query.addBindValue(user.id);
    if (!query.exec())
        return databaseError(query);
    query.prepare(QStringLiteral("INSERT INTO autosaves (article_id, user_id, base_version, title, summary, body,"
                                 " section, tags, source, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(text.articleId);
    query.addBindValue(user.id);
    query.addBindValue(text.baseVersion);
    query.addBindValue(nonNull(text.title));
    query.addBindValue(nonNull(text.summary));
    query.addBindValue(nonNull(text.body));
    query.addBindValue(nonNull(text.section));
    query.addBindValue(nonNull(text.tags));
    query.addBindValue(nonNull(text.source));
    query.addBindValue(nowStamp());
    if (!query.exec())
        return databaseError(query);
    return transaction.commit();
}

Result<std::optional<Autosave>> AutosaveStore::find(const User &user, const QString &articleId) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT base_version, title, summary, body, section, tags, source, saved_at"
                                 " FROM autosaves WHERE article_id = ? AND user_id = ?"));
    query.addBindValue(articleId);
    query.addBindValue(user.id);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return std::optional<Autosave>{};
    return std::optional<Autosave>{Autosave{articleId, query.value(0).toInt(), query.value(1).toString(),
                                            query.value(2).toString(), query.value(3).toString(),
                                            query.value(4).toString(), query.value(5).toString(),
                                            query.value(6).toString(), fromStamp(query.value(7).toString())}};
}

Status AutosaveStore::discard(const User &user, const QString &articleId)
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("DELETE FROM autosaves WHERE article_id = ? AND user_id = ?"));
    query.addBindValue(articleId);
    query.addBindValue(user.id);
    if (!query.exec())
        return databaseError(query);
    return Done{};
}

} // namespace PortalDesk::Models
