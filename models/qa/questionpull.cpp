#include "questionpull.h"

#include "newsroom.h"
#include "portal.h"
#include "portalquestionmarker.h"
#include "portalquestionstream.h"
#include "postgresquestionwriter.h"
#include "questionstore.h"
#include "sqlsupport.h"
#include "user.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <libpq-fe.h>

#include <deque>
#include <memory>
#include <optional>

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
    if (QStringView(q.title).trimmed().isEmpty() || QStringView(q.body).trimmed().isEmpty())
        return QuestionPull::tr("it has no title or no text");
    if (!q.submittedAt.isValid())
        return QuestionPull::tr("its time of submission cannot be read");
    // An SQLite or MySQL portal may hold bytes that are not UTF-8; taken as
    // they are, they would show as "�" in the question and its answer.
    for (const QString *text : {&q.title, &q.body, &q.field, &q.asker.name, &q.asker.email, &q.asker.phone, &q.asker.address}) {
        if (text->contains(QChar::ReplacementCharacter))
            return QuestionPull::tr("its text is not valid UTF-8");
    }
    if (q.utf8Size() > maxQuestionBytes)
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
    // Before touching the portal: its rows are blanked once taken.
    if (!(by.has(Role::Qa) || by.has(Role::ChiefEditor) || by.has(Role::Admin)))
        return Error{ErrorCode::Denied, tr("Only the question staff, chief editors and admins pull questions from the portal.")};
    QuestionStore store(m_newsroom);
    QuestionPullSummary summary;
    QElapsedTimer clock;
    clock.start();
    QSet<QString> readNow;  // what this pull took: on the portal a moment ago
    // Sorts a batch: what may be taken, each id in taken or refused.
    const auto check = [&](QList<IncomingQuestion> &rows, QList<IncomingQuestion> &batch, QStringList &taken, QStringList &refused) {
        batch.reserve(rows.size());
        for (IncomingQuestion &q : rows) {
            if (const QString problem = problemOf(q); !problem.isEmpty()) {
                summary.skipped << tr("Question %1 on the portal was not taken: %2.").arg(q.id.left(64), problem);
                refused << q.id;
                continue;
            }
            taken << q.id;
            batch.append(std::move(q));
        }
        summary.fetched += int(batch.size());
    };
    // Validates a batch and stores what may be taken in the newsroom, in one
    // transaction; the portal may forget a row only after that commit.
    const auto keep = [&](QList<IncomingQuestion> &rows, QStringList &taken, QStringList &refused) -> Status {
        summary.timings.readMs += clock.restart();
        QList<IncomingQuestion> batch;
        check(rows, batch, taken, refused);
        auto added = store.receive(batch, by);
        summary.timings.writeMs += clock.restart();
        if (!added)
            return added.error();
        summary.added += added.value();
        for (const QString &id : std::as_const(taken))
            readNow.insert(id);
        return Done{};
    };

    QSqlDatabase portal = m_portal.database();
    if (PGconn *connection = postgresConnection(portal)) {
        // The whole pull is one read; a second connection marks each batch
        // once the newsroom has committed it, while the reading goes on.
        PortalQuestionMarker marker;
        if (!marker.open(connection))
            return readError(marker.error());
        Status read = [&]() -> Status {
            PortalQuestionStream stream(connection);
            if (!stream.start())
                return readError(stream.error());
            // Into a PostgreSQL newsroom the batches go without waiting:
            // the next is read while the server stores this one.
            PGconn *newsroom = postgresConnection(m_newsroom.database());
            std::optional<PostgresQuestionWriter> writer;
            if (newsroom)
                writer.emplace(newsroom);
            std::deque<std::pair<QStringList, QStringList>> unmarked;  // each batch at the newsroom's server
            const auto finishOldest = [&]() -> Status {
                auto added = writer->finishOldest();
                summary.timings.writeMs += clock.restart();
                const auto [taken, refused] = std::move(unmarked.front());
                unmarked.pop_front();
                if (!added)
                    return added.error();
                summary.added += added.value();
                for (const QString &id : taken)
                    readNow.insert(id);
                const bool sent = marker.mark(taken, refused);
                summary.timings.markMs += clock.restart();
                return sent ? Status(Done{}) : Status(readError(marker.error()));
            };
            const auto sendOrKeep = [&](QList<IncomingQuestion> &rows) -> Status {
                QStringList taken;
                QStringList refused;
                if (!writer) {
                    if (Status kept = keep(rows, taken, refused); !kept)
                        return kept;
                    const bool sent = marker.mark(taken, refused);
                    summary.timings.markMs += clock.restart();
                    return sent ? Status(Done{}) : Status(readError(marker.error()));
                }
                summary.timings.readMs += clock.restart();
                QList<IncomingQuestion> batch;
                check(rows, batch, taken, refused);
                if (batch.isEmpty()) {
                    const bool sent = marker.mark(taken, refused);
                    summary.timings.markMs += clock.restart();
                    return sent ? Status(Done{}) : Status(readError(marker.error()));
                }
                while (!writer->hasIdleConnection()) {
                    if (Status finished = finishOldest(); !finished)
                        return finished;
                }
                if (Status sent = writer->send(batch, by); !sent)
                    return sent;
                unmarked.emplace_back(std::move(taken), std::move(refused));
                summary.timings.writeMs += clock.restart();
                return Done{};
            };
            QList<IncomingQuestion> rows;
            rows.reserve(batchSize);
            for (;;) {
                IncomingQuestion q;
                const bool more = stream.next(q);
                if (more)
                    rows.append(std::move(q));
                if (rows.size() == batchSize || (!more && !rows.isEmpty())) {
                    if (Status kept = sendOrKeep(rows); !kept)
                        return kept;
                    rows.clear();
                }
                if (!more)
                    break;
            }
            while (writer && writer->hasPending()) {
                if (Status finished = finishOldest(); !finished)
                    return finished;
            }
            if (!stream.error().isEmpty())
                return readError(stream.error());
            return Done{};
        }();
        summary.timings.readMs += clock.restart();
        const bool marked = marker.wait();
        summary.timings.markMs += clock.restart();
        if (!read)
            return read.error();
        if (!marked)
            return readError(marker.error());
    } else {
        // SQLite and MySQL portals: a batch at a time, each marked before
        // the next is read (the next batch is the first 'new' rows again).
        for (;;) {
            QSqlQuery select(portal);
            select.setForwardOnly(true);
            if (!select.prepare(u"SELECT uuid, asker_name, asker_email, asker_phone, asker_address, title, body, field, submitted_at"
                                " FROM portal_questions WHERE status = 'new' ORDER BY submitted_at, uuid LIMIT %1"_s.arg(batchSize))
                || !select.exec())
                return portalError(select);
            QList<IncomingQuestion> rows;
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
            if (rows.isEmpty())
                break;
            const qsizetype read = rows.size();
            QStringList taken;
            QStringList refused;
            if (Status kept = keep(rows, taken, refused); !kept)
                return kept.error();
            Status marked = markOnPortal(taken, refused);
            summary.timings.markMs += clock.restart();
            if (!marked)
                return marked.error();
            if (read < batchSize)
                break;
        }
    }

    // What the portal threw away (deleted, or marked spam) while the
    // newsroom still had it open.
    auto gone = goneFromPortal(store, readNow);
    if (!gone)
        return gone.error();
    if (!gone->isEmpty()) {
        auto marked = store.markDeletedOnPortal(gone.value(), by);
        if (!marked)
            return marked.error();
        summary.deletedOnPortal = marked.value();
    }
    summary.timings.checkMs += clock.restart();
    return summary;
}

Error QuestionPull::readError(const QString &reason) const
{
    return Error{ErrorCode::Failed, tr("Cannot read the questions of %1: %2. (Is it set up? \"portaldesk-cli portal init\" "
                                       "creates portal_questions.)").arg(m_portal.display(), reason)};
}

Error QuestionPull::portalError(const QSqlQuery &query) const
{
    return readError(sqlReason(query.lastError()));
}

Status QuestionPull::markOnPortal(const QStringList &taken, const QStringList &refused)
{
    if (taken.isEmpty() && refused.isEmpty())
        return Done{};
    QSqlDatabase portal = m_portal.database();
    WriteTransaction transaction(portal);
    if (!transaction.begun())
        return transaction.error();
    // As PortalQuestionMarker does on PostgreSQL.
    QSqlQuery update(portal);
    for (const auto &[ids, sql] : {std::pair{taken, u"UPDATE portal_questions SET status = CASE WHEN status = 'new' THEN 'received'"
                                                    " ELSE status END, asker_email = '', asker_phone = '', asker_address = ''"
                                                    " WHERE uuid IN (%1)"_s},
                                   std::pair{refused, u"UPDATE portal_questions SET status = 'refused' WHERE status = 'new' AND uuid IN (%1)"_s}}) {
        if (ids.isEmpty())
            continue;
        if (!update.prepare(sql.arg(placeholders(ids.size()))))
            return portalError(update);
        for (const QString &id : ids)
            update.addBindValue(id);
        if (!update.exec())
            return portalError(update);
    }
    return transaction.commit();
}

Result<QStringList> QuestionPull::goneFromPortal(const QuestionStore &store, const QSet<QString> &justRead)
{
    auto open = store.openIds();
    if (!open)
        return open.error();
    QStringList asked;
    for (const QString &id : std::as_const(open.value())) {
        if (!justRead.contains(id))
            asked << id;
    }
    if (asked.isEmpty())
        return QStringList();
    QSqlDatabase portal = m_portal.database();
    if (PGconn *connection = postgresConnection(portal)) {
        // The portal answers which of these it no longer holds: the open
        // questions cross the wire, not every row the portal ever had.
        const PgResult result = pgExec(connection, QByteArrayLiteral(
            "SELECT id FROM unnest($1::text[]) AS id WHERE NOT EXISTS"
            " (SELECT FROM portal_questions p WHERE p.uuid = id AND p.status <> 'spam')"), {postgresArray(asked).toUtf8()});
        if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
            return pgError(connection, m_portal);
        QStringList gone;
        for (int row = 0; row < PQntuples(result.get()); ++row)
            gone << QString::fromUtf8(PQgetvalue(result.get(), row, 0));
        return gone;
    }
    QSqlQuery kept(portal);
    kept.setForwardOnly(true);
    if (!kept.exec(u"SELECT uuid FROM portal_questions WHERE status <> 'spam'"_s))
        return portalError(kept);
    QSet<QString> onPortal;
    while (kept.next())
        onPortal.insert(kept.value(0).toString());
    QStringList gone;
    for (const QString &id : std::as_const(asked)) {
        if (!onPortal.contains(id))
            gone << id;
    }
    return gone;
}

} // namespace PortalDesk::Models
