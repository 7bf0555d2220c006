#pragma once

#include "articlestore.h"
#include "user.h"

#include <QAbstractListModel>

namespace PortalDesk::Models {

// One entry of the desk's left pane: the articles a user has to do something
// with ("Chờ biên tập", ...), or a saved search.
struct Queue {
    QString key;     // "mine", "submitted", ..., or "search:<text>"
    QString name;    // translated
    ArticleFilter filter;
    QString search;  // a saved search: the text; empty for a queue
    int count = -1;  // -1 until counted; saved searches are not counted
};

// The queues of the signed-in user with live counts, then saved searches.
class QueueModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { KeyRole = Qt::UserRole + 1, CountRole, SearchRole };

    QueueModel(const User &user, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Queue &queue(int row) const { return m_queues.at(row); }
    int rowOfKey(const QString &key) const;
    // The queue a user of these roles starts in: their work first.
    QString defaultKey() const;
    // That queue's filter (none if it is not among this user's queues).
    ArticleFilter defaultFilter() const;

    // The queues' counts are read elsewhere (the desk's search worker, off
    // the GUI thread): the filters of the queues counted, then their counts
    // in that order; rows whose count changed emit dataChanged.
    QList<ArticleFilter> countedFilters() const;
    void setCounts(const QList<int> &counts);
    void setSavedSearches(const QStringList &searches);
    QStringList savedSearches() const;

private:
    User m_user;
    QList<Queue> m_queues;
    qsizetype m_fixedQueues = 0;
};

} // namespace PortalDesk::Models
