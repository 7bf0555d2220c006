#include "wordpressclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

bool WordPressSite::looksLike(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u"https://", Qt::CaseInsensitive) || trimmed.startsWith(u"http://", Qt::CaseInsensitive);
}

Result<WordPressSite> WordPressSite::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return Error{ErrorCode::InvalidInput,
                     tr("The WordPress address '%1' is not valid: use https://USER@site.example/.").arg(url.toString(QUrl::RemovePassword))};
    if (!url.password().isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("Do not put a password in the WordPress address; set PORTALDESK_PORTAL_PASSWORD to the user's "
                        "Application Password.")};
    if (url.userName().isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("The WordPress address '%1' names no user: use https://USER@site.example/, USER being the WordPress "
                        "user whose Application Password the sync signs in with.").arg(url.toString())};
    if (url.hasQuery() || url.hasFragment())
        return Error{ErrorCode::InvalidInput, tr("The WordPress address '%1' must be the site's address, without ? or #.").arg(url.toString(QUrl::RemoveUserInfo))};
    WordPressSite site;
    site.user = url.userName();
    site.address = url.adjusted(QUrl::RemoveUserInfo);
    if (!site.address.path().endsWith(u'/'))
        site.address.setPath(site.address.path() + u'/');
    return site;
}

WordPressClient::WordPressClient(WordPressSite site, const QString &password)
    : m_site(std::move(site))
{
    m_authorization = "Basic " + (m_site.user + u':' + password).toUtf8().toBase64();
    // WordPress answers on kept-alive connections; Qt reuses them.
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

QUrl WordPressClient::urlFor(const WordPressRequest &request) const
{
    QUrl url = m_apiRoot;
    QUrlQuery query = request.query;
    if (m_queryRoutes) {
        // ?rest_route=/wp/v2/posts&...: the route first, as WordPress makes them.
        QUrlQuery routed;
        routed.addQueryItem(u"rest_route"_s, u'/' + request.route);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyEncoded))
            routed.addQueryItem(key, value);
        url.setQuery(routed);
    } else {
        url.setPath(url.path() + request.route);
        url.setQuery(query);
    }
    return url;
}

QList<WordPressReply> WordPressClient::send(const QList<WordPressRequest> &requests)
{
    QList<WordPressReply> replies(requests.size());
    QEventLoop loop;
    qsizetype next = 0;
    int running = 0;
    std::function<void()> startNext;
    const auto finished = [&](QNetworkReply *network, qsizetype index) {
        WordPressReply &reply = replies[index];
        reply.status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = network->readAll();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        reply.isJson = parseError.error == QJsonParseError::NoError;
        if (reply.isJson)
            reply.json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        reply.totalPages = qMax(1, network->rawHeader("X-WP-TotalPages").toInt());
        if (reply.status == 0) {
            reply.error = network->errorString();
        } else if (!reply.isJson) {
            reply.error = tr("the answer is not WordPress's JSON (HTTP %1)").arg(reply.status);
        } else if (!reply.ok()) {
            const QJsonObject object = reply.json.toObject();
            reply.code = object.value(u"code"_s).toString();
            reply.data = object.value(u"data"_s).toObject();
            reply.error = object.value(u"message"_s).toString();
            if (reply.error.isEmpty())
                reply.error = tr("HTTP %1").arg(reply.status);
        }
        network->deleteLater();
        --running;
        startNext();
        if (running == 0 && next >= requests.size())
            loop.quit();
    };
    startNext = [&] {
        while (running < inFlight && next < requests.size()) {
            const WordPressRequest &request = requests.at(next);
            QNetworkRequest network(urlFor(request));
            network.setRawHeader("Authorization", m_authorization);
            network.setRawHeader("Accept", "application/json");
            network.setTransferTimeout(timeoutMs);
            if (!request.body.isNull())
                network.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
            if (!request.disposition.isEmpty())
                network.setRawHeader("Content-Disposition", request.disposition);
            QNetworkReply *reply = m_network.sendCustomRequest(network, request.method, request.body);
            const qsizetype index = next;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&finished, reply, index] { finished(reply, index); });
            ++next;
            ++running;
        }
    };
    startNext();
    if (running > 0)
        loop.exec();
    return replies;
}

WordPressReply WordPressClient::send(const WordPressRequest &request)
{
    return send(QList<WordPressRequest>{request}).constFirst();
}

Result<QJsonArray> WordPressClient::list(const QString &route, QUrlQuery query)
{
    QJsonArray all;
    query.removeAllQueryItems(u"per_page"_s);
    query.addQueryItem(u"per_page"_s, u"100"_s);
    for (int page = 1;; ++page) {
        WordPressRequest request{.route = route, .query = query};
        request.query.addQueryItem(u"page"_s, QString::number(page));
        const WordPressReply reply = send(request);
        if (!reply.ok())
            return Error{ErrorCode::Failed, describe(reply)};
        for (const QJsonValue &value : reply.json.toArray())
            all.append(value);
        if (page >= reply.totalPages)
            return all;
    }
}

QString WordPressClient::describe(const WordPressReply &reply) const
{
    const QString site = m_site.display();
    if (reply.status == 0)
        return tr("Cannot reach the WordPress site %1: %2").arg(site, reply.error);
    if (reply.status == 401)
        return tr("WordPress at %1 refused the login of %2: check the user name and its Application Password (in "
                  "WordPress: Users, Profile, Application Passwords).").arg(site, m_site.user);
    if (reply.status == 403)
        return tr("WordPress at %1 does not allow %2 to do this: %3").arg(site, m_site.user, reply.error);
    return tr("WordPress at %1 answered %2: %3").arg(site).arg(reply.status).arg(reply.error);
}

Status WordPressClient::connect()
{
    // Pretty permalinks serve the API at /wp-json/; plain ones only at
    // ?rest_route=/. The index names its namespaces: wp/v2 is WordPress's.
    const auto tryRoot = [this](const QUrl &root, bool queryRoutes) -> WordPressReply {
        m_apiRoot = root;
        m_queryRoutes = queryRoutes;
        return send(WordPressRequest{.route = QString()});
    };
    QUrl pretty = m_site.address;
    pretty.setPath(pretty.path() + u"wp-json/"_s);
    WordPressReply index = tryRoot(pretty, false);
    if (index.status == 0)
        return Error{ErrorCode::Failed, describe(index)};
    if (!index.ok() || !index.json.toObject().value(u"namespaces"_s).toArray().contains(u"wp/v2"_s))
        index = tryRoot(m_site.address, true);
    if (!index.ok() || !index.json.toObject().value(u"namespaces"_s).toArray().contains(u"wp/v2"_s)) {
        if (index.status == 401)
            return Error{ErrorCode::Denied, describe(index)};
        return Error{ErrorCode::InvalidInput,
                     tr("%1 does not answer as a WordPress site: no REST API (wp/v2) at /wp-json/ or ?rest_route=/.")
                         .arg(m_site.display())};
    }
    WordPressRequest whoAmI{.route = u"wp/v2/users/me"_s};
    whoAmI.query.addQueryItem(u"context"_s, u"edit"_s);
    const WordPressReply me = send(whoAmI);
    if (!me.ok())
        return Error{me.status == 401 || me.status == 403 ? ErrorCode::Denied : ErrorCode::Failed, describe(me)};
    m_me = me.json.toObject();
    const QJsonObject capabilities = m_me.value(u"capabilities"_s).toObject();
    if (!capabilities.value(u"publish_posts"_s).toBool() || !capabilities.value(u"edit_others_posts"_s).toBool())
        return Error{ErrorCode::Denied,
                     tr("The WordPress user %1 at %2 may not publish and edit others' posts: give it the Editor or "
                        "Administrator role.").arg(m_site.user, m_site.display())};
    return Done{};
}

} // namespace PortalDesk::Models
