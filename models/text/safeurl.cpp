#include "safeurl.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

// The named references that matter for a scheme or its punctuation; an
// address with any other before its first ':' is refused (see below).
const QHash<QString, QString> &namedReferences()
{
    static const QHash<QString, QString> names{
        {u"amp"_s, u"&"_s},   {u"lt"_s, u"<"_s},     {u"gt"_s, u">"_s},      {u"quot"_s, u"\""_s},
        {u"apos"_s, u"'"_s},  {u"colon"_s, u":"_s},  {u"sol"_s, u"/"_s},     {u"tab"_s, u"\t"_s},
        {u"newline"_s, u"\n"_s}, {u"Tab"_s, u"\t"_s}, {u"NewLine"_s, u"\n"_s}, {u"nbsp"_s, QString(QChar(0xa0))}, {u"lpar"_s, u"("_s}, {u"rpar"_s, u")"_s},
        {u"period"_s, u"."_s}, {u"num"_s, u"#"_s},   {u"percnt"_s, u"%"_s},  {u"quest"_s, u"?"_s},
    };
    return names;
}

// The scheme of an address, lower case; empty for a relative one.
QString schemeOf(const QString &address)
{
    for (qsizetype i = 0; i < address.size(); ++i) {
        const QChar c = address.at(i);
        if (c == u':')
            return i > 0 ? address.left(i).toLower() : QString();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (!letter && (i == 0 || !((c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.')))
            return {};
    }
    return {};
}

} // namespace

QString decodedAttribute(const QString &value)
{
    if (!value.contains(u'&'))
        return value;
    // Numeric references may lack their ';' and carry leading zeros, as
    // browsers accept them.
    static const QRegularExpression reference(u"&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([a-zA-Z]+);)"_s);
    QString out;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : reference.globalMatch(value)) {
        out += QStringView(value).mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        bool ok = false;
        uint code = 0;
        if (match.capturedLength(1) > 0)
            code = match.captured(1).right(8).toUInt(&ok, 16);
        else if (match.capturedLength(2) > 0)
            code = match.captured(2).right(9).toUInt(&ok, 10);
        if (ok) {
            // NUL and what is not a character become U+FFFD, as in browsers.
            if (code == 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
                code = 0xfffd;
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
            continue;
        }
        const auto named = namedReferences().constFind(match.captured(3));
        out += named != namedReferences().cend() ? *named : match.captured();
    }
    out += QStringView(value).mid(from);
    return out;
}

bool isSafeUrlAttribute(const QString &value)
{
    QString url = decodedAttribute(value);
    // A URL parser drops tabs and line breaks anywhere, and leading or
    // trailing spaces and control characters.
    url.remove(u'\t');
    url.remove(u'\n');
    url.remove(u'\r');
    qsizetype start = 0;
    while (start < url.size() && url.at(start).unicode() <= 0x20)
        ++start;
    url = url.mid(start);
    // The scheme: letters, digits, '+', '-', '.' before the first ':', and
    // before any '/', '?' or '#'. None: a relative address.
    qsizetype colon = -1;
    for (qsizetype i = 0; i < url.size(); ++i) {
        const QChar c = url.at(i);
        if (c == u':') {
            colon = i;
            break;
        }
        if (c == u'/' || c == u'?' || c == u'#')
            break;
        // A reference left undecoded where a scheme would be (one of the
        // two thousand names HTML knows): it is not judged, it is refused.
        if (c == u'&')
            return !url.mid(i).contains(u':');
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        const bool schemeChar = letter || (i > 0 && ((c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.'));
        // A character no scheme may hold ("java script:", a full-width
        // letter): a browser reads a relative path, which runs nothing.
        if (!schemeChar)
            return true;
    }
    if (colon < 0)
        return true;
    const QString scheme = url.left(colon).toLower();
    return scheme == u"http" || scheme == u"https" || scheme == u"mailto" || scheme == u"tel";
}

QString safeUrl(const QString &url, const QUrl &base)
{
    QString address;
    address.reserve(url.size());
    for (const QChar c : url) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            address.append(c);
    }
    qsizetype start = 0;
    qsizetype end = address.size();
    while (start < end && address.at(start).unicode() <= 0x20)
        ++start;
    while (end > start && address.at(end - 1).unicode() <= 0x20)
        --end;
    address = address.mid(start, end - start);
    if (address.isEmpty() || !isSafeUrlAttribute(address))
        return {};
    const QString scheme = schemeOf(address);
    qsizetype pathEnd = 0;
    while (pathEnd < address.size() && address.at(pathEnd) != u'?' && address.at(pathEnd) != u'#')
        ++pathEnd;
    // Only special schemes read a backslash as a slash: http, https, and a
    // relative address on a web page.
    if (scheme.isEmpty() || scheme == u"http" || scheme == u"https") {
        for (qsizetype i = 0; i < pathEnd; ++i) {
            if (address.at(i) == u'\\')
                address[i] = u'/';
        }
    }
    if (!scheme.isEmpty())
        return scheme == u"http" || scheme == u"https" || scheme == u"mailto" || scheme == u"tel" ? address : QString();

    const bool networkPath = address.startsWith(u"//"_s);
    const bool webBase
        = base.isValid() && !base.host().isEmpty() && (base.scheme() == u"http" || base.scheme() == u"https");
    if (!webBase)
        return networkPath ? QString() : address;
    const QUrl reference(address, QUrl::TolerantMode);
    if (!reference.isValid())
        return {};
    QUrl resolved = base.resolved(reference);
    // "http://h.example?x" is "http://h.example/?x" to a browser; said so.
    if (resolved.path().isEmpty())
        resolved.setPath(u"/"_s);
    if (!resolved.isValid() || resolved.host().isEmpty()
        || (resolved.scheme() != u"http" && resolved.scheme() != u"https"))
        return {};
    return resolved.toString(QUrl::FullyEncoded);
}

} // namespace PortalDesk::Models
