#pragma once

#include "questionstore.h"

#include <QAbstractTableModel>
#include <QDate>

namespace PortalDesk::Widgets {

// The questions a filter lets through, read a page at a time as the view
// scrolls (fetchMore, QuestionFilter's offset and limit): opening the queue
// of a province's years of questions costs one page.
class QuestionQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, AskerColumn, AgencyColumn, StateColumn, ReceivedColumn, DueColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,    // QuestionState as int
        OverdueRole,  // bool
    };

    explicit QuestionQueueModel(Models::QuestionStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // From the first page again, with this filter (its offset and limit are
    // the model's own).
    void setFilter(const Models::QuestionFilter &filter);
    const Models::QuestionFilter &filter() const { return m_filter; }
    void reload();
    // The day overdue is counted from: the province's today, which the window reads again on refresh.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    const Models::Question *questionAt(int row) const;
    int rowOfId(const QString &id) const;
    // The last error met while reading, empty if none.
    QString lastError() const { return m_lastError; }

    static constexpr int pageSize = 100;

Q_SIGNALS:
    void fetchFailed(const QString &message);

private:
    Models::QuestionStore &m_store;
    Models::QuestionFilter m_filter;
    QList<Models::Question> m_rows;
    QDate m_today = Models::QuestionStore::today();
    bool m_atEnd = false;
    QString m_lastError;
};

} // namespace PortalDesk::Widgets
