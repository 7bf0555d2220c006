// ArticleStore::search: full-text search on both backends.
#include "articlestore.h"

#include "articlerows.h"
#include "newsroom.h"
#include "searchindex.h"
#include "searchquery.h"
#include "sqlsupport.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace PortalDesk::Models {

namespace {

// How many of the newest matches each step of a search ranks, on both
// backends; see search().
constexpr int rankingWindow = 1000;

// How long a snippet is, "…" included.
constexpr int snippetChars = 160;

// The snippet of the summary and body, or of the title when that holds the
// query better: "Đà Nẵng" in the title says more than "đã" in the body.
QString snippetOf(const Article &article, const QString &body, const SearchQuery &query)
{
    const SearchExtract text = searchExtract(article.summary + u' ' + body, query, snippetChars);
    const SearchExtract title = searchExtract(article.title, query, snippetChars);
    const bool titleBetter = title.tier && (!text.tier || int(*title.tier) < int(*text.tier));
    return searchSnippet(titleBetter ? title : text, QStringLiteral("["), QStringLiteral("]"));
}

} // namespace

ArticleStore::Statement ArticleStore::postgresSearchStep(bool rum, const SearchQuery &query, SearchTier tier, int limit)
{
    const bool exact = SearchQuery::isExact(tier);
    const QString tsquery = query.tsquery(tier);
    // With RUM the server's step takes the matches from the index; a
    // statement of our own would be planned as with GIN (see
    // resources/sql/search-rum-21.postgres.sql).
    if (rum)
        return {QStringLiteral("SELECT * FROM pd_search_newest(?, to_tsquery('simple', ?), ?, ?)"),
                {exact, tsquery, rankingWindow, limit}};
    const QString vector = exact ? QStringLiteral("search_exact") : QStringLiteral("search_folded");
    return {QStringLiteral("SELECT id FROM (SELECT id, %1 AS v FROM articles WHERE %1 @@ to_tsquery('simple', ?)"
                           " ORDER BY updated_at DESC LIMIT ?) AS newest"
                           " ORDER BY ts_rank(v, to_tsquery('simple', ?)) DESC, id LIMIT ?")
                .arg(vector),
            {tsquery, rankingWindow, tsquery, limit}};
}

Result<SearchResults> ArticleStore::search(const QString &text, int limit) const
{
    auto parsed = SearchQuery::parse(text);
    if (!parsed)
        return SearchResults{{}, parsed.error().message};
    const SearchQuery &searchQuery = parsed.value();
    const bool postgres = m_newsroom.isPostgres();
    QSqlDatabase db = m_newsroom.database();
    bool rum = false;
    if (postgres) {
        auto withRum = searchesWithRum(db);
        if (!withRum)
            return withRum.error();
        rum = withRum.value();
    }
    // The expressions are built from quoted terms, so a failing query is not
    // the user's syntax: it is reported as the failure it is.
    QSqlQuery query(db);
    query.setForwardOnly(true);

    // One step per tier, best first (SearchQuery::tiers(): the words as
    // typed, together, near each other, apart), each adding what the steps
    // before it did not find, until the limit is filled: a phrase found in
    // enough articles costs one step. Each step ranks only the newest
    // rankingWindow of its matches: FTS5 walks its doclists newest first and
    // stops there, and PostgreSQL reads each ranked match's vector, so a
    // word found in most of a million articles costs what a rare word costs,
    // instead of scoring every match (seconds) to show twenty; for a
    // newsroom the newest of such broad matches are also the wanted ones.
    // (PostgreSQL, 100,000 articles, a word in 20,000 of them: 1.4 s ranked
    // in full, 0.11 s with 1,000; README, "A shared newsroom under load".)
    QList<QString> keys;  // rowids on SQLite, ids on PostgreSQL, best first
    QHash<QString, SearchTier> tiers;
    const auto step = [&](SearchTier tier) -> Status {
        const bool exact = SearchQuery::isExact(tier);
        if (postgres) {
            // What a tier finds includes what the tiers before it found: room
            // for those to be passed over.
            const Statement statement = postgresSearchStep(rum, searchQuery, tier, limit + int(keys.size()));
            query.prepare(statement.sql);
            for (const QVariant &value : statement.values)
                query.addBindValue(value);
        } else {
            query.prepare(QStringLiteral("SELECT rowid FROM (SELECT rowid, bm25(articles_fts, %1) AS score"
                                         " FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?)"
                                         " ORDER BY score, rowid DESC LIMIT ?")
                              .arg(exact ? QStringLiteral("1.0, 0.0") : QStringLiteral("0.0, 1.0")));
            query.addBindValue(searchQuery.fts5(tier));
            query.addBindValue(rankingWindow);
            query.addBindValue(limit + int(keys.size()));
        }
        if (!query.exec())
            return databaseError(query);
        while (query.next() && keys.size() < limit) {
            const QString key = query.value(0).toString();
            if (tiers.contains(key))
                continue;
            keys.append(key);
            tiers.insert(key, tier);
        }
        query.finish();
        return Done{};
    };
    for (SearchTier tier : searchQuery.tiers()) {
        if (keys.size() >= limit)
            break;
        if (Status done = step(tier); !done)
            return done.error();
    }
    SearchResults results;
    if (keys.isEmpty())
        return results;

    const QString keyColumn = postgres ? QStringLiteral("a.id") : QStringLiteral("a.rowid");
    QStringList marks(keys.size(), QStringLiteral("?"));
    query.prepare(QStringLiteral("SELECT ") + ArticleRows::columns() + QStringLiteral(", a.body, ") + keyColumn
                  + ArticleRows::from() + QStringLiteral(" WHERE ") + keyColumn + QStringLiteral(" IN (")
                  + marks.join(u',') + u')');
    for (const QString &key : std::as_const(keys))
        query.addBindValue(postgres ? QVariant(key) : QVariant(key.toLongLong()));
    if (!query.exec())
        return databaseError(query);
    QHash<QString, SearchHit> byKey;
    while (query.next()) {
        const QString key = query.value(ArticleRows::bodyColumn + 1).toString();
        SearchHit hit;
        hit.article = ArticleRows::read(query);
        hit.tier = tiers.value(key);
        const QString body = query.value(ArticleRows::bodyColumn).toString();
        hit.exact = SearchQuery::isExact(hit.tier)
            || holdsAsTyped(hit.article.title + u'\n' + hit.article.summary + u'\n' + body, searchQuery);
        hit.snippet = snippetOf(hit.article, body, searchQuery);
        byKey.insert(key, hit);
    }
    for (const QString &key : std::as_const(keys)) {
        if (auto hit = byKey.constFind(key); hit != byKey.cend())
            results.hits.append(hit.value());
    }
    // Within a tier, what holds the words as typed first: "Quang Tri"
    // written without accents before "Quảng Trị" for "quang tri" (as the
    // single step ranked on PostgreSQL before tiers), "Đà … Nẵng" before
    // "đã … năng" for "Đà Nẵng".
    std::stable_sort(results.hits.begin(), results.hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return std::pair(int(a.tier), !a.exact) < std::pair(int(b.tier), !b.exact);
    });
    return results;
}

} // namespace PortalDesk::Models
