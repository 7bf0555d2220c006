// The portal sync's benchmarks (issue "portal sync"), run by hand, reported
// in README:
//
//   bench_sync incremental NEWSROOM [N] [RUNS]
// corrects N published articles of a big newsroom (each save queues its
// article in the outbox) and times the sync of them to an SQLite portal,
// RUNS times; the first run inserts, the others update. The outbox makes
// this independent of the newsroom's size: no scan.
//
//   bench_sync first NEWSROOM [RUNS]
// (under pg_virtualenv) times the first sync of every published article of
// the newsroom to a fresh PostgreSQL portal, then, in the same run, loading
// the very rows it wrote with psql's \copy into the same empty table, the
// practical limit; RUNS times (3), reports the medians in rows per second
// and their ratio.
//
//   bench_sync photos N [RUNS]
// (under pg_virtualenv) N published articles, each with a photo of its own
// (made here: 2000 × 1500 pictures, so the renditions are phone-sized), are
// synced to a fresh PostgreSQL portal; then the portal_media rows it wrote
// are loaded with psql's \copy into the same emptied table. RUNS times;
// medians of both and their ratio in rows of portal_media per second.
#include "benchresult.h"
#include "articleactions.h"
#include "articlestore.h"
#include "mediastore.h"
#include "userstore.h"
#include "newsroom.h"
#include "portal.h"
#include "portalsync.h"
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
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

// An empty PostgreSQL portal database of that name, with the reference
// schema; nothing (and a line on `out`) if it cannot be made.
std::optional<std::unique_ptr<Portal>> freshPortal(const QString &database, QTextStream &out)
{
    if (!psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database), out)
        || !psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(database), out))
        return std::nullopt;
    auto portal = Portal::open(NewsroomUrl::parsePortal(QStringLiteral("postgresql:///") + database).value());
    if (!portal || !portal.value()->init()) {
        out << "cannot create the portal" << Qt::endl;
        return std::nullopt;
    }
    return std::move(portal.value());
}

// One first sync and the \copy of its rows: rows per second of each.
std::optional<std::pair<double, double>> firstSyncOnce(const QString &newsroomPath, QTextStream &out)
{
    auto newsroom = Newsroom::open(newsroomPath);
    if (!newsroom) {
        out << newsroom.error().message << Qt::endl;
        return std::nullopt;
    }
    const QString database = QStringLiteral("portaldesk_bench_portal");
    auto portal = freshPortal(database, out);
    if (!portal)
        return std::nullopt;
    // Every published article waits for its first sync.
    QSqlDatabase db = newsroom.value()->database();
    QSqlQuery queue(db);
    if (!queue.exec(QStringLiteral("DELETE FROM portal_outbox"))
        || !queue.exec(QStringLiteral("DELETE FROM portal_sync_state"))
        || !queue.exec(QStringLiteral("INSERT INTO portal_outbox (article_id, version, action, queued_at)"
                                      " SELECT id, version, 'publish', updated_at FROM articles WHERE state = 'published'"))) {
        out << "cannot queue the articles" << Qt::endl;
        return std::nullopt;
    }
    QElapsedTimer timer;
    timer.start();
    auto synced = PortalSync(*newsroom.value(), *portal.value()).run();
    const double syncSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!synced || !synced->allDone()) {
        out << (synced ? synced->lines.join(u'\n') : synced.error().message) << Qt::endl;
        return std::nullopt;
    }
    const int rows = synced->sent;
    portal.value().reset();

    // The same rows, as the portal now holds them, loaded with \copy into
    // the same table, empty again, with the same indexes.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("rows.copy"));
    if (!psql(database, QStringLiteral("\\copy portal_articles TO '%1'").arg(file), out)
        || !psql(database, QStringLiteral("TRUNCATE portal_articles"), out))
        return std::nullopt;
    timer.restart();
    if (!psql(database, QStringLiteral("\\copy portal_articles FROM '%1'").arg(file), out))
        return std::nullopt;
    const double copySeconds = double(timer.nsecsElapsed()) / 1e9;
    psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1").arg(database), out);

    const double syncRate = rows / syncSeconds;
    const double copyRate = rows / copySeconds;
    out << "first sync of " << rows << " articles to PostgreSQL: " << syncSeconds << " s, " << qRound(syncRate)
        << " rows/s; psql \\copy of the same rows: " << copySeconds << " s, " << qRound(copyRate) << " rows/s" << Qt::endl;
    return std::pair{syncRate, copyRate};
}

int firstSync(const QString &newsroomPath, int runs, QTextStream &out)
{
    PortalDesk::Bench::Result result{QStringLiteral("sync_first"),
                                     QStringLiteral("first sync of every published article to a PostgreSQL portal, against psql \\copy of its rows"),
                                     QStringLiteral("psql \\copy"), QStringLiteral("rows/s"), true, 0.8, {}, {}};
    for (int run = 0; run < runs; ++run) {
        const auto rates = firstSyncOnce(newsroomPath, out);
        if (!rates)
            return 1;
        result.ours << rates->first;
        result.theirs << rates->second;
    }
    out << "ratio sync/\\copy (rows per second, median of " << runs << "): "
        << PortalDesk::Bench::median(result.ours) / PortalDesk::Bench::median(result.theirs) << Qt::endl;
    PortalDesk::Bench::printResult(out, result);
    return 0;
}

// A picture no other is like: gradients and shapes from the seed, with
// noise, so that JPEG sizes are those of photos, not of flat colours.
QByteArray picture(int seed)
{
    QRandomGenerator random(quint32(seed) * 2654435761u + 1);
    QImage image(2000, 1500, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 2000, 1500);
    gradient.setColorAt(0, QColor::fromHsv(random.bounded(360), 120, 220));
    gradient.setColorAt(1, QColor::fromHsv(random.bounded(360), 200, 90));
    painter.fillRect(image.rect(), gradient);
    for (int i = 0; i < 60; ++i) {
        painter.setBrush(QColor::fromHsv(random.bounded(360), random.bounded(256), random.bounded(256), 160));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(random.bounded(2000), random.bounded(1500), 40 + random.bounded(400), 40 + random.bounded(300));
    }
    painter.end();
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int n = int(random.bounded(24)) - 12;
            const QRgb c = line[x];
            line[x] = qRgb(std::clamp(qRed(c) + n, 0, 255), std::clamp(qGreen(c) + n, 0, 255), std::clamp(qBlue(c) + n, 0, 255));
        }
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return jpeg;
}

int photoSync(int count, int runs, QTextStream &out)
{
    QTemporaryDir dir;
    auto newsroom = Newsroom::open(dir.filePath(QStringLiteral("newsroom.sqlite")));
    if (!newsroom) {
        out << newsroom.error().message << Qt::endl;
        return 1;
    }
    UserStore users(*newsroom.value());
    auto admin = users.add(QStringLiteral("admin"), QStringLiteral("Quản trị"), Role::Admin, QStringLiteral("bench-password"), nullptr);
    auto reporter = users.add(QStringLiteral("reporter"), QStringLiteral("Phóng viên"), Role::Reporter, QStringLiteral("bench-password"), &admin.value());
    MediaStore media(*newsroom.value());
    ArticleStore store(*newsroom.value());
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        auto photo = PhotoImport::fromBytes(picture(i), QStringLiteral("anh-%1.jpg").arg(i));
        if (!photo) {
            out << photo.error().message << Qt::endl;
            return 1;
        }
        photo->caption = QStringLiteral("Ảnh số %1").arg(i);
        photo->credit = QStringLiteral("Ảnh: Phóng viên");
        auto added = media.add(photo.value(), &reporter.value());
        auto created = added ? store.create(Article{.title = QStringLiteral("Bài có ảnh %1").arg(i),
                                                    .body = QStringLiteral("Mở đầu.\n\n![Ảnh số %1](media:%2 \"Ảnh: Phóng viên\")\n\nKết.")
                                                                .arg(i)
                                                                .arg(added->id)},
                                            &reporter.value())
                             : Result<Article>(added.error());
        if (!created) {
            out << created.error().message << Qt::endl;
            return 1;
        }
    }
    QSqlQuery(newsroom.value()->database()).exec(QStringLiteral("UPDATE articles SET state = 'published'"));
    out << "made " << count << " articles with a photo each in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;

    const QString database = QStringLiteral("portaldesk_bench_photos");
    QList<double> syncTimes, copyTimes;
    int rows = 0;
    qint64 bytes = 0;
    for (int run = 1; run <= runs; ++run) {
        auto portal = freshPortal(database, out);
        if (!portal)
            return 1;
        QSqlQuery queue(newsroom.value()->database());
        if (!queue.exec(QStringLiteral("DELETE FROM portal_outbox"))
            || !queue.exec(QStringLiteral("DELETE FROM portal_sync_state"))
            || !queue.exec(QStringLiteral("INSERT INTO portal_outbox (article_id, version, action, queued_at)"
                                          " SELECT id, version, 'publish', updated_at FROM articles"))) {
            out << "cannot queue the articles" << Qt::endl;
            return 1;
        }
        timer.restart();
        auto synced = PortalSync(*newsroom.value(), *portal.value()).run();
        syncTimes.append(double(timer.nsecsElapsed()) / 1e9);
        if (!synced || !synced->allDone() || synced->sent != count) {
            out << (synced ? synced->lines.join(u'\n') : synced.error().message) << Qt::endl;
            return 1;
        }
        QSqlQuery counted(portal.value()->database());
        counted.exec(QStringLiteral("SELECT count(*), sum(length(content)) FROM portal_media"));
        counted.next();
        rows = counted.value(0).toInt();
        bytes = counted.value(1).toLongLong();
        counted.finish();
        portal.value().reset();
        const QString file = dir.filePath(QStringLiteral("media.copy"));
        if (!psql(database, QStringLiteral("\\copy portal_media TO '%1'").arg(file), out)
            || !psql(database, QStringLiteral("TRUNCATE portal_media"), out))
            return 1;
        timer.restart();
        if (!psql(database, QStringLiteral("\\copy portal_media FROM '%1'").arg(file), out))
            return 1;
        copyTimes.append(double(timer.nsecsElapsed()) / 1e9);
        out << "run " << run << ": sync " << syncTimes.constLast() << " s, \\copy " << copyTimes.constLast() << " s ("
            << rows << " media rows, " << bytes / 1e6 << " MB)" << Qt::endl;
    }
    psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1").arg(database), out);
    std::sort(syncTimes.begin(), syncTimes.end());
    std::sort(copyTimes.begin(), copyTimes.end());
    const double sync = syncTimes.at(syncTimes.size() / 2);
    const double copy = copyTimes.at(copyTimes.size() / 2);
    out << "median: sync " << rows / sync << " media rows/s, \\copy " << rows / copy << " rows/s; ratio " << copy / sync
        << " (runs " << runs << ")" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if ((args.size() == 3 || args.size() == 4) && args.at(1) == u"first")
        return firstSync(args.at(2), args.value(3, QStringLiteral("3")).toInt(), out);
    if (args.size() >= 3 && args.at(1) == u"photos")
        return photoSync(args.at(2).toInt(), args.value(3, QStringLiteral("3")).toInt(), out);
    if (args.size() < 3 || args.at(1) != u"incremental") {
        QTextStream(stderr) << "usage: bench_sync incremental NEWSROOM [N] [RUNS]\n"
                               "       bench_sync first NEWSROOM   (with a PostgreSQL server in PGHOST/PGPORT)\n"
                               "       bench_sync photos N [RUNS]  (with a PostgreSQL server in PGHOST/PGPORT)\n";
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
