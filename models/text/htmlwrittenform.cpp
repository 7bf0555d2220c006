#include "htmlrules.h"
#include "htmlsanitizer.h"
#include "safeurl.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace PortalDesk::Models {

using namespace HtmlRules;

namespace {

// The fast path of sanitizedHtml(): whether the bytes are already exactly
// what the parse-and-write path (htmlsanitizer.cpp) would write, so it can be
// skipped. Almost every body is: md4c writes only its own tags, escaped the
// same way, and parsing 125 MB of them with gumbo took a third of a first
// sync's time. So the grammar is narrow: the kept tags spelled as gumbo
// spells them, attributes each once in `name="value"` form holding what the
// writer would keep unchanged, text escaped as appendEscaped() escapes it,
// and every element where a browser's parser leaves it (no block inside a
// paragraph or a phrase, list items only in lists, rows only in a table's
// sections, no link in a link), each closed by its own end tag. Anything
// else, however harmless, goes the long way. fuzz_htmlsanitizer checks that
// whatever is accepted here comes out of the long way unchanged.
class WrittenForm
{
public:
    WrittenForm(QByteArrayView html, const QUrl &base)
        : m_html(html)
        , m_base(base)
    {
    }

    bool check();

private:
    // What an element may hold.
    enum class Content : quint8 { Flow, Phrasing, List, Table, Section, Row, Figure, Void };
    struct Open {
        GumboTag tag;
        Content content;
        bool inLink;
    };

    static Content contentOf(GumboTag tag);
    bool fits(GumboTag tag) const;
    bool text(qsizetype end);
    bool startTag();
    bool endTag();
    bool attribute(GumboTag tag, bool &hasSource);
    bool escapedValue(qsizetype end, QByteArray *decoded) const;

    QByteArrayView m_html;
    QUrl m_base;
    qsizetype m_at = 0;
    QVarLengthArray<Open, 32> m_open;
    bool m_afterPre = false;
};

WrittenForm::Content WrittenForm::contentOf(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DIV: case GUMBO_TAG_LI:
        return Content::Flow;
    case GUMBO_TAG_UL: case GUMBO_TAG_OL:
        return Content::List;
    case GUMBO_TAG_TABLE:
        return Content::Table;
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY:
        return Content::Section;
    case GUMBO_TAG_TR:
        return Content::Row;
    case GUMBO_TAG_FIGURE:
        return Content::Figure;
    case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_IMG:
        return Content::Void;
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_TH: case GUMBO_TAG_TD: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_A: case GUMBO_TAG_STRONG: case GUMBO_TAG_EM: case GUMBO_TAG_DEL: case GUMBO_TAG_S: case GUMBO_TAG_U:
    case GUMBO_TAG_B: case GUMBO_TAG_I: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_CODE: case GUMBO_TAG_SPAN:
    case GUMBO_TAG_SMALL: case GUMBO_TAG_MARK: case GUMBO_TAG_CITE: case GUMBO_TAG_ABBR:
        return Content::Phrasing;
    default:
        return isHeading(tag) ? Content::Phrasing : Content::Void;
    }
}

// Whether `tag` may open inside the innermost open element.
bool WrittenForm::fits(GumboTag tag) const
{
    const Content parent = m_open.isEmpty() ? Content::Flow : m_open.last().content;
    switch (tag) {
    case GUMBO_TAG_LI:
        return parent == Content::List;
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY:
        return parent == Content::Table;
    case GUMBO_TAG_TR:
        return parent == Content::Section;
    case GUMBO_TAG_TH: case GUMBO_TAG_TD:
        return parent == Content::Row;
    case GUMBO_TAG_FIGCAPTION:
        return parent == Content::Figure;
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DIV: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_HR: case GUMBO_TAG_TABLE: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        return parent == Content::Flow || parent == Content::Figure;
    case GUMBO_TAG_A:
        return (parent == Content::Flow || parent == Content::Phrasing || parent == Content::Figure)
               && !(!m_open.isEmpty() && m_open.last().inLink);
    default:  // the phrasing elements, <br> and <img>
        return parent == Content::Flow || parent == Content::Phrasing || parent == Content::Figure;
    }
}

// Bytes of a value or text up to `end` as appendEscaped() writes them, into
// `decoded` as the parser reads them: the four entities it writes and no
// other, no byte it escapes or drops, valid UTF-8 without U+FFFD or a BOM
// (a parser would replace or skip them), no carriage return or form feed
// (read as something else), no C1 control (gumbo rewrites some).
bool WrittenForm::escapedValue(qsizetype end, QByteArray *decoded) const
{
    if (decoded)
        decoded->clear();
    qsizetype i = m_at;
    while (i < end) {
        const auto c = static_cast<unsigned char>(m_html.at(i));
        if (c == '&') {
            const QByteArrayView rest = m_html.sliced(i, end - i);
            bool known = false;
            for (const auto &[entity, character] : {std::pair{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}}) {
                if (rest.startsWith(entity)) {
                    if (decoded)
                        *decoded += character;
                    i += qsizetype(std::strlen(entity));
                    known = true;
                    break;
                }
            }
            if (!known)
                return false;
            continue;
        }
        if (c == '<' || c == '>' || c == '"' || c == '\r' || c == '\f' || droppedControl(char(c)))
            return false;
        if (c < 0x80) {
            if (decoded)
                *decoded += char(c);
            ++i;
            continue;
        }
        // A UTF-8 sequence, checked as strictly as a decoder does.
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
        if (length == 0 || c > 0xF4 || i + length > end)
            return false;
        char32_t point = c & (0x3F >> (length - 1));
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(m_html.at(i + k));
            if ((next & 0xC0) != 0x80)
                return false;
            point = (point << 6) | (next & 0x3F);
        }
        const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
        if (point < least[length] || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF) || point < 0xA0
            || point == 0xFFFD || point == 0xFEFF || (point & 0xFFFE) == 0xFFFE || (point >= 0xFDD0 && point <= 0xFDEF))
            return false;
        if (decoded)
            *decoded += m_html.sliced(i, length);
        i += length;
    }
    return true;
}

bool WrittenForm::text(qsizetype end)
{
    if (!escapedValue(end, nullptr))
        return false;
    // An entity is never blank nor a line break: the raw bytes tell.
    const QByteArrayView raw = m_html.sliced(m_at, end - m_at);
    const Content parent = m_open.isEmpty() ? Content::Flow : m_open.last().content;
    const bool blank = std::all_of(raw.cbegin(), raw.cend(), [](char c) { return c == ' ' || c == '\n' || c == '\t'; });
    // Text in a list or a table's structure would be moved out of it.
    if (!blank && parent != Content::Flow && parent != Content::Phrasing && parent != Content::Figure)
        return false;
    // The line break a parser drops right after <pre> would be doubled.
    if (m_afterPre && raw.startsWith('\n'))
        return false;
    m_afterPre = false;
    m_at = end;
    return true;
}

bool WrittenForm::attribute(GumboTag tag, bool &hasSource)
{
    // ` name="value"`
    qsizetype i = m_at + 1;
    while (i < m_html.size() && ((m_html.at(i) >= 'a' && m_html.at(i) <= 'z') || m_html.at(i) == '-'))
        ++i;
    if (i == m_at + 1 || i + 1 >= m_html.size() || m_html.at(i) != '=' || m_html.at(i + 1) != '"')
        return false;
    const QByteArray name = m_html.sliced(m_at + 1, i - m_at - 1).toByteArray();
    const qsizetype close = m_html.indexOf('"', i + 2);
    if (close < 0)
        return false;
    m_at = i + 2;
    QByteArray value;
    if (!escapedValue(close, &value))
        return false;
    m_at = close + 1;
    switch (valueOf(tag, name.constData())) {
    case Value::None:
        return false;
    case Value::Text:
        return !value.isEmpty() || (tag == GUMBO_TAG_IMG && name == "alt");
    case Value::Url:
        hasSource = !value.isEmpty() && safeUrl(QString::fromUtf8(value), m_base).toUtf8() == value;
        return hasSource;
    case Value::Srcset:
        return !value.isEmpty() && srcsetOf(value, m_base) == value;
    case Value::Number:
        return isDigits(value, 6);
    case Value::SignedNumber:
        return isDigits(QByteArrayView(value).startsWith('-') ? QByteArrayView(value).sliced(1) : QByteArrayView(value), 9);
    case Value::Loading:
        return value == "lazy" || value == "eager";
    case Value::Align:
        return value == "left" || value == "center" || value == "right";
    case Value::Class:
        return !value.isEmpty() && classesOf(tag, value) == value;
    }
    return false;
}

bool WrittenForm::startTag()
{
    qsizetype i = m_at + 1;
    while (i < m_html.size() && ((m_html.at(i) >= 'a' && m_html.at(i) <= 'z') || (m_html.at(i) >= '1' && m_html.at(i) <= '6')))
        ++i;
    const QByteArray name = m_html.sliced(m_at + 1, i - m_at - 1).toByteArray();
    const GumboTag tag = gumbo_tag_enum(name.constData());
    // contentOf() names only kept elements; the rest are Void, of which
    // only these three are elements.
    const bool known = contentOf(tag) != Content::Void || tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG;
    if (name.isEmpty() || tag == GUMBO_TAG_UNKNOWN || name != gumbo_normalized_tagname(tag) || !known || !fits(tag))
        return false;
    m_at = i;
    bool hasSource = false;
    QVarLengthArray<QByteArray, 8> names;
    while (m_at < m_html.size() && m_html.at(m_at) == ' ') {
        const qsizetype nameStart = m_at + 1;
        if (!attribute(tag, hasSource))
            return false;
        const QByteArray attributeName = m_html.sliced(nameStart, m_html.indexOf('=', nameStart) - nameStart).toByteArray();
        if (names.contains(attributeName))
            return false;
        names.append(attributeName);
    }
    if (m_at >= m_html.size() || m_html.at(m_at) != '>' || (tag == GUMBO_TAG_IMG && !hasSource))
        return false;
    ++m_at;
    m_afterPre = tag == GUMBO_TAG_PRE;
    if (contentOf(tag) != Content::Void)
        m_open.append({tag, contentOf(tag), tag == GUMBO_TAG_A || (!m_open.isEmpty() && m_open.last().inLink)});
    return true;
}

bool WrittenForm::endTag()
{
    if (m_open.isEmpty())
        return false;
    const QByteArrayView expected(gumbo_normalized_tagname(m_open.last().tag));
    const QByteArrayView rest = m_html.sliced(m_at + 2);
    if (!rest.startsWith(expected) || rest.size() == expected.size() || rest.at(expected.size()) != '>')
        return false;
    m_at += 2 + expected.size() + 1;
    m_open.removeLast();
    m_afterPre = false;
    return true;
}

bool WrittenForm::check()
{
    while (m_at < m_html.size()) {
        const qsizetype tag = m_html.indexOf('<', m_at);
        if (tag != m_at) {
            if (!text(tag < 0 ? m_html.size() : tag))
                return false;
            continue;
        }
        if (!(m_html.sliced(m_at).startsWith("</") ? endTag() : startTag()))
            return false;
    }
    return m_open.isEmpty();
}

} // namespace

bool SanitizerInternals::isWrittenForm(QByteArrayView utf8, const QUrl &base)
{
    return WrittenForm(utf8, base).check();
}

} // namespace PortalDesk::Models
