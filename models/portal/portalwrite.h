#pragma once

// The portal sync's write step (internal to PortalSync): one batch of
// articles into the portal's table in one transaction, by COPY, multi-row
// INSERTs and UPDATEs, or item by item when a statement fails.

#include "portalmapping.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace PortalDesk::Models::PortalWrite {

// One rendition of a photo an article shows, as the portal's media table
// holds it; the bytes are read from the newsroom as the row is written.
struct MediaRow {
    QString mediaId;
    QString rendition;  // web, thumb
    int position = 0;   // in the body from 1; 0 for a lead photo the body does not show
    bool lead = false;
    QString fileName;  // the address body_html gives it
    QString mimeType;
    int width = 0;
    int height = 0;
    QString caption;
    QString credit;
    QString alt;
    QString sha256;
};

// One article of a batch: what it needs on the portal, and what came of it.
struct Item {
    enum Kind { Missing, Unchanged, Conflict, Insert, Update } kind = Missing;
    QString id;
    QString title;
    QList<qint64> entries;
    bool publish = false;
    bool onPortal = false;
    QString hash;
    QVariantList values;  // for the insert or update statement of its kind
    QVariantList insertValues, updateValues;  // both, prepared before the portal is read
    QString failure;      // why the write failed, when it did
    QList<MediaRow> media;  // its photos, when the mapping has a media table
    QDateTime publishedAt;  // its first publication (the audit log), if any
};

// The statements a batch writes with: the columns are the same for every
// row, given the mapping.
struct Statements {
    QStringList insertColumns;
    QStringList updateColumns;
};

enum class Outcome { Committed, Transient, Failed };

struct Attempt {
    Outcome outcome = Outcome::Committed;
    QString reason;
};

// Writes the items that need writing in one portal transaction. First all
// at once (new rows by COPY on PostgreSQL, else multi-row INSERTs); if a statement fails for a reason
// of its own, the batch goes again item by item under savepoints, so that
// one item's failure (a column too short, a constraint) names that item and
// does not stop the others. A transient failure abandons the attempt.
//
// With a media table, each article written has its photos' rows replaced in
// the same transaction (none for a withdrawn one): `newsroom` is where their
// bytes are read, one article's photos at a time.
Attempt writeBatch(QSqlDatabase db, const PortalMapping &map, const Statements &statements, QList<Item> &items,
                   QSqlDatabase newsroom = {});

} // namespace PortalDesk::Models::PortalWrite
