#include "searchquery.h"

#include "vietnamesetext.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace PortalDesk::Models {

namespace {

using Range = SearchExtract::Range;

// Runs of letters and digits, with the combining marks that follow them: the
// words FTS5's unicode61 tokenizer sees in NFC text.
QList<Range> wordRanges(QStringView text)
{
    QList<Range> ranges;
    qsizetype start = -1;
    qsizetype i = 0;
    while (i < text.size()) {
        char32_t c = text[i].unicode();
        qsizetype length = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            length = 2;
        }
        const bool inWord = QChar::isLetterOrNumber(c) || (start >= 0 && QChar::isMark(c));
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            ranges.append({start, i});
            start = -1;
        }
        i += length;
    }
    if (start >= 0)
        ranges.append({start, text.size()});
    return ranges;
}

QStringList words(QStringView text)
{
    QStringList result;
    for (const Range &range : wordRanges(text))
        result.append(text.sliced(range.begin, range.end - range.begin).toString());
    return result;
}

QString fts5String(const QStringList &words)
{
    QString joined = words.join(u' ');
    joined.replace(u'"', QStringLiteral("\"\""));
    return u'"' + joined + u'"';
}

QString tsqueryLexeme(const QString &word)
{
    QString lexeme = word.toLower();
    lexeme.replace(u'\\', QStringLiteral("\\\\"));
    lexeme.replace(u'\'', QStringLiteral("''"));
    return u'\'' + lexeme + u'\'';
}

// One UTF-16 unit folded to one: a precomposed letter to its base, đ/Đ to d,
// lowercased. What foldDiacritics() does, kept position for position so a
// match in the folded text is a match in the original. Units that would fold
// to more or less than one (surrogates, Hangul syllables) stay as they are.
class CharFolder final
{
public:
    char16_t fold(char16_t c)
    {
        if (c < 0x80)
            return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
        if (QChar::isSurrogate(c))
            return c;
        const auto cached = m_cache.constFind(c);
        if (cached != m_cache.cend())
            return *cached;
        char16_t folded = c;
        if (c == u'đ' || c == u'Đ' || QChar(c).decompositionTag() == QChar::Canonical) {
            const QString base = foldDiacritics(QString(QChar(c)));
            if (base.size() == 1)
                folded = base.at(0).unicode();
        }
        folded = QChar::toLower(folded);
        m_cache.insert(c, folded);
        return folded;
    }

    // The key a word is compared by: folded, without combining marks left
    // over from text that NFC could not compose.
    QString key(QStringView word)
    {
        QString key;
        key.reserve(word.size());
        for (const QChar c : word) {
            if (c.category() != QChar::Mark_NonSpacing)
                key.append(QChar(fold(c.unicode())));
        }
        return key;
    }

private:
    QHash<char16_t, char16_t> m_cache;
};

struct Match {
    Range range;
    int words = 0;
};

// Where the query's words are in text, whole words only, neighbours joined
// when only spaces separate them.
QList<Match> findMatches(const QString &text, const QStringList &highlightWords)
{
    CharFolder folder;
    QSet<QString> wanted;
    for (const QString &word : highlightWords)
        wanted.insert(folder.key(word));
    QList<Match> matches;
    const QStringView view(text);
    for (const Range &word : wordRanges(view)) {
        if (!wanted.contains(folder.key(view.sliced(word.begin, word.end - word.begin))))
            continue;
        if (!matches.isEmpty()) {
            Match &last = matches.last();
            const QStringView gap = view.sliced(last.range.end, word.begin - last.range.end);
            if (std::all_of(gap.begin(), gap.end(), [](QChar c) { return c == u' '; })) {
                last.range.end = word.end;
                ++last.words;
                continue;
            }
        }
        matches.append({word, 1});
    }
    return matches;
}

// Vietnamese words are syllables, and folded ones collide often ("da" is
// đà, đá, đã...): the extract is built around the first of the matches that
// hold the most of the query's words, "Đà Nẵng" rather than an earlier "đã".
std::optional<Range> bestMatch(const QList<Match> &matches)
{
    const auto best = std::max_element(matches.cbegin(), matches.cend(),
                                       [](const Match &a, const Match &b) { return a.words < b.words; });
    if (best == matches.cend())
        return std::nullopt;
    return best->range;
}

// The part of text to show, [begin, end), cut after and before spaces.
Range extractWindow(const QString &text, std::optional<Range> match, qsizetype maxChars)
{
    const qsizetype n = text.size();
    if (n <= maxChars)
        return {0, n};
    const auto startsWord = [&](qsizetype p) { return p == 0 || text.at(p - 1) == u' '; };
    const auto endsWord = [&](qsizetype p) { return p == n || text.at(p) == u' '; };

    qsizetype begin = 0;
    qsizetype matchEnd = 0;
    if (match) {
        const Range first = *match;
        matchEnd = first.end;
        // A third of what is left over goes before the match, unless the
        // text ends soon after it: then the extract ends with the text.
        const qsizetype context = std::max<qsizetype>(0, (maxChars - 2 - (first.end - first.begin)) / 3);
        begin = std::max<qsizetype>(0, first.begin - context);
        if (begin > 0 && n - begin < maxChars - 1)
            begin = std::min(first.begin, n - (maxChars - 1));
        while (begin > 0 && begin < first.begin && !startsWord(begin))
            ++begin;
    }

    qsizetype room = maxChars - (begin > 0 ? 1 : 0);
    if (n - begin <= room)
        return {begin, n};
    room -= 1;  // for the "…" at the end
    qsizetype end = begin + room;
    for (qsizetype p = end; p > begin && p >= matchEnd; --p) {
        if (endsWord(p)) {
            end = p;
            break;
        }
    }
    // A cut inside the match may have left a space at the end.
    while (end > begin + 1 && text.at(end - 1) == u' ')
        --end;
    return {begin, end};
}

// The operands of an expression, each once: repeats ("huế Huế", or "hue huế"
// once folded) change nothing but its length.
class Operands final
{
public:
    void append(const QString &operand)
    {
        const QString key = operand.toLower();
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        m_list.append(operand);
    }
    bool isEmpty() const { return m_list.isEmpty(); }
    const QStringList &list() const { return m_list; }

private:
    QStringList m_list;
    QSet<QString> m_seen;
};

} // namespace

QString indexText(const QString &text)
{
    return toNfc(text);
}

QString foldedIndexText(const QString &text)
{
    return foldDiacritics(toNfc(text));
}

Result<SearchQuery> SearchQuery::parse(const QString &text)
{
    const QString query = toNfc(text);
    SearchQuery parsed;
    const auto add = [&](const QStringList &words, bool excluded) {
        if (!words.isEmpty())
            parsed.m_items.append({words, excluded});
    };

    const qsizetype n = query.size();
    qsizetype i = 0;
    while (i < n) {
        if (query.at(i).isSpace()) {
            ++i;
            continue;
        }
        bool excluded = false;
        if (query.at(i) == u'-') {
            excluded = true;
            ++i;
        }
        if (i < n && query.at(i) == u'"') {
            const qsizetype close = query.indexOf(u'"', i + 1);
            if (close > i) {
                add(words(QStringView(query).sliced(i + 1, close - i - 1)), excluded);
                i = close + 1;
                continue;
            }
        }
        qsizetype end = i;
        while (end < n && !query.at(end).isSpace())
            ++end;
        add(words(QStringView(query).sliced(i, end - i)), excluded);
        i = end;
    }

    if (parsed.m_items.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Type a word to search for.")};
    if (std::all_of(parsed.m_items.cbegin(), parsed.m_items.cend(), [](const Item &item) { return item.excluded; }))
        return Error{ErrorCode::InvalidInput, tr("Type a word to search for, not only words to leave out.")};
    return parsed;
}

QString SearchQuery::fts5Folded() const
{
    return fts5(Form::Folded);
}

QString SearchQuery::fts5Exact() const
{
    return fts5(Form::Exact);
}

QString SearchQuery::tsqueryFolded() const
{
    return tsquery(Form::Folded);
}

QString SearchQuery::tsqueryExact() const
{
    return tsquery(Form::Exact);
}

QStringList SearchQuery::highlightWords() const
{
    QStringList result;
    for (const Item &item : m_items) {
        if (item.excluded)
            continue;
        for (const QString &word : item.words) {
            const QString folded = foldDiacritics(word).toLower();
            if (!result.contains(folded))
                result.append(folded);
        }
    }
    return result;
}

QString SearchQuery::fts5(Form form) const
{
    Operands included, excluded;
    for (const Item &item : m_items) {
        QStringList words = item.words;
        if (form == Form::Folded) {
            for (QString &word : words)
                word = foldDiacritics(word);
        }
        (item.excluded ? excluded : included).append(fts5String(words));
    }
    const QString column = form == Form::Folded ? QStringLiteral("{folded} : (") : QStringLiteral("{exact} : (");
    QString expression = column + included.list().join(QStringLiteral(" AND ")) + u')';
    if (!excluded.isEmpty())
        expression += QStringLiteral(" NOT ") + column + excluded.list().join(QStringLiteral(" OR ")) + u')';
    return expression;
}

QString SearchQuery::tsquery(Form form) const
{
    Operands included, excluded;
    for (const Item &item : m_items) {
        QStringList lexemes;
        for (const QString &word : item.words)
            lexemes.append(tsqueryLexeme(form == Form::Folded ? foldDiacritics(word) : word));
        const QString operand = lexemes.size() == 1 ? lexemes.first()
                                                    : u'(' + lexemes.join(QStringLiteral(" <-> ")) + u')';
        if (item.excluded)
            excluded.append(u'!' + operand);
        else
            included.append(operand);
    }
    return (included.list() + excluded.list()).join(QStringLiteral(" & "));
}

SearchExtract searchExtract(const QString &text, const SearchQuery &query, int maxChars)
{
    // "…" on both sides and a character between them.
    const qsizetype limit = std::max(maxChars, 3);
    const QString whole = toNfc(text).simplified();
    const QList<Match> matches = findMatches(whole, query.highlightWords());
    const Range window = extractWindow(whole, bestMatch(matches), limit);

    SearchExtract extract;
    const qsizetype offset = window.begin > 0 ? 1 : 0;
    if (window.begin > 0)
        extract.text = QStringLiteral("…");
    extract.text += QStringView(whole).sliced(window.begin, window.end - window.begin);
    if (window.end < whole.size())
        extract.text += QStringLiteral("…");
    for (const Match &match : matches) {
        const qsizetype begin = std::max(match.range.begin, window.begin);
        const qsizetype end = std::min(match.range.end, window.end);
        if (begin < end)
            extract.matches.append({begin - window.begin + offset, end - window.begin + offset});
    }
    return extract;
}

QString searchSnippet(const QString &text, const SearchQuery &query, int maxChars, const QString &open,
                      const QString &close, SnippetFormat format)
{
    const SearchExtract extract = searchExtract(text, query, maxChars);
    const auto plain = [&](qsizetype begin, qsizetype end) {
        const QString part = extract.text.sliced(begin, end - begin);
        return format == SnippetFormat::Html ? part.toHtmlEscaped() : part;
    };
    QString snippet;
    qsizetype done = 0;
    for (const SearchExtract::Range &match : extract.matches) {
        snippet += plain(done, match.begin) + open + plain(match.begin, match.end) + close;
        done = match.end;
    }
    return snippet + plain(done, extract.text.size());
}

} // namespace PortalDesk::Models
