#include "htmlsanitizer.h"

#include "htmlrules.h"
#include "safeurl.h"

#include <QByteArray>
#include <QVarLengthArray>

#include <gumbo.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

using namespace HtmlRules;

namespace {

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
