// QuestionStore's writes: on a shared newsroom each is one of the server's
// functions (server-rights-19.postgres.sql), which checks and audits it
// again; on an embedded newsroom the same checks and the audit are here,
// each write one transaction.
#include "questionstore.h"

#include "auditlog.h"
#include "newsroom.h"
#include "postgresquestionwriter.h"
#include "serverrights.h"
#include "sqlitequestioninsert.h"
#include "sqlsupport.h"
#include "user.h"
#include "vietnamesetext.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

bool isAdmin(const User &user)
{
    return user.has(Role::Admin);
}

bool mayPull(const User &user)
{
    return user.has(Role::Qa) || user.has(Role::ChiefEditor) || user.has(Role::Admin);
}

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

Status exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return databaseError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query);
    return Done{};
}

// What the queue's search box matches: the title, as pd_qa_fold makes it.
QString folded(const QString &title)
{
    return foldDiacritics(title).toLower();
}

} // namespace

Result<Agency> QuestionStore::addAgency(const QString &name, const User &by)
{
    const QString trimmed = name.simplified();
    const Error denied{ErrorCode::Denied, tr("Only admins keep the list of agencies.")};
    if (trimmed.isEmpty() || trimmed.toUtf8().size() > 512 || trimmed.contains(QChar::ReplacementCharacter))
        return Error{ErrorCode::InvalidInput, tr("An agency needs a name of at most 512 bytes of valid text.")};
    if (auto existing = findAgency(trimmed); existing && existing->name.compare(trimmed, Qt::CaseInsensitive) == 0)
        return Error{ErrorCode::Conflict, tr("The agency \"%1\" is on the list already.").arg(existing->name)};
    QSqlDatabase db = m_newsroom.database();
    if (m_newsroom.isPostgres()) {
        auto added = callServer(db, u"SELECT outcome, id FROM pd_qa_agency(?, 0, ?, true)"_s, {ServerRights::actingLogin(&by), trimmed});
        if (!added)
            return added.error();
        const QString outcome = added->value(0).toString();
        if (outcome == u"refused")
            return denied;
        if (outcome != u"done")
            return serverOutcomeError(outcome, trimmed);
        return Agency{added->value(1).toLongLong(), trimmed, true};
    }
    if (!isAdmin(by))
        return refuse(by, u"qa.agency"_s, {}, denied).error();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    if (Status done = exec(query, u"INSERT INTO qa_agencies (name, active, added_at) VALUES (?, 1, ?)"_s, {trimmed, nowStamp()}); !done)
        return done.error();
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status audited = AuditLog::record(db, &by, u"qa.agency"_s, {}, {}, {}, false, u"added: "_s + trimmed); !audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return Agency{id, trimmed, true};
}

Status QuestionStore::setAgencyActive(qint64 id, bool active, const User &by)
{
    const Error denied{ErrorCode::Denied, tr("Only admins keep the list of agencies.")};
    QSqlDatabase db = m_newsroom.database();
    if (m_newsroom.isPostgres()) {
        auto set = callServer(db, u"SELECT outcome, id FROM pd_qa_agency(?, ?, '', ?)"_s, {ServerRights::actingLogin(&by), id, active});
        if (!set)
            return set.error();
        const QString outcome = set->value(0).toString();
        if (outcome == u"refused")
            return denied;
        if (outcome == u"not_found")
            return Error{ErrorCode::NotFound, tr("No agency has the id %1.").arg(id)};
        return outcome == u"done" ? Status(Done{}) : Status(serverOutcomeError(outcome, QString::number(id)));
    }
    if (!isAdmin(by))
        return refuse(by, u"qa.agency"_s, {}, denied);
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    if (Status done = exec(query, u"UPDATE qa_agencies SET active = ? WHERE id = ?"_s, {active ? 1 : 0, id}); !done)
        return done;
    if (query.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, tr("No agency has the id %1.").arg(id)};
    if (Status audited = AuditLog::record(db, &by, u"qa.agency"_s, {}, {}, {}, false,
                                          u"%1: %2"_s.arg(id).arg(active ? u"active"_s : u"inactive"_s));
        !audited)
        return audited;
    return transaction.commit();
}

Status QuestionStore::setCalendarDay(const QDate &date, const QString &kind, const QString &note, const User &by)
{
    const Error denied{ErrorCode::Denied, tr("Only admins correct the working calendar.")};
    if (!date.isValid() || !(kind.isEmpty() || kind == u"off" || kind == u"work") || note.toUtf8().size() > 512)
        return Error{ErrorCode::InvalidInput, tr("A calendar day is a valid date, \"off\" or \"work\", and a note of at most 512 bytes.")};
    QSqlDatabase db = m_newsroom.database();
    if (m_newsroom.isPostgres()) {
        auto set = callServer(db, u"SELECT pd_qa_calendar(?, ?, ?, ?)"_s, {ServerRights::actingLogin(&by), day(date), nonNull(kind), nonNull(note.trimmed())});
        if (!set)
            return set.error();
        const QString outcome = set->value(0).toString();
        if (outcome == u"refused")
            return denied;
        return outcome == u"done" ? Status(Done{}) : Status(serverOutcomeError(outcome, day(date)));
    }
    if (!isAdmin(by))
        return refuse(by, u"qa.calendar"_s, {}, denied);
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    const Status done = kind.isEmpty()
                            ? exec(query, u"DELETE FROM qa_calendar WHERE day = ?"_s, {day(date)})
                            : exec(query, u"INSERT INTO qa_calendar (day, kind, note, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)"
                                          " ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, note = excluded.note,"
                                          " changed_by = excluded.changed_by, changed_at = excluded.changed_at"_s,
                                   {day(date), kind, nonNull(note.trimmed()), by.id, nowStamp()});
    if (!done)
        return done;
    const QString what = u"%1: %2"_s.arg(day(date), kind.isEmpty() ? u"as the law says"_s : kind)
                         + (note.trimmed().isEmpty() ? QString() : u" (%1)"_s.arg(note.trimmed()));
    if (Status audited = AuditLog::record(db, &by, u"qa.calendar"_s, {}, {}, {}, false, what); !audited)
        return audited;
    return transaction.commit();
}

qsizetype IncomingQuestion::utf8Size() const
{
    qsizetype bytes = 0;
    for (const QString *text : {&title, &body, &field, &asker.name, &asker.email, &asker.phone, &asker.address})
        bytes += Models::utf8Size(*text);
    return bytes;
}

Result<QuestionStore::PostgresBatch> QuestionStore::postgresBatch(const QList<IncomingQuestion> &incoming, const User &by)
{
    if (Status checked = checkIncoming(incoming); !checked)
        return checked.error();
    // One array per column, in binary: the server unnests them into one
    // INSERT … SELECT (pd_qa_receive_columns, schema 20).
    std::array<QList<QByteArray>, 9> columns;
    for (QList<QByteArray> &column : columns)
        column.reserve(incoming.size());
    for (const IncomingQuestion &q : incoming) {
        columns[0] << q.id.toUtf8();
        columns[1] << q.title.toUtf8();
        columns[2] << q.body.toUtf8();
        columns[3] << q.field.toUtf8();
        columns[4] << toStamp(q.submittedAt).toUtf8();
        columns[5] << q.asker.name.toUtf8();
        columns[6] << q.asker.email.toUtf8();
        columns[7] << q.asker.phone.toUtf8();
        columns[8] << q.asker.address.toUtf8();
    }
    PostgresBatch batch;
    batch.parameters[0] = ServerRights::actingLogin(&by).toUtf8();
    for (size_t i = 0; i < columns.size(); ++i)
        batch.parameters[i + 1] = postgresBinaryTextArray(columns[i]);
    return batch;
}

bool QuestionStore::sendPostgresBatch(PGconn *connection, const PostgresBatch &batch)
{
    constexpr Oid textArray = 1009;
    std::array<Oid, 10> types;
    std::array<const char *, 10> values;
    std::array<int, 10> lengths;
    std::array<int, 10> formats;
    for (size_t i = 0; i < batch.parameters.size(); ++i) {
        types[i] = i == 0 ? 0 : textArray;
        values[i] = batch.parameters[i].constData();
        lengths[i] = int(batch.parameters[i].size());
        formats[i] = i == 0 ? 0 : 1;
    }
    return PQsendQueryParams(connection, "SELECT pd_qa_receive_columns($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                             int(batch.parameters.size()), types.data(), values.data(), lengths.data(), formats.data(), 0)
           == 1;
}

Error QuestionStore::postgresSendError(const QString &reason)
{
    return Error{ErrorCode::Failed, tr("The newsroom did not take the questions pulled: %1").arg(reason)};
}

Result<int> QuestionStore::postgresReceived(const pg_result *result)
{
    if (PQresultStatus(result) != PGRES_TUPLES_OK || PQntuples(result) != 1) {
        const QString reason = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        if (qstrcmp(PQresultErrorField(result, PG_DIAG_SQLSTATE), "42501") == 0)
            return Error{ErrorCode::Denied, tr("The newsroom's server does not allow this for your account: %1").arg(reason)};
        return Error{ErrorCode::Failed, tr("The newsroom did not take the questions pulled: %1").arg(reason)};
    }
    const int count = QByteArray(PQgetvalue(result, 0, 0)).toInt();
    if (count == -1)
        return Error{ErrorCode::Denied, tr("Only the question staff, chief editors and admins pull questions from the portal.")};
    if (count < 0)
        return serverOutcomeError(u"invalid"_s, tr("the questions pulled"));
    return count;
}

Status QuestionStore::checkIncoming(const QList<IncomingQuestion> &incoming)
{
    static const QRegularExpression idPattern(u"^[0-9A-Za-z-]{1,64}$"_s);
    for (const IncomingQuestion &q : incoming) {
        if (!idPattern.match(q.id).hasMatch() || QStringView(q.title).trimmed().isEmpty() || QStringView(q.body).trimmed().isEmpty()
            || !q.submittedAt.isValid() || q.utf8Size() > maxQuestionBytes)
            return Error{ErrorCode::InvalidInput, tr("Question %1 cannot be taken: it needs an id, a title, a text and a time, "
                                                     "in at most %2 KB.").arg(q.id).arg(maxQuestionBytes / 1024)};
    }
    return Done{};
}

Result<int> QuestionStore::receive(const QList<IncomingQuestion> &incoming, const User &by)
{
    const Error denied{ErrorCode::Denied, tr("Only the question staff, chief editors and admins pull questions from the portal.")};
    if (incoming.isEmpty())
        return 0;
    QSqlDatabase db = m_newsroom.database();
    if (m_newsroom.isPostgres()) {
        PGconn *connection = postgresConnection(db);
        if (!connection)
            return Error{ErrorCode::Failed, tr("Not connected to a PostgreSQL newsroom.")};
        PostgresQuestionWriter writer(connection);
        if (Status sent = writer.send(incoming, by); !sent)
            return sent.error();
        return writer.finishOldest();
    }
    if (Status checked = checkIncoming(incoming); !checked)
        return checked.error();
    if (!mayPull(by))
        return refuse(by, u"qa.pull"_s, {}, denied).error();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    const QString now = nowStamp();
    int added = 0;
    {
        // Its own scope: the connection checks constraints again after it.
        SqliteQuestionInsert insert(db);
        if (Status prepared = insert.prepare(); !prepared)
            return prepared.error();
        for (const IncomingQuestion &q : incoming) {
            auto inserted = insert.add(q, folded(q.title), now);
            if (!inserted)
                return inserted.error();
            if (inserted.value())
                ++added;
        }
    }
    if (added > 0) {
        if (Status audited = AuditLog::record(db, &by, u"qa.pull"_s, {}, {}, {}, false, u"%1 new questions from the portal"_s.arg(added)); !audited)
            return audited.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

Result<int> QuestionStore::markDeletedOnPortal(const QStringList &ids, const User &by)
{
    const Error denied{ErrorCode::Denied, tr("Only the question staff, chief editors and admins pull questions from the portal.")};
    if (ids.isEmpty())
        return 0;
    QSqlDatabase db = m_newsroom.database();
    if (m_newsroom.isPostgres()) {
        auto marked = callServer(db, u"SELECT pd_qa_portal_deleted(?, ?::text[])"_s, {ServerRights::actingLogin(&by), postgresArray(ids)});
        if (!marked)
            return marked.error();
        if (marked->value(0).toInt() < 0)
            return denied;
        return marked->value(0).toInt();
    }
    if (!mayPull(by))
        return refuse(by, u"qa.pull"_s, {}, denied).error();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery select(db);
    if (Status done = exec(select, u"SELECT id, state FROM questions WHERE id IN (SELECT value FROM %1) AND portal_deleted_at IS NULL"_s.arg(idList(db)),
                           {jsonArray(ids)});
        !done)
        return done.error();
    QList<std::pair<QString, QString>> found;
    while (select.next())
        found.append({select.value(0).toString(), select.value(1).toString()});
    select.finish();
    const QString now = nowStamp();
    QSqlQuery update(db);
    for (const auto &[id, state] : std::as_const(found)) {
        const QString to = state == u"received" ? u"spam"_s : state;
        if (Status done = exec(update, u"UPDATE questions SET portal_deleted_at = ?, state = ?, version = version + 1, updated_at = ? WHERE id = ?"_s,
                               {now, to, now, id});
            !done)
            return done.error();
        if (Status audited = AuditLog::record(db, &by, u"qa.portal-deleted"_s, id, state, to, false, u"deleted on the portal"_s); !audited)
            return audited.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return int(found.size());
}

Result<int> QuestionStore::eraseExpiredContacts(const QDate &today, const User &by)
{
    const Error denied{ErrorCode::Denied, tr("Only admins erase askers' contact details.")};
    auto months = retentionMonths();
    if (!months)
        return months.error();
    const QString before = toStamp(QDateTime(today.addMonths(-months.value()), QTime(0, 0), QTimeZone::fromSecondsAheadOfUtc(7 * 3600)));
    QSqlDatabase db = m_newsroom.database();
    if (m_newsroom.isPostgres()) {
        auto erased = callServer(db, u"SELECT pd_qa_erase(?, ?)"_s, {ServerRights::actingLogin(&by), before});
        if (!erased)
            return erased.error();
        if (erased->value(0).toInt() < 0)
            return denied;
        return erased->value(0).toInt();
    }
    if (!isAdmin(by))
        return refuse(by, u"qa.erase"_s, {}, denied).error();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery select(db);
    if (Status done = exec(select, u"SELECT k.question_id FROM question_askers k JOIN questions q ON q.id = k.question_id"
                                    " WHERE k.erased_at IS NULL AND ((q.state = 'published' AND q.published_at < ?)"
                                    " OR (q.state IN ('rejected','merged','spam') AND q.updated_at < ?))"_s,
                           {before, before});
        !done)
        return done.error();
    QStringList ids;
    while (select.next())
        ids << select.value(0).toString();
    select.finish();
    QSqlQuery erase(db);
    const QString now = nowStamp();
    for (const QString &id : std::as_const(ids)) {
        if (Status done = exec(erase, u"UPDATE question_askers SET name = '', email = '', phone = '', address = '', erased_at = ? WHERE question_id = ?"_s,
                               {now, id});
            !done)
            return done.error();
        if (Status audited = AuditLog::record(db, &by, u"qa.erase"_s, id, {}, {}, false, u"contact details erased after the retention period"_s);
            !audited)
            return audited.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return int(ids.size());
}

} // namespace PortalDesk::Models
