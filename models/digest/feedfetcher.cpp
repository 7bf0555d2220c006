#include "feedfetcher.h"

#include "legacyencoding.h"
#include "portaldesk_version.h"
#include "safeurl.h"
#include "vietnamesetext.h"
#include "feedaswritten.h"
#include "webtext.h"

#include <Syndication/DocumentSource>
#include <Syndication/Feed>
#include <Syndication/Item>
#include <Syndication/Syndication>
#include <Syndication/Tools>

#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace PortalDesk::Models {

using namespace Qt::StringLiterals;

namespace {

QString plainText(const QString &html)
{
    return Syndication::htmlToPlainText(html);
}

// TCVN3 writes "ư" as the byte 0xAD, the soft hyphen of Latin-1, which
// cleaning drops: the legacy text is converted first, then cleaned.
void cleanFields(QString &title, QString &body)
{
    const LegacyEncoding legacy = detectLegacyEncoding(title + u'\n' + body);
    if (legacy != LegacyEncoding::None) {
        title = convertLegacyToUnicode(title, legacy);
        body = convertLegacyToUnicode(body, legacy);
    }
    title = cleanPastedText(title).trimmed();
    body = cleanPastedText(body).trimmed();
}

// The <link> of each RSS item as the feed wrote it, in the order KF6
// Syndication lists the items (those of the channel); empty for a document
// that is not RSS. Syndication itself pastes a link that is not http(s) onto
// the channel's <link>: "http://h.example/" and "/a.html" give a double
// slash, "index.html" a path below a page, and a javascript: channel link
// makes every item a script.
QStringList rssLinksAsWritten(const QByteArray &document)
{
    enum Kind { Rss, Channel, Item, Other };
    QXmlStreamReader xml(document);
    QList<Kind> open;
    QStringList links;
    bool linkRead = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            open.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const bool plain = xml.namespaceUri().isEmpty();
        const QStringView name = xml.name();
        Kind kind = Other;
        if (open.isEmpty()) {
            if (!plain || name != u"rss")
                return {};
            kind = Rss;
        } else if (plain && name == u"channel" && open.constLast() == Rss) {
            kind = Channel;
        } else if (plain && name == u"item" && open.constLast() == Channel) {
            kind = Item;
            links.append(QString());
            linkRead = false;
        } else if (plain && name == u"link" && open.constLast() == Item) {
            // Syndication takes the first; reading the text reads the end tag.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!linkRead)
                links.last() = text;
            linkRead = true;
            continue;
        }
        open.append(kind);
    }
    return xml.hasError() ? QStringList() : links;
}

// An RSS document with its items straight under <rss>, no <channel>:
// feedparser reads it, Syndication does not; given the channel it lacks.
QString withChannel(const QString &document)
{
    static const QRegularExpression rssStart(QStringLiteral(R"(<rss\b[^>]*>)"));
    const auto m = rssStart.match(document);
    const qsizetype end = document.lastIndexOf(QStringLiteral("</rss>"));
    if (!m.hasMatch() || end < m.capturedEnd() || document.indexOf(QStringLiteral("<channel"), m.capturedEnd()) >= 0)
        return {};
    return document.left(m.capturedEnd()) + QStringLiteral("<channel>") + document.mid(m.capturedEnd(), end - m.capturedEnd())
        + QStringLiteral("</channel>") + document.mid(end);
}

// An Atom <feed> written without its namespace: feedparser reads it as
// Atom, Syndication as nothing.
QString withAtomNamespace(const QString &document)
{
    static const QRegularExpression feedStart(QStringLiteral(R"(<feed(?=[\s>/]))"));
    const auto m = feedStart.match(document);
    if (!m.hasMatch() || document.indexOf(QStringLiteral("http://www.w3.org/2005/Atom")) >= 0
        || document.indexOf(QStringLiteral("http://purl.org/atom/ns#")) >= 0)
        return {};
    const qsizetype tagEnd = document.indexOf(u'>', m.capturedEnd());
    if (tagEnd < 0 || QStringView(document).sliced(m.capturedEnd(), tagEnd - m.capturedEnd()).contains(u"xmlns=\""_s))
        return {};
    return document.left(m.capturedEnd()) + QStringLiteral(" xmlns=\"http://www.w3.org/2005/Atom\"") + document.mid(m.capturedEnd());
}

// An Atom entry document (RFC 4287, 5.): a feed of that one entry.
QString entryAsFeed(const QString &document)
{
    static const QRegularExpression declaration(QStringLiteral(R"(^\s*<\?xml[^>]*\?>\s*)"));
    QString body = document;
    body.remove(declaration);
    if (!body.startsWith(QStringLiteral("<entry")) || body.indexOf(QStringLiteral("http://www.w3.org/2005/Atom")) < 0)
        return {};
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">") + body
        + QStringLiteral("</feed>");
}

// An Atom feed or an RSS channel inside an (X)HTML page, as some sites
// serve them: the feed alone.
QString embeddedFeed(const QString &document)
{
    static const QRegularExpression html(QStringLiteral(R"(^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?<html\b)"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (!html.match(document).hasMatch())
        return {};
    for (const auto &[open, close] : {std::pair{u"<feed"_s, u"</feed>"_s}, {u"<rss"_s, u"</rss>"_s}}) {
        const qsizetype from = document.indexOf(open);
        const qsizetype to = document.lastIndexOf(close);
        if (from > 0 && to > from)
            return document.mid(from, to + close.size() - from);
    }
    return {};
}

// A well-formed RSS, RDF or Atom document without a single item: a feed
// with nothing in it yet, not an error.
bool isEmptyFeed(const QByteArray &document)
{
    QXmlStreamReader xml(document);
    bool root = false;
    bool feed = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (!root) {
            root = true;
            feed = name == u"rss" || name == u"RDF" || name == u"feed";
            if (!feed)
                return false;
        } else if (name == u"item" || name == u"entry") {
            return false;
        }
    }
    return feed && !xml.hasError();
}

QString networkError(QNetworkReply *reply, int timeout)
{
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
        return FeedFetcher::tr("no answer within %n second(s)", nullptr, timeout / 1000);
    case QNetworkReply::TooManyRedirectsError:
        return FeedFetcher::tr("too many redirects (a redirect loop?)");
    case QNetworkReply::InsecureRedirectError:
        return FeedFetcher::tr("redirected from https to http; not followed");
    case QNetworkReply::HostNotFoundError:
        return FeedFetcher::tr("the server %1 is not known").arg(reply->url().host());
    case QNetworkReply::ConnectionRefusedError:
        return FeedFetcher::tr("the server refused the connection");
    case QNetworkReply::ContentNotFoundError:
        return FeedFetcher::tr("the feed is not there (HTTP 404)");
    default:
        break;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 400 ? FeedFetcher::tr("the server answered HTTP %1").arg(status) : reply->errorString();
}

} // namespace

FeedFetcher::FeedFetcher(Newsroom &newsroom, QObject *parent)
    : QObject(parent)
    , m_newsroom(newsroom)
{
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    connect(&m_network, &QNetworkAccessManager::finished, this, &FeedFetcher::done);
}

void FeedFetcher::fetch(const QList<DigestFeed> &feeds)
{
    m_results.clear();
    for (const DigestFeed &feed : feeds) {
        if (!feed.enabled)
            continue;
        QNetworkRequest request{QUrl(feed.url)};
        request.setTransferTimeout(m_timeout);
        request.setMaximumRedirectsAllowed(5);
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("PortalDesk/" PORTALDESK_VERSION));
        if (!feed.etag.isEmpty())
            request.setRawHeader("If-None-Match", feed.etag.toLatin1());
        if (!feed.lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", feed.lastModified.toLatin1());
        QNetworkReply *reply = m_network.get(request);
        m_running.insert(reply, feed);
        // The transfer timeout fires only on silence; a trickle is ended here.
        auto *deadline = new QTimer(reply);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, this, [this, reply] {
            if (m_running.contains(reply)) {
                reply->setProperty("overDeadline", true);
                reply->abort();
            }
        });
        deadline->start(m_deadline);
        // A feed of tens of megabytes is a mistake or an attack: stop early.
        connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
            if (received > m_maximumBytes && m_running.contains(reply)) {
                reply->setProperty("tooLarge", true);
                reply->abort();
            }
        });
    }
    if (m_running.isEmpty())
        QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(m_results); }, Qt::QueuedConnection);
}

void FeedFetcher::done(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto found = m_running.constFind(reply);
    if (found == m_running.constEnd())
        return;
    const DigestFeed feed = found.value();
    m_running.erase(found);
    FeedResult result{feed.id, feed.title, QStringLiteral("error"), {}, 0};

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString etag;
    QString lastModified;
    if (reply->property("overDeadline").toBool()) {
        result.message = tr("still arriving after %n second(s); stopped", nullptr, m_deadline / 1000);
    } else if (reply->property("tooLarge").toBool()) {
        result.message = tr("larger than %n MB; not read", nullptr, int(m_maximumBytes / (1024 * 1024)));
    } else if (reply->error() != QNetworkReply::NoError) {
        result.message = networkError(reply, m_timeout);
    } else if (status == 304) {
        result.status = QStringLiteral("not-modified");
        etag = feed.etag;
        lastModified = feed.lastModified;
    } else {
        const QByteArray body = reply->readAll();
        QString error;
        QString note;
        QList<DigestItem> items = parse(body, reply->url().toString(), feed, &error, &note, reply->rawHeader("Content-Type"));
        if (!error.isEmpty()) {
            result.message = error;
        } else {
            auto added = DigestStore(m_newsroom).addItems(items);
            if (!added) {
                result.message = added.error().message;
            } else {
                result.status = QStringLiteral("ok");
                result.newItems = added.value();
                result.message = note;
                etag = QString::fromLatin1(reply->rawHeader("ETag"));
                lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
            }
        }
    }
    if (result.status != u"error")
        (void)DigestStore(m_newsroom).recordFetch(feed.id, result.status, result.message, etag, lastModified);
    finish(feed, result);
}

void FeedFetcher::finish(const DigestFeed &feed, FeedResult result)
{
    if (result.status == u"error")
        (void)DigestStore(m_newsroom).recordFetch(feed.id, result.status, result.message, {}, {});
    m_results.append(result);
    Q_EMIT feedFinished(result);
    if (m_running.isEmpty())
        Q_EMIT finished(m_results);
}

QList<DigestItem> FeedFetcher::parse(const QByteArray &document, const QString &url, const DigestFeed &feed, QString *error,
                                     QString *note, const QByteArray &contentType)
{
    const WebText::Decoded decoded = WebText::decodeXml(document, contentType);
    *note = decoded.note;
    QByteArray readable = WebText::utf8Xml(decoded.text);
    Syndication::FeedPtr parsed = Syndication::parse(Syndication::DocumentSource(readable, url));
    if (!parsed) {
        if (const QString repaired = withChannel(decoded.text); !repaired.isEmpty()) {
            readable = WebText::utf8Xml(repaired);
            parsed = Syndication::parse(Syndication::DocumentSource(readable, url));
        } else if (const QString atom = withAtomNamespace(decoded.text); !atom.isEmpty()) {
            readable = WebText::utf8Xml(atom);
            parsed = Syndication::parse(Syndication::DocumentSource(readable, url));
        } else if (const QString feed = entryAsFeed(decoded.text); !feed.isEmpty()) {
            readable = WebText::utf8Xml(feed);
            parsed = Syndication::parse(Syndication::DocumentSource(readable, url));
        } else if (const QString inner = embeddedFeed(decoded.text); !inner.isEmpty()) {
            readable = WebText::utf8Xml(inner);
            parsed = Syndication::parse(Syndication::DocumentSource(readable, url));
        }
    }
    if (!parsed && isEmptyFeed(readable))
        return {};  // a feed, with nothing in it yet
    if (!parsed) {
        *error = document.trimmed().isEmpty() ? tr("the server sent an empty document")
                                              : tr("not an RSS, Atom or RDF feed, or its XML is broken");
        return {};
    }
    QList<DigestItem> items;
    const auto entries = parsed->items();
    const QStringList written = rssLinksAsWritten(readable);
    const FeedAsWritten asWrittenItems(readable);
    int empty = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Syndication::ItemPtr &entry = entries.at(i);
        DigestItem item;
        item.kind = QStringLiteral("feed");
        item.feedId = feed.id;
        item.outlet = feed.title;
        // An item's link is resolved against the address the feed came from,
        // never against the channel's <link>, which the feed itself says and
        // may be javascript:. Without an RSS <link> (Atom, RDF, a permalink
        // guid) Syndication's link is taken; an unsafe link is none.
        const bool asWritten = written.size() == entries.size() && !written.at(i).isEmpty();
        const QString link = asWritten ? written.at(i) : entry->link().trimmed();
        item.url = safeUrl(link, QUrl(url));
        const FeedAsWritten::Item *raw
            = asWrittenItems.find({entry->id(), entry->link().trimmed(), asWritten ? written.at(i) : QString()}, i, entries.size());
        // An Atom link relative to its xml:base, an alternate link after a
        // gemini: one, an atom:link inside an RSS item: as written.
        if (item.url.isEmpty() && raw && !raw->link.isEmpty())
            item.url = safeUrl(raw->link, QUrl(url));
        item.title = plainText(entry->title());
        item.body = plainText(entry->content().isEmpty() ? entry->description() : entry->content());
        if (raw && item.title.trimmed().isEmpty())
            item.title = plainText(raw->title);
        if (raw && item.body.trimmed().isEmpty())
            item.body = plainText(raw->text);
        // Vietnamese sites still publish TCVN3 or VNI now and then.
        cleanFields(item.title, item.body);
        if (item.title.isEmpty() && item.body.isEmpty()) {
            ++empty;
            continue;
        }
        const time_t when = entry->datePublished() ? entry->datePublished() : entry->dateUpdated();
        item.publishedAt = when ? QDateTime::fromSecsSinceEpoch(qint64(when), QTimeZone::UTC) : QDateTime::currentDateTimeUtc();
        // The date as written, read here: Syndication misses time zone names
        // ("EDT"), "Z" in RFC 822 dates and many real variants, and reads a
        // day alone as noon UTC.
        const QDateTime dated = asWrittenItems.date(raw);
        if (dated.isValid())
            item.publishedAt = dated;
        // Keyed as before links were resolved, so that no item comes twice.
        const QString pasted = entry->link().trimmed();
        const QString guid = !entry->id().isEmpty() ? entry->id() : !pasted.isEmpty() ? pasted : item.title;
        item.key = QStringLiteral("feed:%1:%2").arg(feed.id).arg(guid);
        items << item;
    }
    if (empty > 0) {
        const QString skipped = tr("%n item(s) without title or text skipped", nullptr, empty);
        *note = note->isEmpty() ? skipped : *note + QStringLiteral("; ") + skipped;
    }
    return items;
}

} // namespace PortalDesk::Models
