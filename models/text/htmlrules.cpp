#include "htmlrules.h"

#include "safeurl.h"

#include <cstring>

namespace PortalDesk::Models::HtmlRules {

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
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

} // namespace

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

} // namespace PortalDesk::Models::HtmlRules
