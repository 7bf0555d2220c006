#include "postgresquestionwriter.h"

#include "pgconnectlike.h"
#include "user.h"

#include <libpq-fe.h>

#include <algorithm>

namespace PortalDesk::Models {

PostgresQuestionWriter::PostgresQuestionWriter(PGconn *newsroom)
    : m_newsroom(newsroom)
{
}

PostgresQuestionWriter::~PostgresQuestionWriter()
{
    while (hasPending())
        (void)finishOldest();
    if (m_second)
        PQfinish(m_second);
}

PGconn *PostgresQuestionWriter::openLike(PGconn *like)
{
    QString error;  // a second connection refused: the pull goes on with one
    PGconn *connection = connectPostgresLike(like, &error);
    if (!connection)
        return nullptr;
    // As the newsroom's own connection is set up (Newsroom::openPostgres):
    // the server's notices are not the desk's to print.
    PGresult *set = PQexec(connection, "SET client_min_messages = warning");
    const bool ok = PQresultStatus(set) == PGRES_COMMAND_OK;
    PQclear(set);
    if (!ok) {
        PQfinish(connection);
        return nullptr;
    }
    return connection;
}

bool PostgresQuestionWriter::busy(PGconn *connection) const
{
    return std::find(m_pending.begin(), m_pending.end(), connection) != m_pending.end();
}

bool PostgresQuestionWriter::hasIdleConnection()
{
    if (!busy(m_newsroom))
        return true;
    if (!m_second && !m_triedSecond) {
        m_triedSecond = true;
        m_second = openLike(m_newsroom);
    }
    return m_second && !busy(m_second);
}

Status PostgresQuestionWriter::send(const QList<IncomingQuestion> &batch, const User &by)
{
    PGconn *connection = !busy(m_newsroom) ? m_newsroom : (m_second && !busy(m_second) ? m_second : nullptr);
    Q_ASSERT(connection);  // hasIdleConnection() first
    if (!connection)
        return QuestionStore::postgresSendError(QStringLiteral("no idle connection"));
    auto parameters = QuestionStore::postgresBatch(batch, by);
    if (!parameters)
        return parameters.error();
    if (!QuestionStore::sendPostgresBatch(connection, parameters.value()))
        return QuestionStore::postgresSendError(QString::fromUtf8(PQerrorMessage(connection)).trimmed());
    m_pending.push_back(connection);
    return Done{};
}

Result<int> PostgresQuestionWriter::finishOldest()
{
    if (m_pending.empty())
        return 0;
    PGconn *connection = m_pending.front();
    m_pending.pop_front();
    // The call's one result, then the end of it: the connection is idle
    // again only once PQgetResult has said so.
    Result<int> received = QuestionStore::postgresSendError(QString::fromUtf8(PQerrorMessage(connection)).trimmed());
    bool first = true;
    while (PGresult *result = PQgetResult(connection)) {
        if (first)
            received = QuestionStore::postgresReceived(result);
        first = false;
        PQclear(result);
    }
    return received;
}

} // namespace PortalDesk::Models
