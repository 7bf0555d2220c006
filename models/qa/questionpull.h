#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace PortalDesk::Models {

class Newsroom;
class Portal;
struct User;

struct QuestionPullSummary {
    int fetched = 0;          // new rows read from the portal's form table
    int added = 0;            // of those, new to the newsroom
    int deletedOnPortal = 0;  // open questions the portal no longer holds, newly marked
    QStringList skipped;      // one line per row that could not be taken, and why
};

// Brings the questions the portal's public form wrote (portal_questions,
// status 'new') into the newsroom, in batches, and then clears the asker's
// e-mail, phone and address on the portal and sets the row 'received': the
// personal data lives in the newsroom only. Incremental and idempotent: a
// row pulled twice (a run cut between the newsroom's commit and the
// portal's) is one question. Open questions whose row the portal deleted or
// marked 'spam' are marked so in the newsroom, never removed.
class QuestionPull final
{
    Q_DECLARE_TR_FUNCTIONS(QuestionPull)

public:
    QuestionPull(Newsroom &newsroom, Portal &portal);

    static constexpr int batchSize = 2000;

    Result<QuestionPullSummary> run(const User &by);

private:
    Newsroom &m_newsroom;
    Portal &m_portal;
};

} // namespace PortalDesk::Models
