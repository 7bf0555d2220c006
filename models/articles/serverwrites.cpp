#include "serverwrites.h"

#include "serverrights.h"
#include "sqlsupport.h"
#include "user.h"
#include "vietnamesetext.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace PortalDesk::Models::ServerWrites {

namespace {

// The text columns every article write sends; the server makes the search
// text from them itself (pd_index_text, pd_fold: the desk's folding table).
void bindText(QSqlQuery &query, const Article &article)
{
    query.addBindValue(nonNull(article.title));
    query.addBindValue(vietnameseSortKey(article.title));
    query.addBindValue(nonNull(article.summary));
    query.addBindValue(nonNull(article.body));
    query.addBindValue(nonNull(article.tags.join(u',')));
    query.addBindValue(nonNull(article.source));
    query.addBindValue(nonNull(article.section.trimmed()));
}

// Runs the call in an explicit transaction and reports it only once COMMIT
// has answered: an implicit transaction commits after the rows were sent,
// and a server stopping in between must not leave the desk believing in a
// write that never landed.
Result<Outcome> readOutcome(QSqlDatabase db, QSqlQuery &query)
{
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    if (!query.exec() || !query.next())
        return databaseError(query);
    Outcome outcome;
    outcome.outcome = query.value(0).toString();
    const int columns = query.record().count();
    if (columns > 1)
        outcome.state = query.value(1).toString();
    if (columns > 2)
        outcome.version = query.value(2).toInt();
    if (columns > 3)
        outcome.savedBy = query.value(3).toString();
    if (columns > 4)
        outcome.savedAt = query.value(4).toString();
    query.finish();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace

Result<Outcome> createArticle(QSqlDatabase db, const Article &article, const User &by)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT outcome, id FROM pd_create_article(?, ?, ?, ?, ?, ?, ?, ?)")))
        return databaseError(query);
    query.addBindValue(ServerRights::actingLogin(&by));
    bindText(query, article);
    auto outcome = readOutcome(db, query);
    if (outcome) {
        // The second column is the id here, not a state.
        outcome->id = outcome->state;
        outcome->state.clear();
    }
    return outcome;
}

Result<Outcome> saveArticle(QSqlDatabase db, const Article &article, const User &by, const QString &note)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT outcome, state, version, saved_by, saved_at"
                                      " FROM pd_save_article(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return databaseError(query);
    query.addBindValue(ServerRights::actingLogin(&by));
    query.addBindValue(article.id);
    query.addBindValue(article.version);
    bindText(query, article);
    query.addBindValue(nonNull(note));
    query.addBindValue(nonNull(article.leadPhoto));
    return readOutcome(db, query);
}

Result<Outcome> act(QSqlDatabase db, const QString &id, const QString &action, const User *by, const QString &reason,
                    const QString &at, const QString &refusal)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT outcome, from_state FROM pd_act(?, ?, ?, ?, ?, ?)")))
        return databaseError(query);
    query.addBindValue(ServerRights::actingLogin(by));
    query.addBindValue(id);
    query.addBindValue(action);
    query.addBindValue(nonNull(reason));
    query.addBindValue(nonNull(at));
    query.addBindValue(nonNull(refusal));
    return readOutcome(db, query);
}

Result<bool> publishScheduled(QSqlDatabase db, const QString &id, const User *by, const QDateTime &now,
                              const QString &note)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT pd_publish_scheduled(?, ?, ?, ?)")))
        return databaseError(query);
    query.addBindValue(ServerRights::actingLogin(by));
    query.addBindValue(id);
    query.addBindValue(toStamp(now));
    query.addBindValue(nonNull(note));
    auto outcome = readOutcome(db, query);
    if (!outcome)
        return outcome.error();
    return outcome->done();
}

Result<Comment> comment(QSqlDatabase db, const QString &id, const User &by, const QString &text)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT outcome, id, created_at FROM pd_comment(?, ?, ?)")))
        return databaseError(query);
    query.addBindValue(ServerRights::actingLogin(&by));
    query.addBindValue(id);
    query.addBindValue(text);
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    if (!query.exec() || !query.next())
        return databaseError(query);
    const QString outcome = query.value(0).toString();
    const qint64 commentId = query.value(1).toLongLong();
    const QString createdAt = query.value(2).toString();
    query.finish();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (outcome == u"not_found")
        return Error{ErrorCode::NotFound, QCoreApplication::translate("ArticleActions", "No article has the id %1.").arg(id)};
    if (outcome != u"done")
        return Error{ErrorCode::Denied, QCoreApplication::translate("ServerWrites", "The server refused the comment: %1 is not an active user of this newsroom.").arg(by.login)};
    return Comment{commentId, by.login, by.fullName, text, fromStamp(createdAt)};
}

} // namespace PortalDesk::Models::ServerWrites
