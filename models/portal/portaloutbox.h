#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace PortalDesk::Models {

// The digest of what a sync wrote to the portal (BLAKE2b-256, hex), kept in
// the portal's content_hash columns to tell edits made there.
QString contentDigest(const QByteArray &bytes);

// What a run over an outbox did.
struct OutboxSummary {
    int published = 0;
    int withdrawn = 0;
    QStringList errors;  // one line per item that did not go
};

// The outboxes of Công báo issues and press digests: one row per approval
// or withdrawal, columns id, <keyColumn>, action, done_at. The latest
// pending entry of each item decides what is sent; its entries are marked
// done only after `send` succeeded, that is after the portal committed.
struct PortalOutbox {
    QString table;      // "gazette_outbox"
    QString keyColumn;  // "issue_id"

    Result<int> pendingCount(QSqlDatabase db) const;
    Result<OutboxSummary> drain(QSqlDatabase db, const std::function<Status(const QString &key, const QString &action)> &send) const;
};

} // namespace PortalDesk::Models
