#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace PortalDesk::Models {

class Newsroom;

// A newspaper's or site's RSS/Atom/RDF feed, and how its last fetch went.
struct DigestFeed {
    qint64 id = 0;
    QString title;
    QString url;
    QString group;
    bool enabled = true;
    QString etag;
    QString lastModified;
    QString lastStatus;  // "ok", "not-modified", "error", or empty before the first fetch
    QString lastError;
    QString lastFetched;
};

// One piece of press: from a feed, a web page saved or pasted by staff, or
// a print clipping (paper, date, page).
struct DigestItem {
    qint64 id = 0;
    QString key;    // unique: "feed:<id>:<guid or link>", "web:<url>", "print:<paper>:<date>:<page>:<title>"
    qint64 feedId = 0;
    QString kind;   // "feed", "web", "print"
    QString outlet; // the paper or site
    QString url;
    QString title;
    QString body;   // plain text, NFC
    QString page;   // print clippings
    QDateTime publishedAt;
};

// A relevance rule: a phrase matched without regard to accents or case;
// an excluding rule takes an item out even when others match.
struct DigestRule {
    qint64 id = 0;
    QString phrase;
    QString section;
    QString concerns;  // the sở, ngành or địa phương concerned
    bool exclude = false;
};

// The digest's sources, items, rules and sections in the newsroom.
class DigestStore final
{
    Q_DECLARE_TR_FUNCTIONS(DigestStore)

public:
    explicit DigestStore(Newsroom &newsroom);

    Result<DigestFeed> addFeed(const QString &title, const QString &url, const QString &group = {});
    Status updateFeed(const DigestFeed &feed);  // title, url, group, enabled
    Status removeFeed(qint64 id);
    Result<QList<DigestFeed>> feeds() const;
    // What a fetch learnt: validators for the next conditional GET, status.
    Status recordFetch(qint64 feedId, const QString &status, const QString &error, const QString &etag, const QString &lastModified);

    // OPML 1.0/2.0: every outline with an xmlUrl, its group the enclosing
    // outline's title. Feeds already present (same URL) are left as they
    // are. Returns how many were added.
    Result<int> importOpml(const QByteArray &opml);
    // The outlines of an OPML document that carry an xmlUrl, as title, URL
    // and group, without touching the store: what importOpml adds from, and
    // what the fuzz target (tests/fuzz) feeds outside bytes to.
    struct OpmlOutline {
        QString title;
        QString url;
        QString group;
    };
    static Result<QList<OpmlOutline>> parseOpml(const QByteArray &opml);
    Result<QByteArray> exportOpml() const;

    // Adds the items not there yet (by key); returns how many were new.
    Result<int> addItems(const QList<DigestItem> &items);
    // Items published on that day (local time), newest first.
    Result<QList<DigestItem>> itemsOn(const QDate &day) const;

    Result<DigestRule> addRule(const DigestRule &rule);
    Result<QList<DigestRule>> rules() const;
    Status removeRule(qint64 id);
    Result<QStringList> sections() const;  // in digest order
    // The sections, edited by staff: renamed, added, removed, reordered in
    // one go; stories already in a saved digest keep their section's name.
    Status setSections(const QStringList &names);

private:
    Newsroom &m_newsroom;
};

} // namespace PortalDesk::Models
