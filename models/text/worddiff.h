#pragma once

#include <QList>
#include <QString>

namespace PortalDesk::Models {

// One run of a word-level diff: text both revisions share, text only the
// earlier one has, or text only the later one has.
struct DiffSegment {
    enum class Kind { Equal, Deleted, Inserted };
    Kind kind = Kind::Equal;
    QString text;
    friend bool operator==(const DiffSegment &, const DiffSegment &) = default;
};

// Compares two revisions word by word; a Vietnamese syllable is a word.
//
// Both texts are normalised to NFC first, so a composed and a decomposed
// "Quảng" are the same word. The text is then split into tokens: a run of
// letters, digits and combining marks (so "Nẵng" is one token whether or not
// its marks are precomposed), a run of whitespace, or any other single
// character (punctuation, symbols, emoji), where "character" means a grapheme
// cluster, so a mark or a surrogate pair is never cut from its base. Tokens
// are compared exactly (case-sensitive). The token sequences are compared by
// dtl, the Diff Template Library.
//
// Adjacent segments of the same kind are merged, no segment is empty, and
// where text is replaced the Deleted segment comes before the Inserted one.
// Concatenating the Equal and Deleted texts gives `before`, the Equal and
// Inserted texts give `after` -- in NFC: for text that was already NFC (what
// Qt's editors and most keyboards produce) that is the input exactly.
QList<DiffSegment> wordDiff(const QString &before, const QString &after);

// Plain text in the style of `git diff --word-diff=plain`: deleted text as
// [-...-], inserted as {+...+}, shared text as is. Like git, brackets already
// in the text are not escaped.
QString wordDiffPlainText(const QList<DiffSegment> &segments);

// An HTML fragment for the review view: <del class="diff-del">...</del> and
// <ins class="diff-ins">...</ins>, all text HTML-escaped, newlines kept as
// "\n" -- the caller wraps it in <pre> or sets white-space: pre-wrap. Where
// deleted text is followed by inserted text with no whitespace between them,
// a space outside both keeps the two sides apart on screen.
QString wordDiffHtml(const QList<DiffSegment> &segments);

} // namespace PortalDesk::Models
