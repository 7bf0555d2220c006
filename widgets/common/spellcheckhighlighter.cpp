#include "spellcheckhighlighter.h"

#include "markdownhtml.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>
#include <Sonnet/Speller>

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortalDesk::Widgets {

namespace {

// Outside a fenced code block a block's state is 0; inside one, it is the
// opening fence: its length times two, plus one for a tilde fence. The state
// changing makes QSyntaxHighlighter carry on to the next block by itself.
constexpr int OutsideFence = 0;

struct Fence {
    QChar marker;
    int length = 0;
    int end = 0; // where the fence characters stop in the line

    bool isValid() const { return length >= 3; }
};

// Up to three spaces, then a run of three or more backticks or tildes.
Fence fenceAt(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && i < 3 && text.at(i) == u' ')
        ++i;
    if (i >= text.size() || (text.at(i) != u'`' && text.at(i) != u'~'))
        return {};
    const QChar marker = text.at(i);
    qsizetype end = i;
    while (end < text.size() && text.at(end) == marker)
        ++end;
    return {marker, int(end - i), int(end)};
}

int stateFor(const Fence &fence)
{
    return fence.length * 2 + (fence.marker == u'~' ? 1 : 0);
}

Fence fenceFromState(int state)
{
    if (state <= OutsideFence)
        return {};
    return {(state & 1) ? QChar(u'~') : QChar(u'`'), state / 2, 0};
}

bool opensFence(const Fence &fence, const QString &text)
{
    // A backtick in the info string makes the line an inline code span.
    return fence.isValid() && (fence.marker == u'~' || !QStringView(text).mid(fence.end).contains(u'`'));
}

bool closesFence(const Fence &fence, const Fence &open, const QString &text)
{
    return fence.isValid() && fence.marker == open.marker && fence.length >= open.length
        && QStringView(text).mid(fence.end).trimmed().isEmpty();
}

// A word is a run of letters, combining marks (an NFD syllable stays whole)
// and digits (so that "H5N1" is one word, skipped as a whole).
const QRegularExpression &wordPattern()
{
    static const QRegularExpression pattern(u"[\\p{L}\\p{M}\\p{N}]+"_s);
    return pattern;
}

// Words of kinds a dictionary cannot judge: numbers and codes, all-caps
// abbreviations (UBND, HĐND, OCOP), camel-case brands (iPhone, TikTok) - no
// Vietnamese syllable has a capital inside - and lone letters, which in an
// article are labels ("điểm b", "phương án x") far more often than typos.
bool isCheckable(QStringView word)
{
    if (word.size() < 2)
        return false;
    bool seenLower = false;
    for (const QChar c : word) {
        if (c.isNumber())
            return false;
        if (c.isLower())
            seenLower = true;
        else if (c.isUpper() && seenLower)
            return false;
    }
    return seenLower;
}

bool isToneMark(QChar c)
{
    // grave, acute, tilde, hook above, dot below
    return c == QChar(0x0300) || c == QChar(0x0301) || c == QChar(0x0303) || c == QChar(0x0309)
        || c == QChar(0x0323);
}

// Vietnamese has two accepted places for the tone mark on an open syllable
// ending in "oa", "oe" or "uy": "hòa"/"hoà", "khỏe"/"khoẻ", "thủy"/"thuỷ".
// Government documents write "Ủy ban", place names "Hướng Hóa", and the
// hunspell-vi dictionary knows only the other style, so a word rejected in one
// style is tried in the other. Returns an empty string when there is none.
QString otherTonePlacement(const QString &nfcWord)
{
    const QString decomposed = nfcWord.normalized(QString::NormalizationForm_D);
    QString bare;
    bare.reserve(decomposed.size());
    QChar tone;
    qsizetype toneAfter = -1;
    for (const QChar c : decomposed) {
        if (isToneMark(c)) {
            if (!tone.isNull())
                return {};
            tone = c;
            toneAfter = bare.size() - 1;
        } else {
            bare.append(c);
        }
    }
    if (tone.isNull() || bare.size() < 2)
        return {};
    const QString lower = bare.toLower();
    const bool cluster = lower.endsWith(u"oa") || lower.endsWith(u"oe") || lower.endsWith(u"uy");
    // In "quy" the u belongs to the consonant: the tone is on y either way.
    const bool afterQ = lower.endsWith(u"uy") && lower.size() >= 3 && lower.at(lower.size() - 3) == u'q';
    if (!cluster || afterQ)
        return {};
    const qsizetype first = bare.size() - 2;
    const qsizetype second = bare.size() - 1;
    qsizetype target = -1;
    if (toneAfter == first)
        target = second;
    else if (toneAfter == second)
        target = first;
    else
        return {};
    bare.insert(target + 1, tone);
    return bare.normalized(QString::NormalizationForm_C);
}

// Inline code spans: a run of backticks up to the next run of the same length.
template<typename Add>
void findCodeSpans(const QString &text, Add add)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    const auto runLength = [&](qsizetype from) {
        qsizetype end = from;
        while (end < size && text.at(end) == u'`')
            ++end;
        return end - from;
    };
    while (i < size) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            i += 2;
            continue;
        }
        if (c != u'`') {
            ++i;
            continue;
        }
        const qsizetype opening = runLength(i);
        qsizetype j = i + opening;
        bool closed = false;
        while (j < size) {
            if (text.at(j) != u'`') {
                ++j;
                continue;
            }
            const qsizetype closing = runLength(j);
            if (closing == opening) {
                add(int(i), int(j + closing));
                i = j + closing;
                closed = true;
                break;
            }
            j += closing;
        }
        if (!closed)
            i += opening;
    }
}

struct SkipPattern {
    QRegularExpression expression;
    int group = 0;
    QString gate; // the pattern cannot match a text without this
};

const QList<SkipPattern> &skipPatterns()
{
    static const QList<SkipPattern> patterns = {
        // URLs
        {QRegularExpression(u"\\b[A-Za-z][A-Za-z0-9+.-]*://\\S+"_s), 0, u"://"_s},
        {QRegularExpression(u"\\bwww\\.\\S+"_s), 0, u"www."_s},
        // e-mail addresses
        {QRegularExpression(u"[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+"_s), 0, u"@"_s},
        // domain names without a scheme; a list of endings, so that two words
        // joined by a missing space after a full stop are still checked
        {QRegularExpression(u"(?<![\\p{L}\\p{N}.-])[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                            "(?:\\.[A-Za-z0-9-]+)*\\.(?:vn|com|net|org|gov|edu|int|info|biz|io|me|tv|asia|co|uk|us|"
                            "jp|kr|cn|fr|de|au|sg|th|la|kh|eu|ru)(?![\\p{L}\\p{N}-])(?:/\\S*)?"_s),
            0, u"."_s},
        // Markdown link and image targets: [text](target "title")
        {QRegularExpression(u"\\]\\(\\s*(<[^>]*>|[^\\s)]*)"_s), 1, u"]("_s},
        // reference links: [text][id]
        {QRegularExpression(u"\\]\\[([^\\]]*)\\]"_s), 1, u"]["_s},
        // reference definitions: [id]: target
        {QRegularExpression(u"^ {0,3}\\[[^\\]]+\\]:\\s*\\S+"_s), 0, u"]:"_s},
        // HTML tags and autolinks: <span class="x">, </b>, <https://…>, <a@b.vn>
        {QRegularExpression(u"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?|[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>]*|"
                            "[^\\s<>@]+@[^\\s<>]+)>"_s),
            0, u"<"_s},
    };
    return patterns;
}

} // namespace

SpellCheckHighlighter::SpellCheckHighlighter(QTextDocument *document, const QString &language)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
    , m_speller(std::make_unique<Sonnet::Speller>(language))
    , m_dictionaryAvailable(m_speller->isValid())
{
}

SpellCheckHighlighter::~SpellCheckHighlighter() = default;

QString SpellCheckHighlighter::defaultLanguage()
{
    return u"vi_VN"_s;
}

QString SpellCheckHighlighter::language() const
{
    return m_speller->language();
}

bool SpellCheckHighlighter::dictionaryAvailable() const
{
    return m_dictionaryAvailable;
}

bool SpellCheckHighlighter::isSpellCheckEnabled() const
{
    return m_enabled && m_dictionaryAvailable;
}

void SpellCheckHighlighter::setSpellCheckEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (m_dictionaryAvailable)
        rehighlight();
}

QSet<QString> SpellCheckHighlighter::acceptedWords() const
{
    return m_acceptedEntries;
}

void SpellCheckHighlighter::setAcceptedWords(const QSet<QString> &words)
{
    QSet<QString> entries;
    QSet<QString> syllables;
    for (const QString &word : words) {
        const QString nfc = word.normalized(QString::NormalizationForm_C);
        entries.insert(nfc);
        for (const QRegularExpressionMatch &match : wordPattern().globalMatch(nfc))
            syllables.insert(match.captured());
    }
    if (syllables == m_acceptedWords) {
        m_acceptedEntries = entries;
        return;
    }
    m_acceptedEntries = entries;
    m_acceptedWords = syllables;
    if (isSpellCheckEnabled())
        rehighlight();
}

void SpellCheckHighlighter::acceptWord(const QString &word)
{
    const QString nfc = word.normalized(QString::NormalizationForm_C);
    m_acceptedEntries.insert(nfc);
    for (const QRegularExpressionMatch &match : wordPattern().globalMatch(nfc)) {
        m_acceptedWords.insert(match.captured());
        rehighlightBlocksWith(match.captured());
    }
}

void SpellCheckHighlighter::ignoreWord(const QString &word)
{
    const QString nfc = word.normalized(QString::NormalizationForm_C);
    m_ignoredWords.insert(nfc);
    rehighlightBlocksWith(nfc);
}

bool SpellCheckHighlighter::isAccepted(const QString &nfcWord) const
{
    // The units Vietnamese text writes with its numbers (Decree 105/2012's
    // list of legal measurement units as newspapers use them): the
    // Vietnamese dictionary has none of them.
    static const QSet<QString> units{
        u"km"_s, u"m"_s, u"cm"_s, u"mm"_s, u"ha"_s, u"kg"_s, u"g"_s, u"mg"_s, u"l"_s, u"ml"_s,
        u"kW"_s, u"kWh"_s, u"MW"_s, u"MWh"_s, u"GW"_s, u"kV"_s, u"V"_s, u"W"_s, u"Hz"_s, u"MHz"_s,
        u"GHz"_s, u"km2"_s, u"m2"_s, u"m3"_s, u"kbps"_s, u"Mbps"_s, u"Gbps"_s, u"MB"_s, u"GB"_s, u"TB"_s,
        u"USD"_s, u"VND"_s, u"VNĐ"_s, u"đ"_s, u"ppm"_s, u"dB"_s, u"mmHg"_s, u"tr"_s, u"kcal"_s};
    if (units.contains(nfcWord))
        return true;
    const QString lower = nfcWord.toLower();
    return m_acceptedWords.contains(nfcWord) || m_acceptedWords.contains(lower) || m_ignoredWords.contains(nfcWord)
        || m_ignoredWords.contains(lower);
}

bool SpellCheckHighlighter::dictionaryAccepts(const QString &nfcWord) const
{
    const auto cached = m_verdicts.constFind(nfcWord);
    if (cached != m_verdicts.cend())
        return *cached;
    bool correct = m_speller->isCorrect(nfcWord);
    if (!correct) {
        const QString other = otherTonePlacement(nfcWord);
        correct = !other.isEmpty() && m_speller->isCorrect(other);
    }
    // Distinct words in Vietnamese text are few; this only guards against a
    // pasted dump of random strings.
    if (m_verdicts.size() > 100000)
        m_verdicts.clear();
    m_verdicts.insert(nfcWord, correct);
    return correct;
}

bool SpellCheckHighlighter::isMisspelled(const QString &word) const
{
    if (!isSpellCheckEnabled())
        return false;
    const QString nfc = word.normalized(QString::NormalizationForm_C);
    if (!isCheckable(nfc) || isAccepted(nfc))
        return false;
    return !dictionaryAccepts(nfc);
}

QStringList SpellCheckHighlighter::suggestions(const QString &word, int limit) const
{
    if (!m_dictionaryAvailable || limit <= 0)
        return {};
    QStringList suggested = m_speller->suggest(word.normalized(QString::NormalizationForm_C));
    suggested.removeDuplicates();
    return suggested.mid(0, limit);
}

SpellCheckHighlighter::MisspelledWord SpellCheckHighlighter::misspelledWordAt(int position) const
{
    if (!isSpellCheckEnabled() || !document())
        return {};
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid() || !block.layout())
        return {};
    const QString text = block.text();
    const int offset = position - block.position();
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QRegularExpressionMatch &match : wordPattern().globalMatch(text)) {
        const int start = int(match.capturedStart());
        if (start > offset)
            break;
        if (offset > match.capturedEnd())
            continue;
        // What the user sees underlined, not a fresh guess: the block was
        // highlighted with the code spans and links of its context.
        const bool underlined = std::any_of(formats.cbegin(), formats.cend(), [start](const auto &range) {
            return range.start <= start && start < range.start + range.length
                && range.format.boolProperty(MisspelledProperty);
        });
        if (underlined && isMisspelled(match.captured()))
            return {block.position() + start, int(match.capturedLength()),
                match.captured().normalized(QString::NormalizationForm_C)};
    }
    return {};
}

void SpellCheckHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    KSyntaxHighlighting::SyntaxHighlighter::applyFormat(offset, length, format);
    // The definition says which of its formats are not prose (links, fenced
    // code); Markdown forgets its inline and indented "Code".
    if (length > 0 && (!format.spellCheck() || format.name() == "Code"_L1))
        m_skipped.append({offset, offset + length});
}

void SpellCheckHighlighter::highlightBlock(const QString &text)
{
    m_skipped.clear();
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);

    const Fence open = fenceFromState(previousBlockState());
    const Fence fence = fenceAt(text);
    bool code = true;
    if (open.isValid())
        setCurrentBlockState(closesFence(fence, open, text) ? OutsideFence : previousBlockState());
    else if (opensFence(fence, text))
        setCurrentBlockState(stateFor(fence));
    else {
        setCurrentBlockState(OutsideFence);
        code = false;
    }
    if (code)
        return;
    if (text.contains(u"media:"))
        markPhotoProblems(text);
    if (!isSpellCheckEnabled())
        return;

    collectSkippedRanges(text);
    for (const QRegularExpressionMatch &match : wordPattern().globalMatch(text)) {
        const int start = int(match.capturedStart());
        const int end = int(match.capturedEnd());
        if (!overlapsSkipped(start, end) && isMisspelled(match.captured()))
            underline(start, end - start);
    }
}

void SpellCheckHighlighter::collectSkippedRanges(const QString &text)
{
    if (text.contains(u'`'))
        findCodeSpans(text, [this](int start, int end) { m_skipped.append({start, end}); });
    for (const SkipPattern &pattern : skipPatterns()) {
        if (!text.contains(pattern.gate))
            continue;
        for (const QRegularExpressionMatch &match : pattern.expression.globalMatch(text)) {
            if (match.capturedLength(pattern.group) > 0)
                m_skipped.append({int(match.capturedStart(pattern.group)), int(match.capturedEnd(pattern.group))});
        }
    }
}

bool SpellCheckHighlighter::overlapsSkipped(int start, int end) const
{
    return std::any_of(m_skipped.cbegin(), m_skipped.cend(),
        [start, end](const Range &range) { return range.start < end && start < range.end; });
}

void SpellCheckHighlighter::underline(int start, int length)
{
    // The theme's own spell-check colour (a red in Breeze Light and Dark).
    const QRgb themed = theme().editorColor(KSyntaxHighlighting::Theme::SpellChecking);
    const QColor colour = themed ? QColor::fromRgba(themed) : QColor(Qt::red);
    // Character by character: a word may straddle two syntax formats, and each
    // keeps its colour, weight and slant.
    for (int i = start; i < start + length; ++i) {
        QTextCharFormat merged = format(i);
        merged.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        merged.setUnderlineColor(colour);
        merged.setProperty(MisspelledProperty, true);
        setFormat(i, 1, merged);
    }
}

void SpellCheckHighlighter::markPhotoProblems(const QString &text)
{
    const QRgb themed = theme().editorColor(KSyntaxHighlighting::Theme::MarkWarning);
    const QColor colour = themed ? QColor::fromRgba(themed).darker(150) : QColor(0xd0, 0x70, 0x00);
    for (const Models::PhotoReference &reference : Models::photoReferences(text)) {
        if (!reference.caption.isEmpty() && !reference.credit.isEmpty())
            continue;
        const QString problem = reference.caption.isEmpty() && reference.credit.isEmpty()
                                    ? tr("This photo has no caption and no credit.")
                                : reference.caption.isEmpty() ? tr("This photo has no caption.")
                                                              : tr("This photo has no credit (write it in quotes after the id).");
        for (qsizetype i = reference.start; i < reference.start + reference.length; ++i) {
            QTextCharFormat merged = format(int(i));
            merged.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            merged.setUnderlineColor(colour);
            merged.setProperty(PhotoProblemProperty, problem);
            merged.setToolTip(problem);
            setFormat(int(i), 1, merged);
        }
    }
}

void SpellCheckHighlighter::rehighlightBlocksWith(const QString &word)
{
    // Only the blocks that use the word: re-colouring a 200 KB article for one
    // added word would stall the editor.
    if (!document() || word.isEmpty())
        return;
    const QString composed = word.normalized(QString::NormalizationForm_C);
    const QString decomposed = word.normalized(QString::NormalizationForm_D);
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        if (text.contains(composed, Qt::CaseInsensitive) || text.contains(decomposed, Qt::CaseInsensitive))
            rehighlightBlock(block);
    }
}

} // namespace PortalDesk::Widgets
