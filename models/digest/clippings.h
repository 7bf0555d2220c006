#pragma once

#include "digeststore.h"
#include "result.h"

#include <QCoreApplication>

namespace PortalDesk::Models {

// Press that did not come from a feed: a web page staff saved or pasted,
// or a printed article typed in with its paper, date and page. The text is
// cleaned as in the editor (NFC, invisible junk removed) and TCVN3/VNI is
// converted.
class Clippings final
{
    Q_DECLARE_TR_FUNCTIONS(Clippings)

public:
    // A saved HTML page: its title (og:title, else <title>, else the first
    // <h1>) and its article text, taken with gumbo (an HTML5 parser) from
    // <article> or <main> when there is one, else from the body; scripts,
    // styles, menus, headers, footers, asides and forms dropped.
    static Result<DigestItem> fromHtml(const QByteArray &html, const QString &url, const QString &outlet, const QDateTime &published);
    // Pasted: the URL (may be empty for print) and the text; the first line
    // is the title unless one is given.
    static Result<DigestItem> fromText(const QString &text, const QString &title, const QString &url, const QString &outlet,
                                       const QDateTime &published);
    // A print clipping: paper, date and page.
    static Result<DigestItem> fromPrint(const QString &paper, const QDate &date, const QString &page, const QString &title,
                                        const QString &text);
};

} // namespace PortalDesk::Models
