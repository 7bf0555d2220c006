// ArticleStore::search: full-text search on both backends.
#include "articlestore.h"

#include "articlerows.h"
#include "newsroom.h"
#include "searchquery.h"
#include "sqlsupport.h"
#include "vietnamesetext.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace PortalDesk::Models {

namespace {

// How many of the newest matches a search ranks, on both backends; see
// search().
constexpr int rankingWindow = 1000;

} // namespace

Result<SearchResults> ArticleStore::search(const QString &text, int limit) const
{
    auto parsed = SearchQuery::parse(text);
    if (!parsed)
        return SearchResults{{}, parsed.error().message};
    const SearchQuery &searchQuery = parsed.value();
    const auto hitFrom = [&searchQuery](const QSqlQuery &query, bool exact) {
        SearchHit hit;
        hit.article = ArticleRows::read(query);
        hit.exact = exact;
        const QString body = query.value(ArticleRows::bodyColumn).toString();
        hit.snippet = searchSnippet(hit.article.summary + u' ' + body, searchQuery, 160, QStringLiteral("["),
                                    QStringLiteral("]"));
        if (!hit.snippet.contains(u'['))
            hit.snippet = searchSnippet(hit.article.title, searchQuery, 160, QStringLiteral("["), QStringLiteral("]"));
        return hit;
    };
    // The expressions are built from quoted terms, so a failing query is not
    // the user's syntax: it is reported as the failure it is.
    QSqlQuery query(m_newsroom.database());
    query.setForwardOnly(true);
    SearchResults results;

    if (m_newsroom.isPostgres()) {
        // What matches the text exactly as typed (diacritics and all) first.
        // As on SQLite only the newest 1,000 matches are ranked: ranking
        // reads each match's search vectors. On 100,000 articles a
        // word in 20,000 of them took 1.4 s ranked in full, 1.2 s with 5,000
        // and 0.11 s with 1,000 (README, "A shared newsroom under load").
        query.prepare(QStringLiteral("SELECT ") + ArticleRows::columns()
                      + QStringLiteral(", a.body, (a.search_exact @@ to_tsquery('simple', ?)) AS exact_hit")
                      + ArticleRows::from()
                      + QStringLiteral(" WHERE a.id IN (SELECT id FROM articles WHERE search_folded @@ to_tsquery('simple', ?)"
                                       " ORDER BY updated_at DESC LIMIT ?) ORDER BY exact_hit DESC,"
                                       " ts_rank(a.search_folded, to_tsquery('simple', ?)) DESC, a.id LIMIT ?"));
        query.addBindValue(searchQuery.tsqueryExact());
        query.addBindValue(searchQuery.tsqueryFolded());
        query.addBindValue(rankingWindow);
        query.addBindValue(searchQuery.tsqueryFolded());
        query.addBindValue(limit);
        if (!query.exec())
            return databaseError(query);
        while (query.next())
            results.hits.append(hitFrom(query, query.value(ArticleRows::bodyColumn + 1).toBool()));
        return results;
    }

    // SQLite: first the articles matching the text exactly as typed, best
    // first; then, if there is room, the rest of the diacritic-insensitive
    // matches. bm25 ranks the most recently added rankingWindow matches of
    // each step: FTS5 walks its doclists newest first and stops there, so a
    // word found in most of a million articles costs what a rare word costs,
    // instead of scoring every match (seconds) to show twenty. For a
    // newsroom the newest of such broad matches are also the wanted ones.
    QList<qint64> rowids;
    QSet<qint64> exactRowids;
    const auto collect = [&](const QString &match, const QString &weights, int want, bool exact) -> Status {
        query.prepare(QStringLiteral("SELECT rowid FROM (SELECT rowid, bm25(articles_fts, ") + weights
                      + QStringLiteral(") AS score FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?)"
                                       " ORDER BY score, rowid DESC LIMIT ?"));
        query.addBindValue(match);
        query.addBindValue(rankingWindow);
        query.addBindValue(want);
        if (!query.exec())
            return databaseError(query);
        while (query.next() && rowids.size() < limit) {
            const qint64 rowid = query.value(0).toLongLong();
            if (exactRowids.contains(rowid))
                continue;
            rowids.append(rowid);
            if (exact)
                exactRowids.insert(rowid);
        }
        query.finish();
        return Done{};
    };
    // Typed without diacritics, the exact step would only find text written
    // without them too: it is left out, and the search costs one step.
    const bool typedWithDiacritics = foldDiacritics(text) != text;
    if (typedWithDiacritics) {
        if (Status done = collect(searchQuery.fts5Exact(), QStringLiteral("1.0, 0.0"), limit, true); !done)
            return done.error();
    }
    if (rowids.size() < limit) {
        if (Status done = collect(searchQuery.fts5Folded(), QStringLiteral("0.0, 1.0"), limit + int(rowids.size()), false); !done)
            return done.error();
    }
    if (rowids.isEmpty())
        return results;

    QStringList marks(rowids.size(), QStringLiteral("?"));
    query.prepare(QStringLiteral("SELECT ") + ArticleRows::columns() + QStringLiteral(", a.body, a.rowid")
                  + ArticleRows::from() + QStringLiteral(" WHERE a.rowid IN (") + marks.join(u',') + u')');
    for (qint64 rowid : std::as_const(rowids))
        query.addBindValue(rowid);
    if (!query.exec())
        return databaseError(query);
    QHash<qint64, SearchHit> byRowid;
    while (query.next()) {
        const qint64 rowid = query.value(ArticleRows::bodyColumn + 1).toLongLong();
        byRowid.insert(rowid, hitFrom(query, exactRowids.contains(rowid)));
    }
    for (qint64 rowid : std::as_const(rowids)) {
        if (auto hit = byRowid.constFind(rowid); hit != byRowid.cend())
            results.hits.append(hit.value());
    }
    return results;
}

} // namespace PortalDesk::Models
