#include "workflow.h"

#include <QLocale>

#include <array>

namespace PortalDesk::Models {

namespace {

using enum ArticleState;

struct Rule {
    Action action;
    Role role;
    std::initializer_list<ArticleState> from;
    std::optional<ArticleState> to;  // empty: the state stays
    bool ownOnly = false;            // the actor must be the author
    bool needsReason = false;
    // Every photo the article shows has its caption and its credit: what a
    // portal publishes under the province's name says whose picture it is.
    bool needsDescribedPhotos = false;
};

// The editorial chain: phóng viên → biên tập viên → lãnh đạo ban biên tập.
// An edit of a published article is a correction: it stays published and
// goes to the portal again.
const std::array rules{
    Rule{Action::Edit, Role::Reporter, {Draft, Returned}, {}, true},
    Rule{Action::Edit, Role::Editor, {Submitted, Published}, {}},
    Rule{Action::Edit, Role::ChiefEditor, {Submitted, Edited, Approved, Published}, {}},
    Rule{Action::Submit, Role::Reporter, {Draft, Returned}, Submitted, true},
    Rule{Action::Forward, Role::Editor, {Submitted}, Edited},
    Rule{Action::Return, Role::Editor, {Submitted}, Returned, false, true},
    Rule{Action::Return, Role::ChiefEditor, {Submitted, Edited, Approved}, Returned, false, true},
    Rule{Action::Approve, Role::ChiefEditor, {Edited}, Approved, false, false, true},
    Rule{Action::Publish, Role::ChiefEditor, {Approved}, Published, false, false, true},
    Rule{Action::Schedule, Role::ChiefEditor, {Approved}, {}},
    Rule{Action::Withdraw, Role::ChiefEditor, {Published}, Withdrawn, false, true},
    Rule{Action::Archive, Role::ChiefEditor, {Withdrawn}, Archived},
    Rule{Action::Archive, Role::Admin, {Withdrawn}, Archived},
};

struct ActionName {
    Action action;
    const char *key;
    const char *displayName;
};

constexpr ActionName actionNames[] = {
    {Action::Edit, "edit", QT_TRANSLATE_NOOP("Workflow", "edit")},
    {Action::Submit, "submit", QT_TRANSLATE_NOOP("Workflow", "submit")},
    {Action::Forward, "forward", QT_TRANSLATE_NOOP("Workflow", "forward for approval")},
    {Action::Return, "return", QT_TRANSLATE_NOOP("Workflow", "return")},
    {Action::Approve, "approve", QT_TRANSLATE_NOOP("Workflow", "approve")},
    {Action::Publish, "publish", QT_TRANSLATE_NOOP("Workflow", "publish")},
    {Action::Schedule, "schedule", QT_TRANSLATE_NOOP("Workflow", "schedule")},
    {Action::Withdraw, "withdraw", QT_TRANSLATE_NOOP("Workflow", "withdraw")},
    {Action::Archive, "archive", QT_TRANSLATE_NOOP("Workflow", "archive")},
};

bool applies(const Rule &rule, Action action, ArticleState state, qint64 authorId, const User &user)
{
    return rule.action == action && user.has(rule.role) && std::find(rule.from.begin(), rule.from.end(), state) != rule.from.end()
        && (!rule.ownOnly || (authorId != 0 && authorId == user.id));
}

} // namespace

QString Workflow::actionKey(Action action)
{
    for (const ActionName &name : actionNames) {
        if (name.action == action)
            return QString::fromLatin1(name.key);
    }
    return {};
}

QString Workflow::actionDisplayName(Action action)
{
    for (const ActionName &name : actionNames) {
        if (name.action == action)
            return tr(name.displayName);
    }
    return {};
}

std::optional<Action> Workflow::actionFromKey(const QString &key)
{
    for (const ActionName &name : actionNames) {
        if (key == QLatin1StringView(name.key))
            return name.action;
    }
    return std::nullopt;
}

QList<Workflow::RuleRow> Workflow::ruleRows()
{
    QList<RuleRow> rows;
    for (const Rule &rule : rules) {
        for (ArticleState from : rule.from) {
            rows.append({actionKey(rule.action), RoleNames::key(rule.role), articleStateKey(from),
                         rule.to ? articleStateKey(*rule.to) : QString(), rule.ownOnly, rule.needsReason,
                         rule.needsDescribedPhotos});
        }
    }
    return rows;
}

QList<Action> Workflow::allowedActions(ArticleState state, qint64 authorId, const User &user)
{
    QList<Action> actions;
    for (const Rule &rule : rules) {
        if (applies(rule, rule.action, state, authorId, user) && !actions.contains(rule.action))
            actions.append(rule.action);
    }
    return actions;
}

Result<Workflow::Verdict> Workflow::check(Action action, ArticleState state, qint64 authorId, const User &user)
{
    for (const Rule &rule : rules) {
        if (applies(rule, action, state, authorId, user))
            return Verdict{rule.to.value_or(state), rule.needsReason, rule.needsDescribedPhotos};
    }
    QStringList allowed;
    for (Action other : allowedActions(state, authorId, user))
        allowed.append(actionDisplayName(other));
    const QString what = allowed.isEmpty() ? tr("nothing") : QLocale().createSeparatedList(allowed);
    return Error{ErrorCode::Denied,
                 tr("%1 may not %2 an article that is \"%3\"; allowed here: %4.")
                     .arg(user.login, actionDisplayName(action), articleStateDisplayName(state), what)};
}

} // namespace PortalDesk::Models
