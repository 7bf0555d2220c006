#pragma once

#include "questionstore.h"

#include <QWidget>

class QPainter;

namespace PortalDesk::Widgets {

// The month's answers per agency as horizontal bars, one row per agency:
// answered on time, answered late and still open, end to end, each part
// with its number written in it (or beside it, when too narrow), so that
// the chart reads without telling colours apart. Drawn with QPainter: the
// same drawing goes on screen and into the PDF.
class QuestionStatisticsChart final : public QWidget
{
    Q_OBJECT

public:
    struct Labels {
        QString title;
        QString onTime;
        QString late;
        QString open;
        QString empty;  // said when no agency had a question in the month
    };

    explicit QuestionStatisticsChart(QWidget *parent = nullptr);

    void setData(const QList<Models::AgencyMonth> &rows, const Labels &labels);
    const QList<Models::AgencyMonth> &rows() const { return m_rows; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Draws the chart in `area` with `font` (the widget's, or the PDF's).
    static void paint(QPainter &painter, const QRectF &area, const QFont &font, const QList<Models::AgencyMonth> &rows,
                      const Labels &labels, const QPalette &palette);
    // The height the chart needs for its rows at that font.
    static qreal heightFor(const QFont &font, qsizetype rows);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Models::AgencyMonth> m_rows;
    Labels m_labels;
};

} // namespace PortalDesk::Widgets
