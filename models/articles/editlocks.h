#pragma once

#include "result.h"
#include "user.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace PortalDesk::Models {

class Newsroom;

// Who may type in an article right now. On a shared newsroom one desk at a
// time holds a soft lock with a lease it renews while the article is open;
// a crashed desk's lease runs out. An embedded newsroom has one desk: its
// locks are always its own.
struct EditLock {
    bool mine = true;
    QString holderLogin;  // when not mine
    QString holderName;
    QDateTime expires;
};

class EditLocks final
{
    Q_DECLARE_TR_FUNCTIONS(EditLocks)

public:
    static constexpr int leaseSeconds = 60;

    explicit EditLocks(Newsroom &newsroom);
    // Takes or renews the lock. A lock someone else holds is reported, not
    // taken, unless takeOver (editors and chief editors only; audited, and
    // the previous holder's desk is told).
    Result<EditLock> take(const QString &articleId, const User &by, bool takeOver = false);
    Status release(const QString &articleId, const User &by);
    // A chief editor frees the article from whoever holds its lock, in any
    // state (audited; the holder's desk is told). Returns the holder's
    // login, or empty when no one held it. Nothing to free on an embedded
    // newsroom.
    Result<QString> breakLock(const QString &articleId, const User &by);
    // False for an embedded newsroom, whose one desk needs no locks.
    bool isShared() const;

private:
    Newsroom &m_newsroom;
};

// Keeps the open article's lock for a desk: takes it on open, renews the
// lease, notices a takeover, gives it back on close.
class EditLockKeeper final : public QObject
{
    Q_OBJECT

public:
    EditLockKeeper(Newsroom &newsroom, const User &user, QObject *parent = nullptr);
    ~EditLockKeeper() override;

    // Holds the lock of articleId (releasing any other); empty: none.
    void hold(const QString &articleId);
    bool takeOver();
    // Asks the server again now (a lock notification, a reconnect).
    void refresh();
    const QString &articleId() const { return m_articleId; }
    const EditLock &lock() const { return m_lock; }
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void changed();
    // This desk's lock went to someone else.
    void lost(const QString &byName);

private:
    void apply(const Result<EditLock> &taken);

    EditLocks m_locks;
    User m_user;
    QString m_articleId;
    EditLock m_lock;
    bool m_held = false;  // the server said so: losing it is news
    QString m_error;
    QTimer m_renew;
};

} // namespace PortalDesk::Models
