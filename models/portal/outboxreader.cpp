#include "outboxreader.h"

#include "articlerows.h"
#include "sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

OutboxReader::OutboxReader(const QSqlDatabase &newsroom, Prepare prepare, int batchSize)
    : m_prepare(std::move(prepare))
    , m_batchSize(batchSize)
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
                Result<OutboxBatch> batch = read(db, m_prepare, after, m_batchSize, &after);
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
                                       qint64 *last)
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
    for (PortalWrite::Item &item : batch.items) {
        const auto article = articles->constFind(item.id);
        if (article == articles->cend())
            continue;  // Missing
        const PortalContent content = PortalContent::of(*article);
        item.kind = PortalWrite::Item::Unchanged;  // until the portal is read
        item.title = article->title;
        // The article as it is now decides: published goes up, anything
        // else (withdrawn, archived) comes down.
        item.publish = article->state == ArticleState::Published;
        prepare(*article, content, item);
    }
    return batch;
}

} // namespace PortalDesk::Models
