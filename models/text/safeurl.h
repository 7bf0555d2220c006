#pragma once

#include <QString>

namespace PortalDesk::Models {

// Whether a link or picture address may leave PortalDesk in HTML: a relative
// address, or one of http, https, mailto and tel. Judged the way a browser
// reads it: `value` is the attribute as written in the HTML (entities are
// decoded once, as a browser does), tabs and line breaks inside are ignored
// ("java&#9;script:" is javascript:), leading spaces and control characters
// are skipped, and the scheme is compared without case. Anything else
// (javascript:, vbscript:, data:, file:, a scheme hidden by entities) is not.
bool isSafeUrlAttribute(const QString &value);

// The text of an attribute value as a browser reads it: character
// references (&amp;, &#106;, &#x6A;, &colon; and the like) decoded once.
QString decodedAttribute(const QString &value);

} // namespace PortalDesk::Models
