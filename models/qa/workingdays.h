#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace PortalDesk::Models {

// Working days of a Vietnamese state agency, for the deadlines a citizen's
// question must be answered within: Monday to Friday, less the public
// holidays of the Labour Code 2019 (Bộ luật Lao động, Điều 112), each
// computed for its year (Tết from the lunar calendar), less the days a
// holiday falling on a weekend is made up on; then corrected by each year's
// official decision (days off added, Saturdays made working days), which
// the caller keeps as data.
class WorkingCalendar final
{
public:
    struct Holiday {
        QDate date;
        QString name;  // Vietnamese, as the calendar prints it
        bool makeUp = false;  // a day off for a holiday that fell on a weekend
    };

    WorkingCalendar() = default;
    // Each year's official decision: days off beyond the computed ones, and
    // days worked in exchange (usually Saturdays).
    WorkingCalendar(QList<QDate> daysOff, QList<QDate> workingDays);

    // The holidays the law gives in a year, as computed:
    // - Tết Dương lịch, 1 January;
    // - Tết Nguyên đán, five days: the last day of the lunar year and the
    //   first four of the new one (the Prime Minister fixes the days each
    //   year; the decision corrects them);
    // - Giỗ Tổ Hùng Vương, the 10th of the third lunar month;
    // - 30 April and 1 May;
    // - Quốc khánh, 2 September and the day after (the law says one day
    //   before or after; the decision says which);
    // and for each that falls on a Saturday or Sunday, the next working
    // day that is not a holiday itself.
    static QList<Holiday> holidays(int year);

    bool isWorkingDay(const QDate &date) const;
    // The day `days` working days after `received` (the day of receipt not
    // counted): a question received on a Friday with one day to answer is
    // due on Monday.
    QDate addWorkingDays(const QDate &received, int days) const;
    // Working days after `from` up to and including `to`; 0 when `to` is
    // not after `from`.
    int workingDaysBetween(const QDate &from, const QDate &to) const;

private:
    const QSet<QDate> &holidaySet(int year) const;

    QSet<QDate> m_daysOff;
    QSet<QDate> m_workingDays;
    mutable QHash<int, QSet<QDate>> m_holidays;
};

} // namespace PortalDesk::Models
