#include "serverping.h"

#include <QThread>

#include <libpq-fe.h>

#include <atomic>
#include <memory>

namespace PortalDesk::Models {

ServerPing::ServerPing(const QSqlDatabase &db, QObject *parent)
    : QObject(parent)
{
    // An empty host or port is left to libpq's defaults (PGHOST, the local
    // socket), as the connection itself leaves it.
    if (!db.hostName().isEmpty())
        m_parameters.append({QByteArrayLiteral("host"), db.hostName().toUtf8()});
    if (db.port() > 0)
        m_parameters.append({QByteArrayLiteral("port"), QByteArray::number(db.port())});
    if (!db.databaseName().isEmpty())
        m_parameters.append({QByteArrayLiteral("dbname"), db.databaseName().toUtf8()});
    m_parameters.append({QByteArrayLiteral("connect_timeout"), QByteArrayLiteral("5")});
}

void ServerPing::start()
{
    if (m_running)
        return;
    m_running = true;
    auto accepting = std::make_shared<std::atomic_bool>(false);
    // The thread owns what it reads and deletes itself when done, so a
    // ping still waiting when this object goes (the window closed) harms
    // nothing; its answer then goes nowhere.
    QThread *thread = QThread::create([parameters = m_parameters, accepting] {
        std::vector<const char *> keywords, values;
        for (const auto &[keyword, value] : parameters) {
            keywords.push_back(keyword.constData());
            values.push_back(value.constData());
        }
        keywords.push_back(nullptr);
        values.push_back(nullptr);
        *accepting = PQpingParams(keywords.data(), values.data(), 0) == PQPING_OK;
    });
    connect(thread, &QThread::finished, this, [this, accepting] {
        m_running = false;
        Q_EMIT answered(*accepting);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace PortalDesk::Models
