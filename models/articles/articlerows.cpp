#include "articlerows.h"

#include "sqlsupport.h"
#include "vietnamesetext.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models::ArticleRows {

const QString &columns()
{
    static const QString columns = QStringLiteral(
        "a.id, a.title, a.summary, coalesce(s.name, ''), coalesce(u.full_name, ''), a.tags, a.source,"
        " a.state, a.version, a.created_at, a.updated_at, a.author_id, a.publish_at,"
        " coalesce(y.status, 'none'), coalesce(a.lead_photo, '')");
    return columns;
}

const QString &from()
{
    static const QString from = QStringLiteral(
        " FROM articles a LEFT JOIN sections s ON s.id = a.section_id LEFT JOIN users u ON u.id = a.author_id"
        " LEFT JOIN article_sync y ON y.article_id = a.id");
    return from;
}

Article read(const QSqlQuery &query)
{
    Article article;
    article.id = query.value(0).toString();
    article.title = query.value(1).toString();
    article.summary = query.value(2).toString();
    article.section = query.value(3).toString();
    article.author = query.value(4).toString();
    article.tags = query.value(5).toString().split(u',', Qt::SkipEmptyParts);
    article.source = query.value(6).toString();
    article.state = articleStateFromKey(query.value(7).toString()).value_or(ArticleState::Draft);
    article.version = query.value(8).toInt();
    article.created = fromStamp(query.value(9).toString());
    article.updated = fromStamp(query.value(updatedColumn).toString());
    article.authorId = query.value(11).toLongLong();
    if (!query.value(12).isNull())
        article.publishAt = fromStamp(query.value(12).toString());
    article.syncStatus = query.value(13).toString();
    article.leadPhoto = query.value(14).toString();
    return article;
}

Result<QHash<QString, Article>> loadMany(QSqlDatabase db, const QStringList &ids)
{
    QHash<QString, Article> articles;
    if (ids.isEmpty())
        return articles;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT "_s + columns() + u", a.body"_s + from() + u" WHERE a.id IN (%1)"_s.arg(placeholders(ids.size()))))
        return databaseError(query);
    for (const QString &id : ids)
        query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    while (query.next()) {
        Article article = read(query);
        article.body = query.value(bodyColumn).toString();
        articles.insert(article.id, article);
    }
    return articles;
}

namespace {

Result<std::optional<qint64>> findId(QSqlQuery &query, const QString &sql, const QString &value)
{
    query.prepare(sql);
    query.addBindValue(value);
    if (!query.exec())
        return databaseError(query);
    std::optional<qint64> id;
    if (query.next())
        id = query.value(0).toLongLong();
    query.finish();  // an open SELECT would keep SQLite from committing
    return id;
}

} // namespace

Result<qint64> sectionId(QSqlQuery &query, const QString &name)
{
    auto found = findId(query, QStringLiteral("SELECT id FROM sections WHERE name = ?"), name);
    if (!found)
        return found.error();
    if (found.value())
        return *found.value();
    query.prepare(QStringLiteral("INSERT INTO sections (name) VALUES (?) RETURNING id"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return databaseError(query);
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

Result<qint64> authorId(QSqlQuery &query, const QString &fullName)
{
    auto found = findId(query, QStringLiteral("SELECT id FROM users WHERE full_name = ?"), fullName);
    if (!found)
        return found.error();
    if (found.value())
        return *found.value();
    // "Nguyễn Thị Hồng Nhung" -> "nguyenthihongnhung", numbered when taken.
    QString base = foldDiacritics(fullName).toLower();
    base.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    if (base.isEmpty() || !base.front().isLetter())
        base.prepend(u'u');
    QString login = base;
    for (int n = 2;; ++n) {
        auto taken = findId(query, QStringLiteral("SELECT id FROM users WHERE login = ?"), login);
        if (!taken)
            return taken.error();
        if (!taken.value())
            break;
        login = base + QString::number(n);
    }
    query.prepare(QStringLiteral("INSERT INTO users (login, full_name, roles, active) VALUES (?, ?, 'reporter', 1) RETURNING id"));
    query.addBindValue(login);
    query.addBindValue(fullName);
    if (!query.exec() || !query.next())
        return databaseError(query);
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

} // namespace PortalDesk::Models::ArticleRows
