#pragma once

#include <QFont>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>

// The Công báo's print measures and formats, shared by its layout and its
// tables. Used by GazettePrint only.
namespace PortalDesk::Models::GazettePrintFormat {

// Decree 30/2020/NĐ-CP's margins (top 20–25 mm, bottom 20–25, left 30–35,
// right 15–20); the running header sits in the top margin.
constexpr int resolution = 600;
constexpr double marginTopMm = 25, marginBottomMm = 20, marginLeftMm = 30, marginRightMm = 20, headerMm = 13;
constexpr double bodyPoints = 13;

// Painter coordinates and the page size are device pixels.
double mm(double millimetres);
// Vertical lengths in text formats (top and bottom margins) and the padding
// of table cells are pixels at 96 dpi, which the layout scales to the
// device; horizontal ones (indents, left margins, borders) it takes as
// device pixels: mm() for those.
double formatMm(double millimetres);
double formatPt(double points);
QFont printFont(double points, bool bold = false, bool italic = false);
QTextCharFormat charFormat(double points = bodyPoints, bool bold = false, bool italic = false);
QTextBlockFormat blockFormat(Qt::Alignment alignment, double spaceAfter = 4, double firstIndentMm = 0);
// "**bold**" and "*italic*" as the import writes them.
void insertInline(QTextCursor &cursor, const QString &text, const QTextCharFormat &base);

} // namespace PortalDesk::Models::GazettePrintFormat
