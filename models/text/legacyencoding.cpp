#include "legacyencoding.h"

#include "vietnamesetext.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

// TCVN3 (VN3) bytes 0xA1-0xFF, as Word shows them: Latin-1 look-alikes.
// '_' marks the positions VN3 leaves unused. Checked byte by byte against
// glibc's TCVN5712-1 converter in tests/tst_legacyencoding.
constexpr QStringView tcvn3High = u"ĂÂÊÔƠƯĐăâêôơưđ_"
                                  u"_____àảãáạ_ằẳẵắ_"
                                  u"______ặầẩẫấậè_ẻẽ"
                                  u"éẹềểễếệìỉ___ĩíịò"
                                  u"_ỏõóọồổỗốộờởỡớợù"
                                  u"_ủũúụừửữứựỳỷỹýỵ_";

QString convertTcvn3(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t code = c.unicode();
        if (code >= 0xA1 && code <= 0xFF) {
            const QChar mapped = tcvn3High.at(code - 0xA1);
            if (mapped != u'_')
                c = mapped;
        }
    }
    return out;
}

// Two UTF-16 units as one key: looking a pair up must not allocate, since
// detection converts every character of a paste (a QString key per
// character made the fuzz targets spend most of their time in malloc).
constexpr char32_t pairKey(QChar first, QChar second)
{
    return (char32_t(first.unicode()) << 16) | second.unicode();
}

// VNI writes a letter and then its marks as separate Latin-1 characters:
// "Vieät" is "Việt". Some letters have one character of their own.
struct VniTable {
    QHash<char32_t, QChar> pairs;
    QHash<QChar, QChar> singles;
    // The lowest mark or single letter: VNI's are all Latin-1 letters, so
    // most characters of a text need no lookup at all.
    char16_t lowest = 0xFFFF;

    VniTable()
    {
        // base, then (mark, result) pairs in lower case
        const auto add = [this](QChar base, QStringView marks, QStringView results) {
            for (qsizetype i = 0; i < marks.size(); ++i) {
                const QChar mark = marks.at(i), result = results.at(i);
                lowest = std::min({lowest, mark.unicode(), mark.toUpper().unicode()});
                pairs.insert(pairKey(base, mark), result);
                // Capitals take the capital forms of the marks; Word text
                // in title case also mixes a capital with a small mark.
                pairs.insert(pairKey(base.toUpper(), mark.toUpper()), result.toUpper());
                pairs.insert(pairKey(base.toUpper(), mark), result.toUpper());
            }
        };
        add(u'a', u"øùûõïâàáåãäêèéúüë", u"àáảãạâầấẩẫậăằắẳẵặ");
        add(u'e', u"øùûõïâàáåãä", u"èéẻẽẹêềếểễệ");
        add(u'o', u"øùûõïâàáåãä", u"òóỏõọôồốổỗộ");
        add(u'ô', u"øùûõï", u"ờớởỡợ");
        add(u'u', u"øùûõï", u"ùúủũụ");
        add(u'ö', u"øùûõï", u"ừứửữự");
        add(u'y', u"øùûõ", u"ỳýỷỹ");
        const QStringView from = u"ìíæóòôöîñ", to = u"ìíỉĩịơưỵđ";
        for (qsizetype i = 0; i < from.size(); ++i) {
            lowest = std::min({lowest, from.at(i).unicode(), from.at(i).toUpper().unicode()});
            singles.insert(from.at(i), to.at(i));
            singles.insert(from.at(i).toUpper(), to.at(i).toUpper());
        }
    }
};

QString convertVni(const QString &text)
{
    static const VniTable table;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i + 1 < text.size() && text.at(i + 1).unicode() >= table.lowest) {
            const auto pair = table.pairs.constFind(pairKey(text.at(i), text.at(i + 1)));
            if (pair != table.pairs.cend()) {
                out.append(*pair);
                ++i;
                continue;
            }
        }
        out.append(text.at(i).unicode() >= table.lowest ? table.singles.value(text.at(i), text.at(i)) : text.at(i));
    }
    return out;
}

bool isVowel(QChar c)
{
    return u"aeiouyAEIOUY"_s.contains(c);
}

// A VIQR modifier after a vowel: a( â ê ô ơ ư.
char16_t viqrModified(QChar vowel, QChar mark)
{
    static const QHash<char32_t, char16_t> table{
        {pairKey(u'a', u'('), u'ă'}, {pairKey(u'a', u'^'), u'â'}, {pairKey(u'e', u'^'), u'ê'},
        {pairKey(u'o', u'^'), u'ô'}, {pairKey(u'o', u'+'), u'ơ'}, {pairKey(u'u', u'+'), u'ư'},
    };
    const char16_t lower = table.value(pairKey(vowel.toLower(), mark), 0);
    return lower && vowel.isUpper() ? QChar(lower).toUpper().unicode() : lower;
}

char16_t viqrTone(QChar mark)
{
    switch (mark.unicode()) {
    case u'`': return 0x0300;
    case u'\'': return 0x0301;
    case u'?': return 0x0309;
    case u'~': return 0x0303;
    case u'.': return 0x0323;
    default: return 0;
    }
}

QString convertViqr(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        // "\." is a full stop after a vowel, not a dot below.
        if (c == u'\\' && i + 1 < n && (viqrTone(text.at(i + 1)) || u"(^+"_s.contains(text.at(i + 1)))) {
            out.append(text.at(++i));
            continue;
        }
        const bool wordStart = i == 0 || !text.at(i - 1).isLetter();
        if ((c == u'd' || c == u'D') && wordStart && i + 1 < n && (text.at(i + 1) == u'd' || text.at(i + 1) == u'D')) {
            out.append(c == u'd' ? u'đ' : u'Đ');
            ++i;
            continue;
        }
        if (!isVowel(c)) {
            out.append(c);
            continue;
        }
        QChar letter = c;
        bool modified = false;
        if (i + 1 < n) {
            if (const char16_t m = viqrModified(c, text.at(i + 1))) {
                letter = QChar(m);
                modified = true;
                ++i;
            }
        }
        out.append(letter);
        if (i + 1 < n) {
            const QChar mark = text.at(i + 1);
            const char16_t tone = viqrTone(mark);
            // '?' and '.' end sentences too. They are tones inside a word,
            // after a modifier, or when the sentence goes on in lower case
            // ("chu? nghi~a"); before a capital or the end they stay.
            const bool inWord = i + 2 < n && text.at(i + 2).isLetter();
            const bool goesOn = i + 3 < n && text.at(i + 2).isSpace() && text.at(i + 3).isLower();
            if (tone && (inWord || goesOn || modified || (mark != u'?' && mark != u'.'))) {
                out.append(QChar(tone));
                ++i;
            }
        }
    }
    return toNfc(out);
}

// Latin-1 letters that Vietnamese itself uses; every other Latin-1
// character inside a word is a sign of a legacy encoding.
bool isLatin1Junk(QChar c)
{
    const char16_t code = c.unicode();
    if (code < 0x80 || code > 0xFF || code == 0xA0)
        return false;
    return !u"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý"_s.contains(c);
}

struct Score {
    int words = 0;
    int good = 0; // real Vietnamese syllables with a diacritic
    int bad = 0;  // words with stray Latin-1 characters in them

    int value() const { return good - bad; }
};

bool hasLetter(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
}

// Conversions keep the spaces, so the words of the text and of a conversion
// pair up. Words without a letter ("©", "·", "2026") are left out: TCVN3
// would read them as "â" and "ã", which proves nothing.
Score score(const QString &original, const QString &converted)
{
    const QList<QStringView> before = QStringView(original).split(u' ', Qt::SkipEmptyParts);
    const QList<QStringView> after = QStringView(converted).split(u' ', Qt::SkipEmptyParts);
    Score score;
    for (qsizetype i = 0; i < std::min(before.size(), after.size()); ++i) {
        if (!hasLetter(before.at(i)))
            continue;
        const QStringView word = after.at(i);
        ++score.words;
        if (std::any_of(word.begin(), word.end(), isLatin1Junk))
            ++score.bad;
        qsizetype first = 0, last = word.size();
        while (first < last && !word.at(first).isLetter())
            ++first;
        while (last > first && !word.at(last - 1).isLetter())
            --last;
        const QStringView core = word.sliced(first, last - first);
        const bool lettersOnly = !core.isEmpty() && std::all_of(core.begin(), core.end(), [](QChar c) { return c.isLetter(); });
        const bool accented = std::any_of(core.begin(), core.end(), [](QChar c) { return c.unicode() > 0x7F; });
        if (lettersOnly && accented && isVietnameseSyllable(core.toString()))
            ++score.good;
    }
    return score;
}

} // namespace

QString legacyEncodingName(LegacyEncoding encoding)
{
    switch (encoding) {
    case LegacyEncoding::Tcvn3: return u"TCVN3 (ABC)"_s;
    case LegacyEncoding::Vni: return u"VNI"_s;
    case LegacyEncoding::Viqr: return u"VIQR"_s;
    case LegacyEncoding::None: break;
    }
    return {};
}

QString convertLegacyToUnicode(const QString &text, LegacyEncoding from)
{
    switch (from) {
    case LegacyEncoding::Tcvn3: return toNfc(convertTcvn3(text));
    case LegacyEncoding::Vni: return toNfc(convertVni(text));
    case LegacyEncoding::Viqr: return convertViqr(text);
    case LegacyEncoding::None: break;
    }
    return text;
}

LegacyEncoding detectLegacyEncoding(const QString &text)
{
    // Enough words to tell, few enough to answer at once on a huge paste.
    QString sample = toNfc(text.left(30000));
    for (QChar &c : sample)
        if (c.isSpace())
            c = u' ';
    const Score asIs = score(sample, sample);
    LegacyEncoding best = LegacyEncoding::None;
    int bestGain = 0;
    for (const LegacyEncoding candidate : {LegacyEncoding::Tcvn3, LegacyEncoding::Vni, LegacyEncoding::Viqr}) {
        const QString candidateText = convertLegacyToUnicode(sample, candidate);
        // Nothing converted, nothing gained: scoring it again would only
        // find the same words (most pastes have nothing of one encoding).
        if (candidateText == sample)
            continue;
        const Score converted = score(sample, candidateText);
        const int gain = converted.value() - asIs.value();
        // VIQR is plain ASCII, so stray apostrophes and question marks could
        // pass for it: it needs more evidence than the other two.
        const int needed = std::max(2, asIs.words / (candidate == LegacyEncoding::Viqr ? 5 : 10));
        // The gain must come from real syllables made, not only from Latin-1
        // letters gone: German "für die Bühne" has no Vietnamese in it.
        if (converted.good - asIs.good >= needed && gain >= needed && gain > bestGain) {
            best = candidate;
            bestGain = gain;
        }
    }
    return best;
}

bool isVietnameseSyllable(const QString &word)
{
    const QString decomposed = word.toLower().normalized(QString::NormalizationForm_D);
    QString bare;
    int tones = 0;
    for (const QChar c : decomposed) {
        switch (c.unicode()) {
        case 0x0300: case 0x0301: case 0x0303: case 0x0309: case 0x0323:
            ++tones;
            break;
        default:
            bare.append(c);
        }
    }
    if (tones > 1)
        return false;
    static const QRegularExpression syllable(
        u"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
        u"(?:iêu|yêu|oai|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|"
        u"ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy])"
        u"(?:ch|ng|nh|[cmnpt])?$"_s);
    return syllable.match(bare.normalized(QString::NormalizationForm_C)).hasMatch();
}

} // namespace PortalDesk::Models
