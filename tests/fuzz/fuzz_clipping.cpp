// A web page staff saved: its title and article text taken with gumbo.

#include "clippings.h"
#include "fuzzsupport.h"

#include <QDateTime>

using namespace PortalDesk::Models;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime published(QDate(2026, 3, 2), QTime(8, 30));
    const auto item = Clippings::fromHtml(PortalDesk::Fuzz::bytes(data, size), QStringLiteral("https://bao.example.vn/tin/1.html"),
                                          QStringLiteral("Báo Fuzz"), published);
    if (!item && item.error().message.isEmpty())
        PortalDesk::Fuzz::violated("a page refused without a message");
    return 0;
}
