#include "sqlitequestioninsert.h"

#include "questionstore.h"
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

// Bound as UTF-8 made by Qt (for 10,000 questions 172 million instructions
// with the binding, against 248 million for SQLite's own translation of
// UTF-16; callgrind), without a copy: `utf8` must live until the statement
// has run.
int bindText(sqlite3_stmt *statement, int index, const QString &text, QByteArray &utf8)
{
    utf8 = text.toUtf8();
    return sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

} // namespace

SqliteQuestionInsert::SqliteQuestionInsert(const QSqlDatabase &db)
    : m_db(db)
{
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_connection = *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteQuestionInsert::~SqliteQuestionInsert()
{
    sqlite3_finalize(m_question);
    sqlite3_finalize(m_contact);
    if (m_checksOff)
        sqlite3_exec(m_connection, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
}

Status SqliteQuestionInsert::prepare()
{
    if (!m_connection)
        return Error{ErrorCode::Failed, QCoreApplication::translate("Database", "Not connected to an SQLite newsroom.")};
    static constexpr char question[] =
        "INSERT INTO questions (id, title, body, field, asker_shown, submitted_at, received_at, updated_at, folded)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";
    static constexpr char contact[] = "INSERT INTO question_askers (question_id, name, email, phone, address) VALUES (?, ?, ?, ?, ?)";
    // The table's one CHECK, state IN (ten states), makes SQLite build a
    // temporary index of the ten for every row it checks: a third of the
    // insert's work (callgrind). This insert leaves the state to its
    // default, 'received', one of the ten, so the connection skips CHECKs
    // while this object lives (the pragma is read when a statement is
    // compiled, and changing it recompiles them all) and checks again once
    // it is gone: keep it in a scope of its own around the inserts.
    if (sqlite3_exec(m_connection, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr) != SQLITE_OK)
        return lastError();
    m_checksOff = true;
    if (sqlite3_prepare_v2(m_connection, question, -1, &m_question, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(m_connection, contact, -1, &m_contact, nullptr) != SQLITE_OK)
        return lastError();
    return Done{};
}

Result<bool> SqliteQuestionInsert::add(const IncomingQuestion &q, const QString &folded, const QString &now)
{
    // Each value kept in a variable of its own until the statement has run.
    const QString field = nonNull(q.field);
    const QString shown = nonNull(q.asker.name.trimmed());
    const QString submitted = toStamp(q.submittedAt);
    const std::array<const QString *, 9> values{&q.id, &q.title, &q.body, &field, &shown, &submitted, &now, &now, &folded};
    std::array<QByteArray, 9> utf8;
    for (int i = 0; i < int(values.size()); ++i) {
        if (bindText(m_question, i + 1, *values[size_t(i)], utf8[size_t(i)]) != SQLITE_OK)
            return lastError();
    }
    const int stepped = sqlite3_step(m_question);
    const bool added = stepped == SQLITE_DONE && sqlite3_changes(m_connection) > 0;
    if (stepped != SQLITE_DONE) {
        const Error error = lastError();
        sqlite3_reset(m_question);
        return error;
    }
    sqlite3_reset(m_question);
    if (!added)
        return false;  // pulled before

    const QString name = nonNull(q.asker.name);
    const QString email = nonNull(q.asker.email);
    const QString phone = nonNull(q.asker.phone);
    const QString address = nonNull(q.asker.address);
    const std::array<const QString *, 5> contact{&q.id, &name, &email, &phone, &address};
    std::array<QByteArray, 5> contactUtf8;
    for (int i = 0; i < int(contact.size()); ++i) {
        if (bindText(m_contact, i + 1, *contact[size_t(i)], contactUtf8[size_t(i)]) != SQLITE_OK)
            return lastError();
    }
    if (sqlite3_step(m_contact) != SQLITE_DONE) {
        const Error error = lastError();
        sqlite3_reset(m_contact);
        return error;
    }
    sqlite3_reset(m_contact);
    return true;
}

Error SqliteQuestionInsert::lastError() const
{
    // As Qt's driver would report it, so that a full disk reads the same.
    const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(m_connection)), QSqlError::StatementError,
                          QString::number(sqlite3_extended_errcode(m_connection)));
    if (auto full = diskFullError(error, m_db.driver()))
        return *full;
    return Error{ErrorCode::Failed, sqlReason(error)};
}

} // namespace PortalDesk::Models
