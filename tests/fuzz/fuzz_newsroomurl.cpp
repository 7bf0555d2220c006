// A newsroom's or portal's address as typed on the command line, in the
// connect dialog or in settings.

#include "fuzzsupport.h"
#include "newsroomurl.h"

using namespace PortalDesk::Models;
using PortalDesk::Fuzz::violated;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = PortalDesk::Fuzz::text(data, size);
    for (const auto &parsed : {NewsroomUrl::parse(text), NewsroomUrl::parsePortal(text)}) {
        if (!parsed) {
            if (parsed.error().message.isEmpty())
                violated("an address refused without a message", text);
            continue;
        }
        // Never parsed into the URL: it comes from signing in.
        if (!parsed->password.isEmpty())
            violated("a password taken from the address", text);
        if (parsed->port < -1 || parsed->port > 65535)
            violated("a port outside 1..65535 accepted", text);
        (void)parsed->display();
    }
    return 0;
}
