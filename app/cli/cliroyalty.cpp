// portaldesk-cli royalty …: schedules, grades, statements, closed months.
#include "clirunner.h"

#include "limitedfile.h"
#include "newsroom.h"
#include "royaltystatementexport.h"
#include "royaltystore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

int CliRunner::runRoyalty(const QStringList &command)
{
    const QString what = command.value(1);
    const QString verb = command.value(2);
    if (what == u"schedule" && verb == u"import" && command.size() == 4)
        return royaltyScheduleImport(command.at(3));
    if (what == u"schedule" && verb == u"show" && command.size() == 3)
        return royaltyScheduleShow();
    if (what == u"contributor" && verb == u"add" && command.size() == 4)
        return royaltyContributorAdd(command.at(3));
    if (what == u"contributor" && verb == u"list" && command.size() == 3)
        return royaltyContributorList();
    if (what == u"grade" && command.size() == 3)
        return royaltyGrade(command.at(2));
    if (what == u"ungrade" && command.size() == 3)
        return royaltyUngrade(command.at(2));
    if (what == u"show" && command.size() == 3)
        return royaltyShow(command.at(2));
    if (command.size() == 2 && (what == u"statement" || what == u"ungraded" || what == u"close" || what == u"reopen"))
        return royaltyMonthCommand(what);
    return usage(tr("Use: royalty schedule import FILE | schedule show | contributor add CODE | contributor list | grade ID | "
                    "ungrade ID | show ID | ungraded | statement | close | reopen; see --help."));
}

int CliRunner::royaltyScheduleImport(const QString &file)
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("This needs --as LOGIN.")});
    auto read = LimitedFile::read(file, RoyaltySchedule::maxBytes, tr("%1 is %2; a royalty schedule may be at most %3."));
    if (!read)
        return fail(read.error());
    auto schedule = RoyaltyStore(*m_newsroom).importSchedule(read.value(), *m_user);
    if (!schedule)
        return fail({schedule.error().code, tr("%1: %2").arg(QFileInfo(file).fileName(), schedule.error().message)});
    m_out << schedule->id << '\t' << schedule->decision << '\n';
    return 0;
}

int CliRunner::royaltyScheduleShow()
{
    auto schedule = RoyaltyStore(*m_newsroom).currentSchedule();
    if (!schedule)
        return fail(schedule.error());
    if (m_parser.isSet(u"json"_s)) {
        QJsonObject json = QJsonDocument::fromJson(schedule->json).object();
        json.insert(u"id"_s, schedule->id);
        printJson(json);
        return 0;
    }
    m_out << schedule->decision << (schedule->title.isEmpty() ? QString() : u" — "_s + schedule->title) << '\n';
    for (const auto &unit : std::as_const(schedule->unitValues))
        m_out << tr("  unit value from %1: %2 đồng").arg(unit.from.toString(u"dd/MM/yyyy"_s)).arg(unit.dong) << '\n';
    for (const auto &category : std::as_const(schedule->categories)) {
        m_out << u"  %1\t%2\t%3\t%4–%5\t%6"_s.arg(category.code, category.name, category.photo ? u"photo"_s : u"text"_s,
                                                hundredthsText(category.min), hundredthsText(category.max), category.article)
              << '\n';
    }
    for (const auto &remuneration : std::as_const(schedule->remunerations))
        m_out << tr("  remuneration %1 (%2): at most %3 %").arg(remuneration.code, remuneration.name, hundredthsText(remuneration.percent)) << '\n';
    if (schedule->highValueMax > 0)
        m_out << tr("  works of high value: up to %1 % more").arg(hundredthsText(schedule->highValueMax)) << '\n';
    for (const auto &incentive : std::as_const(schedule->incentives))
        m_out << tr("  %1 (%2): up to %3 % more").arg(incentive.code, incentive.name, hundredthsText(incentive.max)) << '\n';
    if (schedule->withholding.rate > 0)
        m_out << tr("  withheld: %1 % of each payment from %2 đồng").arg(hundredthsText(schedule->withholding.rate)).arg(schedule->withholding.threshold)
              << '\n';
    for (const auto &later : std::as_const(schedule->laterWithholding))
        m_out << tr("  from %1, withheld: %2 % of each payment from %3 đồng")
                     .arg(later.from.toString(u"dd/MM/yyyy"_s), hundredthsText(later.rate))
                     .arg(later.threshold)
              << '\n';
    if (schedule->validUntil.isValid())
        m_out << tr("  in force until %1").arg(schedule->validUntil.toString(u"dd/MM/yyyy"_s)) << '\n';
    return 0;
}

int CliRunner::royaltyContributorAdd(const QString &code)
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("This needs --as LOGIN.")});
    if (!m_parser.isSet(u"name"_s))
        return usage(tr("royalty contributor add needs --name, the contributor's full name."));
    Status added = RoyaltyStore(*m_newsroom).addContributor({code, m_parser.value(u"name"_s), m_parser.value(u"unit"_s)}, *m_user);
    return added ? 0 : fail(added.error());
}

int CliRunner::royaltyContributorList()
{
    auto list = RoyaltyStore(*m_newsroom).contributors();
    if (!list)
        return fail(list.error());
    for (const auto &contributor : std::as_const(list.value()))
        m_out << contributor.code << '\t' << contributor.fullName << '\t' << contributor.unit << '\n';
    return 0;
}

int CliRunner::royaltyGrade(const QString &id)
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("This needs --as LOGIN.")});
    RoyaltyStore store(*m_newsroom);
    RoyaltyGrade grade;
    grade.articleId = id;
    grade.mediaId = m_parser.value(u"photo"_s);
    grade.category = m_parser.value(u"category"_s);
    if (grade.category.isEmpty())
        return usage(tr("royalty grade needs --category, a code of the schedule (royalty schedule show lists them)."));
    const auto coefficient = parseHundredths(m_parser.value(u"coefficient"_s));
    if (!coefficient)
        return usage(tr("--coefficient takes a number with at most two decimals, like 3 or 2.5."));
    grade.coefficient = *coefficient;
    if (m_parser.isSet(u"bonus"_s)) {
        const auto bonus = parseHundredths(m_parser.value(u"bonus"_s));
        if (!bonus)
            return usage(tr("--bonus takes a percent, like 20."));
        grade.bonus = *bonus;
    }
    for (const QString &share : m_parser.values(u"share"_s)) {
        const QStringList parts = share.split(u':');
        const auto percent = parseHundredths(parts.value(1));
        if (parts.size() < 2 || parts.size() > 3 || parts.first().isEmpty() || !percent)
            return usage(tr("--share takes LOGIN:PERCENT (an author) or LOGIN:PERCENT:CODE (a remuneration of the schedule), not \"%1\".").arg(share));
        grade.shares.append({parts.first(), parts.size() == 3 ? parts.at(2) : u"author"_s, *percent});
    }
    // Changing a grade: from the version there is now, as the CLI's user
    // sees it when the command runs.
    auto current = store.grades(id);
    if (current) {
        for (const RoyaltyGrade &existing : std::as_const(current.value())) {
            if (existing.mediaId == grade.mediaId)
                grade.version = existing.version;
        }
    }
    auto graded = store.grade(grade, *m_user);
    if (!graded)
        return fail(graded.error());
    m_out << tr("graded (version %1)").arg(graded->version) << '\n';
    return 0;
}

int CliRunner::royaltyUngrade(const QString &id)
{
    if (!m_user)
        return fail({ErrorCode::Denied, tr("This needs --as LOGIN.")});
    Status done = RoyaltyStore(*m_newsroom).ungrade(id, m_parser.value(u"photo"_s), *m_user);
    return done ? 0 : fail(done.error());
}

int CliRunner::royaltyShow(const QString &id)
{
    auto grades = RoyaltyStore(*m_newsroom).grades(id);
    if (!grades)
        return fail(grades.error());
    QJsonArray array;
    for (const RoyaltyGrade &grade : std::as_const(grades.value())) {
        QJsonArray shares;
        for (const auto &share : grade.shares)
            shares.append(QJsonObject{{u"login"_s, share.payee}, {u"role"_s, share.role}, {u"percent"_s, hundredthsText(share.share)}});
        array.append(QJsonObject{{u"media"_s, grade.mediaId}, {u"category"_s, grade.category},
                                 {u"coefficient"_s, hundredthsText(grade.coefficient)}, {u"bonus_percent"_s, hundredthsText(grade.bonus)},
                                 {u"version"_s, grade.version}, {u"graded_by"_s, grade.gradedBy}, {u"shares"_s, shares}});
        if (!m_parser.isSet(u"json"_s)) {
            QStringList people;
            for (const auto &share : grade.shares)
                people << u"%1 %2 %"_s.arg(share.payee, hundredthsText(share.share)) + (share.role == u"author" ? QString() : u" ("_s + share.role + u')');
            m_out << (grade.mediaId.isEmpty() ? tr("text") : tr("photo %1").arg(grade.mediaId)) << '\t' << grade.category << " × "
                  << hundredthsText(grade.coefficient) << (grade.bonus ? u" + %1 %"_s.arg(hundredthsText(grade.bonus)) : QString()) << '\t'
                  << people.join(u", "_s) << '\n';
        }
    }
    if (m_parser.isSet(u"json"_s))
        printJson(array);
    return 0;
}

int CliRunner::royaltyMonthCommand(const QString &what)
{
    if (!m_parser.isSet(u"month"_s))
        return usage(tr("royalty %1 needs --month YYYY-MM.").arg(what));
    const auto month = RoyaltyMonth::parse(m_parser.value(u"month"_s));
    if (!month)
        return usage(tr("--month takes a month as YYYY-MM, not \"%1\".").arg(m_parser.value(u"month"_s)));
    RoyaltyStore store(*m_newsroom);
    if (what == u"ungraded") {
        auto works = store.ungraded(*month);
        if (!works)
            return fail(works.error());
        for (const auto &work : std::as_const(works.value()))
            m_out << work.articleId << '\t' << work.mediaId << '\t' << work.publishedAt.toString(Qt::ISODate) << '\t' << work.title << '\n';
        return 0;
    }
    if (!m_user)
        return fail({ErrorCode::Denied, tr("This needs --as LOGIN.")});
    if (what == u"close" || what == u"reopen") {
        Status done = what == u"close" ? store.close(*month, *m_user) : store.reopen(*month, m_parser.value(u"reason"_s), *m_user);
        return done ? 0 : fail(done.error());
    }
    auto statement = store.statement(*month, *m_user);
    if (!statement)
        return fail(statement.error());
    if (m_parser.isSet(u"out"_s)) {
        Status written = RoyaltyStatementExport::write(statement.value(), m_parser.value(u"out"_s), digestOffice());
        if (!written)
            return fail(written.error());
    }
    if (m_parser.isSet(u"json"_s)) {
        printJson(statement->toJson());
    } else if (!m_parser.isSet(u"out"_s)) {
        for (const auto &line : std::as_const(statement->lines))
            m_out << line.payee << '\t' << line.name << '\t' << line.items.size() << '\t' << line.gross << '\t' << line.withheld << '\t'
                  << line.net << '\n';
        m_out << tr("total") << "\t\t\t" << statement->totalGross << '\t' << statement->totalWithheld << '\t' << statement->totalNet << '\n';
    }
    for (const QString &problem : std::as_const(statement->problems))
        m_err << problem << '\n';
    return 0;
}

} // namespace PortalDesk::Models
