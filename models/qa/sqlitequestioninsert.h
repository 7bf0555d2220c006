#pragma once

#include "result.h"

#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

namespace PortalDesk::Models {

struct IncomingQuestion;

// An SQLite newsroom's insert of pulled questions (and their askers'
// contact details), through SQLite's own API on Qt's connection, inside the
// caller's transaction. QSqlQuery costs a QVariant, a placeholder name and a
// hash lookup per bound value: with fourteen values a question, 15 % of the
// newsroom's side of a pull (callgrind, 10,000 questions). The text is bound
// as UTF-8, which SQLite stores as it is. While this object lives, the
// connection skips CHECK constraints (see prepare()): nothing else may write
// on it meanwhile.
class SqliteQuestionInsert final
{
    Q_DISABLE_COPY_MOVE(SqliteQuestionInsert)

public:
    // `db` is an open SQLite newsroom; prepare() tells whether it can be used.
    explicit SqliteQuestionInsert(const QSqlDatabase &db);
    ~SqliteQuestionInsert();

    Status prepare();
    // True when added, false when pulled before (the id is there already).
    // `folded` is the title as the queue's search matches it; `now` the stamp of receipt.
    Result<bool> add(const IncomingQuestion &question, const QString &folded, const QString &now);

private:
    Error lastError() const;

    QSqlDatabase m_db;
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_question = nullptr;
    sqlite3_stmt *m_contact = nullptr;
    bool m_checksOff = false;
};

} // namespace PortalDesk::Models
