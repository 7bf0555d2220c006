#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace PortalDesk::Models {

// One step of the newsroom schema, for both backends. Steps are applied in
// order, each in its own transaction, and recorded in schema_migrations. A
// released step is never edited: changes go into a new one.
struct Migration {
    int version = 0;
    QStringList sqlite;    // one statement each: QSQLITE runs one per exec
    QStringList postgres;
    // Work SQL alone cannot do (folding text for the search index), run in
    // the same transaction after the statements.
    std::function<Status(QSqlDatabase &)> backfill;
};

const QList<Migration> &newsroomMigrations();
int latestSchemaVersion();

} // namespace PortalDesk::Models
