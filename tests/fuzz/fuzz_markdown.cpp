// An article's Markdown body as staff type or paste it: the HTML it becomes
// for the preview and the portal, and the photo references the desk lists.

#include "fuzzsupport.h"
#include "htmlsanitizer.h"
#include "markdownhtml.h"

using namespace PortalDesk::Models;
using PortalDesk::Fuzz::violated;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = PortalDesk::Fuzz::text(data, size);
    // Photos whose id starts with a digit exist; others do not, so both
    // the <figure> and the left-out reference are reached.
    const PhotoLookup photos = [](const QString &id) -> std::optional<FigurePhoto> {
        if (id.isEmpty() || !id.at(0).isDigit())
            return std::nullopt;
        return FigurePhoto{.src = QStringLiteral("https://portal.example.gov.vn/media/%1-web.jpg").arg(id),
                           .srcset = QStringLiteral("/media/%1-thumb.jpg 320w, /media/%1-web.jpg 1600w").arg(id),
                           .width = 1600,
                           .height = 900,
                           .alt = id};
    };
    const QString html = markdownToHtml(markdown, photos);
    // The portal sync hashes this HTML: the same text must give the same bytes.
    if (markdownToHtml(markdown, photos) != html)
        violated("the same Markdown gave different HTML", markdown);
    // It already passed the sanitiser, whose output is a fixed point.
    if (sanitizedHtml(html) != html)
        violated("Markdown's HTML changes when sanitised again", html);
    // Nor when parsed and written (sanitizedHtml() may have skipped that).
    if (SanitizerInternals::parsedAndWritten(html.toUtf8()) != html.toUtf8())
        violated("Markdown's HTML changes when parsed and written again", html);
    for (const PhotoReference &reference : photoReferences(markdown)) {
        if (reference.start < 0 || reference.length <= 0 || reference.start + reference.length > markdown.size())
            violated("a photo reference outside the text", markdown);
    }
    return 0;
}
