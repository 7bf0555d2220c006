#pragma once

// The content of an article as a portal holds it (internal to the portal
// sync): what is written, and what its hash is taken over.

#include "markdownhtml.h"
#include "portalmapping.h"

#include <QHash>
#include <QString>

namespace PortalDesk::Models {

struct Article;

struct PortalContent {
    QHash<QString, QString> fields;  // by field name: title, summary, body_html, section, author, lead_photo
    QString status;  // "published" or "withdrawn", or the portal's own value

    // BLAKE2b-256 (libsodium) of the mapped fields and the status, so that a
    // portal-side edit of any of them shows. A first sync hashes every
    // article, and this is several times faster than SHA-256 at the same
    // strength.
    QString hash(const PortalMapping &mapping) const;

    // The article as the sync writes it: the body rendered by md4c-html (the
    // editor's preview), published if it is published and withdrawn if not.
    // Photos become figures through `photos` (see markdownToHtml()).
    static PortalContent of(const Article &article, const PhotoLookup &photos = {});
};

} // namespace PortalDesk::Models
