#pragma once

#include "royaltystore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace PortalDesk::Models {
struct Article;
class Newsroom;
}

namespace PortalDesk::Widgets {

// Royalties in the words and numbers of the UI's language: amounts grouped
// as the locale groups them ("585.000 đ" in Vietnamese), coefficients and
// percents without trailing zeros ("2,5", "12,5 %").
class RoyaltyText final
{
    Q_DECLARE_TR_FUNCTIONS(RoyaltyText)

public:
    static QString money(qint64 dong);
    static QString number(Models::Hundredths value);
    static QString percent(Models::Hundredths value);
    // "Tin (1–10)": the category and the coefficients it allows.
    static QString categoryLabel(const Models::RoyaltySchedule::Category &category);
    // "Nguyễn Minh Anh 100 %, Phạm Văn Dũng (Biên tập) 10 %".
    static QString shares(const QList<Models::RoyaltyGradedWork::Share> &shares,
                          const QHash<QString, Models::RoyaltyPayee> &payees, const Models::RoyaltySchedule *schedule);

    // The article's photos as royalties count them: its lead photo, then
    // those its body shows, each once.
    static QStringList photoIds(const Models::Article &article);

    // What the desk's details say of an article's royalties, as rows of
    // (label, value): the text's grade, then its photos'; "not graded"
    // when none is. Small reads of the newsroom, made when the article is
    // shown, never while typing.
    static QList<std::pair<QString, QString>> articleSummary(Models::Newsroom &newsroom, const Models::Article &article);
};

} // namespace PortalDesk::Widgets
