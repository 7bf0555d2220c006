#pragma once

#include "article.h"
#include "user.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace PortalDesk::Models {

// What can be done to an article. Edit keeps the state; the others move it.
enum class Action { Edit, Submit, Forward, Return, Approve, Publish, Schedule, Withdraw, Archive };

// The rules of the editorial chain, all in one table (workflow.cpp): which
// role may take which action from which state, to which state, and whether a
// reason is required, or photos with their captions and credits.
class Workflow final
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)

public:
    struct Verdict {
        ArticleState to = ArticleState::Draft;
        bool needsReason = false;
        bool needsDescribedPhotos = false;  // no photo without caption or credit
    };

    static QString actionKey(Action action);  // "submit", "return", ...
    static QString actionDisplayName(Action action);
    static std::optional<Action> actionFromKey(const QString &key);

    // The state the action leads to, or Denied with a message saying what the
    // user may do instead. authorId: the article's author (reporters act on
    // their own articles only).
    static Result<Verdict> check(Action action, ArticleState state, qint64 authorId, const User &user);
    // Everything the user may do to an article in that state.
    static QList<Action> allowedActions(ArticleState state, qint64 authorId, const User &user);
    static bool mayCreate(const User &user) { return user.has(Role::Reporter); }

    // The rules as rows, in order, for a PostgreSQL newsroom's server-side
    // copy (workflow_rules). toState is empty where the state stays.
    struct RuleRow {
        QString action, role, fromState, toState;
        bool ownOnly = false;
        bool needsReason = false;
        bool needsDescribedPhotos = false;
    };
    static QList<RuleRow> ruleRows();
};

} // namespace PortalDesk::Models
