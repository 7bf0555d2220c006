// The press digest's collecting and sorting: OPML, feeds fetched over real
// HTTP on loopback (RSS 2.0, Atom, RDF, conditional GET, and every way a
// feed breaks), relevance rules, and the clustering of one story told by
// several outlets, measured on a fixture.
#include "clippings.h"
#include "clirunner.h"
#include "demodata.h"
#include "digestbuilder.h"
#include "digestreview.h"
#include "digestsync.h"
#include "portal.h"
#include "userstore.h"
#include "documentimport.h"
#include "digeststore.h"
#include "digestsorting.h"
#include "feedfetcher.h"
#include "newsroom.h"

#include "loopbackhttp.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
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
    void linksAgainstTheFeedNotTheChannel();
    void draftAndOutput();
    void cliNightJob();
    void reviewAndPortal();
    void clippings();

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

// A feed whose channel <link> is javascript: and whose items' links are
// relative: Syndication would paste each onto the channel link; the digest
// links each to where it is, resolved against the feed's own address, and
// nothing of the script reaches it. Items stored before links were resolved
// are resolved when the digest is drafted.
void TestDigest::linksAgainstTheFeedNotTheChannel()
{
    LoopbackHttp http;
    http.route("/tin/rss.xml", [](const auto &) {
        return std::optional(HttpResponse{
            200, "application/rss+xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Báo Lạ</title>"
            "<link>javascript:alert(document.cookie)//</link><description>x</description>"
            "<item><title>Quảng Trị khởi công cao tốc</title><link>/tin-tuc/cao-toc.html</link>"
            "<pubDate>Sun, 15 Nov 2026 03:00:00 GMT</pubDate></item>"
            "<item><title>Lễ hội Thống nhất non sông ở Quảng Trị</title><link> le-hoi.html </link>"
            "<pubDate>Sun, 15 Nov 2026 03:10:00 GMT</pubDate></item>"
            "<item><title>Giá cà phê Khe Sanh, Quảng Trị tăng</title><link>../kinh-te/ca-phe.html?p=1#dau</link>"
            "<pubDate>Sun, 15 Nov 2026 03:20:00 GMT</pubDate></item>"
            "<item><title>Ngư dân Quảng Trị trúng mùa cá</title><link>JaVaScRiPt:alert(2)</link>"
            "<pubDate>Sun, 15 Nov 2026 03:30:00 GMT</pubDate></item>"
            "</channel></rss>",
            {}});
    });
    auto newsroom = Newsroom::open(m_dir.filePath(u"links.sqlite"_s));
    QVERIFY(newsroom.ok());
    DigestStore store(*newsroom.value());
    auto feed = store.addFeed(u"Báo Lạ"_s, http.url("/tin/rss.xml"));
    QVERIFY(feed.ok());
    FeedFetcher fetcher(*newsroom.value());
    QSignalSpy finished(&fetcher, &FeedFetcher::finished);
    fetcher.fetch({feed.value()});
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<QList<FeedResult>>().value(0).newItems, 4);
    // As stored before: relative, and as Syndication pasted it.
    DigestItem old;
    old.kind = u"feed"_s;
    old.feedId = feed->id;
    old.outlet = u"Báo Lạ"_s;
    old.title = u"Quảng Trị mở đường ven biển"_s;
    old.body = u"Tuyến đường dài 56 km."_s;
    old.publishedAt = QDateTime(QDate(2026, 11, 15), QTime(11, 0));
    old.url = u"/tin-tuc/duong-ven-bien.html"_s;
    old.key = u"feed:old-1"_s;
    DigestItem pasted = old;
    pasted.title = u"Quảng Trị đón tàu du lịch quốc tế"_s;
    pasted.url = u"javascript:alert(document.cookie)///tin-tuc/tau.html"_s;
    pasted.key = u"feed:old-2"_s;
    auto added = store.addItems({old, pasted});
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QCOMPARE(added.value(), 2);
    QVERIFY(store.addRule({0, u"Quảng Trị"_s, {}, {}, false}).ok());

    auto draft = DigestBuilder::draft(store, QDate(2026, 11, 15), u"Sở Thông tin và Truyền thông"_s);
    QVERIFY2(draft.ok(), qPrintable(draft.error().message));
    QCOMPARE(draft->entries.size(), 6);
    draft->entries.first().title = u"<img src=x onerror=alert(3)>"_s;
    auto page = DigestBuilder::html(draft.value(), store.sections().value());
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    const QString origin = http.url("");
    for (const QString &path : {u"/tin-tuc/cao-toc.html"_s, u"/tin/le-hoi.html"_s, u"/kinh-te/ca-phe.html?p=1#dau"_s,
                                u"/tin-tuc/duong-ven-bien.html"_s})
        QVERIFY2(page->contains(u"<a href=\"%1%2\">Báo Lạ</a>"_s.arg(origin, path)), qPrintable(page.value()));
    QCOMPARE(page->count(u"<a href="_s), 4);
    QVERIFY(!page->contains(u"javascript"_s, Qt::CaseInsensitive));
    // A title is text, whatever it holds.
    QVERIFY(page->contains(u"&lt;img src=x onerror=alert(3)&gt;"_s));
    QVERIFY(!page->contains(u"<img"_s));
    QVERIFY(!page->contains(u"//tin-tuc"_s));
}

// A QGuiApplication: the digest's PDF is set in Liberation Serif.
QList<DigestItem> fixtureItems(const QDate &day)
{
    QFile file(QStringLiteral(PORTALDESK_TEST_DATA "/digest-stories.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<DigestItem> items;
    int n = 0;
    for (const QJsonValue value : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject story = value.toObject();
        DigestItem item;
        item.key = u"web:fixture-%1"_s.arg(++n);
        item.kind = u"web"_s;
        item.outlet = story.value(u"outlet").toString();
        item.url = u"https://news.example/%1"_s.arg(n);
        item.title = story.value(u"title").toString();
        item.body = story.value(u"body").toString();
        item.publishedAt = QDateTime(day, QTime(6, n % 60));
        items << item;
    }
    return items;
}

void TestDigest::draftAndOutput()
{
    auto newsroom = Newsroom::open(m_dir.filePath(u"draft.sqlite"_s));
    QVERIFY(newsroom.ok());
    DigestStore store(*newsroom.value());
    const QDate day(2026, 11, 15);
    QCOMPARE(store.addItems(fixtureItems(day)).value(), 27);
    QCOMPARE(store.addItems(fixtureItems(day)).value(), 0);  // nothing twice
    // Without rules there is nothing to sort by: said, not guessed.
    QCOMPARE(DigestBuilder::draft(store, day, u"x"_s).error().code, ErrorCode::InvalidInput);
    QVERIFY(store.addRule({0, u"Quảng Trị"_s, {}, {}, false}).ok());
    QVERIFY(store.addRule({0, u"Cửa Việt"_s, u"Tài nguyên – Môi trường"_s, u"UBND huyện Gio Linh"_s, false}).ok());
    QVERIFY(store.addRule({0, u"ngộ độc"_s, u"Văn hoá – Xã hội"_s, u"Sở Y tế"_s, false}).ok());
    QVERIFY(store.addRule({0, u"bình đẳng giới"_s, {}, {}, true}).ok());

    auto draft = DigestBuilder::draft(store, day, u"Cổng Thông tin điện tử tỉnh Quảng Trị"_s);
    QVERIFY2(draft.ok(), qPrintable(draft.error().message));
    // Stories about Quảng Trị, each once with all its outlets; the other
    // provinces' and the excluded one are out.
    QStringList titles;
    DigestEntry *erosion = nullptr;
    for (DigestEntry &entry : draft->entries) {
        titles << entry.title;
        if (entry.title.contains(u"Cửa Việt"))
            erosion = &entry;
    }
    QVERIFY(erosion);
    QCOMPARE(erosion->outlets.size(), 3);
    QCOMPARE(erosion->section, u"Tài nguyên – Môi trường"_s);
    QCOMPARE(erosion->concerns, QStringList{u"UBND huyện Gio Linh"_s});
    QVERIFY(!titles.join(u'|').contains(u"Bảo Ninh"));
    QVERIFY(!titles.join(u'|').contains(u"bình đẳng giới"));
    QCOMPARE(titles.filter(u"cao tốc Cam Lộ – Lao Bảo"_s).size() + titles.filter(u"Cam Lộ - Lao Bảo"_s).size()
                 + titles.filter(u"cửa khẩu Lao Bảo"_s).size(),
             1);
    erosion->tone = u"negative"_s;
    draft->recommendations << u"Đề nghị UBND huyện Gio Linh khẩn trương xây dựng kè chắn sóng Cửa Việt."_s;

    const QStringList sections = store.sections().value();
    // An outlet whose link would run a script is named without a link.
    {
        DigestDraft hostile = draft.value();
        hostile.entries.first().outlets = {{u"Báo Giả"_s, u"javascript:alert(document.domain)//tin-1.html"_s},
                                           {u"Báo Lạ"_s, u"JaVa&#x09;ScRiPt:alert(1)"_s},
                                           {u"Báo Thật"_s, u"https://baoquangtri.vn/tin-1.html"_s}};
        auto page = DigestBuilder::html(hostile, sections);
        QVERIFY(page.ok());
        QVERIFY2(!page->contains(u"javascript"_s, Qt::CaseInsensitive) && !page->contains(u"alert"_s), qPrintable(page.value()));
        QVERIFY(page->contains(u"Báo Giả"_s) && page->contains(u"Báo Lạ"_s));
        QVERIFY(page->contains(u"<a href=\"https://baoquangtri.vn/tin-1.html\">Báo Thật</a>"_s));
    }
    const QString pdf = m_dir.filePath(u"diem-bao.pdf"_s);
    const QString html = m_dir.filePath(u"diem-bao.html"_s);
    const QString odt = m_dir.filePath(u"diem-bao.odt"_s);
    for (const QString &path : {pdf, html, odt}) {
        Status written = DigestBuilder::write(draft.value(), sections, path);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
    }
    QCOMPARE(DigestBuilder::write(draft.value(), sections, m_dir.filePath(u"x.docx"_s)).error().code, ErrorCode::InvalidInput);

    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished());
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(printed.contains(u"BẢN TIN ĐIỂM BÁO"), qPrintable(printed.left(300)));
    // The negative story first, in its own block; then the sections; then Đề xuất.
    const qsizetype attention = printed.indexOf(u"THÔNG TIN CẦN LƯU Ý");
    QVERIFY(attention > 0);
    QVERIFY(printed.indexOf(u"Sạt lở", attention) > attention);
    QVERIFY(printed.indexOf(u"I. ") > attention);
    QVERIFY(printed.indexOf(u"ĐỀ XUẤT") > printed.indexOf(u"I. "));
    QVERIFY(printed.contains(u"kè chắn sóng Cửa Việt"));
    QVERIFY(printed.contains(u"Đơn vị liên quan: UBND huyện Gio Linh"));

    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString markup = QString::fromUtf8(page.readAll());
    QVERIFY(markup.contains(u"<meta charset=\"utf-8\">"));
    QVERIFY(markup.contains(u"<a href=\"https://news.example/"));
    QVERIFY(!markup.contains(u"{{"));

    auto back = DocumentImport::fromFile(odt);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QVERIFY(back->text.contains(u"THÔNG TIN CẦN LƯU Ý"));
    QVERIFY(back->text.contains(u"Sạt lở"));
}

void TestDigest::cliNightJob()
{
    LoopbackHttp http;
    http.route("/rss", [](const auto &) { return std::optional(HttpResponse{200, "application/rss+xml", rss("Tin Quảng Trị"), {}}); });
    const QString opml = m_dir.filePath(u"feeds.opml"_s);
    QFile file(opml);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<opml version=\"2.0\"><body><outline text=\"Báo\" xmlUrl=\"" + http.url("/rss").toUtf8()
               + "\"/><outline text=\"Hỏng\" xmlUrl=\"" + http.url("/missing").toUtf8() + "\"/></body></opml>");
    file.close();
    const QString db = m_dir.filePath(u"cli-digest.sqlite"_s);
    const auto cli = [&](const QStringList &arguments, QString *output = nullptr) {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliRunner runner(outStream, errStream);
        const int code = runner.run(QStringList{u"portaldesk-cli"_s, u"--db"_s, db} + arguments);
        outStream.flush();
        if (output)
            *output = out + err;
        return code;
    };
    QCOMPARE(cli({u"init"_s}), 0);
    QCOMPARE(cli({u"digest"_s, u"feeds"_s, u"import"_s, opml}), 0);
    QCOMPARE(cli({u"digest"_s, u"rule"_s, u"add"_s, u"Quảng Trị"_s, u"--section"_s, u"Chính trị"_s}), 0);
    QCOMPARE(cli({u"digest"_s, u"rule"_s, u"add"_s, u"x"_s, u"--section"_s, u"Thể thao"_s}), 2);
    // QNetworkAccessManager runs on this test's event loop: the fetch
    // runs synchronously inside the CLI through its own loop.
    QString fetched;
    QCOMPARE(cli({u"digest"_s, u"fetch"_s}, &fetched), 0);  // one feed failing is a normal night
    QVERIFY2(fetched.contains(u"error\tHỏng: the feed is not there (HTTP 404)"_s), qPrintable(fetched));
    QVERIFY(fetched.contains(u"ok\tBáo: 2 new item(s)"_s) || fetched.contains(u"ok\tBáo: 2 new items"_s));
    const QString out = m_dir.filePath(u"cli.html"_s);
    QString built;
    QCOMPARE(cli({u"digest"_s, u"build"_s, u"--date"_s, u"2026-11-15"_s, u"--out"_s, out}, &built), 0);
    QVERIFY2(QFile::exists(out), qPrintable(built));
    // Every feed failing is not a normal night.
    QCOMPARE(cli({u"digest"_s, u"feeds"_s, u"list"_s}, &fetched), 0);
    const QString only = m_dir.filePath(u"dead.sqlite"_s);
    {
        QString o, e;
        QTextStream os(&o), es(&e);
        CliRunner init(os, es);
        QCOMPARE(init.run({u"portaldesk-cli"_s, u"--db"_s, only, u"init"_s}), 0);
    }
    auto deadRoom = Newsroom::open(only);
    QVERIFY(DigestStore(*deadRoom.value()).addFeed(u"Hỏng"_s, http.url("/missing")).ok());
    deadRoom.value().reset();
    {
        QString o, e;
        QTextStream os(&o), es(&e);
        CliRunner fetch(os, es);
        QCOMPARE(fetch.run({u"portaldesk-cli"_s, u"--db"_s, only, u"digest"_s, u"fetch"_s}), 1);
    }
}

void TestDigest::reviewAndPortal()
{
    auto newsroom = Newsroom::open(m_dir.filePath(u"review.sqlite"_s));
    QVERIFY(newsroom.ok() && DemoData::add(*newsroom.value()).ok());
    User digestStaff, chief, reporter;
    const auto users = UserStore(*newsroom.value()).list();
    for (const User &u : users.value()) {
        if (u.login == u"digest")
            digestStaff = u;
        else if (u.login == u"chief")
            chief = u;
        else if (u.login == u"reporter")
            reporter = u;
    }
    DigestStore store(*newsroom.value());
    const QDate day(2026, 11, 15);
    QVERIFY(store.addItems(fixtureItems(day)).ok());
    QVERIFY(store.addRule({0, u"Quảng Trị"_s, {}, {}, false}).ok());
    auto draft = DigestBuilder::draft(store, day, u"Cổng Thông tin điện tử tỉnh Quảng Trị"_s);
    QVERIFY(draft.ok());

    DigestReview review(*newsroom.value());
    QCOMPARE(review.save(draft.value(), 0, reporter).error().code, ErrorCode::Denied);
    auto saved = review.save(draft.value(), 0, digestStaff);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    // Staff mark a story negative and add a recommendation: saved whole,
    // read back the same; a save based on an old version is refused.
    DigestDraft edited = saved->draft;
    edited.entries.first().tone = u"negative"_s;
    edited.entries.move(0, edited.entries.size() - 1);
    edited.recommendations << u"Đề nghị Sở Y tế kiểm tra bếp ăn bán trú."_s;
    auto resaved = review.save(edited, saved->version, digestStaff);
    QVERIFY(resaved.ok());
    QCOMPARE(review.save(edited, saved->version, digestStaff).error().code, ErrorCode::Conflict);
    auto back = review.forDay(day);
    QVERIFY(back.ok() && back->has_value());
    QCOMPARE(back->value().draft.entries.size(), edited.entries.size());
    QCOMPARE(back->value().draft.entries.last().tone, u"negative"_s);
    QCOMPARE(back->value().draft.entries.last().outlets.size(), edited.entries.last().outlets.size());
    QCOMPARE(back->value().draft.recommendations, edited.recommendations);
    edited.entries.first().tone = u"angry"_s;
    QCOMPARE(review.save(edited, resaved->version, digestStaff).error().code, ErrorCode::InvalidInput);

    // Review: staff submit, a chief approves; then it is fixed.
    QCOMPARE(review.perform(day, ReviewAction::Approve, chief).error().code, ErrorCode::Conflict);
    QCOMPARE(review.perform(day, ReviewAction::Submit, chief).error().code, ErrorCode::Denied);
    QCOMPARE(review.perform(day, ReviewAction::Submit, digestStaff).value(), ArticleState::Submitted);
    QCOMPARE(review.perform(day, ReviewAction::Approve, chief).value(), ArticleState::Approved);
    QCOMPARE(review.save(back->value().draft, back->value().version + 2, digestStaff).error().code, ErrorCode::Denied);

    // And to the portal, once.
    auto portal = Portal::open(NewsroomUrl::parse(u"sqlite:"_s + m_dir.filePath(u"portal-digest.sqlite"_s)).value());
    QVERIFY(portal.ok() && portal.value()->init().ok());
    DigestSync sync(*newsroom.value(), *portal.value());
    QCOMPARE(sync.pendingCount().value(), 1);
    auto sent = sync.run();
    QVERIFY(sent.ok() && sent->errors.isEmpty());
    QCOMPARE(sent->published, 1);
    QCOMPARE(sync.run()->published, 0);
    QSqlQuery query(portal.value()->database());
    QVERIFY(query.exec(u"SELECT day, status, html FROM portal_digests"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"2026-11-15"_s);
    QCOMPARE(query.value(1).toString(), u"published"_s);
    const QString html = query.value(2).toString();
    QVERIFY(html.contains(u"BẢN TIN ĐIỂM BÁO"));
    QVERIFY(html.indexOf(u"THÔNG TIN CẦN LƯU Ý") < html.indexOf(u"ĐỀ XUẤT"));
    QVERIFY(html.contains(u"bếp ăn bán trú"));
    QVERIFY(!query.next());
}

void TestDigest::clippings()
{
    // A saved page: the article's text, not its menus, scripts or footer.
    const QByteArray page =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Trang chủ | Báo X</title>"
        "<meta property=\"og:title\" content=\"Sạt lở bờ biển Cửa Việt\">"
        "<script>var tracking = 'Quảng Trị';</script><style>p{color:red}</style></head><body>"
        "<header><nav><a href=\"/\">Trang chủ</a> <a href=\"/thoi-su\">Thời sự</a></nav></header>"
        "<main><article><h1>Sạt lở bờ biển Cửa Việt</h1><p>Sóng lớn đã gây sạt lở <b>300 m</b> bờ biển.</p>"
        "<p>Người dân bức xúc.</p><aside>Tin liên quan: giá vàng hôm nay</aside>"
        "<form><input value=\"Đăng ký nhận tin\"></form></article></main>"
        "<footer>© Báo X. Địa chỉ: 1 Lê Duẩn</footer></body></html>";
    auto web = Clippings::fromHtml(page, u"https://baox.example/sat-lo"_s, u"Báo X"_s, QDateTime(QDate(2026, 11, 15), QTime(8, 0)));
    QVERIFY2(web.ok(), qPrintable(web.error().message));
    QCOMPARE(web->title, u"Sạt lở bờ biển Cửa Việt"_s);
    QCOMPARE(web->body, u"Sóng lớn đã gây sạt lở 300 m bờ biển.\nNgười dân bức xúc."_s);
    QCOMPARE(web->kind, u"web"_s);
    QCOMPARE(web->key, u"web:https://baox.example/sat-lo"_s);
    QVERIFY(!Clippings::fromHtml("<html><body><script>x()</script></body></html>", {}, u"X"_s, {}).ok());

    // Pasted text in TCVN3 is converted; the first line is the title.
    const QString tcvn3 = QStringLiteral(u"Qu¶ng TrÞ khëi c«ng ®­êng cao tèc\nDù ¸n cã tæng møc ®Çu t­ h¬n 8.000 tû ®ång.");
    auto pasted = Clippings::fromText(tcvn3, {}, {}, u"Báo Y"_s, QDateTime(QDate(2026, 11, 15), QTime(8, 0)));
    QVERIFY2(pasted.ok(), qPrintable(pasted.error().message));
    QCOMPARE(pasted->title, u"Quảng Trị khởi công đường cao tốc"_s);
    QVERIFY(pasted->body.startsWith(u"Dự án có tổng mức đầu tư"));
    QCOMPARE(Clippings::fromText(u"x"_s, {}, {}, {}, {}).error().code, ErrorCode::InvalidInput);  // from where?

    // Print: paper, date and page, cited with the page in the digest.
    auto print = Clippings::fromPrint(u"Báo Quảng Trị"_s, QDate(2026, 11, 15), u"3"_s, u"Quảng Trị đón khách du lịch"_s,
                                      u"Lượng khách đến Quảng Trị tăng mạnh."_s);
    QVERIFY(print.ok());
    QCOMPARE(print->kind, u"print"_s);
    QCOMPARE(Clippings::fromPrint({}, QDate(2026, 11, 15), u"3"_s, u"x"_s, u"y"_s).error().code, ErrorCode::InvalidInput);
    auto newsroom = Newsroom::open(m_dir.filePath(u"clips.sqlite"_s));
    QVERIFY(newsroom.ok());
    DigestStore store(*newsroom.value());
    QCOMPARE(store.addItems({web.value(), pasted.value(), print.value()}).value(), 3);
    QCOMPARE(store.addItems({print.value()}).value(), 0);
    QVERIFY(store.addRule({0, u"Quảng Trị"_s, {}, {}, false}).ok());
    QVERIFY(store.addRule({0, u"Cửa Việt"_s, {}, {}, false}).ok());
    auto draft = DigestBuilder::draft(store, QDate(2026, 11, 15), u"x"_s);
    QVERIFY(draft.ok());
    QStringList outlets;
    for (const DigestEntry &entry : draft->entries) {
        for (const DigestEntry::Outlet &outlet : entry.outlets)
            outlets << outlet.name;
    }
    QVERIFY2(outlets.contains(u"Báo Quảng Trị, trang 3"_s), qPrintable(outlets.join(u'|')));
    QCOMPARE(draft->entries.size(), 3);
}

QTEST_MAIN(TestDigest)
#include "tst_digest.moc"
