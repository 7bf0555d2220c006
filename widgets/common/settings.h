#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace PortalDesk::Widgets {

// A setting's key and type, declared once. Widgets read and write settings
// through these, never through string keys of their own.
template<typename T>
class Setting final
{
public:
    explicit constexpr Setting(const char *key)
        : m_key(key)
    {
    }
    T value(const T &fallback = {}) const
    {
        return QSettings().value(QLatin1StringView(m_key), QVariant::fromValue(fallback)).template value<T>();
    }
    void setValue(const T &value) const { QSettings().setValue(QLatin1StringView(m_key), QVariant::fromValue(value)); }

private:
    const char *m_key;
};

namespace Settings {
inline constexpr Setting<QByteArray> mainWindowGeometry{"MainWindow/geometry"};
inline constexpr Setting<QByteArray> mainWindowState{"MainWindow/state"};
inline constexpr Setting<QByteArray> mainSplitterState{"MainWindow/splitter"};
// The columns shown beside the title, by the models' column numbers.
inline constexpr Setting<QStringList> articleListColumns{"Desk/articleListColumns"};
inline constexpr Setting<QStringList> searchListColumns{"Desk/searchListColumns"};
inline constexpr Setting<bool> darkMode{"Desk/darkMode"};
inline constexpr Setting<bool> spellCheck{"Desk/spellCheck"}; // on unless turned off
inline constexpr Setting<QStringList> savedSearches{"Desk/savedSearches"};
// "id<TAB>title", newest first.
inline constexpr Setting<QStringList> recentArticles{"Desk/recentArticles"};
} // namespace Settings

} // namespace PortalDesk::Widgets
