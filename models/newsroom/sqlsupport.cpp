#include "sqlsupport.h"

#include "redaction.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QVariant>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <QTimeZone>
#include <QSqlRecord>
#include <QRegularExpression>

#include <cerrno>

#include <dlfcn.h>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

// A PostgreSQL error as libpq words it, without the statement it came from.
// Besides the message, DETAIL and HINT, libpq adds lines that quote the
// statement: "LINE 1: …" with a caret under it, "QUERY: …", and CONTEXT,
// which for a statement a server function ran with EXECUTE is that
// statement, values and all (the password verifier of ALTER ROLE …
// PASSWORD, a whole article body). Those go; so does the quoted fragment of
// "syntax error at or near "…"".
QString withoutStatements(const QString &text)
{
    static const QRegularExpression quoting(QStringLiteral(R"(^(CONTEXT|QUERY|STATEMENT|INTERNAL QUERY|LINE \d+):)"));
    static const QRegularExpression field(
        QStringLiteral(R"(^(ERROR|FATAL|PANIC|WARNING|DETAIL|HINT):|^\([0-9A-Z]{5}\)$)"));
    QStringList kept;
    bool dropping = false;
    for (QString line : text.split(u'\n')) {
        if (quoting.match(line).hasMatch())
            dropping = true;
        else if (field.match(line).hasMatch())
            dropping = false;
        if (dropping)
            continue;
        if (const qsizetype near = line.indexOf(QLatin1StringView(" at or near \"")); near >= 0) {
            line.truncate(near);
            dropping = true;  // the fragment runs on over the lines it holds
        }
        kept.append(line);
    }
    return kept.join(u'\n');
}

} // namespace

QString sqlReason(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return withoutSecrets(withoutStatements(text)).simplified();
}

namespace {

// SQLite's primary result codes (sqlite3.h). This library does not link
// SQLite: Qt's driver plugin brings it (only the questions' pull, in
// models/qa, uses its API directly).
constexpr int sqliteIoErr = 10;
constexpr int sqliteFull = 13;

// The errno behind SQLite's last I/O error on a connection, from
// sqlite3_system_errno() of the library Qt's driver loaded, looked up at run
// time; 0 when it cannot be known.
int sqliteSystemErrno(const QSqlDriver *driver)
{
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return 0;
    void *connection = *static_cast<void *const *>(handle.constData());
    using SystemErrno = int (*)(void *);
    static const SystemErrno systemErrno = [] {
        void *library = dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD);
        return library ? reinterpret_cast<SystemErrno>(dlsym(library, "sqlite3_system_errno")) : nullptr;
    }();
    return systemErrno && connection ? systemErrno(connection) : 0;
}

} // namespace

std::optional<Error> diskFullError(const QSqlError &error, const QSqlDriver *driver)
{
    if (!driver)
        return std::nullopt;
    if (driver->dbmsType() == QSqlDriver::PostgreSQL) {
        if (error.nativeErrorCode() != u"53100")  // disk_full
            return std::nullopt;
        return Error{ErrorCode::Failed,
                     QCoreApplication::translate("Database", "The disk of the newsroom's server is full: what PortalDesk "
                                                             "was writing was not saved. Ask the server's administrator "
                                                             "to free some space.")};
    }
    if (driver->dbmsType() != QSqlDriver::SQLite)
        return std::nullopt;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;  // extended codes keep the primary one in the low byte
    if (!ok)
        return std::nullopt;
    // A full disk is SQLITE_FULL when SQLite writes its pages, but a plain
    // I/O error when it grows its shared-memory file (-shm) or syncs: then
    // errno tells. Over a quota or the process's file size limit (EFBIG)
    // the remedy is the same.
    if (code != sqliteFull) {
        const int cause = code == sqliteIoErr ? sqliteSystemErrno(driver) : 0;
        if (cause != ENOSPC && cause != EDQUOT && cause != EFBIG)
            return std::nullopt;
    }
    return Error{ErrorCode::Failed,
                 QCoreApplication::translate("Database", "The disk is full: PortalDesk could not write to the newsroom, "
                                                         "and what it was writing was not saved. Free some space and try "
                                                         "again.")};
}

Error databaseError(const QSqlQuery &query)
{
    if (auto full = diskFullError(query.lastError(), query.driver()))
        return *full;
    // insufficient_privilege: a shared newsroom's server refusing a staff
    // role what its rights do not allow.
    if (query.lastError().nativeErrorCode() == u"42501") {
        return Error{ErrorCode::Denied, QCoreApplication::translate("Database", "The newsroom's server does not allow "
                                                                                "this for your account: %1")
                                            .arg(sqlReason(query.lastError()))};
    }
    return Error{ErrorCode::Failed, sqlReason(query.lastError())};
}

QString idList(const QSqlDatabase &db, const QString &type)
{
    if (db.driverName() == u"QPSQL")
        return u"(SELECT CAST(value AS %1) AS value FROM json_array_elements_text(CAST(? AS json)) AS value)"_s.arg(type);
    return u"(SELECT CAST(value AS %1) AS value FROM json_each(?))"_s.arg(type);
}

QString jsonArray(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QString jsonArray(const QList<qint64> &ids)
{
    QString text = u"["_s;
    for (qint64 id : ids) {
        if (text.size() > 1)
            text += u',';
        text += QString::number(id);
    }
    return text + u']';
}

QString toStamp(const QDateTime &time)
{
    // "2026-11-28T08:00:00.000Z" written digit by digit from the instant:
    // a pull of 100,000 questions stamps each, and QDateTime's conversion
    // to UTC and general formatter were 8 % of its writing (callgrind).
    // Years outside 1–9999 go to Qt, as do invalid times (an empty string).
    if (!time.isValid())
        return {};
    constexpr qint64 msPerDay = 86'400'000;
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 days = ms >= 0 ? ms / msPerDay : -((-ms + msPerDay - 1) / msPerDay);
    const qint64 inDay = ms - days * msPerDay;
    int year = 0, month = 0, day = 0;
    QDate::fromJulianDay(QDate(1970, 1, 1).toJulianDay() + days).getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return time.toUTC().toString(Qt::ISODateWithMs);
    char16_t text[24];
    const auto put = [&text](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    text[10] = u'T';
    put(11, inDay / 3'600'000, 2);
    text[13] = u':';
    put(14, inDay / 60'000 % 60, 2);
    text[16] = u':';
    put(17, inDay / 1000 % 60, 2);
    text[19] = u'.';
    put(20, inDay % 1000, 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

QString nowStamp()
{
    return toStamp(QDateTime::currentDateTimeUtc());
}

QDateTime fromStamp(const QString &text)
{
    // Our own stamps, "2026-11-28T08:00:00.000Z", read digit by digit: a
    // list of 10,000 rows reads 50,000 of them, and QDateTime's general ISO
    // parser took most of that time. Anything else goes to it.
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        bool ok = true;
        const auto number = [&](qsizetype from, qsizetype length) {
            int value = 0;
            for (qsizetype i = from; i < from + length; ++i) {
                const char16_t c = text.at(i).unicode();
                if (c < u'0' || c > u'9') {
                    ok = false;
                    return 0;
                }
                value = value * 10 + (c - u'0');
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (ok && date.isValid() && time.isValid())
            return QDateTime(date, time, QTimeZone::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

bool isPostgres(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

QString postgresArray(const QStringList &values)
{
    QStringList quoted;
    for (QString value : values)
        quoted << u'"' + value.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")) + u'"';
    return u'{' + quoted.join(u',') + u'}';
}

QByteArray postgresBinaryTextArray(const QList<QByteArray> &values)
{
    qsizetype size = 20;
    for (const QByteArray &value : values)
        size += 4 + value.size();
    QByteArray array;
    array.reserve(size);
    const auto add = [&array](quint32 number) {
        const quint32 big = qToBigEndian(number);
        array.append(reinterpret_cast<const char *>(&big), sizeof big);
    };
    add(1);   // dimensions
    add(0);   // no NULLs
    add(25);  // of text
    add(quint32(values.size()));
    add(1);   // first index
    for (const QByteArray &value : values) {
        add(quint32(value.size()));
        array.append(value);
    }
    return array;
}

Result<QVariantList> callServer(const QSqlDatabase &db, const QString &call, const QVariantList &arguments)
{
    QSqlQuery query(db);
    if (!query.prepare(call))
        return databaseError(query);
    for (const QVariant &argument : arguments)
        query.addBindValue(argument);
    if (!query.exec() || !query.next())
        return databaseError(query);
    QVariantList row;
    for (int i = 0; i < query.record().count(); ++i)
        row << query.value(i);
    query.finish();
    return row;
}

Error serverOutcomeError(const QString &outcome, const QString &what)
{
    if (outcome == u"refused")
        return Error{ErrorCode::Denied, QCoreApplication::translate("ServerOutcome", "The server refused: you may not change %1 now.").arg(what)};
    if (outcome == u"not_found")
        return Error{ErrorCode::NotFound, QCoreApplication::translate("ServerOutcome", "%1 is no longer in the newsroom.").arg(what)};
    if (outcome == u"conflict")
        return Error{ErrorCode::Conflict, QCoreApplication::translate("ServerOutcome", "%1 was changed by someone else meanwhile; reopen it.").arg(what)};
    if (outcome == u"closed" || outcome == u"in_issue")
        return Error{ErrorCode::Conflict, QCoreApplication::translate("ServerOutcome", "%1 is in review or approved, and does not change now.").arg(what)};
    if (outcome == u"taken")
        return Error{ErrorCode::Conflict, QCoreApplication::translate("ServerOutcome", "%1 is already taken.").arg(what)};
    if (outcome == u"too_large")
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("ServerOutcome", "%1 is too long for the newsroom.").arg(what)};
    if (outcome == u"needs_reason")
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("ServerOutcome", "Say why %1 is sent back or withdrawn.").arg(what)};
    if (outcome == u"invalid")
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("ServerOutcome", "The server found %1 not valid and kept nothing of it.").arg(what)};
    return Error{ErrorCode::InvalidInput, QCoreApplication::translate("ServerOutcome", "The server did not accept %1 (%2).").arg(what, outcome)};
}

namespace {

// How many WriteTransactions are open on each connection of this thread
// (a connection belongs to the thread that opened it).
thread_local QHash<QString, int> openTransactions;

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    const int depth = openTransactions.value(m_db.connectionName());
    if (depth > 0) {
        m_savepoint = u"portaldesk_nested_%1"_s.arg(depth);
        m_begun = query.exec(u"SAVEPOINT "_s + m_savepoint);
    } else {
        const bool sqlite = m_db.driver() && m_db.driver()->dbmsType() == QSqlDriver::SQLite;
        m_begun = query.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    }
    if (m_begun)
        openTransactions[m_db.connectionName()] = depth + 1;
    else
        m_error = databaseError(query);
}

WriteTransaction::~WriteTransaction()
{
    if (m_begun && !m_done)
        rollback();
}

void WriteTransaction::rollback()
{
    QSqlQuery query(m_db);
    if (m_savepoint.isEmpty()) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(u"ROLLBACK TO SAVEPOINT "_s + m_savepoint);
        query.exec(u"RELEASE SAVEPOINT "_s + m_savepoint);
    }
    close();
}

void WriteTransaction::close()
{
    m_done = true;
    const QString name = m_db.connectionName();
    if (int &depth = openTransactions[name]; --depth <= 0)
        openTransactions.remove(name);
}

Status WriteTransaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : u"RELEASE SAVEPOINT "_s + m_savepoint)) {
        Error error = databaseError(query);
        rollback();
        return error;
    }
    close();
    return Done{};
}

PGconn *postgresConnection(const QSqlDatabase &db)
{
    if (!db.driver() || db.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return nullptr;
    // Qt declares the handle's type as the struct libpq's typedef names.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace PortalDesk::Models
