#pragma once

#include <QString>
#include <QUrl>

namespace PortalDesk::Models {

// The one gate for HTML that leaves PortalDesk (the portal's article body,
// the editor's preview, whatever a connector sends): `fragment` as a
// browser would read it inside a <div>, parsed by gumbo (an HTML5 parser),
// written out again with only what an article needs.
//
// Kept: p br h1-h6 strong b em i u s del sub sup blockquote ul ol li a img
// figure figcaption table thead tbody tfoot tr th td caption hr span div code
// pre cite abbr small mark dl dt dd, with only these attributes: a href,
// title; img src, srcset, sizes, width, height, alt, title, loading; th and td
// colspan, rowspan, align; ol start; abbr title; class on figure, figcaption,
// span, p, div and code, holding only the classes PortalDesk writes itself
// ("credit", "language-…"). Numbers must be numbers, loading lazy or eager,
// align left, center or right; other values drop the attribute.
//
// Addresses (href, src, each srcset candidate) go through safeUrl(): only
// http, https, mailto, tel and relative ones, relative ones resolved against
// `base` when it is an http(s) URL. A link without a safe address keeps its
// words without the address; a picture without one is left out.
//
// Script, style, iframe, object, embed, template, noscript, svg, math, form
// and its controls, title, head, meta, link, base, applet, marquee, frames,
// noembed and noframes are dropped with everything inside; other elements
// give up their tags but keep their content. Comments and processing
// instructions go. Text and attribute values are escaped again (&, <, >, ").
//
// The result reads back the same: sanitizedHtml(sanitizedHtml(x)) equals
// sanitizedHtml(x). Where dropping a tag would let a browser nest what
// remains differently (a list item inside a list item once the <section>
// between them is gone), the inner tag goes too and its content stays.
// One parse, one walk, no regular expressions: it runs on every article of
// a sync.
//
// Most bodies (md4c's HTML) are already in the form the writer gives; they
// are recognised without a parse and come back as they are.
QString sanitizedHtml(const QString &fragment, const QUrl &base = {});

// The two paths of sanitizedHtml(), for its tests and fuzz target: whether
// `utf8` is already in the written form (then the parse would give it back
// unchanged), and the parse and write alone.
namespace SanitizerInternals {
bool isWrittenForm(QByteArrayView utf8, const QUrl &base = {});
QByteArray parsedAndWritten(QByteArrayView utf8, const QUrl &base = {});
}

} // namespace PortalDesk::Models
