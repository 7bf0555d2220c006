#include "articleactions.h"

#include "articlestore.h"
#include "auditlog.h"
#include "markdownhtml.h"
#include "newsroom.h"
#include "serverwrites.h"
#include "sqlsupport.h"
#include "user.h"

#include <QSqlQuery>

namespace PortalDesk::Models {

ArticleActions::ArticleActions(Newsroom &newsroom)
    : m_newsroom(newsroom)
{
}

Result<Article> ArticleActions::perform(const QString &id, Action action, const User &user, const QString &reason,
                                        const QDateTime &at)
{
    if (action == Action::Edit)
        return Error{ErrorCode::InvalidInput, tr("To edit an article, save it; editing is not a workflow action.")};
    return apply(id, action, &user, reason, at, true);
}

// checkRules == false: publish-due carrying out a chief editor's schedule;
// user, if any, is who ran it.
Result<Article> ArticleActions::apply(const QString &id, Action action, const User *user, const QString &reason,
                                      const QDateTime &at, bool checkRules)
{
    if (m_newsroom.isPostgres() && checkRules && user)
        return applyOnServer(id, action, *user, reason, at);

    QSqlDatabase db = m_newsroom.database();
    const QString actionKey = Workflow::actionKey(action);
    std::optional<Error> refusal;
    QString fromKey;
    {
        WriteTransaction transaction(db);
        if (!transaction.begun())
            return transaction.error();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT state, author_id, version, body FROM articles WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return databaseError(query);
        if (!query.next())
            return Error{ErrorCode::NotFound, tr("No article has the id %1.").arg(id)};
        const ArticleState from = articleStateFromKey(query.value(0).toString()).value_or(ArticleState::Draft);
        const qint64 authorId = query.value(1).toLongLong();
        const int version = query.value(2).toInt();
        const QString body = query.value(3).toString();
        query.finish();
        fromKey = articleStateKey(from);

        ArticleState to = from;
        if (checkRules) {
            auto verdict = user ? Workflow::check(action, from, authorId, *user)
                                : Result<Workflow::Verdict>(Error{ErrorCode::Denied, tr("Sign in first.")});
            if (!verdict) {
                refusal = verdict.error();
            } else if (verdict->needsReason && reason.trimmed().isEmpty()) {
                refusal = Error{ErrorCode::InvalidInput, tr("To %1 an article, give a reason.").arg(Workflow::actionDisplayName(action))};
            } else if (verdict->needsDescribedPhotos && undescribedPhotos(body) > 0) {
                refusal = undescribedRefusal(action, undescribedPhotos(body));
            } else {
                to = verdict->to;
            }
        } else if (from == ArticleState::Approved) {
            to = ArticleState::Published;  // the schedule was the chief editor's decision
        } else {
            refusal = Error{ErrorCode::Conflict, tr("The article is no longer approved; it was not published.")};
        }
        if (!refusal && action == Action::Schedule && !at.isValid())
            refusal = Error{ErrorCode::InvalidInput, tr("To schedule an article, give the time to publish it.")};

        if (!refusal) {
            const QString stamp = nowStamp();
            const QString toKey = articleStateKey(to);
            if (action == Action::Schedule) {
                query.prepare(QStringLiteral("UPDATE articles SET publish_at = ?, updated_at = ? WHERE id = ?"));
                query.addBindValue(toStamp(at));
            } else if (to == ArticleState::Published || to == ArticleState::Returned) {
                // A schedule ends when the article is published or sent back.
                query.prepare(QStringLiteral("UPDATE articles SET state = ?, publish_at = NULL, updated_at = ? WHERE id = ?"));
                query.addBindValue(toKey);
            } else {
                query.prepare(QStringLiteral("UPDATE articles SET state = ?, updated_at = ? WHERE id = ?"));
                query.addBindValue(toKey);
            }
            query.addBindValue(stamp);
            query.addBindValue(id);
            if (!query.exec())
                return databaseError(query);

            // What the portal must show changes in the same transaction as the state.
            const bool toPortal = to == ArticleState::Published || (from == ArticleState::Published && to != from);
            if (toPortal) {
                query.prepare(QStringLiteral("INSERT INTO portal_outbox (article_id, version, action, queued_at)"
                                             " VALUES (?, ?, ?, ?)"));
                query.addBindValue(id);
                query.addBindValue(version);
                query.addBindValue(to == ArticleState::Published ? QStringLiteral("publish") : QStringLiteral("withdraw"));
                query.addBindValue(stamp);
                if (!query.exec())
                    return databaseError(query);
                query.prepare(QStringLiteral("INSERT INTO article_sync (article_id, status) VALUES (?, 'pending')"
                                             " ON CONFLICT (article_id) DO UPDATE SET status = excluded.status"));
                query.addBindValue(id);
                if (!query.exec())
                    return databaseError(query);
            }
            QString note = reason.trimmed();
            if (action == Action::Schedule)
                note = tr("to be published at %1").arg(toStamp(at));
            else if (!checkRules)
                note = tr("scheduled publication");
            if (Status audited = AuditLog::record(db, user, actionKey, id, fromKey, toKey, false, note); !audited)
                return audited.error();
            if (Status committed = transaction.commit(); !committed)
                return committed.error();
        }
    }
    if (refusal) {
        // Recorded outside the refused transaction, which rolled back.
        (void)AuditLog::record(db, user, actionKey, id, fromKey, {}, true, refusal->message);
        return *refusal;
    }
    return ArticleStore(m_newsroom).load(id);
}

int ArticleActions::undescribedPhotos(const QString &body)
{
    int count = 0;
    for (const PhotoReference &reference : photoReferences(body))
        count += reference.caption.isEmpty() || reference.credit.isEmpty() ? 1 : 0;
    return count;
}

Error ArticleActions::undescribedRefusal(Action action, int photos)
{
    return Error{ErrorCode::InvalidInput,
                 tr("%n photo(s) of the article have no caption or no credit; give each its caption and its credit "
                    "(“Ảnh: …”) before you %1 it.",
                    nullptr, photos)
                     .arg(Workflow::actionDisplayName(action).toLower())};
}

// A shared newsroom: the server function decides, writes and audits; the
// desk's own check only words a refusal the way the embedded backend would.
Result<Article> ArticleActions::applyOnServer(const QString &id, Action action, const User &user, const QString &reason,
                                              const QDateTime &at)
{
    ArticleStore store(m_newsroom);
    QString refusal;
    if (auto current = store.load(id); current) {
        if (auto verdict = Workflow::check(action, current->state, current->authorId, user); !verdict)
            refusal = verdict.error().message;
        else if (verdict->needsReason && reason.trimmed().isEmpty())
            refusal = tr("To %1 an article, give a reason.").arg(Workflow::actionDisplayName(action));
        else if (verdict->needsDescribedPhotos && undescribedPhotos(current->body) > 0)
            refusal = undescribedRefusal(action, undescribedPhotos(current->body)).message;
    }
    const QString note = action == Action::Schedule && at.isValid() ? tr("to be published at %1").arg(toStamp(at)) : reason.trimmed();
    auto done = ServerWrites::act(m_newsroom.database(), id, Workflow::actionKey(action), &user, note,
                                  at.isValid() ? toStamp(at) : QString(), refusal);
    if (!done)
        return done.error();
    const QString &outcome = done->outcome;
    if (outcome == u"not_found")
        return Error{ErrorCode::NotFound, tr("No article has the id %1.").arg(id)};
    if (outcome == u"needs_reason")
        return Error{ErrorCode::InvalidInput, tr("To %1 an article, give a reason.").arg(Workflow::actionDisplayName(action))};
    if (outcome == u"needs_described_photos")
        return refusal.isEmpty() ? undescribedRefusal(action, 1) : Error{ErrorCode::InvalidInput, refusal};
    if (outcome == u"needs_time")
        return Error{ErrorCode::InvalidInput, tr("To schedule an article, give the time to publish it.")};
    if (outcome != u"done") {
        return Error{ErrorCode::Denied, refusal.isEmpty() ? tr("The server refused to let %1 %2 this article.")
                                                                .arg(user.login, Workflow::actionDisplayName(action))
                                                          : refusal};
    }
    return store.load(id);
}

Result<Comment> ArticleActions::comment(const QString &id, const User &user, const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A comment needs some text.")};
    if (m_newsroom.isPostgres())
        return ServerWrites::comment(m_newsroom.database(), id, user, text.trimmed());
    QSqlDatabase db = m_newsroom.database();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM articles WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("No article has the id %1.").arg(id)};
    const QString stamp = nowStamp();
    query.prepare(QStringLiteral("INSERT INTO comments (article_id, user_id, body, created_at) VALUES (?, ?, ?, ?) RETURNING id"));
    query.addBindValue(id);
    query.addBindValue(user.id);
    query.addBindValue(text.trimmed());
    query.addBindValue(stamp);
    if (!query.exec() || !query.next())
        return databaseError(query);
    const Comment comment{query.value(0).toLongLong(), user.login, user.fullName, text.trimmed(), fromStamp(stamp)};
    query.finish();
    if (Status audited = AuditLog::record(db, &user, QStringLiteral("comment"), id, {}, {}, false, {}); !audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return comment;
}

Result<int> ArticleActions::publishDue(const QDateTime &now, const User *by)
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT id FROM articles WHERE state = 'approved' AND publish_at IS NOT NULL"
                                 " AND publish_at <= ? ORDER BY publish_at"));
    query.addBindValue(toStamp(now));
    if (!query.exec())
        return databaseError(query);
    QStringList due;
    while (query.next())
        due.append(query.value(0).toString());
    query.finish();

    int published = 0;
    for (const QString &id : std::as_const(due)) {
        if (m_newsroom.isPostgres()) {
            // The server publishes only what is still approved and due.
            auto done = ServerWrites::publishScheduled(m_newsroom.database(), id, by, now, tr("scheduled publication"));
            if (!done)
                return Error{done.error().code, tr("Published %1 of %2 due articles; then failed: %3").arg(published).arg(due.size()).arg(done.error().message)};
            published += done.value() ? 1 : 0;
            continue;
        }
        // Each in its own transaction: one failure does not hold back the rest.
        auto done = apply(id, Action::Publish, by, {}, {}, false);
        if (!done)
            return Error{done.error().code, tr("Published %1 of %2 due articles; then failed: %3").arg(published).arg(due.size()).arg(done.error().message)};
        ++published;
    }
    return published;
}

} // namespace PortalDesk::Models
