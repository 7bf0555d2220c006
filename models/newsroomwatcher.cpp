#include "newsroomwatcher.h"

#include "newsroom.h"

#include <QSqlDriver>

namespace PortalDesk::Models {

namespace {
const QString channel = QStringLiteral("portaldesk_articles");  // lower case: PostgreSQL folds unquoted names
}

NewsroomWatcher::NewsroomWatcher(Newsroom &newsroom, QObject *parent)
    : QObject(parent)
    , m_newsroom(newsroom)
{
    m_fold.setSingleShot(true);
    m_fold.setInterval(150);
    connect(&m_fold, &QTimer::timeout, this, &NewsroomWatcher::articlesChanged);
    if (!newsroom.isPostgres())
        return;
    QSqlDriver *driver = newsroom.database().driver();
    m_listening = driver->subscribeToNotification(channel);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                if (name == channel && source != QSqlDriver::SelfSource)
                    m_fold.start();
            });
}

NewsroomWatcher::~NewsroomWatcher()
{
    if (m_listening)
        m_newsroom.database().driver()->unsubscribeFromNotification(channel);
}

} // namespace PortalDesk::Models
