#include "article.h"

#include <QCoreApplication>

#include <array>
#include <cstddef>

namespace PortalDesk::Models {

namespace {

struct StateName {
    ArticleState state;
    const char *key;
    const char *displayName;
};

constexpr std::array stateNames{
    StateName{ArticleState::Draft, "draft", QT_TRANSLATE_NOOP("ArticleState", "Draft")},
    StateName{ArticleState::Submitted, "submitted", QT_TRANSLATE_NOOP("ArticleState", "Awaiting editing")},
    StateName{ArticleState::Edited, "edited", QT_TRANSLATE_NOOP("ArticleState", "Awaiting approval")},
    StateName{ArticleState::Approved, "approved", QT_TRANSLATE_NOOP("ArticleState", "Approved")},
    StateName{ArticleState::Published, "published", QT_TRANSLATE_NOOP("ArticleState", "Published")},
    StateName{ArticleState::Returned, "returned", QT_TRANSLATE_NOOP("ArticleState", "Returned")},
    StateName{ArticleState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("ArticleState", "Withdrawn")},
    StateName{ArticleState::Archived, "archived", QT_TRANSLATE_NOOP("ArticleState", "Archived")},
};

const StateName &nameOf(ArticleState state)
{
    return stateNames[static_cast<std::size_t>(state)];
}

} // namespace

QString articleStateKey(ArticleState state)
{
    return QString::fromLatin1(nameOf(state).key);
}

std::optional<ArticleState> articleStateFromKey(const QString &key)
{
    for (const auto &name : stateNames) {
        if (key == QLatin1StringView(name.key))
            return name.state;
    }
    return std::nullopt;
}

QString articleStateDisplayName(ArticleState state)
{
    return QCoreApplication::translate("ArticleState", nameOf(state).displayName);
}

} // namespace PortalDesk::Models
