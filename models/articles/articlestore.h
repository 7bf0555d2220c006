#pragma once

#include "article.h"
#include "result.h"
#include "searchquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariant>

#include <optional>

namespace PortalDesk::Models {

class Newsroom;
struct User;

// Where a page of the article list ends; the next page starts after it.
// Where a page of a list starts: just after the row with this sort key (the
// stored updated_at or sort_title) and id.
struct ArticleCursor {
    QString key;
    QString id;
};

// The orders a list can be read in a page at a time, each backed by an index.
struct ArticleSort {
    enum Key { Updated, Title };
    Key key = Updated;
    Qt::SortOrder order = Qt::DescendingOrder;
    friend bool operator==(const ArticleSort &, const ArticleSort &) = default;
};

// Which articles a list shows: in any of `states` (all when empty), and by
// `authorId` when set. The desk's queues are filters.
struct ArticleFilter {
    QList<ArticleState> states;
    qint64 authorId = 0;
    static ArticleFilter inState(std::optional<ArticleState> state)
    {
        return state ? ArticleFilter{{*state}} : ArticleFilter{};
    }
    friend bool operator==(const ArticleFilter &, const ArticleFilter &) = default;
};

struct ArticlePage {
    QList<Article> articles;  // without body
    std::optional<ArticleCursor> next;  // empty on the last page
};

struct SearchHit {
    Article article;  // without body
    QString snippet;  // original text, matches between [ and ]
    SearchTier tier = SearchTier::Apart;  // how it matched: the step of the search that found it
    bool exact = false;  // holds every word to find as typed, diacritics and all (holdsAsTyped())
};

struct SearchResults {
    QList<SearchHit> hits;
    QString notice;  // why there are no results, when the query could not be used
};

// Reads articles and writes their text. Every value reaches SQL as a bound
// placeholder; every write is one transaction that also keeps the revisions,
// the search index, the audit log and the portal outbox in step.
class ArticleStore final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleStore)

public:
    explicit ArticleStore(Newsroom &newsroom);

    Result<int> count(const ArticleFilter &filter = {}) const;
    // Newest first, keyed on (updated, id) so that paging stays an index
    // range scan however deep the list is.
    // A page of the list in the given order, after a cursor: as fast on the
    // thousandth page as on the first.
    Result<ArticlePage> page(const std::optional<ArticleCursor> &after, int limit,
                             const ArticleFilter &filter = {}, const ArticleSort &sort = {}) const;
    Result<Article> load(const QString &id) const;
    // Several articles in one query, by id; ids not found are left out.
    Result<QHash<QString, Article>> loadMany(const QStringList &ids) const;
    // Diacritic-insensitive full-text search, best first, by tiers (see
    // SearchTier): syllables typed together found together with the
    // diacritics as typed, then together, near each other, apart.
    Result<SearchResults> search(const QString &text, int limit) const;

    // One step of search() on PostgreSQL, as it is sent: the statement and
    // the values bound to it in order. `rum`: the newsroom has schema 21's
    // RUM indexes (searchesWithRum()). For the benchmarks, which run the same
    // statement in psql.
    struct Statement {
        QString sql;
        QVariantList values;
    };
    static Statement postgresSearchStep(bool rum, const SearchQuery &query, SearchTier tier, int limit);

    Result<QList<Revision>> revisions(const QString &id) const;  // newest first
    Result<QStringList> sections() const;  // by name
    Result<Revision> revision(const QString &id, int version) const;
    Result<QList<Comment>> comments(const QString &id) const;    // newest first

    // Creates the article as `by` (who must be a reporter); returns it with
    // its id, version 1 and timestamps. Without `by` (sample data, imports),
    // the section and author are taken by name and created when new.
    Result<Article> create(const Article &article, const User *by = nullptr);
    // Saves title, summary, body, section, tags and source as a new revision.
    // article.version names the version the edit was based on: if someone
    // saved in between, the save is refused with a conflict naming them and
    // nothing is written. `by` must be allowed to edit in the current state;
    // without `by` the desk saves unchecked (until it signs users in).
    Result<Article> save(const Article &article, const User *by = nullptr);

private:
    Result<Article> saveOnServer(const Article &article, const User &by);
    static Error conflictError(const QString &who, const QString &savedAt, int current, int base);
    // The server's refusal of an article's text (pd_create_article,
    // pd_save_article), in the desk's words.
    static Error textRefusal(const QString &outcome, const Article &article, const QString &login);

    Newsroom &m_newsroom;
};

} // namespace PortalDesk::Models
