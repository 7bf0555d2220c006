#include "articlestore.h"

#include "newsroom.h"
#include "vietnamesetext.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace PortalDesk::Models {

namespace {

const QString listColumns = QStringLiteral(
    "a.id, a.title, a.summary, coalesce(s.name, ''), coalesce(u.full_name, ''), a.tags, a.source,"
    " a.state, a.version, a.created_at, a.updated_at");
const QString fromArticles = QStringLiteral(
    " FROM articles a LEFT JOIN sections s ON s.id = a.section_id LEFT JOIN users u ON u.id = a.author_id");

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromStored(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

Article readListColumns(const QSqlQuery &query)
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
    article.created = fromStored(query.value(9).toString());
    article.updated = fromStored(query.value(10).toString());
    return article;
}

// "Nguyễn Thị Hồng Nhung" -> "nguyenthihongnhung", for authors that arrive
// by name only (sample data, imports).
QString loginFor(const QString &fullName)
{
    QString login = foldDiacritics(fullName).toLower();
    login.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    return login;
}

Error databaseError(const QSqlQuery &query)
{
    return Error{ErrorCode::Failed, query.lastError().text().trimmed()};
}

// Finds the row named `name` in a (id, name-column) table, adding it if missing.
Result<qint64> findOrAdd(QSqlQuery &query, const QString &select, const QString &insert, const QString &name,
                         const QVariantList &insertValues)
{
    query.prepare(select);
    query.addBindValue(name);
    if (!query.exec())
        return databaseError(query);
    if (query.next())
        return query.value(0).toLongLong();
    query.prepare(insert);
    for (const QVariant &value : insertValues)
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query);
    return query.lastInsertId().toLongLong();
}

} // namespace

ArticleStore::ArticleStore(Newsroom &newsroom)
    : m_newsroom(newsroom)
{
}

Result<int> ArticleStore::count() const
{
    QSqlQuery query(m_newsroom.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM articles")) || !query.next())
        return databaseError(query);
    return query.value(0).toInt();
}

Result<ArticlePage> ArticleStore::page(const std::optional<ArticleCursor> &after, int limit) const
{
    QSqlQuery query(m_newsroom.database());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT ") + listColumns + fromArticles;
    if (after)
        sql += QStringLiteral(" WHERE (a.updated_at, a.id) < (?, ?)");
    sql += QStringLiteral(" ORDER BY a.updated_at DESC, a.id DESC LIMIT ?");
    query.prepare(sql);
    if (after) {
        query.addBindValue(after->updated);
        query.addBindValue(after->id);
    }
    query.addBindValue(limit + 1);  // one more tells whether a next page exists
    if (!query.exec())
        return databaseError(query);

    ArticlePage page;
    QString lastUpdated;
    while (query.next()) {
        if (page.articles.size() == limit) {
            page.next = ArticleCursor{lastUpdated, page.articles.constLast().id};
            break;
        }
        lastUpdated = query.value(10).toString();
        page.articles.append(readListColumns(query));
    }
    return page;
}

Result<Article> ArticleStore::load(const QString &id) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT ") + listColumns + QStringLiteral(", a.body") + fromArticles
                  + QStringLiteral(" WHERE a.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("No article has the id %1.").arg(id)};
    Article article = readListColumns(query);
    article.body = query.value(11).toString();
    return article;
}

Result<Article> ArticleStore::create(const Article &draft)
{
    if (draft.title.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("An article needs a title.")};

    QSqlDatabase db = m_newsroom.database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return databaseError(query);
    const auto rollback = [&](Error error) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };

    QVariant sectionId;
    if (!draft.section.isEmpty()) {
        auto id = findOrAdd(query, QStringLiteral("SELECT id FROM sections WHERE name = ?"),
                            QStringLiteral("INSERT INTO sections (name) VALUES (?)"), draft.section,
                            {draft.section});
        if (!id)
            return rollback(id.error());
        sectionId = id.value();
    }
    QVariant authorId;
    if (!draft.author.isEmpty()) {
        auto id = findOrAdd(query, QStringLiteral("SELECT id FROM users WHERE full_name = ?"),
                            QStringLiteral("INSERT INTO users (login, full_name, roles, active)"
                                           " VALUES (?, ?, 'reporter', 1)"),
                            draft.author, {loginFor(draft.author), draft.author});
        if (!id)
            return rollback(id.error());
        authorId = id.value();
    }

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString stamp = now();
    query.prepare(QStringLiteral(
        "INSERT INTO articles (id, title, summary, body, section_id, author_id, tags, source, state,"
        " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(text(draft.title));
    query.addBindValue(text(draft.summary));
    query.addBindValue(text(draft.body));
    query.addBindValue(sectionId);
    query.addBindValue(authorId);
    query.addBindValue(text(draft.tags.join(u',')));
    query.addBindValue(text(draft.source));
    query.addBindValue(articleStateKey(draft.state));
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    if (!query.exec())
        return rollback(databaseError(query));
    if (!query.exec(QStringLiteral("COMMIT")))
        return rollback(databaseError(query));
    return load(id);
}

Result<Article> ArticleStore::save(const Article &article)
{
    if (article.title.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("An article needs a title.")};

    QSqlDatabase db = m_newsroom.database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return databaseError(query);
    const auto rollback = [&](Error error) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };

    query.prepare(QStringLiteral("UPDATE articles SET title = ?, summary = ?, body = ?, tags = ?, source = ?,"
                                 " version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
    query.addBindValue(text(article.title));
    query.addBindValue(text(article.summary));
    query.addBindValue(text(article.body));
    query.addBindValue(text(article.tags.join(u',')));
    query.addBindValue(text(article.source));
    query.addBindValue(now());
    query.addBindValue(article.id);
    query.addBindValue(article.version);
    if (!query.exec())
        return rollback(databaseError(query));
    if (query.numRowsAffected() == 0) {
        query.prepare(QStringLiteral("SELECT version FROM articles WHERE id = ?"));
        query.addBindValue(article.id);
        if (!query.exec())
            return rollback(databaseError(query));
        if (!query.next())
            return rollback(Error{ErrorCode::NotFound, tr("No article has the id %1.").arg(article.id)});
        return rollback(Error{ErrorCode::Conflict,
                              tr("Someone saved this article after you opened it (now version %1, yours was %2); "
                                 "nothing was overwritten.")
                                  .arg(query.value(0).toInt())
                                  .arg(article.version)});
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return rollback(databaseError(query));
    return load(article.id);
}

} // namespace PortalDesk::Models
