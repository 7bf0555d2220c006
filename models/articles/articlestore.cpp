#include "articlestore.h"

#include "articlerows.h"
#include "auditlog.h"
#include "localization.h"
#include "newsroom.h"
#include "searchindex.h"
#include "serverwrites.h"
#include "sqlsupport.h"
#include "user.h"
#include "vietnamesetext.h"
#include "workflow.h"

#include <QLocale>
#include <QHash>
#include <QSqlQuery>
#include <QUuid>

namespace PortalDesk::Models {

namespace {

Status addRevision(QSqlQuery &query, const Article &article, int version, const User *by, const QString &stamp)
{
    query.prepare(QStringLiteral("INSERT INTO revisions (article_id, version, title, summary, body, saved_by, saved_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(article.id);
    query.addBindValue(version);
    query.addBindValue(nonNull(article.title));
    query.addBindValue(nonNull(article.summary));
    query.addBindValue(nonNull(article.body));
    query.addBindValue(by && by->id ? QVariant(by->id)
                                    : (article.authorId ? QVariant(article.authorId) : QVariant(QMetaType::fromType<qint64>())));
    query.addBindValue(stamp);
    if (!query.exec())
        return databaseError(query);
    return Done{};
}

// Text never holds a NUL character, but a body read from a file may.
// PostgreSQL refuses it (and the refusal quoted the statement); SQLite would
// keep it and cut the text there when it is read back. Refused alike on
// both backends, before anything is written.
std::optional<Error> nulCharacterError(const Article &article)
{
    if (article.body.contains(QChar(0))) {
        return Error{ErrorCode::InvalidInput,
                     ArticleStore::tr("The body contains a NUL byte (character 0), which text cannot hold; nothing was saved.")};
    }
    const QStringList others{article.title, article.summary, article.source, article.section, article.tags.join(u',')};
    for (const QString &text : others) {
        if (text.contains(QChar(0))) {
            return Error{ErrorCode::InvalidInput, ArticleStore::tr("The title, summary, section, tags or source contain "
                                                                   "a NUL byte (character 0); nothing was saved.")};
        }
    }
    return std::nullopt;
}

} // namespace

ArticleStore::ArticleStore(Newsroom &newsroom)
    : m_newsroom(newsroom)
{
}

namespace {

// The WHERE terms of a filter, with their values appended to `values`.
QStringList filterTerms(const ArticleFilter &filter, QVariantList &values)
{
    QStringList where;
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (ArticleState state : filter.states) {
            marks.append(QStringLiteral("?"));
            values.append(articleStateKey(state));
        }
        where.append(QStringLiteral("a.state IN (") + marks.join(u',') + u')');
    }
    if (filter.authorId) {
        where.append(QStringLiteral("a.author_id = ?"));
        values.append(filter.authorId);
    }
    return where;
}

} // namespace

Result<int> ArticleStore::count(const ArticleFilter &filter) const
{
    QSqlQuery query(m_newsroom.database());
    QVariantList values;
    const QStringList where = filterTerms(filter, values);
    query.prepare(QStringLiteral("SELECT count(*) FROM articles a")
                  + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return databaseError(query);
    return query.value(0).toInt();
}

Result<ArticlePage> ArticleStore::page(const std::optional<ArticleCursor> &after, int limit,
                                       const ArticleFilter &filter, const ArticleSort &sort) const
{
    QSqlQuery query(m_newsroom.database());
    query.setForwardOnly(true);
    const QString key = sort.key == ArticleSort::Title ? QStringLiteral("a.sort_title") : QStringLiteral("a.updated_at");
    const bool descending = sort.order == Qt::DescendingOrder;
    QVariantList values;
    QStringList where = filterTerms(filter, values);
    if (after)
        where.append(QStringLiteral("(%1, a.id) %2 (?, ?)").arg(key, descending ? u"<" : u">"));
    QString sql = QStringLiteral("SELECT ") + ArticleRows::columns() + u", " + key + ArticleRows::from();
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    sql += QStringLiteral(" ORDER BY ") + key + direction + QStringLiteral(", a.id") + direction + QStringLiteral(" LIMIT ?");
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (after) {
        query.addBindValue(after->key);
        query.addBindValue(after->id);
    }
    query.addBindValue(limit + 1);  // one more tells whether a next page exists
    if (!query.exec())
        return databaseError(query);

    ArticlePage page;
    QString lastKey;
    while (query.next()) {
        if (page.articles.size() == limit) {
            page.next = ArticleCursor{lastKey, page.articles.constLast().id};
            break;
        }
        lastKey = query.value(ArticleRows::bodyColumn).toString();  // the key follows the list columns
        page.articles.append(ArticleRows::read(query));
    }
    return page;
}

Result<Article> ArticleStore::load(const QString &id) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT ") + ArticleRows::columns() + QStringLiteral(", a.body") + ArticleRows::from()
                  + QStringLiteral(" WHERE a.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("No article has the id %1.").arg(id)};
    Article article = ArticleRows::read(query);
    article.body = query.value(ArticleRows::bodyColumn).toString();
    return article;
}

Result<QHash<QString, Article>> ArticleStore::loadMany(const QStringList &ids) const
{
    return ArticleRows::loadMany(m_newsroom.database(), ids);
}

Result<QStringList> ArticleStore::sections() const
{
    QSqlQuery query(m_newsroom.database());
    if (!query.exec(QStringLiteral("SELECT name FROM sections ORDER BY name")))
        return databaseError(query);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Result<QList<Revision>> ArticleStore::revisions(const QString &id) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT r.version, r.title, r.summary, r.body, coalesce(u.login, ''), r.saved_at,"
                                 " coalesce(u.full_name, '') FROM revisions r LEFT JOIN users u ON u.id = r.saved_by"
                                 " WHERE r.article_id = ? ORDER BY r.version DESC"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    QList<Revision> revisions;
    while (query.next()) {
        revisions.append(Revision{query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString(), query.value(4).toString(),
                                  fromStamp(query.value(5).toString()), query.value(6).toString()});
    }
    if (revisions.isEmpty()) {
        if (auto article = load(id); !article)
            return article.error();
    }
    return revisions;
}

Result<Revision> ArticleStore::revision(const QString &id, int version) const
{
    auto all = revisions(id);
    if (!all)
        return all.error();
    for (const Revision &revision : std::as_const(all.value())) {
        if (revision.version == version)
            return revision;
    }
    return Error{ErrorCode::NotFound, tr("The article %1 has no revision %2.").arg(id).arg(version)};
}

Result<QList<Comment>> ArticleStore::comments(const QString &id) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT c.id, coalesce(u.login, ''), coalesce(u.full_name, ''), c.body, c.created_at"
                                 " FROM comments c LEFT JOIN users u ON u.id = c.user_id"
                                 " WHERE c.article_id = ? ORDER BY c.created_at DESC, c.id DESC"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    QList<Comment> comments;
    while (query.next()) {
        comments.append(Comment{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                query.value(3).toString(), fromStamp(query.value(4).toString())});
    }
    return comments;
}

Result<Article> ArticleStore::create(const Article &draft, const User *by)
{
    if (draft.title.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("An article needs a title.")};
    if (const QString tooLarge = articleSizeProblem(draft); !tooLarge.isEmpty())
        return Error{ErrorCode::InvalidInput, tooLarge};
    if (auto nul = nulCharacterError(draft))
        return *nul;
    if (by && !Workflow::mayCreate(*by))
        return Error{ErrorCode::Denied, tr("%1 may not write articles: only reporters may.").arg(by->login)};

    QSqlDatabase db = m_newsroom.database();
    if (m_newsroom.isPostgres() && by) {
        // The server checks the role, the section and the sizes, makes the
        // id and the search text, and writes everything itself.
        auto created = ServerWrites::createArticle(db, draft, *by);
        if (!created)
            return created.error();
        if (!created->done())
            return textRefusal(created->outcome, draft, by->login);
        return load(created->id);
    }
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);

    QVariant sectionId(QMetaType::fromType<qint64>());
    if (!draft.section.isEmpty()) {
        auto id = ArticleRows::sectionId(query, draft.section);
        if (!id)
            return id.error();
        sectionId = id.value();
    }
    Article article = draft;
    if (by) {
        article.authorId = by->id;
    } else if (!draft.author.isEmpty()) {
        auto id = ArticleRows::authorId(query, draft.author);
        if (!id)
            return id.error();
        article.authorId = id.value();
    }

    article.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString stamp = nowStamp();
    query.prepare(QStringLiteral(
        "INSERT INTO articles (id, title, sort_title, summary, body, section_id, author_id, tags, source, state,"
        " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"));
    query.addBindValue(article.id);
    query.addBindValue(nonNull(article.title));
    query.addBindValue(vietnameseSortKey(article.title));
    query.addBindValue(nonNull(article.summary));
    query.addBindValue(nonNull(article.body));
    query.addBindValue(sectionId);
    query.addBindValue(article.authorId ? QVariant(article.authorId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(nonNull(article.tags.join(u',')));
    query.addBindValue(nonNull(article.source));
    query.addBindValue(articleStateKey(article.state));
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    if (!query.exec())
        return databaseError(query);
    if (Status added = addRevision(query, article, 1, by, stamp); !added)
        return added.error();
    if (Status indexed = updateSearchIndex(db, article.id, article.title, article.summary, article.body); !indexed)
        return indexed.error();
    if (Status audited = AuditLog::record(db, by, QStringLiteral("create"), article.id, {},
                                          articleStateKey(article.state), false, {});
        !audited) {
        return audited.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return load(article.id);
}

Result<Article> ArticleStore::save(const Article &article, const User *by)
{
    if (article.title.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("An article needs a title.")};
    if (const QString tooLarge = articleSizeProblem(article); !tooLarge.isEmpty())
        return Error{ErrorCode::InvalidInput, tooLarge};
    if (auto nul = nulCharacterError(article))
        return *nul;

    if (m_newsroom.isPostgres() && by)
        return saveOnServer(article, *by);

    QSqlDatabase db = m_newsroom.database();
    std::optional<Error> refusal;
    QString refusedState;
    {
        WriteTransaction transaction(db);
        if (!transaction.begun())
            return transaction.error();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT state, version, author_id FROM articles WHERE id = ?"));
        query.addBindValue(article.id);
        if (!query.exec())
            return databaseError(query);
        if (!query.next())
            return Error{ErrorCode::NotFound, tr("No article has the id %1.").arg(article.id)};
        const ArticleState state = articleStateFromKey(query.value(0).toString()).value_or(ArticleState::Draft);
        const int current = query.value(1).toInt();
        const qint64 authorId = query.value(2).toLongLong();
        query.finish();

        if (by) {
            if (auto allowed = Workflow::check(Action::Edit, state, authorId, *by); !allowed) {
                refusal = allowed.error();
                refusedState = articleStateKey(state);
            }
        }
        if (!refusal && current != article.version) {
            query.prepare(QStringLiteral("SELECT coalesce(u.login, '?'), r.saved_at FROM revisions r"
                                         " LEFT JOIN users u ON u.id = r.saved_by WHERE r.article_id = ? AND r.version = ?"));
            query.addBindValue(article.id);
            query.addBindValue(current);
            if (query.exec() && query.next())
                return conflictError(query.value(0).toString(), query.value(1).toString(), current, article.version);
            return conflictError(QStringLiteral("?"), {}, current, article.version);
        }
        if (!refusal && !article.leadPhoto.isEmpty()) {
            query.prepare(QStringLiteral("SELECT 1 FROM media WHERE id = ?"));
            query.addBindValue(article.leadPhoto);
            if (!query.exec())
                return databaseError(query);
            if (!query.next())
                return textRefusal(QStringLiteral("unknown_photo"), article, by ? by->login : QString());
            query.finish();
        }
        if (!refusal) {
            const QString stamp = nowStamp();
            const int next = current + 1;
            // An empty section keeps the one the article has.
            QVariant sectionId;
            if (!article.section.trimmed().isEmpty()) {
                auto id = ArticleRows::sectionId(query, article.section.trimmed());
                if (!id)
                    return id.error();
                sectionId = id.value();
            }
            query.prepare(QStringLiteral("UPDATE articles SET title = ?, sort_title = ?, summary = ?, body = ?, tags = ?,"
                                         " source = ?, lead_photo = ?, section_id = coalesce(?, section_id), version = ?,"
                                         " updated_at = ? WHERE id = ? AND version = ?"));
            query.addBindValue(nonNull(article.title));
            query.addBindValue(vietnameseSortKey(article.title));
            query.addBindValue(nonNull(article.summary));
            query.addBindValue(nonNull(article.body));
            query.addBindValue(nonNull(article.tags.join(u',')));
            query.addBindValue(nonNull(article.source));
            query.addBindValue(article.leadPhoto.isEmpty() ? QVariant() : QVariant(article.leadPhoto));
            query.addBindValue(sectionId);
            query.addBindValue(next);
            query.addBindValue(stamp);
            query.addBindValue(article.id);
            query.addBindValue(current);
            if (!query.exec())
                return databaseError(query);
            Article saved = article;
            saved.authorId = authorId;
            if (Status added = addRevision(query, saved, next, by, stamp); !added)
                return added.error();
            if (Status indexed = updateSearchIndex(db, article.id, article.title, article.summary, article.body); !indexed)
                return indexed.error();
            // A correction of a published article goes to the portal again.
            if (state == ArticleState::Published) {
                query.prepare(QStringLiteral("INSERT INTO portal_outbox (article_id, version, action, queued_at)"
                                             " VALUES (?, ?, 'publish', ?)"));
                query.addBindValue(article.id);
                query.addBindValue(next);
                query.addBindValue(stamp);
                if (!query.exec())
                    return databaseError(query);
                query.prepare(QStringLiteral("INSERT INTO article_sync (article_id, status) VALUES (?, 'pending')"
                                             " ON CONFLICT (article_id) DO UPDATE SET status = excluded.status"));
                query.addBindValue(article.id);
                if (!query.exec())
                    return databaseError(query);
            }
            const QString key = articleStateKey(state);
            if (Status audited = AuditLog::record(db, by, QStringLiteral("edit"), article.id, key, key, false,
                                                  tr("version %1").arg(next));
                !audited) {
                return audited.error();
            }
            if (Status committed = transaction.commit(); !committed)
                return committed.error();
        }
    }
    if (refusal) {
        // Recorded outside the refused transaction, which rolled back.
        (void)AuditLog::record(db, by, QStringLiteral("edit"), article.id, refusedState, refusedState, true,
                               refusal->message);
        return *refusal;
    }
    return load(article.id);
}

Error ArticleStore::conflictError(const QString &who, const QString &savedAt, int current, int base)
{
    const QString when = savedAt.isEmpty() ? QString()
                                           : Localization::dateTimeText(fromStamp(savedAt));
    return Error{ErrorCode::Conflict,
                 tr("%1 saved this article at %2 after you opened it (now version %3, yours was based on "
                    "version %4); nothing was overwritten.")
                     .arg(who, when)
                     .arg(current)
                     .arg(base)};
}

Error ArticleStore::textRefusal(const QString &outcome, const Article &article, const QString &login)
{
    if (outcome == u"too_large")
        return Error{ErrorCode::InvalidInput, articleSizeProblem(article)};
    if (outcome == u"unknown_section")
        return Error{ErrorCode::InvalidInput, tr("There is no section “%1”; only an administrator adds sections.")
                                                  .arg(article.section.trimmed())};
    if (outcome == u"invalid")
        return Error{ErrorCode::InvalidInput, tr("An article needs a title.")};
    if (outcome == u"unknown_photo")
        return Error{ErrorCode::NotFound, tr("There is no photo %1 in the newsroom to lead the article.").arg(article.leadPhoto)};
    if (outcome == u"refused")
        return Error{ErrorCode::Denied, tr("%1 may not write articles: only reporters may.").arg(login)};
    return Error{ErrorCode::Failed, tr("The server answered “%1” to the article's text.").arg(outcome)};
}

// A shared newsroom: the server function decides and writes; the desk's
// own check only words a refusal the way the embedded backend would.
Result<Article> ArticleStore::saveOnServer(const Article &article, const User &by)
{
    QSqlDatabase db = m_newsroom.database();
    QString refusal;
    if (auto current = load(article.id); current) {
        if (auto allowed = Workflow::check(Action::Edit, current->state, current->authorId, by); !allowed)
            refusal = allowed.error().message;
    }
    auto saved = ServerWrites::saveArticle(db, article, by, tr("version %1").arg(article.version + 1));
    if (!saved)
        return saved.error();
    const ServerWrites::Outcome &outcome = saved.value();
    if (outcome.outcome == u"not_found")
        return Error{ErrorCode::NotFound, tr("No article has the id %1.").arg(article.id)};
    if (outcome.outcome == u"refused")
        return Error{ErrorCode::Denied, refusal.isEmpty() ? tr("The server refused to let %1 edit this article.").arg(by.login) : refusal};
    if (outcome.outcome == u"locked")
        return Error{ErrorCode::Conflict, tr("%1 is editing this article; it was not saved.").arg(outcome.savedBy)};
    if (!outcome.done() && outcome.outcome != u"conflict")
        return textRefusal(outcome.outcome, article, by.login);
    if (outcome.outcome == u"conflict")
        return conflictError(outcome.savedBy, outcome.savedAt, outcome.version, article.version);
    // What this save made, even if another PC has saved on top of it since:
    // the desk goes on from its own version, and its next save meets theirs.
    auto current = load(article.id);
    if (!current || current->version == outcome.version)
        return current;
    Article mine = current.value();
    mine.title = article.title;
    mine.summary = article.summary;
    mine.body = article.body;
    mine.tags = article.tags;
    mine.source = article.source;
    mine.leadPhoto = article.leadPhoto;
    if (!article.section.trimmed().isEmpty())
        mine.section = article.section.trimmed();
    mine.version = outcome.version;
    mine.updated = fromStamp(outcome.savedAt);
    return mine;
}

} // namespace PortalDesk::Models
