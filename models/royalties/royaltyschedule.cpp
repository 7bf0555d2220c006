#include "royaltyschedule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

std::optional<Hundredths> parseHundredths(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{1,9})(?:[.,](\\d{1,2}))?\\s*$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString fraction = match.captured(2);
    while (fraction.size() < 2)
        fraction += u'0';
    return match.captured(1).toLongLong() * 100 + fraction.toLongLong();
}

QString hundredthsText(Hundredths value)
{
    const QString whole = QString::number(value / 100);
    const qint64 rest = value % 100;
    if (rest == 0)
        return whole;
    if (rest % 10 == 0)
        return whole + u'.' + QString::number(rest / 10);
    return whole + u'.' + QString::number(rest).rightJustified(2, u'0');
}

namespace {

// A JSON number as hundredths, when it has at most two decimals.
std::optional<Hundredths> numberHundredths(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double scaled = value.toDouble() * 100.0;
    const double rounded = std::round(scaled);
    if (std::abs(scaled - rounded) > 1e-6 || rounded < 0 || rounded > 1e15)
        return std::nullopt;
    return Hundredths(rounded);
}

std::optional<qint64> wholeDong(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != std::floor(d) || d < 0 || d > 1e15)
        return std::nullopt;
    return qint64(d);
}

class Reader
{
public:
    QString problem;

    // Sets the problem once: the first one found is the one told.
    void fail(const QString &message)
    {
        if (problem.isEmpty())
            problem = message;
    }
    QString text(const QJsonObject &object, const QString &key, const QString &where, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(RoyaltySchedule::tr("%1 has no \"%2\".").arg(where, key));
            return {};
        }
        if (!value.isString()) {
            fail(RoyaltySchedule::tr("\"%2\" of %1 is not text.").arg(where, key));
            return {};
        }
        if (value.toString().contains(QChar::ReplacementCharacter))
            fail(RoyaltySchedule::tr("\"%2\" of %1 is not valid UTF-8 text.").arg(where, key));
        return value.toString().trimmed();
    }
};

} // namespace

Result<RoyaltySchedule> RoyaltySchedule::fromJson(const QByteArray &json)
{
    if (json.size() > maxBytes)
        return Error{ErrorCode::InvalidInput, tr("The schedule is larger than %1 MB; a royalty schedule is a few kilobytes.").arg(maxBytes / (1024 * 1024))};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error == QJsonParseError::IllegalUTF8String)
        return Error{ErrorCode::InvalidInput, tr("The schedule is not valid UTF-8 text (at byte %1); save it as UTF-8.").arg(parseError.offset)};
    if (parseError.error != QJsonParseError::NoError)
        return Error{ErrorCode::InvalidInput, tr("The schedule is not valid JSON (at byte %1: %2).").arg(parseError.offset).arg(parseError.errorString())};
    if (!document.isObject())
        return Error{ErrorCode::InvalidInput, tr("The schedule must be a JSON object; README, \"Royalties\", shows its shape.")};
    const QJsonObject root = document.object();
    Reader read;
    const QString top = tr("The schedule");
    RoyaltySchedule schedule;
    schedule.decision = read.text(root, u"decision"_s, top, true);
    schedule.title = read.text(root, u"title"_s, top, false);
    schedule.issuer = read.text(root, u"issuer"_s, top, false);
    schedule.source = read.text(root, u"source"_s, top, false);
    const QString signedOn = read.text(root, u"signed_on"_s, top, false);
    if (!signedOn.isEmpty()) {
        schedule.signedOn = QDate::fromString(signedOn, Qt::ISODate);
        if (!schedule.signedOn.isValid())
            read.fail(tr("\"signed_on\" is a date as YYYY-MM-DD, not \"%1\".").arg(signedOn));
    }
    const QString validUntil = read.text(root, u"valid_until"_s, top, false);
    if (!validUntil.isEmpty()) {
        schedule.validUntil = QDate::fromString(validUntil, Qt::ISODate);
        if (!schedule.validUntil.isValid())
            read.fail(tr("\"valid_until\" is a date as YYYY-MM-DD, not \"%1\".").arg(validUntil));
    }
    if (!read.problem.isEmpty())
        return Error{ErrorCode::InvalidInput, read.problem};
    if (schedule.decision.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The schedule has no \"decision\": the number of the document it comes from.")};

    const QJsonValue units = root.value(u"unit_value"_s);
    if (!units.isArray() || units.toArray().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The schedule has no \"unit_value\": the value of one coefficient unit, from a date.")};
    for (qsizetype i = 0; i < units.toArray().size(); ++i) {
        const QJsonObject unit = units.toArray().at(i).toObject();
        const QString where = tr("unit_value %1").arg(i + 1);
        UnitValue value;
        const QString from = read.text(unit, u"from"_s, where, true);
        value.from = QDate::fromString(from, Qt::ISODate);
        if (read.problem.isEmpty() && !value.from.isValid())
            read.fail(tr("\"from\" of %1 is a date as YYYY-MM-DD, not \"%2\".").arg(where, from));
        const auto dong = wholeDong(unit.value(u"dong"_s));
        if (!dong || *dong == 0)
            read.fail(tr("\"dong\" of %1 must be a whole number of đồng above zero.").arg(where));
        value.dong = dong.value_or(0);
        value.basis = read.text(unit, u"basis"_s, where, false);
        if (!read.problem.isEmpty())
            return Error{ErrorCode::InvalidInput, read.problem};
        schedule.unitValues.append(value);
    }
    std::sort(schedule.unitValues.begin(), schedule.unitValues.end(), [](const UnitValue &a, const UnitValue &b) { return a.from < b.from; });
    for (qsizetype i = 1; i < schedule.unitValues.size(); ++i) {
        if (schedule.unitValues.at(i).from == schedule.unitValues.at(i - 1).from)
            return Error{ErrorCode::InvalidInput, tr("Two unit values start on %1.").arg(schedule.unitValues.at(i).from.toString(u"dd/MM/yyyy"_s))};
    }

    const QJsonValue categories = root.value(u"categories"_s);
    if (!categories.isArray() || categories.toArray().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The schedule has no \"categories\": the genres and their ranges of coefficients.")};
    for (qsizetype i = 0; i < categories.toArray().size(); ++i) {
        const QJsonObject object = categories.toArray().at(i).toObject();
        Category category;
        category.code = read.text(object, u"code"_s, tr("category %1").arg(i + 1), true);
        const QString where = tr("category \"%1\"").arg(category.code);
        category.name = read.text(object, u"name"_s, where, true);
        category.article = read.text(object, u"article"_s, where, false);
        const QString kind = read.text(object, u"kind"_s, where, true);
        if (read.problem.isEmpty() && kind != u"text" && kind != u"photo")
            read.fail(tr("\"kind\" of %1 is \"text\" or \"photo\", not \"%2\".").arg(where, kind));
        category.photo = kind == u"photo";
        static const QRegularExpression codePattern(u"^[a-z0-9_]{1,40}$"_s);
        if (read.problem.isEmpty() && !codePattern.match(category.code).hasMatch())
            read.fail(tr("The code \"%1\" is not lower-case ASCII letters, digits and _.").arg(category.code));
        // A frame that sets only the most (Decree 18 does) leaves "min" out.
        const QJsonValue minValue = object.value(u"min"_s);
        const auto min = minValue.isUndefined() ? std::optional<Hundredths>(1) : numberHundredths(minValue);
        const auto max = numberHundredths(object.value(u"max"_s));
        if (read.problem.isEmpty() && (!min || !max || *min <= 0 || *min > *max))
            read.fail(tr("%1 needs \"max\" (and may have \"min\"), numbers above zero with at most two decimals, min not above max.").arg(where));
        category.min = min.value_or(0);
        category.max = max.value_or(0);
        if (read.problem.isEmpty() && schedule.category(category.code))
            read.fail(tr("Two categories have the code \"%1\".").arg(category.code));
        if (!read.problem.isEmpty())
            return Error{ErrorCode::InvalidInput, read.problem};
        schedule.categories.append(category);
    }

    const QJsonValue remunerations = root.value(u"remuneration"_s);
    if (!remunerations.isUndefined() && !remunerations.isArray())
        return Error{ErrorCode::InvalidInput, tr("\"remuneration\" must be a list.")};
    for (const QJsonValue &value : remunerations.toArray()) {
        const QJsonObject object = value.toObject();
        Remuneration remuneration;
        remuneration.code = read.text(object, u"code"_s, tr("a remuneration"), true);
        const QString where = tr("remuneration \"%1\"").arg(remuneration.code);
        remuneration.name = read.text(object, u"name"_s, where, true);
        remuneration.article = read.text(object, u"article"_s, where, false);
        const auto percent = numberHundredths(object.value(u"percent"_s));
        if (read.problem.isEmpty() && (!percent || *percent <= 0 || *percent > wholeShare))
            read.fail(tr("\"percent\" of %1 is a number above 0 and at most 100.").arg(where));
        remuneration.percent = percent.value_or(0);
        if (read.problem.isEmpty() && (remuneration.code == u"author" || schedule.remuneration(remuneration.code)))
            read.fail(tr("The remuneration code \"%1\" is used twice or is reserved.").arg(remuneration.code));
        if (!read.problem.isEmpty())
            return Error{ErrorCode::InvalidInput, read.problem};
        schedule.remunerations.append(remuneration);
    }

    if (const QJsonValue high = root.value(u"high_value"_s); !high.isUndefined()) {
        const auto max = numberHundredths(high.toObject().value(u"max_percent"_s));
        if (!max || *max <= 0 || *max > 10 * wholeShare)
            return Error{ErrorCode::InvalidInput, tr("\"high_value\" needs \"max_percent\", a number above 0.")};
        schedule.highValueMax = *max;
        schedule.highValueArticle = read.text(high.toObject(), u"article"_s, u"high_value"_s, false);
    }
    const QJsonValue incentives = root.value(u"incentives"_s);
    if (!incentives.isUndefined() && !incentives.isArray())
        return Error{ErrorCode::InvalidInput, tr("\"incentives\" must be a list.")};
    for (const QJsonValue &value : incentives.toArray()) {
        const QJsonObject object = value.toObject();
        Incentive incentive;
        incentive.code = read.text(object, u"code"_s, tr("an incentive"), true);
        incentive.name = read.text(object, u"name"_s, tr("incentive \"%1\"").arg(incentive.code), true);
        incentive.article = read.text(object, u"article"_s, tr("incentive \"%1\"").arg(incentive.code), false);
        const auto max = numberHundredths(object.value(u"max_percent"_s));
        if (read.problem.isEmpty() && (!max || *max <= 0 || *max > 10 * wholeShare))
            read.fail(tr("incentive \"%1\" needs \"max_percent\", a number above 0.").arg(incentive.code));
        incentive.max = max.value_or(0);
        if (!read.problem.isEmpty())
            return Error{ErrorCode::InvalidInput, read.problem};
        schedule.incentives.append(incentive);
    }
    if (const QJsonValue fund = root.value(u"monthly_fund"_s); !fund.isUndefined()) {
        if (!fund.toObject().value(u"dong"_s).isUndefined()) {
            const auto dong = wholeDong(fund.toObject().value(u"dong"_s));
            if (!dong)
                return Error{ErrorCode::InvalidInput, tr("\"dong\" of \"monthly_fund\" must be a whole number of đồng.")};
            schedule.monthlyFund = *dong;
        }
        schedule.monthlyFundArticle = read.text(fund.toObject(), u"article"_s, u"monthly_fund"_s, false);
    }
    const QJsonValue withholding = root.value(u"withholding"_s);
    // A rule as the schedule words it: threshold in whole đồng, rate 0..1.
    const auto readRule = [&](const QJsonObject &object, const QString &where) -> std::optional<Withholding> {
        const auto threshold = wholeDong(object.value(u"threshold"_s));
        const QJsonValue rate = object.value(u"rate"_s);
        const auto ratePercent = rate.isDouble() ? numberHundredths(QJsonValue(rate.toDouble() * 100.0)) : std::nullopt;
        if (!threshold || !ratePercent || *ratePercent > wholeShare) {
            read.fail(tr("%1 needs \"threshold\" in whole đồng and \"rate\" between 0 and 1 (0.10 is 10 %).").arg(where));
            return std::nullopt;
        }
        return Withholding{*threshold, *ratePercent, read.text(object, u"article"_s, where, false), {}};
    };
    if (!withholding.isUndefined()) {
        const QJsonObject object = withholding.toObject();
        if (const auto rule = readRule(object, u"\"withholding\""_s))
            schedule.withholding = *rule;
        // A change of the law from a day: one rule ("later") or a list.
        const QJsonValue later = object.value(u"later"_s);
        const QJsonArray laters = later.isArray() ? later.toArray() : later.isObject() ? QJsonArray{later} : QJsonArray{};
        for (const QJsonValue &value : laters) {
            const QString where = u"\"withholding\" › \"later\""_s;
            auto rule = readRule(value.toObject(), where);
            const QString from = read.text(value.toObject(), u"from"_s, where, true);
            if (!rule || !read.problem.isEmpty())
                break;
            rule->from = QDate::fromString(from, Qt::ISODate);
            if (!rule->from.isValid()) {
                read.fail(tr("\"from\" of %1 is a date as YYYY-MM-DD, not \"%2\".").arg(where, from));
                break;
            }
            schedule.laterWithholding.append(*rule);
        }
        std::sort(schedule.laterWithholding.begin(), schedule.laterWithholding.end(),
                  [](const Withholding &a, const Withholding &b) { return a.from < b.from; });
    }
    if (!read.problem.isEmpty())
        return Error{ErrorCode::InvalidInput, read.problem};
    schedule.json = document.toJson(QJsonDocument::Compact);
    return schedule;
}

std::optional<qint64> RoyaltySchedule::unitValueOn(const QDate &day) const
{
    if (validUntil.isValid() && day > validUntil)
        return std::nullopt;
    std::optional<qint64> value;
    for (const UnitValue &unit : unitValues) {
        if (unit.from <= day)
            value = unit.dong;
    }
    return value;
}

Hundredths RoyaltySchedule::maxExtra() const
{
    Hundredths most = highValueMax;
    for (const Incentive &incentive : incentives)
        most = std::max(most, incentive.max);
    return most;
}

RoyaltySchedule::Withholding RoyaltySchedule::withholdingOn(const QDate &day) const
{
    Withholding rule = withholding;
    for (const Withholding &later : laterWithholding) {
        if (later.from <= day)
            rule = later;
    }
    return rule;
}

const RoyaltySchedule::Category *RoyaltySchedule::category(const QString &code) const
{
    const auto found = std::find_if(categories.cbegin(), categories.cend(), [&](const Category &c) { return c.code == code; });
    return found == categories.cend() ? nullptr : &*found;
}

const RoyaltySchedule::Remuneration *RoyaltySchedule::remuneration(const QString &code) const
{
    const auto found = std::find_if(remunerations.cbegin(), remunerations.cend(), [&](const Remuneration &r) { return r.code == code; });
    return found == remunerations.cend() ? nullptr : &*found;
}

} // namespace PortalDesk::Models
