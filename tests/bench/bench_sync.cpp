// The portal sync's incremental benchmark (issue "portal sync"), run by hand,
// reported in README:
//   bench_sync incremental NEWSROOM [N] [RUNS]
// corrects N published articles of a big newsroom (each save queues its
// article in the outbox) and times the sync of them to an SQLite portal,
// RUNS times; the first run inserts, the others update. The outbox makes this independent of the
// newsroom's size: no scan.
#include "articlestore.h"
#include "newsroom.h"
#include "portal.h"
#include "portalsync.h"
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace PortalDesk::Models;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 3 || args.at(1) != u"incremental") {
        QTextStream(stderr) << "usage: bench_sync incremental NEWSROOM [N] [RUNS]\n";
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
