#include "digestsorting.h"

#include "vietnamesetext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <numeric>
#include <vector>

namespace PortalDesk::Models {

namespace {

QString folded(const QString &text)
{
    return foldDiacritics(toNfc(text)).toCaseFolded();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// MinHash: 64 hash functions from one 64-bit mix with different seeds;
// 32 bands of 2 rows for the LSH buckets, so that pairs from a similarity
// of about 0.3 up are almost always compared.
constexpr int hashes = 64;
constexpr int rowsPerBand = 2;
constexpr int bands = hashes / rowsPerBand;
using Signature = std::array<quint64, hashes>;

// FNV-1a over the UTF-16 text: qHash mixes in a per-process seed, and the
// clusters must come out the same on every run and every PC.
quint64 stableHash(const QString &text, quint64 seed)
{
    quint64 hash = 0xcbf29ce484222325ULL ^ seed;
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

quint64 mix(quint64 x)
{
    // splitmix64's finaliser: cheap and well spread.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// The title and the first 60 words: outlets that copy a story keep its
// opening; the rest is often cut or rewritten.
QSet<quint64> shingles(const QString &title, const QString &body)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words = folded(title).split(nonWord, Qt::SkipEmptyParts);
    words += folded(body).split(nonWord, Qt::SkipEmptyParts).mid(0, 60);
    QSet<quint64> set;
    for (qsizetype i = 0; i + 1 < words.size(); ++i)
        set.insert(stableHash(words.at(i) + u' ' + words.at(i + 1), 0x5eed));
    if (words.size() == 1)
        set.insert(stableHash(words.first(), 0x5eed));
    return set;
}

// What a rewritten story keeps: names (two or more capitalised syllables
// in a row: "Cam Lộ", "Lao Bảo") and figures ("8.000", "56", "15/11").
QSet<quint64> keys(const QString &title, const QString &body)
{
    static const QRegularExpression names(QStringLiteral("\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*)+"));
    static const QRegularExpression figures(QStringLiteral("\\d+(?:[.,/]\\d+)*"));
    QSet<quint64> set;
    const QString text = toNfc(title) + u'\n' + toNfc(body);
    for (const QRegularExpression *pattern : {&names, &figures}) {
        auto it = pattern->globalMatch(text);
        while (it.hasNext())
            set.insert(stableHash(folded(it.next().captured(0)).simplified(), 0xcafe));
    }
    return set;
}

Signature signature(const QSet<quint64> &set)
{
    Signature s;
    s.fill(~quint64(0));
    for (quint64 shingle : set) {
        for (int h = 0; h < hashes; ++h)
            s[h] = std::min(s[h], mix(shingle ^ (quint64(h + 1) * 0x2545f4914f6cdd1dULL)));
    }
    return s;
}

double estimate(const Signature &a, const Signature &b)
{
    int same = 0;
    for (int h = 0; h < hashes; ++h)
        same += a[h] == b[h] ? 1 : 0;
    return double(same) / hashes;
}

} // namespace

RelevanceRules::RelevanceRules(QList<DigestRule> rules)
{
    for (DigestRule &rule : rules) {
        const QString key = folded(rule.phrase).simplified();
        if (!key.isEmpty())
            m_rules.append({std::move(rule), key});
    }
}

RelevanceMatch RelevanceRules::match(const QString &text) const
{
    RelevanceMatch result;
    const QString haystack = folded(text);
    // Folding NFC text keeps its length, so positions carry over; if it
    // did not, matches are still found, only not highlighted.
    const bool samePositions = haystack.size() == text.size();
    bool excluded = false;
    for (const Folded &rule : m_rules) {
        bool found = false;
        for (qsizetype at = haystack.indexOf(rule.folded); at >= 0; at = haystack.indexOf(rule.folded, at + 1)) {
            const qsizetype end = at + rule.folded.size();
            if ((at > 0 && isWordChar(haystack.at(at - 1))) || (end < haystack.size() && isWordChar(haystack.at(end))))
                continue;
            found = true;
            if (!rule.rule.exclude && samePositions)
                result.ranges.append({int(at), int(rule.folded.size())});
        }
        if (!found)
            continue;
        if (rule.rule.exclude) {
            excluded = true;
            continue;
        }
        result.phrases << rule.rule.phrase;
        if (result.section.isEmpty())
            result.section = rule.rule.section;
        if (!rule.rule.concerns.isEmpty() && !result.concerns.contains(rule.rule.concerns))
            result.concerns << rule.rule.concerns;
    }
    result.relevant = !result.phrases.isEmpty() && !excluded;
    std::sort(result.ranges.begin(), result.ranges.end());
    return result;
}

QList<QList<int>> StoryClusters::cluster(const QList<DigestItem> &items, double threshold)
{
    const int n = int(items.size());
    QList<Signature> wording;  // pairs of syllables
    QList<Signature> facts;    // names and figures
    QList<bool> factual;       // enough of them to go by: a story naming only the province proves nothing
    wording.reserve(n);
    facts.reserve(n);
    for (const DigestItem &item : items) {
        wording << signature(shingles(item.title, item.body));
        const QSet<quint64> found = keys(item.title, item.body);
        facts << signature(found);
        factual << (found.size() >= minimumFacts);
    }

    QList<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };

    // Items that share a band of either signature are candidates; only
    // they are compared. Two items tell the same story when their wording
    // is close enough, or when they share most of their names and figures.
    // A pair is compared once, however many bands it shares, and not at all
    // once its two items are in one story already: in a big bucket of
    // look-alike stories that was most of the digest's time. Pairs compared
    // are one bit each, up to 20,000 items (25 MB); past that, a set.
    const bool dense = n <= 20000;
    std::vector<quint64> comparedBits(dense ? (size_t(n) * size_t(n) / 2 + 64) / 64 : 0);
    QSet<QPair<int, int>> comparedSet;
    const auto firstTime = [&](int a, int b) {
        if (!dense) {
            const qsizetype before = comparedSet.size();
            comparedSet.insert({a, b});
            return comparedSet.size() != before;
        }
        // a < b: the pair's place in the triangle above the diagonal.
        const size_t bit = size_t(b) * size_t(b - 1) / 2 + size_t(a);
        quint64 &word = comparedBits[bit / 64];
        const quint64 mask = quint64(1) << (bit % 64);
        const bool first = !(word & mask);
        word |= mask;
        return first;
    };
    for (const QList<Signature> *signatures : {&wording, &facts}) {
        for (int band = 0; band < bands; ++band) {
            QHash<quint64, QList<int>> buckets;
            for (int i = 0; i < n; ++i) {
                quint64 key = quint64(band);
                for (int r = 0; r < rowsPerBand; ++r)
                    key = mix(key ^ (*signatures)[i][band * rowsPerBand + r]);
                buckets[key].append(i);
            }
            for (const QList<int> &bucket : std::as_const(buckets)) {
                for (qsizetype a = 0; a < bucket.size(); ++a) {
                    for (qsizetype b = a + 1; b < bucket.size(); ++b) {
                        const int first = bucket[a];
                        const int second = bucket[b];  // buckets hold items in order: first < second
                        if (root(first) == root(second) || !firstTime(first, second))
                            continue;
                        if (estimate(wording[first], wording[second]) >= threshold
                            || (factual[first] && factual[second] && estimate(facts[first], facts[second]) >= factsThreshold))
                            parent[root(first)] = root(second);
                    }
                }
            }
        }
    }

    QHash<int, int> groupOfRoot;
    QList<QList<int>> groups;
    for (int i = 0; i < n; ++i) {
        const int r = root(i);
        auto found = groupOfRoot.constFind(r);
        if (found == groupOfRoot.constEnd()) {
            found = groupOfRoot.insert(r, int(groups.size()));
            groups.append(QList<int>());
        }
        groups[found.value()].append(i);
    }
    return groups;
}

double StoryClusters::similarity(const QString &a, const QString &b)
{
    return estimate(signature(shingles(a, {})), signature(shingles(b, {})));
}

} // namespace PortalDesk::Models
