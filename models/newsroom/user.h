#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QFlags>
#include <QString>
#include <QStringList>

namespace PortalDesk::Models {

// What a person may do in the newsroom. A user may hold several roles.
enum class Role {
    Reporter = 0x01,     // phóng viên
    Editor = 0x02,       // biên tập viên
    ChiefEditor = 0x04,  // lãnh đạo ban biên tập
    Digest = 0x08,       // bản tin điểm báo
    Gazette = 0x10,      // Công báo
    Admin = 0x20,
    Qa = 0x40,           // hỏi đáp: citizens' questions and their answers
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

class RoleNames final
{
    Q_DECLARE_TR_FUNCTIONS(RoleNames)

public:
    // "reporter", "editor", "chief_editor", "digest", "gazette", "admin", "qa"
    static QString key(Role role);
    static QString displayName(Role role);
    static QStringList keys(Roles roles);
    // "reporter,editor" -> roles; an unknown name is an error naming it.
    static Result<Roles> parse(const QString &commaSeparated);
    static const QList<Role> &all();
};

struct User {
    qint64 id = 0;
    QString login;
    QString fullName;
    Roles roles;
    bool active = true;

    bool has(Role role) const { return roles.testFlag(role); }
};

} // namespace PortalDesk::Models
