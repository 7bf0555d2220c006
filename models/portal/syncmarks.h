#pragma once

// What a sync run did, recorded in the newsroom after the portal has it
// (internal to PortalSync and WordPressSync): the outbox entries done, each
// article's sync status, and what was last written where the portal cannot
// hold it. The caller's transaction is open; on a shared newsroom only the
// sync's server functions write, for editors and chief editors.

#include "portalwrite.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <utility>

namespace PortalDesk::Models {
struct SyncSummary;
}

namespace PortalDesk::Models::SyncMarks {

using Statuses = QList<std::pair<QStringList, QString>>;  // articles, and "synced", "conflict" or "failed"

Status markDone(const QSqlDatabase &newsroom, const QList<qint64> &entries, const Statuses &statuses);

// What came of a written batch: counted into `summary` with a line for each
// item that needs attention (a conflict's line from `conflictLine`), and
// the entries and statuses markDone() records. Conflicts and failures keep
// their entries pending.
struct Tally {
    QList<qint64> done;
    Statuses statuses;
};
Tally tally(const QList<PortalWrite::Item> &items, SyncSummary &summary,
            const std::function<QString(const PortalWrite::Item &)> &conflictLine);

// What the portal holds of each article since our write: the content hash,
// and for a CMS reached through its API the post's id and version.
struct Written {
    QString hash;
    QString remoteId;
    QString remoteVersion;
};
Status recordWritten(const QSqlDatabase &newsroom, const QString &portal, const QHash<QString, Written> &written,
                     bool withRemote);

// A photo uploaded to a CMS: its id and addresses there.
struct Uploaded {
    QString remoteId;
    QString url;
    QString smallUrl;
};
Status recordUploaded(const QSqlDatabase &newsroom, const QString &portal, const QHash<QString, Uploaded> &uploaded);

} // namespace PortalDesk::Models::SyncMarks
