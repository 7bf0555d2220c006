#include "sqlsupport.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace PortalDesk::Models {

QString sqlReason(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.simplified();
}

Error databaseError(const QSqlQuery &query)
{
    return Error{ErrorCode::Failed, sqlReason(query.lastError())};
}

QString toStamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString nowStamp()
{
    return toStamp(QDateTime::currentDateTimeUtc());
}

QDateTime fromStamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

bool isPostgres(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    const bool sqlite = m_db.driver() && m_db.driver()->dbmsType() == QSqlDriver::SQLite;
    m_begun = query.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (!m_begun)
        m_error = databaseError(query);
}

WriteTransaction::~WriteTransaction()
{
    if (m_begun && !m_done)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

Status WriteTransaction::commit()
{
    QSqlQuery query(m_db);
    m_done = true;
    if (!query.exec(QStringLiteral("COMMIT"))) {
        Error error = databaseError(query);
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return Done{};
}

} // namespace PortalDesk::Models
