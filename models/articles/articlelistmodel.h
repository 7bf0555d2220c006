#pragma once

#include "articlestore.h"

#include <QAbstractTableModel>

namespace PortalDesk::Models {

// The articles of a newsroom in a queue's filter and the chosen order,
// read a page at a time as the view scrolls (fetchMore), each page after the
// cursor where the one before it ended. Only the last `cachedPages` pages
// used stay in memory; a page scrolled back to is read again from its
// cursor. Opening the list costs one page, and scrolling through a million
// articles holds a few thousand rows and one cursor per page.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        StateColumn,
        SectionColumn,
        AuthorColumn,
        UpdatedColumn,
        ScheduledColumn,  // when a scheduled article goes out; empty otherwise
        PortalColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,    // ArticleState as int
        VersionRole,
        SummaryRole,
    };

    explicit ArticleListModel(ArticleStore &store, QObject *parent = nullptr);
    // Starts on a filter: its first page is the only one read (the desk
    // opens on a queue, and a first page of every article would be thrown away).
    ArticleListModel(ArticleStore &store, const ArticleFilter &filter, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Title and Updated sort (each has an index); other columns keep the order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Starts again from the first page, e.g. after a save moved an article up.
    void reload();
    // Shows only the articles the filter lets through, from the first page.
    void setFilter(const ArticleFilter &filter);
    const ArticleFilter &filter() const { return m_filter; }
    const ArticleSort &sortOrder() const { return m_sort; }
    // The row of an article among the pages in memory, or -1.
    int rowOfId(const QString &id) const;
    // The last error met while reading, empty if none.
    QString lastError() const { return m_lastError; }
    int cachedPageCount() const { return int(m_pages.size()); }

    static constexpr int pageSize = 200;
    static constexpr int cachedPages = 16;
    // The portal sync status as the list shows it; empty for never published.
    static QString syncStatusShortName(const QString &status);

Q_SIGNALS:
    void fetchFailed(const QString &message);

private:
    const Article *articleAt(int row) const;
    const QList<Article> *pageAt(int page) const;
    Result<ArticlePage> readPage(int page) const;
    void keep(int page, QList<Article> articles) const;

    ArticleStore &m_store;
    ArticleFilter m_filter;
    ArticleSort m_sort;
    int m_rows = 0;  // rows read so far
    bool m_atEnd = false;
    bool m_fetching = false;
    // Where each page after the first starts, for every page read so far.
    QList<ArticleCursor> m_cursors;
    // Read again on demand from data(), hence mutable: pages by number and
    // the order they were last used in, most recent last.
    mutable QHash<int, QList<Article>> m_pages;
    mutable QList<int> m_recent;
    mutable QString m_lastError;
};

} // namespace PortalDesk::Models
