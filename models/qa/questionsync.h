#pragma once

#include "portaloutbox.h"
#include "result.h"

#include <QCoreApplication>

namespace PortalDesk::Models {

class Newsroom;
class Portal;

// Publishes approved answers to the portal's portal_answers, exactly once
// per publication, from the question outbox the chief's Publish fills (as
// the Công báo's and the digest's syncs do). What reaches the portal is the
// question as published (with the asker named as shown, never their
// contact details) and the answer's HTML, sanitised.
class QuestionSync final
{
    Q_DECLARE_TR_FUNCTIONS(QuestionSync)

public:
    QuestionSync(Newsroom &newsroom, Portal &portal);

    Result<int> pendingCount() const;
    Result<OutboxSummary> run();

private:
    Status send(const QString &questionId, const QString &action);
    Newsroom &m_newsroom;
    Portal &m_portal;
};

} // namespace PortalDesk::Models
