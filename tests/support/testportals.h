#pragma once

// Test support: an empty reference portal on an SQLite file, on the
// PostgreSQL server or on the MariaDB server that `packaging/devenv test`
// starts, opened and given its schema (twice: `portal init` runs again
// safely).

#include "portal.h"
#include "testbackends.h"

#include <QUrl>

#include <memory>

namespace TestPortals {

// A fresh portal of `backend` ("sqlite", "postgresql", "mariadb") named
// after `name`; its URL in *url. Fails the running test when the server is
// missing.
inline std::unique_ptr<PortalDesk::Models::Portal> fresh(const QString &backend, const QString &name, const QTemporaryDir &dir,
                                                         QString *url)
{
    using namespace PortalDesk::Models;
    if (backend == u"sqlite") {
        *url = dir.filePath(QStringLiteral("portal-%1.sqlite").arg(name));
        QFile::remove(*url);
    } else if (backend == u"mariadb") {
        const QString server = qEnvironmentVariable("PORTALDESK_TEST_MYSQL");
        if (server.isEmpty()) {
            QTest::qFail("No MariaDB server: PORTALDESK_TEST_MYSQL is not set. Run the suite with 'packaging/devenv test'.",
                         __FILE__, __LINE__);
            return {};
        }
        const QString database = QStringLiteral("portaldesk_portal_%1").arg(name.toLower());
        {
            const QUrl server_(server);
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), QStringLiteral("test-mariadb-admin"));
            admin.setHostName(server_.host());
            admin.setPort(server_.port());
            admin.setUserName(server_.userName());
            admin.setPassword(qEnvironmentVariable("PORTALDESK_PORTAL_PASSWORD"));
            if (!admin.open()) {
                QTest::qFail(qPrintable(admin.lastError().text()), __FILE__, __LINE__);
                return {};
            }
            QSqlQuery query(admin);
            query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database));
            query.exec(QStringLiteral("CREATE DATABASE %1 CHARACTER SET utf8mb4").arg(database));
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test-mariadb-admin"));
        *url = server + u'/' + database;
    } else {
        if (!qEnvironmentVariableIsSet("PGPORT") && !qEnvironmentVariableIsSet("PGHOST")) {
            QTest::qFail("No PostgreSQL server: PGHOST/PGPORT are not set. Run the suite with 'packaging/devenv test'.",
                         __FILE__, __LINE__);
            return {};
        }
        const QString database = QStringLiteral("portaldesk_portal_%1").arg(QCoreApplication::applicationPid());
        const QString error = TestBackends::onServer(
            {}, {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database),
                 QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(database)});
        if (!error.isEmpty()) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return {};
        }
        *url = QStringLiteral("postgresql:///") + database;
    }
    auto parsed = NewsroomUrl::parsePortal(*url);
    if (!parsed) {
        QTest::qFail(qPrintable(parsed.error().message), __FILE__, __LINE__);
        return {};
    }
    auto portal = Portal::open(parsed.value());
    if (!portal) {
        QTest::qFail(qPrintable(portal.error().message), __FILE__, __LINE__);
        return {};
    }
    for (int run = 1; run <= 2; ++run) {
        if (Status made = portal.value()->init(); !made) {
            QTest::qFail(qPrintable(made.error().message), __FILE__, __LINE__);
            return {};
        }
    }
    return std::move(portal.value());
}

// The PostgreSQL portal databases fresh() made in this process.
inline void dropPostgresPortal()
{
    if (qEnvironmentVariableIsSet("PGPORT") || qEnvironmentVariableIsSet("PGHOST"))
        TestBackends::onServer({}, {QStringLiteral("DROP DATABASE IF EXISTS portaldesk_portal_%1").arg(QCoreApplication::applicationPid())});
}

} // namespace TestPortals
