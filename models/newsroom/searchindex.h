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

// Schema 21 on PostgreSQL: the search vectors' GIN indexes replaced by RUM
// indexes, which hold the words' positions, and pd_search_newest, a search
// step that reads its matches from them (resources/sql/search-rum-21.postgres.sql).
// Only when the server has the extension: installed in the newsroom's
// database already, or installable by whoever migrates it (a superuser);
// otherwise nothing changes and search goes on with GIN. Nothing on SQLite.
Status upgradeSearchToRum(QSqlDatabase &db);

// Whether the newsroom searches through RUM indexes (pd_search_newest), as
// schema 21 left it.
Result<bool> searchesWithRum(QSqlDatabase &db);

} // namespace PortalDesk::Models
