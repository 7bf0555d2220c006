#include "articlelistview.h"

#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QResizeEvent>
#include <QStyledItemDelegate>
#include <QTextLayout>

namespace PortalDesk::Widgets {

namespace {

constexpr int lineGap = 2;
constexpr qreal detailScale = 0.9;

QFont detailFont(const QFont &font)
{
    QFont smaller = font;
    if (font.pointSizeF() > 0)
        smaller.setPointSizeF(font.pointSizeF() * detailScale);
    else
        smaller.setPixelSize(qMax(8, qRound(font.pixelSize() * detailScale)));
    return smaller;
}

// Paints the title column of a compact list: the title on the first line,
// the row's other shown columns under it, and a search's matched text on a
// third line when the view has a stretch column.
class TitleDelegate final : public QStyledItemDelegate
{
public:
    explicit TitleDelegate(ArticleListView *view, int stretchLines)
        : QStyledItemDelegate(view)
        , m_view(view)
        , m_extraLines(stretchLines)
    {
    }

    void setExtraLines(int lines) { m_extraLines = lines; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (!compactTitle(index))
            return size;
        const QFontMetrics title(option.font);
        const QFontMetrics detail(detailFont(option.font));
        size.setHeight(title.height() + (1 + m_extraLines) * (detail.height() + lineGap) + 2 * lineGap);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (!compactTitle(index)) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (!style)
            return;
        // Background, selection and focus as every other row.
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
            : (opt.state & QStyle::State_Active)                                 ? QPalette::Normal
                                                                                 : QPalette::Inactive;
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor titleColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor detailColor = titleColor;
        if (!selected)
            detailColor.setAlphaF(0.7);

        painter->save();
        const QFontMetrics titleMetrics(opt.font);
        QRect line(area.left(), area.top() + lineGap, area.width(), titleMetrics.height());
        painter->setFont(opt.font);
        painter->setPen(titleColor);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          titleMetrics.elidedText(title, Qt::ElideRight, line.width()));

        const QFont small = detailFont(opt.font);
        const QFontMetrics smallMetrics(small);
        painter->setFont(small);
        painter->setPen(detailColor);
        const QStringList lines{m_view->detailLine(index)};
        line = QRect(area.left(), line.bottom() + 1 + lineGap, area.width(), smallMetrics.height());
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(lines.constFirst(), Qt::ElideRight, line.width()));
        if (m_extraLines > 0) {
            line = QRect(area.left(), line.bottom() + 1 + lineGap, area.width(), smallMetrics.height());
            drawMarked(painter, line, small, index);
        }
        painter->restore();
    }

    int stretchColumn = -1;
    int markedRole = -1;  // the stretch text as HTML with <b> around matches

private:
    // The stretch column's text on one line, the matched words in bold.
    void drawMarked(QPainter *painter, const QRect &line, const QFont &font, const QModelIndex &index) const
    {
        QString text;
        QList<QTextLayout::FormatRange> bold;
        const QString html = markedRole < 0 ? QString() : index.siblingAtColumn(stretchColumn).data(markedRole).toString();
        if (html.isEmpty()) {
            text = stretchText(index);
        } else {
            // Only <b>, </b> and the entities QString::toHtmlEscaped() writes.
            static const std::pair<QStringView, QChar> entities[] = {
                {u"&amp;", u'&'}, {u"&lt;", u'<'}, {u"&gt;", u'>'}, {u"&quot;", u'"'}};
            int boldFrom = -1;
            for (qsizetype i = 0; i < html.size();) {
                const QStringView rest = QStringView(html).mid(i);
                if (rest.startsWith(u"<b>")) {
                    boldFrom = int(text.size());
                    i += 3;
                } else if (rest.startsWith(u"</b>")) {
                    if (boldFrom >= 0) {
                        QTextLayout::FormatRange range;
                        range.start = boldFrom;
                        range.length = int(text.size()) - boldFrom;
                        range.format.setFontWeight(QFont::Bold);
                        bold.append(range);
                    }
                    boldFrom = -1;
                    i += 4;
                } else {
                    const auto entity = std::find_if(std::begin(entities), std::end(entities),
                                                     [&rest](const auto &each) { return rest.startsWith(each.first); });
                    if (entity != std::end(entities)) {
                        text.append(entity->second);
                        i += entity->first.size();
                    } else {
                        text.append(html.at(i++));
                    }
                }
            }
        }
        const QFontMetrics metrics(font);
        // Bold words are wider than the metrics say: a little room for them.
        const QString shown = metrics.elidedText(text, Qt::ElideRight, line.width() - 4 * metrics.averageCharWidth());
        QTextLayout layout(shown, font);
        QList<QTextLayout::FormatRange> formats;
        for (QTextLayout::FormatRange range : std::as_const(bold)) {
            range.length = qMin(range.length, int(shown.size()) - range.start);
            if (range.length > 0)
                formats.append(range);
        }
        layout.setFormats(formats);
        layout.beginLayout();
        QTextLine textLine = layout.createLine();
        textLine.setLineWidth(line.width());
        layout.endLayout();
        layout.draw(painter, QPointF(line.left(), line.top() + (line.height() - textLine.height()) / 2));
    }

    bool compactTitle(const QModelIndex &index) const
    {
        return m_view->isCompact() && index.column() == m_view->titleColumn();
    }

    QString stretchText(const QModelIndex &index) const
    {
        return stretchColumn < 0 ? QString() : index.siblingAtColumn(stretchColumn).data().toString();
    }

    ArticleListView *m_view;
    int m_extraLines = 0;
};

} // namespace

ArticleListView::ArticleListView(QWidget *parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setItemDelegate(new TitleDelegate(this, 0));
    header()->setStretchLastSection(false);
    header()->setMinimumSectionSize(60);
    // Columns sized to their contents measure the rows on screen and this
    // many more, not Qt's default of 1,000: each row is a text layout, and
    // at 1,000 the list's measuring was a tenth of the desk's start
    // (callgrind, 2026-12-07). Dates and state names vary little in width.
    header()->setResizeContentsPrecision(100);
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header(), &QHeaderView::customContextMenuRequested, this, &ArticleListView::showHeaderMenu);
}

void ArticleListView::setColumns(int titleColumn, const QList<int> &choosable, const QList<int> &shown)
{
    m_titleColumn = titleColumn;
    m_choosable = choosable;
    // Contents decide the one-line layout's width: measure again when they come.
    connect(model(), &QAbstractItemModel::modelReset, this, &ArticleListView::remeasure, Qt::UniqueConnection);
    connect(model(), &QAbstractItemModel::rowsInserted, this, &ArticleListView::remeasure, Qt::UniqueConnection);
    m_shown.clear();
    for (int column : shown) {
        if (choosable.contains(column))
            m_shown.append(column);
    }
    remeasure();
}

void ArticleListView::setShownColumns(const QList<int> &columns)
{
    QList<int> shown;
    for (int column : columns) {
        if (m_choosable.contains(column) && !shown.contains(column))
            shown.append(column);
    }
    if (shown == m_shown)
        return;
    m_shown = shown;
    remeasure();
}

void ArticleListView::setStretchColumn(int column, int markedRole)
{
    m_stretchColumn = column;
    static_cast<TitleDelegate *>(itemDelegate())->stretchColumn = column;
    static_cast<TitleDelegate *>(itemDelegate())->markedRole = markedRole;
    remeasure();
}

QString ArticleListView::detailLine(const QModelIndex &index) const
{
    QStringList parts;
    for (int column : m_shown) {
        if (column == m_stretchColumn)
            continue;
        const QString text = index.siblingAtColumn(column).data().toString();
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(QStringLiteral(" · "));
}

void ArticleListView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateLayout();
}

void ArticleListView::changeEvent(QEvent *event)
{
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        remeasure();
}

void ArticleListView::focusInEvent(QFocusEvent *event)
{
    if (currentIndex().isValid()) {
        QTreeView::focusInEvent(event);
        return;
    }
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void ArticleListView::remeasure()
{
    m_neededBeside = -1;
    updateLayout();
}

int ArticleListView::widthNeededBeside() const
{
    if (m_neededBeside >= 0)
        return m_neededBeside;
    // What the shown columns take in the one-line layout: their contents or
    // their header, whichever is wider; a stretch column is given room for
    // a few words of its text.
    const int characters = fontMetrics().averageCharWidth();
    int needed = 0;
    for (int column : m_shown) {
        if (column == m_stretchColumn) {
            needed += 30 * characters;
            continue;
        }
        needed += qMax(header()->sectionSizeHint(column), sizeHintForColumn(column));
    }
    m_neededBeside = needed;
    return needed;
}

void ArticleListView::updateLayout()
{
    if (!model())
        return;
    const int titleWidth = readableTitleCharacters * fontMetrics().averageCharWidth();
    const bool compact = viewport()->width() < titleWidth + widthNeededBeside();
    const bool modeChanged = compact != m_compact;
    m_compact = compact;
    static_cast<TitleDelegate *>(itemDelegate())
        ->setExtraLines(compact && m_shown.contains(m_stretchColumn) ? 1 : 0);
    for (int column = 0; column < model()->columnCount(); ++column) {
        const bool title = column == m_titleColumn;
        setColumnHidden(column, !title && (compact || !m_shown.contains(column)));
        if (title || column == m_stretchColumn)
            header()->setSectionResizeMode(column, QHeaderView::Stretch);
        else
            header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    if (modeChanged) {
        // Uniform row heights are measured once: measure again.
        scheduleDelayedItemsLayout();
    }
}

void ArticleListView::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    menu.addSection(tr("Show columns"));
    for (int column : std::as_const(m_choosable)) {
        QAction *action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(m_shown.contains(column));
        connect(action, &QAction::toggled, this, [this, column](bool checked) {
            QList<int> shown;
            // Keep the columns in the model's order, whatever order they were ticked in.
            for (int each : std::as_const(m_choosable)) {
                if (each == column ? checked : m_shown.contains(each))
                    shown.append(each);
            }
            setShownColumns(shown);
            Q_EMIT shownColumnsChanged(m_shown);
        });
    }
    if (m_compact) {
        menu.addSeparator();
        QAction *note = menu.addAction(tr("The list is narrow: the columns are shown under each title."));
        note->setEnabled(false);
    }
    menu.exec(header()->viewport()->mapToGlobal(position));
}

} // namespace PortalDesk::Widgets
