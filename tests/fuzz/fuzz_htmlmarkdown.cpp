// HTML edited on the portal's side and taken back into the desk as Markdown.

#include "fuzzsupport.h"
#include "htmlmarkdown.h"
#include "markdownhtml.h"

using namespace PortalDesk::Models;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = htmlToMarkdown(PortalDesk::Fuzz::text(data, size));
    // What comes back is an article body again: it must render.
    (void)markdownToHtml(markdown);
    return 0;
}
