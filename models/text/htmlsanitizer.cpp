#include "htmlsanitizer.h"

#include "safeurl.h"

#include <QByteArray>
#include <QVarLengthArray>

#include <gumbo.h>

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

} // namespace

QString sanitizedHtml(const QString &fragment, const QUrl &base)
{
    if (fragment.isEmpty())
        return {};
    const QByteArray utf8 = fragment.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.fragment_context = GUMBO_TAG_DIV;
    options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    // The parse errors are not read; not recording them saves their memory.
    options.max_errors = 0;
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    Writer writer(base, utf8.size() + 64);
    // In a fragment parse the fragment's nodes are the children of <html>.
    writer.walk(output->root);
    gumbo_destroy_output(&options, output);
    return QString::fromUtf8(writer.output());
}

} // namespace PortalDesk::Models
