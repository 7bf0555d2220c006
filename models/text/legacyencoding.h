#pragma once

#include <QString>

namespace PortalDesk::Models {

// The ways Vietnamese was written before Unicode, still found in office
// documents. Pasted from Word, such text arrives as Latin-1 look-alikes:
// "Uû ban nh©n d©n tØnh" is TCVN3, "UÛy ban nhaân daân tænh" is VNI.
enum class LegacyEncoding {
    None,
    Tcvn3, // TCVN 5712:1993 VN3, the ".Vn" fonts of the ABC keyboard
    Vni,   // VNI Windows, the "VNI-" fonts: a letter followed by its marks
    Viqr,  // RFC 1456 mnemonics in ASCII: "Vie^.t Nam"
};

// "TCVN3 (ABC)", "VNI", "VIQR"; empty for None.
QString legacyEncodingName(LegacyEncoding encoding);

// The legacy encoding the text is most likely written in, or None for
// Unicode text (and text too short to tell). Each candidate conversion is
// scored by how many words become real Vietnamese syllables and how many
// stray Latin-1 symbols disappear; one is chosen only when it is clearly
// better than the text as it is. Looks at the first few thousand words.
LegacyEncoding detectLegacyEncoding(const QString &text);

// The text converted to Unicode NFC. Characters that are not part of the
// encoding pass through unchanged, so text mixing both survives. TCVN3 has
// no capitals with tone marks (they came from separate ".VnTimeH" fonts), so
// such words come out in lower case.
QString convertLegacyToUnicode(const QString &text, LegacyEncoding from);

// Whether a word (without punctuation, any case) is a well-formed Vietnamese
// syllable: initial consonant, vowels, final consonant and at most one tone.
bool isVietnameseSyllable(const QString &word);

} // namespace PortalDesk::Models
