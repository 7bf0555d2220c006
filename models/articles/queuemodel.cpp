#include "queuemodel.h"

namespace PortalDesk::Models {

QueueModel::QueueModel(const User &user, QObject *parent)
    : QAbstractListModel(parent)
    , m_user(user)
{
    using S = ArticleState;
    if (user.has(Models::Role::Reporter))
        m_queues.append({QStringLiteral("mine"), tr("My Articles"), ArticleFilter{{}, user.id}});
    m_queues.append({QStringLiteral("submitted"), tr("Awaiting Editing"), ArticleFilter{{S::Submitted}}});
    m_queues.append({QStringLiteral("edited"), tr("Awaiting Approval"), ArticleFilter{{S::Edited}}});
    m_queues.append({QStringLiteral("approved"), tr("Approved / To Publish"), ArticleFilter{{S::Approved}}});
    m_queues.append({QStringLiteral("published"), tr("Published"), ArticleFilter{{S::Published}}});
    // A reporter's returned articles are their own; the desk sees all.
    const bool onlyOwn = user.has(Models::Role::Reporter) && !user.has(Models::Role::Editor) && !user.has(Models::Role::ChiefEditor);
    m_queues.append({QStringLiteral("returned"), tr("Returned"), ArticleFilter{{S::Returned}, onlyOwn ? user.id : 0}});
    m_queues.append({QStringLiteral("all"), tr("All Articles"), ArticleFilter{}});
    m_fixedQueues = m_queues.size();
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queues.size());
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Queue &queue = m_queues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (queue.count < 0)
            return queue.name;
        return tr("%1 (%2)").arg(queue.name).arg(queue.count);
    case Qt::ToolTipRole:
        return queue.search.isEmpty() ? queue.name : tr("Saved search: %1").arg(queue.search);
    case KeyRole:
        return queue.key;
    case CountRole:
        return queue.count;
    case SearchRole:
        return queue.search;
    default:
        return {};
    }
}

QHash<int, QByteArray> QueueModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(CountRole, "count");
    names.insert(SearchRole, "search");
    return names;
}

int QueueModel::rowOfKey(const QString &key) const
{
    for (qsizetype row = 0; row < m_queues.size(); ++row) {
        if (m_queues.at(row).key == key)
            return int(row);
    }
    return -1;
}

QString QueueModel::defaultKey() const
{
    if (m_user.has(Models::Role::ChiefEditor))
        return QStringLiteral("edited");
    if (m_user.has(Models::Role::Editor))
        return QStringLiteral("submitted");
    if (m_user.has(Models::Role::Reporter))
        return QStringLiteral("mine");
    return QStringLiteral("all");
}

ArticleFilter QueueModel::defaultFilter() const
{
    const int row = rowOfKey(defaultKey());
    return row < 0 ? ArticleFilter{} : m_queues.at(row).filter;
}

QList<ArticleFilter> QueueModel::countedFilters() const
{
    QList<ArticleFilter> filters;
    for (qsizetype row = 0; row < m_fixedQueues; ++row)
        filters.append(m_queues.at(row).filter);
    return filters;
}

void QueueModel::setCounts(const QList<int> &counts)
{
    for (qsizetype row = 0; row < m_fixedQueues && row < counts.size(); ++row) {
        Queue &queue = m_queues[row];
        if (counts.at(row) != queue.count) {
            queue.count = counts.at(row);
            const QModelIndex changed = index(int(row));
            Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, CountRole});
        }
    }
}

void QueueModel::setSavedSearches(const QStringList &searches)
{
    if (m_queues.size() > m_fixedQueues) {
        beginRemoveRows({}, int(m_fixedQueues), int(m_queues.size() - 1));
        m_queues.resize(m_fixedQueues);
        endRemoveRows();
    }
    QStringList unique;
    for (const QString &search : searches) {
        if (!search.trimmed().isEmpty() && !unique.contains(search.trimmed()))
            unique.append(search.trimmed());
    }
    if (unique.isEmpty())
        return;
    beginInsertRows({}, int(m_fixedQueues), int(m_fixedQueues + unique.size() - 1));
    for (const QString &search : std::as_const(unique))
        m_queues.append({QStringLiteral("search:") + search, tr("Search: %1").arg(search), ArticleFilter{}, search});
    endInsertRows();
}

QStringList QueueModel::savedSearches() const
{
    QStringList searches;
    for (qsizetype row = m_fixedQueues; row < m_queues.size(); ++row)
        searches.append(m_queues.at(row).search);
    return searches;
}

} // namespace PortalDesk::Models
