#pragma once

#include <QString>

namespace PortalDesk::Models {

// Markdown for an article's HTML, the way back from markdownToHtml(): for a
// portal-side edit taken back into the newsroom. Parsed with gumbo, a real
// HTML5 parser, so that the tag soup a CMS editor leaves is read as a browser
// reads it. Paragraphs, headings, emphasis, links, images, lists (nested),
// quotes, code, rules and tables come back as Markdown (GitHub dialect);
// scripts, styles and unknown wrappers are dropped, keeping their text.
// Markdown's own characters in the text are escaped, so that the result
// renders back to the same words. Output is NFC.
QString htmlToMarkdown(const QString &html);

} // namespace PortalDesk::Models
