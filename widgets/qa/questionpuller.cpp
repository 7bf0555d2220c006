#include "questionpuller.h"

#include "newsroom.h"
#include "portal.h"

#include <QPointer>
#include <QThread>

namespace PortalDesk::Widgets {

using namespace Models;

// Lives on the worker thread, and so do its connections.
class QuestionPuller::Runner final : public QObject
{
public:
    explicit Runner(const NewsroomUrl &newsroom)
        : m_newsroomUrl(newsroom)
    {
    }

    void setPortal(const NewsroomUrl &portal, const QString &password)
    {
        // The desk says where before each pull: the same portal keeps its connection.
        if (portal.display() == m_portalUrl.display() && password == m_password)
            return;
        m_portalUrl = portal;
        m_password = password;
        m_portal.reset();  // the next pull connects to the new portal
    }

    void pull(const User &by, QPointer<QuestionPuller> owner)
    {
        QuestionPullSummary summary;
        QString error = connect();
        if (error.isEmpty()) {
            auto pulled = QuestionPull(*m_newsroom, *m_portal).run(by);
            if (pulled)
                summary = pulled.value();
            else
                error = pulled.error().message;
            // A server that went away is connected again next time.
            if (!pulled && !m_portal->answers())
                m_portal.reset();
        }
        QMetaObject::invokeMethod(
            owner, [owner, summary, error] {
                if (!owner)
                    return;
                owner->m_running = false;
                Q_EMIT owner->finished(summary, error);
            },
            Qt::QueuedConnection);
    }

    void close()
    {
        m_portal.reset();
        m_newsroom.reset();
    }

private:
    // Opens what is not open yet; the error as the user reads it.
    QString connect()
    {
        if (!m_newsroom) {
            auto opened = Newsroom::open(m_newsroomUrl);
            if (!opened)
                return opened.error().message;
            m_newsroom = std::move(opened.value());
        }
        if (!m_portal) {
            if (m_portalUrl.display().isEmpty())
                return QuestionPuller::tr("No portal is set for this newsroom.");
            auto opened = Portal::open(m_portalUrl, m_password);
            if (!opened)
                return opened.error().message;
            m_portal = std::move(opened.value());
        }
        return {};
    }

    NewsroomUrl m_newsroomUrl;
    NewsroomUrl m_portalUrl;
    QString m_password;
    std::unique_ptr<Newsroom> m_newsroom;
    std::unique_ptr<Portal> m_portal;
};

QuestionPuller::QuestionPuller(const NewsroomUrl &newsroom, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_runner(new Runner(newsroom))
{
    m_runner->moveToThread(m_thread);
    m_thread->setObjectName(QStringLiteral("question pull"));
    m_thread->start();
}

QuestionPuller::~QuestionPuller()
{
    // A pull in progress ends first: the connections belong to the worker
    // thread and are closed there.
    QMetaObject::invokeMethod(m_runner, [runner = m_runner] { runner->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_runner;
}

void QuestionPuller::setPortal(const NewsroomUrl &portal, const QString &password)
{
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, portal, password] { runner->setPortal(portal, password); });
}

bool QuestionPuller::pull(const User &by)
{
    if (m_running)
        return false;
    m_running = true;
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, by, owner = QPointer(this)] { runner->pull(by, owner); });
    return true;
}

} // namespace PortalDesk::Widgets
