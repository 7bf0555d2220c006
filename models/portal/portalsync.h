#pragma once

#include "portalmapping.h"
#include "result.h"

#include <QSqlDatabase>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace PortalDesk::Models {

class Newsroom;
class Portal;
struct User;
struct Article;

// What a sync did, or in a dry run would do.
struct SyncSummary {
    int sent = 0;       // new on the portal
    int updated = 0;    // changed on the portal
    int withdrawn = 0;  // taken down
    int conflicts = 0;  // changed on the portal side since our last write: left alone
    int failed = 0;
    int unchanged = 0;  // already on the portal as they are
    int retries = 0;    // batches tried again after a transient failure
    int gazetteIssues = 0;  // Công báo issues sent or withdrawn (GazetteSync), in the desk's runs
    bool cancelled = false;
    QStringList lines;  // one line per item that needs attention, translated

    bool allDone() const { return conflicts == 0 && failed == 0 && !cancelled; }
};

// How often a batch that failed for a passing reason (a lost connection, a
// lock, a deadlock) is tried again, and the first pause, doubled each time.
struct RetryPolicy {
    int attempts = 4;
    int firstDelayMs = 1000;
};

// The article as the portal holds it, for a conflict shown side by side.
struct PortalVersion {
    QString title;
    QString summary;
    QString bodyHtml;
    QString status;  // "published", "withdrawn" or the portal's own value
};

// An article the last sync left for an editor: a conflict or a failure.
struct SyncProblem {
    QString articleId;
    QString title;
    QString status;  // "conflict" or "failed"
};

// What the CLI and the desk do with a portal, whichever kind it is: a
// database (PortalSync) or a WordPress site (WordPressSync).
class ArticleSync
{
public:
    virtual ~ArticleSync() = default;
    // Told after each batch how many outbox entries are handled of those
    // pending at the start; returning false stops the run there (cancel).
    using Progress = std::function<bool(int handled, int total)>;
    virtual void setProgress(Progress progress) = 0;
    virtual void setRetryPolicy(RetryPolicy policy) = 0;
    virtual Result<SyncSummary> run(bool dryRun = false) = 0;
    // The article as the portal holds it, for a conflict shown side by side.
    virtual Result<PortalVersion> portalVersion(const QString &articleId) = 0;
    // Settles a conflict by keeping the newsroom's version: the next run
    // writes it over the portal's.
    virtual Status overwritePortal(const QString &articleId) = 0;
    // Settles a conflict the other way: the portal's title, summary and body
    // (turned back into Markdown) become a new revision of the article,
    // saved by `by`; the next run finds the portal already holding it.
    virtual Result<Article> takePortalText(const QString &articleId, const User *by) = 0;
};

// Delivers the newsroom's outbox to the portal. The outbox is written in the
// same transaction as the publish, correction or withdrawal that causes it,
// so a sync reads only pending entries, never the whole newsroom. Each batch
// is written to the portal by the article's key (insert or update) in one
// portal transaction; only after that commits are its entries marked done in
// the newsroom. A sync killed at any moment therefore leaves at worst entries
// that are written again, with the same content, by the next run: every item
// ends on the portal once, in its latest version.
//
// A portal row whose content no longer matches the hash of what was last
// written to it (and is not what we are about to write) was edited on the
// portal: it is not overwritten but reported as a conflict, and its entries
// stay pending until an editor overwrites it or takes its text back.
class PortalSync final : public ArticleSync
{
    Q_DECLARE_TR_FUNCTIONS(PortalSync)

public:
    PortalSync(Newsroom &newsroom, Portal &portal, PortalMapping mapping = PortalMapping::reference());

    void setRetryPolicy(RetryPolicy policy) override { m_retry = policy; }
    void setProgress(Progress progress) override { m_progress = std::move(progress); }

    Result<SyncSummary> run(bool dryRun = false) override;

    Result<PortalVersion> portalVersion(const QString &articleId) override;
    // The portal's present text counts as what was last written, so the
    // next run overwrites it.
    Status overwritePortal(const QString &articleId) override;
    Result<Article> takePortalText(const QString &articleId, const User *by) override;

    // Portals synced before publication dates were taken from the audit log
    // hold the time of the last correction as published_at: set each row's
    // to its article's first publication. Returns how many rows changed;
    // `portal init` runs it, and running it again changes nothing.
    Result<int> correctPublicationDates();

    static Result<int> pendingCount(Newsroom &newsroom);
    static Result<QList<SyncProblem>> problems(Newsroom &newsroom);
    static constexpr int batchSize = 2000;

private:
    QVariant portalTime(const QDateTime &when, bool local) const;

    Newsroom &m_newsroom;
    Portal &m_portal;
    PortalMapping m_mapping;
    RetryPolicy m_retry;
    Progress m_progress;
};

} // namespace PortalDesk::Models
