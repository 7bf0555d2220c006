#pragma once

#include <QObject>
#include <QTimer>

namespace PortalDesk::Models {

class Newsroom;

// Notices when a shared newsroom's server goes away and connects again by
// itself: a round trip every few seconds while connected, then attempts
// with a growing pause (up to 30 s) until the server answers. An embedded
// newsroom is never lost.
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

    Newsroom &m_newsroom;
    QTimer m_timer;
    int m_interval = 5000;
    int m_attempts = 0;
    bool m_connected = true;
};

} // namespace PortalDesk::Models
