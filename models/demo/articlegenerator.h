#pragma once

#include "article.h"

#include <QDateTime>
#include <QStringList>
#include <array>

namespace PortalDesk::Models {

// Realistic Vietnamese provincial news articles for benchmarks and demos:
// text built from phrase pools that read like the portal's own news, with
// invented xã/phường, Vietnamese number formatting and the terms staff search
// for ("dịch vụ công trực tuyến", "OCOP", "bảng giá đất", "Đà Nẵng"...) at
// realistic frequencies. Deterministic: the same seed and anchor give the same
// articles. Fast (a few microseconds an article), hence a small PRNG of its
// own (xoshiro256**), which is not cryptographic.
class ArticleGenerator final
{
public:
    // Timestamps fall in the three years before anchor. An invalid anchor
    // means the start of the current UTC day, so that a seed gives the same
    // articles all day long; pass one to get the same articles on any day.
    explicit ArticleGenerator(quint64 seed = 1, const QDateTime &anchor = {});

    // Title (8-20 syllables), sapo (30-60 words), Markdown body (150-500
    // words, 1-3 "## " headings, sometimes a bullet list or **bold**),
    // section, author, 1-4 tags, source, and created <= updated < anchor.
    // Drafts and articles in the workflow are recent, archived ones at least
    // a year old. id and version are left empty (the store assigns them).
    Article next();
    Article next(ArticleState forcedState);

    // The sections articles are spread over, in the portal's menu order.
    static QStringList sections();

    QDateTime anchor() const;

private:
    std::array<quint64, 4> m_rng{};
    qint64 m_anchorMs = 0;
};

} // namespace PortalDesk::Models
