#include "questionstore.h"

#include "auditlog.h"
#include "newsroom.h"
#include "newsroomsettings.h"
#include "serverrights.h"
#include "sqlsupport.h"
#include "user.h"
#include "vietnamesetext.h"

#include <QCollator>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

const QString questionColumns = u"q.id, q.title, q.body, q.field, q.asker_shown, q.submitted_at, q.received_at, q.state,"
                                " coalesce(q.agency_id, 0), coalesce(a.name, ''), q.assigned_on, q.due_on, q.answer, q.letter,"
                                " q.letter_date, q.answered_on, q.published_at, q.merged_into, q.reason, q.portal_deleted_at,"
                                " q.version, q.updated_at"_s;
// A list's rows: the body's beginning and no answer, which only
// question() reads whole (10,000 overdue questions' texts cost more than
// their rows).
const QString listColumns = QString(questionColumns).replace(u"q.body,"_s, u"substr(q.body, 1, 500),"_s).replace(u"q.answer,"_s, u"'',"_s);
const QString questionTables = u" FROM questions q LEFT JOIN qa_agencies a ON a.id = q.agency_id"_s;

bool vietnameseLess(const QString &a, const QString &b)
{
    static const QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    return collator.compare(a, b) < 0;
}

Question readQuestion(const QSqlQuery &query)
{
    Question q;
    q.id = query.value(0).toString();
    q.title = query.value(1).toString();
    q.body = query.value(2).toString();
    q.field = query.value(3).toString();
    q.askerShown = query.value(4).toString();
    q.submittedAt = fromStamp(query.value(5).toString());
    q.receivedAt = fromStamp(query.value(6).toString());
    q.state = QuestionStates::fromKey(query.value(7).toString()).value_or(QuestionState::Received);
    q.agencyId = query.value(8).toLongLong();
    q.agency = query.value(9).toString();
    q.assignedOn = QDate::fromString(query.value(10).toString(), Qt::ISODate);
    q.due = QDate::fromString(query.value(11).toString(), Qt::ISODate);
    q.answer = query.value(12).toString();
    q.letter = query.value(13).toString();
    q.letterDate = QDate::fromString(query.value(14).toString(), Qt::ISODate);
    q.answeredOn = QDate::fromString(query.value(15).toString(), Qt::ISODate);
    q.publishedAt = fromStamp(query.value(16).toString());
    q.mergedInto = query.value(17).toString();
    q.reason = query.value(18).toString();
    q.deletedOnPortal = fromStamp(query.value(19).toString());
    q.version = query.value(20).toInt();
    q.updated = fromStamp(query.value(21).toString());
    return q;
}

// A positive whole number setting, or its default.
Result<int> numberSetting(Newsroom &newsroom, const QString &key, int fallback)
{
    auto value = NewsroomSettings(newsroom).value(key);
    if (!value)
        return value.error();
    if (value->isEmpty())
        return fallback;
    bool ok = false;
    const int number = value->toInt(&ok);
    if (!ok || number <= 0)
        return Error{ErrorCode::InvalidInput, QuestionStore::tr("The setting %1 is \"%2\", not a whole number of days or months.").arg(key, value.value())};
    return number;
}

} // namespace

QuestionStore::QuestionStore(Newsroom &newsroom)
    : m_newsroom(newsroom)
{
}

QDate QuestionStore::today()
{
    // The province's day, whatever the PC's zone.
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone::fromSecondsAheadOfUtc(7 * 3600)).date();
}

Result<int> QuestionStore::dueDays() const
{
    return numberSetting(m_newsroom, dueDaysKey, defaultDueDays);
}

Result<int> QuestionStore::retentionMonths() const
{
    return numberSetting(m_newsroom, retentionMonthsKey, defaultRetentionMonths);
}

Status QuestionStore::refuse(const User &by, const QString &action, const QString &id, const Error &error) const
{
    if (!m_newsroom.isPostgres())
        (void)AuditLog::record(m_newsroom.database(), &by, action, id, {}, {}, true, error.message);
    return error;
}

Result<QList<Agency>> QuestionStore::agencies(bool activeOnly) const
{
    QSqlQuery query(m_newsroom.database());
    if (!query.exec(u"SELECT id, name, active FROM qa_agencies%1 ORDER BY name"_s.arg(activeOnly ? u" WHERE active = 1"_s : QString())))
        return databaseError(query);
    QList<Agency> list;
    while (query.next())
        list.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt() == 1});
    // Vietnamese order, not the bytes' (Sở Y tế after Sở Tài chính).
    std::sort(list.begin(), list.end(), [](const Agency &a, const Agency &b) { return vietnameseLess(a.name, b.name); });
    return list;
}

Result<Agency> QuestionStore::findAgency(const QString &name) const
{
    auto all = agencies();
    if (!all)
        return all.error();
    const QString wanted = foldDiacritics(name.simplified()).toLower();
    for (const Agency &agency : all.value()) {
        if (agency.name.compare(name.simplified(), Qt::CaseInsensitive) == 0)
            return agency;
    }
    // Typed without accents: found when only one agency matches.
    QList<Agency> folded;
    for (const Agency &agency : all.value()) {
        if (foldDiacritics(agency.name).toLower() == wanted)
            folded.append(agency);
    }
    if (folded.size() == 1)
        return folded.constFirst();
    return Error{ErrorCode::NotFound, tr("No agency is called \"%1\"; an admin adds it with \"portaldesk-cli agency add\".").arg(name)};
}

Result<WorkingCalendar> QuestionStore::calendar() const
{
    auto days = calendarDays();
    if (!days)
        return days.error();
    QList<QDate> off;
    QList<QDate> work;
    for (const CalendarDay &day : days.value())
        (day.kind == u"off" ? off : work).append(day.day);
    return WorkingCalendar(off, work);
}

Result<QList<QuestionStore::CalendarDay>> QuestionStore::calendarDays() const
{
    QSqlQuery query(m_newsroom.database());
    if (!query.exec(u"SELECT day, kind, note FROM qa_calendar ORDER BY day"_s))
        return databaseError(query);
    QList<CalendarDay> days;
    while (query.next())
        days.append({QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toString(), query.value(2).toString()});
    return days;
}

Result<Question> QuestionStore::question(const QString &id) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(u"SELECT %1%2 WHERE q.id = ?"_s.arg(questionColumns, questionTables));
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return Error{ErrorCode::NotFound, tr("No question has the id %1.").arg(id)};
    return readQuestion(query);
}

Result<QList<Question>> QuestionStore::questions(const QuestionFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.state) {
        where << u"q.state = ?"_s;
        values << QuestionStates::key(*filter.state);
    }
    if (filter.agencyId != 0) {
        where << u"q.agency_id = ?"_s;
        values << filter.agencyId;
    }
    if (filter.overdueOnly) {
        where << u"q.state IN ('assigned','returned') AND q.due_on < ?"_s;
        values << today().toString(Qt::ISODate);
    }
    for (const QString &word : foldDiacritics(filter.search).toLower().split(u' ', Qt::SkipEmptyParts)) {
        where << u"q.folded LIKE ? ESCAPE '\\'"_s;
        QString pattern = word;
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        values << QVariant(u"%"_s + pattern + u"%"_s);
    }
    QString sql = u"SELECT %1%2"_s.arg(listColumns, questionTables);
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += filter.overdueOnly ? u" ORDER BY q.due_on, q.id"_s : u" ORDER BY q.received_at DESC, q.id DESC"_s;
    if (filter.limit > 0)
        sql += u" LIMIT %1 OFFSET %2"_s.arg(filter.limit).arg(qMax(0, filter.offset));
    QSqlQuery query(m_newsroom.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query);
    QList<Question> list;
    while (query.next())
        list.append(readQuestion(query));
    return list;
}

Result<int> QuestionStore::count(std::optional<QuestionState> state) const
{
    QSqlQuery query(m_newsroom.database());
    query.prepare(state ? u"SELECT count(*) FROM questions WHERE state = ?"_s : u"SELECT count(*) FROM questions"_s);
    if (state)
        query.addBindValue(QuestionStates::key(*state));
    if (!query.exec() || !query.next())
        return databaseError(query);
    return query.value(0).toInt();
}

Result<QList<Question>> QuestionStore::overdue(const QDate &day) const
{
    // The partial index questions_due holds exactly these rows.
    QSqlQuery query(m_newsroom.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1%2 WHERE q.state IN ('assigned','returned') AND q.due_on < ? ORDER BY q.due_on, q.id"_s.arg(listColumns, questionTables));
    query.addBindValue(day.toString(Qt::ISODate));
    if (!query.exec())
        return databaseError(query);
    QList<Question> list;
    while (query.next())
        list.append(readQuestion(query));
    return list;
}

Result<QStringList> QuestionStore::openIds() const
{
    QSqlQuery query(m_newsroom.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id FROM questions WHERE state IN ('received','assigned','returned') AND portal_deleted_at IS NULL"_s))
        return databaseError(query);
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

Result<AskerContact> QuestionStore::contact(const QString &id, const User &by) const
{
    if (!QuestionWorkflow::seesContacts(by))
        return Error{ErrorCode::Denied, tr("Only the question staff and chief editors see an asker's contact details.")};
    QSqlQuery query(m_newsroom.database());
    query.prepare(u"SELECT name, email, phone, address, erased_at FROM question_askers WHERE question_id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return databaseError(query);
    if (!query.next())
        return AskerContact{};
    return AskerContact{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                        fromStamp(query.value(4).toString())};
}

Result<QList<AgencyMonth>> QuestionStore::statistics(const QString &month) const
{
    const QDate first = QDate::fromString(month + u"-01"_s, Qt::ISODate);
    if (!first.isValid())
        return Error{ErrorCode::InvalidInput, tr("A month is written YYYY-MM, as 2026-11: \"%1\" is not.").arg(month)};
    const QString from = first.toString(Qt::ISODate);
    const QString to = first.addMonths(1).toString(Qt::ISODate);
    auto workingCalendar = calendar();
    if (!workingCalendar)
        return workingCalendar.error();
    // Only what concerns the month: sent in it or answered in it. Only
    // questions sent to an agency, as the join says too: spelled out, it
    // lets the index on agency and day sent (partial, schema 23) be read
    // instead of the table.
    QSqlQuery query(m_newsroom.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT q.agency_id, a.name, q.assigned_on, q.due_on, q.answered_on, q.state FROM questions q"
                  " JOIN qa_agencies a ON a.id = q.agency_id WHERE q.agency_id IS NOT NULL"
                  " AND ((q.assigned_on >= ? AND q.assigned_on < ?) OR (q.answered_on >= ? AND q.answered_on < ?))"_s);
    for (const QString &value : {from, to, from, to})
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(query);
    QHash<qint64, AgencyMonth> rows;
    QHash<qint64, int> totalDays;
    while (query.next()) {
        const qint64 agencyId = query.value(0).toLongLong();
        AgencyMonth &row = rows[agencyId];
        row.agencyId = agencyId;
        row.agency = query.value(1).toString();
        const QString assigned = query.value(2).toString();
        const QString due = query.value(3).toString();
        const QString answered = query.value(4).toString();
        const auto state = QuestionStates::fromKey(query.value(5).toString());
        if (assigned >= from && assigned < to) {
            ++row.received;
            if (state && QuestionStates::awaitsAgency(*state))
                ++row.open;
        }
        if (!answered.isEmpty() && answered >= from && answered < to) {
            ++row.answered;
            ++(due.isEmpty() || answered <= due ? row.onTime : row.late);
            totalDays[agencyId] += workingCalendar->workingDaysBetween(QDate::fromString(assigned, Qt::ISODate),
                                                                       QDate::fromString(answered, Qt::ISODate));
        }
    }
    QList<AgencyMonth> list = rows.values();
    for (AgencyMonth &row : list) {
        if (row.answered > 0)
            row.averageWorkingDays = double(totalDays.value(row.agencyId)) / row.answered;
    }
    std::sort(list.begin(), list.end(), [](const AgencyMonth &a, const AgencyMonth &b) { return vietnameseLess(a.agency, b.agency); });
    return list;
}

} // namespace PortalDesk::Models
