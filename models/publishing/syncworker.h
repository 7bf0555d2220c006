#pragma once

#include "newsroomurl.h"
#include "portalsync.h"
#include "wordpressclient.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace PortalDesk::Models {

class Newsroom;
class Portal;

// Runs the portal sync for the desk on a thread of its own, with its own
// newsroom and portal connections, so that the window never waits for the
// portal's server. One job at a time, in order: a run (with progress and a
// cancel that takes effect at the end of a batch), or a short job on a
// conflict (read the portal's version, overwrite, take the text back).
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    struct Target {
        NewsroomUrl portal;
        // Or a WordPress site, through its REST API; the password is then
        // its user's Application Password.
        std::optional<WordPressSite> wordpress;
        PortalMapping mapping = PortalMapping::reference();
        QString password;  // for a server portal; empty to use the environment
        // The embedded default portal gets its schema on first use, so that
        // the whole flow works with nothing set up.
        bool createSchema = false;
    };

    SyncWorker(const NewsroomUrl &newsroom, QObject *parent = nullptr);
    ~SyncWorker() override;

    void setTarget(const Target &target);
    void run();
    void cancel() { m_cancel->store(true); }

    // A job on the worker thread with its connections; done, back on the
    // caller's thread, gets the job's error (empty on success). The job
    // itself must hand results back through queued calls.
    using Job = std::function<QString(Newsroom &, ArticleSync &)>;
    void post(Job job, std::function<void(const QString &error)> done);

Q_SIGNALS:
    void progress(int handled, int total);
    // error is set when the run could not start or stopped as a whole.
    void finished(const PortalDesk::Models::SyncSummary &summary, const QString &error);

private:
    class Runner;
    QThread *m_thread = nullptr;
    Runner *m_runner = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace PortalDesk::Models
