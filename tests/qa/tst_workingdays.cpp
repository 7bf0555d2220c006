// The lunar calendar against the dates Vietnam kept (Tết, Giỗ Tổ Hùng
// Vương, leap months, the years Vietnam's Tết fell a day or a month away
// from China's), and deadlines in working days.
#include "lunarcalendar.h"
#include "workingdays.h"

#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

class TestWorkingDays : public QObject
{
    Q_OBJECT

private slots:
    void tet_data();
    void tet();
    void chinaKeepsUtcPlus8();
    void gioTo_data();
    void gioTo();
    void leapMonths_data();
    void leapMonths();
    void roundTrip();
    void impossibleLunarDates();
    void holidays();
    void deadlines_data();
    void deadlines();
    void officialDecisionCorrects();
};

void TestWorkingDays::tet_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("newYear");
    // Mùng 1 Tết, 2000–2029, as Vietnam's calendars print it.
    const QList<QDate> days{{2000, 2, 5},  {2001, 1, 24}, {2002, 2, 12}, {2003, 2, 1},  {2004, 1, 22}, {2005, 2, 9},  {2006, 1, 29},
                            {2007, 2, 17}, {2008, 2, 7},  {2009, 1, 26}, {2010, 2, 14}, {2011, 2, 3},  {2012, 1, 23}, {2013, 2, 10},
                            {2014, 1, 31}, {2015, 2, 19}, {2016, 2, 8},  {2017, 1, 28}, {2018, 2, 16}, {2019, 2, 5},  {2020, 1, 25},
                            {2021, 2, 12}, {2022, 2, 1},  {2023, 1, 22}, {2024, 2, 10}, {2025, 1, 29}, {2026, 2, 17}, {2027, 2, 6},
                            {2028, 1, 26}, {2029, 2, 13}};
    for (const QDate &day : days)
        QTest::addRow("%d", day.year()) << day.year() << day;
    // Tết Mậu Thân, a day before China's.
    QTest::addRow("1968") << 1968 << QDate(1968, 1, 29);
    // 1985: Vietnam's Tết a month before China's (the eleventh month began
    // a day apart, and with it the whole year's months).
    QTest::addRow("1985") << 1985 << QDate(1985, 1, 21);
}

void TestWorkingDays::tet()
{
    QFETCH(int, year);
    QFETCH(QDate, newYear);
    QCOMPARE(LunarCalendar::newYear(year), newYear);
    QCOMPARE(LunarCalendar::fromSolar(newYear), (LunarDate{1, 1, year, false}));
    // The day before is the last of the old year (29th or 30th of the twelfth month).
    const LunarDate eve = LunarCalendar::fromSolar(newYear.addDays(-1));
    QCOMPARE(eve.month, 12);
    QCOMPARE(eve.year, year - 1);
    QVERIFY(eve.day == 29 || eve.day == 30);
}

// The same computation in China's time zone gives China's dates: it is the
// time zone, not a table, that makes Vietnam's Tết.
void TestWorkingDays::chinaKeepsUtcPlus8()
{
    QCOMPARE(LunarCalendar::newYear(2007, 8.0), QDate(2007, 2, 18));
    QCOMPARE(LunarCalendar::newYear(1968, 8.0), QDate(1968, 1, 30));
    QCOMPARE(LunarCalendar::newYear(1985, 8.0), QDate(1985, 2, 20));
    QCOMPARE(LunarCalendar::newYear(2024, 8.0), QDate(2024, 2, 10));
}

void TestWorkingDays::gioTo_data()
{
    QTest::addColumn<QDate>("day");
    for (const QDate &day : {QDate(2019, 4, 14), QDate(2020, 4, 2), QDate(2021, 4, 21), QDate(2022, 4, 10), QDate(2023, 4, 29),
                             QDate(2024, 4, 18), QDate(2025, 4, 7), QDate(2026, 4, 26)})
        QTest::addRow("%d", day.year()) << day;
}

void TestWorkingDays::gioTo()
{
    QFETCH(QDate, day);
    QCOMPARE(LunarCalendar::toSolar(LunarDate{10, 3, day.year(), false}), std::optional<QDate>(day));
    const auto names = WorkingCalendar::holidays(day.year());
    QVERIFY(std::any_of(names.cbegin(), names.cend(), [&](const auto &h) { return h.date == day && h.name.contains(u"Giỗ Tổ"_s); }));
}

void TestWorkingDays::leapMonths_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<int>("month");
    // The first day of each leap month: tháng 4 nhuận 2020, tháng 2 nhuận
    // 2023, tháng 6 nhuận 2025.
    QTest::newRow("2020") << QDate(2020, 5, 23) << 4;
    QTest::newRow("2023") << QDate(2023, 3, 22) << 2;
    QTest::newRow("2025") << QDate(2025, 7, 25) << 6;
}

void TestWorkingDays::leapMonths()
{
    QFETCH(QDate, first);
    QFETCH(int, month);
    QCOMPARE(LunarCalendar::fromSolar(first), (LunarDate{1, month, first.year(), true}));
    QCOMPARE(LunarCalendar::fromSolar(first.addDays(-1)).leap, false);
    QCOMPARE(LunarCalendar::fromSolar(first.addDays(-1)).month, month);
    QCOMPARE(LunarCalendar::toSolar(LunarDate{1, month, first.year(), true}), std::optional<QDate>(first));
    // The month after the leap month is the next month, not leap.
    const auto after = LunarCalendar::toSolar(LunarDate{1, month + 1, first.year(), false});
    QVERIFY(after && *after > first.addDays(28) && *after <= first.addDays(30));
}

void TestWorkingDays::roundTrip()
{
    int lastDay = 0;
    for (QDate day(1900, 1, 31); day <= QDate(2100, 12, 31); day = day.addDays(1)) {
        const LunarDate lunar = LunarCalendar::fromSolar(day);
            QVERIFY2(lunar.day >= 1 && lunar.day <= 30 && lunar.month >= 1 && lunar.month <= 12,
                 qPrintable(u"%1: %2/%3/%4%5"_s.arg(day.toString(Qt::ISODate)).arg(lunar.day).arg(lunar.month).arg(lunar.year).arg(lunar.leap ? u" nhuận"_s : QString())));
        QVERIFY2(lunar.day == 1 || lunar.day == lastDay + 1, qPrintable(day.toString(Qt::ISODate)));
        lastDay = lunar.day;
        const auto back = LunarCalendar::toSolar(lunar);
        QVERIFY2(back == day, qPrintable(day.toString(Qt::ISODate)));
    }
}

void TestWorkingDays::impossibleLunarDates()
{
    QCOMPARE(LunarCalendar::toSolar(LunarDate{1, 5, 2024, true}), std::nullopt);  // 2024 has no leap month
    QCOMPARE(LunarCalendar::toSolar(LunarDate{1, 5, 2023, true}), std::nullopt);  // 2023's is the second
    QCOMPARE(LunarCalendar::toSolar(LunarDate{31, 1, 2024, false}), std::nullopt);
    QCOMPARE(LunarCalendar::toSolar(LunarDate{1, 13, 2024, false}), std::nullopt);
    // The twelfth month of Giáp Thìn (before Tết 2025) had 29 days: that
    // year had no 30 Tết. Quý Mão's (before Tết 2024) had 30.
    QCOMPARE(LunarCalendar::toSolar(LunarDate{30, 12, 2024, false}), std::nullopt);
    QCOMPARE(LunarCalendar::toSolar(LunarDate{29, 12, 2024, false}), std::optional<QDate>(QDate(2025, 1, 28)));
    QCOMPARE(LunarCalendar::toSolar(LunarDate{30, 12, 2023, false}), std::optional<QDate>(QDate(2024, 2, 9)));
}

void TestWorkingDays::holidays()
{
    // 2022: 30 April and 1 May on a weekend, made up on 2 and 3 May, as the
    // year's decision gave them.
    const WorkingCalendar calendar;
    for (const QDate &off : {QDate(2022, 4, 29).addDays(1), QDate(2022, 5, 1), QDate(2022, 5, 2), QDate(2022, 5, 3)})
        QVERIFY2(!calendar.isWorkingDay(off), qPrintable(off.toString(Qt::ISODate)));
    QVERIFY(calendar.isWorkingDay(QDate(2022, 4, 29)));
    QVERIFY(calendar.isWorkingDay(QDate(2022, 5, 4)));
    // Tết Bính Ngọ 2026 (Tuesday 17 February): from Monday 16 to Friday 20.
    for (int day = 16; day <= 20; ++day)
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 2, day)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 13)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 23)));
    // Every year has its eleven days of the Labour Code, named.
    for (int year = 2020; year <= 2030; ++year) {
        const auto days = WorkingCalendar::holidays(year);
        const auto statutory = std::count_if(days.cbegin(), days.cend(), [](const auto &h) { return !h.makeUp; });
        QCOMPARE(statutory, 11);
        for (const auto &h : days)
            QVERIFY(h.date.isValid() && !h.name.isEmpty());
    }
}

void TestWorkingDays::deadlines_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("due");
    QTest::newRow("a Friday, one day") << QDate(2024, 11, 8) << 1 << QDate(2024, 11, 11);
    QTest::newRow("plain weeks") << QDate(2024, 11, 6) << 10 << QDate(2024, 11, 20);
    // Giỗ Tổ on Thursday 18 April 2024, then 30 April and 1 May.
    QTest::newRow("over Giỗ Tổ") << QDate(2024, 4, 10) << 10 << QDate(2024, 4, 25);
    QTest::newRow("over 30/4 and 1/5") << QDate(2024, 4, 25) << 3 << QDate(2024, 5, 2);
    // Received on the last working day before Tết 2026.
    QTest::newRow("over Tết") << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 23);
    QTest::newRow("received on a holiday") << QDate(2026, 2, 17) << 1 << QDate(2026, 2, 23);
    QTest::newRow("none") << QDate(2026, 2, 17) << 0 << QDate(2026, 2, 17);
}

void TestWorkingDays::deadlines()
{
    QFETCH(QDate, received);
    QFETCH(int, days);
    QFETCH(QDate, due);
    const WorkingCalendar calendar;
    QCOMPARE(calendar.addWorkingDays(received, days), due);
    QCOMPARE(calendar.workingDaysBetween(received, due), days);
}

// The year's decision moves days: in 2025 the Government gave 2 May off in
// exchange for Saturday 26 April.
void TestWorkingDays::officialDecisionCorrects()
{
    const WorkingCalendar computed;
    const WorkingCalendar decided({QDate(2025, 5, 2)}, {QDate(2025, 4, 26)});
    QVERIFY(computed.isWorkingDay(QDate(2025, 5, 2)));
    QVERIFY(!decided.isWorkingDay(QDate(2025, 5, 2)));
    QVERIFY(!computed.isWorkingDay(QDate(2025, 4, 26)));
    QVERIFY(decided.isWorkingDay(QDate(2025, 4, 26)));
    QCOMPARE(decided.addWorkingDays(QDate(2025, 4, 25), 1), QDate(2025, 4, 26));
    QCOMPARE(computed.addWorkingDays(QDate(2025, 4, 25), 3), QDate(2025, 5, 2));
    QCOMPARE(decided.addWorkingDays(QDate(2025, 4, 25), 3), QDate(2025, 4, 29));
    QCOMPARE(computed.addWorkingDays(QDate(2025, 4, 25), 4), QDate(2025, 5, 5));
    QCOMPARE(decided.addWorkingDays(QDate(2025, 4, 25), 4), QDate(2025, 5, 5));
}

QTEST_MAIN(TestWorkingDays)
#include "tst_workingdays.moc"
