#include "pgconnectlike.h"

#include <libpq-fe.h>

#include <cstring>
#include <vector>

namespace PortalDesk::Models {

PGconn *connectPostgresLike(PGconn *like, QString *error)
{
    PQconninfoOption *options = PQconninfo(like);
    if (!options) {
        *error = QStringLiteral("out of memory");
        return nullptr;
    }
    std::vector<const char *> keys;
    std::vector<const char *> values;
    for (const PQconninfoOption *option = options; option->keyword; ++option) {
        if (option->val && *option->val && std::strcmp(option->keyword, "client_encoding") != 0) {
            keys.push_back(option->keyword);
            values.push_back(option->val);
        }
    }
    keys.push_back("client_encoding");
    values.push_back("UTF8");
    keys.push_back(nullptr);
    values.push_back(nullptr);
    PGconn *connection = PQconnectdbParams(keys.data(), values.data(), 0);
    PQconninfoFree(options);
    if (PQstatus(connection) != CONNECTION_OK) {
        *error = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        PQfinish(connection);
        return nullptr;
    }
    return connection;
}

} // namespace PortalDesk::Models
