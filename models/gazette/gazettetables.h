#pragma once

#include <QList>
#include <QRectF>
#include <QStringList>

#include <utility>

class QPaintDevice;
class QPainter;
class QTextCursor;
class QTextDocument;
class QTextTable;

// The tables of a legal text in the Công báo's print: made from the
// "| a | b |" lines of the import, and their grid, which the print draws
// itself. Used by GazettePrint only.
namespace PortalDesk::Models::GazetteTables {

// The lines of a table, in document coordinates: each row from the top of
// its cells' text to the bottom (with the padding), each column at the left
// of its cells. Measured once, after the layout.
struct Grid {
    double left = 0;
    double right = 0;
    QList<double> columnLefts;              // the lines between columns
    QList<std::pair<double, double>> rows;  // top and bottom
};

QStringList tableCells(QString line);
// Qt's text layout draws no table borders on a QPdfWriter (nor on a
// QImage): the grid of each table is drawn by drawGrid() instead.
// `landscape`: on a landscape page, in a larger face than on a portrait one.
QTextTable *insertTable(QTextCursor &cursor, const QStringList &lines, bool landscape = false);
// Whether a table is too wide for a portrait page: more columns than a
// portrait page prints legibly, or longer words side by side than its width
// (`width` in the device pixels of `device`) holds.
bool needsLandscape(const QStringList &lines, double width, QPaintDevice *device);
Grid measureGrid(QTextDocument &document, QTextTable *table);
// The part of the grid on the page from pageTop to pageBottom: nothing of
// it outside its rows, nothing outside the page.
void drawGrid(QPainter &painter, const Grid &grid, double pageTop, double pageBottom);

} // namespace PortalDesk::Models::GazetteTables
