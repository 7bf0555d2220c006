#include "articlelistmodel.h"

#include "localization.h"

#include <QLocale>

namespace PortalDesk::Models {

ArticleListModel::ArticleListModel(ArticleStore &store, QObject *parent)
    : ArticleListModel(store, ArticleFilter{}, parent)
{
}

ArticleListModel::ArticleListModel(ArticleStore &store, const ArticleFilter &filter, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_filter(filter)
{
    m_fetching = true;
    fetchMore({});
    m_fetching = false;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// Short enough for a list column; the details dock says it in full.
QString ArticleListModel::syncStatusShortName(const QString &status)
{
    if (status == u"pending")
        return tr("waiting");
    if (status == u"synced")
        return tr("on the portal");
    if (status == u"conflict")
        return tr("conflict");
    if (status == u"failed")
        return tr("failed");
    return {};
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article *article = articleAt(index.row());
    if (!article)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return article->title;
        case SectionColumn:
            return article->section;
        case AuthorColumn:
            return article->author;
        case StateColumn:
            return articleStateDisplayName(article->state);
        case UpdatedColumn:
            return Localization::dateTimeText(article->updated);
        case ScheduledColumn:
            return article->publishAt.isValid() && article->state == ArticleState::Approved
                ? Localization::dateTimeText(article->publishAt)
                : QString();
        case PortalColumn:
            return syncStatusShortName(article->syncStatus);
        }
        return {};
    case Qt::ToolTipRole:
        // The title column is often elided: the tip shows it whole, with the sapo.
        if (index.column() != TitleColumn)
            return {};
        return article->summary.isEmpty() ? article->title : article->title + u"\n\n" + article->summary;
    case IdRole:
        return article->id;
    case StateRole:
        return int(article->state);
    case VersionRole:
        return article->version;
    case SummaryRole:
        return article->summary;
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
    case ScheduledColumn:
        return tr("Scheduled for");
    case PortalColumn:
        return tr("Portal");
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
    // The constructor and reload() call this with m_fetching set, to read
    // the first page without telling views about rows one by one.
    const bool quiet = m_fetching;
    if (parent.isValid() || m_atEnd || (m_fetching && m_rows > 0))
        return;
    const int page = m_rows / pageSize;
    auto read = readPage(page);
    if (!read) {
        // Stop asking: a view would otherwise call fetchMore in a loop.
        m_atEnd = true;
        m_lastError = read.error().message;
        Q_EMIT fetchFailed(m_lastError);
        return;
    }
    m_lastError.clear();
    if (read->next)
        m_cursors.append(*read->next);
    m_atEnd = !read->next.has_value();
    const int count = int(read->articles.size());
    if (count == 0)
        return;
    // Views and testers call back into the model while rows are inserted;
    // m_fetching keeps them from starting a second fetch in the middle.
    m_fetching = true;
    if (!quiet)
        beginInsertRows({}, m_rows, m_rows + count - 1);
    keep(page, std::move(read->articles));
    m_rows += count;
    if (!quiet)
        endInsertRows();
    m_fetching = quiet;
}

Result<ArticlePage> ArticleListModel::readPage(int page) const
{
    const std::optional<ArticleCursor> after = page == 0 ? std::nullopt : std::optional(m_cursors.at(page - 1));
    return m_store.page(after, pageSize, m_filter, m_sort);
}

void ArticleListModel::keep(int page, QList<Article> articles) const
{
    m_pages.insert(page, std::move(articles));
    m_recent.removeOne(page);
    m_recent.append(page);
    while (m_recent.size() > cachedPages)
        m_pages.remove(m_recent.takeFirst());
}

const QList<Article> *ArticleListModel::pageAt(int page) const
{
    if (auto found = m_pages.constFind(page); found != m_pages.cend()) {
        if (m_recent.constLast() != page) {
            m_recent.removeOne(page);
            m_recent.append(page);
        }
        return &found.value();
    }
    auto read = readPage(page);
    if (!read) {
        m_lastError = read.error().message;
        return nullptr;
    }
    keep(page, std::move(read->articles));
    return &m_pages[page];
}

const Article *ArticleListModel::articleAt(int row) const
{
    const QList<Article> *page = pageAt(row / pageSize);
    // A page read again may have fewer rows if articles left the queue since.
    if (!page || row % pageSize >= page->size())
        return nullptr;
    return &page->at(row % pageSize);
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    ArticleSort sort = m_sort;
    if (column == TitleColumn)
        sort = {ArticleSort::Title, order};
    else if (column == UpdatedColumn)
        sort = {ArticleSort::Updated, order};
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
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
    m_pages.clear();
    m_recent.clear();
    m_cursors.clear();
    m_rows = 0;
    m_atEnd = false;
    fetchMore({});
    // Still "fetching" while views hear of the reset: one that asks for more
    // in its modelReset handler would otherwise insert rows mid-reset.
    endResetModel();
    m_fetching = false;
}

int ArticleListModel::rowOfId(const QString &id) const
{
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (int i = 0; i < page->size(); ++i) {
            if (page->at(i).id == id)
                return page.key() * pageSize + i;
        }
    }
    return -1;
}

} // namespace PortalDesk::Models
