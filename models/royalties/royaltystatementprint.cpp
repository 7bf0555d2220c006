// The statement printed: A4, Vietnamese, the page a portal signs and hands
// to its accountant, then the works behind each line.
#include "royaltystatementexport.h"

#include "vietnamesenumbers.h"

#include <QBuffer>
#include <QHash>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextLayout>

#include <QVarLengthArray>

#include <QGlyphRun>

#include <map>
#include <unordered_map>
#include <numeric>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models::RoyaltyStatementExport {

namespace {

constexpr int resolution = 300;

double mm(double millimetres)
{
    return millimetres * resolution / 25.4;
}

// The face of Vietnamese administrative documents' Times New Roman, with
// the same widths (fonts-liberation).
QFont printFont(double points, bool bold = false, bool italic = false)
{
    QFont font(u"Liberation Serif"_s);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

struct Shaped {
    double advance = 0;
    QList<QGlyphRun> runs;
};

struct Column {
    QString heading;
    double width;  // mm
    Qt::Alignment align;
};

// Pages of rows under a repeated heading row, each row as tall as its
// tallest cell; a row never splits across pages.
class TablePrinter
{
public:
    TablePrinter(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_painter(painter)
        , m_page(QPointF(), writer.pageLayout().fullRectPixels(resolution).size())
    {
        m_y = top();
    }

    double top() const { return mm(15); }
    double bottom() const { return m_page.height() - mm(18); }
    double left() const { return mm(20); }
    double width() const { return m_page.width() - mm(20) - mm(15); }
    double &y() { return m_y; }
    int page() const { return m_pageNumber; }

    void newPage()
    {
        finishRules();
        drawPageNumber();
        m_writer.newPage();
        ++m_pageNumber;
        m_y = top();
    }
    void drawPageNumber()
    {
        m_painter.setFont(printFont(10));
        m_painter.drawText(QRectF(0, m_page.height() - mm(13), m_page.width(), mm(6)), Qt::AlignHCenter, QString::number(m_pageNumber));
    }
    // A line of text across the page; wraps.
    void paragraph(const QString &text, const QFont &font, Qt::Alignment align = Qt::AlignLeft, double after = 1.5)
    {
        finishRules();
        m_painter.setFont(font);
        const QRectF box(left(), m_y, width(), bottom() - m_y);
        const QRectF needed = m_painter.boundingRect(box, int(align | Qt::TextWordWrap), text);
        if (m_y + needed.height() > bottom())
            newPage();
        m_painter.drawText(QRectF(left(), m_y, width(), needed.height()), int(align | Qt::TextWordWrap), text);
        m_y += needed.height() + mm(after);
    }
    void setColumns(QList<Column> columns)
    {
        finishRules();
        m_columns = std::move(columns);
        double fixed = 0;
        for (const Column &column : std::as_const(m_columns))
            fixed += column.width;
        // The first column of width 0 takes what is left.
        for (Column &column : m_columns) {
            if (column.width == 0)
                column.width = width() / mm(1) - fixed;
        }
    }
    void headingRow()
    {
        QStringList cells;
        for (const Column &column : std::as_const(m_columns))
            cells << column.heading;
        row(cells, true, true);
    }
    // bold: the row's text; span: the first cell across the whole row.
    void row(const QStringList &cells, bool bold, bool heading = false, bool span = false)
    {
        const QFont font = printFont(heading ? 10 : 11, bold);
        const QFontMetricsF &metrics = fontMetrics(font);
        const double padding = mm(1.2);
        // Most cells hold one line: measured by their advance and drawn at
        // their baseline. Only a cell too wide for its column is laid out
        // in lines, once, for both its height and its drawing. (Laying out
        // every cell twice, as drawText with a rectangle does, took most of
        // the time of a statement of thousands of works.)
        struct Cell {
            double width = 0;
            double advance = 0;
            const QTextLayout *lines = nullptr;
            const Shaped *shaped = nullptr;
            double height = 0;
        };
        const qsizetype count = span ? 1 : m_columns.size();
        std::vector<Cell> laid(count);
        double height = metrics.height();
        for (qsizetype i = 0; i < count; ++i) {
            Cell &cell = laid[i];
            cell.width = span ? width() : mm(m_columns.at(i).width);
            const QString text = cells.value(i);
            const double inner = cell.width - 2 * padding;
            // Short texts recur (dates, genres, shares): their widths are
            // remembered. A long one is laid out straight away.
            cell.shaped = text.size() > 60 ? nullptr : &shaped(font, text);
            cell.advance = cell.shaped ? cell.shaped->advance : inner + 1;
            if (cell.advance <= inner) {
                cell.height = metrics.height();
            } else {
                cell.lines = &wrapped(font, text, inner, alignment(i, heading, span), &cell.height);
            }
            height = std::max(height, cell.height);
        }
        height += 2 * padding;
        if (m_y + height > bottom()) {
            newPage();
            if (!heading)
                headingRow();
        }
        // Set only when it changes: each change is written into the PDF.
        if (m_painter.font() != font)
            m_painter.setFont(font);
        if (m_painter.pen().widthF() != mm(0.2))
            m_painter.setPen(QPen(Qt::black, mm(0.2)));
        // Each row draws the rule under it (and over it, when it starts a
        // run of rows); the columns' rules are drawn once for the whole run,
        // top to bottom, when it ends: a statement of thousands of rows would
        // otherwise draw its columns' rules a row at a time.
        const double right = left() + (span ? width() : std::accumulate(laid.cbegin(), laid.cend(), 0.0, [](double sum, const Cell &c) { return sum + c.width; }));
        if (span)
            finishRules();
        if (m_runTop < 0) {
            m_runTop = m_y;
            m_painter.drawLine(QLineF(left(), m_y, right, m_y));
        }
        m_painter.drawLine(QLineF(left(), m_y + height, right, m_y + height));
        m_runBottom = m_y + height;
        m_runEdges.clear();
        double x = left();
        for (qsizetype i = 0; i < count; ++i) {
            m_runEdges.append(x);
            x += laid[i].width;
        }
        m_runEdges.append(x);
        if (span)
            finishRules();
        x = left();
        for (qsizetype i = 0; i < count; ++i) {
            const Cell &cell = laid[i];
            const double top = m_y + (height - cell.height) / 2;
            if (cell.lines) {
                cell.lines->draw(&m_painter, QPointF(x + padding, top));
            } else {
                const Qt::Alignment align = alignment(i, heading, span);
                const double inner = cell.width - 2 * padding;
                const double offset = align & Qt::AlignRight ? inner - cell.advance : align & Qt::AlignHCenter ? (inner - cell.advance) / 2 : 0;
                for (const QGlyphRun &run : cell.shaped->runs)
                    m_painter.drawGlyphRun(QPointF(x + padding + offset, top), run);
            }
            x += cell.width;
        }
        m_y += height;
    }

    // The columns' rules of the rows drawn since the last call.
    void finishRules()
    {
        if (m_runTop < 0)
            return;
        m_painter.setPen(QPen(Qt::black, mm(0.2)));
        QVarLengthArray<QLineF, 12> rules;
        for (const double edge : std::as_const(m_runEdges))
            rules.append(QLineF(edge, m_runTop, edge, m_runBottom));
        m_painter.drawLines(rules.constData(), int(rules.size()));
        m_runTop = -1;
    }

private:
    Qt::Alignment alignment(qsizetype column, bool heading, bool span) const
    {
        if (heading || span)
            return Qt::AlignHCenter;
        return m_columns.at(column).align & Qt::AlignHorizontal_Mask;
    }
    // A text too wide for its column, laid out in lines once: a work's
    // title recurs under each of its authors.
    const QTextLayout &wrapped(const QFont &font, const QString &text, double width, Qt::Alignment align, double *height)
    {
        const QString key = font.key() + u'\x1f' + QString::number(width) + u'\x1f' + QString::number(int(align)) + u'\x1f' + text;
        auto found = m_wrapped.find(key);
        if (found == m_wrapped.end()) {
            auto layout = std::make_unique<QTextLayout>(text, font, m_painter.device());
            QTextOption option(align);
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout->setTextOption(option);
            layout->setCacheEnabled(true);
            layout->beginLayout();
            double y = 0;
            for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
                line.setLineWidth(width);
                line.setPosition(QPointF(0, y));
                y += line.height();
            }
            layout->endLayout();
            found = m_wrapped.emplace(key, std::move(layout)).first;
        }
        *height = found->second->boundingRect().height();
        return *found->second;
    }

    // A short text shaped once (HarfBuzz is most of the cost of drawing
    // it), its glyphs then placed wherever it recurs: dates, genres,
    // shares, row numbers, names.
    const Shaped &shaped(const QFont &font, const QString &text)
    {
        auto &known = m_shaped[font.key()];
        auto found = known.find(text);
        if (found == known.end()) {
            QTextLayout layout(text, font, m_painter.device());
            layout.beginLayout();
            QTextLine line = layout.createLine();
            layout.endLayout();
            Shaped shape;
            shape.advance = line.isValid() ? line.naturalTextWidth() : 0;
            shape.runs = layout.glyphRuns();
            found = known.emplace(text, std::move(shape)).first;
        }
        return found->second;
    }
    const QFontMetricsF &fontMetrics(const QFont &font)
    {
        const QString key = font.key();
        auto found = m_metrics.find(key);
        if (found == m_metrics.end())
            found = m_metrics.emplace(key, QFontMetricsF(font, m_painter.device())).first;
        return found->second;
    }

    std::map<QString, QFontMetricsF> m_metrics;
    std::map<QString, std::unordered_map<QString, Shaped>> m_shaped;
    std::unordered_map<QString, std::unique_ptr<QTextLayout>> m_wrapped;
    double m_runTop = -1;  // where the current run of rows began; -1: none
    double m_runBottom = 0;
    QVarLengthArray<double, 12> m_runEdges;
    QPdfWriter &m_writer;
    QPainter &m_painter;
    QRectF m_page;
    QList<Column> m_columns;
    double m_y = 0;
    int m_pageNumber = 1;
};

QString monthTitle(const RoyaltyMonth &month)
{
    return u"Tháng %1 năm %2"_s.arg(month.month).arg(month.year);
}

QString romanNumeral(int n)
{
    static const QStringList numerals{u"I"_s, u"II"_s, u"III"_s, u"IV"_s, u"V"_s, u"VI"_s, u"VII"_s, u"VIII"_s, u"IX"_s, u"X"_s};
    return n >= 1 && n <= numerals.size() ? numerals.at(n - 1) : QString::number(n);
}

void drawHeader(QPainter &painter, TablePrinter &table, const RoyaltyStatement &statement, const QString &office)
{
    const double half = table.width() * 0.45;
    const double y = table.y();
    painter.setFont(printFont(12, true));
    const QRectF officeBox(table.left(), y, half, mm(14));
    painter.drawText(officeBox, int(Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap), office.toUpper());
    const QRectF officeUsed = painter.boundingRect(officeBox, int(Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap), office.toUpper());
    painter.setPen(QPen(Qt::black, mm(0.25)));
    painter.drawLine(QPointF(table.left() + half / 2 - mm(12), officeUsed.bottom() + mm(1.5)),
                     QPointF(table.left() + half / 2 + mm(12), officeUsed.bottom() + mm(1.5)));
    const QRectF right(table.left() + half, y, table.width() - half, mm(14));
    painter.setFont(printFont(12, true));
    painter.drawText(QRectF(right.left(), y, right.width(), mm(6)), Qt::AlignHCenter, u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s);
    painter.setFont(printFont(13, true));
    const QString motto = u"Độc lập - Tự do - Hạnh phúc"_s;
    painter.drawText(QRectF(right.left(), y + mm(6), right.width(), mm(6)), Qt::AlignHCenter, motto);
    const double mottoWidth = QFontMetricsF(printFont(13, true), painter.device()).horizontalAdvance(motto);
    painter.drawLine(QPointF(right.center().x() - mottoWidth / 2, y + mm(12.8)), QPointF(right.center().x() + mottoWidth / 2, y + mm(12.8)));
    table.y() = std::max(officeUsed.bottom() + mm(8), y + mm(20));
    table.paragraph(u"BẢNG THANH TOÁN NHUẬN BÚT, THÙ LAO"_s, printFont(15, true), Qt::AlignHCenter, 1);
    table.paragraph(monthTitle(statement.month), printFont(13, true), Qt::AlignHCenter, 1);
    if (!statement.decision.isEmpty())
        table.paragraph(u"(Theo %1)"_s.arg(statement.decision), printFont(12, false, true), Qt::AlignHCenter, 1);
    if (!statement.closed)
        table.paragraph(u"BẢN NHÁP — tháng chưa khóa sổ, số liệu còn có thể thay đổi"_s, printFont(11, true, true), Qt::AlignHCenter, 1);
    table.y() += mm(3);
}

void drawSummary(QPainter &painter, TablePrinter &table, const RoyaltyStatement &statement)
{
    table.setColumns({{u"STT"_s, 11, Qt::AlignHCenter}, {u"Họ và tên"_s, 0, Qt::AlignLeft}, {u"Số tác phẩm"_s, 17, Qt::AlignHCenter},
                      {u"Nhuận bút, thù lao (đồng)"_s, 28, Qt::AlignRight}, {u"Thuế TNCN khấu trừ (đồng)"_s, 26, Qt::AlignRight},
                      {u"Thực nhận (đồng)"_s, 28, Qt::AlignRight}, {u"Ký nhận"_s, 20, Qt::AlignLeft}});
    table.headingRow();
    int group = 0;
    int number = 0;
    for (qsizetype i = 0; i < statement.lines.size();) {
        const QString unit = statement.lines.at(i).unit;
        table.row({u"%1. %2"_s.arg(romanNumeral(++group), unit)}, true, false, true);
        qint64 gross = 0, withheld = 0, net = 0;
        qsizetype items = 0;
        for (; i < statement.lines.size() && statement.lines.at(i).unit == unit; ++i) {
            const RoyaltyStatement::Line &line = statement.lines.at(i);
            table.row({QString::number(++number), line.name, QString::number(line.items.size()), dong(line.gross), dong(line.withheld),
                       dong(line.net), QString()},
                      false);
            gross += line.gross;
            withheld += line.withheld;
            net += line.net;
            items += line.items.size();
        }
        table.row({QString(), u"Cộng %1"_s.arg(romanNumeral(group)), QString::number(items), dong(gross), dong(withheld), dong(net), QString()}, true);
    }
    qsizetype items = 0;
    for (const auto &line : statement.lines)
        items += line.items.size();
    table.row({QString(), u"TỔNG CỘNG"_s, QString::number(items), dong(statement.totalGross), dong(statement.totalWithheld),
               dong(statement.totalNet), QString()},
              true);
    table.y() += mm(3);
    table.paragraph(u"Tổng số tiền nhuận bút, thù lao (viết bằng chữ): %1."_s.arg(amountInVietnameseWords(statement.totalGross)),
                    printFont(12, false, true));
    table.paragraph(u"Số tiền thực nhận (viết bằng chữ): %1."_s.arg(amountInVietnameseWords(statement.totalNet)), printFont(12, false, true));
    if (statement.monthlyFund > 0 && statement.totalGross > statement.monthlyFund) {
        table.paragraph(u"Lưu ý: tổng số vượt quỹ nhuận bút tháng (%1 đồng)."_s.arg(dong(statement.monthlyFund)), printFont(12, true));
    }
    // The signatures: a block that is never split from its names.
    if (table.y() + mm(45) > table.bottom())
        table.newPage();
    table.y() += mm(2);
    const double third = table.width() / 3;
    painter.setFont(printFont(12, false, true));
    painter.drawText(QRectF(table.left() + third, table.y(), 2 * third, mm(6)), Qt::AlignHCenter,
                     u"……………, ngày …… tháng …… năm ………"_s);
    table.y() += mm(7);
    const QStringList signers{u"NGƯỜI LẬP BẢNG"_s, u"KẾ TOÁN"_s, u"THỦ TRƯỞNG ĐƠN VỊ"_s};
    for (int i = 0; i < signers.size(); ++i) {
        painter.setFont(printFont(12, true));
        painter.drawText(QRectF(table.left() + i * third, table.y(), third, mm(6)), Qt::AlignHCenter, signers.at(i));
        painter.setFont(printFont(11, false, true));
        painter.drawText(QRectF(table.left() + i * third, table.y() + mm(6), third, mm(6)), Qt::AlignHCenter, u"(Ký, ghi rõ họ tên)"_s);
    }
    table.y() += mm(40);
}

void drawDetails(TablePrinter &table, const RoyaltyStatement &statement)
{
    if (statement.lines.isEmpty())
        return;
    table.newPage();
    table.paragraph(u"CHI TIẾT TÁC PHẨM — %1"_s.arg(monthTitle(statement.month).toUpper()), printFont(13, true), Qt::AlignHCenter, 3);
    table.setColumns({{u"STT"_s, 10, Qt::AlignHCenter}, {u"Tác phẩm"_s, 0, Qt::AlignLeft}, {u"Ngày đăng"_s, 23, Qt::AlignHCenter},
                      {u"Thể loại"_s, 22, Qt::AlignLeft}, {u"Hệ số"_s, 13, Qt::AlignHCenter}, {u"Tỷ lệ"_s, 19, Qt::AlignHCenter},
                      {u"Số tiền (đồng)"_s, 25, Qt::AlignRight}});
    table.headingRow();
    for (const RoyaltyStatement::Line &line : statement.lines) {
        table.row({u"%1 (%2) — %3 tác phẩm, %4 đồng"_s.arg(line.name, line.unit).arg(line.items.size()).arg(dong(line.gross))}, true, false, true);
        int number = 0;
        for (const RoyaltyStatement::Item &item : line.items) {
            const RoyaltyStatement::Work &work = statement.works.at(item.work);
            QString coefficient = hundredthsText(work.coefficient).replace(u'.', u',');
            if (work.bonus > 0)
                coefficient += u" +%1%"_s.arg(hundredthsText(work.bonus).replace(u'.', u','));
            QString share = hundredthsText(item.share).replace(u'.', u',') + u'%';
            if (item.role != u"author")
                share += u" " + item.roleName.toLower();
            table.row({QString::number(++number), work.title, work.publishedOn.toString(u"dd/MM/yyyy"_s), work.categoryName, coefficient,
                       share, dong(item.amount)},
                      false);
        }
    }
}

} // namespace

QString dong(qint64 amount)
{
    const QString digits = QString::number(qAbs(amount));
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += u'.';
        grouped += digits.at(i);
    }
    return amount < 0 ? u'-' + grouped : grouped;
}

QByteArray pdf(const RoyaltyStatement &statement, const QString &office)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(u"Bảng thanh toán nhuận bút, thù lao %1"_s.arg(monthTitle(statement.month).toLower()));
        writer.setCreator(u"PortalDesk"_s);
        QPainter painter(&writer);
        if (!painter.isActive())
            return {};
        TablePrinter table(writer, painter);
        drawHeader(painter, table, statement, office);
        drawSummary(painter, table, statement);
        drawDetails(table, statement);
        table.finishRules();
        table.drawPageNumber();
    }
    return bytes;
}

QByteArray odt(const RoyaltyStatement &statement, const QString &office)
{
    QString html = u"<html><body style=\"font-family: 'Liberation Serif'; font-size: 12pt\">"_s;
    html += u"<p align=center><b>%1</b></p><p align=center><b>BẢNG THANH TOÁN NHUẬN BÚT, THÙ LAO</b><br>%2<br><i>(Theo %3)</i></p>"_s
                .arg(office.toUpper().toHtmlEscaped(), monthTitle(statement.month), statement.decision.toHtmlEscaped());
    html += u"<table border=1 cellspacing=0 cellpadding=3 width=100%><tr><th>STT</th><th>Họ và tên</th><th>Số tác phẩm</th>"
            "<th>Nhuận bút, thù lao</th><th>Thuế TNCN</th><th>Thực nhận</th><th>Ký nhận</th></tr>"_s;
    int number = 0;
    for (const RoyaltyStatement::Line &line : statement.lines) {
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td align=right>%4</td><td align=right>%5</td><td align=right>%6</td><td></td></tr>"_s
                    .arg(++number)
                    .arg(line.name.toHtmlEscaped())
                    .arg(line.items.size())
                    .arg(dong(line.gross), dong(line.withheld), dong(line.net));
    }
    html += u"<tr><td></td><td><b>TỔNG CỘNG</b></td><td></td><td align=right><b>%1</b></td><td align=right><b>%2</b></td>"
            "<td align=right><b>%3</b></td><td></td></tr></table>"_s.arg(dong(statement.totalGross), dong(statement.totalWithheld), dong(statement.totalNet));
    html += u"<p><i>Số tiền thực nhận (viết bằng chữ): %1.</i></p>"_s.arg(amountInVietnameseWords(statement.totalNet));
    // The details as printed: a table per person, not one of thousands of
    // rows (which a word processor lays out very slowly).
    html += u"<p align=center><b>CHI TIẾT TÁC PHẨM</b></p>"_s;
    for (const RoyaltyStatement::Line &line : statement.lines) {
        html += u"<p><b>%1 (%2)</b> — %3 tác phẩm, %4 đồng</p><table border=1 cellspacing=0 cellpadding=3 width=100%>"
                "<tr><th>STT</th><th>Tác phẩm</th><th>Ngày đăng</th><th>Thể loại</th><th>Hệ số</th><th>Tỷ lệ</th><th>Số tiền</th></tr>"_s
                    .arg(line.name.toHtmlEscaped(), line.unit.toHtmlEscaped())
                    .arg(line.items.size())
                    .arg(dong(line.gross));
        int item = 0;
        for (const RoyaltyStatement::Item &entry : line.items) {
            const RoyaltyStatement::Work &work = statement.works.at(entry.work);
            html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6%</td><td align=right>%7</td></tr>"_s.arg(
                QString::number(++item), work.title.toHtmlEscaped(), work.publishedOn.toString(u"dd/MM/yyyy"_s), work.categoryName.toHtmlEscaped(),
                hundredthsText(work.coefficient), hundredthsText(entry.share), dong(entry.amount));
        }
        html += u"</table>"_s;
    }
    html += u"</body></html>"_s;
    QTextDocument document;
    document.setHtml(html);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        return {};
    return bytes;
}

Status write(const RoyaltyStatement &statement, const QString &file, const QString &office)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    QByteArray bytes;
    if (suffix == u"pdf")
        bytes = pdf(statement, office);
    else if (suffix == u"ods")
        bytes = ods(statement, office);
    else if (suffix == u"csv")
        bytes = csv(statement);
    else if (suffix == u"odt")
        bytes = odt(statement, office);
    else
        return Error{ErrorCode::InvalidInput, RoyaltyStatement::tr("A statement is written as .pdf, .ods, .csv or .odt, not \"%1\".").arg(file)};
    if (bytes.isEmpty())
        return Error{ErrorCode::Failed, RoyaltyStatement::tr("Cannot render the statement as %1.").arg(suffix.toUpper())};
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error{ErrorCode::Failed, RoyaltyStatement::tr("Cannot write %1: %2").arg(file, out.errorString())};
    return Done{};
}

} // namespace PortalDesk::Models::RoyaltyStatementExport
