// An OPML list of feeds exported by any reader (DigestStore::importOpml).

#include "digeststore.h"
#include "fuzzsupport.h"

using namespace PortalDesk::Models;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto outlines = DigestStore::parseOpml(PortalDesk::Fuzz::bytes(data, size));
    if (!outlines && outlines.error().message.isEmpty())
        PortalDesk::Fuzz::violated("an OPML file refused without a message");
    if (outlines) {
        for (const auto &outline : outlines.value()) {
            if (outline.url.isEmpty())
                PortalDesk::Fuzz::violated("an outline without xmlUrl taken as a feed");
        }
    }
    return 0;
}
