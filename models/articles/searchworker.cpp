#include "searchworker.h"

#include "newsroom.h"

#include <QPointer>
#include <QThread>

namespace PortalDesk::Models {

class SearchWorker::Runner final : public QObject
{
public:
    Runner(const NewsroomUrl &url, std::shared_ptr<std::atomic<quint64>> latest, std::shared_ptr<std::atomic<quint64>> latestCount)
        : m_url(url)
        , m_latest(std::move(latest))
        , m_latestCount(std::move(latestCount))
    {
    }

    // Runs on the worker thread.
    void run(QPointer<SearchWorker> owner, quint64 request, const QString &text, int limit)
    {
        if (request != m_latest->load())
            return;  // typed on since: this answer would be thrown away
        SearchResults results;
        QString error = open();
        if (m_newsroom) {
            auto found = ArticleStore(*m_newsroom).search(text, limit);
            if (found)
                results = std::move(found.value());
            else
                error = found.error().message;
        }
        QMetaObject::invokeMethod(
            owner, [owner, request, text, results, error] {
                if (owner)
                    Q_EMIT owner->finished(request, text, results, error);
            },
            Qt::QueuedConnection);
    }

    // Runs on the worker thread.
    void count(QPointer<SearchWorker> owner, quint64 request, const QList<ArticleFilter> &filters)
    {
        if (request != m_latestCount->load())
            return;  // counted again since
        QList<int> counts;
        QString error = open();
        if (m_newsroom) {
            const ArticleStore store(*m_newsroom);
            for (const ArticleFilter &filter : filters) {
                auto counted = store.count(filter);
                if (!counted) {
                    error = counted.error().message;
                    counts.clear();
                    // A shared newsroom's server may have gone: the next
                    // request connects again.
                    m_newsroom.reset();
                    break;
                }
                counts.append(counted.value());
            }
        }
        QMetaObject::invokeMethod(
            owner, [owner, request, counts, error] {
                if (owner)
                    Q_EMIT owner->counted(request, counts, error);
            },
            Qt::QueuedConnection);
    }

    void close() { m_newsroom.reset(); }

private:
    // The connection, opened on first use; the reason if it cannot be.
    QString open()
    {
        if (m_newsroom)
            return {};
        auto opened = Newsroom::open(m_url);
        if (!opened)
            return opened.error().message;
        m_newsroom = std::move(opened.value());
        return {};
    }

    NewsroomUrl m_url;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<std::atomic<quint64>> m_latestCount;
    std::unique_ptr<Newsroom> m_newsroom;
};

SearchWorker::SearchWorker(const NewsroomUrl &url, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_latestCount(std::make_shared<std::atomic<quint64>>(0))
{
    m_runner = new Runner(url, m_latest, m_latestCount);
    m_runner->moveToThread(m_thread);
    m_thread->setObjectName(QStringLiteral("search"));
    m_thread->start();
}

SearchWorker::~SearchWorker()
{
    // The connection belongs to the worker thread: it is closed there.
    QMetaObject::invokeMethod(m_runner, [runner = m_runner] { runner->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_runner;
}

quint64 SearchWorker::search(const QString &text, int limit)
{
    const quint64 request = ++*m_latest;
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, owner = QPointer(this), request, text, limit] {
            runner->run(owner, request, text, limit);
        },
        Qt::QueuedConnection);
    return request;
}

quint64 SearchWorker::count(const QList<ArticleFilter> &filters)
{
    const quint64 request = ++*m_latestCount;
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, owner = QPointer(this), request, filters] { runner->count(owner, request, filters); },
        Qt::QueuedConnection);
    return request;
}

} // namespace PortalDesk::Models
