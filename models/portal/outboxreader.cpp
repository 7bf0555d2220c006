#include "outboxreader.h"

#include "articlerows.h"
#include "mediafigures.h"
#include "sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <system_error>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

// The rows of the photos an article shows, each photo once (in the order
// it first appears), both renditions; its lead photo marked, and added if
// the body does not show it.
QList<PortalWrite::MediaRow> mediaRows(const Article &article, const QList<PhotoReference> &references,
                                       const QHash<QString, MediaFigure> &figures, const OutboxReader::PhotoUrl &photoUrl)
{
    QList<PortalWrite::MediaRow> rows;
    QStringList seen;
    const auto add = [&](const QString &id, int position, const QString &caption, const QString &credit) {
        const auto figure = figures.constFind(id);
        if (figure == figures.cend() || seen.contains(id))
            return;
        seen.append(id);
        for (const auto &[name, rendition] : {std::pair{u"web"_s, &figure->web}, std::pair{u"thumb"_s, &figure->thumb}}) {
            if (rendition->width <= 0)
                continue;
            rows.append({id, name, position, id == article.leadPhoto, photoUrl(id, name, rendition->mimeType),
                         rendition->mimeType, rendition->width, rendition->height, caption, credit,
                         figure->alt.isEmpty() ? caption : figure->alt, rendition->sha256});
        }
    };
    int position = 0;
    for (const PhotoReference &reference : references)
        add(reference.id, ++position, reference.caption, reference.credit);
    if (!article.leadPhoto.isEmpty()) {
        const auto figure = figures.constFind(article.leadPhoto);
        if (figure != figures.cend())
            add(article.leadPhoto, 0, figure->caption, figure->credit);
    }
    return rows;
}

} // namespace

OutboxReader::OutboxReader(const QSqlDatabase &newsroom, Prepare prepare, int batchSize, PhotoUrl photoUrl)
    : m_prepare(std::move(prepare))
    , m_batchSize(batchSize)
    , m_photoUrl(std::move(photoUrl))
{
    m_thread = std::thread(&OutboxReader::work, this, newsroom.connectionName());
}

OutboxReader::~OutboxReader()
{
    m_batches.stop();
    m_thread.join();
}

Result<OutboxBatch> OutboxReader::next()
{
    std::optional<Result<OutboxBatch>> batch = m_batches.take();
    if (!batch)
        return OutboxBatch{};  // the end, handed over already
    return std::move(*batch);
}

void OutboxReader::work(const QString &sourceConnection)
{
    static std::atomic_int serial = 0;
    const QString name = u"portaldesk-outbox-reader-%1"_s.arg(++serial);
    {
        // A connection belongs to the thread that opened it: this one is
        // cloned and opened here.
        QSqlDatabase db = QSqlDatabase::cloneDatabase(sourceConnection, name);
        if (!db.open()) {
            m_batches.put(Error{ErrorCode::Failed, sqlReason(db.lastError())});
        } else {
            qint64 after = 0;
            for (;;) {
                Result<OutboxBatch> batch = read(db, m_prepare, after, m_batchSize, &after, m_photoUrl);
                const bool last = !batch || batch->items.isEmpty();
                if (!m_batches.put(std::move(batch)) || last)
                    break;
            }
        }
        m_batches.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<OutboxBatch> OutboxReader::read(QSqlDatabase newsroom, const Prepare &prepare, qint64 after, int batchSize,
                                       qint64 *last, const PhotoUrl &photoUrl)
{
    OutboxBatch batch;
    QSqlQuery pending(newsroom);
    pending.setForwardOnly(true);
    if (!pending.prepare(u"SELECT id, article_id FROM portal_outbox WHERE done_at IS NULL AND id > ? ORDER BY id LIMIT ?"_s))
        return databaseError(pending);
    pending.addBindValue(after);
    pending.addBindValue(batchSize);
    if (!pending.exec())
        return databaseError(pending);
    QHash<QString, qsizetype> itemOf;
    while (pending.next()) {
        const qint64 entry = pending.value(0).toLongLong();
        *last = entry;
        const QString id = pending.value(1).toString();
        ++batch.entryCount;
        auto found = itemOf.constFind(id);
        if (found == itemOf.cend()) {
            found = itemOf.insert(id, batch.items.size());
            batch.items.append(PortalWrite::Item{.id = id});
        }
        batch.items[*found].entries.append(entry);
    }
    pending.finish();
    if (batch.items.isEmpty())
        return batch;

    QStringList ids;
    for (const PortalWrite::Item &item : std::as_const(batch.items))
        ids.append(item.id);
    auto articles = ArticleRows::loadMany(newsroom, ids);
    if (!articles)
        return articles.error();
    // When each was first published, for the portal's published_at: not
    // the time of its latest correction.
    QHash<QString, QDateTime> firstPublished;
    {
        QSqlQuery published(newsroom);
        published.setForwardOnly(true);
        const bool prepared = published.prepare(
            u"SELECT article_id, MIN(at) FROM audit_log WHERE article_id IN %1 AND action = 'publish' AND outcome = 'done'"
            " GROUP BY article_id"_s.arg(idList(newsroom)));
        published.addBindValue(jsonArray(ids));
        if (!prepared || !published.exec())
            return databaseError(published);
        while (published.next())
            firstPublished.insert(published.value(0).toString(), fromStamp(published.value(1).toString()));
    }
    // The photos of the whole batch in one query, without their bytes.
    QHash<QString, QList<PhotoReference>> referencesOf;
    QHash<QString, MediaFigure> figures;
    if (photoUrl) {
        QStringList photoIds;
        for (const Article &article : std::as_const(articles.value())) {
            const QList<PhotoReference> references = photoReferences(article.body);
            for (const PhotoReference &reference : references)
                photoIds.append(reference.id);
            if (!article.leadPhoto.isEmpty())
                photoIds.append(article.leadPhoto);
            if (!references.isEmpty())
                referencesOf.insert(article.id, references);
        }
        photoIds.removeDuplicates();
        auto read = MediaFigures::read(newsroom, photoIds, false);
        if (!read)
            return read.error();
        figures = std::move(read.value());
    }
    const PhotoLookup photos = photoUrl ? MediaFigures::lookup(figures, photoUrl) : PhotoLookup();
    const auto render = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            PortalWrite::Item &item = batch.items[i];
            const auto article = articles->constFind(item.id);
            if (article == articles->cend())
                continue;  // Missing
            const PortalContent content = PortalContent::of(*article, photos);
            item.publishedAt = firstPublished.value(article->id);
            if (photoUrl)
                item.media = mediaRows(*article, referencesOf.value(article->id), figures, photoUrl);
            item.kind = PortalWrite::Item::Unchanged;  // until the portal is read
            item.title = article->title;
            // The article as it is now decides: published goes up, anything
            // else (withdrawn, archived) comes down.
            item.publish = article->state == ArticleState::Published;
            prepare(*article, content, item);
        }
    };
    // Rendering is most of a first sync's reading (Markdown, the
    // sanitiser's check, the hash): a big batch is rendered in two halves
    // at once, the reading thread's and a helper's. They share only what
    // neither changes; each item is written by one of them.
    const qsizetype count = batch.items.size();
    batch.items.detach();  // no copy-on-write check racing between the two
    std::thread helper;
    if (count >= 64 && std::thread::hardware_concurrency() > 1) {
        try {
            helper = std::thread(render, 0, count / 2);
        } catch (const std::system_error &) {
            // No thread to be had (a process at its limit): this one
            // renders the whole batch, as on one core.
        }
    }
    render(helper.joinable() ? count / 2 : 0, count);
    if (helper.joinable())
        helper.join();
    return batch;
}

} // namespace PortalDesk::Models
