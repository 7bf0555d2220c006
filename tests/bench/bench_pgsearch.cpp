// Search on a shared newsroom (PostgreSQL) against the same statements run
// raw in psql on the same database and index: PortalDesk's search (its
// steps, then the rows of its 20 hits and their snippets) and psql timing
// the steps PortalDesk ran for the same query (\timing, no process start-up
// counted), round by round so that whatever else the machine does falls on
// both. With --index both, the same on a newsroom searched through RUM
// indexes (schema 21) and one through GIN (a server without the extension),
// and RUM against GIN.
//
// Needs a PostgreSQL server and a superuser (PGHOST, PGPORT, PGUSER), as
// pg_virtualenv provides. The newsroom is made once and kept, as
// portaldesk_search_N_rum or _gin (--reseed makes it again):
//   bench_pgsearch [--articles 1000000] [--rounds 3] [--index rum|gin|both]
// The first 100,000 articles are generated (bench seed); beyond that they
// are copies of those, each copy dated a year earlier, made by the server:
// generating a million takes an hour on two cores.
#include "articlestore.h"
#include "benchresult.h"
#include "benchseed.h"
#include "newsroom.h"
#include "searchindex.h"
#include "searchquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>

#include <list>

#include <algorithm>
#include <cstdio>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

// bench_search's queries: with and without accents, common and rare terms.
const QStringList queries{
    u"đường giao thông"_s, u"duong giao thong"_s, u"dịch vụ công trực tuyến"_s, u"dich vu cong"_s,
    u"phòng chống thiên tai"_s, u"thien tai"_s, u"OCOP"_s, u"bảng giá đất"_s, u"bang gia dat"_s,
    u"tiêm chủng"_s, u"tiem chung"_s, u"Đà Nẵng"_s, u"da nang"_s, u"UBND tỉnh"_s, u"chuyển đổi số"_s,
    u"xã Tân Phước"_s, u"nông thôn mới"_s, u"du lịch"_s, u"giáo dục"_s, u"khánh thành"_s,
    // the load test's
    u"quang tri"_s, u"hội nghị"_s, u"kinh te"_s, u"dong ha"_s,
};
constexpr int limit = 20;
constexpr qint64 generated = 100000;

void say(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        say(sql.left(200) + u": "_s + query.lastError().text());
        return false;
    }
    return true;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5)));
}

QString literal(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
        return value.toString();
    return u'\'' + value.toString().replace(u'\'', u"''"_s) + u'\'';
}

// The statement with its values written in, as one types it into psql.
QString inlined(const ArticleStore::Statement &statement)
{
    QString sql;
    qsizetype next = 0;
    for (const QChar c : statement.sql) {
        if (c == u'?' && next < statement.values.size())
            sql += literal(statement.values.at(next++));
        else
            sql += c;
    }
    return sql;
}

// psql times each statement (\timing) in one session: no start-up counted.
QList<double> psqlTimes(const QString &database, const QStringList &statements)
{
    QProcess psql;
    psql.start(u"psql"_s, {u"-X"_s, u"-q"_s, u"-d"_s, database});
    if (!psql.waitForStarted())
        return {};
    QByteArray script = "\\timing on\n\\o /dev/null\n";
    for (const QString &statement : statements)
        script += statement.toUtf8() + ";\n";
    psql.write(script);
    psql.closeWriteChannel();
    psql.waitForFinished(-1);
    const QString output = QString::fromUtf8(psql.readAllStandardOutput() + psql.readAllStandardError());
    static const QRegularExpression time(u"Time: ([0-9.]+) ms"_s);
    QList<double> times;
    for (auto match = time.globalMatch(output); match.hasNext();)
        times.append(match.next().captured(1).toDouble());
    if (times.size() != statements.size())
        say(u"psql: "_s + output.left(400));
    return times;
}

// Makes the newsroom once: see the top of this file.
bool makeNewsroom(const QString &database, qint64 articles, bool rum)
{
    QElapsedTimer timer;
    timer.start();
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
        admin.setDatabaseName(u"postgres"_s);
        if (!admin.open() || !exec(admin, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database))
            || !exec(admin, u"CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0"_s.arg(database)))
            return false;
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"admin"_s);
    // The newsroom is made by the superuser, who creates the extension when
    // the server has it; without it (--index gin) schema 21 changes nothing.
    auto url = NewsroomUrl::parse(u"postgresql:///"_s + database).value();
    auto newsroom = Newsroom::open(url, rum ? -1 : 20);
    if (!newsroom) {
        say(newsroom.error().message);
        return false;
    }
    QSqlDatabase db = newsroom.value()->database();
    if (!rum) {
        // Schema 21 recorded as done without the extension, as a server
        // without postgresql-17-rum leaves it.
        if (!exec(db, u"INSERT INTO schema_migrations (version, applied_at) VALUES (21, '')"_s))
            return false;
    }
    QList<std::pair<QString, QString>> indexes;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'articles'"
                    " AND indexname LIKE 'articles\\_search\\_%'"_s))
        return false;
    while (query.next())
        indexes.append({query.value(0).toString(), query.value(1).toString()});
    for (const auto &[name, create] : std::as_const(indexes)) {
        if (!exec(db, u"DROP INDEX "_s + name))
            return false;
    }
    if (auto made = BenchSeed::run(*newsroom.value(), qMin(articles, generated), ArticleState::Published, 28,
                                   QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::UTC));
        !made) {
        say(made.error().message);
        return false;
    }
    const qint64 copies = (articles - 1) / generated;
    if (copies > 0) {
        const QString stamp = u"to_char((%1::timestamptz - make_interval(years => c)) AT TIME ZONE 'UTC',"
                              " 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"_s;
        if (!exec(db, u"INSERT INTO articles (id, title, sort_title, summary, body, section_id, author_id, tags, source,"
                      " state, version, created_at, updated_at, search_exact, search_folded)"
                      " SELECT gen_random_uuid()::text, title, sort_title, summary, body, section_id, author_id, tags,"
                      " source, state, version, %1, %2, search_exact, search_folded"
                      " FROM articles CROSS JOIN generate_series(1, %3) AS c"_s
                          .arg(stamp.arg(u"created_at"_s), stamp.arg(u"updated_at"_s))
                          .arg(copies)))
            return false;
    }
    for (const auto &[name, create] : std::as_const(indexes)) {
        if (!exec(db, create))
            return false;
    }
    if (!exec(db, u"VACUUM ANALYZE"_s) || !exec(db, u"COMMENT ON DATABASE %1 IS 'seeded'"_s.arg(database)))
        return false;
    say(u"%1: %2 articles made in %3 s"_s.arg(database).arg(articles).arg(timer.elapsed() / 1000));
    return true;
}

struct Side {
    QString database;
    bool rum = false;
    std::unique_ptr<Newsroom> newsroom;
    QStringList statements;  // per query, the steps its search ran
    QList<double> ours, psql;  // every search, every round
    QList<double> oursP95, psqlP95;  // per round
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {u"articles"_s, u"Articles in the newsroom."_s, u"n"_s, u"1000000"_s},
        {u"rounds"_s, u"Rounds of every query."_s, u"n"_s, u"3"_s},
        {u"index"_s, u"rum, gin or both."_s, u"kind"_s, u"rum"_s},
        {u"reseed"_s, u"Make the newsroom again even when one is kept."_s},
    });
    parser.process(app);
    if (qEnvironmentVariableIsEmpty("PGPORT") && qEnvironmentVariableIsEmpty("PGHOST")) {
        say(u"No PostgreSQL server: run under pg_virtualenv."_s);
        return 2;
    }
    const qint64 articles = parser.value(u"articles"_s).toLongLong();
    const int rounds = qMax(1, parser.value(u"rounds"_s).toInt());
    const QString kind = parser.value(u"index"_s);
    std::list<Side> sides;  // each holds its connection
    for (const bool rum : {true, false}) {
        if (kind != u"both"_s && (kind == u"rum"_s) != rum)
            continue;
        Side &side = sides.emplace_back();
        side.rum = rum;
        side.database = u"portaldesk_search_%1_%2"_s.arg(articles).arg(rum ? u"rum"_s : u"gin"_s);
        bool kept = false;
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
            admin.setDatabaseName(u"postgres"_s);
            QSqlQuery query(admin);
            if (admin.open() && !parser.isSet(u"reseed"_s)
                && query.exec(u"SELECT 1 FROM pg_database WHERE datname = '%1'"
                              " AND shobj_description(oid, 'pg_database') = 'seeded'"_s.arg(side.database)))
                kept = query.next();
            if (rum && !kept && admin.open()) {
                // The administrator's part: the extension where the server has it.
                query.exec(u"SELECT 1 FROM pg_available_extensions WHERE name = 'rum'"_s);
                if (!query.next()) {
                    say(u"This server has no RUM extension (postgresql-17-rum)."_s);
                    return 2;
                }
            }
            query.finish();
            admin.close();
        }
        QSqlDatabase::removeDatabase(u"admin"_s);
        if (!kept && !makeNewsroom(side.database, articles, rum))
            return 2;
        auto newsroom = Newsroom::open(NewsroomUrl::parse(u"postgresql:///"_s + side.database).value());
        if (!newsroom) {
            say(newsroom.error().message);
            return 2;
        }
        side.newsroom = std::move(newsroom.value());
        QSqlDatabase db = side.newsroom->database();
        if (searchesWithRum(db).value_or(!rum) != rum) {
            say(u"%1 does not search as it should (%2)."_s.arg(side.database, rum ? u"RUM"_s : u"GIN"_s));
            return 2;
        }
        // The steps each search runs: all of them when it finds fewer than
        // the limit, else up to the tier of its last hit; an untimed search
        // tells which.
        ArticleStore store(*side.newsroom);
        for (const QString &text : queries) {
            const auto query = SearchQuery::parse(text);
            const auto results = store.search(text, limit);
            if (!query || !results) {
                say(text + u": "_s + (results ? QString() : results.error().message));
                return 2;
            }
            QStringList steps;
            for (SearchTier tier : query->tiers()) {
                const auto before = std::count_if(results->hits.cbegin(), results->hits.cend(),
                                                  [tier](const SearchHit &hit) { return hit.tier < tier; });
                steps.append(u"SELECT * FROM (%1) AS s%2"_s.arg(
                    inlined(ArticleStore::postgresSearchStep(rum, query.value(), tier, limit + int(before))))
                                 .arg(steps.size()));
                if (results->hits.size() == limit && results->hits.last().tier == tier)
                    break;
            }
            side.statements.append(steps.join(u" UNION ALL "_s));
        }
    }

    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        for (Side &side : sides) {
            ArticleStore store(*side.newsroom);
            QList<double> ours;
            for (const QString &text : queries) {
                timer.start();
                const auto results = store.search(text, limit);
                ours.append(timer.nsecsElapsed() / 1e6);
                if (!results)
                    say(results.error().message);
            }
            const QList<double> psql = psqlTimes(side.database, side.statements);
            side.ours += ours;
            side.psql += psql;
            side.oursP95.append(percentile(ours, 0.95));
            side.psqlP95.append(percentile(psql, 0.95));
        }
    }

    QTextStream out(stdout);
    const QString size = QLocale(QLocale::English).toString(articles);
    for (const Side &side : std::as_const(sides)) {
        const QString index = side.rum ? u"RUM"_s : u"GIN"_s;
        out << side.database << ": " << queries.size() << " queries, " << rounds << " rounds; ms p50 / p95: portaldesk "
            << QString::number(percentile(side.ours, 0.5), 'f', 1) << " / " << QString::number(percentile(side.ours, 0.95), 'f', 1)
            << ", psql " << QString::number(percentile(side.psql, 0.5), 'f', 1) << " / "
            << QString::number(percentile(side.psql, 0.95), 'f', 1) << "; slowest:";
        QList<std::pair<double, QString>> slowest;
        for (qsizetype i = 0; i < side.ours.size(); ++i)
            slowest.append({side.ours.at(i), queries.at(i % queries.size())});
        std::sort(slowest.begin(), slowest.end(), std::greater<>());
        for (qsizetype i = 0; i < qMin<qsizetype>(3, slowest.size()); ++i)
            out << " \"" << slowest.at(i).second << "\" " << QString::number(slowest.at(i).first, 'f', 0) << " ms";
        out << Qt::endl;
        PortalDesk::Bench::printResult(
            out, {u"search_postgresql_%1"_s.arg(side.rum ? u"rum"_s : u"gin"_s),
                  u"p95 of %1 searches on a PostgreSQL newsroom of %2 articles (%3 indexes), against psql running the same"
                  " statements"_s.arg(queries.size()).arg(size, index),
                  u"psql"_s, u"ms"_s, false, 1.5, side.oursP95, side.psqlP95});
    }
    if (sides.size() == 2) {
        PortalDesk::Bench::printResult(
            out, {u"search_postgresql_rum_gin"_s,
                  u"p95 of %1 searches on a PostgreSQL newsroom of %2 articles, RUM indexes (schema 21) against GIN"_s
                      .arg(queries.size()).arg(size),
                  u"GIN"_s, u"ms"_s, false, 0, sides.front().oursP95, sides.back().oursP95});
    }
    return 0;
}
