#pragma once

#include <QObject>
#include <QTimer>

namespace PortalDesk::Models {

class Newsroom;
class ServerPing;

// Notices when a shared newsroom's server goes away and connects again by
// itself: a round trip every few seconds while connected, then pings with a
// growing pause (up to 30 s) until the server answers, and only then a
// reconnection. The pings run on a thread (ServerPing): a reconnection is
// made on the connection's own thread, the UI's, and tried against a host
// that does not answer would hold it for libpq's connect_timeout. An
// embedded newsroom is never lost.
class ConnectionMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionMonitor(Newsroom &newsroom, QObject *parent = nullptr);
    bool isConnected() const { return m_connected; }
    // Checks now rather than at the next tick (after a failed call).
    void check();
    void setInterval(int milliseconds);

Q_SIGNALS:
    void lost();
    void restored();

private:
    void tryReconnect();
    void onPinged(bool accepting);

    Newsroom &m_newsroom;
    ServerPing *m_ping = nullptr;
    QTimer m_timer;
    int m_interval = 5000;
    int m_attempts = 0;
    bool m_connected = true;
};

} // namespace PortalDesk::Models
