#include "newsroomwatcher.h"

#include "newsroom.h"

#include <QSqlDriver>

namespace PortalDesk::Models {

namespace {
// Lower case: PostgreSQL folds unquoted names.
const QString channel = QStringLiteral("portaldesk_articles");
const QString lockChannel = QStringLiteral("portaldesk_locks");
}

NewsroomWatcher::NewsroomWatcher(Newsroom &newsroom, QObject *parent)
    : QObject(parent)
    , m_newsroom(newsroom)
{
    m_fold.setSingleShot(true);
    m_fold.setInterval(150);
    connect(&m_fold, &QTimer::timeout, this, &NewsroomWatcher::articlesChanged);
    subscribe();
}

void NewsroomWatcher::subscribe()
{
    if (!m_newsroom.isPostgres())
        return;
    QSqlDriver *driver = m_newsroom.database().driver();
    m_listening = driver->subscribeToNotification(channel) && driver->subscribeToNotification(lockChannel);
    disconnect(m_notifications);
    m_notifications = connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (source == QSqlDriver::SelfSource)
                    return;
                if (name == channel)
                    m_fold.start();
                else if (name == lockChannel)
                    Q_EMIT lockChanged(payload.toString());
            });
}

// A closed connection has forgotten its subscriptions.
void NewsroomWatcher::resubscribe()
{
    subscribe();
}

NewsroomWatcher::~NewsroomWatcher()
{
    if (m_listening) {
        m_newsroom.database().driver()->unsubscribeFromNotification(channel);
        m_newsroom.database().driver()->unsubscribeFromNotification(lockChannel);
    }
}

} // namespace PortalDesk::Models
