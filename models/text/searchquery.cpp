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
    SearchTier tier = SearchTier::Apart;  // the best of its words' marks
};

bool isBetter(SearchTier a, SearchTier b)
{
    return int(a) < int(b);
}

// Where each term, phrase or run of the query is in text, whole words only,
// marked where it is found best (see searchExtract()), neighbours joined
// when only spaces separate them.
QList<Match> findMatches(const QString &text, const SearchQuery &query)
{
    CharFolder folder;
    const QStringView view(text);
    const QList<Range> ranges = wordRanges(view);
    const auto slice = [&](qsizetype i) {
        return view.sliced(ranges.at(i).begin, ranges.at(i).end - ranges.at(i).begin);
    };
    QList<QString> keys;
    keys.reserve(ranges.size());
    for (qsizetype i = 0; i < ranges.size(); ++i)
        keys.append(folder.key(slice(i)));

    const qsizetype n = ranges.size();
    QList<std::optional<SearchTier>> marks(n);
    const auto mark = [&](qsizetype i, SearchTier tier) {
        if (!marks.at(i) || isBetter(tier, *marks.at(i)))
            marks[i] = tier;
    };
    for (const SearchQuery::Unit &unit : query.units()) {
        if (unit.excluded)
            continue;
        const QStringList words = unit.words();
        const qsizetype m = words.size();
        QStringList wanted, lower;
        for (const QString &word : words) {
            wanted.append(folder.key(word));
            lower.append(word.toLower());
        }
        const bool withDiacritics = std::any_of(words.cbegin(), words.cend(),
                                                [](const QString &word) { return foldDiacritics(word) != word; });
        QList<qsizetype> exact, folded;
        for (qsizetype i = 0; i + m <= n; ++i) {
            qsizetype k = 0;
            while (k < m && keys.at(i + k) == wanted.at(k))
                ++k;
            if (k < m)
                continue;
            k = 0;
            while (withDiacritics && k < m && slice(i + k).toString().toLower() == lower.at(k))
                ++k;
            (withDiacritics && k == m ? exact : folded).append(i);
        }
        if (!exact.isEmpty() || !folded.isEmpty()) {
            const SearchTier tier = exact.isEmpty() ? SearchTier::Phrase : SearchTier::ExactPhrase;
            for (qsizetype start : std::as_const(exact.isEmpty() ? folded : exact)) {
                for (qsizetype k = 0; k < m; ++k)
                    mark(start + k, tier);
            }
        } else if (m > 1) {
            // Not together anywhere in this text: each word where it is.
            const QSet<QString> each(wanted.cbegin(), wanted.cend());
            for (qsizetype i = 0; i < n; ++i) {
                if (each.contains(keys.at(i)))
                    mark(i, SearchTier::Apart);
            }
        }
    }

    QList<Match> matches;
    for (qsizetype i = 0; i < n; ++i) {
        if (!marks.at(i))
            continue;
        const Range word = ranges.at(i);
        const SearchTier tier = *marks.at(i);
        if (!matches.isEmpty()) {
            Match &last = matches.last();
            const QStringView gap = view.sliced(last.range.end, word.begin - last.range.end);
            if (std::all_of(gap.begin(), gap.end(), [](QChar c) { return c == u' '; })) {
                last.range.end = word.end;
                ++last.words;
                if (isBetter(tier, last.tier))
                    last.tier = tier;
                continue;
            }
        }
        matches.append({word, 1, tier});
    }
    return matches;
}

// Vietnamese words are syllables, and folded ones collide often ("da" is
// đà, đá, đã...): the extract is built around the first of the best
// matches, "Đà Nẵng" as typed rather than an earlier "đã nâng", and that
// rather than a lone "đã".
const Match *bestMatch(const QList<Match> &matches)
{
    const Match *best = nullptr;
    for (const Match &match : matches) {
        if (!best || isBetter(match.tier, best->tier) || (match.tier == best->tier && match.words > best->words))
            best = &match;
    }
    return best;
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
        // Half of what is left over goes before the match, unless the text
        // ends soon after it: then the extract ends with the text.
        const qsizetype context = std::max<qsizetype>(0, (maxChars - 2 - (first.end - first.begin)) / 2);
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
    // Whether the chunk before ended a run: quoted, excluded, punctuation at
    // its end, or nothing to join.
    bool runOpen = false;
    const auto add = [&](QStringView chunk, bool excluded, bool quoted) {
        const QList<Range> ranges = wordRanges(chunk);
        if (ranges.isEmpty()) {
            runOpen = false;
            return;
        }
        Item item;
        for (const Range &range : ranges)
            item.words.append(chunk.sliced(range.begin, range.end - range.begin).toString());
        item.excluded = excluded;
        const bool joinable = !excluded && !quoted;
        item.joinsPrevious = joinable && runOpen && ranges.first().begin == 0;
        runOpen = joinable && ranges.last().end == chunk.size();
        parsed.m_items.append(item);
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
                add(QStringView(query).sliced(i + 1, close - i - 1), excluded, true);
                i = close + 1;
                continue;
            }
        }
        qsizetype end = i;
        while (end < n && !query.at(end).isSpace())
            ++end;
        add(QStringView(query).sliced(i, end - i), excluded, false);
        i = end;
    }

    if (parsed.m_items.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Type a word to search for.")};
    if (std::all_of(parsed.m_items.cbegin(), parsed.m_items.cend(), [](const Item &item) { return item.excluded; }))
        return Error{ErrorCode::InvalidInput, tr("Type a word to search for, not only words to leave out.")};
    return parsed;
}

QStringList SearchQuery::Unit::words() const
{
    QStringList all;
    for (const QStringList &piece : pieces)
        all += piece;
    return all;
}

QList<SearchQuery::Unit> SearchQuery::units() const
{
    QList<Unit> units;
    for (const Item &item : m_items) {
        if (item.joinsPrevious && !units.isEmpty())
            units.last().pieces.append(item.words);
        else
            units.append(Unit{{item.words}, item.excluded});
    }
    std::stable_partition(units.begin(), units.end(), [](const Unit &unit) { return !unit.excluded; });
    return units;
}

QList<SearchTier> SearchQuery::tiers() const
{
    QList<SearchTier> tiers;
    const bool typedWithDiacritics = std::any_of(m_items.cbegin(), m_items.cend(), [](const Item &item) {
        return !item.excluded
            && std::any_of(item.words.cbegin(), item.words.cend(),
                           [](const QString &word) { return foldDiacritics(word) != word; });
    });
    if (typedWithDiacritics)
        tiers.append(SearchTier::ExactPhrase);
    tiers.append(SearchTier::Phrase);
    const bool hasRun
        = std::any_of(m_items.cbegin(), m_items.cend(), [](const Item &item) { return item.joinsPrevious; });
    if (hasRun)
        tiers += {SearchTier::Near, SearchTier::Apart};
    return tiers;
}

QString SearchQuery::fts5(SearchTier tier) const
{
    switch (tier) {
    case SearchTier::ExactPhrase:
        return fts5Expression(Form::Exact, Join::Phrase);
    case SearchTier::Phrase:
        return fts5Expression(Form::Folded, Join::Phrase);
    case SearchTier::Near:
        return fts5Expression(Form::Folded, Join::Near);
    case SearchTier::Apart:
        break;
    }
    return fts5Expression(Form::Folded, Join::Apart);
}

QString SearchQuery::tsquery(SearchTier tier) const
{
    switch (tier) {
    case SearchTier::ExactPhrase:
        return tsqueryExpression(Form::Exact, Join::Phrase);
    case SearchTier::Phrase:
        return tsqueryExpression(Form::Folded, Join::Phrase);
    case SearchTier::Near:
        return tsqueryExpression(Form::Folded, Join::Near);
    case SearchTier::Apart:
        break;
    }
    return tsqueryExpression(Form::Folded, Join::Apart);
}

QString SearchQuery::fts5Folded() const
{
    return fts5Expression(Form::Folded, Join::Apart);
}

QString SearchQuery::fts5Exact() const
{
    return fts5Expression(Form::Exact, Join::Apart);
}

QString SearchQuery::tsqueryFolded() const
{
    return tsqueryExpression(Form::Folded, Join::Apart);
}

QString SearchQuery::tsqueryExact() const
{
    return tsqueryExpression(Form::Exact, Join::Apart);
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

QString SearchQuery::fts5Expression(Form form, Join join) const
{
    const auto inForm = [form](QStringList words) {
        if (form == Form::Folded) {
            for (QString &word : words)
                word = foldDiacritics(word);
        }
        return words;
    };
    Operands included, excluded;
    for (const Unit &unit : units()) {
        if (unit.excluded || unit.pieces.size() == 1 || join == Join::Apart) {
            for (const QStringList &piece : unit.pieces)
                (unit.excluded ? excluded : included).append(fts5String(inForm(piece)));
        } else if (join == Join::Phrase) {
            included.append(fts5String(inForm(unit.words())));
        } else {
            // NEAR limits the tokens between the end of the first phrase and
            // the start of the last, the pieces between them included.
            Operands near;
            QList<qsizetype> sizes;
            for (const QStringList &piece : unit.pieces) {
                const qsizetype before = near.list().size();
                near.append(fts5String(inForm(piece)));
                if (near.list().size() > before)
                    sizes.append(piece.size());
            }
            if (near.list().size() == 1) {
                included.append(near.list().first());
                continue;
            }
            qsizetype distance = nearSlack;
            for (qsizetype i = 1; i + 1 < sizes.size(); ++i)
                distance += sizes.at(i);
            included.append(QStringLiteral("NEAR(%1, %2)").arg(near.list().join(u' ')).arg(distance));
        }
    }
    const QString column = form == Form::Folded ? QStringLiteral("{folded} : (") : QStringLiteral("{exact} : (");
    QString expression = column + included.list().join(QStringLiteral(" AND ")) + u')';
    if (!excluded.isEmpty())
        expression += QStringLiteral(" NOT ") + column + excluded.list().join(QStringLiteral(" OR ")) + u')';
    return expression;
}

QString SearchQuery::tsqueryExpression(Form form, Join join) const
{
    const auto phrase = [form](const QStringList &words) {
        QStringList lexemes;
        for (const QString &word : words)
            lexemes.append(tsqueryLexeme(form == Form::Folded ? foldDiacritics(word) : word));
        return lexemes.size() == 1 ? lexemes.first() : u'(' + lexemes.join(QStringLiteral(" <-> ")) + u')';
    };
    Operands included, excluded;
    for (const Unit &unit : units()) {
        if (unit.excluded) {
            for (const QStringList &piece : unit.pieces)
                excluded.append(u'!' + phrase(piece));
        } else if (unit.pieces.size() == 1 || join == Join::Apart) {
            for (const QStringList &piece : unit.pieces)
                included.append(phrase(piece));
        } else if (join == Join::Phrase) {
            included.append(phrase(unit.words()));
        } else {
            // <N> is an exact distance: every distance up to the slack, both
            // ways round, for each neighbouring pair of pieces.
            const qsizetype before = included.list().size();
            for (qsizetype i = 0; i + 1 < unit.pieces.size(); ++i) {
                const QString left = phrase(unit.pieces.at(i));
                const QString right = phrase(unit.pieces.at(i + 1));
                if (left.toLower() == right.toLower())
                    continue;
                QStringList either;
                for (int distance = 1; distance <= nearSlack + 1; ++distance) {
                    const QString op = QStringLiteral(" <%1> ").arg(distance);
                    either.append(left + op + right);
                    either.append(right + op + left);
                }
                included.append(u'(' + either.join(QStringLiteral(" | ")) + u')');
            }
            if (included.list().size() == before)  // a word repeated: "huế Huế"
                included.append(phrase(unit.pieces.first()));
        }
    }
    return (included.list() + excluded.list()).join(QStringLiteral(" & "));
}

SearchExtract searchExtract(const QString &text, const SearchQuery &query, int maxChars)
{
    // "…" on both sides and a character between them.
    const qsizetype limit = std::max(maxChars, 3);
    const QString whole = toNfc(text).simplified();
    const QList<Match> matches = findMatches(whole, query);
    const Match *best = bestMatch(matches);
    const Range window = extractWindow(whole, best ? std::optional<Range>(best->range) : std::nullopt, limit);

    SearchExtract extract;
    if (best)
        extract.tier = best->tier;
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

bool holdsAsTyped(const QString &text, const SearchQuery &query)
{
    const QString nfc = toNfc(text);
    QSet<QString> present;
    for (const Range &range : wordRanges(nfc))
        present.insert(QStringView(nfc).sliced(range.begin, range.end - range.begin).toString().toLower());
    for (const SearchQuery::Unit &unit : query.units()) {
        if (unit.excluded)
            continue;
        for (const QString &word : unit.words()) {
            if (!present.contains(word.toLower()))
                return false;
        }
    }
    return true;
}

QString searchSnippet(const SearchExtract &extract, const QString &open, const QString &close, SnippetFormat format)
{
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

QString searchSnippet(const QString &text, const SearchQuery &query, int maxChars, const QString &open,
                      const QString &close, SnippetFormat format)
{
    return searchSnippet(searchExtract(text, query, maxChars), open, close, format);
}

} // namespace PortalDesk::Models
