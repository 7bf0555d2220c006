#pragma once

#include "article.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace PortalDesk::Models {

class Newsroom;

// Where a page of the article list ends; the next page starts after it.
struct ArticleCursor {
    QString updated;  // updated_at as stored
    QString id;
};

struct ArticlePage {
    QList<Article> articles;  // without body
    std::optional<ArticleCursor> next;  // empty on the last page
};

// Reads and writes articles of one newsroom. Every value reaches SQL as a
// bound placeholder; every write is one transaction.
class ArticleStore final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleStore)

public:
    explicit ArticleStore(Newsroom &newsroom);

    Result<int> count() const;
    // Newest first, keyed on (updated, id) so that paging stays an index
    // range scan however deep the list is.
    Result<ArticlePage> page(const std::optional<ArticleCursor> &after, int limit) const;
    Result<Article> load(const QString &id) const;

    // Creates the article (and its section and author, when new); returns it
    // with its id, version 1 and timestamps.
    Result<Article> create(const Article &article);
    // Saves title, summary, body, tags and source. article.version names the
    // version the edit was based on: if someone saved in between, the save is
    // refused with a conflict and nothing is written.
    Result<Article> save(const Article &article);

private:
    Newsroom &m_newsroom;
};

} // namespace PortalDesk::Models
