#include "htmlmarkdown.h"

#include <QRegularExpression>
#include <QStringList>

#include <gumbo.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

// A hard line break while a paragraph is built, before spaces collapse.
constexpr QChar lineBreak(0xE000);

QString attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\\' || c == u'*' || c == u'_' || c == u'`' || c == u'[' || c == u']' || c == u'<' || c == u'~')
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

// Text that would start a heading, quote, list or rule at the start of a
// line is escaped there.
QString escapeLineStarts(const QString &paragraph)
{
    static const QRegularExpression blockStart(u"^(#|>|[-+=](?= |$)|\\d+[.)](?= |$))"_s);
    QStringList lines = paragraph.split(u'\n');
    for (QString &line : lines) {
        const QRegularExpressionMatch match = blockStart.match(line);
        if (!match.hasMatch())
            continue;
        // "1." is escaped at its dot: a backslash before a digit is text.
        const QString start = match.captured(1);
        line.insert(start.at(0).isDigit() ? start.size() - 1 : 0, u'\\');
    }
    return lines.join(u'\n');
}

// Spaces as a browser shows them: runs collapse to one, none at the edges,
// and a line break keeps no spaces around it.
QString collapsed(const QString &text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    QString out = text;
    out.replace(spaces, u" "_s);
    out.replace(QString(u' ') + lineBreak, QString(lineBreak));
    out.replace(QString(lineBreak) + u' ', QString(lineBreak));
    out = out.trimmed();
    while (out.startsWith(lineBreak))
        out.remove(0, 1);
    while (out.endsWith(lineBreak))
        out.chop(1);
    return escapeLineStarts(out.replace(lineBreak, u"\\\n"_s));
}

// "<b> word </b>" is " **word** ": Markdown emphasis may not start or end
// with a space.
QString wrapped(const QString &inner, const QString &mark)
{
    const QString trimmed = inner.trimmed();
    if (trimmed.isEmpty())
        return inner;
    const qsizetype lead = inner.indexOf(trimmed);
    return inner.left(lead) + mark + trimmed + mark + inner.mid(lead + trimmed.size());
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_HR: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BODY: case GUMBO_TAG_HTML:
        return true;
    default:
        return false;
    }
}

bool isDropped(GumboTag tag)
{
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_NOSCRIPT
           || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_OBJECT;
}

QString rawText(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA)
        return QString::fromUtf8(node->v.text.text);
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    QString text;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        text += rawText(static_cast<const GumboNode *>(children.data[i]));
    return text;
}

QString inlineOf(const GumboNode *node);

QString inlineChildren(const GumboNode *node)
{
    QString text;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        text += inlineOf(static_cast<const GumboNode *>(children.data[i]));
    return text;
}

QString inlineOf(const GumboNode *node)
{
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
        return escaped(QString::fromUtf8(node->v.text.text));
    case GUMBO_NODE_WHITESPACE:
        return u" "_s;
    case GUMBO_NODE_ELEMENT:
        break;
    default:
        return {};
    }
    const GumboTag tag = node->v.element.tag;
    if (isDropped(tag))
        return {};
    switch (tag) {
    case GUMBO_TAG_BR:
        return QString(lineBreak);
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B:
        return wrapped(inlineChildren(node), u"**"_s);
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
        return wrapped(inlineChildren(node), u"*"_s);
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_S:
    case GUMBO_TAG_STRIKE:
        return wrapped(inlineChildren(node), u"~~"_s);
    case GUMBO_TAG_CODE:
        return u'`' + rawText(node).simplified() + u'`';
    case GUMBO_TAG_A: {
        const QString href = attribute(node, "href");
        const QString text = inlineChildren(node);
        if (href.isEmpty() || text.trimmed().isEmpty())
            return text;
        return u'[' + text.trimmed() + u"]("_s + QString(href).replace(u' ', u"%20"_s).replace(u')', u"%29"_s) + u')';
    }
    case GUMBO_TAG_IMG: {
        const QString src = attribute(node, "src");
        if (src.isEmpty())
            return {};
        return u"!["_s + escaped(attribute(node, "alt")) + u"]("_s + QString(src).replace(u' ', u"%20"_s) + u')';
    }
    default:
        return inlineChildren(node);
    }
}

QStringList blocksOf(const GumboNode *node);

QString indented(const QString &text, const QString &first, const QString &rest)
{
    QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i] = (i == 0 ? first : (lines.at(i).isEmpty() ? QString() : rest)) + lines.at(i);
    return lines.join(u'\n');
}

QString listOf(const GumboNode *list)
{
    const bool ordered = list->v.element.tag == GUMBO_TAG_OL;
    int number = 1;
    if (ordered) {
        bool ok = false;
        const int start = attribute(list, "start").toInt(&ok);
        if (ok)
            number = start;
    }
    QStringList items;
    bool loose = false;
    const GumboVector &children = list->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT || child->v.element.tag != GUMBO_TAG_LI)
            continue;
        const QStringList blocks = blocksOf(child);
        loose = loose || blocks.size() > 1;
        const QString marker = ordered ? QString::number(number++) + u". "_s : u"- "_s;
        items.append(indented(blocks.join(u"\n\n"_s), marker, QString(marker.size(), u' ')));
    }
    return items.join(loose ? u"\n\n"_s : u"\n"_s);
}

QString tableOf(const GumboNode *table)
{
    QList<QStringList> rows;
    const std::function<void(const GumboNode *)> collect = [&](const GumboNode *node) {
        if (node->type != GUMBO_NODE_ELEMENT)
            return;
        if (node->v.element.tag == GUMBO_TAG_TR) {
            QStringList cells;
            const GumboVector &children = node->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                const auto *cell = static_cast<const GumboNode *>(children.data[i]);
                if (cell->type == GUMBO_NODE_ELEMENT
                    && (cell->v.element.tag == GUMBO_TAG_TD || cell->v.element.tag == GUMBO_TAG_TH))
                    cells.append(collapsed(inlineChildren(cell)).replace(u"\\\n"_s, u" "_s).replace(u'|', u"\\|"_s));
            }
            rows.append(cells);
            return;
        }
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            collect(static_cast<const GumboNode *>(children.data[i]));
    };
    collect(table);
    qsizetype columns = 0;
    for (const QStringList &row : std::as_const(rows))
        columns = std::max(columns, row.size());
    if (columns == 0)
        return {};
    QStringList lines;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells = rows.at(r);
        while (cells.size() < columns)
            cells.append(QString());
        lines.append(u"| "_s + cells.join(u" | "_s) + u" |"_s);
        if (r == 0)
            lines.append(u"|"_s + QStringList(columns, u" --- "_s).join(u'|') + u"|"_s);
    }
    return lines.join(u'\n');
}

// The Markdown blocks of an element's content: inline runs become
// paragraphs, block elements their own blocks.
QStringList blocksOf(const GumboNode *node)
{
    QStringList blocks;
    QString paragraph;
    const auto flush = [&] {
        const QString text = collapsed(paragraph);
        if (!text.isEmpty())
            blocks.append(text);
        paragraph.clear();
    };
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT || !isBlock(child->v.element.tag)) {
            paragraph += inlineOf(child);
            continue;
        }
        flush();
        const GumboTag tag = child->v.element.tag;
        QString block;
        switch (tag) {
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
        case GUMBO_TAG_H6: {
            const QString text = collapsed(inlineChildren(child)).replace(u"\\\n"_s, u" "_s);
            if (!text.isEmpty())
                block = QString(int(tag - GUMBO_TAG_H1) + 1, u'#') + u' ' + text;
            break;
        }
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
            block = listOf(child);
            break;
        case GUMBO_TAG_BLOCKQUOTE:
            block = indented(blocksOf(child).join(u"\n\n"_s), u"> "_s, u"> "_s).replace(u"\n\n"_s, u"\n>\n"_s);
            break;
        case GUMBO_TAG_PRE: {
            QString code = rawText(child);
            if (code.startsWith(u'\n'))
                code.remove(0, 1);
            while (code.endsWith(u'\n'))
                code.chop(1);
            block = u"```\n"_s + code + u"\n```"_s;
            break;
        }
        case GUMBO_TAG_HR:
            block = u"---"_s;
            break;
        case GUMBO_TAG_TABLE:
            block = tableOf(child);
            break;
        default:
            blocks.append(blocksOf(child));
            continue;
        }
        if (!block.isEmpty())
            blocks.append(block);
    }
    flush();
    return blocks;
}

} // namespace

QString htmlToMarkdown(const QString &html)
{
    const QByteArray utf8 = html.normalized(QString::NormalizationForm_C).toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    // The parse errors are not read: recording them cost an allocation
    // each, and pasted or hostile HTML has one on nearly every tag.
    options.max_errors = 0;
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    QString markdown = blocksOf(output->root).join(u"\n\n"_s);
    gumbo_destroy_output(&options, output);
    return markdown.isEmpty() ? markdown : markdown + u'\n';
}

} // namespace PortalDesk::Models
