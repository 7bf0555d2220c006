#include "articlegenerator.h"

#include "phrasegrammar.h"

#include <QDate>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <bit>
#include <string_view>
#include <utility>
#include <vector>

namespace PortalDesk::Models {

namespace {

using namespace PhraseGrammar;

void seedState(std::array<quint64, 4> &state, quint64 seed)
{
    for (quint64 &word : state) {  // splitmix64
        quint64 z = (seed += 0x9e3779b97f4a7c15);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
        z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
        word = z ^ (z >> 31);
    }
}

// xoshiro256** (Blackman and Vigna): small, fast, good enough for text.
class Rng
{
public:
    explicit Rng(std::array<quint64, 4> &state)
        : m_s(state)
    {
    }

    quint64 next()
    {
        const quint64 result = std::rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = std::rotl(m_s[3], 45);
        return result;
    }
    // Uniform in [0, n) by multiply-shift: no division, bias below 2^-32.
    int below(int n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    qint64 below64(qint64 n) { return qint64(next() % quint64(n)); }
    bool percent(int p) { return below(100) < p; }

private:
    std::array<quint64, 4> &m_s;
};

// Vietnamese style: "5.200", "2026" (years are not grouped).
void appendInteger(QString &out, qint64 value, bool grouped)
{
    char16_t digits[24];
    int n = 0;
    do {
        if (grouped && n % 4 == 3)
            digits[n++] = u'.';
        digits[n++] = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value);
    std::reverse(digits, digits + n);
    out.append(QStringView(digits, n));
}

// What the text says about the article itself: where and when.
struct Facts {
    int place = 0;
    int day = 1;
    int month = 1;
    int year = 2026;
};

class Writer
{
public:
    Writer(const Grammar &grammar, const Topic &topic, Rng &rng, const Facts &facts)
        : m_grammar(grammar)
        , m_topic(topic)
        , m_rng(&rng)
        , m_facts(facts)
    {
    }

    QString title()
    {
        QString out;
        out.reserve(192);
        for (int attempt = 0;; ++attempt) {
            out.truncate(0);
            m_stickyCount = 0;  // nothing depends on them yet: a shorter "$work" may do
            const Tally before = tally();
            const int chosen = pick(Title);
            write(out, chosen);
            const int words = wordsSince(before);
            if ((words >= 8 && words <= 20) || attempt == 50) {
                m_story = m_grammar.alternatives[chosen].story;
                return out;
            }
        }
    }

    QString sapo()
    {
        QString out;
        out.reserve(512);
        for (int attempt = 0;; ++attempt) {
            out.truncate(0);
            const Tally before = tally();
            int chosen = pick(Sapo);
            for (int tries = 0; tries < 32 && !follows(chosen); ++tries)
                chosen = pick(Sapo);
            write(out, chosen);
            int words = wordsSince(before);
            for (int tail = 0; words < 30 && tail < 3; ++tail) {
                if (out.endsWith(u'.'))
                    out.chop(1);
                expand(out, SapoTail);
                out.append(u'.');
                words = wordsSince(before);
            }
            if ((words >= 30 && words <= 60) || attempt == 50)
                return out;
        }
    }

    // 150-500 words: a lead paragraph, then 1-3 "## " parts of paragraphs,
    // sometimes a quote, sometimes a list.
    QString body()
    {
        QString out;
        out.reserve(4096);
        for (int attempt = 0;; ++attempt) {
            out.truncate(0);
            m_used.fill(0);
            const int target = 170 + m_rng->below(251);
            const int parts = 1 + (m_rng->percent(75) ? 1 : 0) + (m_rng->percent(40) ? 1 : 0);
            int headings[3];
            const int headingCount = pickDistinct(Heading, parts, headings);
            int words = paragraph(out, Lead);
            const int listPart = m_rng->percent(45) ? m_rng->below(headingCount) : -1;
            bool quoted = false;
            const int perPart = std::max(45, (target - words) / headingCount);
            for (int part = 0; part < headingCount; ++part) {
                out.append(u"## ");
                const Tally before = tally();
                write(out, headings[part]);
                words += wordsSince(before);
                out.append(u"\n\n");
                int partWords = part == listPart ? list(out) : 0;
                do {
                    const bool quote = !quoted && m_rng->percent(18);
                    quoted = quoted || quote;
                    partWords += paragraph(out, quote ? Quote : Sentence);
                } while (partWords < perPart);
                words += partWords;
            }
            out.chop(2);
            if ((words >= 150 && words <= 500) || attempt == 50)
                return out;
        }
    }

    QStringList tags()
    {
        QStringList out;
        const int wanted = std::array{1, 2, 2, 3, 3, 3, 4, 4, 4, 4}[m_rng->below(10)];
        out.reserve(wanted);
        if (m_rng->percent(30))
            out.append(m_grammar.places.at(m_facts.place));
        int picked[4];
        const int count = pickDistinct(Tag, wanted - int(out.size()), picked);
        for (int i = 0; i < count; ++i)
            out.append(text(picked[i]));
        return out;
    }

    QString source() { return text(pick(Source)); }

private:
    int pick(int symbol)
    {
        const Rule &rule = m_grammar.rules[m_topic.rules[symbol]];
        int alternative = rule.first + m_rng->below(rule.count);
        if (rule.fresh) {
            // The next unused one; delegates ("{common}") are never used up.
            for (int probe = 0; probe < rule.count && used(alternative); ++probe)
                alternative = alternative + 1 < rule.first + rule.count ? alternative + 1 : rule.first;
            if (!m_grammar.alternatives[alternative].isDelegate)
                m_used[alternative >> 6] |= quint64(1) << (alternative & 63);
        }
        return alternative;
    }

    // Words are counted as they are written: on one line, they are the
    // spaces plus one, less the " – " that stand between words.
    struct Tally {
        int spaces;
        int dashes;
    };
    Tally tally() const { return {m_spaces, m_dashes}; }
    int wordsSince(Tally before) const { return m_spaces - before.spaces + 1 - (m_dashes - before.dashes); }

    // Whether a sapo tells the story its title announced.
    bool follows(int alternative) const
    {
        const int story = m_grammar.alternatives[alternative].story;
        return m_story < 0 || story < 0 || story == m_story;
    }

    bool used(int alternative) const { return m_used[alternative >> 6] & (quint64(1) << (alternative & 63)); }

    // Up to count different alternatives of a rule, for headings, list items and tags.
    int pickDistinct(int symbol, int count, int *picked)
    {
        const Rule &rule = m_grammar.rules[m_topic.rules[symbol]];
        count = std::min(count, rule.count);
        for (int i = 0; i < count; ++i) {
            int candidate;
            do
                candidate = rule.first + m_rng->below(rule.count);
            while (std::find(picked, picked + i, candidate) != picked + i);
            picked[i] = candidate;
        }
        return count;
    }

    void expand(QString &out, int symbol) { write(out, pick(symbol)); }

    // A sticky rule is expanded with a generator of its own, seeded once per
    // article, so that every mention of it says the same thing.
    void expandSticky(QString &out, int symbol)
    {
        int slot = 0;
        while (slot < m_stickyCount && m_sticky[slot].first != symbol)
            ++slot;
        if (slot == m_stickyCount) {
            if (m_stickyCount == maxSticky)
                return expand(out, symbol);
            m_sticky[m_stickyCount++] = {symbol, m_rng->next()};
        }
        std::array<quint64, 4> state;
        seedState(state, m_sticky[slot].second);
        Rng replay(state);
        Rng *const outer = std::exchange(m_rng, &replay);
        expand(out, symbol);
        m_rng = outer;
    }

    void write(QString &out, int alternative)
    {
        const Alternative &a = m_grammar.alternatives[alternative];
        for (const Segment *s = m_grammar.segments.data() + a.first, *end = s + a.count; s != end; ++s) {
            switch (s->op) {
            case Op::Text:
                out.append(s->text);
                m_spaces += s->spaces;
                m_dashes += s->dashes;
                break;
            case Op::Rule: {
                const bool bold = s->bold && !m_bold && m_rng->percent(30);
                if (bold) {
                    m_bold = true;
                    out.append(u"**");
                }
                if (s->sticky)
                    expandSticky(out, s->symbol);
                else
                    expand(out, s->symbol);
                if (bold) {
                    out.append(u"**");
                    m_bold = false;
                }
                break;
            }
            case Op::Number: {
                const qint64 value = s->low + s->step * m_rng->below64(s->steps);
                appendInteger(out, s->decimals ? value / 10 : value, true);
                if (s->decimals && value % 10)
                    out.append(u',').append(QChar(char16_t(u'0' + value % 10)));
                break;
            }
            case Op::Place:
                out.append(m_grammar.places.at(m_facts.place));
                m_spaces += m_grammar.placeSpaces[m_facts.place];
                break;
            case Op::CapitalPlace:
                out.append(m_grammar.capitalPlaces.at(m_facts.place));
                m_spaces += m_grammar.placeSpaces[m_facts.place];
                break;
            case Op::PlaceName:
                out.append(m_grammar.placeNames[m_facts.place]);
                m_spaces += m_grammar.placeSpaces[m_facts.place] - 1;
                break;
            case Op::OtherPlace: {
                const int other = otherPlace();
                out.append(m_grammar.places.at(other));
                m_spaces += m_grammar.placeSpaces[other];
                break;
            }
            case Op::OtherPlaceName: {
                const int other = otherPlace();
                out.append(m_grammar.placeNames[other]);
                m_spaces += m_grammar.placeSpaces[other] - 1;
                break;
            }
            case Op::Hamlet:
                expand(out, m_grammar.wards[m_facts.place] ? HamletWard : HamletCommune);
                break;
            case Op::Date:
                appendInteger(out, m_facts.day, false);
                out.append(u'/');
                appendInteger(out, m_facts.month, false);
                break;
            case Op::Month:
                appendInteger(out, m_facts.month, false);
                break;
            case Op::NextMonth:
                appendInteger(out, m_facts.month % 12 + 1, false);
                break;
            case Op::Year:
                appendInteger(out, m_facts.year, false);
                break;
            case Op::NextYear:
                appendInteger(out, m_facts.year + 1, false);
                break;
            case Op::LastYear:
                appendInteger(out, m_facts.year - 1, false);
                break;
            case Op::Quarter:
                out.append(std::array{u"I", u"II", u"III", u"IV"}[(m_facts.month - 1) / 3]);
                break;
            }
        }
    }

    QString text(int alternative)
    {
        if (m_grammar.alternatives[alternative].isPlain)
            return m_grammar.alternatives[alternative].plain;
        QString out;
        write(out, alternative);
        return out;
    }

    int otherPlace()
    {
        const int other = m_rng->below(int(m_grammar.places.size()) - 1);
        return other >= m_facts.place ? other + 1 : other;
    }

    // 2-4 sentences (or whatever the rule gives), then a blank line.
    int paragraph(QString &out, int symbol)
    {
        const Tally before = tally();
        if (symbol == Sentence) {
            for (int i = 0, count = 2 + m_rng->below(3); i < count; ++i) {
                if (i) {
                    out.append(u' ');
                    ++m_spaces;
                }
                expand(out, Sentence);
            }
        } else {
            expand(out, symbol);
        }
        out.append(u"\n\n");
        return wordsSince(before);
    }

    int list(QString &out)
    {
        Tally before = tally();
        expand(out, ListIntro);
        out.append(u"\n\n");
        int words = wordsSince(before);
        int picked[5];
        const int count = pickDistinct(Item, 3 + m_rng->below(3), picked);
        for (int i = 0; i < count; ++i) {
            out.append(u"- ");
            before = tally();
            write(out, picked[i]);
            out.append(i + 1 < count ? u";\n" : u".\n");
            words += wordsSince(before);
        }
        out.append(u'\n');
        return words;
    }

    const Grammar &m_grammar;
    const Topic &m_topic;
    Rng *m_rng;
    const Facts &m_facts;
    bool m_bold = false;
    int m_story = -1;
    int m_spaces = 0;
    int m_dashes = 0;
    std::array<quint64, maxAlternatives / 64> m_used{};
    std::array<std::pair<int, quint64>, maxSticky> m_sticky{};
    int m_stickyCount = 0;
};

constexpr qint64 msPerHour = 3'600'000;
constexpr qint64 msPerDay = 24 * msPerHour;
constexpr qint64 vietnamOffset = 7 * msPerHour;  // the portal's news happen in UTC+7

// A portal's stock: mostly published, some archived, a few in the workflow.
constexpr std::array<std::pair<ArticleState, int>, 8> stateWeights{{
    {ArticleState::Draft, 50},
    {ArticleState::Submitted, 30},
    {ArticleState::Edited, 20},
    {ArticleState::Approved, 15},
    {ArticleState::Published, 737},
    {ArticleState::Returned, 20},
    {ArticleState::Withdrawn, 8},
    {ArticleState::Archived, 120},
}};

// How long before the anchor an article in a state was created (days), and
// how long after that it was last touched (ms).
struct Timing {
    int minDays;
    int maxDays;
    qint64 minDelta;
    qint64 maxDelta;
};

Timing timingOf(ArticleState state)
{
    switch (state) {
    case ArticleState::Draft:
        return {0, 30, 0, 3 * msPerDay};
    case ArticleState::Submitted:
    case ArticleState::Edited:
    case ArticleState::Approved:
    case ArticleState::Returned:
        return {0, 45, 10 * 60'000, 4 * msPerDay};
    case ArticleState::Published:
        return {0, 1095, 20 * 60'000, 30 * msPerHour};
    case ArticleState::Withdrawn:
        return {0, 1095, msPerDay, 60 * msPerDay};
    case ArticleState::Archived:
        return {365, 1095, 180 * msPerDay, 700 * msPerDay};
    }
    return {0, 1095, 0, msPerDay};
}

// Local hours newsrooms write in: mornings and afternoons, a few evenings.
constexpr std::array workingHours{6,  7,  7,  8,  8,  8,  9,  9,  9,  10, 10, 10, 11, 11, 13,
                                  14, 14, 15, 15, 15, 16, 16, 17, 17, 18, 19, 20, 21, 22};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace

ArticleGenerator::ArticleGenerator(quint64 seed, const QDateTime &anchor)
{
    seedState(m_rng, seed);
    m_anchorMs = anchor.isValid()
        ? anchor.toMSecsSinceEpoch()
        : QDateTime::currentDateTimeUtc().date().startOfDay(QTimeZone::UTC).toMSecsSinceEpoch();
}

QDateTime ArticleGenerator::anchor() const
{
    return QDateTime::fromMSecsSinceEpoch(m_anchorMs, QTimeZone::UTC);
}

QStringList ArticleGenerator::sections()
{
    return grammar().sections;
}

Article ArticleGenerator::next()
{
    Rng rng(m_rng);
    int roll = rng.below(1000);
    for (const auto &[state, weight] : stateWeights) {
        if (roll < weight)
            return next(state);
        roll -= weight;
    }
    return next(ArticleState::Published);
}

Article ArticleGenerator::next(ArticleState forcedState)
{
    const Grammar &g = grammar();
    Rng rng(m_rng);
    Article article;
    article.state = forcedState;

    const Timing timing = timingOf(forcedState);
    const qint64 anchorDay = floorDiv(m_anchorMs - 1 + vietnamOffset, msPerDay);
    const qint64 day = anchorDay - timing.minDays - rng.below(timing.maxDays - timing.minDays);
    const qint64 local = day * msPerDay + workingHours[rng.below(int(workingHours.size()))] * msPerHour
        + rng.below(3600) * 1000;
    qint64 created = local - vietnamOffset;
    if (created >= m_anchorMs)
        created -= msPerDay;
    const qint64 delta = timing.minDelta + rng.below64(timing.maxDelta - timing.minDelta + 1) / 1000 * 1000;
    const qint64 updated = std::max(created, std::min(created + delta, m_anchorMs - 1));
    article.created = QDateTime::fromMSecsSinceEpoch(created, QTimeZone::UTC);
    article.updated = QDateTime::fromMSecsSinceEpoch(updated, QTimeZone::UTC);

    // The text speaks of the day the article was written, in Vietnam.
    Facts facts;
    QDate::fromJulianDay(floorDiv(created + vietnamOffset, msPerDay) + 2440588)
        .getDate(&facts.year, &facts.month, &facts.day);
    // A few wards and communes are in the news far more often than the rest.
    const int placeCount = int(g.places.size());
    facts.place = std::min(rng.below(placeCount), rng.below(placeCount));

    const auto topic = std::upper_bound(g.cumulativeWeights.cbegin(), g.cumulativeWeights.cend(),
                                        rng.below(g.totalWeight));
    const Topic &t = g.topics[topic - g.cumulativeWeights.cbegin()];
    Writer writer(g, t, rng, facts);
    article.section = g.sections.at(t.section);
    // Reporters mostly write for their own desk (three to a section).
    article.author = g.authors.at(rng.percent(65) ? t.section * 3 + rng.below(3) : rng.below(int(g.authors.size())));
    article.title = writer.title();
    article.summary = writer.sapo();
    article.body = writer.body();
    article.tags = writer.tags();
    article.source = writer.source();
    return article;
}

} // namespace PortalDesk::Models
