#pragma once

// Test support: a small HTTP/1.1 server on 127.0.0.1 for tests that fetch
// over the network through QNetworkAccessManager. Each path is answered by
// a handler; a handler that returns no response leaves the client waiting.

#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <optional>

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/xml";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

class LoopbackHttp final : public QObject
{
public:
    using Handler = std::function<std::optional<HttpResponse>(const QHash<QByteArray, QByteArray> &requestHeaders)>;

    LoopbackHttp()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
    }

    void route(const QByteArray &path, Handler handler) { m_routes.insert(path, std::move(handler)); }
    QString url(const QByteArray &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(QString::fromLatin1(path));
    }
    int hits(const QByteArray &path) const { return m_hits.value(path); }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        buffer.clear();
        const QByteArray path = lines.value(0).split(' ').value(1);
        QHash<QByteArray, QByteArray> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        ++m_hits[path];
        const auto handler = m_routes.constFind(path);
        std::optional<HttpResponse> response = handler == m_routes.constEnd() ? HttpResponse{404, "text/plain", "not found", {}}
                                                                              : (*handler)(headers);
        if (!response)
            return;  // never answered: the client times out
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response->status) + " X\r\n";
        head += "Content-Type: " + response->contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(response->body.size()) + "\r\n";
        for (const auto &[name, value] : response->headers)
            head += name + ": " + value + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        socket->write(response->body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, Handler> m_routes;
    QHash<QByteArray, int> m_hits;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
