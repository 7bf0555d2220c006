// Pasted or imported text in TCVN3, VNI or VIQR: detection, conversion to
// Unicode from each encoding, and the syllable check the detector leans on.

#include "fuzzsupport.h"
#include "legacyencoding.h"

#include <QRegularExpression>

using namespace PortalDesk::Models;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = PortalDesk::Fuzz::text(data, size);
    const LegacyEncoding detected = detectLegacyEncoding(text);
    (void)legacyEncodingName(detected);
    for (LegacyEncoding from : {LegacyEncoding::None, LegacyEncoding::Tcvn3, LegacyEncoding::Vni, LegacyEncoding::Viqr}) {
        const QString converted = convertLegacyToUnicode(text, from);
        if (from == LegacyEncoding::None && converted != text)
            PortalDesk::Fuzz::violated("converting from no legacy encoding changed the text", text);
    }
    const QStringList words = text.split(QChar(u' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size() && i < 64; ++i)
        (void)isVietnameseSyllable(words.at(i));
    return 0;
}
