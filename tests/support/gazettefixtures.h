#pragma once

// Test support: the Công báo's fixtures, made by the tests themselves: a
// .docx and an .odt written with KArchive, as Word and LibreOffice save them.

#include <KZip>

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace GazetteFixtures {

using namespace Qt::StringLiterals;

inline QByteArray zip(const QList<std::pair<QString, QByteArray>> &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip archive(&buffer);
    if (!archive.open(QIODevice::WriteOnly))
        return {};
    for (const auto &[name, data] : entries)
        archive.writeFile(name, data);
    archive.close();
    return bytes;
}

// A decision as Word saves it: "Điều" numbered by numbering.xml, bold runs,
// a run split in the middle of a word, a table, tracked deletions.
inline QByteArray decisionDocx()
{
    const QByteArray w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    const QByteArray document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + w + "><w:body>"
        "<w:p><w:r><w:t>Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;</w:t></w:r></w:p>"
        "<w:p><w:r><w:t xml:space=\"preserve\">Căn cứ Nghị định số 34/2016/NĐ-CP </w:t></w:r>"
        "<w:del><w:r><w:delText>đã xoá</w:delText></w:r></w:del><w:r><w:t>của Chính phủ;</w:t></w:r></w:p>"
        "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>QUYẾT ĐỊNH:</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
        "<w:r><w:rPr><w:b/></w:rPr><w:t>Phạm vi </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>điều chỉnh</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
        "<w:r><w:t>Quy chế này áp dụng cho </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>các sở</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
        "<w:r><w:t>Gồm:</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"2\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Sở Nội vụ;</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"2\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Sở Y tế.</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>STT</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Đơn vị</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Sở A | B</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
        "<w:r><w:rPr><w:b/></w:rPr><w:t>Hiệu lực thi hành</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Quyết định này có hiệu lực kể từ ngày ký.</w:t></w:r></w:p>"
        "</w:body></w:document>";
    const QByteArray numbering =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " + w + ">"
        "<w:abstractNum w:abstractNumId=\"7\">"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"Điều %1.\"/></w:lvl>"
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
        "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%3)\"/></w:lvl>"
        "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"7\"/></w:num></w:numbering>";
    return zip({{u"[Content_Types].xml"_s, "<Types/>"}, {u"word/document.xml"_s, document}, {u"word/numbering.xml"_s, numbering}});
}

inline const QString expectedDecisionText = QStringLiteral(
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "Căn cứ Nghị định số 34/2016/NĐ-CP của Chính phủ;\n"
    "**QUYẾT ĐỊNH:**\n"
    "Điều 1. **Phạm vi điều chỉnh**\n"
    "1. Quy chế này áp dụng cho *các sở*.\n"
    "2. Gồm:\n"
    "a) Sở Nội vụ;\n"
    "b) Sở Y tế.\n"
    "\n"
    "| STT | Đơn vị |\n"
    "| --- | --- |\n"
    "| 1 | Sở A \\| B |\n"
    "\n"
    "Điều 2. **Hiệu lực thi hành**\n"
    "Quyết định này có hiệu lực kể từ ngày ký.");

// The same kind of text as LibreOffice saves it: automatic styles for bold
// and italic, a numbered list style, a space run, a table, a footnote.
inline QByteArray decisionOdt()
{
    const QByteArray ns =
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"";
    const QByteArray content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + ns + "><office:automatic-styles>"
        "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
        "<style:style style:name=\"T2\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\"/></style:style>"
        "<text:list-style style:name=\"L1\">"
        "<text:list-level-style-number text:level=\"1\" style:num-prefix=\"Điều \" style:num-suffix=\".\" style:num-format=\"1\"/>"
        "<text:list-level-style-number text:level=\"2\" style:num-suffix=\")\" style:num-format=\"a\"/>"
        "</text:list-style></office:automatic-styles><office:body><office:text>"
        "<text:p>Căn cứ<text:s/>Luật<text:s text:c=\"2\"/>Ban hành văn bản;<text:note><text:note-body><text:p>chú thích</text:p></text:note-body></text:note></text:p>"
        "<text:list text:style-name=\"L1\">"
        "<text:list-item><text:p><text:span text:style-name=\"T1\">Phạm vi</text:span></text:p>"
        "<text:list><text:list-item><text:p>Sở <text:span text:style-name=\"T2\">Nội vụ</text:span>;</text:p></text:list-item>"
        "<text:list-item><text:p>Sở Y tế.</text:p></text:list-item></text:list></text:list-item>"
        "<text:list-item><text:p><text:span text:style-name=\"T1\">Hiệu lực</text:span></text:p></text:list-item>"
        "</text:list>"
        "<table:table><table:table-row><table:table-cell><text:p>A</text:p></table:table-cell>"
        "<table:table-cell><text:p>B</text:p><text:p>C</text:p></table:table-cell></table:table-row></table:table>"
        "<text:h>Có hiệu lực từ ngày ký.</text:h>"
        "</office:text></office:body></office:document-content>";
    return zip({{u"mimetype"_s, "application/vnd.oasis.opendocument.text"}, {u"content.xml"_s, content}, {u"styles.xml"_s, "<x/>"}});
}

} // namespace GazetteFixtures
