#include "migrations.h"

namespace PortalDesk::Models {

const QList<Migration> &newsroomMigrations()
{
    static const QList<Migration> migrations{
        {1,
         {
             QStringLiteral("CREATE TABLE users ("
                            " id INTEGER PRIMARY KEY,"
                            " login TEXT NOT NULL UNIQUE,"
                            " full_name TEXT NOT NULL,"
                            " roles TEXT NOT NULL DEFAULT '',"
                            " password_hash TEXT,"
                            " active INTEGER NOT NULL DEFAULT 1)"),
             QStringLiteral("CREATE TABLE sections ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE)"),
             QStringLiteral("CREATE TABLE articles ("
                            " id TEXT PRIMARY KEY,"
                            " title TEXT NOT NULL,"
                            " summary TEXT NOT NULL DEFAULT '',"
                            " body TEXT NOT NULL DEFAULT '',"
                            " section_id INTEGER REFERENCES sections(id),"
                            " author_id INTEGER REFERENCES users(id),"
                            " tags TEXT NOT NULL DEFAULT '',"
                            " source TEXT NOT NULL DEFAULT '',"
                            " state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN"
                            "  ('draft','submitted','edited','approved','published',"
                            "   'returned','withdrawn','archived')),"
                            " version INTEGER NOT NULL DEFAULT 1,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            " publish_at TEXT)"),
             // The article list pages through updated_at, newest first.
             QStringLiteral("CREATE INDEX articles_by_updated ON articles(updated_at DESC, id DESC)"),
             QStringLiteral("CREATE INDEX articles_by_state ON articles(state, updated_at DESC)"),
         }},
    };
    return migrations;
}

int latestSchemaVersion()
{
    return newsroomMigrations().constLast().version;
}

} // namespace PortalDesk::Models
