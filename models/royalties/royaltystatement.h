#pragma once

#include "royaltyschedule.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace PortalDesk::Models {

// How much each is paid, in whole đồng: pure arithmetic, the same for the
// desk, the CLI, the statement and the tests.
namespace RoyaltyAmounts {

// coefficient × unit value × (100 % + bonus), rounded half up to the đồng.
qint64 workAmount(Hundredths coefficient, qint64 unitDong, Hundredths bonusPercent);
// The amount split by shares (hundredths of a percent, adding up to 100 %):
// each rounded down, and what rounding left over goes to the first, so that
// the parts always add up to the whole.
QList<qint64> split(qint64 amount, const QList<Hundredths> &shares);
// percent of amount, rounded half up (a remuneration on top of a work).
qint64 percentOf(qint64 amount, Hundredths percent);
// Withheld from one payment: the rate of the whole payment when it reaches
// the threshold, else nothing.
qint64 withheld(qint64 gross, const RoyaltySchedule::Withholding &withholding);

} // namespace RoyaltyAmounts

// A month of payments, in Vietnam's time (UTC+7, no daylight saving): a
// work published at 00:30 on 1 August in Hà Nội (17:30 UTC on 31 July) is
// August's. Its ends as the newsroom's UTC stamps, [first, next).
struct RoyaltyMonth {
    Q_DECLARE_TR_FUNCTIONS(RoyaltyMonth)

public:
    int year = 0;
    int month = 0;

    // "2024-07"; nothing for anything else.
    static std::optional<RoyaltyMonth> parse(const QString &text);
    static RoyaltyMonth of(const QDateTime &utc);  // the month in Vietnam at that moment
    static QDate localDate(const QDateTime &utc);  // the day in Vietnam at that moment
    QString key() const;        // "2024-07"
    QString displayName() const; // "Tháng 7/2024" in the UI's language
    QString firstStamp() const;
    QString nextStamp() const;
    RoyaltyMonth next() const;
    bool operator==(const RoyaltyMonth &) const = default;
    auto operator<=>(const RoyaltyMonth &) const = default;
};

// One graded work as the newsroom holds it: the grade and its shares.
struct RoyaltyGradedWork {
    struct Share {
        QString payee;  // a user's login or a contributor's code
        QString role;   // "author", or a remuneration's code
        Hundredths share = 0;
    };
    QString articleId;
    QString mediaId;  // empty for the article's text
    QString title;    // the article's; for a photo, with its caption
    QDateTime publishedAt;
    qint64 scheduleId = 0;
    QString category;
    Hundredths coefficient = 0;
    Hundredths bonus = 0;
    QList<Share> shares;
};

struct RoyaltyPayee {
    QString name;
    QString unit;
    bool staff = true;
};

// The statement of one month: per person, what each work paid, and the
// totals; what the accountant pays from.
struct RoyaltyStatement {
    Q_DECLARE_TR_FUNCTIONS(RoyaltyStatement)

public:
    struct Work {
        QString articleId;
        QString mediaId;
        QString title;
        QDate publishedOn;
        QString category;
        QString categoryName;
        Hundredths coefficient = 0;
        Hundredths bonus = 0;
        qint64 unitValue = 0;
        qint64 amount = 0;  // the whole work, before its shares
    };
    struct Item {
        int work = 0;  // in works
        QString role;
        QString roleName;
        Hundredths share = 0;
        qint64 amount = 0;
    };
    struct Line {
        QString payee;
        QString name;
        QString unit;
        bool staff = true;
        QList<Item> items;
        qint64 gross = 0;
        qint64 withheld = 0;
        qint64 net = 0;
    };

    RoyaltyMonth month;
    bool closed = false;
    QString decision;  // of the newest schedule the month's grades used
    QList<Work> works;
    QList<Line> lines;  // by unit (staff first), then by name
    qint64 totalGross = 0;
    qint64 totalWithheld = 0;
    qint64 totalNet = 0;
    qint64 monthlyFund = 0;  // 0: the schedule sets no ceiling
    QStringList problems;    // works that could not be paid, in words

    // Works whose schedule has no unit value for their day, or whose
    // category the schedule no longer has, are left out and named in
    // problems: the statement never invents an amount.
    static RoyaltyStatement build(const RoyaltyMonth &month, const QList<RoyaltyGradedWork> &works,
                                  const QHash<qint64, RoyaltySchedule> &schedules, const QHash<QString, RoyaltyPayee> &payees);
    // {"month", "lines": [{"login", "name", "unit", "items", "gross", "withheld", "net", "works": […]}],
    //  "total_gross", "total_withheld", "total_net", …}: whole đồng.
    QJsonObject toJson() const;
};

} // namespace PortalDesk::Models
