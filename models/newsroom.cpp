#include "newsroom.h"

#include "migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace PortalDesk::Models {

namespace {

constexpr QByteArrayView sqliteMagic{"SQLite format 3\0", 16};

// SQLite's own wording is English and technical; the user gets ours with it.
QString sqlReason(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

} // namespace

QString defaultNewsroomPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/newsroom.sqlite");
}

Newsroom::Newsroom(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Newsroom::~Newsroom()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Newsroom::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Newsroom>> Newsroom::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    std::unique_ptr<Newsroom> newsroom(new Newsroom(
        absolute, QStringLiteral("newsroom-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));

    if (Status inspected = newsroom->inspectExisting(); !inspected)
        return inspected.error();
    if (Status connected = newsroom->connect(); !connected)
        return connected.error();
    if (Status migrated = newsroom->migrate(); !migrated)
        return migrated.error();
    return newsroom;
}

// Everything that can refuse a file is checked before it is opened for
// writing, so a refused file is never touched.
Status Newsroom::inspectExisting()
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Error{ErrorCode::Failed, tr("Cannot create the folder %1 for the newsroom.").arg(info.absolutePath())};
        m_isNew = true;
        return Done{};
    }
    if (info.isDir())
        return Error{ErrorCode::InvalidInput, tr("%1 is a folder, not a newsroom file.").arg(m_path)};

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Failed, tr("Cannot read the newsroom %1: %2.").arg(m_path, file.errorString())};
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty()) {
        m_isNew = true;  // SQLite treats an empty file as an empty database
        return Done{};
    }
    if (header.size() < 100 || !header.startsWith(sqliteMagic))
        return Error{ErrorCode::InvalidInput, tr("%1 is not a PortalDesk newsroom: it is not an SQLite database.").arg(m_path)};

    // Look inside read-only.
    const QString probeName = m_connectionName + QStringLiteral("-probe");
    Status verdict = Done{};
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        probe.setDatabaseName(m_path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!probe.open()) {
            verdict = Error{ErrorCode::Failed, tr("Cannot open the newsroom %1: %2.").arg(m_path, sqlReason(probe.lastError()))};
        } else {
            QSqlQuery query(probe);
            if (!query.exec(QStringLiteral("SELECT count(*), sum(name = 'schema_migrations') FROM sqlite_schema"))
                || !query.next()) {
                verdict = Error{ErrorCode::InvalidInput,
                                tr("The newsroom %1 is damaged: %2.").arg(m_path, sqlReason(query.lastError()))};
            } else if (query.value(0).toInt() == 0) {
                m_isNew = true;
            } else if (query.value(1).toInt() == 0) {
                verdict = Error{ErrorCode::InvalidInput,
                                tr("%1 is an SQLite database but not a PortalDesk newsroom.").arg(m_path)};
            } else if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_migrations")) || !query.next()) {
                verdict = Error{ErrorCode::InvalidInput,
                                tr("The newsroom %1 is damaged: %2.").arg(m_path, sqlReason(query.lastError()))};
            } else if (const int version = query.value(0).toInt(); version > latestSchemaVersion()) {
                verdict = Error{ErrorCode::InvalidInput,
                                tr("The newsroom %1 was written by a newer PortalDesk (schema version %2; this "
                                   "program knows up to %3). Nothing was changed; please update PortalDesk.")
                                    .arg(m_path)
                                    .arg(version)
                                    .arg(latestSchemaVersion())};
            }
            query.finish();
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    return verdict;
}

Status Newsroom::connect()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{ErrorCode::Failed, tr("Cannot open the newsroom %1: %2.").arg(m_path, sqlReason(db.lastError()))};

    QSqlQuery query(db);
    // foreign_keys is a no-op inside a transaction: set it first.
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return Error{ErrorCode::Failed, tr("Cannot open the newsroom %1: %2.").arg(m_path, sqlReason(query.lastError()))};
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
        || query.value(0).toString() != u"wal") {
        return Error{ErrorCode::Failed,
                     tr("Cannot switch the newsroom %1 to write-ahead logging: %2.").arg(m_path, sqlReason(query.lastError()))};
    }
    return Done{};
}

Status Newsroom::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const auto failed = [&](const QSqlQuery &q) {
        const QString reason = sqlReason(q.lastError());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Error{ErrorCode::Failed, tr("Cannot update the newsroom %1 to the current schema: %2.").arg(m_path, reason)};
    };
    const auto readVersion = [&]() {
        if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                       " version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"))
            || !query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) || !query.next()) {
            return false;
        }
        m_schemaVersion = query.value(0).toInt();
        query.finish();
        return true;
    };

    if (!m_isNew) {
        if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) || !query.next())
            return failed(query);
        m_schemaVersion = query.value(0).toInt();
        query.finish();
        if (m_schemaVersion == latestSchemaVersion())
            return Done{};
    }

    for (const Migration &migration : newsroomMigrations()) {
        if (migration.version <= m_schemaVersion)
            continue;
        // BEGIN IMMEDIATE takes the write lock up front; the version is read
        // again under it, so two PortalDesks opening the same old file do not
        // both apply a step.
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")) || !readVersion())
            return failed(query);
        if (migration.version <= m_schemaVersion) {
            if (!query.exec(QStringLiteral("COMMIT")))
                return failed(query);
            continue;
        }
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement))
                return failed(query);
        }
        query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!query.exec() || !query.exec(QStringLiteral("COMMIT")))
            return failed(query);
        m_schemaVersion = migration.version;
    }
    return Done{};
}

} // namespace PortalDesk::Models
