#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <string_view>
#include <vector>

namespace PortalDesk::Models::PhraseGrammar {

// The article generator's grammar (articlephrases.h describes the language
// its phrases are written in), parsed once into flat tables that the
// generator expands with no parsing and few allocations.

enum class Op : quint8 {
    Text,
    Rule,
    Number,
    Place,
    CapitalPlace,
    PlaceName,
    OtherPlace,
    OtherPlaceName,
    Hamlet,
    Date,
    Month,
    NextMonth,
    Year,
    NextYear,
    LastYear,
    Quarter,
};

struct Segment {
    Op op = Op::Text;
    bool bold = false;     // Rule: "{*name}"
    bool sticky = false;   // Rule: "{$name}", one expansion for the whole article
    quint8 decimals = 0;   // Number
    int symbol = -1;       // Rule
    qint64 low = 0;        // Number: low + step * [0, steps)
    qint64 steps = 1;
    qint64 step = 1;
    QStringView text;      // Text
    quint16 spaces = 0;    // Text: its spaces, and its " – ", so that
    quint16 dashes = 0;    // words are counted without reading them again
};

struct Alternative {
    int first = 0;
    int count = 0;
    QString plain;          // the text when there is nothing to expand: copied, never rebuilt
    bool isPlain = false;
    bool isDelegate = false;  // nothing but "{rule}": freshness is that rule's business
    int story = -1;           // "[key] ...": a sapo follows its title's story
};

struct Rule {
    int first = 0;
    int count = 0;
    bool fresh = false;  // never the same alternative twice in one article
};

struct Topic {
    int section = 0;
    int weight = 0;
    std::vector<int> rules;  // symbol -> rule, -1 where undefined
};

// The symbols the engine itself asks for.
enum EngineSymbol {
    Title,
    Sapo,
    SapoTail,
    Lead,
    Heading,
    Sentence,
    Quote,
    ListIntro,
    Item,
    Tag,
    Source,
    HamletCommune,
    HamletWard,
    EngineSymbolCount
};

constexpr int maxAlternatives = 8192;  // the size of an article's "already used" bitmap
constexpr int maxSticky = 8;

inline QStringView view(std::u16string_view text)
{
    return QStringView(text.data(), qsizetype(text.size()));
}

class Grammar
{
public:
    Grammar();

    std::vector<Segment> segments;
    std::vector<Alternative> alternatives;
    std::vector<Rule> rules;
    std::vector<Topic> topics;
    std::vector<int> cumulativeWeights;
    int totalWeight = 0;
    QStringList places;         // "xã Tân Phước"
    QStringList capitalPlaces;  // "Xã Tân Phước"
    std::vector<QStringView> placeNames;  // "Tân Phước", a view into places
    std::vector<bool> wards;
    std::vector<int> placeSpaces;
    QStringList authors;
    QStringList sections;

private:
    int storyOf(QStringView key);
    int symbolOf(QStringView name);
    void parse(QStringView text, std::vector<int> &table, Topic *topic);
    void parseAlternative(QStringView text);
    // "lo-hi", "lo-hi/step" or, with one decimal, "5.0-9.9".
    static Segment number(QStringView spec);
    // Every rule a topic can reach is defined for it, or the generator could not run.
    void check() const;

    QHash<QString, int> m_symbols;
    QHash<QString, int> m_stories;
};

// The one grammar, parsed on first use.
const Grammar &grammar();

} // namespace PortalDesk::Models::PhraseGrammar
