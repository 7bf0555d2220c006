#include "vietnamesetext.h"

#include <array>

namespace PortalDesk::Models {

namespace {

// Latin letters with diacritics live in U+00C0-U+024F and U+1E00-U+1EFF
// (Vietnamese: "ả", "ẵ", "ự" ...). Each maps to its base letter, found once
// from its canonical decomposition. QString::normalized() is not used per
// call: it decomposes in place and grows quadratic on long texts full of
// accented letters, which Vietnamese always is.
struct FoldTable {
    std::array<char16_t, 0x0250 - 0x00C0> latin1AndExtended{};
    std::array<char16_t, 0x1F00 - 0x1E00> latinExtendedAdditional{};

    FoldTable()
    {
        fill(latin1AndExtended, 0x00C0);
        fill(latinExtendedAdditional, 0x1E00);
    }

    template<std::size_t N>
    static void fill(std::array<char16_t, N> &table, char16_t first)
    {
        for (std::size_t i = 0; i < N; ++i) {
            const QChar c(char16_t(first + i));
            const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
            table[i] = decomposed.front().isLetter() ? decomposed.front().unicode() : c.unicode();
        }
        // Unicode does not decompose đ/Đ; Vietnamese readers fold them to d/D.
        if (first == 0x00C0) {
            table[0x0110 - first] = u'D';
            table[0x0111 - first] = u'd';
        }
    }

    char16_t fold(char16_t c) const
    {
        if (c >= 0x00C0 && c < 0x0250)
            return latin1AndExtended[c - 0x00C0];
        if (c >= 0x1E00 && c < 0x1F00)
            return latinExtendedAdditional[c - 0x1E00];
        return c;
    }
};

} // namespace

QString foldDiacritics(const QString &text)
{
    static const FoldTable table;
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text) {
        // Decomposed input (NFD) carries its marks separately: drop them.
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded.append(QChar(table.fold(c.unicode())));
    }
    return folded;
}

qsizetype utf8Size(QStringView text)
{
    qsizetype bytes = text.size();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            continue;
        if (c < 0x800) {
            bytes += 1;
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            bytes += 2;  // two units, four bytes
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            continue;  // a lone one: toUtf8() writes "?"
        bytes += 2;  // three bytes
    }
    return bytes;
}

QString toNfc(const QString &text)
{
    constexpr qsizetype pieceSize = 2048;
    if (text.size() <= pieceSize)
        return text.normalized(QString::NormalizationForm_C);
    QString result;
    result.reserve(text.size());
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = std::min(text.size(), start + pieceSize);
        // Cut before a character that starts a new cluster and never
        // composes with what precedes it: a non-mark below the Hangul block
        // (Hangul jamo and a few scripts compose across starters).
        while (end < text.size()) {
            const QChar c = text.at(end);
            if (!c.isMark() && !c.isSurrogate() && c.unicode() < 0x1100 && !text.at(end - 1).isHighSurrogate())
                break;
            ++end;
        }
        result += QStringView(text).sliced(start, end - start).toString().normalized(QString::NormalizationForm_C);
        start = end;
    }
    return result;
}

QString vietnameseSortKey(const QString &text)
{
    constexpr qsizetype keyLength = 64;
    const QString decomposed = text.left(keyLength).toLower().normalized(QString::NormalizationForm_D);
    QString primary, tones;
    primary.reserve(keyLength * 2);
    for (const QChar c : decomposed) {
        switch (c.unicode()) {
        // Letters of their own follow their base letter: '{', '|' and '}'
        // sort after every ASCII letter, so "an" < "az" < "ăn" < "ân".
        case 0x0306: primary.append(u'{'); break; // breve: ă
        case 0x0302: primary.append(u'|'); break; // circumflex: â ê ô
        case 0x031B: primary.append(u'}'); break; // horn: ơ ư
        case 0x0300: case 0x0309: case 0x0303: case 0x0301: case 0x0323:
            if (!tones.isEmpty())
                tones.back() = QChar(char16_t(u'1' + QStringView(u"\u0300\u0309\u0303\u0301\u0323").indexOf(c)));
            break;
        case 0x0111: primary.append(u"d{"); tones.append(u'0'); break; // đ
        default:
            if (c.category() == QChar::Mark_NonSpacing)
                break;
            primary.append(c);
            tones.append(u'0');
        }
    }
    return primary + QChar(0x01) + tones;
}

QString cleanPastedText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'\r':
            // "\r\n" and a lone "\r" are both one line break.
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            clean.append(u'\n');
            continue;
        case 0x2028: // line separator
        case 0x2029: // paragraph separator
            clean.append(u'\n');
            continue;
        case 0x00A0: // no-break space
        case 0x2007: // figure space
        case 0x202F: // narrow no-break space
            clean.append(u' ');
            continue;
        case 0x00AD: // soft hyphen
        case 0x200B: // zero-width space
        case 0x200C: // zero-width non-joiner
        case 0x200D: // zero-width joiner
        case 0x2060: // word joiner
        case 0xFEFF: // byte order mark
        case 0x200E: // left-to-right mark
        case 0x200F: // right-to-left mark
            continue;
        default:
            break;
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) // direction embeddings and isolates
            continue;
        // C1 controls never stand in real text: they are Windows-1252
        // punctuation read somewhere as Latin-1 (0x85 an ellipsis, 0x96 a
        // dash, in two legal texts of tests/data). Windows-1252's character
        // comes back; the five codes it leaves undefined go.
        if (c >= 0x80 && c <= 0x9F) {
            static constexpr char16_t windows1252[32] = {
                u'€', 0, u'‚', u'ƒ', u'„', u'…', u'†', u'‡', u'ˆ', u'‰', u'Š', u'‹', u'Œ', 0, u'Ž', 0,
                0, u'‘', u'’', u'“', u'”', u'•', u'–', u'—', u'˜', u'™', u'š', u'›', u'œ', 0, u'ž', u'Ÿ'};
            if (const char16_t meant = windows1252[c - 0x80])
                clean.append(QChar(meant));
            continue;
        }
        if ((c < 0x20 && c != u'\t' && c != u'\n') || c == 0x7F) // control characters
            continue;
        clean.append(QChar(c));
    }
    return toNfc(clean);
}

} // namespace PortalDesk::Models
