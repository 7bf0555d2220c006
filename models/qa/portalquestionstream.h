#pragma once

#include "questionstore.h"

#include <QByteArray>
#include <QString>

typedef struct pg_conn PGconn;

namespace PortalDesk::Models {

// The new rows of a PostgreSQL portal's form table, read as one
// `COPY (SELECT …) TO STDOUT` and handed over one row at a time as the
// server sends them. One scan of the table however many rows wait (a LIMIT
// per batch made the server find its place again each time), no QVariant
// per value, and the reading overlaps the newsroom's writing: the server
// produces the next rows while the desk stores the last ones.
//
// The connection is busy until the stream has ended (or is destroyed,
// which cancels the COPY and drains it).
class PortalQuestionStream final
{
    Q_DISABLE_COPY_MOVE(PortalQuestionStream)

public:
    explicit PortalQuestionStream(PGconn *connection);
    ~PortalQuestionStream();

    // Starts the COPY; false with error() when the server refused it.
    bool start();
    // The next row into `question`; false at the end or on an error (then
    // error() is not empty).
    bool next(IncomingQuestion &question);
    const QString &error() const { return m_error; }

    // One field of COPY's text format: a backslash escapes (\t, \n, \\,
    // octal, hex); everything else is the value's UTF-8 as it is.
    static QString decodeField(const char *begin, const char *end);

private:
    void finish();

    PGconn *m_connection = nullptr;
    bool m_copying = false;
    QString m_error;
};

} // namespace PortalDesk::Models
