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

Q_SIGNALS:
    void articlesChanged();

private:
    Newsroom &m_newsroom;
    QTimer m_fold;
    bool m_listening = false;
};

} // namespace PortalDesk::Models
