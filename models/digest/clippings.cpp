#include "clippings.h"

#include "legacyencoding.h"
#include "vietnamesetext.h"

#include <gumbo.h>

#include <QCryptographicHash>
#include <QStringDecoder>

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
    case GUMBO_TAG_TR:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_FIGCAPTION:
        return true;
    default:
        return false;
    }
}

void textOf(const GumboNode *node, QString &out)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
        out += QString::fromUtf8(node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    if (skipped(node->v.element.tag))
        return;
    const bool block = isBlock(node->v.element.tag);
    if (block)
        out += u'\n';
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        textOf(static_cast<const GumboNode *>(children.data[i]), out);
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
    auto utf8 = QStringDecoder(QStringDecoder::Utf8);
    QString decoded = utf8.decode(html);
    if (utf8.hasError())
        decoded = QStringDecoder("windows-1252").decode(html);
    const QByteArray bytes = decoded.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, bytes.constData(), size_t(bytes.size()));
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
    gumbo_destroy_output(&kGumboDefaultOptions, output);

    DigestItem item;
    item.kind = QStringLiteral("web");
    item.url = url.trimmed();
    item.outlet = outlet.trimmed();
    item.title = clean(title).simplified();
    item.body = paragraphs(clean(body));
    // The headline usually opens the article text too.
    if (item.body.startsWith(item.title))
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
