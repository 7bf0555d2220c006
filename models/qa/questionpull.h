#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

class QSqlQuery;

namespace PortalDesk::Models {

class Newsroom;
class Portal;
class QuestionStore;
struct User;

struct QuestionPullSummary {
    int fetched = 0;          // new rows read from the portal's form table
    int added = 0;            // of those, new to the newsroom
    int deletedOnPortal = 0;  // open questions the portal no longer holds, newly marked
    QStringList skipped;      // one line per row that could not be taken, and why
    // Where the time went, in milliseconds (the benchmark reports it).
    struct {
        qint64 readMs = 0;   // reading the portal's new rows
        qint64 writeMs = 0;  // checking them and storing them in the newsroom
        qint64 markMs = 0;   // blanking the contact details on the portal
        qint64 checkMs = 0;  // looking for open questions the portal threw away
    } timings;
};

// Brings the questions the portal's public form wrote (portal_questions,
// status 'new') into the newsroom, in batches, and then clears the asker's
// e-mail, phone and address on the portal and sets the row 'received': the
// personal data lives in the newsroom only. A PostgreSQL portal's rows come
// in one COPY, each batch marked on a second connection while the next is
// read; an SQLite or MySQL portal's a batch at a time. Incremental and idempotent: a
// row pulled twice (a run cut between the newsroom's commit and the
// portal's) is one question. Open questions whose row the portal deleted or
// marked 'spam' are marked so in the newsroom, never removed.
class QuestionPull final
{
    Q_DECLARE_TR_FUNCTIONS(QuestionPull)

public:
    QuestionPull(Newsroom &newsroom, Portal &portal);

    static constexpr int batchSize = 5000;

    Result<QuestionPullSummary> run(const User &by);

private:
    Error readError(const QString &reason) const;
    Error portalError(const QSqlQuery &query) const;
    // An SQLite or MySQL portal's batch (PortalQuestionMarker's work on PostgreSQL).
    Status markOnPortal(const QStringList &taken, const QStringList &refused);
    // The open questions the portal no longer holds, but for those read by
    // this pull (there a moment ago: the next pull sees them gone).
    Result<QStringList> goneFromPortal(const QuestionStore &store, const QSet<QString> &justRead);

    Newsroom &m_newsroom;
    Portal &m_portal;
};

} // namespace PortalDesk::Models
