#pragma once

#include "user.h"

#include <QCoreApplication>
#include <QList>

namespace PortalDesk::Models {

class Newsroom;

// The newsroom's users. Passwords are kept as Argon2id hashes (libsodium's
// crypto_pwhash_str), never as text.
class UserStore final
{
    Q_DECLARE_TR_FUNCTIONS(UserStore)

public:
    explicit UserStore(Newsroom &newsroom);

    // Adds a user. `by` must be an admin, except for the very first user of a
    // newsroom, who bootstraps it. On PostgreSQL the user is a server login
    // role (SCRAM-SHA-256) in the group roles portaldesk_<role>, made by
    // the server function pd_add_user, which checks that the signed-in
    // role is an admin (or the newsroom's owner).
    Result<User> add(const QString &login, const QString &fullName, Roles roles, const QString &password,
                     const User *by);
    // Ends a user's access: on PostgreSQL the login role may no longer log
    // in and leaves the group roles. Their work and history stay.
    Status disable(const QString &login, const User *by);
    Result<QList<User>> list() const;
    Result<User> find(const QString &login) const;
    // The same message whether the login is unknown or the password wrong.
    // On PostgreSQL the newsroom connects again as that server role.
    Result<User> authenticate(const QString &login, const QString &password) const;

    // authenticate() on an embedded newsroom in two halves: the account as
    // stored, read here, and the password check, slow on purpose (Argon2id,
    // about 60 ms), which may be called on any thread. The desk builds its
    // window for the account while the check runs, and shows it only if the
    // check passes.
    struct PasswordCheck {
        User user;
        QString hash;
        QString password;
        QString login;
        Result<User> operator()() const;
    };
    Result<PasswordCheck> passwordCheck(const QString &login, const QString &password) const;

    Result<int> count() const;

    static Result<QString> hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);

private:
    Result<User> addServerRole(const QString &login, const QString &fullName, Roles roles, const QString &password,
                               const User *by);

    Newsroom &m_newsroom;
};

} // namespace PortalDesk::Models
