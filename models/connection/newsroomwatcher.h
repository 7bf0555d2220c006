#pragma once

#include <QObject>
#include <QTimer>

namespace PortalDesk::Models {

class Newsroom;

// Tells the desk when another PC changed the shared newsroom's articles:
// LISTEN on the newsroom's own PostgreSQL connection (QSqlDriver's
// notifications arrive on its thread's event loop), changes made through
// this connection ignored, bursts folded into one signal. An embedded
// newsroom has no other writer: nothing is ever emitted.
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

    Newsroom &m_newsroom;
    QTimer m_fold;
    QMetaObject::Connection m_notifications;
    bool m_listening = false;
};

} // namespace PortalDesk::Models
