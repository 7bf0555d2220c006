#pragma once

#include "portaloutbox.h"

#include <QCoreApplication>

namespace PortalDesk::Models {

class Newsroom;
class Portal;

// Sends approved digests to the portal's portal_digests (the HTML the
// internal page shows) and takes withdrawn ones down; driven by the
// digest_outbox, each entry marked done after the portal committed. The
// summary is an OutboxSummary: published, withdrawn, one line per
// failure.
class DigestSync final
{
    Q_DECLARE_TR_FUNCTIONS(DigestSync)

public:
    DigestSync(Newsroom &newsroom, Portal &portal);
    Result<int> pendingCount() const;
    Result<OutboxSummary> run();

private:
    Status send(const QString &digestId, const QString &action);
    Newsroom &m_newsroom;
    Portal &m_portal;
};

} // namespace PortalDesk::Models
