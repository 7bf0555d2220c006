#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace PortalDesk::Models {

// Text as stored in the "exact" index: NFC, with đ/Đ kept. The FTS5
// tokenizer treats combining marks as separators, so decomposed text would
// be split inside its words.
QString indexText(const QString &text);

// Text as stored in the "folded" index: NFC, then foldDiacritics(), so
// "Đà Nẵng" -> "Da Nang".
QString foldedIndexText(const QString &text);

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
class SearchQuery final
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)

public:
    // An error (InvalidInput) when nothing is left to search for.
    static Result<SearchQuery> parse(const QString &text);

    // FTS5 MATCH expressions, to be bound as a value, restricted to the
    // "folded" or "exact" column of a table made with
    // tokenize='unicode61 remove_diacritics 0'.
    QString fts5Folded() const;
    QString fts5Exact() const;

    // to_tsquery('simple', ...) expressions with the same meaning, for the
    // tsvector columns built from foldedIndexText() and indexText().
    QString tsqueryFolded() const;
    QString tsqueryExact() const;

    // The folded, lowercased words to highlight: those of terms and phrases,
    // not of exclusions, each once.
    QStringList highlightWords() const;

private:
    enum class Form { Exact, Folded };

    // Words in NFC as typed: one is a term, several a phrase.
    struct Item {
        QStringList words;
        bool excluded = false;
    };

    SearchQuery() = default;
    QString fts5(Form form) const;
    QString tsquery(Form form) const;

    QList<Item> m_items;
};

// An extract of a text around the first match of a query's highlight words,
// with where the matches are in it.
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
};

// Matches are whole words, diacritic- and case-insensitive: "da nang" finds
// "Đà Nẵng", "tri" finds "Trị" but not "Trịnh". Phrase words are matched one
// by one. The extract is cut at spaces to at most maxChars characters (UTF-16
// units, "…" included; at least 3). It shows the first of the matches that
// hold the most query words ("Đà Nẵng", not an earlier "đã" for "da nang"),
// in its first third when the text is longer; without a match it is the
// start of the text.
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

} // namespace PortalDesk::Models
