#pragma once

#include "result.h"

#include <QCoreApplication>

namespace PortalDesk::Models {

class Newsroom;

// `init --demo`: the users chief, editor, reporter, digest, gazette and admin
// (password "demo") and about 50 Vietnamese articles in every state, each
// brought there through the real workflow, so that history and audit are real.
class DemoData final
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    // Returns how many articles were added: 0 when the demo users exist
    // already (running it twice adds nothing). One transaction: on failure
    // nothing was added.
    static Result<int> add(Newsroom &newsroom);
};

} // namespace PortalDesk::Models
