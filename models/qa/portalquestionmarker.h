#pragma once

#include <QString>
#include <QStringList>

typedef struct pg_conn PGconn;

namespace PortalDesk::Models {

// Marks a PostgreSQL portal's form rows once the newsroom has committed
// them: the contact details blanked and the status 'received', or the row
// 'refused' and left whole. It has its own connection, opened with the
// reading one's parameters, and sends each batch's UPDATE without waiting
// for it: the portal's server rewrites those rows while the reading
// connection streams the next ones and the desk stores them (rewriting a
// row costs the server as much as reading it). Each batch commits on its
// own, so what the newsroom has is not left on the portal when a later
// batch fails.
class PortalQuestionMarker final
{
    Q_DISABLE_COPY_MOVE(PortalQuestionMarker)

public:
    PortalQuestionMarker() = default;
    ~PortalQuestionMarker();

    // Opens the connection as `like` was opened; false with error().
    bool open(PGconn *like);
    // Waits for the previous batch's UPDATE, then sends this one's.
    bool mark(const QStringList &taken, const QStringList &refused);
    // Waits for what was sent; false with error() if the server refused.
    bool wait();
    const QString &error() const { return m_error; }

private:
    bool send(const QByteArray &sql, const QStringList &ids);

    PGconn *m_connection = nullptr;
    bool m_pending = false;
    QString m_error;
};

} // namespace PortalDesk::Models
