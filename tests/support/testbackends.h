#pragma once

// Test support: the same tests run on an SQLite file and on the PostgreSQL
// server that `packaging/devenv test` starts (libpq reads PGHOST, PGPORT,
// PGUSER and PGPASSWORD). Each call of freshNewsroomUrl() gives an empty
// newsroom: a new file, or a PostgreSQL database emptied of every table.

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace TestBackends {

inline void addColumn()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

inline QString postgresDatabase()
{
    return QStringLiteral("portaldesk_test_%1").arg(QCoreApplication::applicationPid());
}

// Runs statements on the server as the test user; empty string on success.
inline QString onServer(const QString &database, const QStringList &statements)
{
    const QString name = QStringLiteral("test-admin");
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!database.isEmpty())
            db.setDatabaseName(database);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    problem = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

// The URL of an empty newsroom on `backend`; QFAIL-style message in `problem`.
inline QString freshNewsroomUrl(const QString &backend, const QTemporaryDir &dir, QString *problem)
{
    static int counter = 0;
    if (backend == u"sqlite")
        return dir.filePath(QStringLiteral("newsroom-%1.sqlite").arg(++counter));

    const auto env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("PGHOST")) && !env.contains(QStringLiteral("PGPORT"))) {
        *problem = QStringLiteral("No PostgreSQL server: PGHOST/PGPORT are not set. Run the suite with 'packaging/devenv test'.");
        return {};
    }
    static bool created = false;
    if (!created) {
        const QString error = onServer({}, {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(postgresDatabase()),
                                            QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(postgresDatabase())});
        if (!error.isEmpty()) {
            *problem = error;
            return {};
        }
        created = true;
    }
    const QString error = onServer(postgresDatabase(), {QStringLiteral("DROP SCHEMA IF EXISTS public CASCADE"),
                                                        QStringLiteral("CREATE SCHEMA public")});
    if (!error.isEmpty()) {
        *problem = error;
        return {};
    }
    // No host, port or user: libpq takes them from the environment.
    return QStringLiteral("postgresql:///") + postgresDatabase();
}

inline void dropPostgresDatabase()
{
    if (QProcessEnvironment::systemEnvironment().contains(QStringLiteral("PGPORT")))
        onServer({}, {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(postgresDatabase())});
}

} // namespace TestBackends
