#pragma once

#include <QString>

typedef struct pg_conn PGconn;

namespace PortalDesk::Models {

// A second connection opened as `like` was (server, database, user and
// whatever password it was opened with), in UTF-8 whatever `like` said;
// null with the reason in `error` if the server refused it. The caller
// PQfinish()es it.
PGconn *connectPostgresLike(PGconn *like, QString *error);

} // namespace PortalDesk::Models
