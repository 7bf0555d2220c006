#include "markdownhtml.h"

#include "htmlsanitizer.h"
#include "safeurl.h"
#include "vietnamesetext.h"

#include <QRegularExpression>

#include <md4c-html.h>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userData)
{
    static_cast<QByteArray *>(userData)->append(text, qsizetype(size));
}

// The <img> md4c-html writes for `![caption](media:ID "credit")`: its
// attribute values are escaped (a quote is &quot;) and raw HTML in the
// Markdown is escaped too, so only md4c's own tags match.
const QRegularExpression &mediaImage()
{
    static const QRegularExpression image(
        u"(<p>)?<img src=\"media:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\""
        " alt=\"([^\"]*)\"(?: title=\"([^\"]*)\")?>(</p>)?"_s);
    return image;
}

QString imageTag(const FigurePhoto &photo, const QString &escapedCaption)
{
    QString tag = u"<img src=\""_s + photo.src.toHtmlEscaped() + u'"';
    if (!photo.srcset.isEmpty()) {
        tag += u" srcset=\""_s + photo.srcset.toHtmlEscaped() + u'"';
        if (photo.width > 0)
            tag += u" sizes=\"(max-width: %1px) 100vw, %1px\""_s.arg(photo.width);
    }
    if (photo.width > 0 && photo.height > 0)
        tag += u" width=\"%1\" height=\"%2\""_s.arg(photo.width).arg(photo.height);
    tag += u" alt=\""_s + (photo.alt.isEmpty() ? escapedCaption : photo.alt.toHtmlEscaped()) + u"\">"_s;
    return tag;
}

QString withPhotos(const QString &html, const PhotoLookup &photos)
{
    QString out;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : mediaImage().globalMatch(html)) {
        out += QStringView(html).mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        const bool alone = match.capturedLength(1) > 0 && match.capturedLength(5) > 0;
        const QString caption = match.captured(3);
        const QString credit = match.captured(4);
        const std::optional<FigurePhoto> photo = photos ? photos(match.captured(2).toLower()) : std::nullopt;
        if (!photo) {
            // A photo the newsroom does not have: its words stay, no
            // broken picture.
            out += alone ? u"<p>"_s + caption + u"</p>"_s : caption;
            continue;
        }
        if (!alone) {
            out += match.captured(1) + imageTag(*photo, caption) + match.captured(5);
            continue;
        }
        out += u"<figure>"_s + imageTag(*photo, caption);
        if (!caption.isEmpty() || !credit.isEmpty()) {
            out += u"<figcaption>"_s + caption;
            if (!credit.isEmpty())
                out += (caption.isEmpty() ? u""_s : u" "_s) + u"<span class=\"credit\">"_s + credit + u"</span>"_s;
            out += u"</figcaption>"_s;
        }
        out += u"</figure>"_s;
    }
    if (from == 0)
        return html;
    out += QStringView(html).mid(from);
    return out;
}

// Links and pictures only to addresses a browser cannot run: a link to
// javascript:, data: or the like keeps its words without its address, such
// a picture becomes its alt text. Photos (media:) are left to withPhotos().
QString withSafeAddresses(const QString &html)
{
    static const QRegularExpression address(
        u"<a href=\"([^\"]*)\"|<img src=\"([^\"]*)\" alt=\"([^\"]*)\"(?: title=\"[^\"]*\")?>"_s);
    QString out;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : address.globalMatch(html)) {
        const bool link = match.capturedLength(1) > 0 || match.captured().startsWith(u"<a "_s);
        const QString url = link ? match.captured(1) : match.captured(2);
        if (isSafeUrlAttribute(url) || (!link && url.startsWith(u"media:"_s, Qt::CaseInsensitive)))
            continue;
        out += QStringView(html).mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        out += link ? u"<a"_s : match.captured(3);
    }
    if (from == 0)
        return html;
    out += QStringView(html).mid(from);
    return out;
}

QString unescaped(const QString &text)
{
    static const QRegularExpression escape(u"\\\\([!-/:-@\\[-`{-~])"_s);
    return QString(text).replace(escape, u"\\1"_s).trimmed();
}

} // namespace

QList<PhotoReference> photoReferences(const QString &markdown)
{
    // The caption may hold escaped brackets; the credit escaped quotes.
    static const QRegularExpression reference(
        u"!\\[((?:[^\\]\\\\]|\\\\.)*)\\]\\(\\s*media:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
        "[0-9a-fA-F]{12})(?:\\s+\"((?:[^\"\\\\]|\\\\.)*)\")?\\s*\\)"_s);
    QList<PhotoReference> references;
    for (const QRegularExpressionMatch &match : reference.globalMatch(markdown))
        references.append({match.captured(2).toLower(), unescaped(match.captured(1)), unescaped(match.captured(3)),
                           match.capturedStart(), match.capturedLength()});
    return references;
}

QString markdownToHtml(const QString &markdown, const PhotoLookup &photos)
{
    const QByteArray input = toNfc(markdown).toUtf8();
    QByteArray html;
    html.reserve(input.size() + input.size() / 4);
    // Task lists are left out: their checkbox is an <input>, which no HTML
    // leaving PortalDesk may hold; "[x]" then stays in the text as written
    // rather than vanishing. Indented code blocks are left out too: in a
    // newsroom, text indented by a Tab or pasted from Word with leading
    // spaces is a paragraph, not code in monospace; code, rare, is fenced.
    constexpr unsigned parserFlags =
        (MD_DIALECT_GITHUB & ~MD_FLAG_TASKLISTS) | MD_FLAG_NOHTML | MD_FLAG_NOINDENTEDCODEBLOCKS;
    // md4c fails only when it runs out of memory; the text is then shown as
    // it is rather than lost.
    if (md_html(input.constData(), MD_SIZE(input.size()), appendOutput, &html, parserFlags, 0) != 0)
        return QStringLiteral("<pre>") + markdown.toHtmlEscaped() + QStringLiteral("</pre>\n");
    QString text = withSafeAddresses(QString::fromUtf8(html));
    if (text.contains(u"src=\"media:"_s, Qt::CaseInsensitive))
        text = withPhotos(text, photos);
    // md4c's HTML is safe by itself; the sanitiser makes it so whatever a
    // lookup's addresses hold or md4c may one day let through, and the
    // portal gets what every other way out gets.
    return sanitizedHtml(text);
}

} // namespace PortalDesk::Models
