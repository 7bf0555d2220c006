#pragma once

#include "digeststore.h"

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>

class QNetworkReply;

namespace PortalDesk::Models {

// How one feed's fetch went.
struct FeedResult {
    qint64 feedId = 0;
    QString title;
    QString status;  // "ok", "not-modified", "error"
    QString message; // the error, or a note ("declared ISO-8859-1, read as UTF-8")
    int newItems = 0;
};

// Fetches feeds over HTTP(S) with QNetworkAccessManager, all at once and
// never blocking: a timeout for silence and a deadline for the whole
// transfer, redirects followed (a few, never
// from https to http), conditional GET with the ETag and Last-Modified of
// the last good fetch, a size limit. Parsed with KF6 Syndication (RSS 0.9x
// and 2.0, Atom, RDF); titles and texts made plain, NFC, legacy TCVN3/VNI
// converted; links resolved against the feed's own address (see safeUrl()),
// an unsafe one dropped. Each feed ends with its own status; one broken feed stops
// nothing. Results are written to the newsroom as each feed finishes.
class FeedFetcher final : public QObject
{
    Q_OBJECT

public:
    explicit FeedFetcher(Newsroom &newsroom, QObject *parent = nullptr);

    // Silence: no byte for this long ends a transfer (20 s).
    void setTimeout(int milliseconds) { m_timeout = milliseconds; }
    // The whole transfer: a server that trickles a byte now and then is
    // stopped after this long (60 s), so one feed cannot hold the night job.
    void setDeadline(int milliseconds) { m_deadline = milliseconds; }
    int deadline() const { return m_deadline; }
    void setMaximumBytes(qint64 bytes) { m_maximumBytes = bytes; }
    void fetch(const QList<DigestFeed> &feeds);
    bool isRunning() const { return !m_running.isEmpty(); }

    // The items of a feed document; empty with `error` set when it is not
    // one. `contentType`: the HTTP header, for its charset. Public for the
    // tests.
    static QList<DigestItem> parse(const QByteArray &document, const QString &url, const DigestFeed &feed, QString *error,
                                   QString *note, const QByteArray &contentType = {});

Q_SIGNALS:
    void feedFinished(const PortalDesk::Models::FeedResult &result);
    void finished(const QList<PortalDesk::Models::FeedResult> &results);

private:
    void done(QNetworkReply *reply);
    void finish(const DigestFeed &feed, FeedResult result);

    Newsroom &m_newsroom;
    QNetworkAccessManager m_network;
    QHash<QNetworkReply *, DigestFeed> m_running;
    QList<FeedResult> m_results;
    int m_timeout = 20000;
    int m_deadline = 60000;
    qint64 m_maximumBytes = 8 * 1024 * 1024;
};

} // namespace PortalDesk::Models
