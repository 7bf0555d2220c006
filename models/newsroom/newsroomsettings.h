#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace PortalDesk::Models {

class Newsroom;

// Settings every PC of a newsroom shares, kept in the newsroom itself: the
// portal to sync to and the mapping into its tables. Never a password: that
// goes to each user's keyring.
class NewsroomSettings final
{
    Q_DECLARE_TR_FUNCTIONS(NewsroomSettings)

public:
    static inline const QString portalUrl = QStringLiteral("portal.url");
    static inline const QString portalMapping = QStringLiteral("portal.mapping");
    // The province's name, as the Công báo's cover prints it ("Quảng Trị").
    static inline const QString provinceName = QStringLiteral("province.name");

    explicit NewsroomSettings(Newsroom &newsroom);

    Result<QString> value(const QString &key) const;  // empty when not set
    Status setValue(const QString &key, const QString &value);

private:
    Newsroom &m_newsroom;
};

} // namespace PortalDesk::Models
