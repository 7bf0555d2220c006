#pragma once

#include "portalmapping.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace PortalDesk::Models {

class Newsroom;
class Portal;

// What a sync did, or in a dry run would do.
struct SyncSummary {
    int sent = 0;       // new on the portal
    int updated = 0;    // changed on the portal
    int withdrawn = 0;  // taken down
    int conflicts = 0;  // changed on the portal side since our last write: left alone
    int failed = 0;
    int unchanged = 0;  // already on the portal as they are
    QStringList lines;  // one line per item that needs attention, translated

    bool allDone() const { return conflicts == 0 && failed == 0; }
};

// Delivers the newsroom's outbox to the portal. The outbox is written in the
// same transaction as the publish, correction or withdrawal that causes it,
// so a sync reads only pending entries, never the whole newsroom. Each batch
// is written to the portal by the article's key (insert or update), each
// item under a savepoint, in one portal transaction; only after that commits
// are its entries marked done in the newsroom. A sync killed at any moment
// therefore leaves at worst entries that are written again, with the same
// content, by the next run: every item ends on the portal once, in its
// latest version.
//
// A portal row whose content no longer matches the hash of what was last
// written to it (and is not what we are about to write) was edited on the
// portal: it is not overwritten but reported as a conflict, and its entries
// stay pending.
class PortalSync final
{
    Q_DECLARE_TR_FUNCTIONS(PortalSync)

public:
    PortalSync(Newsroom &newsroom, Portal &portal, PortalMapping mapping = PortalMapping::reference());

    Result<SyncSummary> run(bool dryRun = false);

    // Settles a conflict by keeping the newsroom's version: the portal's
    // present text counts as what was last written, so the next run
    // overwrites it. (Taking the portal's text back needs HTML turned into
    // Markdown, which is not written yet.)
    Status overwritePortal(const QString &articleId);

    static constexpr int batchSize = 500;

private:
    Newsroom &m_newsroom;
    Portal &m_portal;
    PortalMapping m_mapping;
};

} // namespace PortalDesk::Models
