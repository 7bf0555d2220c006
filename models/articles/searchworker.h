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
// the newest request is answered: older ones still queued are dropped.
class SearchWorker final : public QObject
{
    Q_OBJECT

public:
    explicit SearchWorker(const NewsroomUrl &url, QObject *parent = nullptr);
    ~SearchWorker() override;

    // Returns the request's number, which finished() repeats.
    quint64 search(const QString &text, int limit);

Q_SIGNALS:
    // error is empty on success; results.notice may still explain no hits.
    void finished(quint64 request, const QString &text, const PortalDesk::Models::SearchResults &results,
                  const QString &error);

private:
    class Runner;
    QThread *m_thread = nullptr;
    Runner *m_runner = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace PortalDesk::Models
