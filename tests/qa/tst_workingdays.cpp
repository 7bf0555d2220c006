// The lunar calendar against the dates Vietnam kept (Tết and Giỗ Tổ Hùng
// Vương 1968–2100 from published tables, tests/data/qa with its
// SOURCES.md; leap months; the years Vietnam's Tết fell a day or a month
// away from China's), and deadlines in working days.
#include "lunarcalendar.h"
#include "workingdays.h"

#include <QFile>
#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

class TestWorkingDays : public QObject
{
    Q_OBJECT

private slots:
    void tetTableCoversTheRange();
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
    void decisionsOf2025_data();
    void decisionsOf2025();
};

namespace {

const QString qaData = QStringLiteral(PORTALDESK_TEST_DATA "/qa/");

struct DatedYear {
    int year = 0;
    QDate date;
};

// A table of tests/data/qa: a header line, then "year,YYYY-MM-DD[,...]" a
// line, the date in that solar year. A line that does not read so is an
// error, not a skipped row.
QList<DatedYear> readYearTable(const QString &name, QString *error)
{
    QFile file(qaData + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1: %2"_s.arg(file.fileName(), file.errorString());
        return {};
    }
    QList<DatedYear> rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(',');
        bool ok = false;
        const int year = fields.value(0).toInt(&ok);
        const QDate date = QDate::fromString(QString::fromLatin1(fields.value(1)), Qt::ISODate);
        if (!ok || fields.size() < 2 || !date.isValid() || date.year() != year) {
            *error = u"%1 line %2 does not read as year,date: %3"_s.arg(name).arg(i + 1).arg(QString::fromUtf8(line));
            return {};
        }
        rows.append({year, date});
    }
    return rows;
}

} // namespace

// The table is there and covers at least 1990–2050, every year once.
void TestWorkingDays::tetTableCoversTheRange()
{
    QString error;
    const QList<DatedYear> rows = readYearTable(u"tet-dates.csv"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(rows.size() >= 61,
             qPrintable(u"tet-dates.csv has %1 rows, fewer than the 61 of 1990–2050"_s.arg(rows.size())));
    QSet<int> years;
    for (const DatedYear &row : rows) {
        QVERIFY2(!years.contains(row.year), qPrintable(u"%1 twice"_s.arg(row.year)));
        years.insert(row.year);
    }
    for (int year = 1990; year <= 2050; ++year)
        QVERIFY2(years.contains(year), qPrintable(u"tet-dates.csv has no %1"_s.arg(year)));
}

void TestWorkingDays::tet_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("newYear");
    // Mùng 1 Tết 1968–2100, as published for Vietnam's calendar (UTC+7,
    // kept since August 1967): tests/data/qa/tet-dates.csv and its
    // SOURCES.md. It has the years Vietnam's Tết is not China's: Mậu Thân
    // 1968 (29 January, a day before China's), 1969, Ất Sửu 1985 (21
    // January, a month before China's), 2007, 2030 and 2053.
    QString error;
    const QList<DatedYear> rows = readYearTable(u"tet-dates.csv"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const DatedYear &row : rows)
        QTest::addRow("%d", row.year) << row.year << row.date;
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
// time zone, not a table, that makes Vietnam's Tết. China's dates are those
// of the Chinese table tet-dates.csv was made from (vacanza/holidays,
// LUNAR_NEW_YEAR_DATES; tests/data/qa/SOURCES.md).
void TestWorkingDays::chinaKeepsUtcPlus8()
{
    QCOMPARE(LunarCalendar::newYear(2007, 8.0), QDate(2007, 2, 18));
    QCOMPARE(LunarCalendar::newYear(1968, 8.0), QDate(1968, 1, 30));
    QCOMPARE(LunarCalendar::newYear(1969, 8.0), QDate(1969, 2, 17));
    QCOMPARE(LunarCalendar::newYear(1985, 8.0), QDate(1985, 2, 20));
    QCOMPARE(LunarCalendar::newYear(2024, 8.0), QDate(2024, 2, 10));
    QCOMPARE(LunarCalendar::newYear(2030, 8.0), QDate(2030, 2, 3));
    QCOMPARE(LunarCalendar::newYear(2053, 8.0), QDate(2053, 2, 19));
}

void TestWorkingDays::gioTo_data()
{
    QTest::addColumn<QDate>("day");
    // The 10th of the third lunar month 1968–2100, from the same sources as
    // Tết (tests/data/qa/gio-to-dates.csv).
    QString error;
    const QList<DatedYear> rows = readYearTable(u"gio-to-dates.csv"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(rows.size() >= 61, qPrintable(u"gio-to-dates.csv has %1 rows"_s.arg(rows.size())));
    for (const DatedYear &row : rows)
        QTest::addRow("%d", row.year) << row.date;
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

    // The computed calendar alone (the Labour Code, no year's decision),
    // counted by hand on the real calendars; the counted days are listed.
    //
    // Tết Ất Tỵ: mùng 1 on Wednesday 29 January 2025, and the twelfth month
    // had 29 days, so the last day of the old year is Tuesday 28 January.
    // Off: 28, 29, 30, 31 January and Saturday 1 February (mùng 4), made up
    // on Monday 3 February. Received Friday 24 January: 27 Jan (1), then
    // 4, 5, 6, 7 Feb (2–5), 10, 11, 12, 13, 14 Feb (6–10).
    QTest::newRow("over Tết 2025, 10 days") << QDate(2025, 1, 24) << 10 << QDate(2025, 2, 14);
    QTest::newRow("over Tết 2025, 2 days") << QDate(2025, 1, 24) << 2 << QDate(2025, 2, 4);
    // 30 April and 1 May 2025 are Wednesday and Thursday. Received Tuesday
    // 29 April: Fri 2 May (1), Mon 5 (2), Tue 6 (3).
    QTest::newRow("over 30/4 and 1/5 2025") << QDate(2025, 4, 29) << 3 << QDate(2025, 5, 6);
    // 2026: Giỗ Tổ (10/3 Bính Ngọ) on Sunday 26 April, made up on Monday
    // 27; 30 April and 1 May on Thursday and Friday. Received Friday 24
    // April: Tue 28 (1), Wed 29 (2), Mon 4 May (3), Tue 5 (4), Wed 6 (5).
    QTest::newRow("over Giỗ Tổ, 30/4 and 1/5 2026") << QDate(2026, 4, 24) << 5 << QDate(2026, 5, 6);
    QTest::newRow("received on 30/4 2026") << QDate(2026, 4, 30) << 1 << QDate(2026, 5, 4);
    // Quốc khánh 2025: 2 September is a Tuesday, and the computed calendar
    // takes the day after, Wednesday 3. Received Friday 29 August: Mon 1
    // Sep (1), Thu 4 (2), Fri 5 (3).
    QTest::newRow("over 2/9 2025") << QDate(2025, 8, 29) << 3 << QDate(2025, 9, 5);
    QTest::newRow("over 2/9 2025, 2 days") << QDate(2025, 8, 29) << 2 << QDate(2025, 9, 4);
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

// 2025 as the Government decided it, as data over the computed calendar
// (announced days, as tet-amlich.com's "Các ngày nghỉ lễ 2025" lists them):
// - Tết: off from Saturday 25 January to Sunday 2 February (26 tháng Chạp
//   to mùng 5), back on Monday 3 February: Monday 27 January off, and
//   Monday 3 February, computed as the make-up for mùng 4 on a Saturday,
//   worked;
// - 30/4–1/5: off from Wednesday 30 April to Sunday 4 May, Friday 2 May
//   exchanged for Saturday 26 April;
// - Quốc khánh: off from Saturday 30 August to Tuesday 2 September: the day
//   next to 2/9 is Monday 1, not Wednesday 3.
void TestWorkingDays::decisionsOf2025_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("due");
    // Received Friday 24 January: Mon 3 Feb (1), Tue 4 (2), ..., Fri 7 (5),
    // Mon 10 (6), ..., Fri 14 (10). The same day as computed (Monday 27
    // January worked and Monday 3 February off there), by another count.
    QTest::newRow("over Tết, 10 days") << QDate(2025, 1, 24) << 10 << QDate(2025, 2, 14);
    QTest::newRow("over Tết, 1 day") << QDate(2025, 1, 24) << 1 << QDate(2025, 2, 3);
    // Received Tuesday 29 April: Mon 5 May (1), Tue 6 (2), Wed 7 (3).
    QTest::newRow("over 30/4 and 1/5") << QDate(2025, 4, 29) << 3 << QDate(2025, 5, 7);
    // Received Friday 25 April: Sat 26 (1), Mon 28 (2), Tue 29 (3), Mon 5
    // May (4), Tue 6 (5).
    QTest::newRow("over 30/4 and 1/5, from Friday") << QDate(2025, 4, 25) << 5 << QDate(2025, 5, 6);
    // Received Friday 29 August: Wed 3 Sep (1), Thu 4 (2), Fri 5 (3).
    QTest::newRow("over 2/9") << QDate(2025, 8, 29) << 1 << QDate(2025, 9, 3);
    QTest::newRow("over 2/9, 3 days") << QDate(2025, 8, 29) << 3 << QDate(2025, 9, 5);
}

void TestWorkingDays::decisionsOf2025()
{
    QFETCH(QDate, received);
    QFETCH(int, days);
    QFETCH(QDate, due);
    const WorkingCalendar decided({QDate(2025, 1, 27), QDate(2025, 5, 2), QDate(2025, 9, 1)},
                                  {QDate(2025, 2, 3), QDate(2025, 4, 26), QDate(2025, 9, 3)});
    QCOMPARE(decided.addWorkingDays(received, days), due);
    QCOMPARE(decided.workingDaysBetween(received, due), days);
}

QTEST_MAIN(TestWorkingDays)
#include "tst_workingdays.moc"
