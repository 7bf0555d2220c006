#pragma once

#include <QString>

namespace PortalDesk::Models {

// The heading a legal document's own file starts with (Decree 30/2020,
// Appendix I): the issuing body, "Số: 15/2025/QĐ-UBND", the national motto
// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc", the
// place and date, then the type ("QUYẾT ĐỊNH") and the summary ("Về việc
// ..."), as lines or as Word's two-column header table. The Công báo prints
// all of it from the document's metadata, so an imported text that repeats
// it would print it twice.
class LegalHeadingBlock final
{
public:
    // The text without that heading, and how many lines went: nothing goes
    // unless the block carries the motto or the "Số:" line, and the text
    // after it (the issuing authority, "Căn cứ ...", the articles) stays.
    static QString strip(const QString &text, int *droppedLines = nullptr);
};

} // namespace PortalDesk::Models
