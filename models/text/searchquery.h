#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PortalDesk::Models {

// Text as stored in the "exact" index: NFC, with đ/Đ kept. The FTS5
// tokenizer treats combining marks as separators, so decomposed text would
// be split inside its words.
QString indexText(const QString &text);

// Text as stored in the "folded" index: NFC, then foldDiacritics(), so
// "Đà Nẵng" -> "Da Nang".
QString foldedIndexText(const QString &text);

// How well an article matches what was typed, best first. Vietnamese words
// are several syllables and the indexes hold syllables: "quang tri" must find
// Quảng Trị before "bố trí" and "Vũ Quang Toàn", so syllables typed together
// are looked for together first, then near each other, then apart.
enum class SearchTier {
    ExactPhrase,  // together, with the diacritics as typed (only when typed with some)
    Phrase,  // together, diacritics ignored
    Near,  // within a few syllables of each other, in either order
    Apart,  // each somewhere in the article
};

// What a person typed in the search box, turned into full-text expressions.
//
// The query is read in whitespace-separated chunks. A chunk's words (runs of
// letters and digits) are one term, or a phrase when punctuation joins
// several ("covid-19", "title:x", "O'Brien" are matched as the index stored
// them: adjacent). A chunk that starts with a double quote, up to the next
// double quote, is a phrase; a quote with no partner is plain punctuation.
// A '-' in front of a chunk excludes it. Everything else (FTS operators,
// SQL, quotes inside words) is literal text and never reaches the
// expressions as syntax: only quoted words do.
//
// Unquoted chunks typed one after the other, with nothing but spaces between
// them, are a run: the syllables of one or more words ("quang tri", "xây
// dựng nông thôn mới"). A quoted phrase, an exclusion, or punctuation at the
// end or start of a chunk ("Quảng Trị, Huế") ends a run.
class SearchQuery final
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)

public:
    // An error (InvalidInput) when nothing is left to search for.
    static Result<SearchQuery> parse(const QString &text);

    // The tiers a search steps through, best first. ExactPhrase only when a
    // word to find was typed with diacritics: typed without, it would find
    // only text written without them. Near and Apart only when the query has
    // a run: otherwise they would find what Phrase found.
    QList<SearchTier> tiers() const;
    // True for ExactPhrase, whose expressions use the "exact" column or
    // vector; the others use the folded one.
    static bool isExact(SearchTier tier) { return tier == SearchTier::ExactPhrase; }

    // A tier's FTS5 MATCH expression, to be bound as a value, restricted to
    // the "exact" or "folded" column of a table made with
    // tokenize='unicode61 remove_diacritics 0'. Runs are one phrase
    // (ExactPhrase, Phrase), a NEAR group (Near) or separate terms (Apart);
    // quoted phrases and exclusions mean the same in every tier. What a
    // tier finds includes what the tiers before it find.
    QString fts5(SearchTier tier) const;
    // The same as to_tsquery('simple', ...) expressions, for the tsvector
    // columns built from indexText() and foldedIndexText(). Near is each
    // pair of neighbouring pieces of a run with at most nearSlack words
    // between them, either way round: a tsquery has no NEAR.
    QString tsquery(SearchTier tier) const;

    // Every word ANDed, as one step searched before runs were looked for
    // together: the Apart tier, and its exact-diacritics form.
    QString fts5Folded() const;
    QString fts5Exact() const;
    QString tsqueryFolded() const;
    QString tsqueryExact() const;

    // How many other words may stand between the pieces of a run in the
    // Near tier: in FTS5 in all (NEAR(…, N), N being this plus the words of
    // the pieces between the first and the last), in a tsquery between each
    // neighbouring two. "Quảng … Trị" a few words apart, or "xây dựng và
    // phát triển nông thôn mới" for "xây dựng nông thôn mới".
    static constexpr int nearSlack = 3;

    // The folded, lowercased words to highlight: those of terms and phrases,
    // not of exclusions, each once.
    QStringList highlightWords() const;

    // What is found as one: a term, a phrase, or a run of them. Words in NFC
    // as typed; a piece is one word, words joined by punctuation, or a
    // quoted phrase. A unit of several pieces is a run.
    struct Unit {
        QList<QStringList> pieces;
        bool excluded = false;
        QStringList words() const;
    };
    // Terms, phrases and runs to find, then those to leave out, in the order
    // typed.
    QList<Unit> units() const;

private:
    enum class Form { Exact, Folded };
    enum class Join { Phrase, Near, Apart };

    // Words in NFC as typed: one is a term, several a phrase.
    struct Item {
        QStringList words;
        bool excluded = false;
        // Typed right after the previous item, as part of the same run.
        bool joinsPrevious = false;
    };

    SearchQuery() = default;
    QString fts5Expression(Form form, Join join) const;
    QString tsqueryExpression(Form form, Join join) const;

    QList<Item> m_items;
};

// An extract of a text around the best match of a query, with where the
// matches are in it.
struct SearchExtract {
    struct Range {
        qsizetype begin = 0;
        qsizetype end = 0;  // past the last character
    };
    // The original text (NFC, with every run of whitespace made one space),
    // with "…" where it was cut.
    QString text;
    // Matches in text, ascending, not overlapping. Matches separated only by
    // a space are one range, so "da nang" marks "Đà Nẵng" as a whole.
    QList<Range> matches;
    // How the match the extract is centred on matched: ExactPhrase, Phrase
    // or Apart (never Near); empty when nothing matched.
    std::optional<SearchTier> tier;
};

// Whether text holds every word the query finds (not those it leaves out) as
// typed: the same letters and diacritics, any case, each somewhere. What
// SearchHit::exact says, and how hits of one tier are ordered.
bool holdsAsTyped(const QString &text, const SearchQuery &query);

// Matches are whole words, diacritic- and case-insensitive: "da nang" finds
// "Đà Nẵng", "tri" finds "Trị" but not "Trịnh". Each term, phrase or run of
// the query is marked where it is found best in the text: as typed with its
// diacritics, else together without them, else (a run or phrase) word by
// word; "Đà Nẵng" marks "Đà Nẵng", not "đã" or "nâng", when the text holds
// it. The extract is cut at spaces to at most maxChars characters (UTF-16
// units, "…" included; at least 3) and centred on the first of the best
// matches (as typed before together before the most words of the query);
// without a match it is the start of the text.
SearchExtract searchExtract(const QString &text, const SearchQuery &query, int maxChars);

enum class SnippetFormat {
    PlainText,  // the text as it is, for the CLI
    Html,  // the text HTML-escaped, the markers inserted as given, for rich text
};

// searchExtract() as one string, each match wrapped in open and close
// (e.g. "[" and "]", or "<b>" and "</b>" with SnippetFormat::Html). Markers are
// never escaped; escaping the result afterwards would escape them too, so ask
// for SnippetFormat::Html instead, or build from searchExtract() directly.
QString searchSnippet(const QString &text, const SearchQuery &query, int maxChars, const QString &open,
                      const QString &close, SnippetFormat format = SnippetFormat::PlainText);
QString searchSnippet(const SearchExtract &extract, const QString &open, const QString &close,
                      SnippetFormat format = SnippetFormat::PlainText);

} // namespace PortalDesk::Models
