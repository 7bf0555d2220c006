#pragma once

#include "questionstore.h"
#include "result.h"

#include <QString>

#include <deque>

typedef struct pg_conn PGconn;

namespace PortalDesk::Models {

struct User;

// Stores a pull's batches in a PostgreSQL newsroom without waiting for the
// server: each batch is one pd_qa_receive_columns call sent with libpq's
// asynchronous API, so the desk reads the next batch from the portal while
// the newsroom's server stores this one, and a second connection (opened
// with the newsroom connection's own parameters, so as the same user)
// stores another beside it. Storing is the server's work (its indexes, the
// askers' rows and their foreign key), and one server process does one
// batch at a time.
//
// receive() stores its one batch through it too, on the newsroom's own
// connection alone. Each call commits on its own: the pull marks a batch
// on the portal only once finishOldest() has returned it. Batches are
// returned in the order they were sent.
class PostgresQuestionWriter final
{
    Q_DISABLE_COPY_MOVE(PostgresQuestionWriter)

public:
    // `newsroom` is the newsroom's own connection, idle; it is used for the
    // first batch and is idle again once every batch has been finished.
    explicit PostgresQuestionWriter(PGconn *newsroom);
    // Waits for the batches still at the server (they commit or not), and
    // closes the connection it opened.
    ~PostgresQuestionWriter();

    // True if a batch sent now would not wait: a connection is idle, or a
    // second one could be opened. If it cannot (the server is at its
    // connection limit), the pull goes on with one.
    bool hasIdleConnection();
    // Sends a batch on an idle connection (call hasIdleConnection() first;
    // with none idle it waits for nothing and fails).
    Status send(const QList<IncomingQuestion> &batch, const User &by);
    bool hasPending() const { return !m_pending.empty(); }
    // Waits for the oldest batch sent: how many of its questions were new.
    Result<int> finishOldest();

private:
    PGconn *openLike(PGconn *like);
    bool busy(PGconn *connection) const;

    PGconn *m_newsroom = nullptr;
    PGconn *m_second = nullptr;
    bool m_triedSecond = false;
    std::deque<PGconn *> m_pending;  // the connection of each batch sent, oldest first
};

} // namespace PortalDesk::Models
