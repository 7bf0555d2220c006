#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace PortalDesk::Models {

// What the HTML needs of a photo an article refers to as
// `![caption](media:ID "credit")`: where its renditions are and how large
// the web one is. The caption and credit come from the Markdown, so that an
// article can say what it needs of a photo the library describes in
// general.
struct FigurePhoto {
    QString src;     // the web rendition
    QString srcset;  // "thumb-url 320w, web-url 1600w"; empty for none
    int width = 0;   // of the web rendition, in pixels
    int height = 0;
    QString alt;  // for readers who cannot see it; the caption when empty
};
// A photo by its id (lower case); nothing for an id the newsroom does not
// have, whose reference is then left out of the HTML but its caption kept.
using PhotoLookup = std::function<std::optional<FigurePhoto>(const QString &mediaId)>;

// The HTML an article's Markdown body becomes, for the editor's preview and
// for the portal alike, so that what the editor shows is what is published.
//
// Rendered by md4c-html with the GitHub dialect (tables, strikethrough,
// autolinks), input in NFC. Raw HTML in the Markdown is not passed through:
// it is shown as text, so a pasted <script> or <iframe> never reaches the
// portal. A link or picture to an address that runs (javascript:, data:,
// vbscript:, however spelt: see isSafeUrlAttribute()) keeps its words without
// the address. The result then passes sanitizedHtml(), the gate all HTML
// leaving PortalDesk passes. Deterministic: the same text gives the same
// bytes, which the portal sync relies on for its content hashes.
//
// A photo alone in its paragraph becomes
//   <figure><img src srcset sizes width height alt><figcaption>caption
//   <span class="credit">credit</span></figcaption></figure>
// and one inside running text an <img> with the same attributes.
QString markdownToHtml(const QString &markdown, const PhotoLookup &photos = {});

// A photo as the Markdown refers to it: `![caption](media:ID "credit")`.
struct PhotoReference {
    QString id;  // lower case
    QString caption;
    QString credit;
    qsizetype start = 0;  // where the reference is in the text, and its length
    qsizetype length = 0;
};
// Every photo reference of a body, in order (the same photo may be shown
// twice). Caption and credit as written, Markdown escapes undone.
QList<PhotoReference> photoReferences(const QString &markdown);

} // namespace PortalDesk::Models
