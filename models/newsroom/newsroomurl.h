#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace PortalDesk::Models {

// Where a newsroom lives: a file path or sqlite:PATH (embedded), or
// postgresql://[user@]host[:port]/dbname (shared). A password never goes in
// the URL: libpq takes it from PGPASSWORD or ~/.pgpass.
struct NewsroomUrl {
    Q_DECLARE_TR_FUNCTIONS(NewsroomUrl)

public:
    // MySql only for portals (parsePortal): a newsroom lives in SQLite or PostgreSQL.
    enum class Backend { Sqlite, PostgreSql, MySql };

    Backend backend = Backend::Sqlite;
    QString path;  // SQLite
    QString host;  // PostgreSQL; empty: libpq's default (PGHOST or the local socket)
    int port = -1;
    QString user;
    QString database;
    // Set by signing in, never parsed, shown or saved: without it libpq
    // reads PGPASSWORD or ~/.pgpass.
    QString password;

    // A refusal quotes the text with any password in it masked.
    static Result<NewsroomUrl> parse(const QString &text);
    // A portal's database: what parse() takes, and mysql://[user@]host[:port]/dbname
    // (also mariadb://), whose password comes from PORTALDESK_PORTAL_PASSWORD.
    static Result<NewsroomUrl> parsePortal(const QString &text);
    static NewsroomUrl sqlite(const QString &path);
    // For messages: the path, or the URL without any secret.
    QString display() const;

private:
    static Result<NewsroomUrl> parseUnmasked(const QString &text);
    static Result<NewsroomUrl> parsePortalUnmasked(const QString &text);
};

} // namespace PortalDesk::Models
