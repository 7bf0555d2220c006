#pragma once

#include "digeststore.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace PortalDesk::Models {

// What the relevance rules say of one text.
struct RelevanceMatch {
    bool relevant = false;  // a rule matched and no excluding rule did
    QStringList phrases;    // the rules' phrases that matched, as written in the rules
    QString section;        // from the first matching rule that names one
    QStringList concerns;   // every sở/ngành/địa phương the matching rules name
    QList<QPair<int, int>> ranges;  // start and length of each match in the text, for highlighting
};

// Keyword and phrase rules matched without regard to accents or case, at
// word boundaries: "Quang Tri" matches "Quảng Trị", "quảng trị" and
// "QUẢNG TRỊ", not "Quảng Trịnh".
class RelevanceRules final
{
public:
    explicit RelevanceRules(QList<DigestRule> rules);
    RelevanceMatch match(const QString &text) const;

private:
    struct Folded {
        DigestRule rule;
        QString folded;
    };
    QList<Folded> m_rules;
};

// The same story from several outlets, found as near-duplicates. Two sets
// per item: its title and first 60 words, accents folded, cut into
// overlapping pairs of syllables (the wording); and the names and figures
// it mentions (what a rewrite keeps). MinHash signatures of both, banded
// (LSH) so that only likely pairs are compared; a pair is joined when the
// wording's estimated Jaccard similarity reaches `threshold` or the facts'
// reaches factsThreshold, if both name at least minimumFacts. Tuned on tests/data/digest-stories.json, where
// same-template stories about different events and a rewritten story are
// the traps: see README for precision and recall.
class StoryClusters final
{
public:
    static constexpr double defaultThreshold = 0.5;
    static constexpr double factsThreshold = 0.35;
    static constexpr int minimumFacts = 4;  // below this, the facts alone join nothing

    // Groups of indexes into `items`, each group in the items' order, the
    // groups in the order of their first item.
    static QList<QList<int>> cluster(const QList<DigestItem> &items, double threshold = defaultThreshold);
    // The estimated similarity of two texts (for the tests and tuning).
    static double similarity(const QString &a, const QString &b);
};

} // namespace PortalDesk::Models
