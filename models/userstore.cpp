#include "userstore.h"

#include "newsroom.h"
#include "sqlsupport.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <sodium.h>

namespace PortalDesk::Models {

namespace {

const QString userColumns = QStringLiteral("id, login, full_name, roles, active");

User readUser(const QSqlQuery &query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.login = query.value(1).toString();
    user.fullName = query.value(2).toString();
    user.roles = RoleNames::parse(query.value(3).toString()).value_or(Roles());
    user.active = query.value(4).toInt() != 0;
    return user;
}

} // namespace

UserStore::UserStore(Newsroom &newsroom)
    : m_newsroom(newsroom)
{
}

Result<QString> UserStore::hashPassword(const QString &password)
{
    if (sodium_init() < 0)
        return Error{ErrorCode::Failed, tr("The password library (libsodium) could not start.")};
    const QByteArray bytes = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, bytes.constData(), quint64(bytes.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return Error{ErrorCode::Failed, tr("Not enough memory to hash the password.")};
    }
    return QString::fromLatin1(hash);
}

bool UserStore::verifyPassword(const QString &hash, const QString &password)
{
    if (sodium_init() < 0 || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray bytes = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), bytes.constData(), quint64(bytes.size())) == 0;
}

Result<int> UserStore::count() const
{
    QSqlQuery query(m_newsroom.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM users WHERE password_hash IS NOT NULL")) || !query.next())
        return databaseError(query);
    return query.value(0).toInt();
}

Result<User> UserStore::add(const QString &login, const QString &fullName, Roles roles, const QString &password,
                            const User *by)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z][a-z0-9._-]{1,62}$"));
    if (!loginPattern.match(login).hasMatch())
        return Error{ErrorCode::InvalidInput,
                     tr("The login '%1' is not valid: use 2 to 63 lowercase letters, digits, '.', '_' or '-', "
                        "starting with a letter.").arg(login)};
    if (roles == Roles())
        return Error{ErrorCode::InvalidInput, tr("A user needs at least one role.")};
    if (password.size() < 4)
        return Error{ErrorCode::InvalidInput, tr("The password is too short: use at least 4 characters.")};

    auto existing = count();
    if (!existing)
        return existing.error();
    if (existing.value() > 0 && !(by && by->has(Role::Admin)))
        return Error{ErrorCode::Denied, tr("Only an administrator may add users.")};

    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();

    QSqlDatabase db = m_newsroom.database();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM users WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec())
        return databaseError(query);
    if (query.next())
        return Error{ErrorCode::Conflict, tr("A user with the login '%1' already exists.").arg(login)};
    query.prepare(QStringLiteral("INSERT INTO users (login, full_name, roles, password_hash, active)"
                                 " VALUES (?, ?, ?, ?, 1) RETURNING ") + userColumns);
    query.addBindValue(login);
    query.addBindValue(nonNull(fullName.trimmed().isEmpty() ? login : fullName.trimmed()));
    query.addBindValue(RoleNames::keys(roles).join(u','));
    query.addBindValue(hash.value());
    if (!query.exec() || !query.next())
        return databaseError(query);
    const User user = readUser(query);
    query.finish();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return user;
}

Result<QList<User>> UserStore::list() const
{
    QSqlQuery query(m_newsroom.database());
    if (!query.exec(QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users ORDER BY login")))
        return databaseError(query);
    QList<User> users;
    while (query.next())
        users.append(readUser(query));
    return users;
}

Result<User> UserStore::find(const QString &login) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("No user has the login '%1'.").arg(login)};
    return readUser(query);
}

Result<User> UserStore::authenticate(const QString &login, const QString &password) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT ") + userColumns + QStringLiteral(", password_hash FROM users WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec())
        return databaseError(query);
    const Error denied{ErrorCode::Denied, tr("Wrong login or password for '%1'.").arg(login)};
    if (!query.next())
        return denied;
    const User user = readUser(query);
    if (!verifyPassword(query.value(5).toString(), password))
        return denied;
    if (!user.active)
        return Error{ErrorCode::Denied, tr("The account '%1' is disabled.").arg(login)};
    return user;
}

} // namespace PortalDesk::Models
