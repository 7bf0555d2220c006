#include "connectionmonitor.h"

#include "newsroom.h"
#include "serverping.h"

namespace PortalDesk::Models {

ConnectionMonitor::ConnectionMonitor(Newsroom &newsroom, QObject *parent)
    : QObject(parent)
    , m_newsroom(newsroom)
{
    if (!newsroom.isPostgres())
        return;
    m_ping = new ServerPing(newsroom.database(), this);
    connect(m_ping, &ServerPing::answered, this, &ConnectionMonitor::onPinged);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_connected ? check() : tryReconnect(); });
    m_timer.start(m_interval);
}

void ConnectionMonitor::setInterval(int milliseconds)
{
    m_interval = milliseconds;
    if (m_newsroom.isPostgres())
        m_timer.start(m_interval);
}

void ConnectionMonitor::check()
{
    if (!m_newsroom.isPostgres() || !m_connected)
        return;
    if (m_newsroom.isReachable()) {
        m_timer.start(m_interval);
        return;
    }
    m_connected = false;
    m_attempts = 0;
    Q_EMIT lost();
    tryReconnect();
}

void ConnectionMonitor::tryReconnect()
{
    m_ping->start();
}

void ConnectionMonitor::onPinged(bool accepting)
{
    if (m_connected)
        return;
    // The server answers: reconnecting returns at once, with the session
    // or with a refusal.
    if (accepting && m_newsroom.reconnect() && m_newsroom.isReachable()) {
        m_connected = true;
        m_timer.start(m_interval);
        Q_EMIT restored();
        return;
    }
    ++m_attempts;
    m_timer.start(qMin(30000, m_interval / 5 * (1 << qMin(m_attempts, 5))));
}

} // namespace PortalDesk::Models
