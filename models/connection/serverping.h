#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QSqlDatabase>

namespace PortalDesk::Models {

// Asks a PostgreSQL server whether it accepts connections (libpq's PQping,
// which does not sign in) on a thread of its own. A host that does not
// answer at all, as on a dead network, makes libpq wait out its
// connect_timeout: the caller (the desk's UI thread) does not wait with it.
class ServerPing final : public QObject
{
    Q_OBJECT

public:
    // The server `db` connects to: host, port and database.
    explicit ServerPing(const QSqlDatabase &db, QObject *parent = nullptr);
    ~ServerPing() override;

    // Starts a ping unless one is running; answered() follows.
    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void answered(bool accepting);

private:
    QList<std::pair<QByteArray, QByteArray>> m_parameters;
    QPointer<QThread> m_thread;  // the ping in flight, until it is deleted
    bool m_running = false;
};

} // namespace PortalDesk::Models
