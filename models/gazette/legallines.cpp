#include "legallines.h"

#include <utility>

namespace PortalDesk::Models::LegalLines {

namespace {

QRegularExpression pattern(const char16_t *text)
{
    QRegularExpression expression(QString::fromUtf16(text));
    expression.optimize();
    return expression;
}

// After a numeral: not a letter or digit (PCRE's \b is ASCII-only here),
// then the stop and the rest of the line.
// "…" too: a form's "Điều 2 ……(3) có trách nhiệm".
#define PD_HEADING_TAIL u"(?![\\p{L}\\p{N}])\\s*(?<stop>[.:\\-–…]*)\\s*(?<rest>.*)$"

Patterns makePatterns()
{
    Patterns p;
    p.part = pattern(u"^(?:PHẦN|Phần)\\s+(THỨ\\s+\\S+|thứ\\s+\\S+|[IVXLC]+|\\d+|[A-EĐGH])" PD_HEADING_TAIL);
    p.chapter = pattern(u"^(?:CHƯƠNG|Chương)\\s+([IVXLC]+|\\d+)" PD_HEADING_TAIL);
    p.section = pattern(u"^(?:MỤC|Mục)\\s+(\\d+|[IVXLC]+)" PD_HEADING_TAIL);
    p.article = pattern(u"^(?:Điều|ĐIỀU)\\s+(\\d+)([a-zđ]\\d*)?" PD_HEADING_TAIL);
    p.letterPart = pattern(u"^([A-EĐGH])\\s*[.\\-–/)]\\s*(?=[\\p{Lu}\\d])");
    // "V/v" (về việc) opens a letter's subject line, not a section V.
    p.romanSection = pattern(u"^(?!V/[vV](?!\\p{L}))([IVX]+)\\s*[.\\-–/:)]\\s*(?=[^\\d\\s.])");
    // "2..Thông tin": a doubled stop is a slip of the keyboard, "20..." a
    // form's dotted line.
    p.clause = pattern(u"^(\\d{1,3})([a-zđ])?\\.(?:\\.(?=\\s*\\p{L}))?(?![\\d.])");
    p.clauseNoStop = pattern(u"^(\\d{1,2})\\s+(?=\\p{Lu})");
    p.clauseParenthesis = pattern(u"^(\\d{1,3})([a-zđ])?\\)\\s*(?=\\S)");
    p.subClause = pattern(u"^\\d+\\.(?:\\d|\\s?[a-zđ][.)])");
    p.point = pattern(u"^([a-zđ])(\\d*)\\)\\s*(?=\\S)");
    p.romanPoint = pattern(u"^(i{1,3}|iv|vi{0,3}|ix|xi{0,3})\\)\\s*(?=\\S)");
    p.pointStop = pattern(u"^([a-zđ])\\.\\s+(?=\\S)");
    p.recipients = pattern(u"^Nơi\\s+nhận\\s*:?");
    // "1. Khoản 2 Điều 5 được sửa đổi, bổ sung như sau:" with the new text
    // on the next lines, without quotation marks (older amendments).
    p.amends = pattern(u"(?i)(?:sửa\\s+đổi|bổ\\s+sung|thay\\s+thế|thay\\s+đổi|điều\\s+chỉnh)[^“”\"]*như\\s+sau\\s*:\\s*$");
    p.amendment = pattern(u"(?i)^\\S+\\s+(?:.{0,60}\\s)?(?:sửa\\s+đổi|bổ\\s+sung|bãi\\s+bỏ|thay\\s+thế|thay\\s+cụm|thay\\s+đổi|hủy\\s+bỏ|huỷ\\s+bỏ|bỏ\\s|thay\\s)");
    // "(Ban hành kèm theo Quyết định số ...)", "(Kèm theo Quy định ...)",
    // or without the brackets when a symbol follows.
    p.issuedWith = pattern(
        u"^(?:\\(\\s*(?:[Đđ]ược\\s+)?(?:(?:[Bb]an\\s+hành\\s+)?[Kk]èm\\s+theo|[Bb]an\\s+hành\\s+theo)\\s+\\p{L}"
        u"|(?:[Bb]an\\s+hành\\s+)?[Kk]èm\\s+theo\\s+(?:Quyết\\s+định|Nghị\\s+quyết|Nghị\\s+định|Thông\\s+tư|Kế\\s+hoạch)\\s+số)");
    p.appendix = pattern(u"^PHỤ\\s+LỤC(?![\\p{L}])");
    p.documentName = pattern(
        u"^(?:QUY ĐỊNH|QUY CHẾ|ĐIỀU LỆ|PHỤ LỤC|HƯỚNG DẪN|KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|DANH MỤC|NỘI QUY|QUY TRÌNH|PHƯƠNG ÁN|"
        u"BẢNG|BIỂU|TIÊU CHÍ|TIÊU CHUẨN|CHIẾN LƯỢC|QUY HOẠCH|ĐỊNH MỨC|MẪU|KHUNG|CHẾ ĐỘ|ĐƠN GIÁ|GIÁ|HỆ THỐNG|NỘI DUNG|"
        // the form of a decision or resolution in an appendix: "QUYẾT ĐỊNH:" then its own Điều 1
        u"QUYẾT ĐỊNH|NGHỊ QUYẾT|QUYẾT NGHỊ)(?![\\p{L}])");
    p.citation = pattern(
        u"(Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư liên tịch|Thông tư|Chỉ thị|Kế hoạch|Thông báo)\\s+(?:số\\s+)?"
        u"(\\d+/(?:\\d{4}/)?[\\p{L}\\d]+(?:-[\\p{L}\\d]+)+)");
    return p;
}

#undef PD_HEADING_TAIL

// How far into a line a heading's label reaches: "Điều 123a." with its
// marks, "Chương XVIII", "PHẦN THỨ NHẤT".
constexpr qsizetype labelReach = 24;

bool isOpening(QChar c)
{
    return c == u'“' || c == u'«' || c == u'"' || c == u'„';
}

} // namespace

const Patterns &patterns()
{
    static const Patterns instance = makePatterns();
    return instance;
}

QString normalized(const QString &line)
{
    QString text = line.trimmed();
    // Imported text keeps bold as "**...**"; a heading may be wrapped in it.
    qsizetype from = 0;
    while (from < text.size() && (text.at(from) == u'*' || text.at(from) == u'_'))
        ++from;
    qsizetype to = text.size();
    while (to > from && (text.at(to - 1) == u'*' || text.at(to - 1) == u'_'))
        --to;
    if (from > 0 || to < text.size())
        text = text.mid(from, to - from).trimmed();
    // Bold or italic that starts or ends inside the label: Word splits its
    // runs where the drafter's formatting changed ("**Điều 21**. Thu hồi",
    // "**Điều** 5.", "*a*) Sở Y tế"). Those marks are not text; further on
    // the line they cannot touch the numbering.
    if (const qsizetype mark = text.indexOf(u'*'); mark >= 0 && mark < labelReach) {
        QString label = text.left(labelReach);
        label.remove(u'*');
        text = QString(label + text.mid(labelReach)).trimmed();
    }

    bool decomposed = false;
    bool footnote = false;
    for (QChar &c : text) {
        switch (c.unicode()) {
        case 0x00D0: c = u'Đ'; break;  // the look-alike Ð of legacy fonts and keyboards
        case 0x00F0: c = u'đ'; break;
        case 0x00A0:
        case u'\t': c = u' '; break;
        case u'[': footnote = true; break;
        default:
            if (c.unicode() >= 0x0300 && c.unicode() <= 0x036F)
                decomposed = true;
        }
    }
    if (decomposed)
        text = text.normalized(QString::NormalizationForm_C);
    if (footnote) {
        // A consolidated text's footnote marks: "Điều 2a[3]." reads "Điều 2a.".
        static const QRegularExpression mark(QStringLiteral(R"(\[\d{1,3}\])"));
        text.remove(mark);
    }
    return text;
}

QString plainTitle(const QString &title)
{
    QString text = title;
    text.remove(QStringLiteral("**"));
    return normalized(text);
}

bool isHeadingStart(const QString &text)
{
    const Patterns &p = patterns();
    for (const QRegularExpression *heading : {&p.part, &p.chapter, &p.section}) {
        if (const auto m = heading->match(text); m.hasMatch() && isHeadingRest(m.captured(u"stop"), m.captured(u"rest")))
            return true;
    }
    return p.article.match(text).hasMatch();
}

bool isHeadingRest(const QString &stop, const QString &rest)
{
    // "Mục 3 Chương II - Giáo dục nghề nghiệp gồm các Điều 32, …": a
    // reference that an amendment starts its line with, not a heading.
    static const QRegularExpression reference(QStringLiteral(R"(^(?:Chương|Mục|Điều|Phần|khoản|điểm)\s+[\dIVXLC])"));
    if (stop.isEmpty() && reference.match(rest).hasMatch())
        return false;
    return !stop.isEmpty() || rest.isEmpty() || rest.at(0).isUpper();
}

bool isSentence(const QString &rest)
{
    QString text = rest.trimmed();
    while (!text.isEmpty() && (text.back() == u'”' || text.back() == u'"' || text.back() == u')' || text.back() == u'*'))
        text.chop(1);
    if (text.isEmpty())
        return false;
    if (QStringView(u".;:!?…").contains(text.back()))
        return true;
    // A long line with no stop at its end is text too: no title runs on so.
    return text.count(u' ') >= 25;
}

bool isCapitals(const QString &text)
{
    int letters = 0;
    for (QChar c : text) {
        if (c.isLower())
            return false;
        letters += c.isLetter();
    }
    return letters >= 2;
}

QString romanNumeral(int value)
{
    static const std::pair<int, const char *> digits[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                                          {90, "XC"},  {50, "L"},   {40, "XL"},  {10, "X"},   {9, "IX"},
                                                          {5, "V"},    {4, "IV"},   {1, "I"}};
    QString roman;
    for (const auto &[amount, digit] : digits) {
        while (value >= amount) {
            roman += QLatin1String(digit);
            value -= amount;
        }
    }
    return roman;
}

bool Quotes::quoted(const QString &text) const
{
    return m_depth > 0 || m_straight || (!text.isEmpty() && isOpening(text.at(0)));
}

void Quotes::scan(const QString &text)
{
    // A straight quote left open goes on to the next lines only when the
    // line starts with it: one opened inside a sentence is a slip (or an
    // inch mark), and would take the rest of the text for a quotation.
    const bool straightBefore = m_straight;
    const bool opensLine = text.startsWith(u'"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'“' || c == u'«' || c == u'„') {
            ++m_depth;
        } else if (c == u'”' || c == u'»') {
            m_depth = std::max(0, m_depth - 1);
        } else if (c == u'"') {
            // A straight quote at the end of a line opened with a curly one
            // closes it: drafters mix them.
            const bool atEnd = QStringView(text).sliced(i + 1).trimmed().size() <= 3;
            if (m_straight)
                m_straight = false;
            else if (m_depth > 0 && atEnd)
                --m_depth;
            else
                m_straight = true;
        }
    }
    if (m_straight && !straightBefore && !opensLine)
        m_straight = false;
}

} // namespace PortalDesk::Models::LegalLines
