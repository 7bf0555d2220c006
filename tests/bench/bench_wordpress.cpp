// The WordPress connector's benchmark (issue "Real portals"), run by hand
// against the real WordPress of packaging/wordpress-virtualenv, reported in
// README:
//
//   packaging/mariadb-virtualenv packaging/wordpress-virtualenv build/tests/bench/bench_wordpress [N] [RUNS]
//
// Each run: N new published articles (bench seed) in a fresh newsroom are
// synced to WordPress, timed; then the same number of posts built the same
// way (title, HTML body, excerpt, date, slug, category and tag ids) from
// another fresh newsroom are POSTed by `curl --parallel` with as many
// requests in flight as the connector (6) to the same endpoint: the HTTP
// limit of this WordPress. Alternated, RUNS times; medians and their ratio
// in posts per second. The first run also corrects 10 of its N articles and
// times the incremental sync of those 10.
#include "articlestore.h"
#include "benchseed.h"
#include "markdownhtml.h"
#include "newsroom.h"
#include "portalsync.h"
#include "userstore.h"
#include "wordpresssync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

WordPressSite site()
{
    QUrl url(qEnvironmentVariable("PORTALDESK_TEST_WORDPRESS"));
    url.setUserName(qEnvironmentVariable("PORTALDESK_TEST_WORDPRESS_USER"));
    return WordPressSite::parse(url.toString()).value();
}

std::unique_ptr<Newsroom> seeded(const QTemporaryDir &dir, const QString &name, int count)
{
    auto newsroom = Newsroom::open(dir.filePath(name));
    if (!newsroom)
        return {};
    if (!BenchSeed::run(*newsroom.value(), count, ArticleState::Published))
        return {};
    return std::move(newsroom.value());
}

// Term ids by name, as WordPress has them now.
QHash<QString, qint64> terms(WordPressClient &client, const QString &route)
{
    QHash<QString, qint64> ids;
    auto listed = client.list(route, QUrlQuery{{u"_fields"_s, u"id,name"_s}, {u"hide_empty"_s, u"false"_s}});
    for (const QJsonValue &value : listed.value_or(QJsonArray()))
        ids.insert(value.toObject().value(u"name"_s).toString().replace(u"&amp;"_s, u"&"_s), value.toObject().value(u"id"_s).toInteger());
    return ids;
}

// The reference: the same kind of payloads POSTed by curl --parallel.
double curlRate(const QTemporaryDir &dir, int count, int run, QTextStream &out)
{
    auto newsroom = seeded(dir, u"reference-%1.sqlite"_s.arg(run), count);
    WordPressClient client(site(), qEnvironmentVariable("PORTALDESK_TEST_WORDPRESS_PASSWORD"));
    if (!newsroom || !client.connect()) {
        out << "cannot prepare the reference" << Qt::endl;
        return 0;
    }
    const QHash<QString, qint64> categories = terms(client, u"wp/v2/categories"_s);
    const QHash<QString, qint64> tags = terms(client, u"wp/v2/tags"_s);
    QSqlQuery ids(newsroom->database());
    ids.exec(u"SELECT id FROM articles WHERE state = 'published'"_s);
    QStringList articleIds;
    while (ids.next())
        articleIds.append(ids.value(0).toString());
    ids.finish();
    ArticleStore store(*newsroom);
    const QString endpoint = qEnvironmentVariable("PORTALDESK_TEST_WORDPRESS") + u"wp-json/wp/v2/posts"_s;
    const QString login = qEnvironmentVariable("PORTALDESK_TEST_WORDPRESS_USER") + u':'
                          + qEnvironmentVariable("PORTALDESK_TEST_WORDPRESS_PASSWORD");
    QFile config(dir.filePath(u"curl-%1.conf"_s.arg(run)));
    if (!config.open(QIODevice::WriteOnly))
        return 0;
    for (qsizetype i = 0; i < articleIds.size(); ++i) {
        const Article article = store.load(articleIds.at(i)).value();
        QJsonArray tagIds;
        for (const QString &tag : article.tags)
            if (tags.contains(tag))
                tagIds.append(tags.value(tag));
        QJsonObject post{{u"title"_s, article.title}, {u"excerpt"_s, article.summary},
                         {u"content"_s, WordPressSync::withoutSoftNewlines(markdownToHtml(article.body))},
                         {u"status"_s, u"publish"_s}, {u"date_gmt"_s, article.updated.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s)},
                         {u"slug"_s, slugOf(article.title)}, {u"tags"_s, tagIds},
                         {u"author"_s, client.me().value(u"id"_s).toInteger()}};
        if (categories.contains(article.section))
            post.insert(u"categories"_s, QJsonArray{categories.value(article.section)});
        QFile payload(dir.filePath(u"payload-%1-%2.json"_s.arg(run).arg(i)));
        if (!payload.open(QIODevice::WriteOnly))
            return 0;
        payload.write(QJsonDocument(post).toJson(QJsonDocument::Compact));
        payload.close();
        config.write(QStringLiteral("url = \"%1\"\nuser = \"%2\"\nheader = \"Content-Type: application/json\"\n"
                                    "data-binary = \"@%3\"\noutput = \"/dev/null\"\nwrite-out = \"%{http_code}\\n\"\n")
                         .arg(endpoint, login, payload.fileName())
                         .toUtf8());
        if (i + 1 < articleIds.size())
            config.write("next\n");
    }
    config.close();
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(u"curl"_s, {u"--silent"_s, u"--parallel"_s, u"--parallel-max"_s, QString::number(WordPressClient::inFlight),
                           u"--config"_s, config.fileName()});
    curl.waitForFinished(-1);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const int created = int(QString::fromLatin1(curl.readAllStandardOutput()).count(u"201"_s));
    if (created != count)
        out << "curl: " << created << " of " << count << " posts created" << Qt::endl;
    return created / seconds;
}

// Ours: the newsroom's outbox through WordPressSync. The first run also
// times an incremental sync of 10 corrections.
double ourRate(const QTemporaryDir &dir, int count, int run, double *incremental, QTextStream &out)
{
    auto newsroom = seeded(dir, u"ours-%1.sqlite"_s.arg(run), count);
    if (!newsroom)
        return 0;
    WordPressClient client(site(), qEnvironmentVariable("PORTALDESK_TEST_WORDPRESS_PASSWORD"));
    WordPressSync sync(*newsroom, client);
    QElapsedTimer timer;
    timer.start();
    auto result = sync.run();
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!result || result->sent != count) {
        out << "sync: " << (result ? result->lines.join(u"; "_s) : result.error().message) << Qt::endl;
        return 0;
    }
    if (incremental) {
        auto admin = UserStore(*newsroom).add(u"bench"_s, u"Bench"_s, Role::Editor, u"bench"_s, nullptr);
        QSqlQuery ids(newsroom->database());
        ids.exec(u"SELECT id FROM articles WHERE state = 'published' LIMIT 10"_s);
        QStringList corrected;
        while (ids.next())
            corrected.append(ids.value(0).toString());
        ids.finish();
        ArticleStore store(*newsroom);
        for (const QString &id : std::as_const(corrected)) {
            Article article = store.load(id).value();
            article.body += u"\n\nĐính chính: số liệu cập nhật."_s;
            if (!store.save(article, admin ? &admin.value() : nullptr))
                out << "correction not saved" << Qt::endl;
        }
        timer.restart();
        auto again = WordPressSync(*newsroom, client).run();
        *incremental = timer.nsecsElapsed() / 1e9;
        if (!again || again->updated != int(corrected.size()))
            out << "incremental sync: " << (again ? again->updated : -1) << " updated" << Qt::endl;
    }
    return count / seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (qEnvironmentVariableIsEmpty("PORTALDESK_TEST_WORDPRESS")) {
        out << "run under packaging/mariadb-virtualenv packaging/wordpress-virtualenv" << Qt::endl;
        return 2;
    }
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 3;
    QTemporaryDir dir;
    QList<double> ours, reference;
    double incremental = 0;
    for (int run = 0; run < runs; ++run) {
        // Alternating which goes first: WordPress's tables grow with each.
        const bool oursFirst = run % 2 == 0;
        for (int turn = 0; turn < 2; ++turn) {
            if ((turn == 0) == oursFirst) {
                ours.append(ourRate(dir, count, run, run == 0 ? &incremental : nullptr, out));
                out << "run " << run + 1 << " PortalDesk: " << ours.constLast() << " posts/s" << Qt::endl;
            } else {
                reference.append(curlRate(dir, count, run, out));
                out << "run " << run + 1 << " curl --parallel: " << reference.constLast() << " posts/s" << Qt::endl;
            }
        }
    }
    const double a = median(ours), b = median(reference);
    out << Qt::fixed << qSetRealNumberPrecision(1) << "posts of " << count << " new articles, medians of " << runs
        << " runs: PortalDesk " << a << "/s, curl --parallel " << b << "/s, ratio " << qSetRealNumberPrecision(2) << (b > 0 ? a / b : 0)
        << "; incremental sync of 10 corrections: " << incremental << " s" << Qt::endl;
    return 0;
}
