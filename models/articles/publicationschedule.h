#pragma once

#include "article.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace PortalDesk::Models {

class Newsroom;

// The articles scheduled for publication, for the desk's calendar: approved,
// with a time set, read through the index publish-due uses.
class PublicationSchedule final
{
    Q_DECLARE_TR_FUNCTIONS(PublicationSchedule)

public:
    explicit PublicationSchedule(Newsroom &newsroom);

    // Those due in [from, to), soonest first; without their bodies.
    Result<QList<Article>> between(const QDateTime &from, const QDateTime &to) const;

private:
    Newsroom &m_newsroom;
};

} // namespace PortalDesk::Models
