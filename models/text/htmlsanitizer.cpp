#include "htmlsanitizer.h"

#include "safeurl.h"

#include <QByteArray>
#include <QVarLengthArray>

#include <gumbo.h>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

enum class Policy { Keep, Unwrap, Drop };

Policy policyOf(const GumboElement &element)
{
    // Inside <svg> and <math> HTML's rules do not hold (a <style> there is
    // markup, not text); they are dropped whole, and so is anything else
    // outside HTML's namespace.
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return Policy::Drop;
    switch (element.tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_BR: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_STRONG: case GUMBO_TAG_B: case GUMBO_TAG_EM: case GUMBO_TAG_I:
    case GUMBO_TAG_U: case GUMBO_TAG_S: case GUMBO_TAG_DEL: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_A:
    case GUMBO_TAG_IMG: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TH: case GUMBO_TAG_TD:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_HR: case GUMBO_TAG_SPAN: case GUMBO_TAG_DIV: case GUMBO_TAG_CODE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_CITE: case GUMBO_TAG_ABBR: case GUMBO_TAG_SMALL: case GUMBO_TAG_MARK:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
        return Policy::Keep;
    // Applet and marquee go whole too, though their text is text: they fence
    // off what is inside from the elements around it, and without them a
    // browser would nest that differently on the next read.
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_PARAM: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_FORM: case GUMBO_TAG_INPUT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_DATALIST: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_HEAD: case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_BASE:
    case GUMBO_TAG_APPLET: case GUMBO_TAG_MARQUEE: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED:
        return Policy::Drop;
    default:
        return Policy::Unwrap;
    }
}

bool isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG;
}

bool isHeading(GumboTag tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

// The kept elements HTML's parser calls special: a new list item or
// definition closes an open one only up to the nearest of these.
bool isSpecial(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_CAPTION: case GUMBO_TAG_DD: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_LI: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_UL:
        return true;
    default:
        return isHeading(tag);
    }
}

// The kept elements whose start tag closes an open <p>.
bool closesParagraph(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
        return true;
    default:
        return isHeading(tag);
    }
}

enum class Value { None, Text, Url, Srcset, Number, SignedNumber, Loading, Align, Class };

// What an attribute of a kept element may hold; None: it goes.
Value valueOf(GumboTag tag, const char *name)
{
    const auto is = [name](const char *wanted) { return std::strcmp(name, wanted) == 0; };
    switch (tag) {
    case GUMBO_TAG_A:
        return is("href") ? Value::Url : is("title") ? Value::Text : Value::None;
    case GUMBO_TAG_IMG:
        if (is("src"))
            return Value::Url;
        if (is("srcset"))
            return Value::Srcset;
        if (is("sizes") || is("alt") || is("title"))
            return Value::Text;
        if (is("width") || is("height"))
            return Value::Number;
        return is("loading") ? Value::Loading : Value::None;
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TD:
        // md4c writes align for the columns of a Markdown table.
        return is("colspan") || is("rowspan") ? Value::Number : is("align") ? Value::Align : Value::None;
    case GUMBO_TAG_OL:
        return is("start") ? Value::SignedNumber : Value::None;
    case GUMBO_TAG_ABBR:
        return is("title") ? Value::Text : Value::None;
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_SPAN: case GUMBO_TAG_P: case GUMBO_TAG_DIV:
    case GUMBO_TAG_CODE:
        return is("class") ? Value::Class : Value::None;
    default:
        return Value::None;
    }
}

bool isDigits(QByteArrayView text, qsizetype most)
{
    if (text.isEmpty() || text.size() > most)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// Only the classes PortalDesk writes itself: a site's own classes could
// dress hostile text up as the site's interface.
QByteArray classesOf(GumboTag tag, QByteArrayView value)
{
    QByteArray kept;
    qsizetype at = 0;
    while (at < value.size()) {
        while (at < value.size() && isAsciiSpace(value.at(at)))
            ++at;
        const qsizetype start = at;
        while (at < value.size() && !isAsciiSpace(value.at(at)))
            ++at;
        const QByteArrayView name = value.sliced(start, at - start);
        bool ours = name == "credit";
        if (!ours && tag == GUMBO_TAG_CODE && name.startsWith("language-") && name.size() > 9) {
            ours = true;
            for (const char c : name.sliced(9)) {
                const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                                   || c == '_' || c == '+' || c == '#' || c == '.';
                ours = ours && plain;
            }
        }
        if (ours) {
            if (!kept.isEmpty())
                kept += ' ';
            kept += name;
        }
    }
    return kept;
}

// A width or density, the only descriptors a candidate may carry.
bool isDescriptor(QByteArrayView text)
{
    if (text.size() < 2)
        return false;
    const char unit = text.back();
    const QByteArrayView number = text.first(text.size() - 1);
    if (unit == 'w')
        return isDigits(number, 6);
    if (unit != 'x')
        return false;
    const qsizetype dot = number.indexOf('.');
    return dot < 0 ? isDigits(number, 3) : isDigits(number.first(dot), 3) && isDigits(number.sliced(dot + 1), 3);
}

// A srcset read as a browser reads it (an address, then its descriptor up to
// a comma), each address passed through safeUrl(); candidates with an unsafe
// address or a descriptor that is neither a width nor a density are left out.
QByteArray srcsetOf(QByteArrayView value, const QUrl &base)
{
    QByteArray kept;
    qsizetype at = 0;
    while (at < value.size()) {
        while (at < value.size() && (isAsciiSpace(value.at(at)) || value.at(at) == ','))
            ++at;
        if (at == value.size())
            break;
        const qsizetype start = at;
        while (at < value.size() && !isAsciiSpace(value.at(at)))
            ++at;
        QByteArrayView address = value.sliced(start, at - start);
        QByteArrayView descriptor;
        if (address.endsWith(',')) {
            while (address.endsWith(','))
                address.chop(1);
        } else {
            while (at < value.size() && isAsciiSpace(value.at(at)))
                ++at;
            const qsizetype from = at;
            int parentheses = 0;
            while (at < value.size() && (parentheses > 0 || value.at(at) != ',')) {
                parentheses += value.at(at) == '(' ? 1 : value.at(at) == ')' ? -1 : 0;
                ++at;
            }
            descriptor = value.sliced(from, at - from).trimmed();
        }
        if (!descriptor.isEmpty() && !isDescriptor(descriptor))
            continue;
        const QString url = safeUrl(QString::fromUtf8(address), base);
        if (url.isEmpty())
            continue;
        if (!kept.isEmpty())
            kept += ", ";
        kept += url.toUtf8();
        if (!descriptor.isEmpty())
            kept += ' ' + descriptor.toByteArray();
    }
    return kept;
}

// C0 controls other than tab, line feed and form feed, and DEL, go: a
// character reference can put them in the text ("&#x1A;", "&#13;"), and
// written out raw the next parse reads them differently (U+FFFD, a line
// feed), so the output would not read back the same (found by
// fuzz_htmlsanitizer, tests/fuzz/corpus/htmlsanitizer/regression-control-character).
bool droppedControl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && u != '\t' && u != '\n' && u != '\f') || u == 0x7f;
}

void appendEscaped(QByteArray &out, QByteArrayView text)
{
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char *entity = nullptr;
        switch (text.at(i)) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"': entity = "&quot;"; break;
        default:
            if (!droppedControl(text.at(i)))
                continue;
            entity = "";
        }
        out.append(text.sliced(from, i - from));
        out.append(entity);
        from = i + 1;
    }
    out.append(text.sliced(from));
}

class Writer
{
public:
    explicit Writer(const QUrl &base, qsizetype expected)
        : m_base(base)
    {
        m_out.reserve(expected);
    }

    void walk(const GumboNode *root);
    QByteArray output() const { return m_out; }

private:
    // Which open elements a new start tag would run into, were it read
    // where the elements written so far leave it.
    enum Reach : quint8 { Paragraph = 1, Link = 2, ListItem = 4, Definition = 8 };
    struct Open {
        GumboTag tag;
        quint8 reach;
    };

    bool fitsHere(GumboTag tag) const;
    void push(GumboTag tag);
    bool startTag(const GumboElement &element);
    void text(const char *text);

    QUrl m_base;
    QByteArray m_out;
    QVarLengthArray<Open, 32> m_open;  // the elements written and not yet closed
    bool m_afterPre = false;           // nothing written since a <pre>
};

// Whether a browser reading the output would open `tag` where the elements
// written so far leave it, as it stood in the tree read. Mostly so, since
// that tree came from the same parser; but dropping the tags of an element
// in between can bring two elements together that the parser keeps apart
// (a list item in a list item once the <section> between them is gone).
// Such an element is written without its tags.
bool Writer::fitsHere(GumboTag tag) const
{
    if (m_open.isEmpty())
        return true;
    const Open &top = m_open.last();
    if ((tag == GUMBO_TAG_LI && (top.reach & ListItem))
        || ((tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT) && (top.reach & Definition)))
        return false;
    if (isHeading(tag) && isHeading(top.tag))
        return false;
    if (closesParagraph(tag) && (top.reach & Paragraph))
        return false;
    return !(tag == GUMBO_TAG_A && (top.reach & Link));
}

// What an element opened here reaches, from what its parent reaches: a <p>
// until a table or cell fences it off (HTML's button scope), an <a> until a
// cell or caption, a list item or definition until another special element
// than <div> or <p>. Kept per element, so that a check costs nothing however
// deep the nesting.
void Writer::push(GumboTag tag)
{
    quint8 reach = m_open.isEmpty() ? 0 : m_open.last().reach;
    if (tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_CAPTION)
        reach &= ~Paragraph;
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_CAPTION)
        reach &= ~Link;
    if (isSpecial(tag) && tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_P)
        reach &= ~(ListItem | Definition);
    if (tag == GUMBO_TAG_P)
        reach |= Paragraph;
    if (tag == GUMBO_TAG_A)
        reach |= Link;
    if (tag == GUMBO_TAG_LI)
        reach |= ListItem;
    if (tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT)
        reach |= Definition;
    m_open.append({tag, reach});
}

// Writes the start tag with what may stay of its attributes; false, and
// nothing written, for a picture without a safe address.
bool Writer::startTag(const GumboElement &element)
{
    const GumboTag tag = element.tag;
    QByteArray tagText = '<' + QByteArray(gumbo_normalized_tagname(tag));
    bool hasSource = false;
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        const QByteArrayView raw(attribute->value);
        QByteArray value;
        switch (valueOf(tag, attribute->name)) {
        case Value::None:
            continue;
        case Value::Text:
            value = raw.toByteArray();
            break;
        case Value::Url:
            value = safeUrl(QString::fromUtf8(raw), m_base).toUtf8();
            hasSource = hasSource || !value.isEmpty();
            break;
        case Value::Srcset:
            value = srcsetOf(raw, m_base);
            break;
        case Value::Number:
            value = isDigits(raw, 6) ? raw.toByteArray() : QByteArray();
            break;
        case Value::SignedNumber:
            value = isDigits(raw.startsWith('-') ? raw.sliced(1) : raw, 9) ? raw.toByteArray() : QByteArray();
            break;
        case Value::Loading:
            value = raw.toByteArray().toLower();
            if (value != "lazy" && value != "eager")
                value.clear();
            break;
        case Value::Align:
            value = raw.toByteArray().toLower();
            if (value != "left" && value != "center" && value != "right")
                value.clear();
            break;
        case Value::Class:
            value = classesOf(tag, raw);
            break;
        }
        // An empty alt says the picture is decoration; other empty values
        // say nothing.
        if (value.isEmpty() && !(tag == GUMBO_TAG_IMG && std::strcmp(attribute->name, "alt") == 0))
            continue;
        tagText += ' ';
        tagText += attribute->name;
        tagText += "=\"";
        appendEscaped(tagText, value);
        tagText += '"';
    }
    if (tag == GUMBO_TAG_IMG && !hasSource)
        return false;
    m_out += tagText;
    m_out += '>';
    m_afterPre = tag == GUMBO_TAG_PRE;
    return true;
}

void Writer::text(const char *text)
{
    const QByteArrayView view(text);
    if (view.isEmpty())
        return;
    // A parser drops one line break right after <pre>: the text that starts
    // with one gets it doubled, as HTML's serialisation does.
    if (m_afterPre && view.startsWith('\n'))
        m_out += '\n';
    m_afterPre = false;
    appendEscaped(m_out, view);
}

// Without recursion: a body of ten thousand nested tags must not take the
// stack down with it.
void Writer::walk(const GumboNode *root)
{
    struct Frame {
        const GumboNode *node;
        unsigned next;
        bool written;
    };
    QVarLengthArray<Frame, 32> stack;
    stack.append({root, 0, false});
    while (!stack.isEmpty()) {
        const GumboVector &children = stack.last().node->v.element.children;
        if (stack.last().next == children.length) {
            if (stack.last().written) {
                m_out += "</";
                m_out += gumbo_normalized_tagname(m_open.last().tag);
                m_out += '>';
                m_open.removeLast();
                m_afterPre = false;
            }
            stack.removeLast();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[stack.last().next++]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
            text(child->v.text.text);
            continue;
        }
        // Comments, templates (a node type of their own) and the rest.
        if (child->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &element = child->v.element;
        const Policy policy = policyOf(element);
        if (policy == Policy::Drop)
            continue;
        const bool written = policy == Policy::Keep && fitsHere(element.tag) && startTag(element);
        if (isVoid(element.tag))
            continue;
        if (written)
            push(element.tag);
        stack.append({child, 0, written});
    }
}


// The fast path of sanitizedHtml(): whether the bytes are already exactly
// what the parse-and-write path below would write, so that path can be
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

QByteArray SanitizerInternals::parsedAndWritten(QByteArrayView utf8, const QUrl &base)
{
    GumboOptions options = kGumboDefaultOptions;
    options.fragment_context = GUMBO_TAG_DIV;
    options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    // The parse errors are not read; not recording them saves their memory.
    options.max_errors = 0;
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.data(), size_t(utf8.size()));
    Writer writer(base, utf8.size() + 64);
    // In a fragment parse the fragment's nodes are the children of <html>.
    writer.walk(output->root);
    gumbo_destroy_output(&options, output);
    return writer.output();
}

bool SanitizerInternals::isWrittenForm(QByteArrayView utf8, const QUrl &base)
{
    return WrittenForm(utf8, base).check();
}

QString sanitizedHtml(const QString &fragment, const QUrl &base)
{
    if (fragment.isEmpty())
        return {};
    const QByteArray utf8 = fragment.toUtf8();
    if (SanitizerInternals::isWrittenForm(utf8, base))
        return QString::fromUtf8(utf8);
    return QString::fromUtf8(SanitizerInternals::parsedAndWritten(utf8, base));
}

} // namespace PortalDesk::Models
