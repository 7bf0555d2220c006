#include "webtext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace PortalDesk::Models::WebText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WebText", text);
}

// Names as documents write them, to the ones decoders know. Latin-1 and
// ASCII are read as windows-1252, their superset, as browsers do: the
// bytes 0x80–0x9F are its curly quotes and dashes, never control codes.
QByteArray canonical(QByteArray name)
{
    name = name.trimmed().toLower();
    if (name == "utf8" || name == "unicode-1-1-utf-8" || name == "x-unicode20utf8")
        return "utf-8";
    if (name == "iso-8859-1" || name == "iso8859-1" || name == "latin1" || name == "l1" || name == "us-ascii"
        || name == "ascii" || name == "cp1252" || name == "iso_8859-1")
        return "windows-1252";
    if (name == "cp1258" || name == "x-cp1258")
        return "windows-1258";
    return name;
}

bool isUtf8Name(const QByteArray &name)
{
    return name == "utf-8";
}

// Every byte above 0x7F in a valid UTF-8 sequence: the document is UTF-8
// whatever it says (no page in a real 8-bit charset reads so by chance).
bool isUtf8WithNonAscii(const QByteArray &bytes)
{
    bool nonAscii = false;
    for (char c : bytes) {
        if (uchar(c) >= 0x80) {
            nonAscii = true;
            break;
        }
    }
    if (!nonAscii)
        return false;
    auto utf8 = QStringDecoder(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);  // decode() is lazy: it runs here, when assigned
    return !utf8.hasError();
}

// `declared`: the charset as the document or server wrote it, for notes.
Decoded decodeAs(const QByteArray &bytes, const QByteArray &declared)
{
    Decoded out;
    QByteArray name = declared.isEmpty() ? QByteArray("utf-8") : canonical(declared);
    if (!isUtf8Name(name) && isUtf8WithNonAscii(bytes)) {
        out.note = tr("declared %1 but written in UTF-8; read as UTF-8").arg(QString::fromLatin1(declared));
        name = "utf-8";
    }
    QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        out.note = tr("the charset %1 is unknown; read as UTF-8").arg(QString::fromLatin1(name));
        name = "utf-8";
        decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    }
    out.text = decoder.decode(bytes);
    if (decoder.hasError()) {
        const qsizetype replaced = out.text.count(QChar(QChar::ReplacementCharacter));
        const QString replacedNote
            = QCoreApplication::translate("WebText", "%n byte sequence(s) not valid %1 replaced with �", nullptr, int(replaced))
                  .arg(QString::fromLatin1(name));
        out.note = out.note.isEmpty() ? replacedNote : out.note + QStringLiteral("; ") + replacedNote;
    }
    // A BOM read as text is not text.
    if (out.text.startsWith(QChar(QChar::ByteOrderMark)))
        out.text.remove(0, 1);
    // windows-1258 writes tones as combining marks after the letter.
    out.text = out.text.normalized(QString::NormalizationForm_C);
    out.encoding = QString::fromLatin1(name == "utf-8" ? QByteArray("UTF-8") : name);
    return out;
}

// A byte order mark, or "<" as UTF-16 or UTF-32 without one.
QByteArray fromByteOrder(const QByteArray &bytes)
{
    const auto encoding = QStringConverter::encodingForData(bytes, u'<');
    if (!encoding)
        return {};
    switch (*encoding) {
    case QStringConverter::Utf8: return bytes.startsWith("\xEF\xBB\xBF") ? "utf-8" : QByteArray();
    case QStringConverter::Utf16LE: return "utf-16le";
    case QStringConverter::Utf16BE: return "utf-16be";
    case QStringConverter::Utf16: return "utf-16";
    case QStringConverter::Utf32LE: return "utf-32le";
    case QStringConverter::Utf32BE: return "utf-32be";
    case QStringConverter::Utf32: return "utf-32";
    default: return {};
    }
}

} // namespace

QByteArray charsetOf(const QByteArray &contentType)
{
    static const QRegularExpression charset(QStringLiteral(R"(;\s*charset\s*=\s*["']?([^"';\s]+))"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = charset.match(QString::fromLatin1(contentType));
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

Decoded decodeXml(const QByteArray &bytes, const QByteArray &contentType)
{
    if (const QByteArray bom = fromByteOrder(bytes); !bom.isEmpty())
        return decodeAs(bytes, bom);
    if (const QByteArray http = charsetOf(contentType); !http.isEmpty())
        return decodeAs(bytes, http);
    static const QRegularExpression declaration(QStringLiteral(R"(^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["'])"),
                                                QRegularExpression::CaseInsensitiveOption);
    const auto m = declaration.match(QString::fromLatin1(bytes.left(256)));
    return decodeAs(bytes, m.hasMatch() ? m.captured(1).toLatin1() : QByteArray());
}

Decoded decodeHtml(const QByteArray &bytes, const QByteArray &contentType)
{
    if (const QByteArray bom = fromByteOrder(bytes); !bom.isEmpty())
        return decodeAs(bytes, bom);
    if (const QByteArray http = charsetOf(contentType); !http.isEmpty())
        return decodeAs(bytes, http);
    // HTML's prescan: <meta charset="…"> or <meta http-equiv content="…;
    // charset=…"> in the first kilobyte.
    static const QRegularExpression meta(QStringLiteral(R"(<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = meta.match(QString::fromLatin1(bytes.left(1024)));
    if (m.hasMatch()) {
        QByteArray name = m.captured(1).toLatin1();
        // A page cannot declare UTF-16 in its own ASCII text (HTML's rule).
        if (name.toLower().startsWith("utf-16"))
            name = "utf-8";
        return decodeAs(bytes, name);
    }
    // Nothing said: UTF-8 when the bytes are, else what browsers fall back to.
    auto utf8 = QStringDecoder(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    return decodeAs(bytes, utf8.hasError() ? QByteArray("windows-1252") : QByteArray("utf-8"));
}

QByteArray utf8Xml(const QString &text)
{
    static const QRegularExpression encoding(QStringLiteral(R"(^(\s*<\?xml[^>]*?encoding\s*=\s*["'])([^"']+)(["']))"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString document = text;
    const auto m = encoding.match(document.left(256));
    if (m.hasMatch())
        document.replace(m.capturedStart(2), m.capturedLength(2), QStringLiteral("UTF-8"));
    return document.toUtf8();
}

} // namespace PortalDesk::Models::WebText
