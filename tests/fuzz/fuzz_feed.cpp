// A feed's bytes as the server sent them: our charset handling (the HTTP
// header, the XML declaration, TCVN3/VNI), KF6 Syndication's RSS, Atom and
// RDF parsers, and our items made from what they return.

#include "digeststore.h"
#include "feedfetcher.h"
#include "fuzzsupport.h"

using namespace PortalDesk::Models;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    PortalDesk::Fuzz::ensureApplication();
    // The first byte picks the Content-Type header the server sent, the
    // rest is the body: charset handling runs with and without one.
    static const QByteArray contentTypes[] = {
        QByteArray(),
        QByteArrayLiteral("application/rss+xml; charset=utf-8"),
        QByteArrayLiteral("text/xml; charset=windows-1252"),
        QByteArrayLiteral("application/atom+xml; charset=\"utf-16\""),
        QByteArrayLiteral("text/xml; charset=x-unknown"),
        QByteArrayLiteral("text/html"),
    };
    const QByteArray contentType = size > 0 ? contentTypes[data[0] % std::size(contentTypes)] : QByteArray();
    const QByteArray document = size > 0 ? PortalDesk::Fuzz::bytes(data + 1, size - 1) : QByteArray();

    DigestFeed feed;
    feed.id = 7;
    feed.title = QStringLiteral("Báo Fuzz");
    feed.url = QStringLiteral("https://bao.example.vn/rss/thoi-su.rss");
    QString error;
    QString note;
    const QList<DigestItem> items = FeedFetcher::parse(document, feed.url, feed, &error, &note, contentType);
    if (!items.isEmpty() && !error.isEmpty())
        PortalDesk::Fuzz::violated("a feed both parsed and refused", error);
    for (const DigestItem &item : items) {
        if (item.key.isEmpty())
            PortalDesk::Fuzz::violated("a feed item without a key: the store could not tell it from others");
    }
    return 0;
}
