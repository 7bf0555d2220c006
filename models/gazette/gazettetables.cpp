#include "gazettetables.h"

#include "gazetteprintformat.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace PortalDesk::Models::GazetteTables {

using namespace GazettePrintFormat;

QStringList tableCells(QString line)
{
    line = line.trimmed();
    if (line.startsWith(u'|'))
        line.remove(0, 1);
    if (line.endsWith(u'|') && !line.endsWith(QStringLiteral("\\|")))
        line.chop(1);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'\\' && i + 1 < line.size() && line.at(i + 1) == u'|') {
            cell += u'|';
            ++i;
        } else if (line.at(i) == u'|') {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += line.at(i);
        }
    }
    cells << cell.trimmed();
    return cells;
}

QTextTable *insertTable(QTextCursor &cursor, const QStringList &lines)
{
    static const QRegularExpression rule(QStringLiteral(R"(^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$)"));
    QList<QStringList> rows;
    int columns = 0;
    for (const QString &line : lines) {
        if (rule.match(line.trimmed()).hasMatch())
            continue;
        rows << tableCells(line);
        columns = qMax(columns, int(rows.last().size()));
    }
    if (rows.isEmpty())
        return nullptr;
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellSpacing(0);
    format.setCellPadding(formatMm(1));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(1);
    QTextTable *table = cursor.insertTable(int(rows.size()), columns, format);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            QTextCursor cell = table->cellAt(r, c).firstCursorPosition();
            cell.setBlockFormat(blockFormat(r == 0 ? Qt::AlignHCenter : Qt::AlignLeft, 0));
            insertInline(cell, rows.at(r).at(c), charFormat(bodyPoints - 1, r == 0));
        }
    }
    cursor.movePosition(QTextCursor::End);
    return table;
}

Grid measureGrid(QTextDocument &document, QTextTable *table)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    Grid grid;
    grid.outer = layout->frameBoundingRect(table);
    const double padding = mm(1);
    for (int r = 0; r < table->rows(); ++r) {
        double top = grid.outer.bottom();
        for (int c = 0; c < table->columns(); ++c) {
            const QRectF cell = layout->blockBoundingRect(table->cellAt(r, c).firstCursorPosition().block());
            top = std::min(top, cell.top() - padding);
            if (r == 0)
                grid.columnLefts << cell.left() - padding;
        }
        grid.rowTops << top;
    }
    return grid;
}

void drawGrid(QPainter &painter, const Grid &grid)
{
    const QRectF &outer = grid.outer;
    painter.save();
    painter.setPen(QPen(Qt::black, mm(0.2)));
    for (double top : grid.rowTops)
        painter.drawLine(QPointF(outer.left(), top), QPointF(outer.right(), top));
    painter.drawLine(QPointF(outer.left(), outer.bottom()), QPointF(outer.right(), outer.bottom()));
    const double top = grid.rowTops.isEmpty() ? outer.top() : grid.rowTops.constFirst();
    for (double left : grid.columnLefts)
        painter.drawLine(QPointF(left, top), QPointF(left, outer.bottom()));
    painter.drawLine(QPointF(outer.left(), top), QPointF(outer.left(), outer.bottom()));
    painter.drawLine(QPointF(outer.right(), top), QPointF(outer.right(), outer.bottom()));
    painter.restore();
}

} // namespace PortalDesk::Models::GazetteTables
