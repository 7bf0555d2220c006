#include "royaltystatement.h"

#include <QCollator>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

// Amounts multiply before they divide: wider than 64 bits in between.
__extension__ using Wide = __int128;

// Vietnam has kept UTC+7 since 1975, with no daylight saving.
const QTimeZone &vietnamTime()
{
    static const QTimeZone zone = QTimeZone::fromSecondsAheadOfUtc(7 * 3600);
    return zone;
}

// a × b / c rounded half up, for non-negative values, without overflow
// for any amount a newsroom pays.
qint64 mulDivRound(qint64 a, qint64 b, qint64 c)
{
    const Wide product = static_cast<Wide>(a) * b;
    return static_cast<qint64>((product + c / 2) / c);
}

} // namespace

qint64 RoyaltyAmounts::workAmount(Hundredths coefficient, qint64 unitDong, Hundredths bonusPercent)
{
    // coefficient/100 × unit × (10000 + bonus)/10000
    const Wide numerator = static_cast<Wide>(coefficient) * unitDong * (wholeShare + bonusPercent);
    const Wide denominator = 100 * wholeShare;
    return static_cast<qint64>((numerator + denominator / 2) / denominator);
}

QList<qint64> RoyaltyAmounts::split(qint64 amount, const QList<Hundredths> &shares)
{
    QList<qint64> parts;
    parts.reserve(shares.size());
    qint64 given = 0;
    for (const Hundredths share : shares) {
        const qint64 part = static_cast<qint64>(static_cast<Wide>(amount) * share / wholeShare);
        parts.append(part);
        given += part;
    }
    if (!parts.isEmpty())
        parts.first() += amount - given;
    return parts;
}

qint64 RoyaltyAmounts::percentOf(qint64 amount, Hundredths percent)
{
    return mulDivRound(amount, percent, wholeShare);
}

qint64 RoyaltyAmounts::withheld(qint64 gross, const RoyaltySchedule::Withholding &withholding)
{
    if (withholding.rate <= 0 || gross <= 0 || gross < withholding.threshold)
        return 0;
    return mulDivRound(gross, withholding.rate, wholeShare);
}

std::optional<RoyaltyMonth> RoyaltyMonth::parse(const QString &text)
{
    const QDate day = QDate::fromString(text + u"-01"_s, Qt::ISODate);
    if (text.size() != 7 || !day.isValid())
        return std::nullopt;
    return RoyaltyMonth{day.year(), day.month()};
}

RoyaltyMonth RoyaltyMonth::of(const QDateTime &utc)
{
    const QDate day = localDate(utc);
    return RoyaltyMonth{day.year(), day.month()};
}

QDate RoyaltyMonth::localDate(const QDateTime &utc)
{
    return utc.toTimeZone(vietnamTime()).date();
}

QString RoyaltyMonth::key() const
{
    return u"%1-%2"_s.arg(year, 4, 10, QChar(u'0')).arg(month, 2, 10, QChar(u'0'));
}

QString RoyaltyMonth::displayName() const
{
    return tr("%1/%2", "a month of payments: month/year, as in Tháng 7/2024").arg(month).arg(year);
}

QString RoyaltyMonth::firstStamp() const
{
    const QDateTime start(QDate(year, month, 1), QTime(0, 0), vietnamTime());
    return start.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QString RoyaltyMonth::nextStamp() const
{
    return next().firstStamp();
}

RoyaltyMonth RoyaltyMonth::next() const
{
    return month == 12 ? RoyaltyMonth{year + 1, 1} : RoyaltyMonth{year, month + 1};
}

RoyaltyStatement RoyaltyStatement::build(const RoyaltyMonth &month, const QList<RoyaltyGradedWork> &graded,
                                         const QHash<qint64, RoyaltySchedule> &schedules, const QHash<QString, RoyaltyPayee> &payees)
{
    RoyaltyStatement statement;
    statement.month = month;
    QHash<QString, qsizetype> lineOf;
    qint64 newestSchedule = 0;
    statement.works.reserve(graded.size());
    for (const RoyaltyGradedWork &work : graded) {
        const auto schedule = schedules.constFind(work.scheduleId);
        const QDate day = RoyaltyMonth::localDate(work.publishedAt);
        if (schedule == schedules.cend()) {
            statement.problems << tr("%1: graded under a schedule the newsroom no longer has.").arg(work.title);
            continue;
        }
        const RoyaltySchedule::Category *category = schedule->category(work.category);
        const auto unit = schedule->unitValueOn(day);
        if (!category || !unit) {
            statement.problems << tr("%1: %2 sets no unit value for %3 or has no category \"%4\".")
                                      .arg(work.title, schedule->decision, QLocale().toString(day, u"dd/MM/yyyy"_s), work.category);
            continue;
        }
        newestSchedule = std::max(newestSchedule, work.scheduleId);
        Work paid{work.articleId, work.mediaId, work.title, day, work.category, category->name, work.coefficient, work.bonus, *unit,
                  RoyaltyAmounts::workAmount(work.coefficient, *unit, work.bonus)};
        const int workIndex = int(statement.works.size());
        statement.works.append(paid);

        QList<Hundredths> authorShares;
        for (const RoyaltyGradedWork::Share &share : work.shares) {
            if (share.role == u"author")
                authorShares << share.share;
        }
        const QList<qint64> split = RoyaltyAmounts::split(paid.amount, authorShares);
        qsizetype nextAuthor = 0;
        for (const RoyaltyGradedWork::Share &share : work.shares) {
            const bool author = share.role == u"author";
            const qint64 amount = author ? split.at(nextAuthor++) : RoyaltyAmounts::percentOf(paid.amount, share.share);
            auto line = lineOf.constFind(share.payee);
            if (line == lineOf.cend()) {
                const RoyaltyPayee payee = payees.value(share.payee, RoyaltyPayee{share.payee, {}, true});
                line = lineOf.insert(share.payee, statement.lines.size());
                statement.lines.append(Line{share.payee, payee.name, payee.unit, payee.staff, {}, 0, 0, 0});
            }
            Line &target = statement.lines[*line];
            const RoyaltySchedule::Remuneration *remuneration = author ? nullptr : schedule->remuneration(share.role);
            target.items.append(Item{workIndex, share.role,
                                     remuneration ? remuneration->name : tr("Author", "a royalty share"), share.share, amount});
            target.gross += amount;
        }
    }
    if (newestSchedule != 0) {
        const RoyaltySchedule &schedule = schedules.value(newestSchedule);
        statement.decision = schedule.decision;
        statement.monthlyFund = schedule.monthlyFund;
        // Paid once the month is over: the rule in force on its last day.
        const RoyaltySchedule::Withholding rule = schedule.withholdingOn(QDate(month.year, month.month, 1).addMonths(1).addDays(-1));
        for (Line &line : statement.lines) {
            line.withheld = RoyaltyAmounts::withheld(line.gross, rule);
            line.net = line.gross - line.withheld;
            statement.totalGross += line.gross;
            statement.totalWithheld += line.withheld;
            statement.totalNet += line.net;
        }
    }
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    std::sort(statement.lines.begin(), statement.lines.end(), [&](const Line &a, const Line &b) {
        if (a.staff != b.staff)
            return a.staff;
        if (const int unit = collator.compare(a.unit, b.unit); unit != 0)
            return unit < 0;
        if (const int name = collator.compare(a.name, b.name); name != 0)
            return name < 0;
        return a.payee < b.payee;
    });
    return statement;
}

QJsonObject RoyaltyStatement::toJson() const
{
    QJsonArray lineArray;
    for (const Line &line : lines) {
        QJsonArray items;
        for (const Item &item : line.items) {
            const Work &work = works.at(item.work);
            items.append(QJsonObject{{u"article"_s, work.articleId}, {u"media"_s, work.mediaId}, {u"title"_s, work.title},
                                     {u"published_on"_s, work.publishedOn.toString(Qt::ISODate)}, {u"category"_s, work.category},
                                     {u"coefficient"_s, hundredthsText(work.coefficient)}, {u"bonus_percent"_s, hundredthsText(work.bonus)},
                                     {u"unit_value"_s, work.unitValue}, {u"work_amount"_s, work.amount}, {u"role"_s, item.role},
                                     {u"share_percent"_s, hundredthsText(item.share)}, {u"amount"_s, item.amount}});
        }
        lineArray.append(QJsonObject{{u"login"_s, line.payee}, {u"name"_s, line.name}, {u"unit"_s, line.unit},
                                     {u"staff"_s, line.staff}, {u"items"_s, line.items.size()}, {u"gross"_s, line.gross},
                                     {u"withheld"_s, line.withheld}, {u"net"_s, line.net}, {u"works"_s, items}});
    }
    QJsonObject json{{u"month"_s, month.key()}, {u"closed"_s, closed}, {u"decision"_s, decision}, {u"lines"_s, lineArray},
                     {u"total_gross"_s, totalGross}, {u"total_withheld"_s, totalWithheld}, {u"total_net"_s, totalNet}};
    if (monthlyFund > 0)
        json.insert(u"monthly_fund"_s, monthlyFund);
    if (!problems.isEmpty())
        json.insert(u"problems"_s, QJsonArray::fromStringList(problems));
    return json;
}

} // namespace PortalDesk::Models
