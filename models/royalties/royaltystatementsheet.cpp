// The statement as a spreadsheet (ODS) and as CSV.
#include "royaltystatementexport.h"
#include "opendocument.h"


#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models::RoyaltyStatementExport {

namespace {

QString coefficientText(Hundredths value)
{
    return hundredthsText(value).replace(u'.', u',');
}

// One table row of the sheet: text cells and number cells.
class SheetWriter
{
public:
    explicit SheetWriter(QXmlStreamWriter &xml)
        : m_xml(xml)
    {
    }
    void beginRow() { m_xml.writeStartElement(u"table:table-row"_s); }
    void endRow() { m_xml.writeEndElement(); }
    void text(const QString &value)
    {
        m_xml.writeStartElement(u"table:table-cell"_s);
        m_xml.writeAttribute(u"office:value-type"_s, u"string"_s);
        m_xml.writeTextElement(u"text:p"_s, value);
        m_xml.writeEndElement();
    }
    void number(qint64 value) { decimal(QString::number(value), QString::number(value)); }
    void decimal(const QString &value, const QString &shown)
    {
        m_xml.writeStartElement(u"table:table-cell"_s);
        m_xml.writeAttribute(u"office:value-type"_s, u"float"_s);
        m_xml.writeAttribute(u"office:value"_s, value);
        m_xml.writeTextElement(u"text:p"_s, shown);
        m_xml.writeEndElement();
    }
    void empty() { m_xml.writeEmptyElement(u"table:table-cell"_s); }

private:
    QXmlStreamWriter &m_xml;
};

QByteArray contentXml(const RoyaltyStatement &statement, const QString &office)
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
    SheetWriter sheet(xml);

    // The summary first: LibreOffice's CSV export and most readers take the
    // first sheet.
    xml.writeStartElement(u"table:table"_s);
    xml.writeAttribute(u"table:name"_s, u"Tổng hợp %1"_s.arg(statement.month.key()));
    sheet.beginRow();
    for (const QString &heading : {u"STT"_s, u"Mã"_s, u"Họ và tên"_s, u"Đơn vị"_s, u"Số tác phẩm"_s, u"Nhuận bút, thù lao"_s,
                                   u"Thuế TNCN khấu trừ"_s, u"Thực nhận"_s})
        sheet.text(heading);
    sheet.endRow();
    int number = 0;
    for (const RoyaltyStatement::Line &line : statement.lines) {
        sheet.beginRow();
        sheet.number(++number);
        sheet.text(line.payee);
        sheet.text(line.name);
        sheet.text(line.unit);
        sheet.number(line.items.size());
        sheet.number(line.gross);
        sheet.number(line.withheld);
        sheet.number(line.net);
        sheet.endRow();
    }
    sheet.beginRow();
    sheet.empty();
    sheet.empty();
    sheet.text(u"Tổng cộng"_s);
    sheet.text(office);
    qsizetype items = 0;
    for (const auto &line : statement.lines)
        items += line.items.size();
    sheet.number(items);
    sheet.number(statement.totalGross);
    sheet.number(statement.totalWithheld);
    sheet.number(statement.totalNet);
    sheet.endRow();
    xml.writeEndElement();

    xml.writeStartElement(u"table:table"_s);
    xml.writeAttribute(u"table:name"_s, u"Chi tiết %1"_s.arg(statement.month.key()));
    sheet.beginRow();
    for (const QString &heading : {u"Mã"_s, u"Họ và tên"_s, u"Tác phẩm"_s, u"Ngày đăng"_s, u"Thể loại"_s, u"Hệ số"_s,
                                   u"Thêm (%)"_s, u"Giá trị đơn vị hệ số"_s, u"Nhuận bút tác phẩm"_s, u"Vai trò"_s, u"Tỷ lệ (%)"_s,
                                   u"Số tiền"_s})
        sheet.text(heading);
    sheet.endRow();
    for (const RoyaltyStatement::Line &line : statement.lines) {
        for (const RoyaltyStatement::Item &item : line.items) {
            const RoyaltyStatement::Work &work = statement.works.at(item.work);
            sheet.beginRow();
            sheet.text(line.payee);
            sheet.text(line.name);
            sheet.text(work.title);
            sheet.text(work.publishedOn.toString(u"dd/MM/yyyy"_s));
            sheet.text(work.categoryName);
            sheet.decimal(hundredthsText(work.coefficient), coefficientText(work.coefficient));
            sheet.decimal(hundredthsText(work.bonus), coefficientText(work.bonus));
            sheet.number(work.unitValue);
            sheet.number(work.amount);
            sheet.text(item.roleName);
            sheet.decimal(hundredthsText(item.share), coefficientText(item.share));
            sheet.number(item.amount);
            sheet.endRow();
        }
    }
    xml.writeEndElement();
    xml.writeEndElement();  // office:spreadsheet
    xml.writeEndElement();  // office:body
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

// A field a spreadsheet would take for a formula (=, +, -, @ first) is
// kept text with a leading apostrophe: a name is never run.
QString csvField(QString value)
{
    if (!value.isEmpty() && QStringView(u"=+-@").contains(value.front()))
        value.prepend(u'\'');
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    return u'"' + value.replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

QByteArray ods(const RoyaltyStatement &statement, const QString &office)
{
    return openDocumentSpreadsheet(contentXml(statement, office));
}

QByteArray csv(const RoyaltyStatement &statement)
{
    QString text = u"\uFEFF"_s;
    text += u"STT,Mã,Họ và tên,Đơn vị,Số tác phẩm,Nhuận bút thù lao,Thuế TNCN khấu trừ,Thực nhận\r\n"_s;
    int number = 0;
    for (const RoyaltyStatement::Line &line : statement.lines) {
        text += QStringList{QString::number(++number), csvField(line.payee), csvField(line.name), csvField(line.unit),
                            QString::number(line.items.size()), QString::number(line.gross), QString::number(line.withheld),
                            QString::number(line.net)}
                    .join(u',')
                + u"\r\n"_s;
    }
    qsizetype items = 0;
    for (const auto &line : statement.lines)
        items += line.items.size();
    text += u",,Tổng cộng,,%1,%2,%3,%4\r\n"_s.arg(items).arg(statement.totalGross).arg(statement.totalWithheld).arg(statement.totalNet);
    return text.toUtf8();
}

} // namespace PortalDesk::Models::RoyaltyStatementExport
