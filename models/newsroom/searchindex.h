#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace PortalDesk::Models {

// Keeps an article's entry in the full-text index in step with its text.
// Called inside the transaction that changes the article. SQLite: the FTS5
// table articles_fts, keyed by the article's rowid. PostgreSQL: the tsvector
// columns of articles. Both hold the exact (NFC) and the folded text.
Status updateSearchIndex(QSqlDatabase &db, const QString &articleId, const QString &title, const QString &summary,
                         const QString &body);

} // namespace PortalDesk::Models
