#pragma once

#include <QString>

namespace PortalDesk::Models {

// The HTML an article's Markdown body becomes, for the editor's preview and
// for the portal alike, so that what the editor shows is what is published.
//
// Rendered by md4c-html with the GitHub dialect (tables, strikethrough,
// autolinks), input in NFC. Raw HTML in the Markdown is not passed through:
// it is shown as text, so a pasted <script> or <iframe> never reaches the
// portal. Deterministic: the same text gives the same bytes, which the portal
// sync relies on for its content hashes.
QString markdownToHtml(const QString &markdown);

} // namespace PortalDesk::Models
