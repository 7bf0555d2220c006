#include "serverping.h"

#include <QThread>

#include <libpq-fe.h>

#include <atomic>
#include <memory>
#include <vector>

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
    // Not signed in with, but without it libpq looks up PGUSER or the
    // system account, and gives up where there is none.
    if (!db.userName().isEmpty())
        m_parameters.append({QByteArrayLiteral("user"), db.userName().toUtf8()});
    if (!db.databaseName().isEmpty())
        m_parameters.append({QByteArrayLiteral("dbname"), db.databaseName().toUtf8()});
    // libpq's shortest: a close waits for a ping in flight (per address).
    m_parameters.append({QByteArrayLiteral("connect_timeout"), QByteArrayLiteral("2")});
}

void ServerPing::start()
{
    if (m_running)
        return;
    m_running = true;
    auto accepting = std::make_shared<std::atomic_bool>(false);
    // The thread owns what it reads and deletes itself when done.
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
    m_thread = thread;
    thread->start();
}

ServerPing::~ServerPing()
{
    // A ping still waiting for a silent host ends within connect_timeout;
    // left running it could outlive the program's own teardown (libpq's and
    // OpenSSL's). The window that closes waits for it instead.
    if (m_thread)
        m_thread->wait();
}

} // namespace PortalDesk::Models
