// QuestionStore::act: one step of a question's life, checked by
// QuestionWorkflow's rules and the step's own (an active agency, a due date
// not past, an answer that fits, a question to merge into that is still
// alive); done by pd_qa_act on a shared newsroom, here on an embedded one.
#include "questionstore.h"

#include "article.h"
#include "auditlog.h"
#include "newsroom.h"
#include "serverrights.h"
#include "sqlsupport.h"
#include "user.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

QVariant dayOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

constexpr qsizetype maxShortBytes = 512;

} // namespace

Status QuestionStore::checkStep(const Question &current, QuestionAction action, QuestionStep &step) const
{
    step.reason = step.reason.trimmed();
    if (step.reason.toUtf8().size() > maxFieldBytes)
        return Error{ErrorCode::InvalidInput, tr("A reason may hold at most %1 KB of text.").arg(maxFieldBytes / 1024)};
    if (step.baseVersion != 0 && step.baseVersion != current.version)
        return Error{ErrorCode::Conflict, tr("Someone else changed the question \"%1\" meanwhile (now version %2, you saw %3); "
                                             "open it again.").arg(current.title).arg(current.version).arg(step.baseVersion)};
    switch (action) {
    case QuestionAction::Assign: {
        auto agencies = this->agencies(true);
        if (!agencies)
            return agencies.error();
        const bool known = std::any_of(agencies->cbegin(), agencies->cend(), [&](const Agency &a) { return a.id == step.agencyId; });
        if (!known)
            return Error{ErrorCode::InvalidInput, tr("Choose an agency from the list to send the question to.")};
        if (!step.due.isValid()) {
            auto days = dueDays();
            if (!days)
                return days.error();
            auto workingCalendar = calendar();
            if (!workingCalendar)
                return workingCalendar.error();
            step.due = workingCalendar->addWorkingDays(today(), days.value());
        }
        if (step.due < today())
            return Error{ErrorCode::InvalidInput, tr("The due date %1 has passed already.").arg(QLocale().toString(step.due, QLocale::ShortFormat))};
        break;
    }
    case QuestionAction::Answer:
    case QuestionAction::Edit:
        if (step.answer.trimmed().isEmpty())
            return Error{ErrorCode::InvalidInput, tr("The answer is empty.")};
        if (step.answer.toUtf8().size() > maxBodyBytes || step.answer.contains(QChar::ReplacementCharacter))
            return Error{ErrorCode::InvalidInput, tr("An answer is valid text of at most %1 MB.").arg(maxBodyBytes / (1024 * 1024))};
        if (step.letter.toUtf8().size() > maxShortBytes || step.askerShown.toUtf8().size() > maxShortBytes)
            return Error{ErrorCode::InvalidInput, tr("The letter's number and the asker's name may each hold at most %1 bytes.").arg(maxShortBytes)};
        break;
    case QuestionAction::Merge: {
        if (step.into == current.id)
            return Error{ErrorCode::InvalidInput, tr("A question cannot be merged into itself.")};
        auto target = question(step.into);
        if (!target)
            return target.error();
        if (target->state == QuestionState::Merged || target->state == QuestionState::Rejected || target->state == QuestionState::Spam)
            return Error{ErrorCode::InvalidInput, tr("The question \"%1\" is %2: merge into one that will be answered.")
                                                      .arg(target->title, QuestionStates::displayName(target->state))};
        break;
    }
    default:
        break;
    }
    return Done{};
}

Result<Question> QuestionStore::act(const QString &id, QuestionAction action, const QuestionStep &given, const User &by)
{
    auto current = question(id);
    if (!current)
        return current.error();
    const QString auditAction = u"qa."_s + QuestionWorkflow::actionKey(action);
    auto verdict = QuestionWorkflow::check(action, current->state, by);
    if (!verdict)
        return refuse(by, auditAction, id, verdict.error()).error();
    QuestionStep step = given;
    if (verdict->needsReason && step.reason.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Say why: a question is returned or rejected with a reason.")};
    if (Status checked = checkStep(current.value(), action, step); !checked)
        return checked.error();

    if (m_newsroom.isPostgres()) {
        auto done = callServer(m_newsroom.database(),
                               u"SELECT outcome, version FROM pd_qa_act(?, ?, ?, ?, ?::bigint, ?, ?, ?, ?, ?, ?, ?)"_s,
                               {ServerRights::actingLogin(&by), id, QuestionWorkflow::actionKey(action), step.reason, step.agencyId,
                                step.due.isValid() ? step.due.toString(Qt::ISODate) : QString(u""_s), nonNull(step.answer),
                                nonNull(step.letter.trimmed()), step.letterDate.isValid() ? step.letterDate.toString(Qt::ISODate) : QString(u""_s),
                                nonNull(step.askerShown.trimmed()), step.into.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(step.into),
                                step.baseVersion});
        if (!done)
            return done.error();
        const QString outcome = done->value(0).toString();
        if (outcome == u"conflict")
            return Error{ErrorCode::Conflict, tr("Someone else changed the question \"%1\" meanwhile; open it again.").arg(current->title)};
        if (outcome != u"done")
            return serverOutcomeError(outcome, current->title);
    } else if (Status done = actEmbedded(current.value(), action, verdict->to, step, by); !done) {
        return done.error();
    }
    return question(id);
}

Status QuestionStore::actEmbedded(const Question &current, QuestionAction action, QuestionState to, const QuestionStep &step, const User &by)
{
    QSqlDatabase db = m_newsroom.database();
    WriteTransaction transaction(db);
    if (!transaction.begun())
        return transaction.error();
    QSqlQuery query(db);
    const auto run = [&](const QString &sql, const QVariantList &values) -> Status {
        if (!query.prepare(sql))
            return databaseError(query);
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec() ? Status(Done{}) : Status(databaseError(query));
    };
    // The version seen is checked again inside the write lock.
    if (Status read = run(u"SELECT version FROM questions WHERE id = ?"_s, {current.id}); !read)
        return read;
    if (!query.next() || query.value(0).toInt() != current.version)
        return Error{ErrorCode::Conflict, tr("Someone else changed the question \"%1\" meanwhile; open it again.").arg(current.title)};
    query.finish();

    const QString today = QuestionStore::today().toString(Qt::ISODate);
    QString note = step.reason;
    Status done = Done{};
    switch (action) {
    case QuestionAction::Assign:
        done = run(u"UPDATE questions SET agency_id = ?, assigned_on = ?, due_on = ?, answered_on = NULL WHERE id = ?"_s,
                   {step.agencyId, today, step.due.toString(Qt::ISODate), current.id});
        note = u"%1, due %2"_s.arg(step.agencyId).arg(step.due.toString(Qt::ISODate));
        if (auto agencies = this->agencies(); agencies) {
            for (const Agency &agency : agencies.value()) {
                if (agency.id == step.agencyId)
                    note = u"%1, due %2"_s.arg(agency.name, step.due.toString(Qt::ISODate));
            }
        }
        break;
    case QuestionAction::Answer:
        done = run(u"UPDATE questions SET answer = ?, letter = ?, letter_date = ?, answered_on = coalesce(answered_on, ?),"
                   " asker_shown = CASE WHEN ? = '' THEN asker_shown ELSE ? END WHERE id = ?"_s,
                   {step.answer, nonNull(step.letter.trimmed()), dayOrNull(step.letterDate), today, nonNull(step.askerShown.trimmed()),
                    nonNull(step.askerShown.trimmed()), current.id});
        note = step.letter.trimmed();
        break;
    case QuestionAction::Edit:
        done = run(u"UPDATE questions SET answer = ?, asker_shown = CASE WHEN ? = '' THEN asker_shown ELSE ? END WHERE id = ?"_s,
                   {step.answer, nonNull(step.askerShown.trimmed()), nonNull(step.askerShown.trimmed()), current.id});
        break;
    case QuestionAction::Merge:
        done = run(u"UPDATE questions SET merged_into = ? WHERE id = ?"_s, {step.into, current.id});
        note = u"into "_s + step.into;
        break;
    case QuestionAction::Publish:
        done = run(u"UPDATE questions SET published_at = ? WHERE id = ?"_s, {nowStamp(), current.id});
        break;
    case QuestionAction::Return:
        // The agency answers again: its new answer's day is what counts.
        done = run(u"UPDATE questions SET reason = ?, answered_on = NULL WHERE id = ?"_s, {step.reason, current.id});
        break;
    case QuestionAction::Reject:
        done = run(u"UPDATE questions SET reason = ? WHERE id = ?"_s, {step.reason, current.id});
        break;
    case QuestionAction::Submit:
    case QuestionAction::Approve:
        break;
    }
    if (!done)
        return done;
    if (Status moved = run(u"UPDATE questions SET state = ?, version = version + 1, updated_at = ? WHERE id = ?"_s,
                           {QuestionStates::key(to), nowStamp(), current.id});
        !moved)
        return moved;
    if (action == QuestionAction::Publish) {
        if (Status queued = run(u"INSERT INTO question_outbox (question_id, version, action, queued_at) VALUES (?, ?, 'publish', ?)"_s,
                                {current.id, current.version + 1, nowStamp()});
            !queued)
            return queued;
    }
    if (Status audited = AuditLog::record(db, &by, u"qa."_s + QuestionWorkflow::actionKey(action), current.id,
                                          QuestionStates::key(current.state), QuestionStates::key(to), false, note);
        !audited)
        return audited;
    return transaction.commit();
}

} // namespace PortalDesk::Models
