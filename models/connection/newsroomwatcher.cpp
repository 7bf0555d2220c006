#include "newsroomwatcher.h"

#include "newsroom.h"

#include <QSqlDriver>
#include <QSqlQuery>

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
    connect(&m_fold, &QTimer::timeout, this, &NewsroomWatcher::endOfBurst);
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
                    m_articleNotice = true;
                else if (name == lockChannel)
                    m_lockNotices.insert(payload.toString());
                else
                    return;
                // A window that is running is not started again: a steady
                // stream of notices must not put off the desk's re-read.
                if (!m_fold.isActive())
                    m_fold.start();
            });
    std::tie(m_articleCount, m_lockCount) = changeCounts();
}

std::pair<qint64, qint64> NewsroomWatcher::changeCounts() const
{
    QSqlQuery query(m_newsroom.database());
    // A sequence not yet advanced shows last_value 1 with is_called false.
    if (!query.exec(QStringLiteral("SELECT (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM pd_article_changes),"
                                   " (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM pd_lock_changes)"))
        || !query.next())
        return {-1, -1};
    return {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

void NewsroomWatcher::endOfBurst()
{
    const auto [articles, locks] = changeCounts();
    const bool articlesMoved = articles < 0 || articles != m_articleCount;
    const bool locksMoved = locks < 0 || locks != m_lockCount;
    m_articleCount = articles;
    m_lockCount = locks;
    const QSet<QString> lockNotices = std::exchange(m_lockNotices, {});
    if (std::exchange(m_articleNotice, false) && articlesMoved)
        Q_EMIT articlesChanged();
    if (locksMoved) {
        for (const QString &articleId : lockNotices)
            Q_EMIT lockChanged(articleId);
    }
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
