#include "digeststore.h"

#include "newsroom.h"
#include "sqlsupport.h"
#include "vietnamesetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace PortalDesk::Models {

using namespace Qt::StringLiterals;

namespace {

const QString feedColumns = QStringLiteral(
    "SELECT id, title, url, feed_group, enabled, etag, last_modified, last_status, last_error, coalesce(last_fetched, '')"
    " FROM digest_feeds");

DigestFeed readFeed(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toInt() != 0,
            q.value(5).toString(),   q.value(6).toString(), q.value(7).toString(), q.value(8).toString(), q.value(9).toString()};
}

// Only web feeds: a file: or javascript: URL in an OPML file is refused.
bool isFeedUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

// The answer of one of the server's digest functions, when it is not "done".
std::optional<Error> refusal(const Result<QVariantList> &answer, const QString &what)
{
    if (!answer)
        return answer.error();
    if (const QString outcome = answer->value(0).toString(); outcome != u"done")
        return serverOutcomeError(outcome, what);
    return std::nullopt;
}

} // namespace

DigestStore::DigestStore(Newsroom &newsroom)
    : m_newsroom(newsroom)
{
}

Result<DigestFeed> DigestStore::addFeed(const QString &title, const QString &url, const QString &group)
{
    if (!isFeedUrl(url.trimmed()))
        return Error{ErrorCode::InvalidInput, tr("\"%1\" is not the address of a web feed (http or https).").arg(url)};
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT 1 FROM digest_feeds WHERE url = ?"));
    query.addBindValue(url.trimmed());
    if (!query.exec())
        return databaseError(query);
    if (query.next())
        return Error{ErrorCode::Conflict, tr("The feed %1 is already in the list.").arg(url.trimmed())};
    const QString cleanTitle = title.trimmed().isEmpty() ? QUrl(url).host() : cleanPastedText(title).simplified();
    if (m_newsroom.isPostgres()) {
        if (auto refused = refusal(callServer(m_newsroom.database(), u"SELECT outcome, id FROM pd_digest_feed('', NULL, ?, ?, ?, true, false)"_s,
                                              {cleanTitle, url.trimmed(), group.simplified()}),
                                   url.trimmed()))
            return *refused;
    } else {
        query.prepare(QStringLiteral("INSERT INTO digest_feeds (title, url, feed_group) VALUES (?, ?, ?)"));
        query.addBindValue(cleanTitle);
        query.addBindValue(url.trimmed());
        query.addBindValue(nonNull(group.simplified()));
        if (!query.exec())
            return databaseError(query);
    }
    query.prepare(feedColumns + QStringLiteral(" WHERE url = ?"));
    query.addBindValue(url.trimmed());
    if (!query.exec() || !query.next())
        return databaseError(query);
    return readFeed(query);
}

Status DigestStore::updateFeed(const DigestFeed &feed)
{
    if (!isFeedUrl(feed.url))
        return Error{ErrorCode::InvalidInput, tr("\"%1\" is not the address of a web feed (http or https).").arg(feed.url)};
    if (m_newsroom.isPostgres()) {
        if (auto refused = refusal(callServer(m_newsroom.database(), u"SELECT outcome, id FROM pd_digest_feed('', ?, ?, ?, ?, ?, false)"_s,
                                              {feed.id, nonNull(feed.title), feed.url, nonNull(feed.group), feed.enabled}),
                                   feed.url))
            return *refused;
        return Done{};
    }
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("UPDATE digest_feeds SET title = ?, url = ?, feed_group = ?, enabled = ? WHERE id = ?"));
    query.addBindValue(nonNull(feed.title));
    query.addBindValue(feed.url);
    query.addBindValue(nonNull(feed.group));
    query.addBindValue(feed.enabled ? 1 : 0);
    query.addBindValue(feed.id);
    if (!query.exec())
        return databaseError(query);
    return Done{};
}

Status DigestStore::removeFeed(qint64 id)
{
    if (m_newsroom.isPostgres()) {
        if (auto refused = refusal(callServer(m_newsroom.database(), u"SELECT outcome, id FROM pd_digest_feed('', ?, NULL, NULL, NULL, NULL, true)"_s,
                                              {id}),
                                   tr("The feed")))
            return *refused;
        return Done{};
    }
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("DELETE FROM digest_feeds WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    return Done{};
}

Result<QList<DigestFeed>> DigestStore::feeds() const
{
    QSqlQuery query(m_newsroom.database());
    if (!query.exec(feedColumns + QStringLiteral(" ORDER BY feed_group, title")))
        return databaseError(query);
    QList<DigestFeed> feeds;
    while (query.next())
        feeds << readFeed(query);
    return feeds;
}

Status DigestStore::recordFetch(qint64 feedId, const QString &status, const QString &error, const QString &etag,
                                const QString &lastModified)
{
    if (m_newsroom.isPostgres()) {
        auto recorded = callServer(m_newsroom.database(), u"SELECT pd_digest_fetched('', ?, ?, ?, ?, ?)"_s,
                                   {feedId, status, nonNull(error), nonNull(etag), nonNull(lastModified)});
        if (!recorded)
            return recorded.error();
        // A feed removed meanwhile has nothing to record.
        if (const QString outcome = recorded->value(0).toString(); outcome != u"done" && outcome != u"not_found")
            return serverOutcomeError(outcome, tr("The feed"));
        return Done{};
    }
    QSqlQuery query(m_newsroom.database());
    // A failed fetch keeps the validators of the last good one.
    query.prepare(status == u"error"
                      ? QStringLiteral("UPDATE digest_feeds SET last_status = ?, last_error = ?, last_fetched = ? WHERE id = ?")
                      : QStringLiteral("UPDATE digest_feeds SET last_status = ?, last_error = ?, last_fetched = ?, etag = ?,"
                                       " last_modified = ? WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(nonNull(error));
    query.addBindValue(nowStamp());
    if (status != u"error") {
        query.addBindValue(nonNull(etag));
        query.addBindValue(nonNull(lastModified));
    }
    query.addBindValue(feedId);
    if (!query.exec())
        return databaseError(query);
    return Done{};
}

Result<QList<DigestStore::OpmlOutline>> DigestStore::parseOpml(const QByteArray &opml)
{
    QXmlStreamReader reader(opml);
    QStringList groups;  // titles of the enclosing outlines
    QList<OpmlOutline> found;
    bool sawOpml = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"opml")
            sawOpml = true;
        if (reader.isStartElement() && reader.name() == u"outline") {
            const auto attrs = reader.attributes();
            const QString url = attrs.value(QStringLiteral("xmlUrl")).toString().trimmed();
            const QString title = attrs.hasAttribute(QStringLiteral("title")) ? attrs.value(QStringLiteral("title")).toString()
                                                                               : attrs.value(QStringLiteral("text")).toString();
            if (!url.isEmpty())
                found.append({title, url, groups.isEmpty() ? QString() : groups.last()});
            groups << (url.isEmpty() ? title : (groups.isEmpty() ? QString() : groups.last()));
        } else if (reader.isEndElement() && reader.name() == u"outline" && !groups.isEmpty()) {
            groups.removeLast();
        }
    }
    if (reader.hasError() || !sawOpml)
        return Error{ErrorCode::InvalidInput, reader.hasError() ? tr("The OPML file is not well-formed XML: %1 (line %2).")
                                                                       .arg(reader.errorString())
                                                                       .arg(reader.lineNumber())
                                                                 : tr("The file is not OPML: it has no <opml> element.")};
    return found;
}

Result<int> DigestStore::importOpml(const QByteArray &opml)
{
    auto found = parseOpml(opml);
    if (!found)
        return found.error();
    auto existing = feeds();
    if (!existing)
        return existing.error();
    QSet<QString> urls;
    for (const DigestFeed &feed : std::as_const(existing.value()))
        urls.insert(feed.url);
    WriteTransaction transaction(m_newsroom.database());
    if (!transaction.begun())
        return transaction.error();
    int added = 0;
    for (const auto &[title, url, group] : std::as_const(found.value())) {
        if (urls.contains(url) || !isFeedUrl(url))
            continue;
        auto feed = addFeed(title, url, group);
        if (!feed)
            return feed.error();
        urls.insert(url);
        ++added;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

Result<QByteArray> DigestStore::exportOpml() const
{
    auto all = feeds();
    if (!all)
        return all.error();
    QByteArray bytes;
    QXmlStreamWriter writer(&bytes);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("opml"));
    writer.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    writer.writeStartElement(QStringLiteral("head"));
    writer.writeTextElement(QStringLiteral("title"), tr("PortalDesk press digest feeds"));
    writer.writeEndElement();
    writer.writeStartElement(QStringLiteral("body"));
    QString group;
    bool open = false;
    for (const DigestFeed &feed : std::as_const(all.value())) {
        if (feed.group != group || !open) {
            if (open && !group.isEmpty())
                writer.writeEndElement();
            group = feed.group;
            open = true;
            if (!group.isEmpty()) {
                writer.writeStartElement(QStringLiteral("outline"));
                writer.writeAttribute(QStringLiteral("text"), group);
                writer.writeAttribute(QStringLiteral("title"), group);
            }
        }
        writer.writeEmptyElement(QStringLiteral("outline"));
        writer.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
        writer.writeAttribute(QStringLiteral("text"), feed.title);
        writer.writeAttribute(QStringLiteral("title"), feed.title);
        writer.writeAttribute(QStringLiteral("xmlUrl"), feed.url);
    }
    if (open && !group.isEmpty())
        writer.writeEndElement();
    writer.writeEndElement();  // body
    writer.writeEndElement();  // opml
    writer.writeEndDocument();
    return bytes;
}

Result<int> DigestStore::addItems(const QList<DigestItem> &items)
{
    QSqlDatabase db = m_newsroom.database();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    if (m_newsroom.isPostgres()) {
        QJsonArray array;
        for (const DigestItem &item : items) {
            array.append(QJsonObject{
                {u"item_key"_s, item.key}, {u"feed_id"_s, item.feedId ? QJsonValue(QString::number(item.feedId)) : QJsonValue()},
                {u"kind"_s, item.kind}, {u"outlet"_s, item.outlet}, {u"url"_s, item.url},
                {u"title"_s, toNfc(item.title.simplified())}, {u"body"_s, toNfc(item.body)}, {u"page"_s, item.page},
                {u"published_at"_s, toStamp(item.publishedAt.isValid() ? item.publishedAt : QDateTime::currentDateTimeUtc())}});
        }
        auto added = callServer(db, u"SELECT pd_digest_add_items('', ?::jsonb)"_s,
                                {QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))});
        if (!added)
            return added.error();
        if (added->value(0).toInt() < 0)
            return serverOutcomeError(u"refused"_s, tr("The digest's items"));
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return added->value(0).toInt();
    }
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO digest_items (item_key, feed_id, kind, outlet, url, title, body, page, published_at,"
                                      " fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (item_key) DO NOTHING")))
        return databaseError(query);
    const QString now = nowStamp();
    int added = 0;
    for (const DigestItem &item : items) {
        query.addBindValue(item.key);
        query.addBindValue(item.feedId ? QVariant(item.feedId) : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(item.kind);
        query.addBindValue(nonNull(item.outlet));
        query.addBindValue(nonNull(item.url));
        query.addBindValue(toNfc(item.title.simplified()));
        query.addBindValue(toNfc(item.body));
        query.addBindValue(nonNull(item.page));
        query.addBindValue(toStamp(item.publishedAt.isValid() ? item.publishedAt : QDateTime::currentDateTimeUtc()));
        query.addBindValue(now);
        if (!query.exec())
            return databaseError(query);
        added += query.numRowsAffected() > 0 ? 1 : 0;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

Result<QList<DigestItem>> DigestStore::itemsOn(const QDate &day) const
{
    QSqlQuery query(m_newsroom.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, item_key, coalesce(feed_id, 0), kind, outlet, url, title, body, page, published_at"
                                 " FROM digest_items WHERE published_at >= ? AND published_at < ? ORDER BY published_at DESC, id"));
    query.addBindValue(toStamp(QDateTime(day, QTime(0, 0)).toUTC()));
    query.addBindValue(toStamp(QDateTime(day.addDays(1), QTime(0, 0)).toUTC()));
    if (!query.exec())
        return databaseError(query);
    QList<DigestItem> items;
    while (query.next()) {
        items.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(), query.value(3).toString(),
                      query.value(4).toString(), query.value(5).toString(), query.value(6).toString(), query.value(7).toString(),
                      query.value(8).toString(), fromStamp(query.value(9).toString())});
    }
    return items;
}

Result<DigestRule> DigestStore::addRule(const DigestRule &rule)
{
    const QString phrase = cleanPastedText(rule.phrase).simplified();
    if (phrase.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A rule needs a word or phrase.")};
    const QString folded = foldDiacritics(phrase).toCaseFolded();
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT phrase FROM digest_rules WHERE folded = ?"));
    query.addBindValue(folded);
    if (!query.exec())
        return databaseError(query);
    if (query.next())
        return Error{ErrorCode::Conflict, tr("There is already a rule for \"%1\".").arg(query.value(0).toString())};
    if (m_newsroom.isPostgres()) {
        auto answer = callServer(m_newsroom.database(), u"SELECT outcome, id FROM pd_digest_rule('', NULL, ?, ?, ?, ?, ?)"_s,
                                 {phrase, folded, rule.section.simplified(), rule.concerns.simplified(), rule.exclude});
        if (auto refused = refusal(answer, phrase))
            return *refused;
        DigestRule added = rule;
        added.phrase = phrase;
        added.id = answer->value(1).toLongLong();
        return added;
    }
    query.prepare(QStringLiteral("INSERT INTO digest_rules (phrase, folded, section, concerns, exclude) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(phrase);
    query.addBindValue(folded);
    query.addBindValue(nonNull(rule.section.simplified()));
    query.addBindValue(nonNull(rule.concerns.simplified()));
    query.addBindValue(rule.exclude ? 1 : 0);
    if (!query.exec())
        return databaseError(query);
    DigestRule added = rule;
    added.phrase = phrase;
    added.id = query.lastInsertId().toLongLong();
    return added;
}

Result<QList<DigestRule>> DigestStore::rules() const
{
    QSqlQuery query(m_newsroom.database());
    if (!query.exec(QStringLiteral("SELECT id, phrase, section, concerns, exclude FROM digest_rules ORDER BY id")))
        return databaseError(query);
    QList<DigestRule> rules;
    while (query.next())
        rules.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                      query.value(4).toInt() != 0});
    return rules;
}

Status DigestStore::removeRule(qint64 id)
{
    if (m_newsroom.isPostgres()) {
        if (auto refused = refusal(callServer(m_newsroom.database(), u"SELECT outcome, id FROM pd_digest_rule('', ?, NULL, NULL, NULL, NULL, NULL)"_s,
                                              {id}),
                                   tr("The rule")))
            return *refused;
        return Done{};
    }
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("DELETE FROM digest_rules WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    return Done{};
}

Result<QStringList> DigestStore::sections() const
{
    QSqlQuery query(m_newsroom.database());
    if (!query.exec(QStringLiteral("SELECT name FROM digest_sections ORDER BY position")))
        return databaseError(query);
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

Status DigestStore::setSections(const QStringList &names)
{
    QStringList clean;
    for (const QString &name : names) {
        const QString simplified = cleanPastedText(name).simplified();
        if (simplified.isEmpty())
            continue;
        if (clean.contains(simplified, Qt::CaseInsensitive))
            return Error{ErrorCode::InvalidInput, tr("The section \"%1\" is listed twice.").arg(simplified)};
        clean << simplified;
    }
    if (clean.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The digest needs at least one section.")};
    if (m_newsroom.isPostgres()) {
        if (auto refused = refusal(callServer(m_newsroom.database(), u"SELECT pd_digest_sections('', ?::text[])"_s, {postgresArray(clean)}),
                                   tr("The digest's sections")))
            return *refused;
        return Done{};
    }
    WriteTransaction transaction(m_newsroom.database());
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(m_newsroom.database());
    if (!query.exec(QStringLiteral("DELETE FROM digest_sections")))
        return databaseError(query);
    query.prepare(QStringLiteral("INSERT INTO digest_sections (name, position) VALUES (?, ?)"));
    for (qsizetype i = 0; i < clean.size(); ++i) {
        query.addBindValue(clean.at(i));
        query.addBindValue(int(i + 1));
        if (!query.exec())
            return databaseError(query);
    }
    return transaction.commit();
}

} // namespace PortalDesk::Models
