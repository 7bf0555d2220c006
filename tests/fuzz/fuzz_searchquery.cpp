// What staff type into the search box. The query builder's output must
// always be an expression the search engine takes: each tier's FTS5
// expression runs as MATCH on a real in-memory SQLite FTS5 table made like
// the newsroom's (migrations.cpp), and an SQLite error aborts the target.
// No rows is a fine answer; a syntax error is a search box that breaks on
// some input. The snippet code then runs on the query's own text.

#include "fuzzsupport.h"
#include "searchquery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace PortalDesk::Models;
using PortalDesk::Fuzz::violated;

namespace {

// Never destroyed, like the application (fuzzsupport.h).
QSqlDatabase &database()
{
    static QSqlDatabase &db = *new QSqlDatabase([] {
        PortalDesk::Fuzz::ensureApplication();
        QSqlDatabase opened = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz_searchquery"));
        opened.setDatabaseName(QStringLiteral(":memory:"));
        if (!opened.open())
            violated("cannot open an in-memory SQLite database", opened.lastError().text());
        QSqlQuery query(opened);
        if (!query.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(exact, folded,"
                                       " tokenize = 'unicode61 remove_diacritics 0')")))
            violated("cannot create the FTS5 table", query.lastError().text());
        const QString text = QStringLiteral("Ủy ban nhân dân tỉnh ban hành quyết định về giá đất năm 2026");
        query.prepare(QStringLiteral("INSERT INTO t (rowid, exact, folded) VALUES (1, ?, ?)"));
        query.addBindValue(indexText(text));
        query.addBindValue(foldedIndexText(text));
        if (!query.exec())
            violated("cannot fill the FTS5 table", query.lastError().text());
        return opened;
    }());
    return db;
}

// Prepared once: the expression is a bound value, which SQLite's FTS5
// parses when the statement runs, not when it is prepared, so a syntax
// error still fails exec(). Preparing it for each of an input's half-dozen
// expressions cost more than the search code under test.
QSqlQuery &matchQuery()
{
    static QSqlQuery &query = *new QSqlQuery([] {
        QSqlQuery prepared(database());
        if (!prepared.prepare(QStringLiteral("SELECT rowid FROM t WHERE t MATCH ?")))
            violated("cannot prepare the MATCH query", prepared.lastError().text());
        return prepared;
    }());
    return query;
}

void match(const QString &expression, const QString &typed)
{
    if (expression.isEmpty())
        return;
    QSqlQuery &query = matchQuery();
    query.bindValue(0, expression);
    if (!query.exec())
        violated("SQLite refused the FTS5 expression built from a search",
                 QStringLiteral("typed: %1\nexpression: %2\nerror: %3").arg(typed, expression, query.lastError().text()));
    while (query.next()) {
    }
    query.finish();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = PortalDesk::Fuzz::text(data, size);
    if (PortalDesk::Fuzz::checkingTheChecks()) {
        match(typed, typed);
        return 0;
    }
    const auto query = SearchQuery::parse(typed);
    if (!query) {
        if (query.error().message.isEmpty())
            violated("a search refused without a message", typed);
        return 0;
    }
    for (SearchTier tier : query->tiers()) {
        match(query->fts5(tier), typed);
        (void)query->tsquery(tier);
    }
    match(query->fts5Folded(), typed);
    match(query->fts5Exact(), typed);
    (void)query->tsqueryFolded();
    (void)query->tsqueryExact();
    const SearchExtract extract = searchExtract(typed, query.value(), 200);
    for (const SearchExtract::Range &range : extract.matches) {
        if (range.begin < 0 || range.end < range.begin || range.end > extract.text.size())
            violated("a highlighted match outside the snippet", typed);
    }
    (void)searchSnippet(typed, query.value(), 200, QStringLiteral("<b>"), QStringLiteral("</b>"), SnippetFormat::Html);
    return 0;
}
