#pragma once

#include <QString>
#include <QUrl>

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

// The address to write into HTML for a link or picture address, or a null
// string when none may be written. `url` is the address as an HTML parser
// hands it over (entities decoded); tabs and line breaks inside and spaces and
// control characters at the ends are dropped, as a browser does. Refused:
// whatever isSafeUrlAttribute() refuses (it decodes entities once more, so
// that a double-encoded scheme is refused too), and an empty address.
//
// A relative address is resolved against `base` when `base` is an http or
// https URL with a host, and comes back absolute and percent-encoded; a
// backslash before the query counts as a slash there, as browsers read it.
// Any other base (none, javascript:, data:, file:) is ignored and the
// relative address is kept as written (backslashes so read): it then means what the page showing
// it makes of it, which cannot be a scheme that runs. A network-path
// address ("//host/x", "\\host\x") is absolute in all but its scheme: with
// a base it takes the base's http or https, without one it is refused, since
// on a page opened from a file it would reach out over file: (SMB).
// Absolute http, https, mailto and tel addresses are kept as written.
QString safeUrl(const QString &url, const QUrl &base = {});

} // namespace PortalDesk::Models
