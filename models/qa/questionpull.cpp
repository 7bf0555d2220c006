#include "questionpull.h"

#include "newsroom.h"
#include "portal.h"
#include "questionstore.h"
#include "sqlsupport.h"
#include "user.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <libpq-fe.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

// The portal's time as UTC, whatever its driver hands back: a
// TIMESTAMPTZ (PostgreSQL), a DATETIME in UTC (MySQL), ISO text (SQLite).
QDateTime utcTime(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDateTime) {
        QDateTime time = value.toDateTime();
        if (time.timeSpec() == Qt::LocalTime && !time.timeZone().isValid())
            time.setTimeZone(QTimeZone::UTC);
        return time.toUTC();
    }
    const QString text = value.toString().trimmed();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text.left(19), u"yyyy-MM-dd HH:mm:ss"_s);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::UTC);
    return time.toUTC();
}

// Why a row of the form cannot be taken, in a few words; empty if it can.
QString problemOf(const IncomingQuestion &q)
{
    static const QRegularExpression idPattern(u"^[0-9A-Za-z-]{1,64}$"_s);
    if (!idPattern.match(q.id).hasMatch())
        return QuestionPull::tr("its uuid is not one");
    if (q.title.trimmed().isEmpty() || q.body.trimmed().isEmpty())
        return QuestionPull::tr("it has no title or no text");
    if (!q.submittedAt.isValid())
        return QuestionPull::tr("its time of submission cannot be read");
    // An SQLite or MySQL portal may hold bytes that are not UTF-8; taken as
    // they are, they would show as "�" in the question and its answer.
    for (const QString *text : {&q.title, &q.body, &q.field, &q.asker.name, &q.asker.email, &q.asker.phone, &q.asker.address}) {
        if (text->contains(QChar::ReplacementCharacter))
            return QuestionPull::tr("its text is not valid UTF-8");
    }
    const qsizetype bytes = q.title.toUtf8().size() + q.body.toUtf8().size() + q.field.toUtf8().size() + q.asker.name.toUtf8().size()
                            + q.asker.email.toUtf8().size() + q.asker.phone.toUtf8().size() + q.asker.address.toUtf8().size();
    if (bytes > maxQuestionBytes)
        return QuestionPull::tr("it is longer than %1 KB").arg(maxQuestionBytes / 1024);
    return {};
}

// A PostgreSQL portal's rows read through libpq itself: Qt's driver turns
// each value into a QVariant, which cost more than the rows' transfer.
using PgResult = std::unique_ptr<PGresult, decltype(&PQclear)>;

PgResult pgExec(PGconn *connection, const QByteArray &sql, const QList<QByteArray> &parameters)
{
    std::vector<const char *> values;
    for (const QByteArray &parameter : parameters)
        values.push_back(parameter.constData());
    return PgResult(PQexecParams(connection, sql.constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0), &PQclear);
}

Error pgError(PGconn *connection, const Portal &portal)
{
    return Error{ErrorCode::Failed, QuestionPull::tr("Cannot read the questions of %1: %2.")
                                        .arg(portal.display(), QString::fromUtf8(PQerrorMessage(connection)).trimmed())};
}

} // namespace

QuestionPull::QuestionPull(Newsroom &newsroom, Portal &portal)
    : m_newsroom(newsroom)
    , m_portal(portal)
{
}

Result<QuestionPullSummary> QuestionPull::run(const User &by)
{
    QSqlDatabase portal = m_portal.database();
    const auto portalError = [&](const QSqlQuery &query) {
        return Error{ErrorCode::Failed, tr("Cannot read the questions of %1: %2. (Is it set up? \"portaldesk-cli portal init\" "
                                           "creates portal_questions.)").arg(m_portal.display(), sqlReason(query.lastError()))};
    };
    // Before touching the portal: its rows are blanked once taken.
    if (!(by.has(Role::Qa) || by.has(Role::ChiefEditor) || by.has(Role::Admin)))
        return Error{ErrorCode::Denied, tr("Only the question staff, chief editors and admins pull questions from the portal.")};
    QuestionStore store(m_newsroom);
    QuestionPullSummary summary;
    // Where the last batch ended, so that a PostgreSQL portal's scan starts
    // there instead of stepping again over the rows earlier batches marked
    // (the index of new rows keeps them until vacuum). A key a millisecond
    // early (to_char drops microseconds) only meets marked rows again, which
    // are no longer new.
    QByteArray afterTime;
    QByteArray afterId;
    for (;;) {
        QList<IncomingQuestion> rows;
        if (PGconn *connection = postgresConnection(portal)) {
            const QByteArray after = afterId.isNull() ? QByteArray() : QByteArrayLiteral(" AND (submitted_at, uuid) > ($1::timestamptz, $2)");
            const PgResult result = pgExec(connection, QByteArrayLiteral(
                "SELECT uuid, asker_name, asker_email, asker_phone, asker_address, title, body, field,"
                " to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
                " FROM portal_questions WHERE status = 'new'") + after + QByteArrayLiteral(" ORDER BY submitted_at, uuid LIMIT ")
                                                    + QByteArray::number(batchSize),
                                           afterId.isNull() ? QList<QByteArray>{} : QList<QByteArray>{afterTime, afterId});
            if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
                return pgError(connection, m_portal);
            const auto text = [&](int row, int column) { return QString::fromUtf8(PQgetvalue(result.get(), row, column)); };
            for (int row = 0; row < PQntuples(result.get()); ++row) {
                IncomingQuestion q;
                q.id = text(row, 0);
                q.asker = {text(row, 1), text(row, 2), text(row, 3), text(row, 4), {}};
                q.title = text(row, 5);
                q.body = text(row, 6);
                q.field = text(row, 7);
                q.submittedAt = QDateTime::fromString(text(row, 8), Qt::ISODateWithMs);
                rows.append(std::move(q));
            }
            if (const int last = PQntuples(result.get()) - 1; last >= 0) {
                afterTime = QByteArray(PQgetvalue(result.get(), last, 8));
                afterId = QByteArray(PQgetvalue(result.get(), last, 0));
            }
        } else {
            QSqlQuery select(portal);
            select.setForwardOnly(true);
            if (!select.prepare(u"SELECT uuid, asker_name, asker_email, asker_phone, asker_address, title, body, field, submitted_at"
                                " FROM portal_questions WHERE status = 'new' ORDER BY submitted_at, uuid LIMIT %1"_s.arg(batchSize))
                || !select.exec())
                return portalError(select);
            while (select.next()) {
                IncomingQuestion q;
                q.id = select.value(0).toString();
                q.asker = {select.value(1).toString(), select.value(2).toString(), select.value(3).toString(), select.value(4).toString(), {}};
                q.title = select.value(5).toString();
                q.body = select.value(6).toString();
                q.field = select.value(7).toString();
                q.submittedAt = utcTime(select.value(8));
                rows.append(std::move(q));
            }
        }
        QList<IncomingQuestion> batch;
        QStringList taken;
        QStringList refused;
        for (IncomingQuestion &q : rows) {
            if (const QString problem = problemOf(q); !problem.isEmpty()) {
                summary.skipped << tr("Question %1 on the portal was not taken: %2.").arg(q.id.left(64), problem);
                refused << q.id;
                continue;
            }
            taken << q.id;
            batch.append(std::move(q));
        }
        if (batch.isEmpty() && refused.isEmpty())
            break;
        summary.fetched += int(batch.size());
        // The newsroom first: once it has committed, the portal may forget.
        auto added = store.receive(batch, by);
        if (!added)
            return added.error();
        summary.added += added.value();

        WriteTransaction transaction(portal);
        if (!transaction.begun())
            return transaction.error();
        QSqlQuery update(portal);
        for (const auto &[ids, sql] : {std::pair{taken, u"UPDATE portal_questions SET status = 'received', asker_email = '', asker_phone = '',"
                                                          " asker_address = '' WHERE uuid %1"_s},
                                       std::pair{refused, u"UPDATE portal_questions SET status = 'refused' WHERE uuid %1"_s}}) {
            if (ids.isEmpty())
                continue;
            if (PGconn *connection = postgresConnection(portal)) {
                // One array, not two thousand parameters.
                const PgResult result = pgExec(connection, sql.arg(u"= ANY ($1::text[])"_s).toUtf8(), {postgresArray(ids).toUtf8()});
                if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
                    return pgError(connection, m_portal);
                continue;
            }
            if (!update.prepare(sql.arg(u"IN (%1)"_s.arg(placeholders(ids.size())))))
                return portalError(update);
            for (const QString &id : ids)
                update.addBindValue(id);
            if (!update.exec())
                return portalError(update);
        }
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        if (rows.size() < batchSize)
            break;
    }

    // What the portal threw away (deleted, or marked spam) while the
    // newsroom still had it open.
    auto open = store.openIds();
    if (!open)
        return open.error();
    if (!open->isEmpty()) {
        QSqlQuery kept(portal);
        kept.setForwardOnly(true);
        if (!kept.exec(u"SELECT uuid FROM portal_questions WHERE status <> 'spam'"_s))
            return portalError(kept);
        QSet<QString> onPortal;
        while (kept.next())
            onPortal.insert(kept.value(0).toString());
        QStringList gone;
        for (const QString &id : std::as_const(open.value())) {
            if (!onPortal.contains(id))
                gone << id;
        }
        auto marked = store.markDeletedOnPortal(gone, by);
        if (!marked)
            return marked.error();
        summary.deletedOnPortal = marked.value();
    }
    return summary;
}

} // namespace PortalDesk::Models
