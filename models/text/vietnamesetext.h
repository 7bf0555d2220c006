#pragma once

#include <QString>

namespace PortalDesk::Models {

// "Quảng Trị" -> "Quang Tri", "Đà Nẵng" -> "Da Nang": what a search typed
// without accents has to match. Works on composed (NFC) and decomposed (NFD)
// text alike; đ/Đ, which Unicode does not decompose, are folded by hand.
QString foldDiacritics(const QString &text);

// How many bytes text.toUtf8() would hold, counted without making them: the
// size limits on what is stored are in UTF-8 bytes, checked for every row of
// a pull.
qsizetype utf8Size(QStringView text);

// The text in Unicode NFC (composed), as everything is stored and compared.
// QString::normalized() normalises in place and turns quadratic on long text
// with many accented letters once one combining mark is found; this works on
// pieces split where no character can combine across the cut.
QString toNfc(const QString &text);

// A key that sorts text in Vietnamese alphabetical order under plain binary
// comparison, as both SQLite and PostgreSQL compare text without a locale:
// a ă â b c d đ e ê ... o ô ơ ... u ư ..., case ignored, tones deciding only
// between otherwise equal words (ngang, huyền, hỏi, ngã, sắc, nặng). Built
// from the first 64 characters; stored beside titles for sorted lists.
QString vietnameseSortKey(const QString &text);

// Text pasted from web pages and office documents, made fit to store:
// line breaks as "\n", non-breaking and other odd spaces as plain spaces,
// zero-width characters, soft hyphens, direction marks, byte order marks and
// control characters removed, C1 controls read back as the Windows-1252
// punctuation they were (U+0085 as "…"), and the whole in NFC. Tabs stay.
QString cleanPastedText(const QString &text);

} // namespace PortalDesk::Models
