// The editorial rules, action by action, role by role, state by state.
#include "workflow.h"

#include <QTest>

using namespace PortalDesk::Models;
using enum ArticleState;

namespace {

const QList<ArticleState> allStates{Draft, Submitted, Edited, Approved, Published, Returned, Withdrawn, Archived};
const QList<Action> allActions{Action::Edit,     Action::Submit,  Action::Forward,
                               Action::Return,   Action::Approve, Action::Publish,
                               Action::Schedule, Action::Withdraw, Action::Archive};

User userWith(Role role, qint64 id = 7)
{
    return User{id, QStringLiteral("u%1").arg(id), QStringLiteral("Người dùng"), role, true};
}

struct Expected {
    Action action;
    Role role;
    ArticleState from;
    ArticleState to;
    bool ownOnly;
    bool needsReason;
};

// The chain as the newsroom describes it, written out independently of the
// table in workflow.cpp so that a change there shows up here.
const QList<Expected> allowed{
    {Action::Edit, Role::Reporter, Draft, Draft, true, false},
    {Action::Edit, Role::Reporter, Returned, Returned, true, false},
    {Action::Edit, Role::Editor, Submitted, Submitted, false, false},
    {Action::Edit, Role::Editor, Published, Published, false, false},
    {Action::Edit, Role::ChiefEditor, Submitted, Submitted, false, false},
    {Action::Edit, Role::ChiefEditor, Edited, Edited, false, false},
    {Action::Edit, Role::ChiefEditor, Approved, Approved, false, false},
    {Action::Edit, Role::ChiefEditor, Published, Published, false, false},
    {Action::Submit, Role::Reporter, Draft, Submitted, true, false},
    {Action::Submit, Role::Reporter, Returned, Submitted, true, false},
    {Action::Forward, Role::Editor, Submitted, Edited, false, false},
    {Action::Return, Role::Editor, Submitted, Returned, false, true},
    {Action::Return, Role::ChiefEditor, Submitted, Returned, false, true},
    {Action::Return, Role::ChiefEditor, Edited, Returned, false, true},
    {Action::Return, Role::ChiefEditor, Approved, Returned, false, true},
    {Action::Approve, Role::ChiefEditor, Edited, Approved, false, false},
    {Action::Publish, Role::ChiefEditor, Approved, Published, false, false},
    {Action::Schedule, Role::ChiefEditor, Approved, Approved, false, false},
    {Action::Withdraw, Role::ChiefEditor, Published, Withdrawn, false, true},
    {Action::Archive, Role::ChiefEditor, Withdrawn, Archived, false, false},
    {Action::Archive, Role::Admin, Withdrawn, Archived, false, false},
};

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCombination_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("own");
        for (Action action : allActions) {
            for (Role role : RoleNames::all()) {
                for (ArticleState state : allStates) {
                    for (bool own : {true, false}) {
                        const QString name = QStringLiteral("%1 %2 %3 %4")
                                                 .arg(Workflow::actionKey(action), RoleNames::key(role),
                                                      articleStateKey(state), own ? QStringLiteral("own") : QStringLiteral("other's"));
                        QTest::newRow(qPrintable(name)) << int(action) << int(role) << int(state) << own;
                    }
                }
            }
        }
    }

    // Each action is allowed exactly where the chain allows it, leads to the
    // state it should, and a refusal says what is allowed instead.
    void everyCombination()
    {
        QFETCH(int, action);
        QFETCH(int, role);
        QFETCH(int, state);
        QFETCH(bool, own);
        const User user = userWith(Role(role));
        const qint64 authorId = own ? user.id : user.id + 1;
        const auto expected = std::find_if(allowed.cbegin(), allowed.cend(), [&](const Expected &e) {
            return int(e.action) == action && int(e.role) == role && int(e.from) == state && (own || !e.ownOnly);
        });
        auto verdict = Workflow::check(Action(action), ArticleState(state), authorId, user);
        if (expected == allowed.cend()) {
            QVERIFY(!verdict);
            QCOMPARE(verdict.error().code, ErrorCode::Denied);
            QVERIFY2(verdict.error().message.contains(QStringLiteral("allowed here")), qPrintable(verdict.error().message));
            QVERIFY(!Workflow::allowedActions(ArticleState(state), authorId, user).contains(Action(action)));
        } else {
            QVERIFY2(verdict, qPrintable(verdict.error().message));
            QCOMPARE(verdict->to, expected->to);
            QCOMPARE(verdict->needsReason, expected->needsReason);
            QVERIFY(Workflow::allowedActions(ArticleState(state), authorId, user).contains(Action(action)));
        }
    }

    // Roles add up: a user who is both editor and chief editor may do both.
    void rolesCombine()
    {
        User both = userWith(Role::Editor);
        both.roles |= Role::ChiefEditor;
        QVERIFY(Workflow::check(Action::Forward, Submitted, 1, both));
        QVERIFY(Workflow::check(Action::Approve, Edited, 1, both));
        QVERIFY(!Workflow::check(Action::Submit, Draft, both.id, both));
    }

    // An article without an author is no reporter's own.
    void noAuthorIsNobodysOwn()
    {
        const User reporter = userWith(Role::Reporter, 0);
        QVERIFY(!Workflow::check(Action::Edit, Draft, 0, reporter));
    }

    void actionKeysRoundTrip()
    {
        for (Action action : allActions)
            QCOMPARE(Workflow::actionFromKey(Workflow::actionKey(action)), action);
        QVERIFY(!Workflow::actionFromKey(QStringLiteral("delete")));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
