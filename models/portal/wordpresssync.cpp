#include "wordpresssync.h"

#include "articlestore.h"
#include "htmlmarkdown.h"
#include "mediastore.h"
#include "newsroom.h"
#include "outboxreader.h"
#include "portaloutbox.h"
#include "sqlsupport.h"
#include "syncmarks.h"
#include "vietnamesetext.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

using PortalWrite::Item;

// Every status a post can have that the sync may meet; "any" leaves out the
// trash, which is exactly what must be seen.
const QString allStatuses = u"publish,future,draft,pending,private,trash"_s;

// What OutboxReader's prepare step leaves in Item::values for the writer.
enum Value { Payload, Section, Tags, LeadPhoto, ValueCount };

QString wordPressTime(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

// WordPress gives term and user names HTML-escaped ("A &amp; B").
QString unescaped(QString text)
{
    return text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s)
        .replace(u"&#039;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
}

QString folded(const QString &name)
{
    return toNfc(name).simplified().toCaseFolded();
}

QString idText(const QJsonValue &value)
{
    return QString::number(value.toInteger());
}

// What WordPress holds of a post, to tell a later edit there from our own
// write: its modification time is to the second only, so an edit in the
// same second as ours shows in the status and the raw text.
QString versionOf(const QJsonObject &post)
{
    const auto raw = [&post](const QString &field) { return post.value(field).toObject().value(u"raw"_s).toString(); };
    return post.value(u"modified_gmt"_s).toString() + u' '
        + contentDigest((post.value(u"status"_s).toString() + u'\x1f' + raw(u"title"_s) + u'\x1f' + raw(u"excerpt"_s) + u'\x1f'
                  + raw(u"content"_s)).toUtf8()).left(32);
}

// A hash no content has: overwritePortal() leaves it so the next run writes.
const QString writeAgain = u"overwrite"_s;

} // namespace

WordPressSync::WordPressSync(Newsroom &newsroom, WordPressClient &client, PortalMapping mapping)
    : m_newsroom(newsroom)
    , m_client(client)
    , m_mapping(std::move(mapping))
{
    [[maybe_unused]] const int ready = sodium_init();
}

QString WordPressSync::withoutSoftNewlines(const QString &html)
{
    QString out;
    out.reserve(html.size());
    int inPre = 0;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (c == u'<') {
            if (QStringView(html).mid(i, 4).compare(u"<pre", Qt::CaseInsensitive) == 0)
                ++inPre;
            else if (QStringView(html).mid(i, 6).compare(u"</pre>", Qt::CaseInsensitive) == 0 && inPre > 0)
                --inPre;
        }
        if (c == u'\n' && inPre == 0) {
            // Between two tags nothing is needed; inside text, a space.
            const bool afterTag = !out.isEmpty() && out.back() == u'>';
            const bool beforeTag = i + 1 < html.size() && html.at(i + 1) == u'<';
            if (!(afterTag && beforeTag) && !out.endsWith(u' '))
                out.append(u' ');
            continue;
        }
        out.append(c);
    }
    return out.trimmed();
}

Status WordPressSync::ensureConnected()
{
    if (m_connected)
        return Done{};
    if (Status connected = m_client.connect(); !connected)
        return connected;
    m_connected = true;
    return Done{};
}

Status WordPressSync::loadTerms()
{
    auto categories = m_client.list(u"wp/v2/categories"_s, QUrlQuery{{u"_fields"_s, u"id,name,slug"_s}, {u"hide_empty"_s, u"false"_s}});
    if (!categories)
        return categories.error();
    m_categories = categories.value();
    // Logins need list_users (administrators, editors on most sites);
    // without it the public names still match.
    auto users = m_client.list(u"wp/v2/users"_s, QUrlQuery{{u"context"_s, u"edit"_s}, {u"_fields"_s, u"id,name,slug,username"_s}});
    if (!users)
        users = m_client.list(u"wp/v2/users"_s, QUrlQuery{{u"_fields"_s, u"id,name,slug"_s}});
    if (!users)
        return users.error();
    m_users = users.value();
    return Done{};
}

qint64 WordPressSync::userFor(const QString &author) const
{
    if (author.trimmed().isEmpty())
        return 0;
    const QString wanted = m_mapping.wordpress.authors.value(author.trimmed(), author);
    for (const QJsonValue &value : m_users) {
        const QJsonObject user = value.toObject();
        if (idText(user.value(u"id"_s)) == wanted || user.value(u"slug"_s).toString() == wanted
            || user.value(u"username"_s).toString() == wanted
            || folded(unescaped(user.value(u"name"_s).toString())) == folded(wanted))
            return user.value(u"id"_s).toInteger();
    }
    return 0;
}

Result<qint64> WordPressSync::categoryFor(const QString &section) const
{
    if (section.trimmed().isEmpty())
        return 0;
    const QString wanted = m_mapping.wordpress.categories.value(section.trimmed(), section.trimmed());
    for (const QJsonValue &value : std::as_const(m_categories)) {
        const QJsonObject category = value.toObject();
        if (idText(category.value(u"id"_s)) == wanted || category.value(u"slug"_s).toString() == wanted
            || folded(unescaped(category.value(u"name"_s).toString())) == folded(wanted))
            return category.value(u"id"_s).toInteger();
    }
    bool number = false;
    wanted.toLongLong(&number);
    if (number)
        return Error{ErrorCode::InvalidInput, tr("WordPress at %1 has no category %2 (the mapping's for %3).")
                                                  .arg(m_client.site().display(), wanted, section)};
    return 0;
}

QList<qint64> WordPressSync::tagsFor(const QStringList &names) const
{
    QList<qint64> ids;
    for (const QString &name : names) {
        if (const qint64 id = m_tags.value(folded(name)); id != 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

Status WordPressSync::prepareTerms(const QList<Item> &items)
{
    // The batch's sections and tags that WordPress is not known to have.
    QStringList sections, tags;
    for (const Item &item : items) {
        if (item.kind != Item::Insert && item.kind != Item::Update)
            continue;
        const QString section = item.values.at(Section).toString();
        auto category = categoryFor(section);
        if (!category)
            return category.error();
        if (category.value() == 0 && !section.isEmpty()) {
            const QString wanted = m_mapping.wordpress.categories.value(section, section);
            if (!sections.contains(wanted))
                sections.append(wanted);
        }
        for (const QString &tag : item.values.at(Tags).toStringList()) {
            if (!tag.trimmed().isEmpty() && !m_tags.contains(folded(tag)) && !tags.contains(tag))
                tags.append(tag);
        }
    }
    // Tags looked up by slug, a hundred at a time, all at once.
    QList<WordPressRequest> lookups;
    for (qsizetype i = 0; i < tags.size(); i += 100) {
        QStringList slugs;
        for (const QString &tag : tags.mid(i, 100))
            slugs.append(slugOf(tag));
        lookups.append({.route = u"wp/v2/tags"_s,
                        .query = QUrlQuery{{u"slug"_s, slugs.join(u',')}, {u"per_page"_s, u"100"_s}, {u"_fields"_s, u"id,name"_s}}});
    }
    for (const WordPressReply &reply : m_client.send(lookups)) {
        if (!reply.ok())
            return Error{ErrorCode::Failed, m_client.describe(reply)};
        for (const QJsonValue &value : reply.json.toArray())
            m_tags.insert(folded(unescaped(value.toObject().value(u"name"_s).toString())), value.toObject().value(u"id"_s).toInteger());
    }
    // What is still missing is created, categories and tags together;
    // a term made meanwhile by someone else is taken as it is.
    QList<WordPressRequest> creates;
    QList<std::pair<bool, QString>> made;  // a category?, its name
    for (const QString &section : std::as_const(sections)) {
        creates.append({.method = "POST", .route = u"wp/v2/categories"_s,
                        .body = QJsonDocument(QJsonObject{{u"name"_s, section}}).toJson(QJsonDocument::Compact)});
        made.append({true, section});
    }
    for (const QString &tag : std::as_const(tags)) {
        if (m_tags.contains(folded(tag)))
            continue;
        creates.append({.method = "POST", .route = u"wp/v2/tags"_s,
                        .body = QJsonDocument(QJsonObject{{u"name"_s, tag}}).toJson(QJsonDocument::Compact)});
        made.append({false, tag});
    }
    const QList<WordPressReply> replies = m_client.send(creates);
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const WordPressReply &reply = replies.at(i);
        qint64 id = 0;
        if (reply.ok())
            id = reply.json.toObject().value(u"id"_s).toInteger();
        else if (reply.code == u"term_exists")
            id = reply.data.value(u"term_id"_s).toInteger();
        else
            return Error{ErrorCode::Failed, m_client.describe(reply)};
        const auto &[category, name] = made.at(i);
        if (category)
            m_categories.append(QJsonObject{{u"id"_s, id}, {u"name"_s, name}, {u"slug"_s, QString()}});
        else
            m_tags.insert(folded(name), id);
    }
    return Done{};
}

QString WordPressSync::placeholder(const QString &id, const QString &rendition, const QString &mimeType)
{
    return u"/portaldesk-media/%1-%2.%3"_s.arg(id, rendition, mimeType == u"image/png" ? u"png"_s : u"jpg"_s);
}

Status WordPressSync::uploadPhotos(const QList<Item> &items)
{
    QStringList wanted;
    for (const Item &item : items) {
        if (item.kind != Item::Insert && item.kind != Item::Update)
            continue;
        for (const PortalWrite::MediaRow &row : item.media) {
            if (row.rendition == u"web" && !m_photos.contains(row.mediaId) && !wanted.contains(row.mediaId))
                wanted.append(row.mediaId);
        }
    }
    if (wanted.isEmpty())
        return Done{};
    // Uploaded by an earlier run: once is enough.
    {
        QSqlQuery known(m_newsroom.database());
        known.setForwardOnly(true);
        const bool prepared = known.prepare(u"SELECT media_id, remote_id, url, small_url FROM portal_media_state"
                                            " WHERE portal = ? AND media_id IN %1"_s.arg(idList(m_newsroom.database())));
        known.addBindValue(stateName());
        known.addBindValue(jsonArray(wanted));
        if (!prepared || !known.exec())
            return databaseError(known);
        while (known.next()) {
            m_photos.insert(known.value(0).toString(), {known.value(1).toString(), known.value(2).toString(), known.value(3).toString()});
            wanted.removeAll(known.value(0).toString());
        }
    }
    // The web rendition (no EXIF, no GPS), described as in the article.
    QList<WordPressRequest> uploads;
    MediaStore store(m_newsroom);
    for (const QString &id : std::as_const(wanted)) {
        const PortalWrite::MediaRow *row = nullptr;
        for (const Item &item : items) {
            for (const PortalWrite::MediaRow &candidate : item.media) {
                if (candidate.mediaId == id && candidate.rendition == u"web")
                    row = &candidate;
            }
        }
        auto bytes = store.content(id, u"web"_s);
        if (!bytes)
            return bytes.error();
        const QString extension = row->mimeType == u"image/png" ? u"png"_s : u"jpg"_s;
        uploads.append({.method = "POST", .route = u"wp/v2/media"_s,
                        .query = QUrlQuery{{u"caption"_s, QString::fromLatin1(QUrl::toPercentEncoding(row->caption))},
                                           {u"alt_text"_s, QString::fromLatin1(QUrl::toPercentEncoding(row->alt))},
                                           {u"description"_s, QString::fromLatin1(QUrl::toPercentEncoding(row->credit))}},
                        .body = bytes.value(), .contentType = row->mimeType.toLatin1(),
                        .disposition = "attachment; filename=\"" + id.toLatin1() + '.' + extension.toLatin1() + '"'});
    }
    // The first alone: WordPress makes the month's folder of uploads on it,
    // and two first uploads at once race for the folder (wp_mkdir_p): the
    // loser answers 500, "Unable to create directory" (seen in
    // tst_wordpresssync). The rest go together.
    QList<WordPressReply> replies = m_client.send(uploads.mid(0, 1));
    if (uploads.size() > 1 && !replies.isEmpty() && replies.constFirst().ok())
        replies += m_client.send(uploads.mid(1));
    QHash<QString, SyncMarks::Uploaded> uploaded;
    QString failure;
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const WordPressReply &reply = replies.at(i);
        if (!reply.ok()) {
            if (failure.isEmpty())
                failure = m_client.describe(reply);
            continue;  // those that went up are noted all the same, below
        }
        const QJsonObject media = reply.json.toObject();
        const QString url = media.value(u"source_url"_s).toString();
        const QString medium = media.value(u"media_details"_s).toObject().value(u"sizes"_s).toObject()
                                   .value(u"medium_large"_s).toObject().value(u"source_url"_s).toString();
        uploaded.insert(wanted.at(i), {idText(media.value(u"id"_s)), url, medium.isEmpty() ? url : medium});
    }
    // Noted at once: a run stopped later, or one upload refused, does not
    // upload the others again (WordPress would keep each copy).
    WriteTransaction transaction(m_newsroom.database());
    if (!transaction.begun())
        return transaction.error();
    if (Status recorded = SyncMarks::recordUploaded(m_newsroom.database(), stateName(), uploaded); !recorded)
        return recorded;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    m_photos.insert(uploaded);
    if (!failure.isEmpty())
        return Error{ErrorCode::Failed, failure};
    return Done{};
}

Result<QHash<QString, WordPressSync::State>> WordPressSync::readState(const QStringList &articleIds)
{
    QHash<QString, State> states;
    if (articleIds.isEmpty())
        return states;
    QSqlQuery query(m_newsroom.database());
    query.setForwardOnly(true);
    const bool prepared = query.prepare(u"SELECT article_id, content_hash, remote_id, remote_version FROM portal_sync_state"
                                        " WHERE portal = ? AND article_id IN %1"_s.arg(idList(m_newsroom.database())));
    query.addBindValue(stateName());
    query.addBindValue(jsonArray(articleIds));
    if (!prepared || !query.exec())
        return databaseError(query);
    while (query.next())
        states.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    return states;
}

Result<QHash<QString, WordPressSync::Remote>> WordPressSync::readRemote(const QStringList &postIds)
{
    if (postIds.isEmpty())
        return QHash<QString, Remote>();
    return readPosts({u"include"_s, postIds.join(u',')});
}

Result<QHash<QString, WordPressSync::Remote>> WordPressSync::readPosts(const std::pair<QString, QString> &filter)
{
    QHash<QString, Remote> remote;
    WordPressRequest request{.route = u"wp/v2/posts"_s};
    request.query = QUrlQuery{filter, {u"status"_s, allStatuses}, {u"context"_s, u"edit"_s},
                              {u"per_page"_s, QString::number(batchSize)},
                              {u"_fields"_s, u"id,status,modified_gmt,date_gmt,title,excerpt,content"_s}};
    WordPressReply reply;
    int delay = m_retry.firstDelayMs;
    for (int tries = 1;; ++tries) {
        reply = m_client.send(request);
        if (!reply.transient() || tries >= m_retry.attempts)
            break;
        QThread::msleep(delay);
        delay *= 2;
    }
    if (!reply.ok())
        return Error{ErrorCode::Failed, m_client.describe(reply)};
    for (const QJsonValue &value : reply.json.toArray()) {
        const QJsonObject post = value.toObject();
        const auto raw = [&post](const QString &field) { return post.value(field).toObject().value(u"raw"_s).toString(); };
        remote.insert(idText(post.value(u"id"_s)), {idText(post.value(u"id"_s)), post.value(u"status"_s).toString(),
                                                    versionOf(post), raw(u"title"_s), raw(u"excerpt"_s), raw(u"content"_s),
                                                    post.value(u"date_gmt"_s).toString()});
    }
    return remote;
}

Status WordPressSync::adoptStranded(const QList<Item> &items, QHash<QString, State> &states, QHash<QString, Remote> &remote)
{
    QStringList slugs;
    for (const Item &item : items) {
        if (item.kind != Item::Missing && item.publish && states.value(item.id).remoteId.isEmpty())
            slugs.append(slugOf(item.title));
    }
    if (slugs.isEmpty())
        return Done{};
    slugs.removeDuplicates();
    auto found = readPosts({u"slug"_s, slugs.join(u',')});
    if (!found)
        return found.error();
    for (const Remote &post : std::as_const(found.value())) {
        for (const Item &item : items) {
            const QJsonObject payload = item.values.value(Payload).toJsonObject();
            if (item.kind == Item::Missing || !states.value(item.id).remoteId.isEmpty() || post.title != item.title
                || post.date != payload.value(u"date_gmt"_s).toString())
                continue;
            // Ours, from a run stopped before the newsroom noted it: updated
            // in place rather than posted twice.
            states.insert(item.id, {QString(), post.id, post.version});
            remote.insert(post.id, post);
            break;
        }
    }
    return Done{};
}

Result<SyncSummary> WordPressSync::run(bool dryRun)
{
    SyncSummary summary;
    if (Status connected = ensureConnected(); !connected)
        return connected.error();
    if (Status loaded = loadTerms(); !loaded)
        return loaded.error();
    QSqlDatabase newsroom = m_newsroom.database();
    const qint64 signedIn = m_client.me().value(u"id"_s).toInteger();

    // The post as WordPress gets it, made on the reading thread; only the
    // terms, which may have to be created, wait for the writer.
    const OutboxReader::Prepare prepare = [this, signedIn](const Article &article, const PortalContent &content, Item &item) {
        QString html = withoutSoftNewlines(content.fields.value(u"body_html"_s));
        const qint64 author = userFor(article.author);
        if (author == 0 && !article.author.trimmed().isEmpty())
            html += u"<p class=\"byline\"><strong>"_s + article.author.trimmed().toHtmlEscaped() + u"</strong></p>"_s;
        const QDateTime published = item.publishedAt.isValid() ? item.publishedAt : article.updated;
        const QJsonObject payload{{u"title"_s, article.title},
                                  {u"excerpt"_s, article.summary},
                                  {u"content"_s, html},
                                  {u"status"_s, item.publish ? u"publish"_s : m_mapping.wordpress.withdrawnStatus},
                                  {u"date_gmt"_s, wordPressTime(published)},
                                  {u"author"_s, author ? author : signedIn}};
        item.values = {payload, article.section.trimmed(), article.tags, article.leadPhoto};
        item.hash = contentDigest(QJsonDocument(payload).toJson(QJsonDocument::Compact) + '\x1f' + article.section.trimmed().toUtf8()
                           + '\x1f' + article.tags.join(u'\x1f').toUtf8() + '\x1f' + article.leadPhoto.toUtf8());
    };

    int total = 0;
    if (m_progress) {
        auto pending = PortalSync::pendingCount(m_newsroom);
        if (!pending)
            return pending.error();
        total = pending.value();
    }
    int handled = 0;
    // Photos are rendered with an address of our own, replaced by
    // WordPress's once the photo is uploaded.
    OutboxReader outbox(newsroom, prepare, batchSize, &WordPressSync::placeholder);
    for (;;) {
        auto batch = outbox.next();
        if (!batch)
            return batch.error();
        QList<Item> &items = batch->items;
        if (items.isEmpty())
            break;
        QStringList ids;
        for (const Item &item : std::as_const(items))
            ids.append(item.id);
        auto states = readState(ids);
        if (!states)
            return states.error();
        QStringList postIds;
        for (const State &state : std::as_const(states.value())) {
            if (!state.remoteId.isEmpty())
                postIds.append(state.remoteId);
        }
        auto remote = readRemote(postIds);
        if (!remote)
            return remote.error();
        if (Status adopted = adoptStranded(items, states.value(), remote.value()); !adopted)
            return adopted.error();

        // Plan: what each article needs, and its request.
        QList<WordPressRequest> requests;
        QList<qsizetype> requestItem;
        QHash<QString, QString> conflictWhy;
        QHash<QString, QString> postOf;  // article -> post id, for those already there
        for (qsizetype i = 0; i < items.size(); ++i) {
            Item &item = items[i];
            if (item.kind == Item::Missing)
                continue;
            const State state = states->value(item.id);
            const bool known = !state.remoteId.isEmpty();
            const auto post = remote->constFind(state.remoteId);
            const bool there = known && post != remote->cend();
            const bool restoring = state.hash == writeAgain;
            if (known && !there && !restoring) {
                // Deleted in WordPress: to come down, nothing is left to do.
                item.kind = item.publish ? Item::Conflict : Item::Unchanged;
                conflictWhy.insert(item.id, tr("%1: deleted on the portal (WordPress post %2); not brought back. Use "
                                               "--overwrite to publish it again as a new post.").arg(item.title, state.remoteId));
                continue;
            }
            if (there && post->status == u"trash" && !restoring) {
                item.kind = item.publish ? Item::Conflict : Item::Unchanged;
                conflictWhy.insert(item.id, tr("%1: in the portal's trash (WordPress post %2); not brought back. Use "
                                               "--overwrite to restore it.").arg(item.title, state.remoteId));
                continue;
            }
            // Edited in WordPress since our write, unless what is there is
            // what we are about to write (a run stopped after WordPress
            // took it, before the newsroom noted it).
            if (there && !restoring && post->version != state.remoteVersion && !post->holds(item.values.at(Payload).toJsonObject())) {
                item.kind = Item::Conflict;
                conflictWhy.insert(item.id, tr("%1: changed on the portal since the last sync; not overwritten.").arg(item.title));
                continue;
            }
            if (there && state.hash == item.hash) {
                item.kind = Item::Unchanged;
                postOf.insert(item.id, state.remoteId);
                continue;
            }
            if (!there && !item.publish) {
                item.kind = Item::Unchanged;  // never reached the site
                continue;
            }
            item.kind = there ? Item::Update : Item::Insert;
            if (there)
                postOf.insert(item.id, state.remoteId);
        }
        if (dryRun) {
            for (const Item &item : std::as_const(items)) {
                switch (item.kind) {
                case Item::Missing: ++summary.failed; break;
                case Item::Conflict: ++summary.conflicts; summary.lines.append(conflictWhy.value(item.id)); break;
                case Item::Unchanged: ++summary.unchanged; break;
                case Item::Insert: ++summary.sent; break;
                case Item::Update: (item.publish ? summary.updated : summary.withdrawn)++; break;
                }
            }
            handled += batch->entryCount;
            if (m_progress && !m_progress(handled, total)) {
                summary.cancelled = true;
                break;
            }
            continue;
        }
        if (Status terms = prepareTerms(items); !terms)
            return terms.error();
        if (Status photos = uploadPhotos(items); !photos)
            return photos.error();
        for (qsizetype i = 0; i < items.size(); ++i) {
            Item &item = items[i];
            if (item.kind != Item::Insert && item.kind != Item::Update)
                continue;
            QJsonObject payload = item.values.at(Payload).toJsonObject();
            const qint64 category = categoryFor(item.values.at(Section).toString()).value_or(0);
            if (category != 0)
                payload.insert(u"categories"_s, QJsonArray{category});
            QJsonArray tagIds;
            for (qint64 tag : tagsFor(item.values.at(Tags).toStringList()))
                tagIds.append(tag);
            payload.insert(u"tags"_s, tagIds);
            QString content = payload.value(u"content"_s).toString();
            for (const PortalWrite::MediaRow &row : std::as_const(item.media)) {
                if (const auto photo = m_photos.constFind(row.mediaId); photo != m_photos.cend())
                    content.replace(row.fileName, row.rendition == u"thumb" ? photo->smallUrl : photo->url);
            }
            payload.insert(u"content"_s, content);
            const QString lead = item.values.at(LeadPhoto).toString();
            payload.insert(u"featured_media"_s, m_photos.contains(lead) ? m_photos.value(lead).remoteId.toLongLong() : 0);
            // A new post asks for the title's slug; WordPress makes it unique.
            // An existing one keeps the slug it has (a trashed one gets back
            // the slug it had before the trash).
            if (item.kind == Item::Insert)
                payload.insert(u"slug"_s, slugOf(item.title));
            const QString route = item.kind == Item::Insert ? u"wp/v2/posts"_s : u"wp/v2/posts/"_s + postOf.value(item.id);
            requests.append({.method = "POST", .route = route, .body = QJsonDocument(payload).toJson(QJsonDocument::Compact)});
            requestItem.append(i);
        }

        // Sent a few at a time; what failed for a passing reason goes again.
        // New posts of the same title go one after another, in the order
        // they were published: WordPress makes the later one's slug unique
        // only once the earlier one is stored.
        QList<WordPressReply> replies(requests.size());
        QList<QList<qsizetype>> waves;
        QHash<QString, int> sameSlug;
        for (qsizetype r = 0; r < requests.size(); ++r) {
            const Item &item = items.at(requestItem.at(r));
            const int wave = item.kind == Item::Insert ? sameSlug[slugOf(item.title)]++ : 0;
            if (waves.size() <= wave)
                waves.resize(wave + 1);
            waves[wave].append(r);
        }
        for (QList<qsizetype> toSend : std::as_const(waves)) {
            int delay = m_retry.firstDelayMs;
            for (int tries = 1; !toSend.isEmpty(); ++tries) {
                QList<WordPressRequest> round;
                for (qsizetype r : std::as_const(toSend))
                    round.append(requests.at(r));
                const QList<WordPressReply> answers = m_client.send(round);
                QList<qsizetype> again;
                for (qsizetype k = 0; k < toSend.size(); ++k) {
                    replies[toSend.at(k)] = answers.at(k);
                    if (answers.at(k).transient())
                        again.append(toSend.at(k));
                }
                if (again.isEmpty() || tries >= m_retry.attempts)
                    break;
                ++summary.retries;
                QThread::msleep(delay);
                delay *= 2;
                toSend = again;
            }
        }

        QHash<QString, SyncMarks::Written> written;
        bool gaveUp = false;  // the site stopped answering
        for (qsizetype r = 0; r < requests.size(); ++r) {
            Item &item = items[requestItem.at(r)];
            const WordPressReply &reply = replies.at(r);
            if (reply.ok()) {
                const QJsonObject post = reply.json.toObject();
                written.insert(item.id, {item.hash, idText(post.value(u"id"_s)), versionOf(post)});
            } else if (reply.status == 404 || reply.code == u"rest_post_invalid_id") {
                item.kind = Item::Conflict;
                conflictWhy.insert(item.id, tr("%1: deleted on the portal while the sync ran; not brought back.").arg(item.title));
            } else {
                item.failure = m_client.describe(reply);
                gaveUp = gaveUp || reply.transient();
            }
        }
        const SyncMarks::Tally tally = SyncMarks::tally(items, summary, [&conflictWhy](const Item &item) {
            return conflictWhy.value(item.id);
        });
        handled += batch->entryCount;
        const bool goOn = !m_progress || m_progress(handled, total);

        // Only now, with WordPress holding the posts, are the entries done.
        WriteTransaction transaction(newsroom);
        if (!transaction.begun())
            return transaction.error();
        if (Status marked = SyncMarks::markDone(newsroom, tally.done, tally.statuses); !marked)
            return marked.error();
        if (Status recorded = SyncMarks::recordWritten(newsroom, stateName(), written, true); !recorded)
            return recorded.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        if (gaveUp)
            return summary;  // the site stopped answering: the rest waits for the next run
        if (!goOn) {
            summary.cancelled = true;
            break;
        }
    }
    return summary;
}

Result<PortalVersion> WordPressSync::portalVersion(const QString &articleId)
{
    if (Status connected = ensureConnected(); !connected)
        return connected.error();
    auto states = readState({articleId});
    if (!states)
        return states.error();
    const QString postId = states->value(articleId).remoteId;
    if (postId.isEmpty())
        return Error{ErrorCode::NotFound, tr("The article %1 is not on the portal %2.").arg(articleId, m_client.site().display())};
    const WordPressReply reply = m_client.send({.route = u"wp/v2/posts/"_s + postId, .query = QUrlQuery{{u"context"_s, u"edit"_s}}});
    if (reply.status == 404 || reply.status == 410)
        return Error{ErrorCode::NotFound, tr("The article %1 was deleted on the portal %2.").arg(articleId, m_client.site().display())};
    if (!reply.ok())
        return Error{ErrorCode::Failed, m_client.describe(reply)};
    const QJsonObject post = reply.json.toObject();
    const auto raw = [&post](const QString &field) { return post.value(field).toObject().value(u"raw"_s).toString(); };
    const QString status = post.value(u"status"_s).toString();
    return PortalVersion{raw(u"title"_s), raw(u"excerpt"_s), raw(u"content"_s),
                         status == u"publish" ? u"published"_s : status == m_mapping.wordpress.withdrawnStatus ? u"withdrawn"_s : status};
}

Status WordPressSync::overwritePortal(const QString &articleId)
{
    if (Status connected = ensureConnected(); !connected)
        return connected;
    auto states = readState({articleId});
    if (!states)
        return states.error();
    if (!states->contains(articleId))
        return Error{ErrorCode::NotFound, tr("The article %1 is not on the portal %2.").arg(articleId, m_client.site().display())};
    const State state = states->value(articleId);
    auto remote = readRemote({state.remoteId});
    if (!remote)
        return remote.error();
    // The post as it is now counts as our last write, so the next run
    // writes over it: out of the trash, or as a new post if it is gone.
    const auto post = remote->constFind(state.remoteId);
    SyncMarks::Written written{writeAgain, post != remote->cend() ? state.remoteId : QString(),
                               post != remote->cend() ? post->version : QString()};
    WriteTransaction transaction(m_newsroom.database());
    if (!transaction.begun())
        return transaction.error();
    if (Status recorded = SyncMarks::recordWritten(m_newsroom.database(), stateName(), {{articleId, written}}, true); !recorded)
        return recorded;
    return transaction.commit();
}

Result<Article> WordPressSync::takePortalText(const QString &articleId, const User *by)
{
    auto version = portalVersion(articleId);
    if (!version)
        return version.error();
    ArticleStore store(m_newsroom);
    auto article = store.load(articleId);
    if (!article)
        return article.error();
    article->title = version->title;
    article->summary = version->summary;
    article->body = htmlToMarkdown(version->bodyHtml);
    auto saved = store.save(article.value(), by);
    if (!saved)
        return saved.error();
    if (Status settled = overwritePortal(articleId); !settled)
        return settled.error();
    return saved;
}

} // namespace PortalDesk::Models
