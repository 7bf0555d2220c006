#include "demodata.h"

#include "articleactions.h"
#include "articlegenerator.h"
#include "articlestore.h"
#include "newsroom.h"
#include "sqlsupport.h"
#include "userstore.h"

#include <array>

namespace PortalDesk::Models {

namespace {

struct DemoUser {
    const char *login;
    const char *name;
    Roles roles;
};

const std::array demoUsers{
    DemoUser{"admin", "Quản trị hệ thống", Role::Admin},
    DemoUser{"chief", "Lê Thị Thu Hà", Role::ChiefEditor},
    DemoUser{"editor", "Phạm Văn Dũng", Role::Editor},
    DemoUser{"reporter", "Nguyễn Minh Anh", Role::Reporter},
    DemoUser{"digest", "Trần Thị Ngọc Lan", Role::Digest},
    DemoUser{"gazette", "Võ Đức Thành", Role::Gazette},
    DemoUser{"qa", "Đặng Thị Thu Hương", Role::Qa},
};

// The schema that brought citizens' questions and the role qa.
constexpr int questionsSchemaVersion = 19;

// How many demo articles end in each state, and the actions that take them there.
struct Path {
    int count;
    QList<Action> actions;
};

} // namespace

Result<int> DemoData::add(Newsroom &newsroom)
{
    UserStore users(newsroom);
    if (users.find(QStringLiteral("chief")))
        return 0;
    auto accounts = users.count();
    if (!accounts)
        return accounts.error();
    if (accounts.value() > 0)
        return Error{ErrorCode::InvalidInput, tr("This newsroom already has users; --demo is for a new newsroom.")};

    // All or nothing: each write below commits on its own, here as a
    // savepoint of this one transaction, so a failure halfway (a full disk,
    // a server refusing a role) leaves no half of the demo behind.
    WriteTransaction transaction(newsroom.database());
    if (!transaction.begun())
        return transaction.error();
    QHash<QString, User> byLogin;
    const QString password = QStringLiteral("demo");
    for (const DemoUser &demo : demoUsers) {
        // A newsroom kept at an older schema (the migrations' tests) has
        // no question staff yet.
        if (demo.roles.testFlag(Role::Qa) && newsroom.schemaVersion() < questionsSchemaVersion)
            continue;
        const User *admin = byLogin.contains(QStringLiteral("admin")) ? &byLogin[QStringLiteral("admin")] : nullptr;
        auto user = users.add(QString::fromLatin1(demo.login), QString::fromUtf8(demo.name), demo.roles, password, admin);
        if (!user)
            return user.error();
        byLogin.insert(user->login, user.value());
    }
    const User &reporter = byLogin[QStringLiteral("reporter")];
    const User &editor = byLogin[QStringLiteral("editor")];
    const User &chief = byLogin[QStringLiteral("chief")];

    const QList<Path> paths{
        {9, {}},
        {8, {Action::Submit}},
        {7, {Action::Submit, Action::Forward}},
        {4, {Action::Submit, Action::Forward, Action::Approve}},
        {2, {Action::Submit, Action::Forward, Action::Approve, Action::Schedule}},
        {12, {Action::Submit, Action::Forward, Action::Approve, Action::Publish}},
        {4, {Action::Submit, Action::Return}},
        {2, {Action::Submit, Action::Forward, Action::Approve, Action::Publish, Action::Withdraw}},
        {2, {Action::Submit, Action::Forward, Action::Approve, Action::Publish, Action::Withdraw, Action::Archive}},
    };

    ArticleStore store(newsroom);
    ArticleActions actions(newsroom);
    ArticleGenerator generator(2026);
    int added = 0;
    for (const Path &path : paths) {
        for (int i = 0; i < path.count; ++i) {
            Article draft = generator.next(ArticleState::Draft);
            draft.state = ArticleState::Draft;
            auto created = store.create(draft, &reporter);
            if (!created)
                return created.error();
            const QString id = created->id;
            for (Action action : path.actions) {
                const User &actor = action == Action::Submit ? reporter
                    : (action == Action::Forward || (action == Action::Return && i % 2 == 0)) ? editor
                                                                                                : chief;
                QString reason;
                if (action == Action::Return)
                    reason = QStringLiteral("Cần bổ sung số liệu và ý kiến của cơ quan chuyên môn.");
                if (action == Action::Withdraw)
                    reason = QStringLiteral("Thông tin đã được cơ quan chủ trì đính chính.");
                const QDateTime at = QDateTime::currentDateTimeUtc().addDays(1 + i);
                auto done = actions.perform(id, action, actor, reason, at);
                if (!done)
                    return done.error();
                if (action == Action::Submit && i % 3 == 0)
                    (void)actions.comment(id, editor, QStringLiteral("Đề nghị rút gọn sapo, kiểm tra lại tên cơ quan."));
            }
            ++added;
        }
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

} // namespace PortalDesk::Models
