#include "editlocks.h"

#include "newsroom.h"
#include "serverrights.h"
#include "sqlsupport.h"

#include <QSqlQuery>

namespace PortalDesk::Models {

EditLocks::EditLocks(Newsroom &newsroom)
    : m_newsroom(newsroom)
{
}

Result<EditLock> EditLocks::take(const QString &articleId, const User &by, bool takeOver)
{
    if (!m_newsroom.isPostgres())
        return EditLock{};
    QSqlQuery query(m_newsroom.database());
    if (!query.prepare(QStringLiteral("SELECT outcome, holder_login, holder_name, expires_at FROM pd_lock(?, ?, ?, ?)")))
        return databaseError(query);
    query.addBindValue(ServerRights::actingLogin(&by));
    query.addBindValue(articleId);
    query.addBindValue(leaseSeconds);
    query.addBindValue(takeOver);
    if (!query.exec() || !query.next())
        return databaseError(query);
    const QString outcome = query.value(0).toString();
    EditLock lock{outcome == u"taken", query.value(1).toString(), query.value(2).toString(), query.value(3).toDateTime()};
    if (outcome == u"refused" && lock.holderLogin.isEmpty())
        return Error{ErrorCode::Denied, tr("%1 may not edit here.").arg(by.login)};
    if (outcome == u"refused")
        return Error{ErrorCode::Denied, tr("Only an editor or a chief editor may take over an article %1 is editing.").arg(lock.holderName)};
    if (lock.mine) {
        lock.holderLogin.clear();
        lock.holderName.clear();
    }
    return lock;
}

Status EditLocks::release(const QString &articleId, const User &by)
{
    if (!m_newsroom.isPostgres())
        return Done{};
    QSqlQuery query(m_newsroom.database());
    if (!query.prepare(QStringLiteral("SELECT pd_unlock(?, ?)")))
        return databaseError(query);
    query.addBindValue(ServerRights::actingLogin(&by));
    query.addBindValue(articleId);
    if (!query.exec())
        return databaseError(query);
    return Done{};
}

Result<QString> EditLocks::breakLock(const QString &articleId, const User &by)
{
    if (!by.has(Role::ChiefEditor))
        return Error{ErrorCode::Denied, tr("Only a chief editor may free an article someone else is editing.")};
    if (!m_newsroom.isPostgres())
        return QString();
    QSqlQuery query(m_newsroom.database());
    if (!query.prepare(QStringLiteral("SELECT outcome, holder FROM pd_break_lock(?, ?)")))
        return databaseError(query);
    query.addBindValue(ServerRights::actingLogin(&by));
    query.addBindValue(articleId);
    if (!query.exec() || !query.next())
        return databaseError(query);
    const QString outcome = query.value(0).toString();
    const QString holder = query.value(1).toString();
    if (outcome == u"refused")
        return Error{ErrorCode::Denied, tr("Only a chief editor may free an article someone else is editing.")};
    return outcome == u"done" ? holder : QString();
}

bool EditLocks::isShared() const
{
    return m_newsroom.isPostgres();
}

EditLockKeeper::EditLockKeeper(Newsroom &newsroom, const User &user, QObject *parent)
    : QObject(parent)
    , m_locks(newsroom)
    , m_user(user)
{
    // Renewed three times per lease: one missed renewal loses nothing.
    m_renew.setInterval(EditLocks::leaseSeconds * 1000 / 3);
    connect(&m_renew, &QTimer::timeout, this, &EditLockKeeper::refresh);
}

EditLockKeeper::~EditLockKeeper()
{
    // No signal: the desk is going away.
    if (!m_articleId.isEmpty() && m_held)
        (void)m_locks.release(m_articleId, m_user);
}

void EditLockKeeper::hold(const QString &articleId)
{
    if (articleId == m_articleId && !articleId.isEmpty())
        return refresh();
    if (!m_articleId.isEmpty() && m_lock.mine)
        (void)m_locks.release(m_articleId, m_user);
    m_articleId = articleId;
    m_lock = EditLock{};
    m_held = false;
    m_error.clear();
    if (articleId.isEmpty()) {
        m_renew.stop();
        Q_EMIT changed();
        return;
    }
    if (m_locks.isShared())
        m_renew.start();
    apply(m_locks.take(articleId, m_user));
}

bool EditLockKeeper::takeOver()
{
    if (m_articleId.isEmpty())
        return false;
    apply(m_locks.take(m_articleId, m_user, true));
    return m_lock.mine;
}

void EditLockKeeper::refresh()
{
    if (!m_articleId.isEmpty())
        apply(m_locks.take(m_articleId, m_user));
}

void EditLockKeeper::apply(const Result<EditLock> &taken)
{
    if (!taken) {
        // The server is away or refused: the lock is kept as it was; the
        // version check still guards the save.
        m_error = taken.error().message;
        Q_EMIT changed();
        return;
    }
    m_error.clear();
    const bool wasHeld = m_held;
    m_lock = taken.value();
    m_held = m_lock.mine;
    if (wasHeld && !m_held)
        Q_EMIT lost(m_lock.holderName);
    Q_EMIT changed();
}

} // namespace PortalDesk::Models
