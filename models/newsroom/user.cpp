#include "user.h"

namespace PortalDesk::Models {

namespace {

struct RoleName {
    Role role;
    const char *key;
    const char *displayName;
};

constexpr RoleName roleNames[] = {
    {Role::Reporter, "reporter", QT_TRANSLATE_NOOP("RoleNames", "Reporter")},
    {Role::Editor, "editor", QT_TRANSLATE_NOOP("RoleNames", "Editor")},
    {Role::ChiefEditor, "chief_editor", QT_TRANSLATE_NOOP("RoleNames", "Chief editor")},
    {Role::Digest, "digest", QT_TRANSLATE_NOOP("RoleNames", "Press digest")},
    {Role::Gazette, "gazette", QT_TRANSLATE_NOOP("RoleNames", "Official gazette")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("RoleNames", "Administrator")},
    {Role::Qa, "qa", QT_TRANSLATE_NOOP("RoleNames", "Citizens' questions")},
};

const RoleName &nameOf(Role role)
{
    for (const RoleName &name : roleNames) {
        if (name.role == role)
            return name;
    }
    Q_UNREACHABLE();
}

} // namespace

QString RoleNames::key(Role role)
{
    return QString::fromLatin1(nameOf(role).key);
}

QString RoleNames::displayName(Role role)
{
    return tr(nameOf(role).displayName);
}

QStringList RoleNames::keys(Roles roles)
{
    QStringList result;
    for (const RoleName &name : roleNames) {
        if (roles.testFlag(name.role))
            result.append(QString::fromLatin1(name.key));
    }
    return result;
}

Result<Roles> RoleNames::parse(const QString &commaSeparated)
{
    Roles roles;
    for (const QString &part : commaSeparated.split(u',', Qt::SkipEmptyParts)) {
        const QString key = part.trimmed();
        bool found = false;
        for (const RoleName &name : roleNames) {
            if (key == QLatin1StringView(name.key)) {
                roles |= name.role;
                found = true;
            }
        }
        if (!found) {
            return Error{ErrorCode::InvalidInput,
                         tr("Unknown role '%1': use reporter, editor, chief_editor, digest, gazette, qa or admin.").arg(key)};
        }
    }
    return roles;
}

const QList<Role> &RoleNames::all()
{
    static const QList<Role> roles{Role::Reporter, Role::Editor, Role::ChiefEditor,
                                   Role::Digest,   Role::Gazette, Role::Qa, Role::Admin};
    return roles;
}

} // namespace PortalDesk::Models
