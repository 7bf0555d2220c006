#include "userstore.h"

#include "auditlog.h"
#include "newsroom.h"
#include "serverrights.h"
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

    if (m_newsroom.isPostgres())
        return addServerRole(login, fullName, roles, password, by);

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

// The server checks who may add users; the client only makes the verifier.
Result<User> UserStore::addServerRole(const QString &login, const QString &fullName, Roles roles,
                                      const QString &password, const User *by)
{
    QSqlDatabase db = m_newsroom.database();
    auto verifier = ServerRights::passwordVerifier(db, login, password);
    if (!verifier)
        return verifier.error();
    QSqlQuery query(db);
    // Declared after the query, so that a refusal is rolled back before the
    // query goes: inside init --demo's transaction, Qt's driver would
    // otherwise free the statement in an aborted transaction and say so on
    // stderr.
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    if (!query.prepare(QStringLiteral("SELECT outcome, id FROM pd_add_user(?, ?, ?, string_to_array(?, ','), ?)")))
        return databaseError(query);
    query.addBindValue(ServerRights::actingLogin(by));
    query.addBindValue(login);
    query.addBindValue(nonNull(fullName.trimmed().isEmpty() ? login : fullName.trimmed()));
    query.addBindValue(RoleNames::keys(roles).join(u','));
    query.addBindValue(verifier.value());
    if (!query.exec() || !query.next())
        return databaseError(query);
    const QString outcome = query.value(0).toString();
    query.finish();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (outcome == u"refused")
        return Error{ErrorCode::Denied, tr("Only an administrator may add users.")};
    if (outcome == u"exists")
        return Error{ErrorCode::Conflict, tr("A user with the login '%1' already exists.").arg(login)};
    if (outcome == u"invalid")
        return Error{ErrorCode::InvalidInput, tr("The server refused the login '%1' or its roles.").arg(login)};
    if (outcome == u"foreign_role")
        return Error{ErrorCode::Conflict, tr("The server already has a role '%1' that PortalDesk did not make; "
                                             "choose another login.").arg(login)};
    return find(login);
}

Status UserStore::disable(const QString &login, const User *by)
{
    QSqlDatabase db = m_newsroom.database();
    QSqlQuery query(db);
    if (m_newsroom.isPostgres()) {
        if (!query.prepare(QStringLiteral("SELECT pd_disable_user(?, ?)")))
            return databaseError(query);
        query.addBindValue(ServerRights::actingLogin(by));
        query.addBindValue(login);
        if (!query.exec() || !query.next())
            return databaseError(query);
        const QString outcome = query.value(0).toString();
        if (outcome == u"refused")
            return Error{ErrorCode::Denied, tr("Only an administrator may disable users.")};
        if (outcome == u"not_found")
            return Error{ErrorCode::NotFound, tr("No user has the login '%1'.").arg(login)};
        return Done{};
    }
    if (!(by && by->has(Role::Admin)))
        return Error{ErrorCode::Denied, tr("Only an administrator may disable users.")};
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    query.prepare(QStringLiteral("UPDATE users SET active = 0 WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec())
        return databaseError(query);
    if (query.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, tr("No user has the login '%1'.").arg(login)};
    if (Status audited = AuditLog::record(db, by, QStringLiteral("disable user"), {}, {}, {}, false, login); !audited)
        return audited;
    return transaction.commit();
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
    if (m_newsroom.isPostgres()) {
        if (Status signedIn = m_newsroom.signInAs(login, password); !signedIn)
            return signedIn.error();
        auto user = find(login);
        if (!user && user.error().code == ErrorCode::NotFound)
            return Error{ErrorCode::Denied, tr("'%1' may sign in to the server but is not a user of this newsroom.").arg(login)};
        if (user && !user->active)
            return Error{ErrorCode::Denied, tr("The account '%1' is disabled.").arg(login)};
        return user;
    }
    auto check = passwordCheck(login, password);
    if (!check)
        return check.error();
    return check.value()();
}

Result<UserStore::PasswordCheck> UserStore::passwordCheck(const QString &login, const QString &password) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT ") + userColumns + QStringLiteral(", password_hash FROM users WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{ErrorCode::Denied, tr("Wrong login or password for '%1'.").arg(login)};
    return PasswordCheck{readUser(query), query.value(5).toString(), password, login};
}

Result<User> UserStore::PasswordCheck::operator()() const
{
    if (!verifyPassword(hash, password))
        return Error{ErrorCode::Denied, tr("Wrong login or password for '%1'.").arg(login)};
    if (!user.active)
        return Error{ErrorCode::Denied, tr("The account '%1' is disabled.").arg(login)};
    return user;
}

} // namespace PortalDesk::Models
