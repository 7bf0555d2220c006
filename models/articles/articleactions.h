#pragma once

#include "article.h"
#include "result.h"
#include "workflow.h"

#include <QCoreApplication>
#include <QDateTime>

namespace PortalDesk::Models {

class Newsroom;
struct User;

// Moves articles through the editorial chain by the rules of Workflow, and
// keeps their comments. Every attempt is written to the audit log, refused
// ones included; publishing and withdrawing queue the article for the portal
// in the same transaction.
class ArticleActions final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleActions)

public:
    explicit ArticleActions(Newsroom &newsroom);

    // Submit, forward, return, approve, publish, withdraw, archive; Schedule
    // with `at`. Return and withdraw need a reason.
    Result<Article> perform(const QString &id, Action action, const User &user, const QString &reason = {},
                            const QDateTime &at = {});
    Result<Comment> comment(const QString &id, const User &user, const QString &text);
    // Publishes every approved article whose scheduled time has come; returns
    // how many. `by` is recorded in the audit log (none: "system").
    Result<int> publishDue(const QDateTime &now, const User *by = nullptr);

    // How many photos of a body lack their caption or credit, which
    // approving and publishing require (Workflow's table says so).
    static int undescribedPhotos(const QString &body);

private:
    static Error undescribedRefusal(Action action, int photos);
    Result<Article> apply(const QString &id, Action action, const User *user, const QString &reason,
                          const QDateTime &at, bool checkRules);
    Result<Article> applyOnServer(const QString &id, Action action, const User &user, const QString &reason,
                                  const QDateTime &at);

    Newsroom &m_newsroom;
};

} // namespace PortalDesk::Models
