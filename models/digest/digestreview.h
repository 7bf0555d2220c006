#pragma once

#include "digestbuilder.h"
#include "reviewchain.h"
#include "user.h"

#include <QCoreApplication>

namespace PortalDesk::Models {

class Newsroom;

// A day's digest as kept in the newsroom: its stories in order, reviewed
// like the Công báo (digest staff submit; a chief editor approves, returns
// with a reason, withdraws with a reason). Approving queues it for the
// portal in the same transaction.
struct StoredDigest {
    QString id;
    DigestDraft draft;
    ArticleState state = ArticleState::Draft;
    int version = 0;
};

class DigestReview final
{
    Q_DECLARE_TR_FUNCTIONS(DigestReview)

public:
    explicit DigestReview(Newsroom &newsroom);

    // The day's digest, if one was saved.
    Result<std::optional<StoredDigest>> forDay(const QDate &day) const;
    // Saves the day's digest whole. baseVersion: the version it was based
    // on (0 for a new one); a stale one is refused.
    Result<StoredDigest> save(const DigestDraft &draft, int baseVersion, const User &user);
    Result<ArticleState> perform(const QDate &day, ReviewAction action, const User &user, const QString &reason = {});

private:
    Newsroom &m_newsroom;
};

} // namespace PortalDesk::Models
