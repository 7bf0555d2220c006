#include "gazettetables.h"

#include "gazetteprintformat.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

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

namespace {

// A table of many columns prints smaller, so that its words keep whole
// rather than breaking a letter a line: 12 points up to five columns, down
// to 7 points for the twenty-column appendices of real decisions; on a
// landscape page, 1.4 times as wide, as a table of two thirds the columns.
double cellPoints(int columns, bool landscape)
{
    if (landscape)
        columns = columns * 2 / 3;
    if (columns <= 5)
        return bodyPoints - 1;
    if (columns <= 8)
        return 11;
    if (columns <= 12)
        return 9.5;
    if (columns <= 16)
        return 8;
    return 7;
}

double cellPaddingMm(int columns)
{
    return columns > 8 ? 0.6 : 1;
}

// The rows of "| a | b |" lines, without Markdown's rule under the header.
QList<QStringList> tableRows(const QStringList &lines)
{
    static const QRegularExpression rule(QStringLiteral(R"(^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$)"));
    QList<QStringList> rows;
    for (const QString &line : lines) {
        if (!rule.match(line.trimmed()).hasMatch())
            rows << tableCells(line);
    }
    return rows;
}

int columnCount(const QList<QStringList> &rows)
{
    int columns = 0;
    for (const QStringList &row : rows)
        columns = std::max(columns, int(row.size()));
    return columns;
}

// A cell's text, from its first line to its last, in document coordinates.
QRectF cellRect(QAbstractTextDocumentLayout *layout, const QTextTableCell &cell)
{
    const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
    const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
    return first.united(last);
}

} // namespace

bool needsLandscape(const QStringList &lines, double width, QPaintDevice *device)
{
    const QList<QStringList> rows = tableRows(lines);
    const int columns = columnCount(rows);
    if (columns > 12)
        return true;
    // A few columns too wide side by side hold a long name or address:
    // a landscape page would not keep it whole either.
    if (columns < 6)
        return false;
    // Each column at least as wide as its longest word, with its padding.
    const QFontMetricsF metrics(printFont(cellPoints(columns, false), true), device);
    QList<double> longest(columns, 0.0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            for (const QString &word : row.at(c).split(u' ', Qt::SkipEmptyParts))
                longest[c] = std::max(longest.at(c), metrics.horizontalAdvance(word));
        }
    }
    double needed = 0;
    for (double w : std::as_const(longest))
        needed += w + 2 * mm(cellPaddingMm(columns));
    return needed > width;
}

QTextTable *insertTable(QTextCursor &cursor, const QStringList &lines, bool landscape)
{
    const QList<QStringList> rows = tableRows(lines);
    const int columns = columnCount(rows);
    if (rows.isEmpty())
        return nullptr;
    const double points = cellPoints(columns, landscape);
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellSpacing(0);
    // The layout scales cell padding to the device like vertical margins.
    format.setCellPadding(formatMm(cellPaddingMm(columns)));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    // No repeated header row: the print draws each line of the text itself
    // (drawPage), and Qt would only leave its room blank on the next page.
    format.setHeaderRowCount(0);
    QTextTable *table = cursor.insertTable(int(rows.size()), columns, format);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            QTextCursor cell = table->cellAt(r, c).firstCursorPosition();
            // A table of one row lays out a page (the "Nơi nhận" beside the
            // signature of a .docx), it has no header.
            const bool header = r == 0 && rows.size() > 1;
            // Figures right-aligned, so that their places line up.
            static const QRegularExpression figure(QStringLiteral(R"(^[-+]?[\d.,]*\d[\d.,]*\s*%?$)"));
            const Qt::Alignment alignment = header ? Qt::AlignHCenter
                : figure.match(rows.at(r).at(c)).hasMatch() ? Qt::AlignRight
                                                            : Qt::AlignLeft;
            cell.setBlockFormat(blockFormat(alignment, 0));
            insertInline(cell, rows.at(r).at(c), charFormat(points, header));
        }
    }
    cursor.movePosition(QTextCursor::End);
    return table;
}

Grid measureGrid(QTextDocument &document, QTextTable *table)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const QRectF outer = layout->frameBoundingRect(table);
    QList<QList<QRectF>> cells(table->rows());
    for (int r = 0; r < table->rows(); ++r) {
        for (int c = 0; c < table->columns(); ++c)
            cells[r] << cellRect(layout, table->cellAt(r, c));
    }
    Grid grid;
    grid.left = outer.left();
    grid.right = outer.right();
    // One row is a layout, not data: no grid (as Word's signature tables).
    if (cells.size() < 2 || cells.first().isEmpty())
        return grid;
    // The padding as laid out: from the table's edge to its first text.
    const double horizontal = std::clamp(cells.first().first().left() - outer.left(), 0.0, mm(2));
    double vertical = horizontal;
    if (cells.first().first().top() >= outer.top())
        vertical = std::clamp(cells.first().first().top() - outer.top(), 0.0, mm(2));
    for (int c = 1; c < table->columns(); ++c) {
        double left = outer.right();
        for (int r = 0; r < table->rows(); ++r)
            left = std::min(left, cells.at(r).at(c).left());
        grid.columnLefts << left - horizontal;
    }
    for (int r = 0; r < table->rows(); ++r) {
        double top = cells.at(r).first().top();
        double bottom = cells.at(r).first().bottom();
        for (const QRectF &cell : cells.at(r)) {
            top = std::min(top, cell.top());
            bottom = std::max(bottom, cell.bottom());
        }
        grid.rows.append({top - vertical, bottom + vertical});
    }
    // Rows touch: the line between two is where one ends and the next
    // begins, halfway between their texts (the layout's padding is not
    // always the one measured above). Not where a page break moved a row to
    // the next page and left the rest of the page blank.
    for (qsizetype r = 0; r + 1 < grid.rows.size(); ++r) {
        auto &[top, bottom] = grid.rows[r];
        auto &next = grid.rows[r + 1];
        if (next.first - bottom < mm(6)) {
            bottom = (bottom + next.first) / 2;
            next.first = bottom;
        }
    }
    return grid;
}

void drawGrid(QPainter &painter, const Grid &grid, double pageTop, double pageBottom)
{
    if (grid.rows.isEmpty() || grid.rows.constFirst().first >= pageBottom || grid.rows.constLast().second <= pageTop)
        return;
    painter.save();
    painter.setPen(QPen(Qt::black, mm(0.2)));
    for (const auto &[rowTop, rowBottom] : grid.rows) {
        // Each row where its own text is, and on this page only: a row the
        // page breaks is closed at the page's end and goes on on the next.
        const double top = std::max(rowTop, pageTop);
        const double bottom = std::min(rowBottom, pageBottom);
        if (top >= bottom)
            continue;
        painter.drawLine(QPointF(grid.left, top), QPointF(grid.right, top));
        painter.drawLine(QPointF(grid.left, bottom), QPointF(grid.right, bottom));
        painter.drawLine(QPointF(grid.left, top), QPointF(grid.left, bottom));
        painter.drawLine(QPointF(grid.right, top), QPointF(grid.right, bottom));
        for (double left : grid.columnLefts)
            painter.drawLine(QPointF(left, top), QPointF(left, bottom));
    }
    painter.restore();
}

} // namespace PortalDesk::Models::GazetteTables
