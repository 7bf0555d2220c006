#pragma once

// The portal sync's write step (internal to PortalSync): one batch of
// articles into the portal's table in one transaction, by COPY, multi-row
// INSERTs and UPDATEs, or item by item when a statement fails.

#include "portalmapping.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace PortalDesk::Models::PortalWrite {

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
Attempt writeBatch(QSqlDatabase db, const PortalMapping &map, const Statements &statements, QList<Item> &items);

} // namespace PortalDesk::Models::PortalWrite
