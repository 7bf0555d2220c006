// A royalty schedule (JSON) imported by the accountant.

#include "fuzzsupport.h"
#include "royaltyschedule.h"

#include <QDate>

using namespace PortalDesk::Models;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto schedule = RoyaltySchedule::fromJson(PortalDesk::Fuzz::bytes(data, size));
    if (!schedule && schedule.error().message.isEmpty())
        PortalDesk::Fuzz::violated("a schedule refused without a message");
    if (schedule) {
        // What the statement asks of a schedule it was given.
        for (const QDate &day : {QDate(2020, 1, 1), QDate(2026, 6, 15), QDate(2099, 12, 31)}) {
            (void)schedule->unitValueOn(day);
            (void)schedule->withholdingOn(day);
        }
        (void)schedule->maxExtra();
    }
    (void)parseHundredths(PortalDesk::Fuzz::text(data, size));
    return 0;
}
