// A .docx or .odt from any office: the zip (KArchive) and the XML inside.
// PORTALDESK_FUZZ_SUFFIX (set per target in CMakeLists.txt) names the
// format, so one source makes fuzz_docx and fuzz_odt.

#include "documentimport.h"
#include "fuzzsupport.h"

using namespace PortalDesk::Models;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto imported = DocumentImport::fromBytes(PortalDesk::Fuzz::bytes(data, size),
                                                    QStringLiteral("x." PORTALDESK_FUZZ_SUFFIX));
    if (!imported && imported.error().message.isEmpty())
        PortalDesk::Fuzz::violated("a refused document without a message");
    return 0;
}
