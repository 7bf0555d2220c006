// The portal sync's benchmarks (issue "portal sync"), run by hand, reported
// in README:
//
//   bench_sync incremental NEWSROOM [N] [RUNS]
// corrects N published articles of a big newsroom (each save queues its
// article in the outbox) and times the sync of them to an SQLite portal,
// RUNS times; the first run inserts, the others update. The outbox makes
// this independent of the newsroom's size: no scan.
//
//   bench_sync first NEWSROOM
// (under pg_virtualenv) times the first sync of every published article of
// the newsroom to a fresh PostgreSQL portal, then, in the same run, loading
// the very rows it wrote with psql's \copy into the same empty table, the
// practical limit; reports both in rows per second and their ratio.
#include "articlestore.h"
#include "newsroom.h"
#include "portal.h"
#include "portalsync.h"
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace PortalDesk::Models;

namespace {

bool psql(const QString &database, const QString &command, QTextStream &out)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                           QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), database,
                                           QStringLiteral("-c"), command});
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        out << "psql failed: " << command << Qt::endl;
        return false;
    }
    return true;
}

int firstSync(const QString &newsroomPath, QTextStream &out)
{
    auto newsroom = Newsroom::open(newsroomPath);
    if (!newsroom) {
        out << newsroom.error().message << Qt::endl;
        return 1;
    }
    const QString database = QStringLiteral("portaldesk_bench_portal");
    if (!psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database), out)
        || !psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(database), out))
        return 1;
    auto portal = Portal::open(NewsroomUrl::parsePortal(QStringLiteral("postgresql:///") + database).value());
    if (!portal || !portal.value()->init()) {
        out << "cannot create the portal" << Qt::endl;
        return 1;
    }
    // Every published article waits for its first sync.
    QSqlDatabase db = newsroom.value()->database();
    QSqlQuery queue(db);
    if (!queue.exec(QStringLiteral("DELETE FROM portal_outbox"))
        || !queue.exec(QStringLiteral("DELETE FROM portal_sync_state"))
        || !queue.exec(QStringLiteral("INSERT INTO portal_outbox (article_id, version, action, queued_at)"
                                      " SELECT id, version, 'publish', updated_at FROM articles WHERE state = 'published'"))) {
        out << "cannot queue the articles" << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto synced = PortalSync(*newsroom.value(), *portal.value()).run();
    const double syncSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!synced || !synced->allDone()) {
        out << (synced ? synced->lines.join(u'\n') : synced.error().message) << Qt::endl;
        return 1;
    }
    const int rows = synced->sent;
    portal.value().reset();

    // The same rows, as the portal now holds them, loaded with \copy into
    // the same table, empty again, with the same indexes.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("rows.copy"));
    if (!psql(database, QStringLiteral("\\copy portal_articles TO '%1'").arg(file), out)
        || !psql(database, QStringLiteral("TRUNCATE portal_articles"), out))
        return 1;
    timer.restart();
    if (!psql(database, QStringLiteral("\\copy portal_articles FROM '%1'").arg(file), out))
        return 1;
    const double copySeconds = double(timer.nsecsElapsed()) / 1e9;
    psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1").arg(database), out);

    const double syncRate = rows / syncSeconds;
    const double copyRate = rows / copySeconds;
    out << "first sync of " << rows << " articles to PostgreSQL: " << syncSeconds << " s, " << qRound(syncRate)
        << " rows/s" << Qt::endl;
    out << "psql \\copy of the same rows: " << copySeconds << " s, " << qRound(copyRate) << " rows/s" << Qt::endl;
    out << "ratio sync/\\copy (rows per second): " << syncRate / copyRate << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == u"first")
        return firstSync(args.at(2), out);
    if (args.size() < 3 || args.at(1) != u"incremental") {
        QTextStream(stderr) << "usage: bench_sync incremental NEWSROOM [N] [RUNS]\n"
                               "       bench_sync first NEWSROOM   (with a PostgreSQL server in PGHOST/PGPORT)\n";
        return 2;
    }
    const int n = args.value(3, QStringLiteral("10")).toInt();
    const int runs = args.value(4, QStringLiteral("5")).toInt();
    auto newsroom = Newsroom::open(args.at(2));
    if (!newsroom) {
        out << newsroom.error().message << Qt::endl;
        return 1;
    }
    ArticleStore store(*newsroom.value());
    auto page = store.page(std::nullopt, n, ArticleFilter::inState(ArticleState::Published));
    if (!page || page->articles.size() < n) {
        out << "the newsroom has fewer than " << n << " published articles" << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    auto portal = Portal::open(NewsroomUrl::sqlite(dir.filePath(QStringLiteral("portal.sqlite"))));
    if (!portal || !portal.value()->init()) {
        out << "cannot create the portal" << Qt::endl;
        return 1;
    }
    QSqlDatabase db = newsroom.value()->database();
    QSqlQuery(db).exec(QStringLiteral("UPDATE portal_outbox SET done_at = 'bench' WHERE done_at IS NULL"));
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        // N corrections, saved as the desk saves them: each queues its article.
        for (const Article &listed : std::as_const(page->articles)) {
            auto article = store.load(listed.id);
            if (!article)
                return 1;
            article->summary = QStringLiteral("Cập nhật lần %1. ").arg(run + 1) + article->summary;
            if (!store.save(article.value())) {
                out << "cannot save " << listed.id << Qt::endl;
                return 1;
            }
        }
        QElapsedTimer timer;
        timer.start();
        auto synced = PortalSync(*newsroom.value(), *portal.value()).run();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (!synced) {
            out << synced.error().message << Qt::endl;
            return 1;
        }
        out << "run " << run + 1 << ": sent " << synced->sent << ", updated " << synced->updated << ", unchanged "
            << synced->unchanged << ", conflicts " << synced->conflicts << "; " << times.constLast() << " ms" << Qt::endl;
    }
    std::sort(times.begin(), times.end());
    out << "incremental sync of " << n << " articles in a newsroom of " << store.count().value() << ": median "
        << times.at(times.size() / 2) << " ms, max " << times.constLast() << " ms" << Qt::endl;
    return 0;
}
