// Feeds and pages as real outlets serve them, each case written for one way
// the web is: every charset a feed or page declares (in the HTTP header, the
// XML declaration or <meta charset>), TCVN3 text inside a feed, a server that
// trickles, relative links, source line breaks and breadcrumbs in a saved
// page, invalid UTF-8, empty items, an RSS without <channel>, a day without
// its time.
#include "clippings.h"
#include "digeststore.h"
#include "feedfetcher.h"
#include "legacyencoding.h"
#include "newsroom.h"
#include "webtext.h"

#include "loopbackhttp.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

const QString headline = u"Mưa lớn gây ảnh hưởng đến giao thông ở Quảng Trị"_s;

QByteArray rssIn(const QByteArray &encoding, const QByteArray &title, const QByteArray &extra = {})
{
    return "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?><rss version=\"2.0\"><channel><title>Bao</title>"
           "<link>https://bao.example/</link><description>x</description>"
           "<item><title>" + title + "</title><link>https://bao.example/1</link><guid>g1</guid>"
           "<pubDate>Sun, 15 Nov 2026 01:30:00 +0700</pubDate></item>" + extra + "</channel></rss>";
}

QList<DigestItem> parsed(const QByteArray &document, QString *note = nullptr, const QByteArray &contentType = {},
                         const QString &url = u"https://bao.example/rss"_s)
{
    QString error;
    QString ignored;
    DigestFeed feed;
    feed.id = 1;
    feed.title = u"Báo"_s;
    const QList<DigestItem> items = FeedFetcher::parse(document, url, feed, &error, note ? note : &ignored, contentType);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return items;
}

// Vietnamese as windows-1258 writes it: letters with their circumflex, breve
// or horn precomposed, the tone as a combining mark after them.
QByteArray windows1258(const QString &text)
{
    const QString nfd = text.normalized(QString::NormalizationForm_D);
    QString partly;
    for (qsizetype i = 0; i < nfd.size(); ++i) {
        const QChar c = nfd.at(i);
        if (i + 1 < nfd.size() && QStringView(u"\u0302\u0306\u031B").contains(nfd.at(i + 1))) {
            partly += QString(QString(c) + nfd.at(i + 1)).normalized(QString::NormalizationForm_C);
            ++i;
        } else {
            partly += c;
        }
    }
    QStringEncoder encoder("windows-1258");
    const QByteArray bytes = encoder.encode(partly);
    return encoder.hasError() ? QByteArray() : bytes;
}

// TCVN3 (the ".Vn" fonts) bytes of a text, built from the project's own
// TCVN3 table read backwards.
QByteArray tcvn3(const QString &text)
{
    QHash<QChar, char> codes;
    for (int code = 0xA1; code <= 0xFF; ++code) {
        const QString converted = convertLegacyToUnicode(QString(QChar(code)), LegacyEncoding::Tcvn3);
        if (converted.size() == 1 && converted.at(0) != QChar(code))
            codes.insert(converted.at(0), char(code));
    }
    QByteArray bytes;
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            bytes += char(c.unicode());
        else if (codes.contains(c))
            bytes += codes.value(c);
        else
            return {};  // a letter TCVN3 writes as capital plus font: not used here
    }
    return bytes;
}

// A server that sends its headers, then a byte of the feed every `everyMs`
// and never ends.
class TricklingServer final : public QObject
{
public:
    explicit TricklingServer(int everyMs)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this, everyMs] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 100000\r\n\r\n<");
                auto *timer = new QTimer(socket);
                connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
                timer->start(everyMs);
            }
        });
    }
    QString url(int n) const { return u"http://127.0.0.1:%1/trickle/%2"_s.arg(m_server.serverPort()).arg(n); }

private:
    QTcpServer m_server;
};

} // namespace

class TestFeedEncodings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void declaredCharsets_data();
    void declaredCharsets();
    void httpCharsetWins();
    void utf8DeclaredOtherwise();
    void tcvn3InAFeed();
    void invalidUtf8Replaced();
    void emptyItemsAndNoChannel();
    void dayWithoutTime();
    void relativeLinks();
    void tricklingFeedsEnd();
    void savedPages();

private:
    QTemporaryDir m_dir;
};

void TestFeedEncodings::declaredCharsets_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("title");
    QTest::newRow("ISO-8859-1") << "ISO-8859-1"_ba << u"Café à Hué, l'été"_s;
    QTest::newRow("windows-1252, its 0x80–0x9F too") << "windows-1252"_ba << u"“Cà phê” – café’s menu, 5 €"_s;
    QTest::newRow("German umlauts are not TCVN3") << "ISO-8859-1"_ba << u"Päuschen auf der Rixdorfer Bühne, für alle Größen"_s;
    QTest::newRow("windows-1258") << "windows-1258"_ba << headline;
    QTest::newRow("euc-kr") << "euc-kr"_ba << u"베트남 꽝찌성 폭우"_s;
    QTest::newRow("big5") << "big5"_ba << u"越南廣治省暴雨"_s;
    QTest::newRow("koi8-r") << "koi8-r"_ba << u"Ливни во Вьетнаме"_s;
    QTest::newRow("UTF-16 with BOM") << "UTF-16"_ba << headline;
}

void TestFeedEncodings::declaredCharsets()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QString, title);
    QByteArray body;
    if (encoding == "windows-1258") {
        body = windows1258(title);
    } else if (encoding == "UTF-16") {
        body = title.toUtf8();  // the whole document is encoded below
    } else {
        QStringEncoder encoder(encoding.constData());
        QVERIFY(encoder.isValid());
        body = encoder.encode(title);
        QVERIFY(!encoder.hasError());
    }
    QVERIFY(!body.isEmpty());
    QByteArray document = rssIn(encoding, body);
    if (encoding == "UTF-16") {
        const QString text = QString::fromUtf8(document);
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        document = utf16.encode(text);
    }
    QString note;
    const QList<DigestItem> items = parsed(document, &note);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().title, title);
    QVERIFY2(note.isEmpty(), qPrintable(note));
}

void TestFeedEncodings::httpCharsetWins()
{
    // The server says windows-1258; the document says nothing (UTF-8 by
    // default) — HTTP's charset decides (RFC 7303).
    const QByteArray document = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>B</title><item><title>"
        + windows1258(headline) + "</title><link>https://b.example/1</link></item></channel></rss>";
    const QList<DigestItem> items = parsed(document, nullptr, "application/rss+xml; charset=windows-1258");
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().title, headline);
    QCOMPARE(WebText::charsetOf("text/xml; Charset=\"ISO-8859-1\""), "iso-8859-1"_ba);
    QCOMPARE(WebText::charsetOf("text/xml"), QByteArray());
}

void TestFeedEncodings::utf8DeclaredOtherwise()
{
    // The common lie: says ISO-8859-1, written in UTF-8.
    QString note;
    const QList<DigestItem> items = parsed(rssIn("ISO-8859-1", headline.toUtf8()), &note);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().title, headline);
    QVERIFY2(note.contains(u"UTF-8"), qPrintable(note));
}

void TestFeedEncodings::tcvn3InAFeed()
{
    // Typed in a .Vn font and published as Latin-1: "ư" is the byte 0xAD.
    const QByteArray bytes = tcvn3(headline);
    QVERIFY(bytes.contains('\xAD'));
    const QList<DigestItem> items = parsed(rssIn("ISO-8859-1", bytes));
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().title, headline);
}

void TestFeedEncodings::invalidUtf8Replaced()
{
    QByteArray title = u"Quảng Trị "_s.toUtf8() + "\xC3\x28\xFF\xFE" + u" đón mưa"_s.toUtf8();
    QString note;
    const QList<DigestItem> items = parsed(rssIn("UTF-8", title), &note);
    QCOMPARE(items.size(), 1);
    QVERIFY2(items.first().title.startsWith(u"Quảng Trị") && items.first().title.endsWith(u"đón mưa"),
             qPrintable(items.first().title));
    QVERIFY(items.first().title.contains(QChar(QChar::ReplacementCharacter)));
    QVERIFY2(note.contains(u"replaced"), qPrintable(note));
}

void TestFeedEncodings::emptyItemsAndNoChannel()
{
    QString note;
    const QByteArray empties = "<item><title></title><description></description><link>https://b.example/2</link></item>"
                               "<item><link>https://b.example/3</link></item>";
    QCOMPARE(parsed(rssIn("UTF-8", "Tin một", empties), &note).size(), 1);
    QVERIFY2(note.contains(u"2 item") && note.contains(u"skipped"), qPrintable(note));

    // Items straight under <rss>, as some CMSs write it.
    const QByteArray bare = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><title>B</title>"
                            "<item><title>Tin một</title><link>https://b.example/1</link></item>"
                            "<item><title>Tin hai</title><link>https://b.example/2</link></item></rss>";
    const QList<DigestItem> items = parsed(bare);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).title, u"Tin hai"_s);
}

void TestFeedEncodings::dayWithoutTime()
{
    // dc:date allows a day alone: it is that day where the outlet is,
    // UTC+7 when its feed gives no offset elsewhere.
    const QByteArray day = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                           "<channel><title>B</title><item><title>Tin</title><link>https://b.example/1</link>"
                           "<dc:date>2026-11-15</dc:date></item></channel></rss>";
    const QList<DigestItem> items = parsed(day);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().publishedAt, QDateTime(QDate(2026, 11, 14), QTime(17, 0), QTimeZone::UTC));
    // Its other items' offset is the outlet's.
    const QByteArray mixed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                             "<channel><title>B</title><item><title>A</title><link>https://b.example/1</link>"
                             "<dc:date>2026-11-15T08:00:00+01:00</dc:date></item><item><title>B</title>"
                             "<link>https://b.example/2</link><dc:date>2026-11-15</dc:date></item></channel></rss>";
    const QList<DigestItem> two = parsed(mixed);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0).publishedAt, QDateTime(QDate(2026, 11, 15), QTime(7, 0), QTimeZone::UTC));
    QCOMPARE(two.at(1).publishedAt, QDateTime(QDate(2026, 11, 14), QTime(23, 0), QTimeZone::UTC));
    // Two items with one guid keep their own dates, named by zone.
    const QByteArray shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>B</title>"
                              "<item><title>A</title><guid>same</guid><pubDate>Thu, 01 Aug 2019 16:15 EDT</pubDate></item>"
                              "<item><title>B</title><guid>same</guid><pubDate>Thu, 01 Aug 2019 17:15 EDT</pubDate></item>"
                              "</channel></rss>";
    const QList<DigestItem> same = parsed(shared);
    QCOMPARE(same.size(), 2);
    QCOMPARE(same.at(0).publishedAt, QDateTime(QDate(2019, 8, 1), QTime(20, 15), QTimeZone::UTC));
    QCOMPARE(same.at(1).publishedAt, QDateTime(QDate(2019, 8, 1), QTime(21, 15), QTimeZone::UTC));
}

void TestFeedEncodings::relativeLinks()
{
    // RSS: against the feed's address, one slash; never the channel's
    // javascript: link.
    const QByteArray rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>B</title>"
                           "<link>javascript:alert(1)</link><description>x</description>"
                           "<item><title>A</title><link>/tin-tuc/a.html</link></item>"
                           "<item><title>B</title><link>b.html?id=2</link></item></channel></rss>";
    const QList<DigestItem> items = parsed(rss, nullptr, {}, u"http://h.example/rss/"_s);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).url, u"http://h.example/tin-tuc/a.html"_s);
    QCOMPARE(items.at(1).url, u"http://h.example/rss/b.html?id=2"_s);
    // Atom: a relative href is resolved, never kept as a bare path.
    const QByteArray atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                            "<title>Foto</title><id>urn:f</id><updated>2026-11-15T03:00:00Z</updated>"
                            "<entry><title>Ảnh</title><id>urn:f1</id><link href=\"/foto/1.html\"/>"
                            "<updated>2026-11-15T03:00:00Z</updated><summary>x</summary></entry></feed>";
    const QList<DigestItem> entries = parsed(atom, nullptr, {}, u"https://foto.example/feeds/atom.xml"_s);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().url, u"https://foto.example/foto/1.html"_s);
}

void TestFeedEncodings::tricklingFeedsEnd()
{
    // 100 feeds, 10 of them trickling a byte every half second for ever:
    // every feed ends within the deadline plus 10 s, the good ones read.
    LoopbackHttp http;
    for (int n = 0; n < 100; ++n) {
        http.route("/ok/" + QByteArray::number(n), [](const auto &) {
            return std::optional(HttpResponse{200, "application/rss+xml", rssIn("UTF-8", "Tin"), {}});
        });
    }
    TricklingServer trickle(500);
    auto newsroom = Newsroom::open(m_dir.filePath(u"trickle.sqlite"_s));
    QVERIFY(newsroom.ok());
    DigestStore store(*newsroom.value());
    for (int n = 0; n < 100; ++n)
        QVERIFY(store.addFeed(u"feed %1"_s.arg(n), n % 10 == 0 ? trickle.url(n) : http.url("/ok/" + QByteArray::number(n))).ok());
    FeedFetcher fetcher(*newsroom.value());
    fetcher.setTimeout(2000);
    fetcher.setDeadline(4000);
    QSignalSpy finished(&fetcher, &FeedFetcher::finished);
    QElapsedTimer clock;
    clock.start();
    fetcher.fetch(store.feeds().value());
    QVERIFY(finished.wait(4000 + 10000));
    QVERIFY2(clock.elapsed() < 4000 + 10000, qPrintable(QString::number(clock.elapsed())));
    // The trickling ones are stopped at the deadline; those of them that
    // waited behind the others for a connection to the same server (six at
    // a time) end on their silence.
    int ok = 0;
    int stopped = 0;
    QStringList messages;
    for (const FeedResult &result : finished.first().first().value<QList<FeedResult>>()) {
        ok += result.status == u"ok";
        if (result.status == u"error") {
            stopped += result.message.contains(u"still arriving") || result.message.contains(u"no answer");
            messages << result.message;
        }
    }
    QCOMPARE(ok, 90);
    QVERIFY2(stopped == 10, qPrintable(messages.join(u'|')));
    QVERIFY2(messages.filter(u"still arriving"_s).size() >= 6, qPrintable(messages.join(u'|')));
}

void TestFeedEncodings::savedPages()
{
    // Declared windows-1258 in <meta>: read so, tones composed.
    const QByteArray page = "<!DOCTYPE html><html><head><meta charset=\"windows-1258\"><title>"
        + windows1258(u"Lũ lụt ở Quảng Trị"_s) + "</title></head><body><article><p>"
        + windows1258(u"Nước lũ dâng cao ở nhiều xã."_s) + "</p></article></body></html>";
    auto web = Clippings::fromHtml(page, u"https://b.example/lu"_s, u"Báo"_s, {});
    QVERIFY2(web.ok(), qPrintable(web.error().message));
    QCOMPARE(web->title, u"Lũ lụt ở Quảng Trị"_s);
    QCOMPARE(web->body, u"Nước lũ dâng cao ở nhiều xã."_s);

    // The page source breaks lines inside sentences; a breadcrumb sits above
    // the headline, which the article repeats.
    const QByteArray wrapped = u"<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                                "<meta property=\"og:title\" content=\"Cảng Cửa Việt sẽ nâng công suất\"></head><body>"
                                "<main><ul class=\"breadcrumbs\"><li><a href=\"/\">Trang chủ</a></li><li>XÃ HỘI</li></ul>"
                                "<article><h1>Cảng Cửa Việt\n   sẽ nâng công suất</h1>\n"
                                "<p>Theo kế hoạch, tỉnh sẽ nâng công\n        suất Cảng Cửa Việt lên\n"
                                "gấp đôi vào năm 2030.</p><p>Đây là cảng\tbiển lớn nhất tỉnh.</p></article></main></body></html>"_s
                                   .toUtf8();
    auto clip = Clippings::fromHtml(wrapped, {}, u"Báo"_s, {});
    QVERIFY2(clip.ok(), qPrintable(clip.error().message));
    QCOMPARE(clip->title, u"Cảng Cửa Việt sẽ nâng công suất"_s);
    QCOMPARE(clip->body, u"Theo kế hoạch, tỉnh sẽ nâng công suất Cảng Cửa Việt lên gấp đôi vào năm 2030.\nĐây là cảng biển lớn nhất tỉnh."_s);
}

QTEST_MAIN(TestFeedEncodings)
#include "tst_feedencodings.moc"
