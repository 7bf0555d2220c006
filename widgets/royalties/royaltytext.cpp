#include "royaltytext.h"

#include "article.h"
#include "localization.h"
#include "mediastore.h"
#include "newsroom.h"

#include <QLocale>

namespace PortalDesk::Widgets {

using namespace Models;

QString RoyaltyText::money(qint64 dong)
{
    //: an amount in đồng, grouped as the language groups it: 585.000 đ
    // One unit on a line: the space before đ never breaks ("585.000" at the
    // end of a line and "đ" alone on the next was seen in the details dock).
    return tr("%1 đ").arg(QLocale().toString(dong)).replace(u' ', QChar::Nbsp);
}

QString RoyaltyText::number(Hundredths value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(double(value) / 100.0, 'f', QLocale::FloatingPointShortest);
}

QString RoyaltyText::percent(Hundredths value)
{
    return tr("%1 %").arg(number(value)).replace(u' ', QChar::Nbsp);
}

QString RoyaltyText::categoryLabel(const RoyaltySchedule::Category &category)
{
    //: a royalty category and the coefficients it allows: Tin (1–10)
    return tr("%1 (%2–%3)").arg(category.name, number(category.min), number(category.max));
}

QString RoyaltyText::shares(const QList<RoyaltyGradedWork::Share> &shares, const QHash<QString, RoyaltyPayee> &payees,
                            const RoyaltySchedule *schedule)
{
    QStringList parts;
    for (const auto &share : shares) {
        const QString name = payees.contains(share.payee) ? payees.value(share.payee).name : share.payee;
        if (share.role == u"author") {
            //: a payee and their share: Nguyễn Minh Anh 100 %
            parts << tr("%1 %2").arg(name, percent(share.share));
        } else {
            const auto *remuneration = schedule ? schedule->remuneration(share.role) : nullptr;
            //: a payee, what they are paid for, and its percent: Phạm Văn Dũng (Biên tập) 10 %
            parts << tr("%1 (%2) %3").arg(name, remuneration ? remuneration->name : share.role, percent(share.share));
        }
    }
    return parts.join(QStringLiteral(", "));
}

QStringList RoyaltyText::photoIds(const Article &article)
{
    // The order RoyaltyStore::ungraded() lists them in.
    QStringList photos = MediaStore::referencedIds(article.body);
    if (!article.leadPhoto.isEmpty() && !photos.contains(article.leadPhoto))
        photos.prepend(article.leadPhoto);
    photos.removeDuplicates();
    return photos;
}

QList<std::pair<QString, QString>> RoyaltyText::articleSummary(Newsroom &newsroom, const Article &article)
{
    RoyaltyStore store(newsroom);
    const QString label = tr("Royalty:");
    auto grades = store.grades(article.id);
    if (!grades)
        return {{label, tr("cannot be read: %1").arg(grades.error().message)}};
    const QStringList photos = photoIds(article);
    if (grades->isEmpty()) {
        if (article.state != ArticleState::Approved && article.state != ArticleState::Published)
            return {};
        return {{label, photos.isEmpty() ? tr("not graded") : tr("not graded (text and %n photo(s))", nullptr, int(photos.size()))}};
    }
    auto schedules = store.schedules();
    auto payees = store.payees();
    auto published = store.firstPublished(article.id);
    if (!schedules || !payees || !published) {
        const Error &error = !schedules ? schedules.error() : !payees ? payees.error() : published.error();
        return {{label, tr("cannot be read: %1").arg(error.message)}};
    }
    // Paid by the unit value of the day it was first published; until then, today's.
    const QDate day = RoyaltyMonth::localDate(published->value_or(QDateTime::currentDateTimeUtc()));
    const auto amountOf = [&](const RoyaltyGrade &grade) -> std::optional<qint64> {
        const auto schedule = schedules->constFind(grade.scheduleId);
        if (schedule == schedules->cend())
            return std::nullopt;
        const auto unit = schedule->unitValueOn(day);
        if (!unit)
            return std::nullopt;
        return RoyaltyAmounts::workAmount(grade.coefficient, *unit, grade.bonus);
    };
    QList<std::pair<QString, QString>> rows;
    const RoyaltyGrade *text = nullptr;
    QList<const RoyaltyGrade *> photoGrades;
    for (const RoyaltyGrade &grade : std::as_const(grades.value())) {
        if (grade.mediaId.isEmpty())
            text = &grade;
        else
            photoGrades << &grade;
    }
    const auto describe = [&](const RoyaltyGrade &grade) {
        const auto found = schedules->constFind(grade.scheduleId);
        const RoyaltySchedule *schedule = found != schedules->cend() ? &found.value() : nullptr;
        const auto *category = schedule ? schedule->category(grade.category) : nullptr;
        const QString name = category ? category->name : grade.category;
        const QString work = grade.bonus > 0 ? tr("%1 × %2 + %3").arg(name, number(grade.coefficient), percent(grade.bonus))
                                             : tr("%1 × %2").arg(name, number(grade.coefficient));
        const auto amount = amountOf(grade);
        //: a graded work, its amount and who is paid: Tin × 3 — 702.000 đ; Nguyễn Minh Anh 100 %
        return tr("%1 — %2; %3").arg(work, amount ? money(*amount) : tr("no unit value for %1").arg(Localization::dateText(day)),
                                    shares(grade.shares, payees.value(), schedule));
    };
    rows.append({label, text ? describe(*text) : tr("text not graded")});
    if (photos.size() == 1 && photoGrades.size() == 1) {
        rows.append({tr("Photo:"), describe(*photoGrades.constFirst())});
    } else if (!photos.isEmpty()) {
        qint64 sum = 0;
        for (const RoyaltyGrade *grade : std::as_const(photoGrades))
            sum += amountOf(*grade).value_or(0);
        rows.append({tr("Photos:"), photoGrades.isEmpty() ? tr("%n photo(s), not graded", nullptr, int(photos.size()))
                                                          : tr("%1 of %n graded — %2", nullptr, int(photos.size()))
                                                                .arg(photoGrades.size())
                                                                .arg(money(sum))});
    }
    return rows;
}

} // namespace PortalDesk::Widgets
