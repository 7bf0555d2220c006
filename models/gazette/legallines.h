#pragma once

#include <QRegularExpression>
#include <QString>

// What one line of a Vietnamese legal text is, as drafters really type it:
// the patterns of headings and numbering, the text normalised for them, and
// the quotation an amendment's line may be part of. Used by the structure
// checker only.
namespace PortalDesk::Models::LegalLines {

struct Patterns {
    QRegularExpression part;
    QRegularExpression chapter;
    QRegularExpression section;
    QRegularExpression article;
    QRegularExpression letterPart;    // a plan's "A.", "B."
    QRegularExpression romanSection;  // a plan's "I.", "II."
    QRegularExpression clause;        // "1.", "2a."
    QRegularExpression clauseNoStop;  // "1 Cá nhân": a khoản whose stop was lost
    QRegularExpression clauseParenthesis;
    QRegularExpression subClause;  // "1.1.", "2.000 người"
    QRegularExpression point;      // "a)", "đ1)"
    QRegularExpression romanPoint;  // "i)", "ii)", "iv)": điểm numbered in lower-case Roman numerals
    QRegularExpression pointStop;  // "a."
    QRegularExpression recipients;  // "Nơi nhận:"
    QRegularExpression amends;      // a line whose amended text follows unquoted
    QRegularExpression amendment;   // "2. Sửa đổi ...", "3. Bãi bỏ ...": an amending document's own khoản
    QRegularExpression issuedWith;  // "(Ban hành kèm theo Quyết định số ...)"
    QRegularExpression appendix;    // "PHỤ LỤC II"
    QRegularExpression documentName;  // "QUY ĐỊNH", "KẾ HOẠCH": what a document issued with another is called
    QRegularExpression citation;
};
const Patterns &patterns();

// The line as the patterns read it: without bold marks, footnote marks
// ("Điều 2a[3]."), the look-alike "Ð" of legacy fonts, decomposed accents
// or no-break spaces.
QString normalized(const QString &line);
// "**Phạm vi điều chỉnh**" reads "Phạm vi điều chỉnh" in the outline.
QString plainTitle(const QString &title);
// A Phần, Chương, Mục or Điều heading starts the line.
bool isHeadingStart(const QString &text);
// After "Chương II": a heading when a stop follows, nothing does, or a
// title in capitals; "Chương trình" and "Chương II của Luật" are text.
bool isHeadingRest(const QString &stop, const QString &rest);
// What follows "Điều 2." is a sentence, not a title: "Quyết định này có
// hiệu lực kể từ ngày ký."
bool isSentence(const QString &rest);
// Letters, and none of them small: "QUY ĐỊNH CHUNG".
bool isCapitals(const QString &text);
QString romanNumeral(int value);

// Whether a line lies inside quotation marks opened on a line before, or
// opens them itself. Curly quotes nest; a straight quote opens and closes
// by turns.
class Quotes
{
public:
    bool quoted(const QString &text) const;
    void scan(const QString &text);

private:
    int m_depth = 0;
    bool m_straight = false;
};

} // namespace PortalDesk::Models::LegalLines
