#include "feedfetcher.h"

#include "legacyencoding.h"
#include "portaldesk_version.h"
#include "safeurl.h"
#include "vietnamesetext.h"

#include <Syndication/DocumentSource>
#include <Syndication/Feed>
#include <Syndication/Item>
#include <Syndication/Syndication>
#include <Syndication/Tools>

#include <QNetworkReply>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace PortalDesk::Models {

namespace {

QString plain(const QString &html)
{
    return cleanPastedText(Syndication::htmlToPlainText(html)).trimmed();
}

// A feed that declares one encoding and is written in UTF-8 (a common
// misconfiguration of Vietnamese sites): read as what it is.
QByteArray withTrueEncoding(const QByteArray &document, QString *note)
{
    static const QRegularExpression declaration(QStringLiteral(R"(^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["'])"),
                                                QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(document.left(200));
    const auto match = declaration.match(head);
    if (!match.hasMatch())
        return document;
    const QString declared = match.captured(1);
    if (declared.compare(QStringLiteral("utf-8"), Qt::CaseInsensitive) == 0)
        return document;
    auto utf8 = QStringDecoder(QStringDecoder::Utf8);
    (void)utf8.decode(document);
    bool nonAscii = false;
    for (char c : document) {
        if (uchar(c) >= 0x80) {
            nonAscii = true;
            break;
        }
    }
    if (utf8.hasError() || !nonAscii)
        return document;
    *note = FeedFetcher::tr("declared %1 but written in UTF-8; read as UTF-8").arg(declared);
    QByteArray fixed = document;
    const qsizetype at = fixed.indexOf(declared.toLatin1());
    fixed.replace(at, declared.size(), "UTF-8");
    return fixed;
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
    if (reply->property("tooLarge").toBool()) {
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
        QList<DigestItem> items = parse(body, reply->url().toString(), feed, &error, &note);
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
                                     QString *note)
{
    const QByteArray readable = withTrueEncoding(document, note);
    Syndication::FeedPtr parsed = Syndication::parse(Syndication::DocumentSource(readable, url));
    if (!parsed) {
        *error = document.trimmed().isEmpty() ? tr("the server sent an empty document")
                                              : tr("not an RSS, Atom or RDF feed, or its XML is broken");
        return {};
    }
    QList<DigestItem> items;
    const auto entries = parsed->items();
    const QStringList written = rssLinksAsWritten(readable);
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
        item.title = plain(entry->title());
        item.body = plain(entry->content().isEmpty() ? entry->description() : entry->content());
        // Vietnamese sites still publish TCVN3 or VNI now and then.
        const LegacyEncoding legacy = detectLegacyEncoding(item.title + u'\n' + item.body);
        if (legacy != LegacyEncoding::None) {
            item.title = convertLegacyToUnicode(item.title, legacy);
            item.body = convertLegacyToUnicode(item.body, legacy);
        }
        if (item.title.isEmpty() && item.body.isEmpty())
            continue;
        const time_t when = entry->datePublished() ? entry->datePublished() : entry->dateUpdated();
        item.publishedAt = when ? QDateTime::fromSecsSinceEpoch(qint64(when), QTimeZone::UTC) : QDateTime::currentDateTimeUtc();
        // Keyed as before links were resolved, so that no item comes twice.
        const QString pasted = entry->link().trimmed();
        const QString guid = !entry->id().isEmpty() ? entry->id() : !pasted.isEmpty() ? pasted : item.title;
        item.key = QStringLiteral("feed:%1:%2").arg(feed.id).arg(guid);
        items << item;
    }
    return items;
}

} // namespace PortalDesk::Models
