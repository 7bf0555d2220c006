#pragma once

#include "newsroomurl.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class QSqlError;

#include <memory>

namespace PortalDesk::Models {

// A connection to the portal's database, where published articles go: an
// SQLite file, a PostgreSQL database (password from PGPASSWORD or ~/.pgpass)
// or a MySQL/MariaDB one (password from PORTALDESK_PORTAL_PASSWORD); never a
// password in the URL.
class Portal final
{
    Q_DECLARE_TR_FUNCTIONS(Portal)
    Q_DISABLE_COPY_MOVE(Portal)

public:
    ~Portal();

    // The password, when given, is used instead of the environment's (the
    // desk takes it from the keyring or asks).
    static Result<std::unique_ptr<Portal>> open(const NewsroomUrl &url, const QString &password = {});

    // Where a newsroom syncs when nobody said: the SQLite portal file beside
    // an embedded newsroom, so that the whole flow works with no server. A
    // PostgreSQL newsroom has no default.
    static Result<NewsroomUrl> defaultUrl(const NewsroomUrl &newsroom);

    // Creates the reference schema (resources/portal/portal-*.sql) where it
    // is missing; running it again changes nothing.
    Status init();

    QSqlDatabase database() const;

    // After a failure: whether the server still answers; if not, the
    // connection is closed and opened again.
    bool answers() const;
    Status reconnect();
    // Failures worth another try after a pause: a lost connection, a lock
    // or a deadlock on the portal, a busy SQLite file.
    static bool isTransient(const QSqlError &error);
    bool isMySql() const { return m_url.backend == NewsroomUrl::Backend::MySql; }
    QString display() const { return m_url.display(); }

private:
    explicit Portal(const NewsroomUrl &url);
    Status connect();

    NewsroomUrl m_url;
    QString m_connectionName;
};

} // namespace PortalDesk::Models
