#include "portalquestionstream.h"

#include <QTimeZone>

#include <libpq-fe.h>

#include <cstring>

namespace PortalDesk::Models {

namespace {

// No ORDER BY: the order does not matter to the newsroom (every row of a pull
// is received at once), and without it the server picks the plan by what
// waits: a sequential scan when the whole table is new, the partial index
// portal_questions_new when a few rows are among years of received ones.
// The time as milliseconds since 1970: exact, and no date parsing here.
constexpr const char *copySql =
    "COPY (SELECT uuid, asker_name, asker_email, asker_phone, asker_address, title, body, field,"
    " floor(extract(epoch FROM submitted_at) * 1000)::bigint"
    " FROM portal_questions WHERE status = 'new') TO STDOUT";

constexpr int columnCount = 9;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

PortalQuestionStream::PortalQuestionStream(PGconn *connection)
    : m_connection(connection)
{
}

PortalQuestionStream::~PortalQuestionStream()
{
    if (!m_copying)
        return;
    // Left before the end (the newsroom refused a batch): stop the server
    // rather than read the rest, then drain what is already on its way so
    // that the connection can be used again.
    if (PGcancel *cancel = PQgetCancel(m_connection)) {
        char reason[256];
        PQcancel(cancel, reason, sizeof reason);
        PQfreeCancel(cancel);
    }
    char *buffer = nullptr;
    while (PQgetCopyData(m_connection, &buffer, 0) >= 0)
        PQfreemem(buffer);
    finish();
}

bool PortalQuestionStream::start()
{
    PGresult *result = PQexec(m_connection, copySql);
    const bool copying = PQresultStatus(result) == PGRES_COPY_OUT;
    if (!copying)
        m_error = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
    PQclear(result);
    m_copying = copying;
    return copying;
}

void PortalQuestionStream::finish()
{
    m_copying = false;
    while (PGresult *result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && m_error.isEmpty())
            m_error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
}

bool PortalQuestionStream::next(IncomingQuestion &question)
{
    if (!m_copying)
        return false;
    char *buffer = nullptr;
    const int length = PQgetCopyData(m_connection, &buffer, 0);
    if (length < 0) {
        if (length == -2)
            m_error = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
        finish();
        return false;
    }
    // A row: nine fields separated by tabs, a newline at the end.
    const char *fields[columnCount + 1];
    const char *end = buffer + length;
    if (end > buffer && end[-1] == '\n')
        --end;
    int found = 0;
    fields[found++] = buffer;
    for (const char *p = buffer; found <= columnCount && (p = static_cast<const char *>(std::memchr(p, '\t', end - p))); ++p)
        fields[found++] = p + 1;
    if (found != columnCount) {
        PQfreemem(buffer);
        m_error = QStringLiteral("a row of %1 columns instead of %2").arg(found).arg(columnCount);
        return false;
    }
    fields[columnCount] = end + 1;
    const auto field = [&](int i) { return decodeField(fields[i], fields[i + 1] - 1); };
    question.id = field(0);
    question.asker = {field(1), field(2), field(3), field(4), {}};
    question.title = field(5);
    question.body = field(6);
    question.field = field(7);
    bool number = false;
    const qint64 ms = QByteArray::fromRawData(fields[8], end - fields[8]).toLongLong(&number);
    question.submittedAt = number ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC) : QDateTime();
    PQfreemem(buffer);
    return true;
}

QString PortalQuestionStream::decodeField(const char *begin, const char *end)
{
    const char *slash = static_cast<const char *>(std::memchr(begin, '\\', end - begin));
    if (!slash)
        return QString::fromUtf8(begin, end - begin);
    QByteArray bytes(begin, slash - begin);
    bytes.reserve(end - begin);
    for (const char *p = slash; p < end; ++p) {
        if (*p != '\\' || p + 1 == end) {
            bytes += *p;
            continue;
        }
        const char c = *++p;
        switch (c) {
        case 'b': bytes += '\b'; break;
        case 'f': bytes += '\f'; break;
        case 'n': bytes += '\n'; break;
        case 'r': bytes += '\r'; break;
        case 't': bytes += '\t'; break;
        case 'v': bytes += '\v'; break;
        case 'x': {
            int value = 0;
            int digits = 0;
            while (digits < 2 && p + 1 < end && hexDigit(p[1]) >= 0) {
                value = value * 16 + hexDigit(*++p);
                ++digits;
            }
            bytes += digits ? char(value) : 'x';
            break;
        }
        default:
            if (c >= '0' && c <= '7') {
                int value = c - '0';
                for (int digits = 1; digits < 3 && p + 1 < end && p[1] >= '0' && p[1] <= '7'; ++digits)
                    value = value * 8 + (*++p - '0');
                bytes += char(value);
            } else {
                bytes += c;  // \\ and any other character stands for itself
            }
        }
    }
    return QString::fromUtf8(bytes);
}

} // namespace PortalDesk::Models
