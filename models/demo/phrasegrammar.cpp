#include "phrasegrammar.h"

#include "articlephrases.h"

#include <algorithm>
#include <utility>

namespace PortalDesk::Models::PhraseGrammar {

namespace {

constexpr std::pair<std::u16string_view, Op> builtins[] = {
    {u"place", Op::Place},         {u"Place", Op::CapitalPlace},     {u"placeName", Op::PlaceName},
    {u"otherPlace", Op::OtherPlace}, {u"otherPlaceName", Op::OtherPlaceName}, {u"hamlet", Op::Hamlet},
    {u"date", Op::Date},           {u"month", Op::Month},            {u"nextMonth", Op::NextMonth},
    {u"year", Op::Year},           {u"nextYear", Op::NextYear},      {u"lastYear", Op::LastYear},
    {u"quarter", Op::Quarter},
};

constexpr std::u16string_view engineSymbols[] = {u"title",   u"sapo",     u"sapoTail",  u"lead",  u"heading",
                                                 u"sentence", u"quote",   u"listIntro", u"item",  u"tag",
                                                 u"source",  u"hamletCommune", u"hamletWard"};
// The rules a reader would notice repeated within one article.
constexpr std::u16string_view freshRules[] = {u"sentence", u"common", u"lead", u"quote", u"voice", u"leaderVoice"};

} // namespace

Grammar::Grammar()
{
    for (std::u16string_view name : engineSymbols)
        symbolOf(view(name));
    std::vector<int> common;
    parse(view(ArticlePhrases::commonRules), common, nullptr);
    // In this order: a topic's index is part of the output.
    for (const auto part : {ArticlePhrases::affairsTopicRules, ArticlePhrases::sectorTopicRules}) {
        for (std::u16string_view text : part) {
            topics.emplace_back();
            parse(view(text), topics.back().rules, &topics.back());
        }
    }
    common.resize(m_symbols.size(), -1);
    for (Topic &topic : topics) {
        topic.rules.resize(m_symbols.size(), -1);
        for (size_t i = 0; i < common.size(); ++i) {
            if (topic.rules[i] < 0)
                topic.rules[i] = common[i];
        }
        totalWeight += topic.weight;
        cumulativeWeights.push_back(totalWeight);
    }
    check();
    for (QStringView place : view(ArticlePhrases::placeList).split(u'|'))
        places.append(place.trimmed().toString());
    for (const QString &place : std::as_const(places)) {
        placeNames.push_back(QStringView(place).sliced(place.indexOf(u' ') + 1));
        wards.push_back(place.startsWith(u'p'));
        placeSpaces.push_back(int(place.count(u' ')));
        capitalPlaces.append(place.first(1).toUpper() + place.sliced(1));
    }
    for (QStringView name : view(ArticlePhrases::authorList).split(u'|'))
        authors.append(name.trimmed().toString());
    for (std::u16string_view name : ArticlePhrases::sectionNames)
        sections.append(view(name).toString());
}

int Grammar::storyOf(QStringView key)
{
    const QString name = key.toString();
    if (!m_stories.contains(name))
        m_stories.insert(name, int(m_stories.size()));
    return m_stories.value(name);
}

int Grammar::symbolOf(QStringView name)
{
    const QString key = name.toString();
    const auto found = m_symbols.constFind(key);
    if (found != m_symbols.cend())
        return *found;
    const int symbol = int(m_symbols.size());
    m_symbols.insert(key, symbol);
    return symbol;
}

void Grammar::parse(QStringView text, std::vector<int> &table, Topic *topic)
{
    int current = -1;
    for (QStringView line : text.split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u"@topic ")) {
            const auto fields = line.split(u' ');
            topic->section = fields.at(1).toInt();
            topic->weight = fields.at(2).toInt();
            continue;
        }
        if (!line.startsWith(u'|')) {
            const qsizetype equals = line.indexOf(u" = ");
            if (equals < 0)
                qFatal("ArticleGenerator: not a rule: %s", qPrintable(line.toString()));
            const QStringView name = line.first(equals);
            const int symbol = symbolOf(name);
            if (table.size() <= size_t(symbol))
                table.resize(symbol + 1, -1);
            if (table[symbol] >= 0)
                qFatal("ArticleGenerator: rule defined twice: %s", qPrintable(name.toString()));
            table[symbol] = current = int(rules.size());
            const bool fresh = std::any_of(std::begin(freshRules), std::end(freshRules),
                                           [&](std::u16string_view rule) { return view(rule) == name; });
            rules.push_back({int(alternatives.size()), 0, fresh});
            line = line.sliced(equals + 3);
        } else {
            line = line.sliced(1);
        }
        for (QStringView alternative : line.split(u'|')) {
            parseAlternative(alternative.trimmed());
            ++rules[current].count;
        }
    }
    if (alternatives.size() > size_t(maxAlternatives))
        qFatal("ArticleGenerator: more than %d alternatives", maxAlternatives);
}

void Grammar::parseAlternative(QStringView text)
{
    Q_ASSERT(text.toString() == text.toString().normalized(QString::NormalizationForm_C));
    // Word counts rest on single spaces between words, never two.
    if (text.isEmpty() || text.contains(u"  "))
        qFatal("ArticleGenerator: empty alternative or double space: %s", qPrintable(text.toString()));
    Alternative alternative{int(segments.size()), 0, {}, true, false, -1};
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        alternative.story = storyOf(text.sliced(1, close - 1));
        text = text.sliced(close + 1).trimmed();
    }
    while (!text.isEmpty()) {
        const qsizetype open = text.indexOf(u'{');
        if (open != 0) {
            Segment literal;
            literal.text = open < 0 ? text : text.first(open);
            literal.spaces = quint16(literal.text.count(u' '));
            literal.dashes = quint16(literal.text.count(u" – "));
            segments.push_back(literal);
            text = open < 0 ? QStringView() : text.sliced(open);
            continue;
        }
        const qsizetype close = text.indexOf(u'}');
        QStringView inner = text.sliced(1, close - 1);
        text = text.sliced(close + 1);
        alternative.isPlain = false;
        if (inner.startsWith(u'#')) {
            segments.push_back(number(inner.sliced(1)));
            continue;
        }
        const auto builtin = std::find_if(std::begin(builtins), std::end(builtins),
                                          [&](const auto &entry) { return view(entry.first) == inner; });
        Segment segment;
        if (builtin != std::end(builtins)) {
            segment.op = builtin->second;
        } else {
            segment.op = Op::Rule;
            segment.bold = inner.startsWith(u'*');
            if (segment.bold)
                inner = inner.sliced(1);
            segment.sticky = inner.startsWith(u'$');
            segment.symbol = symbolOf(inner);
        }
        segments.push_back(segment);
    }
    alternative.count = int(segments.size()) - alternative.first;
    if (alternative.isPlain)
        alternative.plain = alternative.count ? segments.back().text.toString() : QString();
    alternative.isDelegate = alternative.count == 1 && segments.back().op == Op::Rule;
    alternatives.push_back(alternative);
}

Segment Grammar::number(QStringView spec)
{
    Segment segment;
    segment.op = Op::Number;
    const qsizetype slash = spec.indexOf(u'/');
    if (slash >= 0) {
        segment.step = spec.sliced(slash + 1).toLongLong();
        spec = spec.first(slash);
    }
    const qsizetype dash = spec.indexOf(u'-');
    QString low = spec.first(dash).toString();
    QString high = spec.sliced(dash + 1).toString();
    if (low.contains(u'.')) {
        segment.decimals = 1;
        low.remove(u'.');
        high.remove(u'.');
    }
    segment.low = low.toLongLong();
    segment.steps = (high.toLongLong() - segment.low) / segment.step + 1;
    return segment;
}

void Grammar::check() const
{
    for (const Topic &topic : topics) {
        const int index = int(&topic - topics.data());
        for (int symbol = 0; symbol < EngineSymbolCount; ++symbol) {
            if (topic.rules[symbol] < 0)
                qFatal("ArticleGenerator: topic %d lacks %s", index, qPrintable(m_symbols.key(symbol)));
        }
        const Rule &titles = rules[topic.rules[Title]];
        const Rule &sapos = rules[topic.rules[Sapo]];
        for (int t = titles.first; t < titles.first + titles.count; ++t) {
            bool told = alternatives[t].story < 0;
            for (int s = sapos.first; !told && s < sapos.first + sapos.count; ++s)
                told = alternatives[s].story < 0 || alternatives[s].story == alternatives[t].story;
            if (!told)
                qFatal("ArticleGenerator: topic %d has no sapo for the story %s", index,
                       qPrintable(m_stories.key(alternatives[t].story)));
        }
        int sticky = 0;
        for (const auto &[name, symbol] : m_symbols.asKeyValueRange())
            sticky += name.startsWith(u'$') && topic.rules[symbol] >= 0;
        if (sticky > maxSticky)
            qFatal("ArticleGenerator: topic %d has more than %d sticky rules", index, maxSticky);
        for (const int rule : topic.rules) {
            if (rule < 0)
                continue;
            for (int a = rules[rule].first; a < rules[rule].first + rules[rule].count; ++a) {
                for (int s = alternatives[a].first; s < alternatives[a].first + alternatives[a].count; ++s) {
                    if (segments[s].symbol >= 0 && topic.rules[segments[s].symbol] < 0)
                        qFatal("ArticleGenerator: topic %d uses the undefined rule %s", index,
                               qPrintable(m_symbols.key(segments[s].symbol)));
                }
            }
        }
    }
}

const Grammar &grammar()
{
    static const Grammar instance;
    return instance;
}

} // namespace PortalDesk::Models::PhraseGrammar
