#include "questionworkflow.h"

#include <QLocale>

#include <array>

namespace PortalDesk::Models {

namespace {

using enum QuestionState;

struct Rule {
    QuestionAction action;
    Role role;
    std::initializer_list<QuestionState> from;
    std::optional<QuestionState> to;  // empty: the state stays
    bool needsReason = false;
};

// The question staff (hỏi đáp) send each question to its agency, take the
// agency's answer and pass it on; editors may polish an answer; a chief
// editor approves and publishes, and may do all the rest. A question that
// is not the province's business, or is abusive, is rejected with a reason;
// one asked twice is merged into the other.
const std::array rules{
    Rule{QuestionAction::Assign, Role::Qa, {Received, Assigned, Returned}, Assigned},
    Rule{QuestionAction::Assign, Role::ChiefEditor, {Received, Assigned, Returned}, Assigned},
    Rule{QuestionAction::Answer, Role::Qa, {Assigned, Returned, Answered}, Answered},
    Rule{QuestionAction::Answer, Role::ChiefEditor, {Assigned, Returned, Answered}, Answered},
    Rule{QuestionAction::Edit, Role::Qa, {Answered}, {}},
    Rule{QuestionAction::Edit, Role::Editor, {Answered, Edited}, {}},
    Rule{QuestionAction::Edit, Role::ChiefEditor, {Answered, Edited, Approved}, {}},
    Rule{QuestionAction::Submit, Role::Qa, {Answered}, Edited},
    Rule{QuestionAction::Submit, Role::Editor, {Answered}, Edited},
    Rule{QuestionAction::Submit, Role::ChiefEditor, {Answered}, Edited},
    Rule{QuestionAction::Approve, Role::ChiefEditor, {Edited}, Approved},
    Rule{QuestionAction::Publish, Role::ChiefEditor, {Approved}, Published},
    Rule{QuestionAction::Return, Role::Qa, {Answered}, Returned, true},
    Rule{QuestionAction::Return, Role::Editor, {Answered, Edited}, Returned, true},
    Rule{QuestionAction::Return, Role::ChiefEditor, {Answered, Edited, Approved}, Returned, true},
    Rule{QuestionAction::Reject, Role::Qa, {Received, Assigned, Returned}, Rejected, true},
    Rule{QuestionAction::Reject, Role::ChiefEditor, {Received, Assigned, Returned, Answered, Edited}, Rejected, true},
    Rule{QuestionAction::Merge, Role::Qa, {Received, Assigned, Returned}, Merged},
    Rule{QuestionAction::Merge, Role::ChiefEditor, {Received, Assigned, Returned}, Merged},
};

struct ActionName {
    QuestionAction action;
    const char *key;
    const char *displayName;
};

constexpr ActionName actionNames[] = {
    {QuestionAction::Assign, "assign", QT_TRANSLATE_NOOP("QuestionWorkflow", "send to an agency")},
    {QuestionAction::Answer, "answer", QT_TRANSLATE_NOOP("QuestionWorkflow", "enter the answer")},
    {QuestionAction::Edit, "edit", QT_TRANSLATE_NOOP("QuestionWorkflow", "edit the answer")},
    {QuestionAction::Submit, "submit", QT_TRANSLATE_NOOP("QuestionWorkflow", "submit for approval")},
    {QuestionAction::Approve, "approve", QT_TRANSLATE_NOOP("QuestionWorkflow", "approve")},
    {QuestionAction::Publish, "publish", QT_TRANSLATE_NOOP("QuestionWorkflow", "publish")},
    {QuestionAction::Return, "return", QT_TRANSLATE_NOOP("QuestionWorkflow", "return")},
    {QuestionAction::Reject, "reject", QT_TRANSLATE_NOOP("QuestionWorkflow", "reject")},
    {QuestionAction::Merge, "merge", QT_TRANSLATE_NOOP("QuestionWorkflow", "merge into another question")},
};

bool applies(const Rule &rule, QuestionAction action, QuestionState state, const User &user)
{
    return rule.action == action && user.has(rule.role) && std::find(rule.from.begin(), rule.from.end(), state) != rule.from.end();
}

} // namespace

QString QuestionWorkflow::actionKey(QuestionAction action)
{
    for (const ActionName &name : actionNames) {
        if (name.action == action)
            return QString::fromLatin1(name.key);
    }
    return {};
}

QString QuestionWorkflow::actionDisplayName(QuestionAction action)
{
    for (const ActionName &name : actionNames) {
        if (name.action == action)
            return tr(name.displayName);
    }
    return {};
}

std::optional<QuestionAction> QuestionWorkflow::actionFromKey(const QString &key)
{
    for (const ActionName &name : actionNames) {
        if (key == QLatin1StringView(name.key))
            return name.action;
    }
    return std::nullopt;
}

QList<QuestionWorkflow::RuleRow> QuestionWorkflow::ruleRows()
{
    QList<RuleRow> rows;
    for (const Rule &rule : rules) {
        for (QuestionState from : rule.from) {
            rows.append({actionKey(rule.action), RoleNames::key(rule.role), QuestionStates::key(from),
                         rule.to ? QuestionStates::key(*rule.to) : QString(), rule.needsReason});
        }
    }
    return rows;
}

QList<QuestionAction> QuestionWorkflow::allowedActions(QuestionState state, const User &user)
{
    QList<QuestionAction> actions;
    for (const Rule &rule : rules) {
        if (applies(rule, rule.action, state, user) && !actions.contains(rule.action))
            actions.append(rule.action);
    }
    return actions;
}

Result<QuestionWorkflow::Verdict> QuestionWorkflow::check(QuestionAction action, QuestionState state, const User &user)
{
    for (const Rule &rule : rules) {
        if (applies(rule, action, state, user))
            return Verdict{rule.to.value_or(state), rule.needsReason};
    }
    QStringList allowed;
    for (QuestionAction other : allowedActions(state, user))
        allowed.append(actionDisplayName(other));
    const QString what = allowed.isEmpty() ? tr("nothing") : QLocale().createSeparatedList(allowed);
    return Error{ErrorCode::Denied, tr("%1 may not %2 a question that is \"%3\"; allowed here: %4.")
                                        .arg(user.login, actionDisplayName(action), QuestionStates::displayName(state), what)};
}

} // namespace PortalDesk::Models
