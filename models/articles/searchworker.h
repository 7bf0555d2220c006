#pragma once

#include "articlestore.h"
#include "newsroomurl.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace PortalDesk::Models {

// Runs the desk's searches on a thread of their own, on a connection of its
// own, so that typing in the search field never waits for the database. Only
// the newest request is answered: older ones still queued are dropped. The
// queues' counts are read there too (six count(*) over the whole newsroom:
// 13–15 ms on 100,000 articles in SQLite, six round trips on a shared one),
// so that neither the start nor a save waits for them.
class SearchWorker final : public QObject
{
    Q_OBJECT

public:
    explicit SearchWorker(const NewsroomUrl &url, QObject *parent = nullptr);
    ~SearchWorker() override;

    // Returns the request's number, which finished() repeats.
    quint64 search(const QString &text, int limit);
    // Counts each filter's articles; counted() answers with the request's
    // number, the counts in the same order.
    quint64 count(const QList<ArticleFilter> &filters);

Q_SIGNALS:
    // error is empty on success; results.notice may still explain no hits.
    void finished(quint64 request, const QString &text, const PortalDesk::Models::SearchResults &results,
                  const QString &error);
    // error is empty on success.
    void counted(quint64 request, const QList<int> &counts, const QString &error);

private:
    class Runner;
    QThread *m_thread = nullptr;
    Runner *m_runner = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<std::atomic<quint64>> m_latestCount;
};

} // namespace PortalDesk::Models
