#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

#include <utility>

namespace PortalDesk::Models {

class Newsroom;

// Tells the desk when another PC changed the shared newsroom's articles:
// LISTEN on the newsroom's own PostgreSQL connection (QSqlDriver's
// notifications arrive on its thread's event loop), changes made through
// this connection ignored, bursts folded into one signal. Any role may
// NOTIFY, so a notice is only a hint: at the end of each burst window the
// watcher asks the server's change counts (sequences only its functions
// advance) and tells the desk only when one moved. A flood of forged
// notices costs one tiny query per window. An embedded newsroom has no
// other writer: nothing is ever emitted.
class NewsroomWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit NewsroomWatcher(Newsroom &newsroom, QObject *parent = nullptr);
    ~NewsroomWatcher() override;
    bool isListening() const { return m_listening; }
    // LISTEN again on a connection opened anew (after the server was away).
    void resubscribe();

Q_SIGNALS:
    void articlesChanged();
    // An edit lock was taken, taken over or released on another PC.
    void lockChanged(const QString &articleId);

private:
    void subscribe();
    void endOfBurst();
    // The server's counts of article and lock changes, or -1 each when it
    // cannot tell (then every notice is taken as real).
    std::pair<qint64, qint64> changeCounts() const;

    Newsroom &m_newsroom;
    QTimer m_fold;
    QSet<QString> m_lockNotices;  // articles whose lock notices wait for the window's end
    bool m_articleNotice = false;
    qint64 m_articleCount = -1;
    qint64 m_lockCount = -1;
    QMetaObject::Connection m_notifications;
    bool m_listening = false;
};

} // namespace PortalDesk::Models
