// Search and list-opening timings on a seeded newsroom, side by side with
// the same FTS5 queries run by the sqlite3 shell on the same file and with a
// LIKE '%…%' scan. Prints a Markdown table. Usage:
//   bench_search NEWSROOM.sqlite [REPEATS]
#include "articlelistmodel.h"
#include "articlestore.h"
#include "newsroom.h"
#include "searchquery.h"
#include "vietnamesetext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

    QList<double> ours, shell, like;
    QList<std::pair<double, QString>> slowest;  // each query's slowest run
    QStringList ftsStatements, likeStatements;
    for (const QString &text : queries) {
        auto query = SearchQuery::parse(text);
        if (!query)
            continue;
        // The FTS5 steps portaldesk runs: the exact one when the text was
        // typed with diacritics, then the folded one.
        const QString step = QStringLiteral("SELECT rowid FROM (SELECT rowid, bm25(articles_fts, %2) AS score"
                                            " FROM articles_fts WHERE articles_fts MATCH %1 ORDER BY rowid DESC"
                                            " LIMIT 1000) ORDER BY score, rowid DESC LIMIT 20");
        QString statement = step.arg(sqlLiteral(query->fts5Folded()), QStringLiteral("0.0, 1.0"));
        if (foldDiacritics(text) != text) {
            statement = QStringLiteral("SELECT * FROM (%1) UNION ALL SELECT * FROM (%2)")
                            .arg(step.arg(sqlLiteral(query->fts5Exact()), QStringLiteral("1.0, 0.0")), statement);
        }
        ftsStatements.append(statement);
        // A search has to rank every match, so the scan reads every article.
        likeStatements.append(QStringLiteral("SELECT count(*) FROM articles WHERE title LIKE %1 OR summary LIKE %1"
                                             " OR body LIKE %1")
                                  .arg(sqlLiteral(u'%' + text + u'%')));
        QList<double> times;
        for (int i = 0; i < repeats; ++i) {
            timer.restart();
            auto results = store.search(text, 20);
            times.append(timer.nsecsElapsed() / 1e6);
            if (!results)
                QTextStream(stderr) << results.error().message << '\n';
        }
        ours += times;
        slowest.append({percentile(times, 1.0), text});
    }
    std::sort(slowest.begin(), slowest.end(), std::greater<>());
    QStringList repeatedFts;
    for (int i = 0; i < repeats; ++i)
        repeatedFts += ftsStatements;
    shell = sqliteShellTimes(file, repeatedFts);
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
    row(QStringLiteral("sqlite3 shell, same FTS5 query"), shell);
    row(QStringLiteral("sqlite3 shell, LIKE '%…%' scan of every article"), like);
    row(QStringLiteral("open the article list (first page)"), listTimes);
    out << "\nslowest searches (slowest run):";
    for (qsizetype i = 0; i < qMin<qsizetype>(4, slowest.size()); ++i)
        out << (i ? ", " : " ") << '"' << slowest.at(i).second << "\" " << QString::number(slowest.at(i).first, 'f', 1) << " ms";
    out << '\n';
    if (!shell.isEmpty() && !like.isEmpty()) {
        out << "\nratios: portaldesk p95 / FTS5 p95 = "
            << QString::number(percentile(ours, 0.95) / percentile(shell, 0.95), 'f', 2)
            << "; LIKE p95 / portaldesk p95 = " << QString::number(percentile(like, 0.95) / percentile(ours, 0.95), 'f', 1)
            << "\n";
    }
    return 0;
}
