#pragma once

#include "documentimport.h"
#include "gazette.h"
#include "user.h"

#include <QCoreApplication>
#include <QList>

namespace PortalDesk::Models {

class Newsroom;

// The Công báo's documents and issues in the newsroom database. Every
// change is one transaction and is written to the audit log.
class GazetteStore final
{
    Q_DECLARE_TR_FUNCTIONS(GazetteStore)

public:
    explicit GazetteStore(Newsroom &newsroom);

    // Validates the metadata (LegalSymbols::validate) and refuses a symbol
    // already used in that year. `original`: the imported file, kept as an
    // attachment.
    Result<GazetteDocument> addDocument(const LegalDocumentMeta &meta, const QString &body,
                                        const ImportedDocument *original, const User &user);
    Result<GazetteDocument> updateDocument(const QString &id, int baseVersion, const LegalDocumentMeta &meta,
                                           const QString &body, const User &user);
    Result<GazetteDocument> document(const QString &id) const;
    Result<QList<GazetteDocument>> documents() const;  // newest signing first, without bodies
    Result<QList<GazetteAttachment>> attachments(const QString &documentId) const;
    // Whether a document with that symbol is in the store (for citations).
    bool isKnownSymbol(const QString &symbol) const;

    Result<GazetteIssue> newIssue(int year, GazetteIssueNumber number, QDate publishedOn, const User &user);
    Result<GazetteIssue> issue(const QString &id) const;
    Result<QList<GazetteIssue>> issues() const;  // newest first
    // In print order, with bodies.
    Result<QList<GazetteDocument>> issueContents(const QString &issueId) const;
    // Adds documents; unless the contents were reordered by hand, they are
    // sorted by part, issuer (HĐND before UBND), type and signing date.
    Status addToIssue(const QString &issueId, const QStringList &documentIds, const User &user);
    Status removeFromIssue(const QString &issueId, const QString &documentId, const User &user);
    // Moves a document to position `to` (0-based); the order is then kept.
    Status moveInIssue(const QString &issueId, const QString &documentId, int to, const User &user);

    // Submit, return, approve or withdraw a document ("document") or an
    // issue ("issue"). An issue is approved only when all its documents
    // are; approving or withdrawing it queues it for the portal.
    Result<ArticleState> perform(const QString &id, ReviewAction action, const User &user, const QString &reason = {});

    static bool printsBefore(const GazetteDocument &a, const GazetteDocument &b);

private:
    Status checkIssueEditable(const GazetteIssue &issue, const User &user) const;
    Status resort(const QString &issueId);
    Status touchIssue(const QString &issueId);
    Newsroom &m_newsroom;
};

} // namespace PortalDesk::Models
