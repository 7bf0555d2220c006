#include "workingdays.h"

#include "lunarcalendar.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

bool isWeekend(const QDate &date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

} // namespace

WorkingCalendar::WorkingCalendar(QList<QDate> daysOff, QList<QDate> workingDays)
    : m_daysOff(daysOff.cbegin(), daysOff.cend())
    , m_workingDays(workingDays.cbegin(), workingDays.cend())
{
}

QList<WorkingCalendar::Holiday> WorkingCalendar::holidays(int year)
{
    QList<Holiday> days;
    days.append({QDate(year, 1, 1), u"Tết Dương lịch"_s});
    const QDate tet = LunarCalendar::newYear(year);
    days.append({tet.addDays(-1), u"Tết Nguyên đán (ngày cuối năm Âm lịch)"_s});
    for (int i = 0; i < 4; ++i)
        days.append({tet.addDays(i), u"Tết Nguyên đán (mùng %1 Tết)"_s.arg(i + 1)});
    days.append({LunarCalendar::toSolar(LunarDate{10, 3, year, false}).value_or(QDate()), u"Giỗ Tổ Hùng Vương (10/3 Âm lịch)"_s});
    days.append({QDate(year, 4, 30), u"Ngày Chiến thắng (30/4)"_s});
    days.append({QDate(year, 5, 1), u"Ngày Quốc tế Lao động (1/5)"_s});
    days.append({QDate(year, 9, 2), u"Quốc khánh (2/9)"_s});
    days.append({QDate(year, 9, 3), u"Quốc khánh (ngày liền kề)"_s});
    std::sort(days.begin(), days.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    // Made up on the next day that is neither a weekend nor a holiday,
    // in order, so that two weekend holidays give two days.
    QSet<QDate> taken;
    for (const Holiday &day : std::as_const(days))
        taken.insert(day.date);
    QList<Holiday> madeUp;
    for (const Holiday &day : std::as_const(days)) {
        if (!isWeekend(day.date))
            continue;
        QDate next = day.date.addDays(1);
        while (isWeekend(next) || taken.contains(next))
            next = next.addDays(1);
        taken.insert(next);
        madeUp.append({next, u"Nghỉ bù %1"_s.arg(day.name), true});
    }
    days += madeUp;
    std::sort(days.begin(), days.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return days;
}

const QSet<QDate> &WorkingCalendar::holidaySet(int year) const
{
    auto found = m_holidays.find(year);
    if (found == m_holidays.end()) {
        QSet<QDate> set;
        for (const Holiday &day : holidays(year))
            set.insert(day.date);
        // Tết may begin in the previous solar year's last days: its holidays
        // are counted with the year they fall in.
        for (const Holiday &day : holidays(year + 1)) {
            if (day.date.year() == year)
                set.insert(day.date);
        }
        found = m_holidays.insert(year, set);
    }
    return *found;
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    if (m_workingDays.contains(date))
        return true;
    if (m_daysOff.contains(date) || isWeekend(date))
        return false;
    return !holidaySet(date.year()).contains(date);
}

QDate WorkingCalendar::addWorkingDays(const QDate &received, int days) const
{
    QDate date = received;
    for (int counted = 0; counted < days;) {
        date = date.addDays(1);
        if (isWorkingDay(date))
            ++counted;
    }
    return date;
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    int count = 0;
    for (QDate date = from.addDays(1); date <= to; date = date.addDays(1)) {
        if (isWorkingDay(date))
            ++count;
    }
    return count;
}

} // namespace PortalDesk::Models
