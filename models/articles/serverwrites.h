#pragma once

#include "article.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace PortalDesk::Models {

struct User;

// The calls of a PostgreSQL newsroom's server functions (pd_*, see
// ServerRights): the server checks the rules, writes and audits; these
// return what it decided, and the stores word it for the user.
namespace ServerWrites {

struct Outcome {
    QString outcome;  // done, refused, conflict, locked, not_found, needs_reason, needs_time
    QString state;    // the article's state when the server looked
    int version = 0;
    QString savedBy;  // conflict: who saved the current version; locked: who holds the lock
    QString savedAt;
    bool done() const { return outcome == u"done"; }
};

Result<Outcome> createArticle(QSqlDatabase db, const Article &article, const User &by);
// refusal: the desk's wording of why the edit is not allowed, for the
// audit log if the server refuses too; note: the audit reason of an edit.
Result<Outcome> saveArticle(QSqlDatabase db, const Article &article, const User &by, const QString &refusal,
                            const QString &note);
Result<Outcome> act(QSqlDatabase db, const QString &id, const QString &action, const User *by, const QString &reason,
                    const QString &at, const QString &refusal);
// Publishes a due article; false when it was not (or no longer) due.
Result<bool> publishScheduled(QSqlDatabase db, const QString &id, const User *by, const QDateTime &now,
                              const QString &note);
Result<Comment> comment(QSqlDatabase db, const QString &id, const User &by, const QString &text);

} // namespace ServerWrites
} // namespace PortalDesk::Models
