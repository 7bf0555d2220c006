#pragma once

#include "article.h"
#include "result.h"
#include "user.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace PortalDesk::Models {

// What staff can do to a Công báo document or issue, or to a press digest.
enum class ReviewAction { Submit, Return, Approve, Withdraw };

// The shorter review chain that the Công báo and the press digest share:
// draft, submitted, approved (or returned), withdrawn. Articles follow the
// longer chain of workflow.h.
class ReviewRules final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRules)

public:
    static QString actionKey(ReviewAction action);
    static std::optional<ReviewAction> actionFromKey(const QString &key);
    // The state the action leads to, or an error saying who may do what.
    // Staff submit (from draft or returned); a chief editor approves or
    // returns a submitted item (return needs a reason) and withdraws an
    // approved one (with a reason).
    // staff: whose work it is, Role::Gazette for the Công báo, Role::Digest
    // for the press digest; the chain is the same.
    static Result<ArticleState> check(ReviewAction action, ArticleState from, const User &user, Role staff);
    static bool mayEdit(ArticleState state, const User &user, Role staff);
};

} // namespace PortalDesk::Models
