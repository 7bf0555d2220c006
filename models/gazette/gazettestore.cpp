#include "gazettestore.h"

#include "auditlog.h"
#include "newsroom.h"
#include "serverrights.h"
#include "sqlsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace PortalDesk::Models {

using namespace Qt::StringLiterals;

namespace {

const QString documentColumns = QStringLiteral(
    "d.id, d.doc_type, d.symbol, d.year, d.issuer, d.signed_on, coalesce(d.effective_on, ''), d.signer, d.signer_title,"
    " d.summary, d.part, d.state, d.version, d.updated_at, coalesce(c.issue_id, ''), %1"
    " FROM gazette_documents d LEFT JOIN gazette_issue_documents c ON c.document_id = d.id");

GazetteDocument readDocument(const QSqlQuery &query)
{
    GazetteDocument document;
    document.id = query.value(0).toString();
    document.meta.typeKey = query.value(1).toString();
    document.meta.symbol = query.value(2).toString();
    document.year = query.value(3).toInt();
    document.meta.issuer = query.value(4).toString();
    document.meta.signedOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    document.meta.effectiveOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    document.meta.signer = query.value(7).toString();
    document.meta.signerTitle = query.value(8).toString();
    document.meta.summary = query.value(9).toString();
    document.meta.part = GazettePart(query.value(10).toInt());
    document.state = articleStateFromKey(query.value(11).toString()).value_or(ArticleState::Draft);
    document.version = query.value(12).toInt();
    document.updatedAt = query.value(13).toString();
    document.issueId = query.value(14).toString();
    document.body = query.value(15).toString();
    return document;
}

const QString issueColumns = QStringLiteral(
    "SELECT id, year, number, last_number, published_on, manual_order, state, version FROM gazette_issues");

GazetteIssue readIssue(const QSqlQuery &query)
{
    GazetteIssue issue;
    issue.id = query.value(0).toString();
    issue.year = query.value(1).toInt();
    issue.number = {query.value(2).toInt(), query.value(3).toInt()};
    issue.publishedOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    issue.manualOrder = query.value(5).toInt() != 0;
    issue.state = articleStateFromKey(query.value(6).toString()).value_or(ArticleState::Draft);
    issue.version = query.value(7).toInt();
    return issue;
}

QVariant optionalDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

// A document's fields as the server's pd_gazette_add and pd_gazette_edit
// read them.
QString documentJson(const LegalDocumentMeta &meta, const QString &type, const QString &issuer, const QString &symbol, int year,
                     const QString &body)
{
    const QJsonObject fields{{u"doc_type"_s, type}, {u"symbol"_s, symbol}, {u"year"_s, QString::number(year)},
                             {u"issuer"_s, issuer}, {u"signed_on"_s, optionalDate(meta.signedOn).toString()},
                             {u"effective_on"_s, optionalDate(meta.effectiveOn).toString()}, {u"signer"_s, meta.signer},
                             {u"signer_title"_s, meta.signerTitle}, {u"summary"_s, meta.summary.simplified()},
                             {u"part"_s, QString::number(int(meta.part))}, {u"body"_s, body}};
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

// The outcome of a server function that answers with a word, as a Status.
Status serverStatus(const Result<QVariantList> &answer, const QString &what)
{
    if (!answer)
        return answer.error();
    const QString outcome = answer->value(0).toString();
    if (outcome != u"done")
        return serverOutcomeError(outcome, what);
    return Done{};
}

} // namespace

GazetteStore::GazetteStore(Newsroom &newsroom)
    : m_newsroom(newsroom)
{
}

bool GazetteStore::printsBefore(const GazetteDocument &a, const GazetteDocument &b)
{
    const auto key = [](const GazetteDocument &d) {
        return std::tuple(int(d.meta.part), LegalDocumentTypes::issuerRank(d.meta.issuer), LegalDocumentTypes::typeRank(d.meta.typeKey),
                          d.meta.signedOn, d.meta.symbol);
    };
    return key(a) < key(b);
}

Result<GazetteDocument> GazetteStore::addDocument(const LegalDocumentMeta &meta, const QString &body,
                                                  const ImportedDocument *original, const User &user)
{
    if (!user.has(Role::Gazette))
        return Error{ErrorCode::Denied, tr("Only gazette staff may add documents to the Công báo.")};
    auto symbol = LegalSymbols::validate(meta);
    if (!symbol)
        return symbol.error();
    if (meta.summary.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The document needs its trích yếu (summary).")};
    const auto type = LegalDocumentTypes::find(meta.typeKey);
    const auto issuer = LegalDocumentTypes::findIssuer(meta.issuer);
    const int year = symbol->year != 0 ? symbol->year : meta.signedOn.year();

    QSqlDatabase db = m_newsroom.database();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    // Numbers compare without their leading zeros: 01763 is 1763.
    query.prepare(QStringLiteral("SELECT signed_on, symbol FROM gazette_documents WHERE year = ? AND ltrim(symbol, '0') = ?"));
    query.addBindValue(year);
    query.addBindValue(LegalSymbols::uniqueKey(symbol->text));
    if (!query.exec())
        return databaseError(query);
    if (query.next()) {
        return Error{ErrorCode::Conflict, tr("%1 is already in the store (signed %2); a symbol is used once a year.")
                                              .arg(query.value(1).toString(), QDate::fromString(query.value(0).toString(), Qt::ISODate)
                                                                     .toString(QStringLiteral("dd/MM/yyyy")))};
    }
    GazetteDocument document;
    document.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    document.meta = meta;
    document.meta.typeKey = QString::fromLatin1(type->key);
    document.meta.issuer = QString::fromUtf8(issuer->name);
    document.meta.symbol = symbol->text;
    document.meta.summary = meta.summary.simplified();
    document.year = year;
    document.body = body;
    const QString stamp = nowStamp();
    document.updatedAt = stamp;
    if (m_newsroom.isPostgres()) {
        const bool withOriginal = original && !original->original.isEmpty();
        auto added = callServer(db, u"SELECT outcome, id FROM pd_gazette_add(?, ?::jsonb, ?, ?, ?)"_s,
                                {ServerRights::actingLogin(&user),
                                 documentJson(meta, document.meta.typeKey, document.meta.issuer, symbol->text, year, nonNull(body)),
                                 withOriginal ? original->fileName : QString(), withOriginal ? original->mimeType : QString(),
                                 withOriginal ? original->original : QByteArray()});
        if (Status done = serverStatus(added, document.meta.symbol); !done)
            return done.error();
        document.id = added->value(1).toString();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return document;
    }
    if (!query.prepare(QStringLiteral("INSERT INTO gazette_documents (id, doc_type, symbol, year, issuer, signed_on,"
                                      " effective_on, signer, signer_title, summary, part, body, created_by, created_at,"
                                      " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return databaseError(query);
    for (const QVariant &value : {QVariant(document.id), QVariant(document.meta.typeKey), QVariant(document.meta.symbol),
                                  QVariant(year), QVariant(document.meta.issuer), optionalDate(meta.signedOn),
                                  optionalDate(meta.effectiveOn), QVariant(nonNull(meta.signer)), QVariant(nonNull(meta.signerTitle)),
                                  QVariant(document.meta.summary), QVariant(int(meta.part)), QVariant(nonNull(body)),
                                  QVariant(user.id), QVariant(stamp), QVariant(stamp)})
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query);
    if (original && !original->original.isEmpty()) {
        query.prepare(QStringLiteral("INSERT INTO gazette_attachments (document_id, file_name, mime_type, content, added_at)"
                                     " VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(document.id);
        query.addBindValue(original->fileName.isEmpty() ? QStringLiteral("clipboard.txt") : original->fileName);
        query.addBindValue(original->mimeType);
        query.addBindValue(original->original);
        query.addBindValue(stamp);
        if (!query.exec())
            return databaseError(query);
    }
    if (Status audited = AuditLog::record(db, &user, QStringLiteral("gazette.add"), document.id, {}, QStringLiteral("draft"),
                                          false, document.meta.symbol);
        !audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return document;
}

Result<GazetteDocument> GazetteStore::updateDocument(const QString &id, int baseVersion, const LegalDocumentMeta &meta,
                                                     const QString &body, const User &user)
{
    auto current = document(id);
    if (!current)
        return current.error();
    if (!ReviewRules::mayEdit(current->state, user, Role::Gazette))
        return Error{ErrorCode::Denied, tr("%1 is %2 and cannot be edited by you.").arg(current->meta.symbol, articleStateDisplayName(current->state))};
    if (!current->issueId.isEmpty()) {
        auto holder = issue(current->issueId);
        if (holder && holder->state != ArticleState::Draft && holder->state != ArticleState::Returned) {
            return Error{ErrorCode::Conflict, tr("%1 is in Số %2, which is %3; its documents change only while it is a draft or returned.")
                                                  .arg(current->meta.symbol, holder->number.text(), articleStateDisplayName(holder->state))};
        }
    }
    auto symbol = LegalSymbols::validate(meta);
    if (!symbol)
        return symbol.error();
    const int year = symbol->year != 0 ? symbol->year : meta.signedOn.year();
    QSqlDatabase db = m_newsroom.database();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT symbol FROM gazette_documents WHERE year = ? AND ltrim(symbol, '0') = ? AND id <> ?"));
    query.addBindValue(year);
    query.addBindValue(LegalSymbols::uniqueKey(symbol->text));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    if (query.next())
        return Error{ErrorCode::Conflict, tr("%1 is already in the store; a symbol is used once a year.").arg(query.value(0).toString())};
    const auto type = LegalDocumentTypes::find(meta.typeKey);
    const auto issuer = LegalDocumentTypes::findIssuer(meta.issuer);
    if (m_newsroom.isPostgres()) {
        const QString json = documentJson(meta, QString::fromLatin1(type->key), QString::fromUtf8(issuer->name), symbol->text, year,
                                          nonNull(body));
        if (Status edited = serverStatus(callServer(db, u"SELECT pd_gazette_edit(?, ?, ?, ?::jsonb)"_s,
                                                    {ServerRights::actingLogin(&user), id, baseVersion, json}),
                                         current->meta.symbol);
            !edited)
            return edited.error();
        if (!current->issueId.isEmpty()) {
            if (Status resorted = resort(current->issueId); !resorted)
                return resorted.error();
        }
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return document(id);
    }
    query.prepare(QStringLiteral("UPDATE gazette_documents SET doc_type = ?, symbol = ?, year = ?, issuer = ?, signed_on = ?,"
                                 " effective_on = ?, signer = ?, signer_title = ?, summary = ?, part = ?, body = ?,"
                                 " version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
    for (const QVariant &value : {QVariant(QString::fromLatin1(type->key)), QVariant(symbol->text), QVariant(year),
                                  QVariant(QString::fromUtf8(issuer->name)), optionalDate(meta.signedOn), optionalDate(meta.effectiveOn),
                                  QVariant(nonNull(meta.signer)), QVariant(nonNull(meta.signerTitle)), QVariant(meta.summary.simplified()),
                                  QVariant(int(meta.part)), QVariant(nonNull(body)), QVariant(nowStamp()), QVariant(id),
                                  QVariant(baseVersion)})
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query);
    if (query.numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, tr("%1 was saved by someone else since you opened it; reopen it.").arg(current->meta.symbol)};
    if (!current->issueId.isEmpty()) {
        if (Status resorted = resort(current->issueId); !resorted)
            return resorted.error();
    }
    if (Status audited = AuditLog::record(db, &user, QStringLiteral("gazette.edit"), id, articleStateKey(current->state),
                                          articleStateKey(current->state), false, {});
        !audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return document(id);
}

Result<GazetteDocument> GazetteStore::document(const QString &id) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT ") + documentColumns.arg(QStringLiteral("d.body")) + QStringLiteral(" WHERE d.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("No gazette document has the id %1.").arg(id)};
    return readDocument(query);
}

Result<QList<GazetteDocument>> GazetteStore::documents() const
{
    QSqlQuery query(m_newsroom.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + documentColumns.arg(QStringLiteral("''"))
                    + QStringLiteral(" ORDER BY d.signed_on DESC, d.id")))
        return databaseError(query);
    QList<GazetteDocument> documents;
    while (query.next())
        documents << readDocument(query);
    return documents;
}

Result<QList<GazetteAttachment>> GazetteStore::attachments(const QString &documentId) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT id, file_name, mime_type, content FROM gazette_attachments WHERE document_id = ? ORDER BY id"));
    query.addBindValue(documentId);
    if (!query.exec())
        return databaseError(query);
    QList<GazetteAttachment> files;
    while (query.next())
        files.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), query.value(3).toByteArray()});
    return files;
}

bool GazetteStore::isKnownSymbol(const QString &symbol) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("SELECT 1 FROM gazette_documents WHERE symbol = ?"));
    query.addBindValue(symbol);
    return query.exec() && query.next();
}

Result<GazetteIssue> GazetteStore::newIssue(int year, GazetteIssueNumber number, QDate publishedOn, const User &user)
{
    if (!user.has(Role::Gazette))
        return Error{ErrorCode::Denied, tr("Only gazette staff may open an issue of the Công báo.")};
    if (!publishedOn.isValid())
        return Error{ErrorCode::InvalidInput, tr("The issue needs its publication date (YYYY-MM-DD).")};
    if (publishedOn.year() != year)
        return Error{ErrorCode::InvalidInput, tr("Issues are numbered per year: an issue of %1 cannot be dated %2.")
                                                  .arg(year)
                                                  .arg(publishedOn.toString(QStringLiteral("dd/MM/yyyy")))};
    QSqlDatabase db = m_newsroom.database();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT number, last_number FROM gazette_issues WHERE year = ? AND number <= ? AND last_number >= ?"));
    query.addBindValue(year);
    query.addBindValue(number.last);
    query.addBindValue(number.first);
    if (!query.exec())
        return databaseError(query);
    if (query.next()) {
        const GazetteIssueNumber taken{query.value(0).toInt(), query.value(1).toInt()};
        return Error{ErrorCode::Conflict, tr("Số %1 of %2 already exists.").arg(taken.text()).arg(year)};
    }
    GazetteIssue issue;
    issue.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    issue.year = year;
    issue.number = number;
    issue.publishedOn = publishedOn;
    const QString stamp = nowStamp();
    if (m_newsroom.isPostgres()) {
        auto opened = callServer(db, u"SELECT outcome, id FROM pd_gazette_new_issue(?, ?, ?, ?, ?)"_s,
                                 {ServerRights::actingLogin(&user), year, number.first, number.last, publishedOn.toString(Qt::ISODate)});
        if (Status done = serverStatus(opened, tr("Số %1").arg(number.text())); !done)
            return done.error();
        issue.id = opened->value(1).toString();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return issue;
    }
    query.prepare(QStringLiteral("INSERT INTO gazette_issues (id, year, number, last_number, published_on, created_by,"
                                 " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(issue.id), QVariant(year), QVariant(number.first), QVariant(number.last),
                                  QVariant(publishedOn.toString(Qt::ISODate)), QVariant(user.id), QVariant(stamp), QVariant(stamp)})
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query);
    if (Status audited = AuditLog::record(db, &user, QStringLiteral("gazette.issue"), issue.id, {}, QStringLiteral("draft"),
                                          false, tr("Số %1").arg(number.text()));
        !audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return issue;
}

Result<GazetteIssue> GazetteStore::issue(const QString &id) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(issueColumns + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("No gazette issue has the id %1.").arg(id)};
    return readIssue(query);
}

Result<QList<GazetteIssue>> GazetteStore::issues() const
{
    QSqlQuery query(m_newsroom.database());
    if (!query.exec(issueColumns + QStringLiteral(" ORDER BY year DESC, number DESC")))
        return databaseError(query);
    QList<GazetteIssue> issues;
    while (query.next())
        issues << readIssue(query);
    return issues;
}

Result<QList<GazetteDocument>> GazetteStore::issueContents(const QString &issueId) const
{
    QSqlQuery query(m_newsroom.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + documentColumns.arg(QStringLiteral("d.body"))
                  + QStringLiteral(" WHERE c.issue_id = ? ORDER BY c.position"));
    query.addBindValue(issueId);
    if (!query.exec())
        return databaseError(query);
    QList<GazetteDocument> documents;
    while (query.next())
        documents << readDocument(query);
    return documents;
}

Status GazetteStore::checkIssueEditable(const GazetteIssue &issue, const User &user) const
{
    if (!user.has(Role::Gazette))
        return Error{ErrorCode::Denied, tr("Only gazette staff may change the contents of an issue.")};
    if (issue.state != ArticleState::Draft && issue.state != ArticleState::Returned) {
        return Error{ErrorCode::Conflict,
                     tr("Số %1 is %2; its contents change only while it is a draft or returned.")
                         .arg(issue.number.text(), articleStateDisplayName(issue.state))};
    }
    return Done{};
}

Status GazetteStore::addToIssue(const QString &issueId, const QStringList &documentIds, const User &user)
{
    auto target = issue(issueId);
    if (!target)
        return target.error();
    if (Status editable = checkIssueEditable(target.value(), user); !editable)
        return editable;
    QSqlDatabase db = m_newsroom.database();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    for (const QString &documentId : documentIds) {
        auto added = document(documentId);
        if (!added)
            return added.error();
        if (added->issueId == issueId)
            continue;
        if (!added->issueId.isEmpty()) {
            auto other = issue(added->issueId);
            return Error{ErrorCode::Conflict, tr("%1 is already in Số %2; a document is printed once.")
                                                  .arg(added->meta.symbol, other ? other->number.text() : added->issueId)};
        }
        if (added->state == ArticleState::Withdrawn)
            return Error{ErrorCode::Conflict, tr("%1 was withdrawn and cannot be printed.").arg(added->meta.symbol)};
        if (m_newsroom.isPostgres()) {
            if (Status placed = serverStatus(callServer(db, u"SELECT pd_gazette_place(?, ?, ?)"_s,
                                                        {ServerRights::actingLogin(&user), issueId, documentId}),
                                             added->meta.symbol);
                !placed)
                return placed;
            continue;
        }
        query.prepare(QStringLiteral("INSERT INTO gazette_issue_documents (issue_id, document_id, position)"
                                     " SELECT ?, ?, coalesce(max(position), -1) + 1 FROM gazette_issue_documents WHERE issue_id = ?"));
        query.addBindValue(issueId);
        query.addBindValue(documentId);
        query.addBindValue(issueId);
        if (!query.exec())
            return databaseError(query);
        if (Status audited = AuditLog::record(db, &user, QStringLiteral("gazette.add-to-issue"), issueId, {}, {}, false,
                                              added->meta.symbol);
            !audited)
            return audited;
    }
    if (!target->manualOrder) {
        if (Status resorted = resort(issueId); !resorted)
            return resorted;
    }
    if (Status touched = touchIssue(issueId); !touched)
        return touched;
    return transaction.commit();
}

Status GazetteStore::removeFromIssue(const QString &issueId, const QString &documentId, const User &user)
{
    auto target = issue(issueId);
    if (!target)
        return target.error();
    if (Status editable = checkIssueEditable(target.value(), user); !editable)
        return editable;
    QSqlDatabase db = m_newsroom.database();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    if (m_newsroom.isPostgres()) {
        if (Status removed = serverStatus(callServer(db, u"SELECT pd_gazette_unplace(?, ?, ?)"_s,
                                                     {ServerRights::actingLogin(&user), issueId, documentId}),
                                          tr("Số %1").arg(target->number.text()));
            !removed)
            return removed;
        return transaction.commit();
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM gazette_issue_documents WHERE issue_id = ? AND document_id = ?"));
    query.addBindValue(issueId);
    query.addBindValue(documentId);
    if (!query.exec())
        return databaseError(query);
    if (Status audited = AuditLog::record(db, &user, QStringLiteral("gazette.remove-from-issue"), issueId, {}, {}, false, documentId);
        !audited)
        return audited;
    if (Status touched = touchIssue(issueId); !touched)
        return touched;
    return transaction.commit();
}

Status GazetteStore::moveInIssue(const QString &issueId, const QString &documentId, int to, const User &user)
{
    auto target = issue(issueId);
    if (!target)
        return target.error();
    if (Status editable = checkIssueEditable(target.value(), user); !editable)
        return editable;
    auto contents = issueContents(issueId);
    if (!contents)
        return contents.error();
    QStringList order;
    for (const GazetteDocument &d : std::as_const(contents.value()))
        order << d.id;
    const qsizetype from = order.indexOf(documentId);
    if (from < 0)
        return Error{ErrorCode::NotFound, tr("That document is not in Số %1.").arg(target->number.text())};
    order.move(from, qBound(0, to, int(order.size()) - 1));

    QSqlDatabase db = m_newsroom.database();
    if (m_newsroom.isPostgres()) {
        return serverStatus(callServer(db, u"SELECT pd_gazette_order(?, ?, ?::text[], true)"_s,
                                       {ServerRights::actingLogin(&user), issueId, postgresArray(order)}),
                            tr("Số %1").arg(target->number.text()));
    }
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE gazette_issue_documents SET position = ? WHERE issue_id = ? AND document_id = ?"));
    for (qsizetype i = 0; i < order.size(); ++i) {
        query.addBindValue(int(i));
        query.addBindValue(issueId);
        query.addBindValue(order.at(i));
        if (!query.exec())
            return databaseError(query);
    }
    query.prepare(QStringLiteral("UPDATE gazette_issues SET manual_order = 1 WHERE id = ?"));
    query.addBindValue(issueId);
    if (!query.exec())
        return databaseError(query);
    if (Status touched = touchIssue(issueId); !touched)
        return touched;
    return transaction.commit();
}

Status GazetteStore::resort(const QString &issueId)
{
    auto contents = issueContents(issueId);
    if (!contents)
        return contents.error();
    QList<GazetteDocument> sorted = contents.value();
    std::stable_sort(sorted.begin(), sorted.end(), printsBefore);
    if (m_newsroom.isPostgres()) {
        QStringList order;
        for (const GazetteDocument &d : std::as_const(sorted))
            order << d.id;
        // The session acts: resorting follows a change the server allowed.
        return serverStatus(callServer(m_newsroom.database(), u"SELECT pd_gazette_order('', ?, ?::text[], false)"_s,
                                       {issueId, postgresArray(order)}),
                            issueId);
    }
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("UPDATE gazette_issue_documents SET position = ? WHERE issue_id = ? AND document_id = ?"));
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        query.addBindValue(int(i));
        query.addBindValue(issueId);
        query.addBindValue(sorted.at(i).id);
        if (!query.exec())
            return databaseError(query);
    }
    return Done{};
}

Status GazetteStore::touchIssue(const QString &issueId)
{
    // On a shared newsroom the server's functions count the versions.
    if (m_newsroom.isPostgres())
        return Done{};
    QSqlQuery query(m_newsroom.database());
    query.prepare(QStringLiteral("UPDATE gazette_issues SET version = version + 1, updated_at = ? WHERE id = ?"));
    query.addBindValue(nowStamp());
    query.addBindValue(issueId);
    if (!query.exec())
        return databaseError(query);
    return Done{};
}

Result<ArticleState> GazetteStore::perform(const QString &id, ReviewAction action, const User &user, const QString &reason)
{
    const auto asIssue = issue(id);
    const bool isIssue = asIssue.ok();
    const auto asDocument = isIssue ? Result<GazetteDocument>(Error{}) : document(id);
    if (!isIssue && !asDocument)
        return Error{ErrorCode::NotFound, tr("No gazette document or issue has the id %1.").arg(id)};
    const ArticleState from = isIssue ? asIssue->state : asDocument->state;
    const QString what = isIssue ? tr("Số %1").arg(asIssue->number.text()) : asDocument->meta.symbol;
    const QString actionKey = QStringLiteral("gazette.") + ReviewRules::actionKey(action);

    QSqlDatabase db = m_newsroom.database();
    auto verdict = ReviewRules::check(action, from, user, Role::Gazette);
    if (verdict && (action == ReviewAction::Return || action == ReviewAction::Withdraw) && reason.trimmed().isEmpty())
        verdict = Error{ErrorCode::InvalidInput, tr("Say why %1 is sent back or withdrawn.").arg(what)};
    if (verdict && isIssue && (action == ReviewAction::Submit || action == ReviewAction::Approve)) {
        auto contents = issueContents(id);
        if (!contents)
            return contents.error();
        QStringList pending;
        for (const GazetteDocument &d : std::as_const(contents.value())) {
            if (d.state != ArticleState::Approved && (action == ReviewAction::Approve || d.state == ArticleState::Withdrawn))
                pending << d.meta.symbol;
        }
        if (contents->isEmpty())
            verdict = Error{ErrorCode::Conflict, tr("%1 has no documents yet.").arg(what)};
        else if (!pending.isEmpty())
            verdict = Error{ErrorCode::Conflict, tr("%1 holds documents not yet approved: %2.").arg(what, pending.join(QStringLiteral(", ")))};
    }
    const QString kind = isIssue ? u"issue"_s : u"document"_s;
    if (m_newsroom.isPostgres()) {
        // The server decides and audits, in its words; the desk's check
        // words the refusal for the user.
        WriteTransaction transaction(db);
        if (!transaction.begun())
            return transaction.error();
        auto decided = callServer(db, u"SELECT outcome, from_state, to_state, detail FROM pd_review(?, ?, ?, ?, ?)"_s,
                                  {ServerRights::actingLogin(&user), kind, id, ReviewRules::actionKey(action), reason.trimmed()});
        if (!decided)
            return decided.error();
        const QString outcome = decided->value(0).toString();
        if (outcome == u"done") {
            if (Status committed = transaction.commit(); !committed)
                return committed.error();
            return articleStateFromKey(decided->value(2).toString()).value_or(ArticleState::Draft);
        }
        if (Status committed = transaction.commit(); !committed)  // keeps the server's record of the refusal
            return committed.error();
        if (!verdict)
            return verdict.error();
        if (outcome == u"pending")
            return Error{ErrorCode::Conflict, tr("%1 holds documents not yet approved: %2.").arg(what, decided->value(3).toString())};
        return serverOutcomeError(outcome, what);
    }
    if (!verdict) {
        (void)AuditLog::record(db, &user, actionKey, id, articleStateKey(from), {}, true, verdict.error().message);
        return verdict.error();
    }
    const ArticleState to = verdict.value();

    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE %1 SET state = ?, version = version + 1, updated_at = ? WHERE id = ? AND state = ?")
                      .arg(isIssue ? QStringLiteral("gazette_issues") : QStringLiteral("gazette_documents")));
    query.addBindValue(articleStateKey(to));
    query.addBindValue(nowStamp());
    query.addBindValue(id);
    query.addBindValue(articleStateKey(from));
    if (!query.exec())
        return databaseError(query);
    if (query.numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, tr("%1 was changed by someone else meanwhile; look again.").arg(what)};
    // An approved issue goes to the portal; one taken back comes down.
    const bool toPortal = isIssue && (to == ArticleState::Approved || from == ArticleState::Approved);
    if (toPortal) {
        query.prepare(QStringLiteral("INSERT INTO gazette_outbox (issue_id, version, action, queued_at) VALUES (?, ?, ?, ?)"));
        query.addBindValue(id);
        query.addBindValue(asIssue->version + 1);
        query.addBindValue(to == ArticleState::Approved ? QStringLiteral("publish") : QStringLiteral("withdraw"));
        query.addBindValue(nowStamp());
        if (!query.exec())
            return databaseError(query);
    }
    if (Status audited = AuditLog::record(db, &user, actionKey, id, articleStateKey(from), articleStateKey(to), false, reason.trimmed());
        !audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return to;
}

} // namespace PortalDesk::Models
