#pragma once

// The portal sync's read step (internal to PortalSync): the pending outbox a
// batch at a time, each article loaded and rendered as the portal will hold
// it.

#include "article.h"
#include "handoff.h"
#include "portalcontent.h"
#include "portalwrite.h"
#include "result.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <thread>

namespace PortalDesk::Models {

struct OutboxBatch {
    // One item per article, in the order of its first entry, holding all of
    // its entries in the batch (an article corrected three times since the
    // last sync is sent once, as it is now). Id, title, publish and what
    // Prepare fills are set; an article no longer in the newsroom stays of
    // kind Missing.
    QList<PortalWrite::Item> items;
    int entryCount = 0;
};

// Reads the batches one ahead of the writer, on a thread of its own with its
// own connection to the newsroom: a first sync spends about as long reading
// and rendering articles as the portal spends storing them, and the two now
// overlap. Entries are read in id order from just after the last one read,
// so the writer marking earlier ones done does not disturb the reading, and
// an entry queued during the run is read when its turn comes.
class OutboxReader final
{
public:
    // Fills an item's hash, insertValues and updateValues; called on the
    // reading thread, so it may only read what the writer does not change.
    using Prepare = std::function<void(const Article &, const PortalContent &, PortalWrite::Item &)>;

    // Where the portal has the photos an article shows (by id, rendition
    // and type); empty when it has none: the HTML then keeps only their
    // captions, and items carry no media rows.
    using PhotoUrl = std::function<QString(const QString &, const QString &, const QString &)>;

    // `newsroom` is not used on the reading thread: it is cloned there.
    OutboxReader(const QSqlDatabase &newsroom, Prepare prepare, int batchSize, PhotoUrl photoUrl = {});
    ~OutboxReader();  // stops the reading thread after at most one batch
    OutboxReader(const OutboxReader &) = delete;
    OutboxReader &operator=(const OutboxReader &) = delete;

    // The next batch, waiting for it if it is not read yet; a batch without
    // items when no entry is left.
    Result<OutboxBatch> next();

    // One batch read on `newsroom` in the calling thread.
    static Result<OutboxBatch> read(QSqlDatabase newsroom, const Prepare &prepare, qint64 after, int batchSize,
                                    qint64 *last, const PhotoUrl &photoUrl = {});

private:
    void work(const QString &sourceConnection);

    Prepare m_prepare;
    int m_batchSize;
    PhotoUrl m_photoUrl;
    Handoff<Result<OutboxBatch>> m_batches;  // the last one empty, or an error
    std::thread m_thread;
};

} // namespace PortalDesk::Models
