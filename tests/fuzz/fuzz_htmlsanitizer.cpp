// HTML coming back from a portal or pasted by staff, through the one gate
// for HTML that leaves PortalDesk (htmlsanitizer.h). Not crashing is not
// enough here: the output is parsed again with gumbo, as a browser would,
// and the target aborts when it holds an element or attribute outside the
// documented allow-list, an event handler, or an address a browser would
// run (javascript:, vbscript:, data: ...), or when sanitising it again
// changes it (the documented fixed point).

#include "fuzzsupport.h"
#include "htmlsanitizer.h"

#include <QSet>
#include <QUrl>

#include <gumbo.h>

using namespace PortalDesk::Models;
using PortalDesk::Fuzz::violated;

namespace {

const QSet<QString> &allowedElements()
{
    static const QSet<QString> elements{
        // what gumbo adds around a fragment parsed as a document
        QStringLiteral("html"), QStringLiteral("head"), QStringLiteral("body"),
        QStringLiteral("p"), QStringLiteral("br"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("strong"), QStringLiteral("b"),
        QStringLiteral("em"), QStringLiteral("i"), QStringLiteral("u"), QStringLiteral("s"), QStringLiteral("del"),
        QStringLiteral("sub"), QStringLiteral("sup"), QStringLiteral("blockquote"), QStringLiteral("ul"), QStringLiteral("ol"),
        QStringLiteral("li"), QStringLiteral("a"), QStringLiteral("img"), QStringLiteral("figure"),
        QStringLiteral("figcaption"), QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"),
        QStringLiteral("tfoot"), QStringLiteral("tr"), QStringLiteral("th"), QStringLiteral("td"), QStringLiteral("caption"),
        QStringLiteral("hr"), QStringLiteral("span"), QStringLiteral("div"), QStringLiteral("code"), QStringLiteral("pre"),
        QStringLiteral("cite"), QStringLiteral("abbr"), QStringLiteral("small"), QStringLiteral("mark"), QStringLiteral("dl"),
        QStringLiteral("dt"), QStringLiteral("dd")};
    return elements;
}

bool attributeAllowed(const QString &element, const QString &attribute)
{
    static const QSet<QString> img{QStringLiteral("src"), QStringLiteral("srcset"), QStringLiteral("sizes"),
                                   QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("alt"),
                                   QStringLiteral("title"), QStringLiteral("loading")};
    static const QSet<QString> withClass{QStringLiteral("figure"), QStringLiteral("figcaption"), QStringLiteral("span"),
                                         QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("code")};
    if (element == u"a")
        return attribute == u"href" || attribute == u"title";
    if (element == u"img")
        return img.contains(attribute);
    if (element == u"th" || element == u"td")
        return attribute == u"colspan" || attribute == u"rowspan" || attribute == u"align";
    if (element == u"ol")
        return attribute == u"start";
    if (element == u"abbr")
        return attribute == u"title";
    return attribute == u"class" && withClass.contains(element);
}

// The scheme a browser reads in an attribute's address: leading and
// trailing C0 controls and spaces stripped, tabs and newlines removed
// (WHATWG URL parsing); empty for a relative address.
QString browserScheme(const QString &value)
{
    QString url;
    for (QChar c : value) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            url += c;
    }
    qsizetype begin = 0;
    qsizetype end = url.size();
    while (begin < end && url.at(begin).unicode() <= 0x20)
        ++begin;
    while (end > begin && url.at(end - 1).unicode() <= 0x20)
        --end;
    url = url.mid(begin, end - begin);
    if (url.isEmpty() || !url.at(0).isLetter() || url.at(0).unicode() > 0x7f)
        return {};
    for (qsizetype i = 1; i < url.size(); ++i) {
        const char16_t c = url.at(i).unicode();
        if (c == u':')
            return url.left(i).toLower();
        const bool schemeChar = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'+'
                                || c == u'-' || c == u'.';
        if (!schemeChar)
            return {};
    }
    return {};
}

void checkAddress(const QString &attribute, const QString &value)
{
    const QString scheme = browserScheme(value);
    if (!scheme.isEmpty() && scheme != u"http" && scheme != u"https" && scheme != u"mailto" && scheme != u"tel")
        violated("a script-capable or unknown address survived the sanitiser", attribute + u'=' + value);
}

// The candidates of a srcset, split as the HTML standard's parser does: an
// address runs to the next white space, descriptors to the next comma.
void checkSrcset(const QString &value)
{
    qsizetype i = 0;
    const qsizetype n = value.size();
    while (i < n) {
        while (i < n && (value.at(i).isSpace() || value.at(i) == u','))
            ++i;
        const qsizetype start = i;
        while (i < n && !value.at(i).isSpace())
            ++i;
        QString url = value.mid(start, i - start);
        while (url.endsWith(u','))
            url.chop(1);
        if (!url.isEmpty())
            checkAddress(QStringLiteral("srcset"), url);
        if (value.mid(start, i - start).endsWith(u','))
            continue;
        int depth = 0;
        while (i < n && !(value.at(i) == u',' && depth == 0)) {
            if (value.at(i) == u'(')
                ++depth;
            else if (value.at(i) == u')' && depth > 0)
                --depth;
            ++i;
        }
    }
}

void checkNode(const GumboNode *node, const QString &output)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboElement &element = node->v.element;
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
        violated("a foreign (SVG or MathML) element survived the sanitiser", output);
    const QString name = QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    if (element.tag == GUMBO_TAG_UNKNOWN || !allowedElements().contains(name))
        violated("an element outside the allow-list survived the sanitiser", name + u'\n' + output);
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        const QString attributeName = QString::fromUtf8(attribute->name).toLower();
        const QString value = QString::fromUtf8(attribute->value);
        if (attributeName.startsWith(u"on"))
            violated("an event handler survived the sanitiser", attributeName + u'\n' + output);
        if (!attributeAllowed(name, attributeName))
            violated("an attribute outside the allow-list survived the sanitiser", name + u' ' + attributeName + u'\n' + output);
        if (attributeName == u"href" || attributeName == u"src")
            checkAddress(attributeName, value);
        else if (attributeName == u"srcset")
            checkSrcset(value);
    }
    for (unsigned i = 0; i < element.children.length; ++i)
        checkNode(static_cast<const GumboNode *>(element.children.data[i]), output);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // With and without a base: relative addresses are resolved against it.
    const bool withBase = size > 0 && (data[0] & 1);
    static const QUrl base(QStringLiteral("https://portal.example.gov.vn/tin-tuc/bai-viet.html"));
    const QString fragment = PortalDesk::Fuzz::text(data, size);
    const QString output = PortalDesk::Fuzz::checkingTheChecks() ? fragment : sanitizedHtml(fragment, withBase ? base : QUrl());

    const QByteArray utf8 = output.toUtf8();
    GumboOutput *parsed = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), static_cast<size_t>(utf8.size()));
    checkNode(parsed->root, output);
    gumbo_destroy_output(&kGumboDefaultOptions, parsed);

    const QString again = sanitizedHtml(output, withBase ? base : QUrl());
    if (again != output)
        violated("sanitising the sanitiser's output changed it", output + u"\n----\n" + again);

    // sanitizedHtml()'s fast path: what it takes for already written must
    // come out of the parse unchanged, or hostile HTML could slip past it.
    for (const QString &candidate : {fragment, output}) {
        const QByteArray bytes = candidate.toUtf8();
        const QUrl &used = withBase ? base : QUrl();
        if (SanitizerInternals::isWrittenForm(bytes, used) && SanitizerInternals::parsedAndWritten(bytes, used) != bytes)
            violated("the fast path took HTML the parse changes", candidate);
    }
    return 0;
}
