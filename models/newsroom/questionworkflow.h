#pragma once

#include "question.h"
#include "result.h"
#include "user.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace PortalDesk::Models {

// What can be done to a citizen's question. Edit keeps the state (the
// answer's text is changed); the others move it.
enum class QuestionAction { Assign, Answer, Edit, Submit, Approve, Publish, Return, Reject, Merge };

// The question's life, all in one table (questionworkflow.cpp), as
// Workflow is the articles': which role may take which action from which
// state, and whether a reason is required. A shared newsroom's server keeps
// a copy (question_rules) and applies it in pd_qa_act.
class QuestionWorkflow final
{
    Q_DECLARE_TR_FUNCTIONS(QuestionWorkflow)

public:
    struct Verdict {
        QuestionState to = QuestionState::Received;
        bool needsReason = false;
    };

    static QString actionKey(QuestionAction action);  // "assign", "return", ...
    static QString actionDisplayName(QuestionAction action);
    static std::optional<QuestionAction> actionFromKey(const QString &key);

    // The state the action leads to, or Denied saying what the user may do.
    static Result<Verdict> check(QuestionAction action, QuestionState state, const User &user);
    static QList<QuestionAction> allowedActions(QuestionState state, const User &user);
    // Whether the user works on questions at all (sees the queue).
    static bool handlesQuestions(const User &user)
    {
        return user.has(Role::Qa) || user.has(Role::Editor) || user.has(Role::ChiefEditor);
    }
    // Who may see the asker's contact details.
    static bool seesContacts(const User &user) { return user.has(Role::Qa) || user.has(Role::ChiefEditor); }

    struct RuleRow {
        QString action, role, fromState, toState;
        bool needsReason = false;
    };
    static QList<RuleRow> ruleRows();
};

} // namespace PortalDesk::Models
