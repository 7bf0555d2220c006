#pragma once

#include "article.h"
#include "result.h"

#include <QSqlDatabase>

namespace PortalDesk::Models {

struct User;

// The append-only audit log (the database refuses UPDATE and DELETE on it).
namespace AuditLog {

// Appends one entry; inside the caller's transaction when there is one.
Status record(QSqlDatabase db, const User *user, const QString &action, const QString &articleId,
              const QString &fromState, const QString &toState, bool refused, const QString &reason);
// Newest first.
Result<QList<AuditEntry>> forArticle(QSqlDatabase db, const QString &articleId);

} // namespace AuditLog
} // namespace PortalDesk::Models
