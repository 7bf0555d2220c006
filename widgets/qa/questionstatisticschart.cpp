#include "questionstatisticschart.h"

#include <QPainter>

#include <algorithm>

namespace PortalDesk::Widgets {

using namespace Models;

namespace {

struct Part {
    QColor fill;
    QColor text;
    Qt::BrushStyle pattern;  // over the fill: late and open differ in more than their colour
};

const Part onTimePart{QColor(0x2e, 0x7d, 0x32), Qt::white, Qt::NoBrush};
const Part latePart{QColor(0xc6, 0x28, 0x28), Qt::white, Qt::BDiagPattern};
const Part openPart{QColor(0xb0, 0xbe, 0xc5), Qt::black, Qt::Dense6Pattern};

void fillPart(QPainter &painter, const QRectF &rect, const Part &part)
{
    painter.fillRect(rect, part.fill);
    if (part.pattern != Qt::NoBrush)
        painter.fillRect(rect, QBrush(part.fill.darker(130), part.pattern));
}

// Row heights in lines of the font.
constexpr qreal titleLines = 1.6;
constexpr qreal legendLines = 1.8;
constexpr qreal rowLines = 1.9;
constexpr qreal barLines = 1.3;

} // namespace

QuestionStatisticsChart::QuestionStatisticsChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("questionStatisticsChart"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void QuestionStatisticsChart::setData(const QList<AgencyMonth> &rows, const Labels &labels)
{
    m_rows = rows;
    m_labels = labels;
    setAccessibleDescription(labels.title);
    updateGeometry();
    update();
}

qreal QuestionStatisticsChart::heightFor(const QFont &font, qsizetype rows)
{
    const qreal line = QFontMetricsF(font).height();
    return line * (titleLines + legendLines + rowLines * std::max<qsizetype>(rows, 1)) + line;
}

QSize QuestionStatisticsChart::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 90, int(heightFor(font(), m_rows.size()))};
}

QSize QuestionStatisticsChart::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 50, int(heightFor(font(), m_rows.size()))};
}

void QuestionStatisticsChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    paint(painter, QRectF(rect()).adjusted(8, 4, -8, -4), font(), m_rows, m_labels, palette());
}

void QuestionStatisticsChart::paint(QPainter &painter, const QRectF &area, const QFont &font, const QList<AgencyMonth> &rows,
                                    const Labels &labels, const QPalette &palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetricsF metrics(font, painter.device());
    const qreal line = metrics.height();
    const QColor ink = palette.color(QPalette::Text);
    qreal y = area.top();

    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(ink);
    painter.drawText(QRectF(area.left(), y, area.width(), line * titleLines), Qt::AlignLeft | Qt::AlignVCenter, labels.title);
    y += line * titleLines;

    // The legend, drawn as the bars are.
    painter.setFont(font);
    qreal x = area.left();
    const qreal swatch = line * 0.9;
    for (const auto &[part, text] : {std::pair{&onTimePart, labels.onTime}, std::pair{&latePart, labels.late},
                                    std::pair{&openPart, labels.open}}) {
        const QRectF box(x, y + (line * legendLines - swatch) / 2, swatch * 1.6, swatch);
        fillPart(painter, box, *part);
        painter.setPen(ink);
        const qreal width = metrics.horizontalAdvance(text);
        painter.drawText(QRectF(box.right() + line * 0.3, y, width + 2, line * legendLines), Qt::AlignLeft | Qt::AlignVCenter, text);
        x = box.right() + line * 0.3 + width + line * 1.2;
    }
    y += line * legendLines;

    int most = 0;
    for (const AgencyMonth &row : rows)
        most = std::max(most, row.onTime + row.late + row.open);
    if (rows.isEmpty() || most == 0) {
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(QRectF(area.left(), y, area.width(), line * rowLines), Qt::AlignLeft | Qt::AlignVCenter, labels.empty);
        painter.restore();
        return;
    }

    // Names on the left, at most a third of the width (longer ones elided:
    // the table above has them whole); each bar's total on its right.
    qreal nameWidth = 0;
    for (const AgencyMonth &row : rows)
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(row.agency));
    nameWidth = std::min(nameWidth, area.width() / 3) + line * 0.6;
    const qreal totalWidth = metrics.horizontalAdvance(QStringLiteral("0000")) + line * 0.6;
    const qreal barLeft = area.left() + nameWidth;
    const qreal barSpan = std::max<qreal>(area.right() - totalWidth - barLeft, 10);
    const qreal unit = barSpan / most;

    for (const AgencyMonth &row : rows) {
        const QRectF rowBox(area.left(), y, area.width(), line * rowLines);
        painter.setPen(ink);
        painter.drawText(QRectF(area.left(), y, nameWidth - line * 0.6, rowBox.height()), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(row.agency, Qt::ElideMiddle, nameWidth - line * 0.6));
        const qreal barTop = y + (rowBox.height() - line * barLines) / 2;
        qreal left = barLeft;
        for (const auto &[part, count] : {std::pair{&onTimePart, row.onTime}, std::pair{&latePart, row.late},
                                         std::pair{&openPart, row.open}}) {
            if (count <= 0)
                continue;
            const QRectF bar(left, barTop, count * unit, line * barLines);
            fillPart(painter, bar, *part);
            const QString number = QString::number(count);
            if (metrics.horizontalAdvance(number) + line * 0.4 <= bar.width()) {
                // On a plain patch behind the digits, so that a pattern never crosses them.
                const qreal width = metrics.horizontalAdvance(number) + line * 0.3;
                const QRectF patch(bar.center().x() - width / 2, bar.top() + line * 0.1, width, bar.height() - line * 0.2);
                painter.fillRect(patch, part->fill);
                painter.setPen(part->text);
                painter.drawText(bar, Qt::AlignCenter, number);
            }
            left = bar.right();
        }
        painter.setPen(ink);
        painter.drawText(QRectF(left + line * 0.3, y, totalWidth, rowBox.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::number(row.onTime + row.late + row.open));
        y += rowBox.height();
    }
    // The axis the bars start from.
    painter.setPen(QPen(ink, 1));
    painter.drawLine(QPointF(barLeft, area.top() + line * (titleLines + legendLines)), QPointF(barLeft, y));
    painter.restore();
}

} // namespace PortalDesk::Widgets
