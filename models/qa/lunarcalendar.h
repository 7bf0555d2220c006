#pragma once

#include <QDate>

#include <optional>

namespace PortalDesk::Models {

// The Vietnamese lunar calendar (âm lịch), computed: months begin on the
// day of the new moon in Vietnam's time (UTC+7, which is why Tết sometimes
// falls a day before China's, as in 2007), and a leap month is the first
// month of a leap year without a principal term of the sun. New moons and
// the sun's longitude come from the series in Jean Meeus, "Astronomical
// Algorithms", accurate to well within a day for 1800–2199.
struct LunarDate {
    int day = 0;    // 1..30
    int month = 0;  // 1..12
    int year = 0;   // the lunar year, mostly the solar year of its Tết
    bool leap = false;  // in the leap month (tháng nhuận) that repeats `month`

    bool operator==(const LunarDate &) const = default;
};

namespace LunarCalendar {

inline constexpr double vietnamTimeZone = 7.0;

LunarDate fromSolar(const QDate &date, double timeZone = vietnamTimeZone);
// Nothing for a date that does not exist (a leap month the year has not).
std::optional<QDate> toSolar(const LunarDate &date, double timeZone = vietnamTimeZone);
// Mùng 1 Tết of a lunar year.
QDate newYear(int lunarYear, double timeZone = vietnamTimeZone);

} // namespace LunarCalendar
} // namespace PortalDesk::Models
