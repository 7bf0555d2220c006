#include "gazetteprintformat.h"

#include "gazetteprint.h"

#include <QRegularExpression>

namespace PortalDesk::Models::GazettePrintFormat {

// Painter coordinates and the page size are device pixels.
double mm(double millimetres)
{
    return millimetres * resolution / 25.4;
}

double formatMm(double millimetres)
{
    return millimetres * 96 / 25.4;
}

double formatPt(double points)
{
    return points * 96 / 72;
}

QFont printFont(double points, bool bold, bool italic)
{
    QFont font(GazettePrint::fontFamily());
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

QTextCharFormat charFormat(double points, bool bold, bool italic)
{
    QTextCharFormat format;
    format.setFont(printFont(points, bold, italic));
    return format;
}

QTextBlockFormat blockFormat(Qt::Alignment alignment, double spaceAfter, double firstIndentMm)
{
    QTextBlockFormat format;
    format.setAlignment(alignment);
    format.setBottomMargin(formatPt(spaceAfter));
    // The first-line indent and table borders are not scaled by the layout:
    // device pixels.
    format.setTextIndent(mm(firstIndentMm));
    return format;
}

// "**bold**" and "*italic*" as the import writes them.
void insertInline(QTextCursor &cursor, const QString &text, const QTextCharFormat &base)
{
    static const QRegularExpression marks(QStringLiteral(R"(\*\*(.+?)\*\*|\*(.+?)\*)"));
    qsizetype at = 0;
    auto it = marks.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        cursor.insertText(text.mid(at, m.capturedStart() - at), base);
        QTextCharFormat format = base;
        if (m.capturedLength(1) > 0)
            format.setFontWeight(QFont::Bold);
        else
            format.setFontItalic(true);
        cursor.insertText(m.capturedLength(1) > 0 ? m.captured(1) : m.captured(2), format);
        at = m.capturedEnd();
    }
    cursor.insertText(text.mid(at), base);
}

} // namespace PortalDesk::Models::GazettePrintFormat
