#include "portalquestionmarker.h"

#include "pgconnectlike.h"
#include "sqlsupport.h"

#include <libpq-fe.h>

#include <cstring>
#include <vector>

namespace PortalDesk::Models {

namespace {

// The contact details go even from a row the portal's moderators marked
// spam meanwhile; its status stays theirs.
constexpr const char *takenSql =
    "UPDATE portal_questions SET status = CASE WHEN status = 'new' THEN 'received' ELSE status END,"
    " asker_email = '', asker_phone = '', asker_address = '' WHERE uuid = ANY ($1::text[])";
constexpr const char *refusedSql = "UPDATE portal_questions SET status = 'refused' WHERE status = 'new' AND uuid = ANY ($1::text[])";

} // namespace

PortalQuestionMarker::~PortalQuestionMarker()
{
    if (!m_connection)
        return;
    // What was sent concerns rows the newsroom has: let the server finish.
    wait();
    PQfinish(m_connection);
}

bool PortalQuestionMarker::open(PGconn *like)
{
    m_connection = connectPostgresLike(like, &m_error);
    return m_connection != nullptr;
}

bool PortalQuestionMarker::mark(const QStringList &taken, const QStringList &refused)
{
    return (taken.isEmpty() || send(takenSql, taken)) && (refused.isEmpty() || send(refusedSql, refused));
}

bool PortalQuestionMarker::send(const QByteArray &sql, const QStringList &ids)
{
    if (!wait())
        return false;
    const QByteArray array = postgresArray(ids).toUtf8();
    const char *values[] = {array.constData()};
    if (!PQsendQueryParams(m_connection, sql.constData(), 1, nullptr, values, nullptr, nullptr, 0)) {
        m_error = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
        return false;
    }
    m_pending = true;
    return true;
}

bool PortalQuestionMarker::wait()
{
    if (!m_pending)
        return m_error.isEmpty();
    m_pending = false;
    while (PGresult *result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && m_error.isEmpty())
            m_error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    return m_error.isEmpty();
}

} // namespace PortalDesk::Models
