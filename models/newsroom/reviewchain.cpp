#include "reviewchain.h"

#include <algorithm>
#include <array>

namespace PortalDesk::Models {

namespace {

using enum ArticleState;

struct Rule {
    ReviewAction action;
    const char *key;
    const char *displayName;
    Role role;
    std::initializer_list<ArticleState> from;
    ArticleState to;
};

// Role::Gazette stands for the staff whose work it is: check() puts the
// staff role it is given in its place.
const std::array rules{
    Rule{ReviewAction::Submit, "submit", QT_TRANSLATE_NOOP("ReviewRules", "submit"), Role::Gazette, {Draft, Returned}, Submitted},
    Rule{ReviewAction::Return, "return", QT_TRANSLATE_NOOP("ReviewRules", "return"), Role::ChiefEditor, {Submitted, Approved}, Returned},
    Rule{ReviewAction::Approve, "approve", QT_TRANSLATE_NOOP("ReviewRules", "approve"), Role::ChiefEditor, {Submitted}, Approved},
    Rule{ReviewAction::Withdraw, "withdraw", QT_TRANSLATE_NOOP("ReviewRules", "withdraw"), Role::ChiefEditor, {Approved}, Withdrawn},
};

} // namespace

QString ReviewRules::actionKey(ReviewAction action)
{
    for (const Rule &rule : rules) {
        if (rule.action == action)
            return QString::fromLatin1(rule.key);
    }
    return {};
}

std::optional<ReviewAction> ReviewRules::actionFromKey(const QString &key)
{
    for (const Rule &rule : rules) {
        if (key == QLatin1String(rule.key))
            return rule.action;
    }
    return std::nullopt;
}

Result<ArticleState> ReviewRules::check(ReviewAction action, ArticleState from, const User &user, Role staff)
{
    for (const Rule &rule : rules) {
        if (rule.action != action)
            continue;
        const Role role = rule.role == Role::Gazette ? staff : rule.role;
        if (!user.has(role)) {
            const QString verb = tr(rule.displayName);
            if (role == Role::Digest)
                return Error{ErrorCode::Denied, tr("Only digest staff may %1 this.").arg(verb)};
            return Error{ErrorCode::Denied, role == Role::Gazette ? tr("Only gazette staff may %1 this.").arg(verb)
                                                                 : tr("Only a chief editor may %1 this.").arg(verb)};
        }
        if (std::find(rule.from.begin(), rule.from.end(), from) == rule.from.end()) {
            QStringList states;
            for (ArticleState state : rule.from)
                states << articleStateDisplayName(state);
            return Error{ErrorCode::Conflict, tr("Cannot %1 it: it is %2, and only what is %3 can be.")
                                                  .arg(tr(rule.displayName), articleStateDisplayName(from), states.join(tr(" or ")))};
        }
        return rule.to;
    }
    return Error{ErrorCode::InvalidInput, tr("Unknown action.")};
}

bool ReviewRules::mayEdit(ArticleState state, const User &user, Role staff)
{
    return (user.has(staff) && (state == Draft || state == Returned))
        || (user.has(Role::ChiefEditor) && state == Submitted);
}

} // namespace PortalDesk::Models
