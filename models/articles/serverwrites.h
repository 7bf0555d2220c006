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
    // done, refused, conflict, locked, not_found, needs_reason, needs_time;
    // for text: invalid, too_large, unknown_section, unknown_photo
    QString outcome;
    QString id;       // created: the id the server gave the article
    QString state;    // the article's state when the server looked
    int version = 0;
    QString savedBy;  // conflict: who saved the current version; locked: who holds the lock
    QString savedAt;
    bool done() const { return outcome == u"done"; }
};

// The server makes the id (Outcome::id) and the search text.
Result<Outcome> createArticle(QSqlDatabase db, const Article &article, const User &by);
// note: the audit reason of an edit. A refusal is worded by the server.
Result<Outcome> saveArticle(QSqlDatabase db, const Article &article, const User &by, const QString &note);
Result<Outcome> act(QSqlDatabase db, const QString &id, const QString &action, const User *by, const QString &reason,
                    const QString &at, const QString &refusal);
// Publishes a due article; false when it was not (or no longer) due.
Result<bool> publishScheduled(QSqlDatabase db, const QString &id, const User *by, const QDateTime &now,
                              const QString &note);
Result<Comment> comment(QSqlDatabase db, const QString &id, const User &by, const QString &text);

} // namespace ServerWrites
} // namespace PortalDesk::Models
