#include "markdownhtml.h"

#include "vietnamesetext.h"

#include <md4c-html.h>

namespace PortalDesk::Models {

namespace {

void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userData)
{
    static_cast<QByteArray *>(userData)->append(text, qsizetype(size));
}

} // namespace

QString markdownToHtml(const QString &markdown)
{
    const QByteArray input = toNfc(markdown).toUtf8();
    QByteArray html;
    html.reserve(input.size() + input.size() / 4);
    constexpr unsigned parserFlags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;
    // md4c fails only when it runs out of memory; the text is then shown as
    // it is rather than lost.
    if (md_html(input.constData(), MD_SIZE(input.size()), appendOutput, &html, parserFlags, 0) != 0)
        return QStringLiteral("<pre>") + markdown.toHtmlEscaped() + QStringLiteral("</pre>\n");
    return QString::fromUtf8(html);
}

} // namespace PortalDesk::Models
