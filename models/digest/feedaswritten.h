#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace PortalDesk::Models {

// What a feed's items say as the feed wrote them, where KF6 Syndication
// reads less: the title and text in elements it does not map (dc:title,
// media:title, dc:description, media:description, a bare <body> or
// <fullitem>), and the dates, read the way
// feedparser and browsers read them: RFC 822 with its zone names ("EDT"),
// "Z" or no zone (UTC), a missing second, two-digit years; ISO 8601 and
// W3CDTF with or without seconds, fractions and offsets; and a day alone
// ("2026-11-15", as dc:date allows), which is that day's start where the
// outlet is: the offset its other dates carry, else Vietnam's (UTC+7).
// Items are found by their id, guid, rdf:about or link, as KF6 Syndication
// may list them in another order (RDF follows its rdf:Seq).
class FeedAsWritten final
{
public:
    explicit FeedAsWritten(const QByteArray &document);

    struct Item {
        QString date;
        QString title;
        QString text;
        QString link;  // the first http(s) alternate link, resolved against xml:base
    };
    // The item known by any of `keys`; else the `index`th of `count` when
    // the feed lists as many items in document order; else none.
    const Item *find(const QStringList &keys, qsizetype index, qsizetype count) const;
    // Its date, invalid when it gives none that reads.
    QDateTime date(const Item *item) const;

    static QDateTime parse(const QString &text, int defaultOffsetSeconds = 0);

private:
    QList<Item> m_items;  // document order
    QHash<QString, qsizetype> m_byKey;
    int m_offset = 7 * 3600;
};

} // namespace PortalDesk::Models
