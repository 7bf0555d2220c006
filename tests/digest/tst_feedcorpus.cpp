// PortalDesk's reading of real feeds against Debian's python3-feedparser on
// the same bytes: the corpus of tests/data/feeds (public feed test suites
// and real outlets' feeds, sources in its SOURCES.md), each feed with the
// Content-Type its test case was served with. Every feed feedparser reads
// without its "bozo" (malformed) flag and recognises as RSS, Atom or RDF
// must be read; items, titles, links and dates must agree on at least 99%.
// The differences are printed, and explained in README.
#include "clippings.h"
#include "feedfetcher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

const QString corpus = QStringLiteral(PORTALDESK_TEST_DATA "/feeds/");
// The address each feed is read as coming from, for relative links.
const QString base = u"http://feeds.example/"_s;

// Where feedparser is the one that misreads, checked by hand: counted apart,
// listed in README.
const QHash<QString, QString> feedparserMisreads{
    {u"rsparser/kc0011.rss"_s, u"writes \"2020/1/10 14:33:00\"; feedparser 6.0 reads 2020-12-01 00:00"_s},
};

struct Agreement {
    qint64 agreed = 0;
    qint64 total = 0;
    QStringList differences;

    void count(bool same, const QString &difference)
    {
        ++total;
        if (same)
            ++agreed;
        else
            differences << difference;
    }
    double ratio() const { return total == 0 ? 1.0 : double(agreed) / double(total); }
    QString figure() const { return u"%1 of %2 (%3%)"_s.arg(agreed).arg(total).arg(100.0 * ratio(), 0, 'f', 2); }
};

QString sameUrl(const QString &url)
{
    return QUrl(url, QUrl::TolerantMode).toString(QUrl::FullyEncoded);
}

} // namespace

class TestFeedCorpus : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithFeedparser();
    void realPagesAsClippings();
};

void TestFeedCorpus::agreesWithFeedparser()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"python3"_s).isEmpty(), "python3 is missing");
    QProcess reference;
    reference.start(u"python3"_s, {QStringLiteral(FEEDPARSER_READING), corpus, base});
    QVERIFY(reference.waitForFinished(600000));
    QVERIFY2(reference.exitCode() == 0, reference.readAllStandardError().constData());
    QHash<QString, QJsonObject> readings;
    for (const QByteArray &line : reference.readAllStandardOutput().split('\n')) {
        const QJsonObject reading = QJsonDocument::fromJson(line).object();
        if (!reading.isEmpty())
            readings.insert(reading.value(u"path"_s).toString(), reading);
    }

    QFile manifest(corpus + u"manifest.tsv"_s);
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = manifest.readAll().split('\n');
    QVERIFY2(rows.size() > 1000, "the corpus is missing");
    QCOMPARE(readings.size(), rows.size() - 2);  // the header and the last newline

    int wellFormed = 0;
    int daysAlone = 0;
    int misread = 0;
    QStringList refused;
    Agreement items, titles, links, dates;
    DigestFeed feed;
    feed.id = 1;
    feed.title = u"corpus"_s;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QList<QByteArray> fields = rows.at(r).split('\t');
        if (fields.size() < 5)
            continue;
        const QString path = QString::fromUtf8(fields.at(0));
        const QJsonObject reading = readings.value(path);
        if (reading.value(u"bozo"_s).toInt() != 0 || reading.value(u"version"_s).toString().isEmpty())
            continue;  // malformed, or not a feed to feedparser either
        ++wellFormed;
        QFile file(corpus + path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        QString note;
        const QByteArray contentType = fields.at(4) == "-" ? QByteArray() : fields.at(4);
        const QList<DigestItem> ours = FeedFetcher::parse(file.readAll(), base + path, feed, &error, &note, contentType);
        if (!error.isEmpty()) {
            refused << path + u": "_s + error;
            continue;
        }
        QList<QJsonObject> theirs;
        for (const QJsonValue &entry : reading.value(u"entries"_s).toArray()) {
            if (!entry.toObject().value(u"empty"_s).toBool())
                theirs << entry.toObject();
        }
        const qsizetype matched = std::min(theirs.size(), ours.size());
        items.agreed += matched;
        items.total += std::max(theirs.size(), ours.size());
        if (theirs.size() != ours.size()) {
            items.differences << u"%1: %2 items, feedparser %3"_s.arg(path).arg(ours.size()).arg(theirs.size());
            continue;
        }
        // Paired by link where every item has its own (KF6 Syndication lists
        // an RDF feed's items in its rdf:Seq order, feedparser in the
        // document's), else by position.
        QHash<QString, qsizetype> byLink;
        for (qsizetype i = 0; i < matched; ++i)
            byLink.insert(sameUrl(theirs.at(i).value(u"link"_s).toString()), i);
        QSet<QString> ourLinks;
        for (const DigestItem &item : ours)
            ourLinks.insert(sameUrl(item.url));
        const bool pairByLink = byLink.size() == matched && ourLinks.size() == matched && !byLink.contains(QString())
            && QSet<QString>(byLink.keyBegin(), byLink.keyEnd()) == ourLinks;
        for (qsizetype i = 0; i < matched; ++i) {
            const DigestItem &item = ours.at(i);
            const QJsonObject &entry = theirs.at(pairByLink ? byLink.value(sameUrl(item.url)) : i);
            const QString title = entry.value(u"title"_s).toString();
            titles.count(item.title.simplified() == title, u"%1 #%2: \"%3\" / \"%4\""_s.arg(path).arg(i).arg(item.title.simplified(), title));
            const QString link = entry.value(u"link"_s).toString();
            links.count(sameUrl(item.url) == sameUrl(link), u"%1 #%2: %3 / %4"_s.arg(path).arg(i).arg(item.url, link));
            if (feedparserMisreads.contains(path)) {
                ++misread;
            } else if (entry.value(u"day_only"_s).toBool()) {
                // A day alone is the outlet's day here (README), midnight
                // UTC to feedparser: counted apart.
                ++daysAlone;
            } else if (!entry.value(u"date"_s).isNull()) {
                const qint64 when = qint64(entry.value(u"date"_s).toDouble());
                dates.count(qAbs(item.publishedAt.toSecsSinceEpoch() - when) <= 60,
                            u"%1 #%2: %3 / %4"_s.arg(path).arg(i).arg(item.publishedAt.toString(Qt::ISODate),
                                                                      QDateTime::fromSecsSinceEpoch(when, QTimeZone::UTC).toString(Qt::ISODate)));
            }
        }
    }

    qInfo("well-formed feeds (feedparser: not bozo, a feed): %d; refused by PortalDesk: %lld", wellFormed, refused.size());
    qInfo("items %s; titles %s; links %s; dates %s; apart: %d days given without a time, %d dates feedparser misreads",
          qPrintable(items.figure()), qPrintable(titles.figure()), qPrintable(links.figure()), qPrintable(dates.figure()), daysAlone,
          misread);
    for (const auto &[name, agreement] : {std::pair{"item", &items}, {"title", &titles}, {"link", &links}, {"date", &dates}}) {
        for (const QString &difference : std::as_const(agreement->differences))
            qInfo("%s differs: %s", name, qPrintable(difference));
    }
    QVERIFY2(wellFormed > 800, qPrintable(QString::number(wellFormed)));
    QVERIFY2(refused.isEmpty(), qPrintable(refused.join(u'\n')));
    for (const Agreement *agreement : {&items, &titles, &links, &dates})
        QVERIFY2(agreement->ratio() >= 0.99, qPrintable(agreement->figure()));
}

// The saved Vietnamese pages of tests/data/pages (sources in its
// SOURCES.md) made clippings: the headline the page shows (its og:title), text without
// replacement characters, no line of it broken where the page source was.
void TestFeedCorpus::realPagesAsClippings()
{
    const QString pages = QStringLiteral(PORTALDESK_TEST_DATA "/pages/");
    QFile manifest(pages + u"manifest.tsv"_s);
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    int read = 0;
    for (const QByteArray &row : manifest.readAll().split('\n').mid(1)) {
        const QList<QByteArray> fields = row.split('\t');
        if (fields.size() < 5)
            continue;
        QFile page(pages + QString::fromUtf8(fields.at(0)));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray html = page.readAll();
        auto clip = Clippings::fromHtml(html, u"https://example.vn/"_s, QString::fromUtf8(fields.at(2)), {});
        QVERIFY2(clip.ok(), qPrintable(clip.error().message));
        // The og:title, whatever the order of the meta's attributes; else
        // the <title> the manifest gives.
        static const QRegularExpression meta(u"<meta[^>]*og:title[^>]*>"_s);
        static const QRegularExpression content(u"content=\"([^\"]*)\""_s);
        const QString ogTitle = content.match(meta.match(QString::fromUtf8(html)).captured(0)).captured(1);
        QCOMPARE(clip->title, ogTitle.isEmpty() ? QString::fromUtf8(fields.at(4)).simplified() : ogTitle);
        QVERIFY(!clip->body.contains(QChar(QChar::ReplacementCharacter)));
        for (const QString &line : clip->body.split(u'\n'))
            QVERIFY2(line == line.simplified() && !line.isEmpty(), qPrintable(line));
        ++read;
    }
    QCOMPARE(read, 2);
}

QTEST_MAIN(TestFeedCorpus)
#include "tst_feedcorpus.moc"
