#pragma once

#include "articlestore.h"

#include <QAbstractTableModel>

namespace PortalDesk::Models {

// The articles of a newsroom, newest first, fetched a page at a time as the
// view scrolls: opening the list costs one page however big the newsroom is.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StateColumn, SectionColumn, AuthorColumn, UpdatedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,    // ArticleState as int
        VersionRole,
        SummaryRole,
    };

    explicit ArticleListModel(ArticleStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Starts again from the first page, e.g. after a save moved an article up.
    void reload();
    // Shows only the articles the filter lets through, from the first page.
    void setFilter(const ArticleFilter &filter);
    const ArticleFilter &filter() const { return m_filter; }
    int rowOfId(const QString &id) const;
    // The last error met while fetching, empty if none.
    QString lastError() const { return m_lastError; }

    static constexpr int pageSize = 200;

Q_SIGNALS:
    void fetchFailed(const QString &message);

private:
    std::optional<ArticlePage> readPage();

    ArticleStore &m_store;
    ArticleFilter m_filter;
    QList<Article> m_articles;
    std::optional<ArticleCursor> m_next;
    bool m_atEnd = false;
    bool m_fetching = false;
    QString m_lastError;
};

} // namespace PortalDesk::Models
