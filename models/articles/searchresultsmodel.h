#pragma once

#include "articlestore.h"

#include <QAbstractTableModel>

namespace PortalDesk::Models {

// The hits of a search, best first, with the columns of the article list and
// the snippet: matched words between [ and ] in the model, shown bold. The
// snippet column's text starts a few words before the first match; the
// tooltip and SnippetHtmlRole have the whole snippet.
class SearchResultsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StateColumn, SectionColumn, AuthorColumn, UpdatedColumn, SnippetColumn, ColumnCount };
    // TierRole: how the hit matched, a SearchTier as int.
    enum Role { IdRole = Qt::UserRole + 1, StateRole, ExactRole, SnippetHtmlRole, TierRole };

    explicit SearchResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setResults(const SearchResults &results);
    void clear();
    const QString &notice() const { return m_notice; }

private:
    QList<SearchHit> m_hits;
    QString m_notice;
};

} // namespace PortalDesk::Models
