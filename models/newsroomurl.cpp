#include "newsroomurl.h"

#include <QDir>
#include <QUrl>

namespace PortalDesk::Models {

NewsroomUrl NewsroomUrl::sqlite(const QString &path)
{
    NewsroomUrl url;
    url.path = path;
    return url;
}

Result<NewsroomUrl> NewsroomUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The newsroom URL is empty.")};
    if (trimmed.startsWith(u"sqlite:"))
        return sqlite(QDir::fromNativeSeparators(trimmed.mid(7)));
    if (!trimmed.startsWith(u"postgresql://") && !trimmed.startsWith(u"postgres://")) {
        // Anything with a scheme we do not know is a mistake, not a file name.
        if (const qsizetype colon = trimmed.indexOf(u"://"); colon > 0)
            return Error{ErrorCode::InvalidInput,
                         tr("Unknown newsroom URL '%1': use a file path, sqlite:PATH or postgresql://[user@]host[:port]/dbname.")
                             .arg(trimmed)};
        return sqlite(trimmed);
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Error{ErrorCode::InvalidInput, tr("The newsroom URL '%1' is not valid: %2.").arg(trimmed, url.errorString())};
    if (!url.password().isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("Do not put a password in the newsroom URL; set PGPASSWORD or use ~/.pgpass.")};
    NewsroomUrl result;
    result.backend = Backend::PostgreSql;
    result.host = url.host();
    result.port = url.port(-1);
    result.user = url.userName();
    result.database = url.path().mid(1);
    if (result.database.isEmpty() || result.database.contains(u'/'))
        return Error{ErrorCode::InvalidInput,
                     tr("The newsroom URL '%1' names no database: use postgresql://[user@]host[:port]/dbname.").arg(trimmed)};
    return result;
}

Result<NewsroomUrl> NewsroomUrl::parsePortal(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(u"mysql://") && !trimmed.startsWith(u"mariadb://")) {
        auto parsed = parse(trimmed);
        if (!parsed && trimmed.contains(u"://"))
            return Error{ErrorCode::InvalidInput,
                         tr("Unknown portal URL '%1': use sqlite:PATH, postgresql://[user@]host[:port]/dbname or "
                            "mysql://[user@]host[:port]/dbname.")
                             .arg(trimmed)};
        return parsed;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Error{ErrorCode::InvalidInput, tr("The portal URL '%1' is not valid: %2.").arg(trimmed, url.errorString())};
    if (!url.password().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Do not put a password in the portal URL; set PORTALDESK_PORTAL_PASSWORD.")};
    NewsroomUrl result;
    result.backend = Backend::MySql;
    result.host = url.host();
    result.port = url.port(-1);
    result.user = url.userName();
    result.database = url.path().mid(1);
    if (result.database.isEmpty() || result.database.contains(u'/'))
        return Error{ErrorCode::InvalidInput,
                     tr("The portal URL '%1' names no database: use mysql://[user@]host[:port]/dbname.").arg(trimmed)};
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
