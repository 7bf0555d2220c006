#include "digestreview.h"

#include "auditlog.h"
#include "newsroom.h"
#include "serverrights.h"
#include "sqlsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace PortalDesk::Models {

using namespace Qt::StringLiterals;

namespace {

QString outletsJson(const QList<DigestEntry::Outlet> &outlets)
{
    QJsonArray array;
    for (const DigestEntry::Outlet &outlet : outlets)
        array.append(QJsonObject{{QStringLiteral("name"), outlet.name}, {QStringLiteral("url"), outlet.url}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

DigestReview::DigestReview(Newsroom &newsroom)
    : m_newsroom(newsroom)
{
}

Result<std::optional<StoredDigest>> DigestReview::forDay(const QDate &day) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT id, office, recommendations, state, version FROM digests WHERE day = ?"));
    query.addBindValue(day.toString(Qt::ISODate));
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return std::optional<StoredDigest>();
    StoredDigest stored;
    stored.id = query.value(0).toString();
    stored.draft.day = day;
    stored.draft.office = query.value(1).toString();
    const QString recommendations = query.value(2).toString();
    stored.draft.recommendations = recommendations.isEmpty() ? QStringList() : recommendations.split(u'\n');
    stored.state = articleStateFromKey(query.value(3).toString()).value_or(ArticleState::Draft);
    stored.version = query.value(4).toInt();
    query.prepare(QStringLiteral("SELECT title, summary, section, concerns, tone, outlets, item_ids FROM digest_entries"
                                 " WHERE digest_id = ? ORDER BY position"));
    query.addBindValue(stored.id);
    if (!query.exec())
        return databaseError(query);
    while (query.next()) {
        DigestEntry entry;
        entry.title = query.value(0).toString();
        entry.summary = query.value(1).toString();
        entry.section = query.value(2).toString();
        const QString concerns = query.value(3).toString();
        entry.concerns = concerns.isEmpty() ? QStringList() : concerns.split(QStringLiteral("; "));
        entry.tone = query.value(4).toString();
        for (const QJsonValue outlet : QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array())
            entry.outlets.append({outlet[QStringLiteral("name")].toString(), outlet[QStringLiteral("url")].toString()});
        for (const QJsonValue id : QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array())
            entry.itemIds << qint64(id.toDouble());
        stored.draft.entries << entry;
    }
    return std::optional<StoredDigest>(stored);
}

Result<StoredDigest> DigestReview::save(const DigestDraft &draft, int baseVersion, const User &user)
{
    if (!user.has(Role::Digest) && !user.has(Role::ChiefEditor))
        return Error{ErrorCode::Denied, tr("Only digest staff and chief editors may save the digest.")};
    for (const DigestEntry &entry : draft.entries) {
        if (entry.tone != u"positive" && entry.tone != u"neutral" && entry.tone != u"negative")
            return Error{ErrorCode::InvalidInput, tr("\"%1\" is not a tone: positive, neutral or negative.").arg(entry.tone)};
    }
    auto existing = forDay(draft.day);
    if (!existing)
        return existing.error();
    QSqlDatabase db = m_newsroom.database();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    const QString stamp = nowStamp();
    StoredDigest stored;
    stored.draft = draft;
    const QString dayText = draft.day.toString(QStringLiteral("dd/MM/yyyy"));
    if (m_newsroom.isPostgres()) {
        if (existing->has_value() && !ReviewRules::mayEdit(existing->value().state, user, Role::Digest))
            return Error{ErrorCode::Denied, tr("The digest of %1 is %2 and cannot be changed by you.")
                                                .arg(dayText, articleStateDisplayName(existing->value().state))};
        QJsonArray entries;
        for (const DigestEntry &entry : draft.entries) {
            entries.append(QJsonObject{{u"title"_s, entry.title}, {u"summary"_s, entry.summary}, {u"section"_s, entry.section},
                                       {u"concerns"_s, entry.concerns.join(QStringLiteral("; "))}, {u"tone"_s, entry.tone},
                                       {u"outlets"_s, outletsJson(entry.outlets)}, {u"item_ids"_s, idsJson(entry.itemIds)}});
        }
        auto saved = callServer(db, u"SELECT outcome, id, version FROM pd_digest_save(?, ?, ?, ?, ?, ?::jsonb)"_s,
                                {ServerRights::actingLogin(&user), draft.day.toString(Qt::ISODate), baseVersion, draft.office,
                                 draft.recommendations.join(u'\n'),
                                 QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact))});
        if (!saved)
            return saved.error();
        if (const QString outcome = saved->value(0).toString(); outcome != u"done")
            return serverOutcomeError(outcome, tr("The digest of %1").arg(dayText));
        stored.id = saved->value(1).toString();
        stored.version = saved->value(2).toInt();
        stored.state = existing->has_value() ? existing->value().state : ArticleState::Draft;
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return stored;
    }
    if (existing->has_value()) {
        const StoredDigest &current = existing->value();
        if (!ReviewRules::mayEdit(current.state, user, Role::Digest))
            return Error{ErrorCode::Denied, tr("The digest of %1 is %2 and cannot be changed by you.")
                                                .arg(draft.day.toString(QStringLiteral("dd/MM/yyyy")), articleStateDisplayName(current.state))};
        query.prepare(QStringLiteral("UPDATE digests SET office = ?, recommendations = ?, version = version + 1, updated_at = ?"
                                     " WHERE id = ? AND version = ?"));
        query.addBindValue(draft.office);
        query.addBindValue(nonNull(draft.recommendations.join(u'\n')));
        query.addBindValue(stamp);
        query.addBindValue(current.id);
        query.addBindValue(baseVersion);
        if (!query.exec())
            return databaseError(query);
        if (query.numRowsAffected() != 1)
            return Error{ErrorCode::Conflict, tr("The digest of %1 was saved by someone else meanwhile; reopen it.")
                                                  .arg(draft.day.toString(QStringLiteral("dd/MM/yyyy")))};
        query.prepare(QStringLiteral("DELETE FROM digest_entries WHERE digest_id = ?"));
        query.addBindValue(current.id);
        if (!query.exec())
            return databaseError(query);
        stored.id = current.id;
        stored.state = current.state;
        stored.version = current.version + 1;
    } else {
        if (baseVersion != 0)
            return Error{ErrorCode::Conflict, tr("The digest of %1 is gone; reopen it.").arg(draft.day.toString(QStringLiteral("dd/MM/yyyy")))};
        stored.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        stored.version = 1;
        query.prepare(QStringLiteral("INSERT INTO digests (id, day, office, recommendations, created_by, created_at, updated_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value : {QVariant(stored.id), QVariant(draft.day.toString(Qt::ISODate)), QVariant(draft.office),
                                      QVariant(nonNull(draft.recommendations.join(u'\n'))), QVariant(user.id), QVariant(stamp), QVariant(stamp)})
            query.addBindValue(value);
        if (!query.exec())
            return databaseError(query);
    }
    if (!query.prepare(QStringLiteral("INSERT INTO digest_entries (digest_id, position, title, summary, section, concerns, tone, outlets,"
                                      " item_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return databaseError(query);
    for (qsizetype i = 0; i < draft.entries.size(); ++i) {
        const DigestEntry &entry = draft.entries.at(i);
        for (const QVariant &value : {QVariant(stored.id), QVariant(int(i)), QVariant(entry.title), QVariant(entry.summary),
                                      QVariant(nonNull(entry.section)), QVariant(nonNull(entry.concerns.join(QStringLiteral("; ")))),
                                      QVariant(entry.tone), QVariant(outletsJson(entry.outlets)), QVariant(idsJson(entry.itemIds))})
            query.addBindValue(value);
        if (!query.exec())
            return databaseError(query);
    }
    if (Status audited = AuditLog::record(db, &user, QStringLiteral("digest.save"), stored.id, {}, {}, false,
                                          draft.day.toString(Qt::ISODate));
        !audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return stored;
}

Result<ArticleState> DigestReview::perform(const QDate &day, ReviewAction action, const User &user, const QString &reason)
{
    auto existing = forDay(day);
    if (!existing)
        return existing.error();
    const QString name = tr("The digest of %1").arg(day.toString(QStringLiteral("dd/MM/yyyy")));
    if (!existing->has_value())
        return Error{ErrorCode::NotFound, tr("%1 has not been saved yet.").arg(name)};
    const StoredDigest &digest = existing->value();
    QSqlDatabase db = m_newsroom.database();
    const QString actionKey = QStringLiteral("digest.") + ReviewRules::actionKey(action);
    auto verdict = ReviewRules::check(action, digest.state, user, Role::Digest);
    if (verdict && (action == ReviewAction::Return || action == ReviewAction::Withdraw) && reason.trimmed().isEmpty())
        verdict = Error{ErrorCode::InvalidInput, tr("Say why %1 is sent back or withdrawn.").arg(name)};
    if (verdict && action == ReviewAction::Submit && digest.draft.entries.isEmpty())
        verdict = Error{ErrorCode::Conflict, tr("%1 has no stories.").arg(name)};
    if (m_newsroom.isPostgres()) {
        // The server decides and audits; the desk's check words a refusal.
        WriteTransaction transaction(db);
        if (!transaction.begun())
            return transaction.error();
        auto decided = callServer(db, u"SELECT outcome, from_state, to_state FROM pd_review(?, 'digest', ?, ?, ?)"_s,
                                  {ServerRights::actingLogin(&user), digest.id, ReviewRules::actionKey(action), reason.trimmed()});
        if (!decided)
            return decided.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        if (const QString outcome = decided->value(0).toString(); outcome != u"done") {
            if (!verdict)
                return verdict.error();
            if (outcome == u"empty")
                return Error{ErrorCode::Conflict, tr("%1 has no stories.").arg(name)};
            return serverOutcomeError(outcome, name);
        }
        return articleStateFromKey(decided->value(2).toString()).value_or(ArticleState::Draft);
    }
    if (!verdict) {
        (void)AuditLog::record(db, &user, actionKey, digest.id, articleStateKey(digest.state), {}, true, verdict.error().message);
        return verdict.error();
    }
    const ArticleState to = verdict.value();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE digests SET state = ?, version = version + 1, updated_at = ? WHERE id = ? AND state = ?"));
    query.addBindValue(articleStateKey(to));
    query.addBindValue(nowStamp());
    query.addBindValue(digest.id);
    query.addBindValue(articleStateKey(digest.state));
    if (!query.exec())
        return databaseError(query);
    if (query.numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, tr("%1 was changed by someone else meanwhile; look again.").arg(name)};
    if (to == ArticleState::Approved || digest.state == ArticleState::Approved) {
        query.prepare(QStringLiteral("INSERT INTO digest_outbox (digest_id, version, action, queued_at) VALUES (?, ?, ?, ?)"));
        query.addBindValue(digest.id);
        query.addBindValue(digest.version + 1);
        query.addBindValue(to == ArticleState::Approved ? QStringLiteral("publish") : QStringLiteral("withdraw"));
        query.addBindValue(nowStamp());
        if (!query.exec())
            return databaseError(query);
    }
    if (Status audited = AuditLog::record(db, &user, actionKey, digest.id, articleStateKey(digest.state), articleStateKey(to), false,
                                          reason.trimmed());
        !audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return to;
}

} // namespace PortalDesk::Models
