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
    // newsroom, who bootstraps it.
    Result<User> add(const QString &login, const QString &fullName, Roles roles, const QString &password,
                     const User *by);
    Result<QList<User>> list() const;
    Result<User> find(const QString &login) const;
    // The same message whether the login is unknown or the password wrong.
    Result<User> authenticate(const QString &login, const QString &password) const;
    Result<int> count() const;

    static Result<QString> hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);

private:
    Newsroom &m_newsroom;
};

} // namespace PortalDesk::Models
