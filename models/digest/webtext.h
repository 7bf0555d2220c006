#pragma once

#include <QByteArray>
#include <QString>

// Bytes from the web made text, once and right, for feeds and saved pages:
// a byte order mark, then the HTTP charset, then what the document says of
// itself (the XML declaration, or a page's <meta charset> in its first
// kilobyte), else UTF-8. Any charset ICU knows (windows-1258 with its
// combining tones, euc-kr, big5, koi8-r …) is read through QStringDecoder;
// the result is NFC. The common lie, a document that says Latin-1 or
// windows-1252 and is written in UTF-8, is read as UTF-8. Bytes the charset
// does not allow become U+FFFD and are counted, as browsers do, instead of
// refusing the document. Vietnamese legacy fonts (TCVN3, VNI), which hide
// in Latin-1 text, are left to detectLegacyEncoding() on the fields.
namespace PortalDesk::Models::WebText {

struct Decoded {
    QString text;
    QString encoding;  // as read: "UTF-8", "windows-1258" …
    QString note;      // what the reader should know, translated; empty when nothing
};

// The charset parameter of a Content-Type value, lower case; empty if none.
QByteArray charsetOf(const QByteArray &contentType);

Decoded decodeXml(const QByteArray &bytes, const QByteArray &contentType = {});
Decoded decodeHtml(const QByteArray &bytes, const QByteArray &contentType = {});

// An XML document as UTF-8 bytes whose declaration says so, for a parser
// that reads bytes (KF6 Syndication).
QByteArray utf8Xml(const QString &text);

} // namespace PortalDesk::Models::WebText
