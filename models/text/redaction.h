#pragma once

#include <QString>

namespace PortalDesk::Models {

// Text about to be shown or printed, without the secrets it may carry: the
// password of every URL in it, whether or not the URL parses
// ("postgresql://reporter:SeCrEt2@loc alhost/nr" → "postgresql://reporter:***@loc alhost/nr"),
// and PostgreSQL password verifiers ("SCRAM-SHA-256$4096:…" → "SCRAM-SHA-256$***",
// "md5" and 32 hex digits → "md5***"), which a server may quote in its errors.
//
// It works on the characters, not on a parsed URL. A password is what
// follows "scheme://user:" up to the last "@" before the next "://" or the
// end of the line, so an "@" or a space inside it is masked too; the price is
// that a message holding a URL with a port and, later on the same line, an
// "@" loses the text between them. More is hidden then, never less.
QString withoutSecrets(const QString &text);

} // namespace PortalDesk::Models
