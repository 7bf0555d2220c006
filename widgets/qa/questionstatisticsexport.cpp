#include "questionstatisticsexport.h"
#include "opendocument.h"

#include "questionstatisticschart.h"


#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace PortalDesk::Widgets::QuestionStatisticsExport {

using namespace Models;

namespace {

const QStringList headings{u"Cơ quan trả lời"_s, u"Tiếp nhận"_s, u"Đã trả lời"_s, u"Đúng hạn"_s, u"Trễ hạn"_s, u"Chưa trả lời"_s,
                           u"Số ngày làm việc trung bình"_s};

QString decimal(double value)
{
    return QLocale(QLocale::Vietnamese).toString(value, 'f', 1);
}

AgencyMonth total(const QList<AgencyMonth> &rows)
{
    AgencyMonth sum;
    sum.agency = u"Tổng cộng"_s;
    double days = 0;
    for (const AgencyMonth &row : rows) {
        sum.received += row.received;
        sum.answered += row.answered;
        sum.onTime += row.onTime;
        sum.late += row.late;
        sum.open += row.open;
        days += row.averageWorkingDays * row.answered;
    }
    // The average of all answers, not of the agencies' averages.
    sum.averageWorkingDays = sum.answered > 0 ? days / sum.answered : 0;
    return sum;
}

void cell(QXmlStreamWriter &xml, const QString &text)
{
    xml.writeStartElement(u"table:table-cell"_s);
    xml.writeAttribute(u"office:value-type"_s, u"string"_s);
    xml.writeTextElement(u"text:p"_s, text);
    xml.writeEndElement();
}

void cell(QXmlStreamWriter &xml, double value, const QString &shown)
{
    xml.writeStartElement(u"table:table-cell"_s);
    xml.writeAttribute(u"office:value-type"_s, u"float"_s);
    xml.writeAttribute(u"office:value"_s, QString::number(value, 'g', 12));
    xml.writeTextElement(u"text:p"_s, shown);
    xml.writeEndElement();
}

void row(QXmlStreamWriter &xml, const AgencyMonth &month)
{
    xml.writeStartElement(u"table:table-row"_s);
    cell(xml, month.agency);
    for (int count : {month.received, month.answered, month.onTime, month.late, month.open})
        cell(xml, count, QString::number(count));
    // No answer, no average: an empty cell, not a zero that would pull a sum's average down.
    if (month.answered > 0)
        cell(xml, month.averageWorkingDays, decimal(month.averageWorkingDays));
    else
        xml.writeEmptyElement(u"table:table-cell"_s);
    xml.writeEndElement();
}

QByteArray contentXml(const Report &report)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(u"office:document-content"_s);
    xml.writeNamespace(u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s, u"office"_s);
    xml.writeNamespace(u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s, u"table"_s);
    xml.writeNamespace(u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s, u"text"_s);
    xml.writeAttribute(u"office:version"_s, u"1.3"_s);
    xml.writeStartElement(u"office:body"_s);
    xml.writeStartElement(u"office:spreadsheet"_s);
    xml.writeStartElement(u"table:table"_s);
    xml.writeAttribute(u"table:name"_s, u"Thống kê %1"_s.arg(report.month));
    xml.writeStartElement(u"table:table-row"_s);
    cell(xml, title(report.month));
    xml.writeEndElement();
    xml.writeStartElement(u"table:table-row"_s);
    cell(xml, report.office);
    xml.writeEndElement();
    xml.writeStartElement(u"table:table-row"_s);
    for (const QString &heading : headings)
        cell(xml, heading);
    xml.writeEndElement();
    for (const AgencyMonth &month : report.rows)
        row(xml, month);
    row(xml, total(report.rows));
    xml.writeEndElement();  // table:table
    xml.writeEndElement();  // office:spreadsheet
    xml.writeEndElement();  // office:body
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString title(const QString &month)
{
    const QDate first = QDate::fromString(month + u"-01"_s, u"yyyy-MM-dd"_s);
    return u"Thống kê trả lời câu hỏi tháng %1"_s.arg(first.isValid() ? first.toString(u"MM/yyyy"_s) : month);
}

QByteArray ods(const Report &report)
{
    return openDocumentSpreadsheet(contentXml(report));
}

QByteArray pdf(const Report &report)
{
    // The chart as an image in the document, drawn as the desk draws it,
    // at print resolution.
    QFont chartFont(u"Liberation Serif"_s);
    chartFont.setPixelSize(40);
    const QuestionStatisticsChart::Labels labels{u"Số câu hỏi theo cơ quan"_s, u"Trả lời đúng hạn"_s, u"Trả lời trễ hạn"_s,
                                                 u"Chưa trả lời"_s, u"Không có câu hỏi nào trong tháng."_s};
    const int width = 2000;
    QImage chart(width, int(QuestionStatisticsChart::heightFor(chartFont, report.rows.size())) + 20, QImage::Format_RGB32);
    chart.fill(Qt::white);
    {
        QPalette palette;
        palette.setColor(QPalette::Text, Qt::black);
        palette.setColor(QPalette::PlaceholderText, Qt::darkGray);
        QPainter painter(&chart);
        QuestionStatisticsChart::paint(painter, QRectF(10, 10, width - 20, chart.height() - 20), chartFont, report.rows, labels,
                                       palette);
    }

    QString html = u"<html><body style=\"font-family: 'Liberation Serif'; font-size: 12pt\">"_s;
    html += u"<p align=\"center\" style=\"font-size: 11pt\">%1</p>"_s.arg(htmlEscaped(report.office));
    html += u"<h2 align=\"center\">%1</h2>"_s.arg(htmlEscaped(title(report.month)));
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>"_s;
    for (const QString &heading : headings)
        html += (heading == headings.first() ? u"<th width=\"34%\">%1</th>"_s : u"<th>%1</th>"_s).arg(htmlEscaped(heading));
    html += u"</tr>"_s;
    const auto line = [&html](const AgencyMonth &month, bool bold) {
        const QString open = bold ? u"<b>"_s : QString();
        const QString close = bold ? u"</b>"_s : QString();
        html += u"<tr><td>%1%2%3</td>"_s.arg(open, htmlEscaped(month.agency), close);
        for (int count : {month.received, month.answered, month.onTime, month.late, month.open})
            html += u"<td align=\"right\">%1%2%3</td>"_s.arg(open, QString::number(count), close);
        html += u"<td align=\"right\">%1%2%3</td></tr>"_s.arg(open, month.answered > 0 ? decimal(month.averageWorkingDays) : QString(), close);
    };
    for (const AgencyMonth &month : report.rows)
        line(month, false);
    line(total(report.rows), true);
    html += u"</table>"_s;
    html += u"<p style=\"font-size: 10pt\"><i>Đúng hạn, trễ hạn: so với hạn trả lời tính theo ngày làm việc (không kể thứ "
            u"Bảy, Chủ nhật và ngày nghỉ lễ, Tết). Chưa trả lời: câu hỏi cơ quan chưa trả lời đến ngày lập báo cáo.</i></p>"_s;
    // As wide as the text: 160 mm between the margins, at the 96 dpi the document is laid out in.
    html += u"<p><img src=\"chart.png\" width=\"600\"></p></body></html>"_s;

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setTitle(title(report.month));
    writer.setCreator(u"PortalDesk"_s);
    // QTextDocument::print adds 2 cm on every side of the page's own
    // margins: with these, 30 mm on the left for the binding, 20 mm elsewhere.
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(10, 0, 0, 0),
                                     QPageLayout::Millimeter));
    QTextDocument document;
    document.setDefaultFont(QFont(u"Liberation Serif"_s, 12));
    document.addResource(QTextDocument::ImageResource, QUrl(u"chart.png"_s), chart);
    document.setHtml(html);
    document.print(&writer);
    buffer.close();
    return bytes;
}

Status write(const Report &report, const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != u"ods" && suffix != u"pdf")
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("QuestionStatisticsExport",
                                                                          "%1: the statistics are written as .ods or .pdf.")
                                                  .arg(file)};
    const QByteArray bytes = suffix == u"ods" ? ods(report) : pdf(report);
    QSaveFile out(file);
    if (bytes.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error{ErrorCode::Failed, QCoreApplication::translate("QuestionStatisticsExport", "Could not write %1: %2")
                                            .arg(file, out.errorString())};
    return Done{};
}

} // namespace PortalDesk::Widgets::QuestionStatisticsExport
