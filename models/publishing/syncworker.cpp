#include "syncworker.h"

#include "digestsync.h"
#include "questionsync.h"
#include "gazettesync.h"

#include "newsroom.h"
#include "portal.h"
#include "wordpresssync.h"

#include <QPointer>
#include <QThread>

namespace PortalDesk::Models {

class SyncWorker::Runner final : public QObject
{
public:
    Runner(const NewsroomUrl &newsroom, std::shared_ptr<std::atomic<bool>> cancel)
        : m_newsroomUrl(newsroom)
        , m_cancel(std::move(cancel))
    {
    }

    // The rest runs on the worker thread.
    void setTarget(const Target &target)
    {
        m_target = target;
        m_portal.reset();  // the next job connects to the new portal
        m_wordpress.reset();
    }

    // Opens what is not open yet; the error as the user reads it.
    QString connect()
    {
        if (!m_newsroom) {
            auto opened = Newsroom::open(m_newsroomUrl);
            if (!opened)
                return opened.error().message;
            m_newsroom = std::move(opened.value());
        }
        if (m_target.wordpress) {
            // Made here: its network access belongs to this thread.
            if (!m_wordpress)
                m_wordpress = std::make_unique<WordPressClient>(*m_target.wordpress, m_target.password);
            return {};
        }
        if (!m_portal) {
            if (m_target.portal.display().isEmpty())
                return SyncWorker::tr("No portal is set for this newsroom.");
            auto opened = Portal::open(m_target.portal, m_target.password);
            if (!opened)
                return opened.error().message;
            if (m_target.createSchema) {
                if (Status created = opened.value()->init(); !created)
                    return created.error().message;
            }
            m_portal = std::move(opened.value());
        }
        return {};
    }

    // The sync of the target's kind.
    std::unique_ptr<ArticleSync> articleSync()
    {
        if (m_wordpress)
            return std::make_unique<WordPressSync>(*m_newsroom, *m_wordpress, m_target.mapping);
        return std::make_unique<PortalSync>(*m_newsroom, *m_portal, m_target.mapping);
    }

    void run(QPointer<SyncWorker> owner)
    {
        SyncSummary summary;
        QString error = connect();
        if (error.isEmpty()) {
            std::unique_ptr<ArticleSync> sync = articleSync();
            sync->setProgress([this, owner](int handled, int total) {
                QMetaObject::invokeMethod(
                    owner, [owner, handled, total] {
                        if (owner)
                            Q_EMIT owner->progress(handled, total);
                    },
                    Qt::QueuedConnection);
                return !m_cancel->load();
            });
            auto result = sync->run();
            if (result)
                summary = result.value();
            else
                error = result.error().message;
        }
        // The Công báo's approved issues go with the articles, to a portal
        // database (a WordPress site has no place for them).
        if (error.isEmpty() && !summary.cancelled && m_portal) {
            GazetteSync gazette(*m_newsroom, *m_portal, m_target.mapping.gazettePdfDirectory);
            if (auto pending = gazette.pendingCount(); pending && pending.value() > 0) {
                if (auto sent = gazette.run(); sent) {
                    summary.gazetteIssues = sent->published + sent->withdrawn;
                    summary.failed += int(sent->errors.size());
                    summary.lines += sent->errors;
                } else {
                    error = sent.error().message;
                }
            }
            DigestSync digests(*m_newsroom, *m_portal);
            if (auto pending = digests.pendingCount(); error.isEmpty() && pending && pending.value() > 0) {
                if (auto sent = digests.run(); sent) {
                    summary.failed += int(sent->errors.size());
                    summary.lines += sent->errors;
                } else {
                    error = sent.error().message;
                }
            }
            // And the answers to citizens' questions a chief published.
            QuestionSync answers(*m_newsroom, *m_portal);
            if (auto pending = answers.pendingCount(); error.isEmpty() && pending && pending.value() > 0) {
                if (auto sent = answers.run(); sent) {
                    summary.failed += int(sent->errors.size());
                    summary.lines += sent->errors;
                } else {
                    error = sent.error().message;
                }
            }
        }
        QMetaObject::invokeMethod(
            owner, [owner, summary, error] {
                if (owner)
                    Q_EMIT owner->finished(summary, error);
            },
            Qt::QueuedConnection);
    }

    void runJob(const Job &job, QPointer<SyncWorker> owner, const std::function<void(const QString &)> &done)
    {
        QString error = connect();
        if (error.isEmpty()) {
            error = job(*m_newsroom, *articleSync());
        }
        QMetaObject::invokeMethod(
            owner, [owner, done, error] {
                if (owner)
                    done(error);
            },
            Qt::QueuedConnection);
    }

    void close()
    {
        m_wordpress.reset();
        m_portal.reset();
        m_newsroom.reset();
    }

private:
    NewsroomUrl m_newsroomUrl;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    Target m_target;
    std::unique_ptr<Newsroom> m_newsroom;
    std::unique_ptr<Portal> m_portal;
    std::unique_ptr<WordPressClient> m_wordpress;
};

SyncWorker::SyncWorker(const NewsroomUrl &newsroom, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    m_runner = new Runner(newsroom, m_cancel);
    m_runner->moveToThread(m_thread);
    m_thread->setObjectName(QStringLiteral("portal sync"));
    m_thread->start();
}

SyncWorker::~SyncWorker()
{
    // A run in progress stops at the end of its batch; the connections
    // belong to the worker thread and are closed there.
    m_cancel->store(true);
    QMetaObject::invokeMethod(m_runner, [runner = m_runner] { runner->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_runner;
}

void SyncWorker::setTarget(const Target &target)
{
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, target] { runner->setTarget(target); });
}

void SyncWorker::run()
{
    m_cancel->store(false);
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, owner = QPointer(this)] { runner->run(owner); });
}

void SyncWorker::post(Job job, std::function<void(const QString &error)> done)
{
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, owner = QPointer(this), job = std::move(job), done = std::move(done)] {
        runner->runJob(job, owner, done);
    });
}

} // namespace PortalDesk::Models
