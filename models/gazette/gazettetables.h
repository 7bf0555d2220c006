#pragma once

#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;
class QTextCursor;
class QTextDocument;
class QTextTable;

// The tables of a legal text in the Công báo's print: made from the
// "| a | b |" lines of the import, and their grid, which the print draws
// itself. Used by GazettePrint only.
namespace PortalDesk::Models::GazetteTables {

// The lines between the cells of a table, in document coordinates: each
// row starts at the top of its cells, each column at the left of its cells
// (less the padding). Measured once, after the layout.
struct Grid {
    QRectF outer;
    QList<double> rowTops;
    QList<double> columnLefts;
};

QStringList tableCells(QString line);
// Qt's text layout draws no table borders on a QPdfWriter (nor on a
// QImage): the grid of each table is drawn by drawGrid() instead.
QTextTable *insertTable(QTextCursor &cursor, const QStringList &lines);
Grid measureGrid(QTextDocument &document, QTextTable *table);
void drawGrid(QPainter &painter, const Grid &grid);

} // namespace PortalDesk::Models::GazetteTables
