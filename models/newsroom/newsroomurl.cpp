#include "newsroomurl.h"

#include "redaction.h"

#include <QDir>
#include <QUrl>

namespace PortalDesk::Models {

NewsroomUrl NewsroomUrl::sqlite(const QString &path)
{
    NewsroomUrl url;
    url.path = path;
    return url;
}

namespace {

enum class ServerUrlProblem { None, Invalid, Password, NoDatabase };

// host, port, user and database of a server URL; a password never.
ServerUrlProblem readServerUrl(const QUrl &url, NewsroomUrl::Backend backend, NewsroomUrl *result)
{
    if (!url.isValid())
        return ServerUrlProblem::Invalid;
    if (!url.password().isEmpty())
        return ServerUrlProblem::Password;
    result->backend = backend;
    result->host = url.host();
    result->port = url.port(-1);
    result->user = url.userName();
    result->database = url.path().mid(1);
    if (result->database.isEmpty() || result->database.contains(u'/'))
        return ServerUrlProblem::NoDatabase;
    return ServerUrlProblem::None;
}

bool isPostgresUrl(const QString &text)
{
    return text.startsWith(u"postgresql://") || text.startsWith(u"postgres://");
}

} // namespace

// The messages below quote what was typed, which may hold a password that
// the parser could not find (an unknown scheme, a space in the host): they
// go out through withoutSecrets(). QUrl's errorString quotes it too.
Result<NewsroomUrl> NewsroomUrl::parse(const QString &text)
{
    auto parsed = parseUnmasked(text);
    if (!parsed)
        return Error{parsed.error().code, withoutSecrets(parsed.error().message)};
    return parsed;
}

Result<NewsroomUrl> NewsroomUrl::parsePortal(const QString &text)
{
    auto parsed = parsePortalUnmasked(text);
    if (!parsed)
        return Error{parsed.error().code, withoutSecrets(parsed.error().message)};
    return parsed;
}

Result<NewsroomUrl> NewsroomUrl::parseUnmasked(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The newsroom URL is empty.")};
    if (trimmed.startsWith(u"sqlite:"))
        return sqlite(QDir::fromNativeSeparators(trimmed.mid(7)));
    if (!isPostgresUrl(trimmed)) {
        // Anything with a scheme we do not know is a mistake, not a file name.
        if (const qsizetype colon = trimmed.indexOf(u"://"); colon > 0)
            return Error{ErrorCode::InvalidInput,
                         tr("Unknown newsroom URL '%1': use a file path, sqlite:PATH or postgresql://[user@]host[:port]/dbname.")
                             .arg(trimmed)};
        return sqlite(trimmed);
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    NewsroomUrl result;
    switch (readServerUrl(url, Backend::PostgreSql, &result)) {
    case ServerUrlProblem::Invalid:
        return Error{ErrorCode::InvalidInput, tr("The newsroom URL '%1' is not valid: %2.").arg(trimmed, url.errorString())};
    case ServerUrlProblem::Password:
        return Error{ErrorCode::InvalidInput,
                     tr("Do not put a password in the newsroom URL; set PGPASSWORD or use ~/.pgpass.")};
    case ServerUrlProblem::NoDatabase:
        return Error{ErrorCode::InvalidInput,
                     tr("The newsroom URL '%1' names no database: use postgresql://[user@]host[:port]/dbname.").arg(trimmed)};
    case ServerUrlProblem::None:
        break;
    }
    return result;
}

Result<NewsroomUrl> NewsroomUrl::parsePortalUnmasked(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(u"mysql://") && !trimmed.startsWith(u"mariadb://")) {
        // A file or a PostgreSQL URL is read as for a newsroom, errors included.
        if (trimmed.contains(u"://") && !isPostgresUrl(trimmed))
            return Error{ErrorCode::InvalidInput,
                         tr("Unknown portal URL '%1': use sqlite:PATH, postgresql://[user@]host[:port]/dbname or "
                            "mysql://[user@]host[:port]/dbname.")
                             .arg(trimmed)};
        return parseUnmasked(trimmed);
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    NewsroomUrl result;
    switch (readServerUrl(url, Backend::MySql, &result)) {
    case ServerUrlProblem::Invalid:
        return Error{ErrorCode::InvalidInput, tr("The portal URL '%1' is not valid: %2.").arg(trimmed, url.errorString())};
    case ServerUrlProblem::Password:
        return Error{ErrorCode::InvalidInput, tr("Do not put a password in the portal URL; set PORTALDESK_PORTAL_PASSWORD.")};
    case ServerUrlProblem::NoDatabase:
        return Error{ErrorCode::InvalidInput,
                     tr("The portal URL '%1' names no database: use mysql://[user@]host[:port]/dbname.").arg(trimmed)};
    case ServerUrlProblem::None:
        break;
    }
    return result;
}

QString NewsroomUrl::display() const
{
    if (backend == Backend::Sqlite)
        return path;
    QUrl url;
    url.setScheme(backend == Backend::MySql ? QStringLiteral("mysql") : QStringLiteral("postgresql"));
    url.setHost(host);
    url.setUserName(user);
    url.setPort(port);
    url.setPath(u'/' + database);
    return url.toString();
}

} // namespace PortalDesk::Models
