#include "lunarcalendar.h"

#include <cmath>
#include <numbers>

namespace PortalDesk::Models {

namespace {

constexpr double pi = std::numbers::pi;
constexpr double degree = pi / 180.0;
// The mean length of a lunation, and the Julian day of the new moon of
// 1 January 1900, from which new moons are counted.
constexpr double synodicMonth = 29.530588853;
constexpr double epochNewMoon = 2415021.076998695;

// The moment of the k-th new moon after the epoch, as a Julian day (UT).
double newMoon(int k)
{
    const double t = k / 1236.85;
    const double t2 = t * t;
    const double t3 = t2 * t;
    double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd += 0.00033 * std::sin((166.56 + 132.87 * t - 0.009173 * t2) * degree);
    const double sun = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;       // the sun's mean anomaly
    const double moon = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;     // the moon's
    const double latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;  // the moon's argument of latitude
    double correction = (0.1734 - 0.000393 * t) * std::sin(sun * degree) + 0.0021 * std::sin(2 * sun * degree);
    correction += -0.4068 * std::sin(moon * degree) + 0.0161 * std::sin(2 * moon * degree) - 0.0004 * std::sin(3 * moon * degree);
    correction += 0.0104 * std::sin(2 * latitude * degree) - 0.0051 * std::sin((sun + moon) * degree)
                  - 0.0074 * std::sin((sun - moon) * degree) + 0.0004 * std::sin((2 * latitude + sun) * degree)
                  - 0.0004 * std::sin((2 * latitude - sun) * degree) - 0.0006 * std::sin((2 * latitude + moon) * degree)
                  + 0.0010 * std::sin((2 * latitude - moon) * degree) + 0.0005 * std::sin((2 * moon + sun) * degree);
    // ΔT, the difference between the clocks of the earth and of the sky.
    const double deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                                  : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return jd + correction - deltaT;
}

// The day (a Julian day number) of the k-th new moon in the time zone.
qint64 newMoonDay(int k, double timeZone)
{
    return qint64(std::floor(newMoon(k) + 0.5 + timeZone / 24.0));
}

// The sun's apparent longitude in radians, at a Julian day.
double sunLongitude(double jd)
{
    const double t = (jd - 2451545.0) / 36525.0;
    const double t2 = t * t;
    const double anomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    const double mean = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    const double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * std::sin(anomaly * degree)
                          + (0.019993 - 0.000101 * t) * std::sin(2 * anomaly * degree) + 0.000290 * std::sin(3 * anomaly * degree);
    double longitude = (mean + centre) * degree;
    longitude -= 2 * pi * std::floor(longitude / (2 * pi));
    return longitude;
}

// Which of the twelve 30° arcs the sun is in at the start of that day:
// 0 from the spring equinox; the winter solstice begins arc 9.
int sunArc(qint64 day, double timeZone)
{
    return int(std::floor(sunLongitude(double(day) - 0.5 - timeZone / 24.0) / pi * 6.0));
}

// The first day of the eleventh lunar month (the month of the winter
// solstice) that begins in the solar year.
qint64 eleventhMonth(int year, double timeZone)
{
    const double offset = double(QDate(year, 12, 31).toJulianDay()) - 2415021.0;
    const int k = int(std::floor(offset / synodicMonth));
    qint64 start = newMoonDay(k, timeZone);
    if (sunArc(start, timeZone) >= 9)
        start = newMoonDay(k - 1, timeZone);
    return start;
}

// In a year of thirteen months from `month11`, which month after it is the
// leap month: the first in which the sun enters no new arc.
int leapMonthOffset(qint64 month11, double timeZone)
{
    const int k = int(std::floor((double(month11) - epochNewMoon) / synodicMonth + 0.5));
    int i = 1;
    int arc = sunArc(newMoonDay(k + i, timeZone), timeZone);
    int last = 0;
    do {
        last = arc;
        ++i;
        arc = sunArc(newMoonDay(k + i, timeZone), timeZone);
    } while (arc != last && i < 14);
    return i - 1;
}

} // namespace

LunarDate LunarCalendar::fromSolar(const QDate &date, double timeZone)
{
    const qint64 day = date.toJulianDay();
    // The last new moon on or before the day. The mean lunation only
    // estimates which one it is: a true new moon can fall more than a day
    // after the mean one (7 May 2054 is such a day), so step back until it
    // is not after the day.
    int k = int(std::floor((double(day) - epochNewMoon) / synodicMonth)) + 1;
    qint64 monthStart = newMoonDay(k, timeZone);
    while (monthStart > day)
        monthStart = newMoonDay(--k, timeZone);
    qint64 a11 = eleventhMonth(date.year(), timeZone);
    qint64 b11 = a11;
    LunarDate lunar;
    if (a11 >= monthStart) {
        lunar.year = date.year();
        a11 = eleventhMonth(date.year() - 1, timeZone);
    } else {
        lunar.year = date.year() + 1;
        b11 = eleventhMonth(date.year() + 1, timeZone);
    }
    lunar.day = int(day - monthStart + 1);
    const int diff = int(std::floor(double(monthStart - a11) / 29.0));
    lunar.month = diff + 11;
    if (b11 - a11 > 365) {
        const int leap = leapMonthOffset(a11, timeZone);
        if (diff >= leap) {
            lunar.month = diff + 10;
            lunar.leap = diff == leap;
        }
    }
    if (lunar.month > 12)
        lunar.month -= 12;
    if (lunar.month >= 11 && diff < 4)
        lunar.year -= 1;
    return lunar;
}

std::optional<QDate> LunarCalendar::toSolar(const LunarDate &date, double timeZone)
{
    if (date.day < 1 || date.day > 30 || date.month < 1 || date.month > 12)
        return std::nullopt;
    qint64 a11 = 0;
    qint64 b11 = 0;
    if (date.month < 11) {
        a11 = eleventhMonth(date.year - 1, timeZone);
        b11 = eleventhMonth(date.year, timeZone);
    } else {
        a11 = eleventhMonth(date.year, timeZone);
        b11 = eleventhMonth(date.year + 1, timeZone);
    }
    const int k = int(std::floor(0.5 + (double(a11) - epochNewMoon) / synodicMonth));
    int offset = date.month - 11;
    if (offset < 0)
        offset += 12;
    if (b11 - a11 > 365) {
        const int leapOffset = leapMonthOffset(a11, timeZone);
        int leapMonth = leapOffset - 2;
        if (leapMonth < 0)
            leapMonth += 12;
        if (date.leap && date.month != leapMonth)
            return std::nullopt;
        if (date.leap || offset >= leapOffset)
            offset += 1;
    } else if (date.leap) {
        return std::nullopt;
    }
    const qint64 monthStart = newMoonDay(k + offset, timeZone);
    const QDate solar = QDate::fromJulianDay(monthStart + date.day - 1);
    // A 30th that the month has not (it has 29 days) is the next month's 1st.
    if (fromSolar(solar, timeZone).day != date.day)
        return std::nullopt;
    return solar;
}

QDate LunarCalendar::newYear(int lunarYear, double timeZone)
{
    return toSolar(LunarDate{1, 1, lunarYear, false}, timeZone).value_or(QDate());
}

} // namespace PortalDesk::Models
