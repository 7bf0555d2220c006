#include "clippings.h"

#include "legacyencoding.h"
#include "vietnamesetext.h"
#include "webtext.h"

#include <gumbo.h>

#include <QCryptographicHash>

namespace PortalDesk::Models {

namespace {

QString clean(QString text)
{
    const LegacyEncoding legacy = detectLegacyEncoding(text);
    if (legacy != LegacyEncoding::None)
        text = convertLegacyToUnicode(text, legacy);
    return cleanPastedText(text);
}

bool skipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_FIGCAPTION:
        return true;
    default:
        return false;
    }
}

// A site's trail of sections ("Trang chủ › XÃ HỘI › Giao thông"), marked
// as such by its class, id, ARIA label or schema.org type.
bool isBreadcrumb(const GumboElement &element)
{
    for (const char *name : {"class", "id", "aria-label", "itemtype"}) {
        if (const GumboAttribute *attribute = gumbo_get_attribute(&element.attributes, name)) {
            const QByteArray value = QByteArray(attribute->value).toLower();
            if (value.contains("breadcrumb"))
                return true;
        }
    }
    return false;
}

// Text as a browser lays it out: the page source's line breaks and runs of
// spaces are one space (HTML's white space collapsing); only blocks, <br>
// and <pre> break lines.
void appendText(const char *text, bool preformatted, QString &out)
{
    const QString raw = QString::fromUtf8(text);
    if (preformatted) {
        out += raw;
        return;
    }
    for (const QChar c : raw) {
        const bool space = c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f';
        if (!space)
            out += c;
        else if (!out.isEmpty() && out.back() != u' ' && out.back() != u'\n')
            out += u' ';
    }
}

void textOf(const GumboNode *node, QString &out, bool preformatted = false)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        appendText(node->v.text.text, preformatted, out);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    if (skipped(node->v.element.tag) || isBreadcrumb(node->v.element))
        return;
    preformatted = preformatted || node->v.element.tag == GUMBO_TAG_PRE;
    const bool block = isBlock(node->v.element.tag);
    if (block)
        out += u'\n';
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        textOf(static_cast<const GumboNode *>(children.data[i]), out, preformatted);
    if (block)
        out += u'\n';
}

const GumboNode *find(const GumboNode *node, GumboTag tag)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    if (node->v.element.tag == tag)
        return node;
    if (skipped(node->v.element.tag))
        return nullptr;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        if (const GumboNode *found = find(static_cast<const GumboNode *>(children.data[i]), tag))
            return found;
    }
    return nullptr;
}

QString metaContent(const GumboNode *node, const char *property)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    if (node->v.element.tag == GUMBO_TAG_META) {
        const GumboAttribute *name = gumbo_get_attribute(&node->v.element.attributes, "property");
        const GumboAttribute *content = gumbo_get_attribute(&node->v.element.attributes, "content");
        if (name && content && qstrcmp(name->value, property) == 0)
            return QString::fromUtf8(content->value);
    }
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const QString found = metaContent(static_cast<const GumboNode *>(children.data[i]), property);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

// Paragraphs one per line, no runs of blank lines.
QString paragraphs(const QString &raw)
{
    QStringList lines;
    for (const QString &line : raw.split(u'\n')) {
        const QString text = line.simplified();
        if (!text.isEmpty())
            lines << text;
    }
    return lines.join(u'\n');
}

QString keyOf(const QString &prefix, const QString &text)
{
    return prefix + QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

Result<DigestItem> Clippings::fromHtml(const QByteArray &html, const QString &url, const QString &outlet, const QDateTime &published)
{
    const QByteArray bytes = WebText::decodeHtml(html).text.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    // The parse errors are not read: recording them cost an allocation
    // each, and saved pages have one on nearly every tag.
    options.max_errors = 0;
    GumboOutput *output = gumbo_parse_with_options(&options, bytes.constData(), size_t(bytes.size()));
    if (!output)
        return Error{ErrorCode::InvalidInput, tr("The page cannot be read as HTML.")};
    QString title = metaContent(output->root, "og:title");
    if (title.isEmpty()) {
        if (const GumboNode *node = find(output->root, GUMBO_TAG_TITLE)) {
            QString text;
            textOf(node, text);
            title = text.simplified();
        }
    }
    const GumboNode *article = find(output->root, GUMBO_TAG_ARTICLE);
    if (!article)
        article = find(output->root, GUMBO_TAG_MAIN);
    if (!article)
        article = find(output->root, GUMBO_TAG_BODY);
    if (title.isEmpty()) {
        if (const GumboNode *heading = find(article ? article : output->root, GUMBO_TAG_H1)) {
            QString text;
            textOf(heading, text);
            title = text.simplified();
        }
    }
    QString body;
    if (article)
        textOf(article, body);
    gumbo_destroy_output(&options, output);

    DigestItem item;
    item.kind = QStringLiteral("web");
    item.url = url.trimmed();
    item.outlet = outlet.trimmed();
    item.title = clean(title).simplified();
    item.body = paragraphs(clean(body));
    // The headline usually opens the article text too.
    if (!item.title.isEmpty() && item.body.section(u'\n', 0, 0).simplified().compare(item.title, Qt::CaseInsensitive) == 0)
        item.body = item.body.section(u'\n', 1).trimmed();
    else if (!item.title.isEmpty() && item.body.startsWith(item.title))
        item.body = item.body.mid(item.title.size()).trimmed();
    item.publishedAt = published.isValid() ? published : QDateTime::currentDateTimeUtc();
    if (item.title.isEmpty() && item.body.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The page has no article text.")};
    item.key = item.url.isEmpty() ? keyOf(QStringLiteral("web:"), item.title + item.body) : QStringLiteral("web:") + item.url;
    return item;
}

Result<DigestItem> Clippings::fromText(const QString &text, const QString &title, const QString &url, const QString &outlet,
                                       const QDateTime &published)
{
    // A NUL byte means a binary file (a .docx, a .pdf) given as text.
    if (text.contains(QChar(u'\0')))
        return Error{ErrorCode::InvalidInput, tr("The clipping holds a NUL byte: it is not text. Save the page as .html, "
                                                 "or its text as .txt.")};
    const QString cleaned = paragraphs(clean(text));
    if (cleaned.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The clipping has no text.")};
    if (outlet.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Say which paper or site the clipping is from.")};
    DigestItem item;
    item.kind = QStringLiteral("web");
    item.url = url.trimmed();
    item.outlet = outlet.trimmed();
    item.title = title.trimmed().isEmpty() ? cleaned.section(u'\n', 0, 0) : clean(title).simplified();
    item.body = title.trimmed().isEmpty() ? cleaned.section(u'\n', 1) : cleaned;
    item.publishedAt = published.isValid() ? published : QDateTime::currentDateTimeUtc();
    item.key = item.url.isEmpty() ? keyOf(QStringLiteral("web:"), item.title + item.body) : QStringLiteral("web:") + item.url;
    return item;
}

Result<DigestItem> Clippings::fromPrint(const QString &paper, const QDate &date, const QString &page, const QString &title,
                                        const QString &text)
{
    if (paper.trimmed().isEmpty() || !date.isValid())
        return Error{ErrorCode::InvalidInput, tr("A print clipping needs its paper and its date.")};
    auto item = fromText(text, title, {}, paper, QDateTime(date, QTime(6, 0)));
    if (!item)
        return item;
    item->kind = QStringLiteral("print");
    item->page = page.trimmed();
    item->key = QStringLiteral("print:%1:%2:%3:").arg(paper.trimmed(), date.toString(Qt::ISODate), item->page) + keyOf({}, item->title);
    return item;
}

} // namespace PortalDesk::Models
