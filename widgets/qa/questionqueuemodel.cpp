#include "questionqueuemodel.h"

#include "localization.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

namespace PortalDesk::Widgets {

using namespace Models;

QuestionQueueModel::QuestionQueueModel(QuestionStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

int QuestionQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuestionQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionQueueModel::data(const QModelIndex &index, int role) const
{
    const Question *question = questionAt(index.row());
    if (!question || index.column() >= ColumnCount)
        return {};
    const bool overdue = question->isOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TitleColumn:
            return question->title;
        case AskerColumn:
            return question->askerShown;
        case AgencyColumn:
            return question->agency;
        case StateColumn:
            return QuestionStates::displayName(question->state);
        case ReceivedColumn:
            return Localization::dateText(question->receivedAt.toLocalTime().date());
        case DueColumn:
            if (!question->due.isValid())
                return QString();
            // The word as well as the icon and the colour: a colour alone
            // says nothing to a colour-blind reader nor on a grey print.
            return overdue ? tr("%1 — overdue").arg(Localization::dateText(question->due)) : Localization::dateText(question->due);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return question->title;
        if (index.column() == AskerColumn)
            return question->askerShown;
        if (index.column() == AgencyColumn)
            return question->agency;
        if (index.column() == DueColumn && overdue)
            return tr("The agency's answer was due on %1.").arg(Localization::dateText(question->due));
        break;
    case Qt::DecorationRole:
        if (index.column() == DueColumn && overdue)
            return QIcon::fromTheme(QStringLiteral("dialog-warning"));
        break;
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && overdue)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        break;
    case IdRole:
        return question->id;
    case StateRole:
        return int(question->state);
    case OverdueRole:
        return overdue;
    default:
        break;
    }
    return {};
}

QVariant QuestionQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TitleColumn:
        return tr("Question");
    case AskerColumn:
        return tr("Asked by");
    case AgencyColumn:
        return tr("Agency");
    case StateColumn:
        return tr("State");
    case ReceivedColumn:
        return tr("Received");
    case DueColumn:
        return tr("Due");
    case ColumnCount:
        break;
    }
    return {};
}

bool QuestionQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void QuestionQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    QuestionFilter page = m_filter;
    page.offset = int(m_rows.size());
    page.limit = pageSize;
    auto read = m_store.questions(page);
    if (!read) {
        // Stop asking: a view would otherwise call fetchMore in a loop.
        m_atEnd = true;
        m_lastError = read.error().message;
        Q_EMIT fetchFailed(m_lastError);
        return;
    }
    // A short page is the last one: no count of the whole filter needed.
    m_atEnd = read->size() < pageSize;
    if (read->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + read->size() - 1));
    m_rows += read.value();
    endInsertRows();
}

void QuestionQueueModel::setFilter(const QuestionFilter &filter)
{
    m_filter = filter;
    reload();
}

void QuestionQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_lastError.clear();
    endResetModel();
    fetchMore({});
}

void QuestionQueueModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const Question *QuestionQueueModel::questionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int QuestionQueueModel::rowOfId(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

} // namespace PortalDesk::Widgets
