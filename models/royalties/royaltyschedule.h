#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace PortalDesk::Models {

// Hundredths, as royalties are stored: a coefficient of 2.5 is 250, a share
// of 12.5 % is 1250 (100 % is 10000). Whole numbers, so that what people
// are paid never depends on binary fractions.
using Hundredths = qint64;
inline constexpr Hundredths wholeShare = 10000;

// "2,5" or "2.5" -> 250; at most two decimals; nothing for anything else.
std::optional<Hundredths> parseHundredths(const QString &text);
// 250 -> "2.5", 300 -> "3" (the C locale, as the CLI and JSON write it).
QString hundredthsText(Hundredths value);

// A royalty schedule (khung / bảng hệ số nhuận bút): Decree 18/2014/NĐ-CP's
// frame or a province's decision within it, as the JSON README describes.
// Every part carries `article`, where in the document it comes from.
struct RoyaltySchedule {
    Q_DECLARE_TR_FUNCTIONS(RoyaltySchedule)

public:
    // The most a schedule file may hold.
    static constexpr qint64 maxBytes = 1024 * 1024;

    struct UnitValue {
        QDate from;
        qint64 dong = 0;
        QString basis;
    };
    struct Category {
        QString code;
        QString name;
        bool photo = false;  // "kind": "photo"; else "text"
        Hundredths min = 0;  // "min" left out: anything above zero
        Hundredths max = 0;
        QString article;
    };
    // Pay for others than the authors (biên tập, dịch, hiệu đính), at most
    // `percent` of the work's royalty, on top of it.
    struct Remuneration {
        QString code;
        QString name;
        Hundredths percent = 0;
        QString article;
    };
    struct Withholding {
        qint64 threshold = 0;  // withheld from payments of at least this
        Hundredths rate = 0;   // 10 % is 1000
        QString article;
        QDate from;            // for a later rule: from when it applies
    };
    // An extra for a kind of work (Decree 18, Điều 7 khoản 4: for children
    // or ethnic minorities, written in another language, made in hard or
    // dangerous conditions), at most max percent.
    struct Incentive {
        QString code;
        QString name;
        Hundredths max = 0;
        QString article;
    };

    qint64 id = 0;  // in the newsroom; 0 before import
    QString decision;
    QString title;
    QString issuer;
    QDate signedOn;
    QString source;
    QDate validUntil;  // the last day it pays for; invalid: no end
    QList<UnitValue> unitValues;  // by date
    QList<Category> categories;
    QList<Remuneration> remunerations;
    Hundredths highValueMax = 0;  // extra for works of high value, in percent
    QString highValueArticle;
    QList<Incentive> incentives;
    qint64 monthlyFund = 0;       // 0: no ceiling
    QString monthlyFundArticle;
    Withholding withholding;
    QList<Withholding> laterWithholding;  // by date: a new rule replaces it from its day
    QByteArray json;  // as imported, compact

    // The JSON's whole shape checked, with a message naming what is wrong
    // where (ErrorCode::InvalidInput).
    static Result<RoyaltySchedule> fromJson(const QByteArray &json);
    // The unit value in force on that day; none before the first, nor
    // after validUntil.
    std::optional<qint64> unitValueOn(const QDate &day) const;
    // The most a work may get on top (high value or an incentive), in percent.
    Hundredths maxExtra() const;
    // The withholding rule in force on that day.
    Withholding withholdingOn(const QDate &day) const;
    const Category *category(const QString &code) const;
    const Remuneration *remuneration(const QString &code) const;
};

} // namespace PortalDesk::Models
