#include "newsroom.h"

#include "migrations.h"
#include "sqlsupport.h"

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

} // namespace

QString defaultNewsroomPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/newsroom.sqlite");
}

Newsroom::Newsroom(NewsroomUrl url, QString connectionName)
    : m_url(std::move(url))
    , m_connectionName(std::move(connectionName))
{
    if (m_url.backend == NewsroomUrl::Backend::Sqlite)
        m_url.path = QFileInfo(m_url.path).absoluteFilePath();
    m_path = m_url.display();
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

Result<std::unique_ptr<Newsroom>> Newsroom::open(const NewsroomUrl &url, int schemaVersion)
{
    std::unique_ptr<Newsroom> newsroom(
        new Newsroom(url, QStringLiteral("newsroom-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (newsroom->isPostgres()) {
        if (Status connected = newsroom->connectPostgres(); !connected)
            return connected.error();
    } else {
        if (Status inspected = newsroom->inspectFile(); !inspected)
            return inspected.error();
        if (Status connected = newsroom->connectSqlite(); !connected)
            return connected.error();
    }
    if (Status migrated = newsroom->migrate(schemaVersion < 0 ? latestSchemaVersion() : schemaVersion); !migrated)
        return migrated.error();
    return newsroom;
}

// Everything that can refuse a file is checked before it is opened for
// writing, so a refused file is never touched.
Status Newsroom::inspectFile()
{
    const QFileInfo info(m_url.path);
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Error{ErrorCode::Failed, tr("Cannot create the folder %1 for the newsroom.").arg(info.absolutePath())};
        m_isNew = true;
        return Done{};
    }
    if (info.isDir())
        return Error{ErrorCode::InvalidInput, tr("%1 is a folder, not a newsroom file.").arg(m_path)};
    // Asked of stat, before anything opens it: opening a FIFO waits for a
    // writer for ever, and SQLite would put its journal beside a device
    // (/dev/null-journal).
    if (!info.isFile()) {
        return Error{ErrorCode::InvalidInput,
                     tr("%1 is not a regular file (it is a device, a pipe or a socket), so it cannot be a newsroom; "
                        "it was not opened.").arg(m_path)};
    }

    QFile file(m_url.path);
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
        probe.setDatabaseName(m_url.path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!probe.open())
            verdict = Error{ErrorCode::Failed, tr("Cannot open the newsroom %1: %2.").arg(m_path, sqlReason(probe.lastError()))};
        else
            verdict = inspectSchema(probe);
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    return verdict;
}

// A read that failed: the file is damaged, unless the disk is full (even
// reading a newsroom in WAL mode writes its -shm file).
Error Newsroom::damaged(const QSqlQuery &query) const
{
    if (auto full = diskFullError(query.lastError(), query.driver()))
        return *full;
    return Error{ErrorCode::InvalidInput,
                 tr("The newsroom %1 is damaged: %2.").arg(m_path, sqlReason(query.lastError()))};
}

// Refuses a database that holds something other than a newsroom, or a
// newsroom of a newer schema than this program knows.
Status Newsroom::inspectSchema(QSqlDatabase db)
{
    const bool postgres = Models::isPostgres(db);
    QSqlQuery query(db);
    const QString tables = postgres
        ? QStringLiteral("SELECT count(*), count(*) FILTER (WHERE tablename = 'schema_migrations')"
                         " FROM pg_tables WHERE schemaname = current_schema()")
        : QStringLiteral("SELECT count(*), coalesce(sum(name = 'schema_migrations'), 0) FROM sqlite_schema");
    if (!query.exec(tables) || !query.next())
        return damaged(query);
    if (query.value(0).toInt() == 0) {
        m_isNew = true;
        return Done{};
    }
    if (query.value(1).toInt() == 0)
        return Error{ErrorCode::InvalidInput, postgres
                         ? tr("The database %1 holds other tables and is not a PortalDesk newsroom.").arg(m_path)
                         : tr("%1 is an SQLite database but not a PortalDesk newsroom.").arg(m_path)};
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_migrations")) || !query.next())
        return damaged(query);
    if (const int version = query.value(0).toInt(); version > latestSchemaVersion()) {
        return Error{ErrorCode::InvalidInput,
                     tr("The newsroom %1 was written by a newer PortalDesk (schema version %2; this "
                        "program knows up to %3). Nothing was changed; please update PortalDesk.")
                         .arg(m_path)
                         .arg(version)
                         .arg(latestSchemaVersion())};
    }
    return Done{};
}

Status Newsroom::connectSqlite()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_url.path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{ErrorCode::Failed, tr("Cannot open the newsroom %1: %2.").arg(m_path, sqlReason(db.lastError()))};

    QSqlQuery query(db);
    // foreign_keys is a no-op inside a transaction: set it first.
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return Error{ErrorCode::Failed, tr("Cannot open the newsroom %1: %2.").arg(m_path, sqlReason(query.lastError()))};
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
        || query.value(0).toString() != u"wal") {
        if (auto full = diskFullError(query.lastError(), query.driver()))
            return *full;
        return Error{ErrorCode::Failed,
                     tr("Cannot switch the newsroom %1 to write-ahead logging: %2.").arg(m_path, sqlReason(query.lastError()))};
    }
    // With WAL, NORMAL syncs at checkpoints rather than at every commit: a
    // power cut may lose the last commits but never corrupts the file, and a
    // save no longer waits for the disk (SQLite's advice for WAL).
    if (!query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return Error{ErrorCode::Failed, tr("Cannot open the newsroom %1: %2.").arg(m_path, sqlReason(query.lastError()))};
    // SQLite's default page cache is 2 MiB; a newsroom of 100,000 articles or
    // questions is hundreds. Writes into its random-keyed indexes then read
    // and write the same pages over and over: a pull of 100,000 questions
    // took twice the CPU (tests/bench/bench_questions). The cache grows only
    // as pages are used, up to this bound.
    if (!query.exec(QStringLiteral("PRAGMA cache_size = -65536")))
        return Error{ErrorCode::Failed, tr("Cannot open the newsroom %1: %2.").arg(m_path, sqlReason(query.lastError()))};
    return Done{};
}

Status Newsroom::connectPostgres()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{ErrorCode::Failed, tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).")};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(m_url.host);
    if (m_url.port > 0)
        db.setPort(m_url.port);
    db.setDatabaseName(m_url.database);
    db.setConnectOptions(QStringLiteral("connect_timeout=5;tcp_user_timeout=5000;keepalives_idle=10;keepalives_interval=5;keepalives_count=2;application_name=PortalDesk"));
    if (Status opened = openPostgres(db); !opened)
        return opened;
    return inspectSchema(db);
}

Status Newsroom::openPostgres(QSqlDatabase &db)
{
    db.setUserName(m_url.user);
    // Without a password from a sign-in, libpq reads PGPASSWORD or ~/.pgpass.
    db.setPassword(m_url.password);
    if (!db.open()) {
        const QString reason = sqlReason(db.lastError());
        // libpq reports a refused login only in words.
        if (!m_url.user.isEmpty()
            && (reason.contains(u"password authentication failed") || reason.contains(QStringLiteral("role \"%1\" does not exist").arg(m_url.user))
                || reason.contains(u"no password supplied"))) {
            return Error{ErrorCode::Denied, tr("Wrong login or password for '%1'.").arg(m_url.user)};
        }
        if (reason.contains(u"not permitted to log in"))
            return Error{ErrorCode::Denied, tr("The account '%1' is disabled.").arg(m_url.user)};
        return Error{ErrorCode::Failed, tr("Cannot connect to the newsroom %1: %2.").arg(m_path, reason)};
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SET client_min_messages = warning")))
        return Error{ErrorCode::Failed, tr("Cannot open the newsroom %1: %2.").arg(m_path, sqlReason(query.lastError()))};
    return Done{};
}

Status Newsroom::signInAs(const QString &login, const QString &password)
{
    if (!isPostgres())
        return Error{ErrorCode::Failed, tr("An embedded newsroom keeps its own users.")};
    QSqlDatabase db = database();
    if (db.isOpen() && m_url.user == login && m_url.password == password)
        return Done{};
    const NewsroomUrl previous = m_url;
    db.close();
    m_url.user = login;
    m_url.password = password;
    Status opened = openPostgres(db);
    if (!opened) {
        m_url = previous;
        (void)openPostgres(db);
    }
    return opened;
}

Status Newsroom::reconnect()
{
    if (!isPostgres())
        return Done{};
    QSqlDatabase db = database();
    db.close();
    return openPostgres(db);
}

bool Newsroom::isReachable() const
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

Status Newsroom::migrate(int targetVersion)
{
    QSqlDatabase db = database();
    const bool postgres = isPostgres();
    QSqlQuery query(db);
    const auto failed = [&](const Error &cause) {
        // A shared newsroom's staff may not change its schema.
        if (cause.code == ErrorCode::Denied) {
            return Error{ErrorCode::Denied,
                         tr("The newsroom %1 needs an update (schema %2) that only its owner may make; ask the "
                            "administrator to run \"portaldesk-cli init\" as the owner.").arg(m_path).arg(targetVersion)};
        }
        return Error{ErrorCode::Failed,
                     tr("Cannot update the newsroom %1 to the current schema: %2.").arg(m_path, cause.message)};
    };
    // Reads the version under the write lock, so that two PortalDesks
    // opening the same old newsroom do not both apply a step.
    const auto lockAndReadVersion = [&]() {
        if (postgres && !query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(74221501)")))
            return false;
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
            return failed(databaseError(query));
        m_schemaVersion = query.value(0).toInt();
        query.finish();
        if (m_schemaVersion >= targetVersion)
            return Done{};
    }

    for (const Migration &migration : newsroomMigrations()) {
        if (migration.version <= m_schemaVersion || migration.version > targetVersion)
            continue;
        WriteTransaction transaction(db);
        if (!transaction.begun())
            return failed(transaction.error());
        if (!lockAndReadVersion())
            return failed(databaseError(query));
        if (migration.version <= m_schemaVersion)
            continue;  // another PortalDesk applied it meanwhile
        for (const QString &statement : postgres ? migration.postgres : migration.sqlite) {
            if (!query.exec(statement))
                return failed(databaseError(query));
        }
        if (migration.backfill) {
            if (Status filled = migration.backfill(db); !filled)
                return failed(filled.error());
        }
        query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(nowStamp());
        if (!query.exec())
            return failed(databaseError(query));
        if (Status committed = transaction.commit(); !committed)
            return failed(committed.error());
        m_schemaVersion = migration.version;
    }
    return Done{};
}

} // namespace PortalDesk::Models
