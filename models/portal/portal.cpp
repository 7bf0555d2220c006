#include "portal.h"

#include "sqlsupport.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace PortalDesk::Models {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("portaldesk-portal-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The statements of a schema file: split at ';' ending a line, comments
// dropped (the files hold no procedural code).
QStringList statementsOf(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList statements;
    QString current;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString code = line.section(QStringLiteral("--"), 0, 0).trimmed();
        if (code.isEmpty())
            continue;
        current += code + u' ';
        if (code.endsWith(u';')) {
            current.chop(2);
            statements.append(current);
            current.clear();
        }
    }
    return statements;
}

} // namespace

Portal::Portal(const NewsroomUrl &url)
    : m_url(url)
    , m_connectionName(nextConnectionName())
{
}

Portal::~Portal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Portal>> Portal::open(const NewsroomUrl &url, const QString &password)
{
    // As for a newsroom: a FIFO would hold the open for ever, and SQLite
    // would put its journal beside a device.
    if (url.backend == NewsroomUrl::Backend::Sqlite && QFileInfo::exists(url.path) && !QFileInfo(url.path).isFile()) {
        return Error{ErrorCode::InvalidInput,
                     tr("%1 is not a regular file (it is a folder, a device, a pipe or a socket), so it cannot be a "
                        "portal database; it was not opened.").arg(url.path)};
    }
    std::unique_ptr<Portal> portal(new Portal(url));
    QString driver = QStringLiteral("QSQLITE");
    if (url.backend == NewsroomUrl::Backend::PostgreSql)
        driver = QStringLiteral("QPSQL");
    else if (url.backend == NewsroomUrl::Backend::MySql)
        driver = QStringLiteral("QMYSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error{ErrorCode::Failed, tr("Qt's %1 driver is not installed.").arg(driver)};
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, portal->m_connectionName);
    if (url.backend == NewsroomUrl::Backend::Sqlite) {
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(url.host);
        if (url.port > 0)
            db.setPort(url.port);
        db.setUserName(url.user);
        db.setDatabaseName(url.database);
        if (url.backend == NewsroomUrl::Backend::PostgreSql) {
            // Without a password from the desk, libpq reads PGPASSWORD or
            // ~/.pgpass itself.
            db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=PortalDesk-sync"));
            if (!password.isEmpty())
                db.setPassword(password);
        } else {
            db.setPassword(password.isEmpty() ? qEnvironmentVariable("PORTALDESK_PORTAL_PASSWORD") : password);
            db.setConnectOptions(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10"));
        }
    }
    if (Status connected = portal->connect(); !connected)
        return connected.error();
    return portal;
}

Result<NewsroomUrl> Portal::defaultUrl(const NewsroomUrl &newsroom)
{
    if (newsroom.backend != NewsroomUrl::Backend::Sqlite)
        return Error{ErrorCode::InvalidInput, tr("A PostgreSQL newsroom has no default portal; give --portal URL.")};
    return NewsroomUrl::sqlite(QFileInfo(newsroom.path).absoluteDir().filePath(QStringLiteral("portal.sqlite")));
}

Status Portal::connect()
{
    QSqlDatabase db = database();
    if (!db.open())
        return Error{ErrorCode::Failed, tr("Cannot connect to the portal %1: %2.").arg(m_url.display(), sqlReason(db.lastError()))};
    QSqlQuery query(db);
    if (m_url.backend == NewsroomUrl::Backend::PostgreSql)
        query.exec(QStringLiteral("SET client_min_messages = warning"));
    if (m_url.backend == NewsroomUrl::Backend::MySql) {
        // Text in full Unicode, times in UTC, and errors rather than silent
        // truncation of a value too long for its column.
        query.exec(QStringLiteral("SET NAMES utf8mb4"));
        query.exec(QStringLiteral("SET time_zone = '+00:00'"));
        query.exec(QStringLiteral("SET SESSION sql_mode = CONCAT(@@sql_mode, ',STRICT_ALL_TABLES')"));
    }
    return Done{};
}

bool Portal::answers() const
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

Status Portal::reconnect()
{
    QSqlDatabase db = database();
    db.close();
    return connect();
}

bool Portal::isTransient(const QSqlError &error)
{
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString code = error.nativeErrorCode();
    // PostgreSQL's SQLSTATEs: connection exceptions (class 08), serialization
    // failure, deadlock, lock not available, too many connections, the
    // server shutting down or starting.
    if (code.startsWith(QLatin1String("08")))
        return true;
    static const QStringList transient{
        QStringLiteral("40001"), QStringLiteral("40P01"), QStringLiteral("55P03"), QStringLiteral("53300"),
        QStringLiteral("57P01"), QStringLiteral("57P02"), QStringLiteral("57P03"),
        // MySQL/MariaDB: lock wait timeout, deadlock, server gone, connection lost.
        QStringLiteral("1205"), QStringLiteral("1213"), QStringLiteral("2006"), QStringLiteral("2013"),
        // SQLite: busy, locked.
        QStringLiteral("5"), QStringLiteral("6")};
    return transient.contains(code);
}

QSqlDatabase Portal::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Portal::init()
{
    const QString file = m_url.backend == NewsroomUrl::Backend::PostgreSql ? QStringLiteral("postgresql")
                         : m_url.backend == NewsroomUrl::Backend::MySql    ? QStringLiteral("mysql")
                                                                            : QStringLiteral("sqlite");
    const QStringList statements = statementsOf(QStringLiteral(":/portal/portal-%1.sql").arg(file));
    if (statements.isEmpty())
        return Error{ErrorCode::Failed, tr("The portal schema is missing from the program.")};
    WriteTransaction transaction(database());
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(database());
    for (const QString &statement : statements) {
        // A column added by a later version is there already when init
        // runs again (SQLite and MySQL 8 cannot say ADD COLUMN IF NOT EXISTS).
        const bool done = query.exec(statement);
        if (!done && statement.startsWith(QLatin1String("ALTER TABLE"))
            && query.lastError().text().contains(QLatin1String("uplicate column"), Qt::CaseInsensitive))
            continue;
        if (!done)
            return Error{ErrorCode::Failed, tr("Cannot create the portal schema in %1: %2.").arg(display(), sqlReason(query.lastError()))};
    }
    return transaction.commit();
}

} // namespace PortalDesk::Models
