#pragma once

#include "newsroomurl.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

namespace PortalDesk::Models {

// An open newsroom: one SQLite file (WAL, foreign keys on) or a PostgreSQL
// database, brought to the latest schema. The connection belongs to the
// thread that opened it.
class Newsroom final
{
    Q_DECLARE_TR_FUNCTIONS(Newsroom)
    Q_DISABLE_COPY_MOVE(Newsroom)

public:
    // Opens the newsroom at path, creating it (and its folder) if missing.
    // A file that is not a PortalDesk newsroom, is damaged, cannot be read or
    // was written by a newer PortalDesk is refused and left untouched.
    // schemaVersion < 0: the latest; tests open older versions to migrate them.
    static Result<std::unique_ptr<Newsroom>> open(const NewsroomUrl &url, int schemaVersion = -1);
    static Result<std::unique_ptr<Newsroom>> open(const QString &path) { return open(NewsroomUrl::sqlite(path)); }
    ~Newsroom();

    const NewsroomUrl &url() const { return m_url; }
    bool isPostgres() const { return m_url.backend == NewsroomUrl::Backend::PostgreSql; }
    // The file path, or the URL of a PostgreSQL newsroom.
    QString path() const { return m_path; }
    QSqlDatabase database() const;
    // True when this open created the newsroom (the file was absent or empty).
    bool isNew() const { return m_isNew; }
    int schemaVersion() const { return m_schemaVersion; }
    // PostgreSQL: connects again as the server role `login`, who is then the
    // user for every right the server checks. A refused sign-in keeps the
    // connection there was. Threads that open their own connections take
    // the credentials from url().
    Status signInAs(const QString &login, const QString &password);
    // PostgreSQL: drops the connection and opens it again with the same
    // credentials, after the server went away. Nothing on SQLite.
    Status reconnect();
    // A cheap round trip; false when the server is gone.
    bool isReachable() const;

private:
    Newsroom(NewsroomUrl url, QString connectionName);
    Status inspectFile();
    Status connectSqlite();
    Status connectPostgres();
    Status openPostgres(QSqlDatabase &db);
    Status inspectSchema(QSqlDatabase db);
    Error damaged(const QSqlQuery &query) const;
    Status migrate(int targetVersion);

    NewsroomUrl m_url;
    QString m_path;
    QString m_connectionName;
    bool m_isNew = false;
    int m_schemaVersion = 0;
};

// QStandardPaths::AppDataLocation/newsroom.sqlite
QString defaultNewsroomPath();

} // namespace PortalDesk::Models
