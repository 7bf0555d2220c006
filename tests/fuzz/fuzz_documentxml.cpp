// The XML inside a .docx or .odt, without the zip around it, which a
// mutated zip rarely gets past: the input is the main part (document.xml,
// content.xml), then, after a NUL byte, the second (numbering.xml,
// styles.xml); both readers take the same pair.

#include "documentimport.h"
#include "fuzzsupport.h"

using namespace PortalDesk::Models;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = PortalDesk::Fuzz::bytes(data, size);
    const qsizetype nul = input.indexOf('\0');
    const QByteArray main = nul < 0 ? input : input.left(nul);
    const QByteArray second = nul < 0 ? QByteArray() : input.mid(nul + 1);
    (void)DocumentImport::docxText(main, second);
    (void)DocumentImport::odtText(main, second);
    return 0;
}
