#pragma once

// A WordPress site's REST API (/wp-json/wp/v2/), signed in with an
// Application Password: what the WordPress sync (wordpresssync.h) talks to.

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

namespace PortalDesk::Models {

// https://editor@portal.example/ — the site's address with the login of the
// WordPress user the sync signs in as; the password never goes in it.
struct WordPressSite {
    Q_DECLARE_TR_FUNCTIONS(WordPressSite)

public:
    QUrl address;  // without the user, ending in '/'
    QString user;

    static bool looksLike(const QString &text);
    static Result<WordPressSite> parse(const QString &text);
    // The name the newsroom keeps the site's sync state under.
    QString display() const { return address.toString(); }
};

struct WordPressRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QString route;  // "wp/v2/posts/12"
    QUrlQuery query;
    QByteArray body;  // JSON, unless contentType says otherwise
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray disposition;  // a media upload's Content-Disposition
};

struct WordPressReply {
    int status = 0;  // HTTP status; 0 when the site did not answer
    QJsonValue json;
    QString error;  // why it failed: WordPress's message or the network's
    QString code;   // WordPress's error code: rest_post_invalid_id, term_exists...
    QJsonObject data;  // WordPress's error data
    int totalPages = 1;  // X-WP-TotalPages of a list
    bool isJson = false;  // else a page: a proxy's error, a login wall

    bool ok() const { return status >= 200 && status < 300 && isJson; }
    // Worth another try after a pause: no answer, a server error, too many
    // requests.
    bool transient() const { return status == 0 || status >= 500 || status == 429; }
};

// Sends requests a few at a time over kept-alive connections (HTTP/1.1, as
// many as Qt keeps per host), waiting in a local event loop: the sync runs
// in the CLI's main thread or on the desk's sync thread, never the window's.
class WordPressClient final
{
    Q_DECLARE_TR_FUNCTIONS(WordPressClient)
    Q_DISABLE_COPY_MOVE(WordPressClient)

public:
    WordPressClient(WordPressSite site, const QString &password);

    // Finds the REST API (pretty permalinks or not) and signs in: the user
    // must exist and be allowed to publish posts.
    Status connect();

    WordPressReply send(const WordPressRequest &request);
    // All of them, at most `inFlight` at once; the replies in the same order.
    QList<WordPressReply> send(const QList<WordPressRequest> &requests);
    // Every page of a list (per_page=100).
    Result<QJsonArray> list(const QString &route, QUrlQuery query = {});

    const WordPressSite &site() const { return m_site; }
    // The signed-in user, as /users/me?context=edit gives it.
    const QJsonObject &me() const { return m_me; }
    // One line for the user about a failed reply.
    QString describe(const WordPressReply &reply) const;

    static constexpr int inFlight = 6;
    static constexpr int timeoutMs = 30000;

private:
    QUrl urlFor(const WordPressRequest &request) const;

    WordPressSite m_site;
    QByteArray m_authorization;
    QUrl m_apiRoot;       // .../wp-json/ or .../?rest_route=/
    bool m_queryRoutes = false;  // the site has no pretty permalinks
    QJsonObject m_me;
    QNetworkAccessManager m_network;
};

} // namespace PortalDesk::Models
