#include "articlelistmodel.h"

#include <QLocale>

namespace PortalDesk::Models {

ArticleListModel::ArticleListModel(ArticleStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (auto page = readPage())
        m_articles = std::move(page->articles);
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &article = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return article.title;
        case SectionColumn:
            return article.section;
        case AuthorColumn:
            return article.author;
        case StateColumn:
            return articleStateDisplayName(article.state);
        case UpdatedColumn:
            return QLocale().toString(article.updated.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::ToolTipRole:
        // The title column is often elided: the tip shows it whole, with the sapo.
        if (index.column() != TitleColumn)
            return {};
        return article.summary.isEmpty() ? article.title : article.title + u"\n\n" + article.summary;
    case IdRole:
        return article.id;
    case StateRole:
        return int(article.state);
    case VersionRole:
        return article.version;
    case SummaryRole:
        return article.summary;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SectionColumn:
        return tr("Section");
    case AuthorColumn:
        return tr("Author");
    case StateColumn:
        return tr("State");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(StateRole, "state");
    names.insert(VersionRole, "version");
    names.insert(SummaryRole, "summary");
    return names;
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = readPage();
    if (!page || page->articles.isEmpty())
        return;
    // Views and testers call back into the model while rows are inserted;
    // m_fetching keeps them from starting a second fetch in the middle.
    m_fetching = true;
    const int first = int(m_articles.size());
    beginInsertRows({}, first, first + int(page->articles.size()) - 1);
    m_articles.append(std::move(page->articles));
    endInsertRows();
    m_fetching = false;
}

std::optional<ArticlePage> ArticleListModel::readPage()
{
    auto page = m_store.page(m_next, pageSize, m_filter);
    if (!page) {
        // Stop asking: a view would otherwise call fetchMore in a loop.
        m_atEnd = true;
        m_lastError = page.error().message;
        Q_EMIT fetchFailed(m_lastError);
        return std::nullopt;
    }
    m_lastError.clear();
    m_next = page->next;
    m_atEnd = !m_next.has_value();
    return std::move(page.value());
}

void ArticleListModel::setFilter(const ArticleFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ArticleListModel::reload()
{
    // The first page is read inside the reset, so that views see one change.
    m_fetching = true;
    beginResetModel();
    m_articles.clear();
    m_next.reset();
    m_atEnd = false;
    if (auto page = readPage())
        m_articles = std::move(page->articles);
    // Still "fetching" while views hear of the reset: one that asks for more
    // in its modelReset handler would otherwise insert rows mid-reset.
    endResetModel();
    m_fetching = false;
}

int ArticleListModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_articles.size(); ++row) {
        if (m_articles.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace PortalDesk::Models
