#include "question.h"

#include <array>

namespace PortalDesk::Models {

namespace {

struct StateName {
    QuestionState state;
    const char *key;
    const char *displayName;
};

constexpr std::array stateNames{
    StateName{QuestionState::Received, "received", QT_TRANSLATE_NOOP("QuestionStates", "Received")},
    StateName{QuestionState::Assigned, "assigned", QT_TRANSLATE_NOOP("QuestionStates", "With the agency")},
    StateName{QuestionState::Answered, "answered", QT_TRANSLATE_NOOP("QuestionStates", "Answered")},
    StateName{QuestionState::Edited, "edited", QT_TRANSLATE_NOOP("QuestionStates", "Awaiting approval")},
    StateName{QuestionState::Approved, "approved", QT_TRANSLATE_NOOP("QuestionStates", "Approved")},
    StateName{QuestionState::Published, "published", QT_TRANSLATE_NOOP("QuestionStates", "Published")},
    StateName{QuestionState::Returned, "returned", QT_TRANSLATE_NOOP("QuestionStates", "Returned")},
    StateName{QuestionState::Merged, "merged", QT_TRANSLATE_NOOP("QuestionStates", "Merged")},
    StateName{QuestionState::Rejected, "rejected", QT_TRANSLATE_NOOP("QuestionStates", "Rejected")},
    StateName{QuestionState::Spam, "spam", QT_TRANSLATE_NOOP("QuestionStates", "Deleted on the portal")},
};

} // namespace

QString QuestionStates::key(QuestionState state)
{
    for (const StateName &name : stateNames) {
        if (name.state == state)
            return QString::fromLatin1(name.key);
    }
    return {};
}

std::optional<QuestionState> QuestionStates::fromKey(const QString &key)
{
    for (const StateName &name : stateNames) {
        if (key == QLatin1StringView(name.key))
            return name.state;
    }
    return std::nullopt;
}

QString QuestionStates::displayName(QuestionState state)
{
    for (const StateName &name : stateNames) {
        if (name.state == state)
            return tr(name.displayName);
    }
    return {};
}

const QList<QuestionState> &QuestionStates::all()
{
    static const QList<QuestionState> states = [] {
        QList<QuestionState> list;
        for (const StateName &name : stateNames)
            list.append(name.state);
        return list;
    }();
    return states;
}

} // namespace PortalDesk::Models
