#include "feedaswritten.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace PortalDesk::Models {

using namespace Qt::StringLiterals;

namespace {

int zoneSeconds(const QString &zone, bool *ok)
{
    *ok = true;
    const QString z = zone.trimmed().toUpper();
    if (z.isEmpty() || z == u"GMT" || z == u"UT" || z == u"UTC" || z == u"Z")
        return 0;
    static const QHash<QString, int> named{{u"EST"_s, -5}, {u"EDT"_s, -4}, {u"CST"_s, -6}, {u"CDT"_s, -5},
                                           {u"MST"_s, -7}, {u"MDT"_s, -6}, {u"PST"_s, -8}, {u"PDT"_s, -7},
                                           {u"ICT"_s, 7}};
    if (named.contains(z))
        return named.value(z) * 3600;
    static const QRegularExpression offset(QStringLiteral(R"(^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$)"));
    if (const auto m = offset.match(z); m.hasMatch())
        return (m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60) * (m.captured(1) == u"-" ? -1 : 1);
    *ok = false;
    return 0;
}

QDateTime at(const QDate &day, const QTime &time, int offsetSeconds)
{
    if (!day.isValid() || !time.isValid())
        return {};
    return QDateTime(day, time, QTimeZone::fromSecondsAheadOfUtc(offsetSeconds)).toUTC();
}

} // namespace

QDateTime FeedAsWritten::parse(const QString &text, int defaultOffsetSeconds)
{
    const QString t = text.simplified();
    // W3CDTF / ISO 8601: 2026-11-15, 2026-11-15T08:30, …:05.123+07:00, …Z
    static const QRegularExpression iso(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = iso.match(t); m.hasMatch()) {
        const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (m.captured(4).isEmpty())
            return at(day, QTime(0, 0), defaultOffsetSeconds);
        bool ok = true;
        QString zone = m.captured(7);
        if (zone.size() == 3)
            zone += u"00";
        const int offset = zoneSeconds(zone, &ok);
        return ok ? at(day, QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt()), offset) : QDateTime();
    }
    // 2020/1/10 14:33:00, as some CMSs write it: UTC, as a time without
    // its zone is.
    static const QRegularExpression slashed(QStringLiteral(R"(^(\d{4})/(\d{1,2})/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$)"));
    if (const auto m = slashed.match(t); m.hasMatch()) {
        const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return m.captured(4).isEmpty() ? at(day, QTime(0, 0), defaultOffsetSeconds)
                                       : at(day, QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt()), 0);
    }
    // RFC 822 / 1123: [Thu,] 01 Aug 2019 16:15[:00] [EDT|+0700|Z]
    static const QRegularExpression rfc(QStringLiteral(
        R"(^(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(\S*)$)"));
    if (const auto m = rfc.match(t); m.hasMatch()) {
        static const QStringList months{u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                        u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
        const int month = int(months.indexOf(m.captured(2).toLower())) + 1;
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += year < 50 ? 2000 : 1900;
        bool ok = true;
        const int offset = zoneSeconds(m.captured(7), &ok);
        if (month == 0 || !ok)
            return {};
        return at(QDate(year, month, m.captured(1).toInt()), QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt()),
                  offset);
    }
    return {};
}

FeedAsWritten::FeedAsWritten(const QByteArray &document)
{
    QXmlStreamReader xml(document);
    int itemDepth = -1;
    int depth = 0;
    // xml:base as it nests: the base of each open element.
    QList<QUrl> bases{QUrl()};
    QString published;
    QString updated;
    Item item;
    QStringList keys;
    // A key two items share (the same link in both) finds neither.
    QSet<QString> shared;
    const auto close = [&] {
        item.date = !published.isEmpty() ? published : updated;
        for (const QString &key : std::as_const(keys)) {
            if (key.isEmpty())
                continue;
            if (const auto found = m_byKey.constFind(key); found != m_byKey.constEnd() && *found != m_items.size())
                shared.insert(key);
            m_byKey.insert(key, m_items.size());
        }
        m_items.append(item);
    };
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (bases.size() > 1)
                bases.removeLast();
            if (depth == itemDepth) {
                close();
                itemDepth = -1;
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        const QStringView xmlBase = xml.attributes().value(u"http://www.w3.org/XML/1998/namespace", u"base");
        const QUrl elementBase = xmlBase.isEmpty() ? bases.constLast() : bases.constLast().resolved(QUrl(xmlBase.toString()));
        if (itemDepth < 0 && (name == u"item" || name == u"entry")) {
            itemDepth = depth;
            published.clear();
            updated.clear();
            item = {};
            keys = {xml.attributes().value(u"http://www.w3.org/1999/02/22-rdf-syntax-ns#", u"about").toString().trimmed()};
        } else if (itemDepth >= 0 && depth == itemDepth + 1) {
            const bool isPublished = name == u"pubDate" || name == u"date" || name == u"published" || name == u"issued";
            const bool isUpdated = name == u"updated" || name == u"modified";
            const bool isTitle = name == u"title";
            const bool isText = name == u"description" || name == u"summary" || name == u"content" || name == u"encoded"
                || name == u"fullitem" || name == u"body";
            if (name == u"link" && xml.attributes().hasAttribute(u"href")) {
                const QString href = xml.attributes().value(u"href").toString().trimmed();
                keys << href;
                const QStringView rel = xml.attributes().value(u"rel");
                const QUrl resolved = elementBase.resolved(QUrl(href));
                if (item.link.isEmpty() && (rel.isEmpty() || rel == u"alternate")
                    && (resolved.scheme() == u"http" || resolved.scheme() == u"https" || resolved.isRelative()))
                    item.link = resolved.toString();
            }
            if (isPublished || isUpdated || isTitle || isText || name == u"guid" || name == u"id" || name == u"link") {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                if (isPublished && published.isEmpty())
                    published = text;
                else if (isUpdated && updated.isEmpty())
                    updated = text;
                else if (isTitle && item.title.isEmpty())
                    item.title = text;
                else if (isText && item.text.isEmpty())
                    item.text = text;
                else if (!isPublished && !isUpdated && !isTitle && !isText)
                    keys << text;
                continue;  // the end tag was read
            }
        }
        ++depth;
        bases.append(elementBase);
    }
    if (xml.hasError()) {
        m_items.clear();
        m_byKey.clear();
        return;
    }
    for (const QString &key : std::as_const(shared))
        m_byKey.remove(key);
    // The outlet's own offset, from its dates that carry one.
    static const QRegularExpression offset(QStringLiteral(R"(([+-])(\d{2}):?(\d{2})\s*$)"));
    for (const Item &written : std::as_const(m_items)) {
        const QString &date = written.date;
        if (const auto m = offset.match(date); m.hasMatch() && date.size() > 10) {
            m_offset = (m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60) * (m.captured(1) == u"-" ? -1 : 1);
            break;
        }
    }
}

const FeedAsWritten::Item *FeedAsWritten::find(const QStringList &keys, qsizetype index, qsizetype count) const
{
    qsizetype found = -1;
    for (const QString &key : keys) {
        if (!key.isEmpty() && m_byKey.contains(key)) {
            found = m_byKey.value(key);
            break;
        }
    }
    if (found < 0 && count == m_items.size())
        found = index;
    return found >= 0 && found < m_items.size() ? &m_items.at(found) : nullptr;
}

QDateTime FeedAsWritten::date(const Item *item) const
{
    return item && !item->date.isEmpty() ? parse(item->date, m_offset) : QDateTime();
}

} // namespace PortalDesk::Models
