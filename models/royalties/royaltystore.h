#pragma once

#include "royaltyschedule.h"
#include "royaltystatement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace PortalDesk::Models {

class Newsroom;
struct User;

// One grade as the desk shows and changes it.
struct RoyaltyGrade {
    QString articleId;
    QString mediaId;  // empty: the article's text
    QString category;
    Hundredths coefficient = 0;
    Hundredths bonus = 0;
    QList<RoyaltyGradedWork::Share> shares;
    qint64 scheduleId = 0;
    int version = 0;  // 0: not graded yet
    QString gradedBy;  // login
    QDateTime gradedAt;
};

// A work published in a month that has no grade yet.
struct RoyaltyUngradedWork {
    QString articleId;
    QString mediaId;
    QString title;
    QDateTime publishedAt;
};

struct RoyaltyContributor {
    QString code;
    QString fullName;
    QString unit;
};

// The newsroom's royalties: schedules, contributors, grades, months. On a
// shared newsroom every write is the server's function (pd_royalty_*),
// which checks and audits it again; here the same checks word the refusal
// for the user first.
class RoyaltyStore final
{
    Q_DECLARE_TR_FUNCTIONS(RoyaltyStore)

public:
    explicit RoyaltyStore(Newsroom &newsroom);

    // Chief editors and admins.
    Result<RoyaltySchedule> importSchedule(const QByteArray &json, const User &by);
    // The newest imported schedule: the one new grades are made under.
    Result<RoyaltySchedule> currentSchedule() const;
    Result<QHash<qint64, RoyaltySchedule>> schedules() const;

    Status addContributor(const RoyaltyContributor &contributor, const User &by);
    Result<QList<RoyaltyContributor>> contributors() const;

    // The article's grades, its text first, then its photos; empty when none.
    Result<QList<RoyaltyGrade>> grades(const QString &articleId) const;
    // Chief editors, on an approved or published article, in a month not
    // closed. shares empty: the author (or the photo's photographer, found
    // by the name in its credit) gets 100 %. grade.version is the version
    // the caller saw (0 for a new grade); the new one is returned.
    Result<RoyaltyGrade> grade(const RoyaltyGrade &grade, const User &by);
    Status ungrade(const QString &articleId, const QString &mediaId, const User &by);

    Result<QList<RoyaltyUngradedWork>> ungraded(const RoyaltyMonth &month) const;
    // Chief editors and admins.
    Result<RoyaltyStatement> statement(const RoyaltyMonth &month, const User &by) const;
    Result<bool> isClosed(const RoyaltyMonth &month) const;
    // Chief editors; only a month that is over. Reopening needs a reason.
    Status close(const RoyaltyMonth &month, const User &by);
    Status reopen(const RoyaltyMonth &month, const QString &reason, const User &by);

    // Who a payee is: users by login, contributors by code.
    Result<QHash<QString, RoyaltyPayee>> payees() const;

    // When the article was first published (the day whose unit value its
    // works are paid by, the month they belong to); none while it never
    // was. Not part of Article, which the desk reads for every list row.
    Result<std::optional<QDateTime>> firstPublished(const QString &articleId) const;

private:
    Status setClosed(const RoyaltyMonth &month, bool close, const QString &reason, const User &by);
    Status checkGrade(RoyaltyGrade &grade, QString *note) const;
    Result<QList<RoyaltyGradedWork>> gradedWorks(const RoyaltyMonth &month) const;
    Status refuse(const User &by, const QString &action, const QString &articleId, const Error &error) const;

    Newsroom &m_newsroom;
};

} // namespace PortalDesk::Models
