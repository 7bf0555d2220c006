#pragma once

#include "portalmapping.h"
#include "portalsync.h"
#include "portalwrite.h"
#include "syncmarks.h"
#include "wordpressclient.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace PortalDesk::Models {

class Newsroom;
struct Article;
struct User;

// Delivers the newsroom's outbox to a WordPress site through its REST API,
// as PortalSync does to a portal's database: the same outbox, statuses and
// summary, the same rule that nothing edited on the other side is
// overwritten unasked.
//
// Each article becomes one post, found again by the post id the newsroom
// keeps (portal_sync_state.remote_id); WordPress makes its slug unique and
// runs its hooks. A withdrawal makes the post a draft (or the mapping's
// status). Sections become categories and tags tags, created when missing;
// the author becomes the WordPress user the mapping or the user's name
// says, or else the signed-in user with the byline kept as the text's last
// paragraph. The publication date is the article's first publication.
//
// A post whose version (modified_gmt, status and raw text) differs from what
// our last write left was edited in WordPress: a conflict. A post in the
// trash or deleted is a conflict too ("removed on the portal"), never
// brought back by a plain run; overwritePortal() then restores it (out of
// the trash through the API, or as a new post when it was deleted).
class WordPressSync final : public ArticleSync
{
    Q_DECLARE_TR_FUNCTIONS(WordPressSync)

public:
    WordPressSync(Newsroom &newsroom, WordPressClient &client, PortalMapping mapping = {});

    void setRetryPolicy(RetryPolicy policy) override { m_retry = policy; }
    void setProgress(Progress progress) override { m_progress = std::move(progress); }

    Result<SyncSummary> run(bool dryRun = false) override;

    Result<PortalVersion> portalVersion(const QString &articleId) override;
    // A trashed post comes out of the trash, a deleted one is made again.
    Status overwritePortal(const QString &articleId) override;
    Result<Article> takePortalText(const QString &articleId, const User *by) override;

    // What the newsroom keeps the site's state under.
    QString stateName() const { return QStringLiteral("wordpress:") + m_client.site().display(); }
    static constexpr int batchSize = 100;  // WordPress lists at most 100 at a time

    // HTML as WordPress shows it unchanged: wpautop turns every newline
    // inside a block into <br />, so the newlines md4c leaves between soft
    // line breaks become spaces (except in <pre>, which wpautop keeps).
    static QString withoutSoftNewlines(const QString &html);

private:
    struct Remote {
        QString id;
        QString status;
        QString version;  // modified_gmt, and a digest of the status and text
        QString title, excerpt, content;  // raw, as last saved
        QString date;  // date_gmt
        bool holds(const QJsonObject &payload) const
        {
            return title == payload.value(u"title").toString() && excerpt == payload.value(u"excerpt").toString()
                && content == payload.value(u"content").toString();
        }
    };
    struct State {
        QString hash;
        QString remoteId;
        QString remoteVersion;
    };

    Status ensureConnected();
    Result<QHash<QString, State>> readState(const QStringList &articleIds);
    // The posts of these ids as WordPress has them now (trash included);
    // an id missing from the answer was deleted.
    Result<QHash<QString, Remote>> readRemote(const QStringList &postIds);
    Result<QHash<QString, Remote>> readPosts(const std::pair<QString, QString> &filter);
    // Posts a run stopped between WordPress's answer and the newsroom's
    // commit left unnoted: found by the slug asked for, the title and the
    // date, and taken as the article's post.
    Status adoptStranded(const QList<PortalWrite::Item> &items, QHash<QString, State> &states, QHash<QString, Remote> &remote);
    // Terms and users, looked up once per run.
    Status loadTerms();
    // Creates the categories and tags a batch needs that WordPress lacks,
    // with as many requests in flight as the client allows.
    Status prepareTerms(const QList<PortalWrite::Item> &items);
    // Uploads the photos the batch's posts show that WordPress does not
    // have yet, each once, with its caption, alt text and credit.
    Status uploadPhotos(const QList<PortalWrite::Item> &items);
    static QString placeholder(const QString &id, const QString &rendition, const QString &mimeType);
    // 0 when WordPress has no such category yet.
    Result<qint64> categoryFor(const QString &section) const;
    QList<qint64> tagsFor(const QStringList &names) const;
    // The WordPress user for a newsroom author; 0 when none matches.
    qint64 userFor(const QString &author) const;

    Newsroom &m_newsroom;
    WordPressClient &m_client;
    PortalMapping m_mapping;
    RetryPolicy m_retry;
    Progress m_progress;
    bool m_connected = false;
    QJsonArray m_categories;
    QHash<QString, qint64> m_tags;  // by name folded to lower case
    QJsonArray m_users;
    QHash<QString, SyncMarks::Uploaded> m_photos;  // by the newsroom's photo id
};

} // namespace PortalDesk::Models
