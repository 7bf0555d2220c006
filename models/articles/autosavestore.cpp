#include "autosavestore.h"

#include "newsroom.h"
#include "serverrights.h"
#include "sqlsupport.h"
#include "user.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

AutosaveStore::AutosaveStore(Newsroom &newsroom)
    : m_newsroom(newsroom)
{
}

namespace {

// While a shared newsroom's server is away, the desk's text waits in a
// file on this PC (one per user and article), found again by find().
QString localPath(const Newsroom &newsroom, const User &user, const QString &articleId)
{
    const QByteArray key = QCryptographicHash::hash((newsroom.path() + u'|' + user.login + u'|' + articleId).toUtf8(),
                                                    QCryptographicHash::Sha256).toHex().left(32);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/unsent-autosaves/")
        + QString::fromLatin1(key) + QStringLiteral(".json");
}

Status storeLocally(const QString &path, const Autosave &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QJsonObject object{{u"article"_s, text.articleId}, {u"base"_s, text.baseVersion}, {u"title"_s, text.title},
                             {u"summary"_s, text.summary}, {u"body"_s, text.body}, {u"section"_s, text.section},
                             {u"tags"_s, text.tags}, {u"source"_s, text.source}, {u"saved"_s, nowStamp()}};
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit())
        return Error{ErrorCode::Failed, file.errorString()};
    return Done{};
}

std::optional<Autosave> findLocally(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.isEmpty())
        return std::nullopt;
    return Autosave{o[u"article"_s].toString(), o[u"base"_s].toInt(), o[u"title"_s].toString(),
                    o[u"summary"_s].toString(), o[u"body"_s].toString(), o[u"section"_s].toString(),
                    o[u"tags"_s].toString(), o[u"source"_s].toString(), fromStamp(o[u"saved"_s].toString())};
}

} // namespace

Status AutosaveStore::store(const User &user, const Autosave &text)
{
    Status stored = storeInNewsroom(user, text);
    if (!m_newsroom.isPostgres())
        return stored;
    const QString local = localPath(m_newsroom, user, text.articleId);
    if (stored) {
        QFile::remove(local);
        return stored;
    }
    // The server is away: the text must not be.
    if (Status kept = storeLocally(local, text); kept)
        return Done{};
    return stored;
}

Status AutosaveStore::storeInNewsroom(const User &user, const Autosave &text)
{
    QSqlDatabase db = m_newsroom.database();
    if (m_newsroom.isPostgres()) {
        // The server keeps it under the signed-in user, whoever the desk says.
        auto kept = callServer(db, QStringLiteral("SELECT pd_autosave(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               {ServerRights::actingLogin(&user), text.articleId, text.baseVersion, nonNull(text.title), nonNull(text.summary), nonNull(text.body),
                                nonNull(text.section), nonNull(text.tags), nonNull(text.source)});
        if (!kept)
            return kept.error();
        if (const QString outcome = kept->value(0).toString(); outcome != u"done")
            return serverOutcomeError(outcome, tr("The unsaved text"));
        return Done{};
    }
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    // Delete and insert: one statement form for both backends.
    query.prepare(QStringLiteral("DELETE FROM autosaves WHERE article_id = ? AND user_id = ?"));
    query.addBindValue(text.articleId);
    query.addBindValue(user.id);
    if (!query.exec())
        return databaseError(query);
    query.prepare(QStringLiteral("INSERT INTO autosaves (article_id, user_id, base_version, title, summary, body,"
                                 " section, tags, source, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(text.articleId);
    query.addBindValue(user.id);
    query.addBindValue(text.baseVersion);
    query.addBindValue(nonNull(text.title));
    query.addBindValue(nonNull(text.summary));
    query.addBindValue(nonNull(text.body));
    query.addBindValue(nonNull(text.section));
    query.addBindValue(nonNull(text.tags));
    query.addBindValue(nonNull(text.source));
    query.addBindValue(nowStamp());
    if (!query.exec())
        return databaseError(query);
    return transaction.commit();
}

Result<std::optional<Autosave>> AutosaveStore::find(const User &user, const QString &articleId) const
{
    if (!m_newsroom.isPostgres())
        return findInNewsroom(user, articleId);
    const std::optional<Autosave> local = findLocally(localPath(m_newsroom, user, articleId));
    auto stored = findInNewsroom(user, articleId);
    if (!stored || !stored->has_value())
        return local ? Result<std::optional<Autosave>>(local) : stored;
    if (local && local->savedAt > stored->value().savedAt)
        return std::optional<Autosave>(local);
    return stored;
}

Result<std::optional<Autosave>> AutosaveStore::findInNewsroom(const User &user, const QString &articleId) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT base_version, title, summary, body, section, tags, source, saved_at"
                                 " FROM autosaves WHERE article_id = ? AND user_id = ?"));
    query.addBindValue(articleId);
    query.addBindValue(user.id);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return std::optional<Autosave>{};
    return std::optional<Autosave>{Autosave{articleId, query.value(0).toInt(), query.value(1).toString(),
                                            query.value(2).toString(), query.value(3).toString(),
                                            query.value(4).toString(), query.value(5).toString(),
                                            query.value(6).toString(), fromStamp(query.value(7).toString())}};
}

Status AutosaveStore::discard(const User &user, const QString &articleId)
{
    if (m_newsroom.isPostgres())
        QFile::remove(localPath(m_newsroom, user, articleId));
    if (m_newsroom.isPostgres()) {
        auto dropped = callServer(m_newsroom.database(), QStringLiteral("SELECT 'done' FROM pd_drop_autosave(?, ?)"),
                                  {ServerRights::actingLogin(&user), articleId});
        return dropped ? Status(Done{}) : Status(dropped.error());
    }
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("DELETE FROM autosaves WHERE article_id = ? AND user_id = ?"));
    query.addBindValue(articleId);
    query.addBindValue(user.id);
    if (!query.exec())
        return databaseError(query);
    return Done{};
}

} // namespace PortalDesk::Models
