#pragma once

#include <QList>
#include <QStringList>

namespace PortalDesk::Models {

// One step of the newsroom schema. Steps are applied in order, each in its own
// transaction, and recorded in schema_migrations. A released step is never
// edited: changes go into a new one.
struct Migration {
    int version = 0;
    QStringList statements;  // one statement each: QSQLITE runs one per exec
};

const QList<Migration> &newsroomMigrations();
int latestSchemaVersion();

} // namespace PortalDesk::Models
