#pragma once

#include "result.h"

#include <QCoreApplication>

namespace PortalDesk::Models {

class Newsroom;

// `init --demo`: the users chief, editor, reporter, digest, gazette, qa and
// admin (password "demo") and about 50 Vietnamese articles in every state,
// each brought there through the real workflow, so that history and audit
// are real. addQuestions(): six agencies and eight citizens' questions at
// each step of their life (demoquestions.cpp), for the desk's first look.
class DemoData final
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    // Returns how many articles were added: 0 when the demo users exist
    // already (running it twice adds nothing). One transaction: on failure
    // nothing was added.
    static Result<int> add(Newsroom &newsroom);
    // After add(): returns how many questions were added, 0 when the
    // newsroom has agencies already or no demo question staff.
    static Result<int> addQuestions(Newsroom &newsroom);
};

} // namespace PortalDesk::Models
