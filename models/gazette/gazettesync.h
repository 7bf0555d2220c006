#pragma once

#include "portaloutbox.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace PortalDesk::Models {

class Newsroom;
class Portal;

using GazetteSyncSummary = OutboxSummary;

// Sends the Công báo's approved issues to the portal's reference gazette
// tables (portal_gazette_issues with the PDF, portal_gazette_documents with
// the contents and their pages), and takes withdrawn ones down. Driven by
// the newsroom's gazette_outbox, written with the approval: an entry is
// marked done only after the portal's transaction committed, and each issue
// is written whole by its key, so a run killed at any point and run again
// leaves every issue on the portal once, in its latest form.
class GazetteSync final
{
    Q_DECLARE_TR_FUNCTIONS(GazetteSync)

public:
    // pdfDirectory: where PDFs go as files (the portal's pdf_file column
    // names them); empty: into the pdf column.
    GazetteSync(Newsroom &newsroom, Portal &portal, QString pdfDirectory = {});

    Result<int> pendingCount() const;
    Result<GazetteSyncSummary> run();

private:
    Status send(const QString &issueId, const QString &action);
    Newsroom &m_newsroom;
    Portal &m_portal;
    QString m_pdfDirectory;
};

} // namespace PortalDesk::Models
