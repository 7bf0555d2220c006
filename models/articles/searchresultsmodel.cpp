#include "searchresultsmodel.h"

#include "localization.h"

#include <QLocale>

namespace PortalDesk::Models {

namespace {

QString unmarked(QString snippet)
{
    return snippet.remove(u'[').remove(u']');
}

// The list shows the snippet in a narrow column that elides its right end,
// and a snippet is centred on its match: shown whole, the match would be
// elided. The column's text starts a few words before the first match; the
// marks stay, for the bold of the two-line list.
QString leadIn(const QString &snippet)
{
    constexpr qsizetype context = 24;
    const qsizetype mark = snippet.indexOf(u'[');
    if (mark <= context + 1)
        return snippet;
    qsizetype start = snippet.indexOf(u' ', mark - context);
    start = start < 0 || start >= mark ? mark : start + 1;
    return u'…' + snippet.sliced(start);
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return hit.article.title;
        case StateColumn:
            return articleStateDisplayName(hit.article.state);
        case SectionColumn:
            return hit.article.section;
        case AuthorColumn:
            return hit.article.author;
        case UpdatedColumn:
            return Localization::dateTimeText(hit.article.updated);
        case SnippetColumn:
            return unmarked(leadIn(hit.snippet));
        }
        return {};
    case Qt::ToolTipRole:
        return QString(hit.article.title + u"\n\n" + unmarked(hit.snippet));
    case IdRole:
        return hit.article.id;
    case StateRole:
        return int(hit.article.state);
    case ExactRole:
        return hit.exact;
    case TierRole:
        return int(hit.tier);
    case SnippetHtmlRole:
        return leadIn(hit.snippet).toHtmlEscaped().replace(u'[', QStringLiteral("<b>")).replace(u']', QStringLiteral("</b>"));
    }
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case StateColumn:
        return tr("State");
    case SectionColumn:
        return tr("Section");
    case AuthorColumn:
        return tr("Author");
    case UpdatedColumn:
        return tr("Updated");
    case SnippetColumn:
        return tr("Match");
    }
    return {};
}

void SearchResultsModel::setResults(const SearchResults &results)
{
    beginResetModel();
    m_hits = results.hits;
    m_notice = results.notice;
    endResetModel();
}

void SearchResultsModel::clear()
{
    setResults({});
}

} // namespace PortalDesk::Models
