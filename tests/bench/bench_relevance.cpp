// How well search ranks (issue 23): precision and nDCG at 10 over a judged
// query set, for the ranking search had before issue 23 (every word ANDed:
// the exact-diacritics step, then the folded one) and for ArticleStore::search
// as it is, on two newsrooms:
//  - the demo newsroom (`init --demo`), with relevance judged by hand and
//    written in the query file per demo article (numbered in the order the
//    demo creates them);
//  - a generated newsroom (`bench seed`, a fixed seed and date, so that every
//    run has the same articles), with relevance given by a rule that this
//    program computes by scanning every article itself, not through the
//    index: grade 2 when the text holds the words the query means as
//    consecutive words with those diacritics (any case), grade 1 when it
//    holds them consecutively written without any diacritics ("Quang Tri"
//    typed on a phone), else 0. Collisions once folded ("đã nâng" for
//    "da nang") are not relevant.
// Usage (from the checkout root, in the build environment):
//   bench_relevance [--articles N] [--work DIR] [--postgresql DATABASE] [--per-query]
//                   [--candidates] tests/data/search/judged-queries.json
// --candidates prints, for judging by hand, every demo article that holds
// any syllable of a term, with where; --work keeps the newsrooms between runs.
#include "articlegenerator.h"
#include "articlestore.h"
#include "benchseed.h"
#include "demodata.h"
#include "newsroom.h"
#include "searchquery.h"
#include "sqlsupport.h"
#include "vietnamesetext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

constexpr int cutoff = 10;
constexpr quint64 generatedSeed = 23;

struct Query {
    QString typed;
    QString means;  // the words meant, with their diacritics
    QString kind;
    QHash<int, int> demo;  // demo article number -> grade, hand-judged
    int syllables() const { return int(SearchQuery::parse(typed)->highlightWords().size()); }
    bool accented() const { return foldDiacritics(typed) != typed; }
};

// ---- the rule, by a scan independent of the index -------------------------

// Lowercased words: runs of letters, marks and digits, as FTS5's unicode61
// tokenizer and PostgreSQL's parser split NFC text.
QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        if (c.isLetterOrNumber() || (c.isMark() && !word.isEmpty())) {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

// Without diacritics, by decomposition (not foldDiacritics()): "đ" by hand.
QString bare(const QString &word)
{
    static QHash<QString, QString> cache;
    const auto found = cache.constFind(word);
    if (found != cache.cend())
        return *found;
    QString result;
    for (const QChar c : word.normalized(QString::NormalizationForm_D)) {
        if (c.isMark())
            continue;
        result.append(c == u'đ' ? u'd' : c == u'Đ' ? u'D' : c);
    }
    cache.insert(word, result);
    return result;
}

class RuleJudge
{
public:
    explicit RuleJudge(const QList<Query> &queries)
    {
        for (qsizetype q = 0; q < queries.size(); ++q) {
            const QStringList meant = wordsOf(queries.at(q).means);
            QStringList folded;
            for (const QString &word : meant)
                folded.append(bare(word));
            m_meant.append(meant);
            m_folded.append(folded);
            m_byFirst[folded.first()].append(q);
        }
        m_grades.resize(queries.size());
    }

    void judge(const QString &id, const QString &text)
    {
        const QStringList words = wordsOf(text);
        QStringList folded;
        folded.reserve(words.size());
        for (const QString &word : words)
            folded.append(bare(word));
        for (qsizetype i = 0; i < words.size(); ++i) {
            const auto candidates = m_byFirst.constFind(folded.at(i));
            if (candidates == m_byFirst.cend())
                continue;
            for (qsizetype q : *candidates) {
                const QStringList &want = m_folded.at(q);
                const qsizetype m = want.size();
                if (i + m > words.size() || !std::equal(want.cbegin(), want.cend(), folded.cbegin() + i))
                    continue;
                const bool exact = std::equal(m_meant.at(q).cbegin(), m_meant.at(q).cend(), words.cbegin() + i);
                const bool unaccented = std::equal(want.cbegin(), want.cend(), words.cbegin() + i);
                const int grade = exact ? 2 : unaccented ? 1 : 0;
                if (grade > m_grades[q].value(id))
                    m_grades[q].insert(id, grade);
            }
        }
    }

    const QHash<QString, int> &grades(qsizetype query) const { return m_grades.at(query); }

private:
    QList<QStringList> m_meant, m_folded;
    QHash<QString, QList<qsizetype>> m_byFirst;
    QList<QHash<QString, int>> m_grades;
};

// ---- the ranking before issue 23 ----------------------------------------

// ArticleStore::search as it was at 613778f, less the snippets: the words
// ANDed, those with the diacritics as typed first. fts5Exact(), fts5Folded()
// and the tsquery forms still build the expressions it used.
Result<QStringList> rankedBefore(Newsroom &newsroom, const QString &text, int limit)
{
    auto parsed = SearchQuery::parse(text);
    if (!parsed)
        return QStringList{};
    const SearchQuery &searchQuery = parsed.value();
    QSqlQuery query(newsroom.database());
    query.setForwardOnly(true);
    QStringList ids;
    if (newsroom.isPostgres()) {
        query.prepare(u"SELECT a.id, (a.search_exact @@ to_tsquery('simple', ?)) AS exact_hit FROM articles a"
                      " WHERE a.id IN (SELECT id FROM articles WHERE search_folded @@ to_tsquery('simple', ?)"
                      " ORDER BY updated_at DESC LIMIT 1000) ORDER BY exact_hit DESC,"
                      " ts_rank(a.search_folded, to_tsquery('simple', ?)) DESC, a.id LIMIT ?"_s);
        query.addBindValue(searchQuery.tsqueryExact());
        query.addBindValue(searchQuery.tsqueryFolded());
        query.addBindValue(searchQuery.tsqueryFolded());
        query.addBindValue(limit);
        if (!query.exec())
            return databaseError(query);
        while (query.next())
            ids.append(query.value(0).toString());
        return ids;
    }
    QList<qint64> rowids;
    QSet<qint64> exactRowids;
    const auto collect = [&](const QString &match, const QString &weights, int want, bool exact) -> Status {
        query.prepare(u"SELECT rowid FROM (SELECT rowid, bm25(articles_fts, "_s + weights
                      + u") AS score FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1000)"
                        " ORDER BY score, rowid DESC LIMIT ?"_s);
        query.addBindValue(match);
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
    if (foldDiacritics(text) != text) {
        if (Status done = collect(searchQuery.fts5Exact(), u"1.0, 0.0"_s, limit, true); !done)
            return done.error();
    }
    if (rowids.size() < limit) {
        if (Status done = collect(searchQuery.fts5Folded(), u"0.0, 1.0"_s, limit + int(rowids.size()), false); !done)
            return done.error();
    }
    for (qint64 rowid : std::as_const(rowids)) {
        query.prepare(u"SELECT id FROM articles WHERE rowid = ?"_s);
        query.addBindValue(rowid);
        if (!query.exec() || !query.next())
            return databaseError(query);
        ids.append(query.value(0).toString());
        query.finish();
    }
    return ids;
}

Result<QStringList> rankedNow(Newsroom &newsroom, const QString &text, int limit)
{
    auto results = ArticleStore(newsroom).search(text, limit);
    if (!results)
        return results.error();
    QStringList ids;
    for (const SearchHit &hit : std::as_const(results->hits))
        ids.append(hit.article.id);
    return ids;
}

// ---- measures -----------------------------------------------------------

struct Scores {
    double precision = 0;  // relevant in the top 10 / min(10, relevant)
    double strictPrecision = 0;  // relevant in the top 10 / 10
    double ndcg = 0;
};

Scores score(const QStringList &ranked, const QHash<QString, int> &grades)
{
    Scores scores;
    QList<int> ideal;
    for (int grade : grades) {
        if (grade > 0)
            ideal.append(grade);
    }
    if (ideal.isEmpty())
        return scores;
    std::sort(ideal.begin(), ideal.end(), std::greater<>());
    int relevant = 0;
    double dcg = 0, idcg = 0;
    for (int i = 0; i < cutoff; ++i) {
        const int grade = i < ranked.size() ? grades.value(ranked.at(i)) : 0;
        relevant += grade > 0 ? 1 : 0;
        dcg += (std::pow(2.0, grade) - 1) / std::log2(i + 2.0);
        if (i < ideal.size())
            idcg += (std::pow(2.0, ideal.at(i)) - 1) / std::log2(i + 2.0);
    }
    scores.precision = double(relevant) / double(std::min<qsizetype>(cutoff, ideal.size()));
    scores.strictPrecision = double(relevant) / cutoff;
    scores.ndcg = dcg / idcg;
    return scores;
}

struct Judged {
    QString name;
    QList<QHash<QString, int>> grades;  // per query
    QList<Scores> before, now;
};

// ---- newsrooms ----------------------------------------------------------

QString serverProblem(const QString &database, const QStringList &statements)
{
    const QString name = u"relevance-admin"_s;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        if (!database.isEmpty())
            db.setDatabaseName(database);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    problem = statement + u": "_s + query.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

bool databaseExists(const QString &database)
{
    const QString name = u"relevance-check"_s;
    bool exists = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT 1 FROM pg_database WHERE datname = ?"_s);
            query.addBindValue(database);
            exists = query.exec() && query.next();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return exists;
}

// A newsroom kept in `where` (an SQLite file, or a PostgreSQL database when
// `postgres`), filled by fill() when new.
Result<std::unique_ptr<Newsroom>> newsroomAt(const QString &where, bool postgres,
                                             const std::function<Status(Newsroom &)> &fill)
{
    bool fresh = false;
    NewsroomUrl url;
    if (postgres) {
        fresh = !databaseExists(where);
        if (fresh) {
            const QString problem = serverProblem({}, {u"CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0"_s.arg(where)});
            if (!problem.isEmpty())
                return Error{ErrorCode::Failed, problem};
        }
        url = NewsroomUrl::parse(u"postgresql:///"_s + where).value();
    } else {
        fresh = !QFile::exists(where);
        url = NewsroomUrl::sqlite(where);
    }
    auto newsroom = Newsroom::open(url);
    if (!newsroom)
        return newsroom.error();
    if (fresh) {
        if (Status filled = fill(*newsroom.value()); !filled)
            return filled.error();
    }
    return newsroom;
}

// The demo's articles by number (1 = the first it creates), found by
// regenerating them: the demo makes its text with ArticleGenerator(2026)
// anchored on the day it runs, and ids are random. Digits are left out of
// the comparison: the dates in the text follow the day, the words do not.
QString withoutDigits(const QString &text)
{
    QString result = toNfc(text);
    result.removeIf([](QChar c) { return c.isDigit(); });
    return result;
}

Result<QHash<int, QString>> demoNumbers(Newsroom &newsroom)
{
    QHash<QString, int> byText;
    ArticleGenerator generator(2026);
    for (int number = 1; number <= 200; ++number) {
        const Article article = generator.next(ArticleState::Draft);
        byText.insert(withoutDigits(article.title + u'\n' + article.summary + u'\n' + article.body), number);
    }
    QSqlQuery query(newsroom.database());
    if (!query.exec(u"SELECT id, title, summary, body FROM articles"_s))
        return databaseError(query);
    QHash<int, QString> numbers;
    int articles = 0;
    while (query.next()) {
        ++articles;
        const int number = byText.value(withoutDigits(query.value(1).toString() + u'\n' + query.value(2).toString()
                                                      + u'\n' + query.value(3).toString()));
        if (number)
            numbers.insert(number, query.value(0).toString());
    }
    if (numbers.size() != articles)
        return Error{ErrorCode::Failed, u"%1 of the %2 demo articles not recognised"_s.arg(articles - numbers.size()).arg(articles)};
    return numbers;
}

Status scanAll(Newsroom &newsroom, RuleJudge &judge)
{
    QSqlQuery query(newsroom.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, title, summary, body FROM articles"_s))
        return databaseError(query);
    while (query.next()) {
        judge.judge(query.value(0).toString(), query.value(1).toString() + u'\n' + query.value(2).toString() + u'\n'
                                                   + query.value(3).toString());
    }
    return Done{};
}

// For judging by hand: every demo article holding all the syllables of a
// term (what either ranking can return), marked "=" where they stand
// together with the diacritics meant, "~" together otherwise, "…" apart,
// with the places they stand.
void printCandidates(Newsroom &newsroom, const QHash<int, QString> &numbers, const QList<Query> &queries)
{
    QHash<QString, int> numberOf;
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it)
        numberOf.insert(it.value(), it.key());
    QList<std::pair<int, QString>> texts;
    QSqlQuery query(newsroom.database());
    query.exec(u"SELECT id, title, summary, body FROM articles"_s);
    while (query.next()) {
        texts.append({numberOf.value(query.value(0).toString()),
                      query.value(1).toString() + u" ¶ "_s + query.value(2).toString() + u" ¶ "_s
                          + query.value(3).toString()});
    }
    std::sort(texts.begin(), texts.end());
    QSet<QString> done;
    for (const Query &q : queries) {
        if (done.contains(q.means))
            continue;
        done.insert(q.means);
        const QStringList meant = wordsOf(q.means);
        QStringList want;
        for (const QString &word : meant)
            want.append(bare(word));
        out << "\n== " << q.means << '\n';
        for (const auto &[number, text] : texts) {
            QString flat = text;
            flat.replace(u'\n', u' ');
            const QStringList chunks = flat.split(u' ', Qt::SkipEmptyParts);
            // Each chunk's words, and the chunk each word came from.
            QStringList words;
            QList<qsizetype> chunkOf;
            for (qsizetype c = 0; c < chunks.size(); ++c) {
                for (const QString &word : wordsOf(chunks.at(c))) {
                    words.append(word);
                    chunkOf.append(c);
                }
            }
            QStringList folded;
            for (const QString &word : words)
                folded.append(bare(word));
            const bool all = std::all_of(want.cbegin(), want.cend(), [&](const QString &w) { return folded.contains(w); });
            if (!all)
                continue;
            QStringList places;
            char mark = '.';
            for (qsizetype i = 0; i + want.size() <= words.size(); ++i) {
                if (!std::equal(want.cbegin(), want.cend(), folded.cbegin() + i))
                    continue;
                const bool exact = std::equal(meant.cbegin(), meant.cend(), words.cbegin() + i);
                mark = exact ? '=' : (mark == '=' ? '=' : '~');
                const qsizetype c = chunkOf.at(i);
                places.append((exact ? u"= "_s : u"~ "_s)
                              + chunks.mid(std::max<qsizetype>(0, c - 4), want.size() + 8).join(u' '));
            }
            if (places.isEmpty()) {
                for (qsizetype i = 0; i < words.size() && places.size() < 6; ++i) {
                    if (folded.at(i) == want.first() || folded.at(i) == want.last()) {
                        const qsizetype c = chunkOf.at(i);
                        places.append(u"… "_s + chunks.mid(std::max<qsizetype>(0, c - 4), 9).join(u' '));
                    }
                }
            }
            out << "  #" << number << ' ' << mark << " " << text.section(u" ¶ "_s, 0, 0) << '\n';
            for (const QString &place : places.mid(0, 6))
                out << "      " << place << '\n';
        }
    }
    out.flush();
}

QString figure(double value)
{
    return QString::number(value, 'f', 3);
}

void report(const Judged &judged, const QList<Query> &queries, bool perQuery)
{
    out << "\n### " << judged.name << "\n\n";
    if (perQuery) {
        out << "| query | relevant | P@10 before | P@10 after | nDCG@10 before | nDCG@10 after |\n"
               "| --- | --- | --- | --- | --- | --- |\n";
        for (qsizetype q = 0; q < queries.size(); ++q) {
            const qsizetype relevant = std::count_if(judged.grades.at(q).cbegin(), judged.grades.at(q).cend(),
                                                     [](int grade) { return grade > 0; });
            out << "| " << queries.at(q).typed << " | " << relevant;
            if (relevant == 0) {
                out << " | – | – | – | – |\n";
                continue;
            }
            out << " | " << figure(judged.before.at(q).precision) << " | " << figure(judged.now.at(q).precision) << " | "
                << figure(judged.before.at(q).ndcg) << " | " << figure(judged.now.at(q).ndcg) << " |\n";
        }
        out << '\n';
    }
    struct Group {
        QString name;
        std::function<bool(const Query &)> in;
    };
    const QList<Group> groups{
        {u"all queries"_s, [](const Query &) { return true; }},
        {u"multi-syllable"_s, [](const Query &q) { return q.syllables() > 1; }},
        {u"multi-syllable, typed with accents"_s, [](const Query &q) { return q.syllables() > 1 && q.accented(); }},
        {u"multi-syllable, typed without accents"_s, [](const Query &q) { return q.syllables() > 1 && !q.accented(); }},
        {u"one syllable"_s, [](const Query &q) { return q.syllables() == 1; }},
    };
    out << "| queries | judged | P@10 before | P@10 after | nDCG@10 before | nDCG@10 after | strict P@10 before | strict P@10 after |\n"
           "| --- | --- | --- | --- | --- | --- | --- | --- |\n";
    for (const Group &group : groups) {
        int n = 0;
        Scores before, now;
        for (qsizetype q = 0; q < queries.size(); ++q) {
            const bool judgedQuery = std::any_of(judged.grades.at(q).cbegin(), judged.grades.at(q).cend(),
                                                 [](int grade) { return grade > 0; });
            if (!judgedQuery || !group.in(queries.at(q)))
                continue;
            ++n;
            before.precision += judged.before.at(q).precision;
            before.strictPrecision += judged.before.at(q).strictPrecision;
            before.ndcg += judged.before.at(q).ndcg;
            now.precision += judged.now.at(q).precision;
            now.strictPrecision += judged.now.at(q).strictPrecision;
            now.ndcg += judged.now.at(q).ndcg;
        }
        if (n == 0)
            continue;
        out << "| " << group.name << " | " << n << " | " << figure(before.precision / n) << " | "
            << figure(now.precision / n) << " | " << figure(before.ndcg / n) << " | " << figure(now.ndcg / n) << " | "
            << figure(before.strictPrecision / n) << " | " << figure(now.strictPrecision / n) << " |\n";
    }
    out.flush();
}

Status rank(Newsroom &newsroom, const QList<Query> &queries, Judged &judged)
{
    for (qsizetype q = 0; q < queries.size(); ++q) {
        auto before = rankedBefore(newsroom, queries.at(q).typed, cutoff);
        if (!before)
            return before.error();
        auto now = rankedNow(newsroom, queries.at(q).typed, cutoff);
        if (!now)
            return now.error();
        judged.before.append(score(before.value(), judged.grades.at(q)));
        judged.now.append(score(now.value(), judged.grades.at(q)));
    }
    return Done{};
}

Result<QList<Query>> readQueries(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, u"%1: %2"_s.arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{ErrorCode::InvalidInput, u"%1: %2"_s.arg(path, parseError.errorString())};
    QList<Query> queries;
    for (const QJsonValue value : document.object().value(u"terms").toArray()) {
        const QJsonObject term = value.toObject();
        QHash<int, int> demo;
        const QJsonObject judgedDemo = term.value(u"demo").toObject();
        for (auto it = judgedDemo.constBegin(); it != judgedDemo.constEnd(); ++it)
            demo.insert(it.key().toInt(), it.value().toInt());
        for (const QJsonValue typed : term.value(u"typed").toArray()) {
            queries.append(Query{typed.toString(), term.value(u"means").toString(), term.value(u"kind").toString(), demo});
            if (!SearchQuery::parse(queries.last().typed))
                return Error{ErrorCode::InvalidInput, u"%1: no word to search for in \"%2\""_s.arg(path, queries.last().typed)};
        }
    }
    return queries;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"queries"_s, u"the judged query set (JSON)"_s);
    parser.addOption({u"articles"_s, u"articles in the generated newsroom (100000)"_s, u"n"_s, u"100000"_s});
    parser.addOption({u"work"_s, u"keep the newsrooms in this folder, reused when there"_s, u"dir"_s});
    parser.addOption({u"postgresql"_s, u"use PostgreSQL databases named after this prefix (libpq's environment)"_s, u"prefix"_s});
    parser.addOption({u"per-query"_s, u"print every query's figures"_s});
    parser.addOption({u"candidates"_s, u"print the demo articles holding any syllable of each term, then stop"_s});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    auto queries = readQueries(parser.positionalArguments().first());
    if (!queries) {
        err << queries.error().message << '\n';
        return 2;
    }
    const qint64 articles = parser.value(u"articles"_s).toLongLong();
    const bool postgres = parser.isSet(u"postgresql"_s);
    QTemporaryDir scratch;
    const QString work = parser.isSet(u"work"_s) ? parser.value(u"work"_s) : scratch.path();
    QDir().mkpath(work);
    const QString prefix = parser.value(u"postgresql"_s);
    const auto where = [&](const QString &name) {
        return postgres ? prefix + u'_' + name : QDir(work).filePath(name + u".sqlite"_s);
    };

    auto demo = newsroomAt(where(u"demo"_s), postgres, [](Newsroom &newsroom) -> Status {
        auto added = DemoData::add(newsroom);
        if (!added)
            return added.error();
        return Done{};
    });
    if (!demo) {
        err << demo.error().message << '\n';
        return 2;
    }
    auto numbers = demoNumbers(*demo.value());
    if (!numbers) {
        err << numbers.error().message << '\n';
        return 2;
    }
    if (parser.isSet(u"candidates"_s)) {
        printCandidates(*demo.value(), numbers.value(), queries.value());
        return 0;
    }

    // The demo: the hand-judged grades, by number.
    Judged demoJudged{u"The demo newsroom (%1 articles, relevance judged by hand)"_s.arg(numbers->size()), {}, {}, {}};
    for (const Query &query : std::as_const(queries.value())) {
        QHash<QString, int> grades;
        for (auto it = query.demo.cbegin(); it != query.demo.cend(); ++it) {
            if (!numbers->contains(it.key())) {
                err << "no demo article #" << it.key() << '\n';
                return 2;
            }
            grades.insert(numbers->value(it.key()), it.value());
        }
        demoJudged.grades.append(grades);
    }
    if (Status ranked = rank(*demo.value(), queries.value(), demoJudged); !ranked) {
        err << ranked.error().message << '\n';
        return 1;
    }

    // The generated newsroom: the rule.
    const QString generatedName = u"generated_%1"_s.arg(articles);
    auto generated = newsroomAt(where(generatedName), postgres, [articles](Newsroom &newsroom) -> Status {
        const QDateTime anchor(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::UTC);
        auto seeded = BenchSeed::run(newsroom, articles, std::nullopt, generatedSeed, anchor);
        if (!seeded)
            return seeded.error();
        return Done{};
    });
    if (!generated) {
        err << generated.error().message << '\n';
        return 2;
    }
    RuleJudge judge(queries.value());
    if (Status scanned = scanAll(*generated.value(), judge); !scanned) {
        err << scanned.error().message << '\n';
        return 1;
    }
    Judged generatedJudged{u"A generated newsroom (%1 articles, seed %2, relevance by the rule)"_s.arg(articles).arg(generatedSeed),
                           {}, {}, {}};
    for (qsizetype q = 0; q < queries->size(); ++q)
        generatedJudged.grades.append(judge.grades(q));
    if (Status ranked = rank(*generated.value(), queries.value(), generatedJudged); !ranked) {
        err << ranked.error().message << '\n';
        return 1;
    }

    out << "backend: " << (postgres ? "PostgreSQL" : "SQLite") << "; " << queries->size() << " queries; P@10 is the"
        << " relevant among the first 10 over min(10, relevant), strict P@10 over 10\n";
    const bool perQuery = parser.isSet(u"per-query"_s);
    report(demoJudged, queries.value(), perQuery);
    report(generatedJudged, queries.value(), perQuery);
    return 0;
}
