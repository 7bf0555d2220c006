// Search and list-opening timings on a seeded newsroom, side by side with
// raw FTS5 queries run by the sqlite3 shell on the same file and with a
// LIKE '%…%' scan. Raw FTS5 three ways: one statement of the query's words
// ANDed, diacritics ignored (the least a full-text search of them costs);
// the words ANDed as search ran them before issue 23 (the exact-diacritics
// step when typed with some, then the folded one, both always); and the tier
// steps search runs now for the same query (as many as it needed to fill its
// 20 hits). Prints a Markdown table. Usage:
//   bench_search NEWSROOM.sqlite [REPEATS]
#include "articlelistmodel.h"
#include "articlestore.h"
#include "newsroom.h"
#include "searchquery.h"
#include "vietnamesetext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

using namespace PortalDesk::Models;

namespace {

// What staff type: with and without accents, one word or several, common
// and rare terms.
const QStringList queries{
    QStringLiteral("đường giao thông"),  QStringLiteral("duong giao thong"),
    QStringLiteral("dịch vụ công trực tuyến"), QStringLiteral("dich vu cong"),
    QStringLiteral("phòng chống thiên tai"),   QStringLiteral("thien tai"),
    QStringLiteral("OCOP"),              QStringLiteral("bảng giá đất"),
    QStringLiteral("bang gia dat"),      QStringLiteral("tiêm chủng"),
    QStringLiteral("tiem chung"),        QStringLiteral("Đà Nẵng"),
    QStringLiteral("da nang"),           QStringLiteral("UBND tỉnh"),
    QStringLiteral("chuyển đổi số"),     QStringLiteral("xã Tân Phước"),
    QStringLiteral("nông thôn mới"),     QStringLiteral("du lịch"),
    QStringLiteral("giáo dục"),          QStringLiteral("khánh thành"),
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

// Runs the statements in one sqlite3 shell with ".timer on" and returns the
// wall time sqlite3 reports for each, in ms (no process start-up counted).
QList<double> sqliteShellTimes(const QString &file, const QStringList &statements)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), file});
    if (!shell.waitForStarted())
        return {};
    QByteArray script = ".timer on\n.output /dev/null\n";
    for (const QString &statement : statements)
        script += statement.toUtf8() + ";\n";
    shell.write(script);
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const QString output = QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
    static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    QList<double> times;
    for (auto match = runTime.globalMatch(output); match.hasNext();)
        times.append(match.next().captured(1).toDouble() * 1000.0);
    return times;
}

QString sqlLiteral(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_search NEWSROOM.sqlite [REPEATS]\n";
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    const int repeats = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 5;

    QElapsedTimer timer;
    timer.start();
    auto newsroom = Newsroom::open(file);
    if (!newsroom) {
        QTextStream(stderr) << newsroom.error().message << '\n';
        return 1;
    }
    const double openMs = timer.nsecsElapsed() / 1e6;
    ArticleStore store(*newsroom.value());
    const int total = store.count().value_or(0);

    // Opening the article list: the model reads its first page only.
    QList<double> listTimes;
    for (int i = 0; i < repeats; ++i) {
        timer.restart();
        ArticleListModel model(store);
        const int rows = model.rowCount();
        listTimes.append(timer.nsecsElapsed() / 1e6);
        Q_ASSERT(rows > 0);
    }

    QList<double> ours, plain, anded, tiered, like;
    QHash<QString, QList<double>> perQuery;
    QStringList plainStatements, andStatements, tierStatements, likeStatements;
    constexpr int limit = 20;
    const QString step = QStringLiteral("SELECT rowid FROM (SELECT rowid, bm25(articles_fts, %2) AS score"
                                        " FROM articles_fts WHERE articles_fts MATCH %1 ORDER BY rowid DESC"
                                        " LIMIT 1000) ORDER BY score, rowid DESC LIMIT %3");
    const auto weights = [](bool exact) { return exact ? QStringLiteral("1.0, 0.0") : QStringLiteral("0.0, 1.0"); };
    QStringList texts;
    for (const QString &text : queries) {
        auto query = SearchQuery::parse(text);
        if (!query)
            continue;
        texts.append(text);
        // One statement of the words ANDed, diacritics ignored.
        QString statement = step.arg(sqlLiteral(query->fts5Folded()), weights(false)).arg(limit);
        plainStatements.append(statement);
        // Before issue 23: the words ANDed, the exact step when the text
        // was typed with diacritics, then the folded one.
        if (foldDiacritics(text) != text) {
            statement = QStringLiteral("SELECT * FROM (%1) UNION ALL SELECT * FROM (%2)")
                            .arg(step.arg(sqlLiteral(query->fts5Exact()), weights(true)).arg(limit), statement);
        }
        andStatements.append(statement);
        // A search has to rank every match, so the scan reads every article.
        likeStatements.append(QStringLiteral("SELECT count(*) FROM articles WHERE title LIKE %1 OR summary LIKE %1"
                                             " OR body LIKE %1")
                                  .arg(sqlLiteral(u'%' + text + u'%')));
        // The tier steps that search runs: all of them when it finds fewer
        // than the limit, else up to the tier of its last hit; an untimed
        // search tells which.
        const auto results = store.search(text, limit);
        if (!results)
            QTextStream(stderr) << results.error().message << '\n';
        QStringList steps;
        for (SearchTier tier : query->tiers()) {
            // Room for what the steps before found, as search asks.
            const auto before = results ? std::count_if(results->hits.cbegin(), results->hits.cend(),
                                                        [tier](const SearchHit &hit) { return hit.tier < tier; })
                                        : 0;
            steps.append(QStringLiteral("SELECT * FROM (%1)")
                             .arg(step.arg(sqlLiteral(query->fts5(tier)), weights(SearchQuery::isExact(tier)))
                                      .arg(limit + before)));
            if (results && results->hits.size() == limit && results->hits.last().tier == tier)
                break;
        }
        tierStatements.append(steps.join(QStringLiteral(" UNION ALL ")));
    }
    // Round by round, PortalDesk then the shell, so that whatever else the
    // machine does falls on both alike.
    for (int round = 0; round < repeats; ++round) {
        for (const QString &text : std::as_const(texts)) {
            timer.restart();
            auto results = store.search(text, limit);
            const double ms = timer.nsecsElapsed() / 1e6;
            if (!results)
                QTextStream(stderr) << results.error().message << '\n';
            ours.append(ms);
            perQuery[text].append(ms);
        }
        plain += sqliteShellTimes(file, plainStatements);
        anded += sqliteShellTimes(file, andStatements);
        tiered += sqliteShellTimes(file, tierStatements);
    }
    QList<std::pair<double, QString>> slowest;  // each query's slowest run
    for (auto it = perQuery.cbegin(); it != perQuery.cend(); ++it)
        slowest.append({percentile(it.value(), 1.0), it.key()});
    std::sort(slowest.begin(), slowest.end(), std::greater<>());
    like = sqliteShellTimes(file, likeStatements);

    out << "newsroom: " << file << ", " << total << " articles; open " << QString::number(openMs, 'f', 1) << " ms\n\n";
    out << "| measure | p50 ms | p95 ms |\n| --- | --- | --- |\n";
    const auto row = [&](const QString &name, const QList<double> &values) {
        if (values.isEmpty()) {
            out << "| " << name << " | n/a | n/a |\n";
            return;
        }
        out << "| " << name << " | " << QString::number(percentile(values, 0.5), 'f', 2) << " | "
            << QString::number(percentile(values, 0.95), 'f', 2) << " |\n";
    };
    row(QStringLiteral("portaldesk search (20 hits, with snippets)"), ours);
    row(QStringLiteral("sqlite3 shell, FTS5: one statement, the folded words ANDed"), plain);
    row(QStringLiteral("sqlite3 shell, FTS5: the words ANDed (search before issue 23)"), anded);
    row(QStringLiteral("sqlite3 shell, FTS5: the tier steps search ran"), tiered);
    row(QStringLiteral("sqlite3 shell, LIKE '%…%' scan of every article"), like);
    row(QStringLiteral("open the article list (first page)"), listTimes);
    out << "\nslowest searches (slowest run):";
    for (qsizetype i = 0; i < qMin<qsizetype>(4, slowest.size()); ++i)
        out << (i ? ", " : " ") << '"' << slowest.at(i).second << "\" " << QString::number(slowest.at(i).first, 'f', 1) << " ms";
    out << '\n';
    if (!plain.isEmpty() && !anded.isEmpty() && !tiered.isEmpty() && !like.isEmpty()) {
        const double p95 = percentile(ours, 0.95);
        out << "\nratios: portaldesk p95 / FTS5 one statement p95 = " << QString::number(p95 / percentile(plain, 0.95), 'f', 2)
            << "; portaldesk p95 / FTS5 words ANDed p95 = " << QString::number(p95 / percentile(anded, 0.95), 'f', 2)
            << "; portaldesk p95 / FTS5 tier steps p95 = " << QString::number(p95 / percentile(tiered, 0.95), 'f', 2)
            << "; LIKE p95 / portaldesk p95 = " << QString::number(percentile(like, 0.95) / p95, 'f', 1) << "\n";
    }
    return 0;
}
