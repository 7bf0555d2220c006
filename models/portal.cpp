#include "portal.h"

#include "sqlsupport.h"

#include <QAtomicInt>
#include <QFile>
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

Result<std::unique_ptr<Portal>> Portal::open(const NewsroomUrl &url)
{
    std::unique_ptr<Portal> portal(new Portal(url));
    const bool postgres = portal->isPostgres();
    const QString driver = postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error{ErrorCode::Failed, tr("Qt's %1 driver is not installed.").arg(driver)};
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, portal->m_connectionName);
    if (postgres) {
        db.setHostName(url.host);
        if (url.port > 0)
            db.setPort(url.port);
        db.setUserName(url.user);
        db.setDatabaseName(url.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=PortalDesk-sync"));
    } else {
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open())
        return Error{ErrorCode::Failed, tr("Cannot connect to the portal %1: %2.").arg(url.display(), sqlReason(db.lastError()))};
    if (postgres)
        QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    return portal;
}

QSqlDatabase Portal::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Portal::hasSchema() const
{
    return database().tables().contains(QStringLiteral("portal_articles"));
}

Status Portal::init()
{
    const QStringList statements =
        statementsOf(isPostgres() ? QStringLiteral(":/portal/portal-postgresql.sql") : QStringLiteral(":/portal/portal-sqlite.sql"));
    if (statements.isEmpty())
        return Error{ErrorCode::Failed, tr("The portal schema is missing from the program.")};
    WriteTransaction transaction(database());
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(database());
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return Error{ErrorCode::Failed, tr("Cannot create the portal schema in %1: %2.").arg(display(), sqlReason(query.lastError()))};
    }
    return transaction.commit();
}

} // namespace PortalDesk::Models
