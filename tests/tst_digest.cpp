// The press digest's collecting and sorting: OPML, feeds fetched over real
// HTTP on loopback (RSS 2.0, Atom, RDF, conditional GET, and every way a
// feed breaks), relevance rules, and the clustering of one story told by
// several outlets, measured on a fixture.
#include "demodata.h"
#include "digeststore.h"
#include "digestsorting.h"
#include "feedfetcher.h"
#include "newsroom.h"

#include "loopbackhttp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

QByteArray rss(const QByteArray &title)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Báo</title>"
           "<item><title>" + title + "</title><link>https://bao.example/1</link><guid>a-1</guid>"
           "<description>&lt;p&gt;Sáng 15/11, UBND tỉnh &lt;b&gt;Quảng Trị&lt;/b&gt; khởi công.&lt;/p&gt;</description>"
           "<pubDate>Sun, 15 Nov 2026 01:30:00 GMT</pubDate></item>"
           "<item><title>Tin thứ hai</title><link>https://bao.example/2</link><pubDate>Sun, 15 Nov 2026 02:00:00 GMT</pubDate></item>"
           "</channel></rss>";
}

const QByteArray atom =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Site</title>"
    "<id>urn:site</id><updated>2026-11-15T03:00:00Z</updated>"
    "<entry><title>Cháy rừng thông ở Vĩnh Linh</title><id>urn:e1</id><link href=\"https://site.example/e1\"/>"
    "<updated>2026-11-15T03:00:00Z</updated><summary>Hàng trăm người dập lửa.</summary></entry></feed>";

const QByteArray rdf =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
    " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
    "<channel rdf:about=\"https://rdf.example/\"><title>RDF</title><link>https://rdf.example/</link><description>x</description></channel>"
    "<item rdf:about=\"https://rdf.example/1\"><title>Giá cà phê Khe Sanh tăng</title><link>https://rdf.example/1</link>"
    "<dc:date>2026-11-15T04:00:00Z</dc:date></item></rdf:RDF>";

} // namespace

class TestDigest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opml();
    void opmlRobustness_data();
    void opmlRobustness();
    void rules();
    void clusteringOnTheFixture();
    void fetchOverHttp();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Newsroom> m_newsroom;
};

void TestDigest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto newsroom = Newsroom::open(m_dir.filePath(u"newsroom.sqlite"_s));
    QVERIFY(newsroom.ok());
    m_newsroom = std::move(newsroom.value());
}

void TestDigest::opml()
{
    DigestStore store(*m_newsroom);
    const QByteArray opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>Báo chí</title></head><body>"
                            "<outline text=\"Trung ương\"><outline text=\"VnExpress\" type=\"rss\" xmlUrl=\"https://vnexpress.net/rss/thoi-su.rss\"/>"
                            "<outline title=\"Tuổi Trẻ\" text=\"TT\" type=\"rss\" xmlUrl=\"https://tuoitre.vn/rss/thoi-su.rss\"/></outline>"
                            "<outline text=\"Báo Quảng Trị\" type=\"rss\" xmlUrl=\"https://baoquangtri.vn/rss\"/>"
                            "<outline text=\"Tệp cục bộ\" xmlUrl=\"file:///etc/passwd\"/></body></opml>";
    auto added = store.importOpml(opml);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QCOMPARE(added.value(), 3);  // the file: URL is not a feed
    QCOMPARE(store.importOpml(opml).value(), 0);  // nothing twice
    auto feeds = store.feeds();
    QCOMPARE(feeds->size(), 3);
    QStringList seen;
    for (const DigestFeed &feed : feeds.value())
        seen << feed.group + u'/' + feed.title;
    seen.sort();
    QCOMPARE(seen, QStringList({u"/Báo Quảng Trị"_s, u"Trung ương/Tuổi Trẻ"_s, u"Trung ương/VnExpress"_s}));

    // Exported and read back into another newsroom: the same feeds and groups.
    auto exported = store.exportOpml();
    QVERIFY(exported.ok());
    auto other = Newsroom::open(m_dir.filePath(u"other.sqlite"_s));
    QVERIFY(other.ok());
    QCOMPARE(DigestStore(*other.value()).importOpml(exported.value()).value(), 3);
    QStringList again;
    const auto otherFeeds = DigestStore(*other.value()).feeds();
    for (const DigestFeed &feed : otherFeeds.value())
        again << feed.group + u'/' + feed.title;
    again.sort();
    QCOMPARE(again, seen);
}

void TestDigest::opmlRobustness_data()
{
    QTest::addColumn<QByteArray>("opml");
    QTest::addColumn<QString>("message");
    QTest::newRow("robustness: broken XML") << QByteArray("<opml><body><outline xmlUrl=\"x\">") << u"not well-formed"_s;
    QTest::newRow("robustness: not OPML") << QByteArray("<rss><channel/></rss>") << u"not OPML"_s;
}

void TestDigest::opmlRobustness()
{
    QFETCH(QByteArray, opml);
    QFETCH(QString, message);
    auto imported = DigestStore(*m_newsroom).importOpml(opml);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, ErrorCode::InvalidInput);
    QVERIFY2(imported.error().message.contains(message), qPrintable(imported.error().message));
}

void TestDigest::rules()
{
    QList<DigestRule> rules{{0, u"Quảng Trị"_s, u"Chính trị"_s, {}, false},
                            {0, u"Cửa Việt"_s, u"Tài nguyên – Môi trường"_s, u"UBND huyện Gio Linh"_s, false},
                            {0, u"quang cao"_s, {}, {}, true}};
    const RelevanceRules matcher(rules);
    const QString text = u"Sạt lở bờ biển CỬA VIỆT, tỉnh Quang Tri: người dân bức xúc"_s;
    const RelevanceMatch match = matcher.match(text);
    QVERIFY(match.relevant);
    QCOMPARE(match.phrases, QStringList({u"Quảng Trị"_s, u"Cửa Việt"_s}));
    QCOMPARE(match.section, u"Chính trị"_s);
    QCOMPARE(match.concerns, QStringList{u"UBND huyện Gio Linh"_s});
    QCOMPARE(match.ranges.size(), 2);
    QCOMPARE(text.mid(match.ranges.at(0).first, match.ranges.at(0).second), u"CỬA VIỆT"_s);
    QCOMPARE(text.mid(match.ranges.at(1).first, match.ranges.at(1).second), u"Quang Tri"_s);
    // Whole words only, and an excluding rule wins.
    QVERIFY(!matcher.match(u"Ông Quảng Trịnh phát biểu"_s).relevant);
    QVERIFY(!matcher.match(u"Quảng cáo: du lịch Quảng Trị giá rẻ"_s).relevant);

    // Stored rules: duplicates by their folded form are refused.
    DigestStore store(*m_newsroom);
    QVERIFY(store.addRule(rules.at(0)).ok());
    QCOMPARE(store.addRule({0, u"quang tri"_s, {}, {}, false}).error().code, ErrorCode::Conflict);
    QCOMPARE(store.addRule({0, u"  "_s, {}, {}, false}).error().code, ErrorCode::InvalidInput);
}

void TestDigest::clusteringOnTheFixture()
{
    QFile file(QStringLiteral(PORTALDESK_TEST_DATA "/digest-stories.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray stories = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(stories.size() >= 20);
    QList<DigestItem> items;
    QStringList truth;
    for (const QJsonValue value : stories) {
        const QJsonObject story = value.toObject();
        DigestItem item;
        item.outlet = story.value(u"outlet").toString();
        item.title = story.value(u"title").toString();
        item.body = story.value(u"body").toString();
        items << item;
        truth << story.value(u"cluster").toString();
    }
    // Precision and recall over pairs: a pair is "same story" in the
    // fixture, and found so or not.
    const auto measure = [&](double threshold) {
        const QList<QList<int>> groups = StoryClusters::cluster(items, threshold);
        QList<int> groupOf(items.size());
        for (int g = 0; g < groups.size(); ++g) {
            for (int i : groups[g])
                groupOf[i] = g;
        }
        int truePairs = 0, foundPairs = 0, both = 0;
        for (int a = 0; a < items.size(); ++a) {
            for (int b = a + 1; b < items.size(); ++b) {
                const bool same = truth[a] == truth[b];
                const bool found = groupOf[a] == groupOf[b];
                truePairs += same;
                foundPairs += found;
                both += same && found;
            }
        }
        return std::pair(foundPairs ? double(both) / foundPairs : 1.0, truePairs ? double(both) / truePairs : 1.0);
    };
    // The tuning table README reports.
    for (double threshold : {0.1, 0.2, 0.3, 0.4, 0.5, 0.6}) {
        const auto [precision, recall] = measure(threshold);
        qInfo("threshold %.1f: precision %.2f, recall %.2f", threshold, precision, recall);
    }
    const auto [precision, recall] = measure(StoryClusters::defaultThreshold);
    QVERIFY2(precision >= 0.95, qPrintable(QString::number(precision)));
    QVERIFY2(recall >= 0.9, qPrintable(QString::number(recall)));
}

void TestDigest::fetchOverHttp()
{
    LoopbackHttp http;
    http.route("/rss", [](const QHash<QByteArray, QByteArray> &headers) -> std::optional<HttpResponse> {
        if (headers.value("if-none-match") == "\"v1\"")
            return HttpResponse{304, "application/rss+xml", {}, {}};
        return HttpResponse{200, "application/rss+xml", rss("Khởi công cao tốc Cam Lộ – Lao Bảo"), {{"ETag", "\"v1\""}}};
    });
    http.route("/atom", [](const auto &) { return std::optional(HttpResponse{200, "application/atom+xml", atom, {}}); });
    http.route("/rdf", [](const auto &) { return std::optional(HttpResponse{200, "application/rdf+xml", rdf, {}}); });
    http.route("/slow", [](const auto &) { return std::optional<HttpResponse>(); });
    http.route("/broken", [](const auto &) { return std::optional(HttpResponse{200, "application/rss+xml", "<rss><channel><item><title>x", {}}); });
    http.route("/latin1", [](const auto &) {
        QByteArray body = rss("Sạt lở bờ biển Cửa Việt");
        body.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        return std::optional(HttpResponse{200, "application/rss+xml", body, {}});
    });
    http.route("/huge", [](const auto &) {
        return std::optional(HttpResponse{200, "application/rss+xml", rss(QByteArray(10 * 1024 * 1024, 'x')), {}});
    });
    http.route("/loop", [&http](const auto &) {
        return std::optional(HttpResponse{302, "text/plain", {}, {{"Location", http.url("/loop").toLatin1()}}});
    });

    auto newsroom = Newsroom::open(m_dir.filePath(u"fetch.sqlite"_s));
    QVERIFY(newsroom.ok());
    DigestStore store(*newsroom.value());
    for (const char *path : {"/rss", "/atom", "/rdf", "/slow", "/broken", "/latin1", "/huge", "/loop"})
        QVERIFY(store.addFeed(QString::fromLatin1(path + 1), http.url(path)).ok());

    FeedFetcher fetcher(*newsroom.value());
    fetcher.setTimeout(1500);
    QSignalSpy finished(&fetcher, &FeedFetcher::finished);
    fetcher.fetch(store.feeds().value());
    QVERIFY(finished.wait(20000));
    QHash<QString, FeedResult> results;
    for (const FeedResult &result : finished.first().first().value<QList<FeedResult>>())
        results.insert(result.title, result);
    QCOMPARE(results.size(), 8);
    QCOMPARE(results[u"rss"_s].status, u"ok"_s);
    QCOMPARE(results[u"rss"_s].newItems, 2);
    QCOMPARE(results[u"atom"_s].newItems, 1);
    QCOMPARE(results[u"rdf"_s].newItems, 1);
    QCOMPARE(results[u"latin1"_s].status, u"ok"_s);
    QVERIFY2(results[u"latin1"_s].message.contains(u"ISO-8859-1"), qPrintable(results[u"latin1"_s].message));
    QVERIFY2(results[u"slow"_s].message.contains(u"no answer"), qPrintable(results[u"slow"_s].message));
    QVERIFY2(results[u"broken"_s].message.contains(u"not an RSS"), qPrintable(results[u"broken"_s].message));
    QVERIFY2(results[u"huge"_s].message.contains(u"larger than"), qPrintable(results[u"huge"_s].message));
    QVERIFY2(results[u"loop"_s].message.contains(u"redirect"), qPrintable(results[u"loop"_s].message));
    for (const char *bad : {"slow", "broken", "huge", "loop"})
        QCOMPARE(results[QString::fromLatin1(bad)].status, u"error"_s);

    // What came in: plain NFC text, the outlet, the publication time.
    const auto items = store.itemsOn(QDate(2026, 11, 15));
    QVERIFY(items.ok());
    QStringList titles;
    for (const DigestItem &item : items.value())
        titles << item.title;
    QVERIFY2(titles.contains(u"Khởi công cao tốc Cam Lộ – Lao Bảo"_s), qPrintable(titles.join(u'|')));
    QVERIFY(titles.contains(u"Sạt lở bờ biển Cửa Việt"_s));  // read as UTF-8 despite its declaration
    QVERIFY(titles.contains(u"Cháy rừng thông ở Vĩnh Linh"_s));
    QVERIFY(titles.contains(u"Giá cà phê Khe Sanh tăng"_s));
    for (const DigestItem &item : items.value()) {
        if (item.title.startsWith(u"Khởi công"))
            QCOMPARE(item.body, u"Sáng 15/11, UBND tỉnh Quảng Trị khởi công."_s);
    }

    // The next fetch asks with the ETag and gets 304; nothing twice.
    QSignalSpy again(&fetcher, &FeedFetcher::finished);
    fetcher.fetch(store.feeds().value());
    QVERIFY(again.wait(20000));
    for (const FeedResult &result : again.first().first().value<QList<FeedResult>>()) {
        if (result.title == u"rss")
            QCOMPARE(result.status, u"not-modified"_s);
        if (result.title == u"atom")
            QCOMPARE(result.newItems, 0);
    }
    QCOMPARE(store.itemsOn(QDate(2026, 11, 15))->size(), items->size());
    // The feed list shows each feed's last outcome.
    const auto feedsAfter = store.feeds();
    for (const DigestFeed &feed : feedsAfter.value()) {
        if (feed.title == u"broken")
            QVERIFY(feed.lastStatus == u"error" && !feed.lastError.isEmpty());
        if (feed.title == u"rss")
            QCOMPARE(feed.etag, u"\"v1\""_s);
    }
}

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
