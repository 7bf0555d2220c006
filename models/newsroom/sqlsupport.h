#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlDriver;
class QSqlError;
class QSqlQuery;
typedef struct pg_conn PGconn;

namespace PortalDesk::Models {

// Small pieces every SQL writer here uses.

// The database's words for an error, in one line, without the statement it
// came from and without any password or password verifier it quoted.
QString sqlReason(const QSqlError &error);
// A query's error as the user is told it: a full disk as such, the server
// refusing a staff role as Denied, anything else as Failed with sqlReason().
Error databaseError(const QSqlQuery &query);
// The error told as "the disk is full" when that is why the database failed
// (SQLite: SQLITE_FULL, or an I/O error from ENOSPC, EDQUOT or EFBIG;
// PostgreSQL: disk_full); else nothing.
std::optional<Error> diskFullError(const QSqlError &error, const QSqlDriver *driver);

// "?,?,?": the placeholders of an IN list or a VALUES row.
inline QString placeholders(qsizetype count)
{
    QString text;
    text.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return text;
}

// A long list of ids bound as one JSON array instead of one placeholder
// each: `idList(db)` is a subquery giving the array's elements as a column
// named value (SQLite's json_each, PostgreSQL's json_array_elements_text),
// `jsonArray` the text to bind. A sync marks thousands of entries at a time,
// and binding each cost more than the rows it names.
QString idList(const QSqlDatabase &db, const QString &type = QStringLiteral("TEXT"));
QString jsonArray(const QStringList &ids);
QString jsonArray(const QList<qint64> &ids);

// A null QString binds as SQL NULL; our text columns are NOT NULL.
inline QString nonNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Timestamps are stored as ISO 8601 UTC text with milliseconds
// ("2026-11-28T08:00:00.000Z") on both backends: they sort as text, read the
// same in sqlite3 and psql, and need no per-driver conversion.
QString toStamp(const QDateTime &time);
QString nowStamp();
QDateTime fromStamp(const QString &text);

// One write transaction: BEGIN IMMEDIATE on SQLite (the write lock up front,
// so that two writers never deadlock upgrading a read lock), BEGIN on
// PostgreSQL. Rolls back on destruction unless committed.
//
// Opened while another is open on the same connection, it is a savepoint in
// that one: its commit keeps its work for the outer transaction to commit
// or roll back, its rollback undoes only its own. So a whole made of writes
// that each commit on their own (init --demo) can be one transaction.
class WriteTransaction final
{
    Q_DISABLE_COPY_MOVE(WriteTransaction)

public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();

    bool begun() const { return m_begun; }
    const Error &error() const { return m_error; }
    Status commit();

private:
    void rollback();
    void close();

    QSqlDatabase m_db;
    QString m_savepoint;  // empty for the outermost transaction
    bool m_begun = false;
    bool m_done = false;
    Error m_error;
};

bool isPostgres(const QSqlDatabase &db);

// Calls one of a shared newsroom's server functions (a whole SELECT, with
// ? for the arguments) and returns its first row: the outcome first, then
// what the function gives back. The caller's transaction, if any, holds it.
// A PostgreSQL array literal of the strings, for a ?::text[] argument.
QString postgresArray(const QStringList &values);
// The same in PostgreSQL's binary format (array_recv), for a libpq
// parameter of type text[] sent as binary: each value its length and its
// UTF-8, nothing to escape here or to parse on the server.
QByteArray postgresBinaryTextArray(const QList<QByteArray> &values);
Result<QVariantList> callServer(const QSqlDatabase &db, const QString &call, const QVariantList &arguments);

// The message for an outcome a server function refused with, when the
// desk's own checks (which word it better) did not see it coming: someone
// else changed the item meanwhile, or the desk was bypassed.
Error serverOutcomeError(const QString &outcome, const QString &what);

// libpq's connection under Qt's driver, for what Qt has no API for (COPY,
// password hashing); null for other backends.
PGconn *postgresConnection(const QSqlDatabase &db);

} // namespace PortalDesk::Models
