// portaldesk-cli qa … and agency …: citizens' questions, from the portal's
// form to the published answer, and the agencies that answer them.
#include "clirunner.h"

#include "documentimport.h"
#include "newsroom.h"
#include "portal.h"
#include "questionpull.h"
#include "questionstore.h"
#include "vietnamesetext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

QString dayText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject questionJson(const Question &q, const QDate &today)
{
    return QJsonObject{{u"id"_s, q.id},
                       {u"title"_s, q.title},
                       {u"asker"_s, q.askerShown},
                       {u"agency"_s, q.agency},
                       {u"state"_s, QuestionStates::key(q.state)},
                       {u"received"_s, q.receivedAt.toUTC().toString(Qt::ISODate)},
                       {u"due"_s, q.due.isValid() ? QJsonValue(dayText(q.due)) : QJsonValue()},
                       {u"overdue"_s, q.isOverdue(today)}};
}

} // namespace

int CliRunner::runAgency(const QStringList &command)
{
    const QString verb = command.value(1);
    QuestionStore store(*m_newsroom);
    if (verb == u"add" && command.size() == 3) {
        if (!m_user)
            return fail({ErrorCode::Denied, tr("This needs --as LOGIN.")});
        auto added = store.addAgency(toNfc(command.at(2)), *m_user);
        if (!added)
            return fail(added.error());
        m_out << added->id << '\t' << added->name << '\n';
        return 0;
    }
    if ((verb == u"disable" || verb == u"enable") && command.size() == 3) {
        if (!m_user)
            return fail({ErrorCode::Denied, tr("This needs --as LOGIN.")});
        auto agency = store.findAgency(toNfc(command.at(2)));
        if (!agency)
            return fail(agency.error());
        Status set = store.setAgencyActive(agency->id, verb == u"enable", *m_user);
        return set ? 0 : fail(set.error());
    }
    if (verb == u"list" && command.size() == 2) {
        auto list = store.agencies();
        if (!list)
            return fail(list.error());
        if (m_parser.isSet(u"json"_s)) {
            QJsonArray json;
            for (const Agency &agency : std::as_const(list.value()))
                json.append(QJsonObject{{u"id"_s, agency.id}, {u"name"_s, agency.name}, {u"active"_s, agency.active}});
            printJson(json);
            return 0;
        }
        for (const Agency &agency : std::as_const(list.value()))
            m_out << agency.id << '\t' << agency.name << (agency.active ? QString() : u"\t"_s + tr("(inactive)")) << '\n';
        return 0;
    }
    return usage(tr("Use: agency add NAME | agency disable NAME | agency enable NAME | agency list; see --help."));
}

int CliRunner::runQa(const QStringList &command)
{
    const QString verb = command.value(1);
    if (verb == u"pull" && command.size() == 2)
        return qaPull();
    if (verb == u"list" && command.size() == 2)
        return qaList(false);
    if (verb == u"overdue" && command.size() == 2)
        return qaList(true);
    if (verb == u"show" && command.size() == 3)
        return qaShow(command.at(2));
    if (verb == u"stats" && command.size() == 2)
        return qaStats();
    if (verb == u"workdays" && command.size() == 2)
        return qaWorkdays();
    if (verb == u"calendar" && command.size() >= 3)
        return qaCalendar(command.mid(2));
    if (verb == u"erase-expired" && command.size() == 2)
        return qaEraseExpired();
    if (command.size() == 3 && QuestionWorkflow::actionFromKey(verb) && verb != u"edit")
        return qaAction(verb, command.at(2));
    return usage(tr("Use: qa pull | list | overdue | show ID | assign|answer|submit|approve|publish|return|reject|merge ID | "
                    "stats --month M | workdays --from DAY --days N | calendar list|set|unset | erase-expired; see --help."));
}

int CliRunner::qaPull()
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("This needs --as LOGIN.")});
    auto portal = openPortal();
    if (!portal)
        return fail(portal.error());
    auto pulled = QuestionPull(*m_newsroom, *portal.value()).run(*m_user);
    if (!pulled)
        return fail(pulled.error());
    for (const QString &line : std::as_const(pulled->skipped))
        m_err << "portaldesk-cli: " << line << '\n';
    if (m_parser.isSet(u"json"_s)) {
        printJson(QJsonObject{{u"fetched"_s, pulled->fetched}, {u"added"_s, pulled->added},
                              {u"deleted_on_portal"_s, pulled->deletedOnPortal}, {u"refused"_s, int(pulled->skipped.size())}});
    } else {
        m_out << tr("%n new question(s) from the portal", nullptr, pulled->added);
        if (pulled->deletedOnPortal > 0)
            m_out << tr("; %n deleted there", nullptr, pulled->deletedOnPortal);
        m_out << '\n';
    }
    // Rows left on the portal as refused: the run went, but not all of it.
    return pulled->skipped.isEmpty() ? 0 : someQuestionsRefused;
}

int CliRunner::qaList(bool overdueOnly)
{
    QuestionStore store(*m_newsroom);
    QuestionFilter filter;
    if (m_parser.isSet(u"state"_s)) {
        filter.state = QuestionStates::fromKey(m_parser.value(u"state"_s));
        if (!filter.state)
            return usage(tr("Unknown question state '%1'.").arg(m_parser.value(u"state"_s)));
    }
    if (m_parser.isSet(u"agency"_s)) {
        auto agency = store.findAgency(toNfc(m_parser.value(u"agency"_s)));
        if (!agency)
            return fail(agency.error());
        filter.agencyId = agency->id;
    }
    const QDate today = QuestionStore::today();
    auto list = overdueOnly ? store.overdue(today) : store.questions(filter);
    if (!list)
        return fail(list.error());
    if (overdueOnly && filter.agencyId != 0)
        list->removeIf([&](const Question &q) { return q.agencyId != filter.agencyId; });
    if (m_parser.isSet(u"json"_s)) {
        QJsonArray json;
        for (const Question &q : std::as_const(list.value()))
            json.append(questionJson(q, today));
        printJson(json);
        return 0;
    }
    for (const Question &q : std::as_const(list.value())) {
        m_out << q.id << '\t' << QuestionStates::key(q.state) << '\t' << dayText(q.due) << (q.isOverdue(today) ? u"!"_s : QString())
              << '\t' << q.agency << '\t' << q.title << '\n';
    }
    return 0;
}

int CliRunner::qaShow(const QString &id)
{
    QuestionStore store(*m_newsroom);
    auto q = store.question(id);
    if (!q)
        return fail(q.error());
    // Contact details only for who may see them, and only when asked by name.
    std::optional<AskerContact> contact;
    if (m_user && QuestionWorkflow::seesContacts(*m_user)) {
        auto read = store.contact(id, *m_user);
        if (!read)
            return fail(read.error());
        contact = read.value();
    }
    const QDate today = QuestionStore::today();
    if (m_parser.isSet(u"json"_s)) {
        QJsonObject json = questionJson(q.value(), today);
        json.insert(u"body"_s, q->body);
        json.insert(u"field"_s, q->field);
        json.insert(u"answer"_s, q->answer);
        json.insert(u"letter"_s, q->letter);
        json.insert(u"letter_date"_s, dayText(q->letterDate));
        json.insert(u"answered"_s, dayText(q->answeredOn));
        json.insert(u"reason"_s, q->reason);
        json.insert(u"merged_into"_s, q->mergedInto);
        json.insert(u"version"_s, q->version);
        if (contact) {
            json.insert(u"contact"_s, QJsonObject{{u"name"_s, contact->name}, {u"email"_s, contact->email},
                                                   {u"phone"_s, contact->phone}, {u"address"_s, contact->address}});
        }
        printJson(json);
        return 0;
    }
    m_out << q->title << '\n' << tr("State: %1").arg(QuestionStates::displayName(q->state)) << '\n';
    m_out << tr("Asker: %1").arg(q->askerShown) << '\n';
    if (contact) {
        QStringList parts{contact->email, contact->phone, contact->address};
        parts.removeAll(QString());
        m_out << tr("Contact: %1").arg(contact->erasedAt.isValid() ? tr("erased") : parts.join(u", "_s)) << '\n';
    }
    if (!q->agency.isEmpty())
        m_out << tr("Agency: %1, due %2").arg(q->agency, QLocale().toString(q->due, QLocale::ShortFormat)) << '\n';
    m_out << '\n' << q->body << '\n';
    if (!q->answer.isEmpty())
        m_out << '\n' << q->answer << '\n';
    return 0;
}

int CliRunner::qaAction(const QString &verb, const QString &id)
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("This needs --as LOGIN.")});
    const QuestionAction action = *QuestionWorkflow::actionFromKey(verb);
    QuestionStore store(*m_newsroom);
    QuestionStep step;
    step.reason = toNfc(m_parser.value(u"reason"_s));
    switch (action) {
    case QuestionAction::Assign: {
        if (!m_parser.isSet(u"agency"_s))
            return usage(tr("qa assign needs --agency NAME."));
        auto agency = store.findAgency(toNfc(m_parser.value(u"agency"_s)));
        if (!agency)
            return fail(agency.error());
        step.agencyId = agency->id;
        if (m_parser.isSet(u"due"_s)) {
            step.due = QDate::fromString(m_parser.value(u"due"_s), Qt::ISODate);
            if (!step.due.isValid())
                return usage(tr("--due is a day written YYYY-MM-DD."));
        }
        break;
    }
    case QuestionAction::Answer: {
        if (!m_parser.isSet(u"body-file"_s))
            return usage(tr("qa answer needs --body-file FILE: the agency's text (.docx, .odt or text; - for standard input)."));
        const QString path = m_parser.value(u"body-file"_s);
        if (path == u"-") {
            auto text = readBodyFile();
            if (!text)
                return fail(text.error());
            step.answer = text.value();
        } else {
            auto document = DocumentImport::fromFile(path);
            if (!document)
                return fail(document.error());
            step.answer = document->text;
        }
        step.letter = toNfc(m_parser.value(u"letter"_s));
        if (m_parser.isSet(u"letter-date"_s)) {
            step.letterDate = QDate::fromString(m_parser.value(u"letter-date"_s), Qt::ISODate);
            if (!step.letterDate.isValid())
                return usage(tr("--letter-date is a day written YYYY-MM-DD."));
        }
        break;
    }
    case QuestionAction::Merge:
        if (!m_parser.isSet(u"into"_s))
            return usage(tr("qa merge needs --into ID, the question kept."));
        step.into = m_parser.value(u"into"_s);
        break;
    default:
        break;
    }
    auto done = store.act(id, action, step, *m_user);
    if (!done)
        return fail(done.error());
    m_out << QuestionStates::key(done->state);
    if (action == QuestionAction::Assign)
        m_out << '\t' << dayText(done->due);
    m_out << '\n';
    return 0;
}

int CliRunner::qaStats()
{
    if (!m_parser.isSet(u"month"_s))
        return usage(tr("qa stats needs --month YYYY-MM."));
    auto rows = QuestionStore(*m_newsroom).statistics(m_parser.value(u"month"_s));
    if (!rows)
        return fail(rows.error());
    if (m_parser.isSet(u"json"_s)) {
        QJsonArray json;
        for (const AgencyMonth &row : std::as_const(rows.value())) {
            json.append(QJsonObject{{u"agency"_s, row.agency}, {u"received"_s, row.received}, {u"answered"_s, row.answered},
                                    {u"on_time"_s, row.onTime}, {u"late"_s, row.late}, {u"open"_s, row.open},
                                    {u"average_working_days"_s, qRound(row.averageWorkingDays * 10) / 10.0}});
        }
        printJson(json);
        return 0;
    }
    m_out << tr("Agency\tReceived\tAnswered\tOn time\tLate\tOpen\tAverage working days") << '\n';
    for (const AgencyMonth &row : std::as_const(rows.value())) {
        m_out << row.agency << '\t' << row.received << '\t' << row.answered << '\t' << row.onTime << '\t' << row.late << '\t' << row.open
              << '\t' << QLocale().toString(row.averageWorkingDays, 'f', 1) << '\n';
    }
    return 0;
}

int CliRunner::qaWorkdays()
{
    const QDate from = QDate::fromString(m_parser.value(u"from"_s), Qt::ISODate);
    bool ok = false;
    const int days = m_parser.value(u"days"_s).toInt(&ok);
    if (!from.isValid() || !ok || days < 0 || days > 3650)
        return usage(tr("qa workdays needs --from YYYY-MM-DD and --days N (0 to 3650)."));
    auto calendar = QuestionStore(*m_newsroom).calendar();
    if (!calendar)
        return fail(calendar.error());
    m_out << calendar->addWorkingDays(from, days).toString(Qt::ISODate) << '\n';
    return 0;
}

int CliRunner::qaCalendar(const QStringList &args)
{
    QuestionStore store(*m_newsroom);
    if (args.size() == 1 && args.first() == u"list") {
        auto days = store.calendarDays();
        if (!days)
            return fail(days.error());
        for (const auto &day : std::as_const(days.value()))
            m_out << dayText(day.day) << '\t' << day.kind << '\t' << day.note << '\n';
        return 0;
    }
    const bool set = args.size() == 3 && args.first() == u"set" && (args.at(2) == u"off" || args.at(2) == u"work");
    const bool unset = args.size() == 2 && args.first() == u"unset";
    if (!set && !unset)
        return usage(tr("Use: qa calendar list | qa calendar set YYYY-MM-DD off|work [--reason NOTE] | qa calendar unset YYYY-MM-DD."));
    if (!m_user)
        return fail({ErrorCode::Denied, tr("This needs --as LOGIN.")});
    const QDate day = QDate::fromString(args.at(1), Qt::ISODate);
    if (!day.isValid())
        return usage(tr("%1 is not a day written YYYY-MM-DD.").arg(args.at(1)));
    Status done = store.setCalendarDay(day, set ? args.at(2) : QString(), toNfc(m_parser.value(u"reason"_s)), *m_user);
    return done ? 0 : fail(done.error());
}

int CliRunner::qaEraseExpired()
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("This needs --as LOGIN.")});
    auto erased = QuestionStore(*m_newsroom).eraseExpiredContacts(QuestionStore::today(), *m_user);
    if (!erased)
        return fail(erased.error());
    m_out << tr("%n asker(s)' contact details erased", nullptr, erased.value()) << '\n';
    return 0;
}

} // namespace PortalDesk::Models
