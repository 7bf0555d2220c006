#include "gazetteprint.h"

#include "gazetteprintformat.h"
#include "gazettetables.h"
#include "legalstructure.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QFontInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextDocumentWriter>
#include <QTextTable>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

namespace PortalDesk::Models {

namespace {

using namespace GazettePrintFormat;
using namespace GazetteTables;

QString issuerFullName(const QString &issuer)
{
    const auto known = LegalDocumentTypes::findIssuer(issuer);
    return known ? QString::fromUtf8(known->fullName) : issuer;
}

QString typeName(const QString &typeKey)
{
    const auto type = LegalDocumentTypes::find(typeKey);
    return type ? QString::fromUtf8(type->name) : typeKey;
}

QString shortDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

// Draws the lines of one page, line by line. QTextDocument::drawContents
// would draw every paragraph that touches the page whole, clipped: the PDF
// would then hold the lines of a paragraph split across two pages twice,
// once hidden, and search and copy in the electronic edition would find
// them on both pages.
// `resume`: where the previous page started, so that a long issue is not
// walked from its beginning for every page.
void drawPage(QPainter &painter, QTextDocument &document, int page, double pageHeight, QTextBlock &resume)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const double top = page * pageHeight;
    const double bottom = top + pageHeight;
    bool first = true;
    for (QTextBlock block = resume.isValid() ? resume : document.begin(); block.isValid(); block = block.next()) {
        const QRectF rect = layout->blockBoundingRect(block);
        if (rect.bottom() < top)
            continue;
        if (std::exchange(first, false))
            resume = block;
        if (rect.top() >= bottom && block.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
            break;  // a document's first block: nothing later is on this page
        const QTextLayout *lines = block.layout();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const double y = rect.top() + line.y();
            if (y + 0.5 >= top && y + 0.5 < bottom)
                line.draw(&painter, rect.topLeft());
        }
    }
}

// "DỰ THẢO" in a box at the top right of a page, in the margin above the
// running header: what Vietnamese offices write on a draft.
void drawDraftMark(QPainter &painter, const QRectF &page)
{
    painter.save();
    painter.setFont(printFont(12, true));
    const QRectF box(page.width() - mm(marginRightMm) - mm(32), mm(4), mm(32), mm(7.5));
    painter.setPen(QPen(Qt::black, mm(0.4)));
    painter.drawRect(box);
    painter.drawText(box, Qt::AlignCenter, QStringLiteral("DỰ THẢO"));
    painter.restore();
}

// The heading: issuer and symbol left, the national motto right; then the
// type and the summary.
void insertHeading(QTextCursor &cursor, const LegalDocumentMeta &meta, const QString &province)
{
    QTextTableFormat heading;
    heading.setBorder(0);
    heading.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    heading.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 40), QTextLength(QTextLength::PercentageLength, 60)});
    QTextTable *table = cursor.insertTable(1, 2, heading);
    QTextCursor left = table->cellAt(0, 0).firstCursorPosition();
    left.setBlockFormat(blockFormat(Qt::AlignHCenter, 0));
    left.insertText(issuerFullName(meta.issuer).toUpper(), charFormat(bodyPoints - 1));
    left.insertBlock(blockFormat(Qt::AlignHCenter, 4));
    left.insertText(QStringLiteral("TỈNH %1").arg(province.toUpper()), charFormat(bodyPoints - 1, true));
    left.insertBlock(blockFormat(Qt::AlignHCenter, 0));
    left.insertText(QStringLiteral("Số: %1").arg(meta.symbol), charFormat(bodyPoints));
    QTextCursor right = table->cellAt(0, 1).firstCursorPosition();
    right.setBlockFormat(blockFormat(Qt::AlignHCenter, 0));
    right.insertText(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), charFormat(bodyPoints - 1, true));
    right.insertBlock(blockFormat(Qt::AlignHCenter, 4));
    right.insertText(QStringLiteral("Độc lập - Tự do - Hạnh phúc"), charFormat(bodyPoints, true));
    right.insertBlock(blockFormat(Qt::AlignHCenter, 0));
    right.insertText(QStringLiteral("%1, %2").arg(province, QStringLiteral("ngày %1 tháng %2 năm %3")
                                                         .arg(meta.signedOn.day(), 2, 10, QChar(u'0'))
                                                         .arg(meta.signedOn.month(), 2, 10, QChar(u'0'))
                                                         .arg(meta.signedOn.year())),
                     charFormat(bodyPoints, false, true));
    cursor.movePosition(QTextCursor::End);

    cursor.insertBlock(blockFormat(Qt::AlignHCenter, 2));
    cursor.insertText(typeName(meta.typeKey).toUpper(), charFormat(bodyPoints + 1, true));
    cursor.insertBlock(blockFormat(Qt::AlignHCenter, 10));
    cursor.insertText(meta.summary, charFormat(bodyPoints, true));
}

// A run of pages of one orientation: Công báo issues print a wide
// appendix on landscape pages between the portrait pages of the text.
struct BodySegment {
    std::unique_ptr<QTextDocument> document;
    bool landscape = false;
    QSizeF pageSize;  // of the text area, device pixels
    QList<QTextTable *> tables;  // owned by document
    QList<Grid> grids;           // their lines, once laid out
    int firstPage = 0;  // within the body, from 0
    int pages = 0;
};

// Writes the body into segments: a new one when the orientation changes.
// Each segment is laid out once, at its end (one edit block).
class BodyWriter
{
public:
    BodyWriter(std::vector<BodySegment> &segments, QPaintDevice *metrics, QSizeF portrait, QSizeF landscape)
        : m_segments(segments)
        , m_metrics(metrics)
        , m_portrait(portrait)
        , m_landscape(landscape)
    {
        open(false);
    }

    QTextCursor &cursor() { return m_cursor; }
    int segment() const { return int(m_segments.size()) - 1; }
    bool landscape() const { return m_segments.back().landscape; }

    // On a page of this orientation from here on: a new page when it changes.
    void setLandscape(bool landscape)
    {
        if (landscape == this->landscape())
            return;
        if (m_fresh) {
            m_cursor.endEditBlock();
            m_segments.pop_back();
        } else {
            finishSegment();
        }
        open(landscape);
    }

    // A new block; `newPage`: it starts a page (a segment's first block
    // always does).
    void newBlock(QTextBlockFormat format, bool newPage = false)
    {
        if (std::exchange(m_fresh, false)) {
            m_cursor.setBlockFormat(format);
            return;
        }
        if (newPage)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_cursor.insertBlock(format);
    }

    void addTable(const QStringList &rows)
    {
        newBlock(blockFormat(Qt::AlignLeft, 2));
        if (QTextTable *table = insertTable(m_cursor, rows, landscape()))
            m_segments.back().tables << table;
    }

    // Lays the last segment out; no segment is left empty.
    void finish()
    {
        if (m_fresh) {
            m_cursor.endEditBlock();
            m_segments.pop_back();
        } else {
            finishSegment();
        }
        int page = 0;
        for (BodySegment &segment : m_segments) {
            segment.firstPage = page;
            page += segment.pages;
        }
    }

private:
    void open(bool landscape)
    {
        BodySegment &segment = m_segments.emplace_back();
        segment.landscape = landscape;
        segment.pageSize = landscape ? m_landscape : m_portrait;
        segment.document = std::make_unique<QTextDocument>();
        QTextDocument &document = *segment.document;
        document.documentLayout()->setPaintDevice(m_metrics);
        document.setDocumentMargin(0);
        document.setDefaultFont(printFont(bodyPoints));
        document.setPageSize(segment.pageSize);
        m_cursor = QTextCursor(&document);
        // One edit block: the document is laid out once, at its end, not
        // after every insertion.
        m_cursor.beginEditBlock();
        m_fresh = true;
    }

    void finishSegment()
    {
        m_cursor.endEditBlock();
        BodySegment &segment = m_segments.back();
        segment.pages = segment.document->pageCount();
        for (QTextTable *table : std::as_const(segment.tables))
            segment.grids << measureGrid(*segment.document, table);
    }

    std::vector<BodySegment> &m_segments;
    QPaintDevice *m_metrics;
    QSizeF m_portrait;
    QSizeF m_landscape;
    QTextCursor m_cursor;
    bool m_fresh = true;  // nothing written in the segment yet
};

// A title under an appendix's name: capitals ("BẢNG GIÁ ĐẤT"), or the line
// "(Kèm theo Quyết định số …)".
bool isTitleLine(const QString &line)
{
    if (line.startsWith(u'(') && line.endsWith(u')'))
        return true;
    static const QRegularExpression capitals(QStringLiteral("\\p{Lu}{2}"), QRegularExpression::UseUnicodePropertiesOption);
    return line.size() < 200 && line.toUpper() == line && capitals.match(line).hasMatch();
}

// The signature, on the right: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", one line
// each, room for the signature and seal, the signer's name.
void insertSignature(BodyWriter &body, const LegalDocumentMeta &meta)
{
    if (meta.signerTitle.isEmpty() && meta.signer.isEmpty())
        return;
    const QTextCharFormat bold = charFormat(bodyPoints, true);
    QTextBlockFormat signature = blockFormat(Qt::AlignHCenter, 0);
    signature.setLeftMargin(mm(body.landscape() ? 150 : 70));
    signature.setTopMargin(formatMm(6));
    body.newBlock(signature);
    const QStringList titleLines = meta.signerTitle.toUpper().split(u'/', Qt::SkipEmptyParts);
    for (qsizetype t = 0; t < titleLines.size(); ++t) {
        if (t > 0) {
            signature.setTopMargin(0);
            body.newBlock(signature);
        }
        body.cursor().insertText(titleLines.at(t).trimmed(), bold);
    }
    signature.setTopMargin(formatMm(22));
    body.newBlock(signature);
    body.cursor().insertText(meta.signer, bold);
}

// The lines of a document printed on landscape pages: an appendix ("PHỤ
// LỤC", "BIỂU", "MẪU") that holds a table too wide for a portrait page,
// from its name to the next document issued with the text; a wide table
// outside an appendix alone.
QList<std::pair<int, int>> landscapeLines(const QStringList &lines, const LegalStructure &structure, QPaintDevice *metrics,
                                          double portraitWidth)
{
    static const QRegularExpression appendixName(QStringLiteral(R"(^\W*(PHỤ LỤC|BIỂU|MẪU)\b)"),
                                                 QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<int> attachments;
    for (const LegalHeading &heading : structure.outline) {
        if (heading.level == LegalLevel::Attachment)
            attachments << heading.line;
    }
    QList<std::pair<int, int>> ranges;
    for (int n = 0; n < lines.size(); ++n) {
        if (!lines.at(n).trimmed().startsWith(u'|'))
            continue;
        const int first = n;
        QStringList rows;
        for (; n < lines.size() && lines.at(n).trimmed().startsWith(u'|'); ++n)
            rows << lines.at(n);
        if (!needsLandscape(rows, portraitWidth, metrics))
            continue;
        std::pair<int, int> range{first, n};
        const auto next = std::upper_bound(attachments.cbegin(), attachments.cend(), first);
        if (next != attachments.cbegin() && appendixName.match(lines.at(*(next - 1)).trimmed()).hasMatch())
            range = {*(next - 1), next == attachments.cend() ? int(lines.size()) : *next};
        if (!ranges.isEmpty() && range.first <= ranges.last().second)
            ranges.last().second = std::max(ranges.last().second, range.second);
        else
            ranges << range;
    }
    return ranges;
}

} // namespace

// The Công báo is printed in Vietnamese whatever language the desk speaks:
// its words are not translated.
struct GazettePrint::Layout {
    QBuffer sink;  // the metrics device writes nowhere
    QPdfWriter metrics{&sink};
    QTextDocument toc;
    // The documents, in runs of pages of one orientation.
    std::vector<BodySegment> segments;
    QSizeF portrait;   // the text area of a page, device pixels
    QSizeF landscape;
    int tocPages = 0;
    int bodyPages = 0;
};

GazettePrint::GazettePrint(GazetteIssue issue, QList<GazetteDocument> documents, QString province)
    : m_issue(std::move(issue))
    , m_documents(std::move(documents))
    , m_province(std::move(province))
{
}

GazettePrint::~GazettePrint() = default;

Status GazettePrint::checkFont()
{
    if (!QFontDatabase::families().contains(fontFamily()))
        return Error{ErrorCode::Failed, tr("The print face %1 is not installed (Debian package fonts-liberation).").arg(fontFamily())};
    return Done{};
}

Status GazettePrint::layout()
{
    if (Status font = checkFont(); !font)
        return font;
    if (m_documents.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Số %1 has no documents to print.").arg(m_issue.number.text())};
    auto layout = std::make_unique<Layout>();
    layout->sink.open(QIODevice::WriteOnly);
    layout->metrics.setResolution(resolution);
    layout->metrics.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    const QSizeF page = layout->metrics.pageLayout().fullRectPixels(resolution).size();
    layout->portrait = QSizeF(page.width() - mm(marginLeftMm + marginRightMm), page.height() - mm(marginTopMm + marginBottomMm));
    layout->landscape = QSizeF(page.height() - mm(marginLeftMm + marginRightMm), page.width() - mm(marginTopMm + marginBottomMm));

    // The body: every document from a new page.
    BodyWriter body(layout->segments, &layout->metrics, layout->portrait, layout->landscape);
    QList<std::pair<int, int>> startBlocks;  // segment, block
    m_draftReasons.clear();
    if (m_issue.state != ArticleState::Approved && m_issue.state != ArticleState::Published)
        m_draftReasons << tr("Số %1 is %2, not approved.").arg(m_issue.number.text(), articleStateDisplayName(m_issue.state));
    std::optional<GazettePart> part;
    QString issuer;
    const QTextCharFormat plain = charFormat();
    const QTextCharFormat bold = charFormat(bodyPoints, true);
    for (qsizetype i = 0; i < m_documents.size(); ++i) {
        const GazetteDocument &document = m_documents.at(i);
        body.setLandscape(false);
        body.newBlock(blockFormat(Qt::AlignHCenter, 6), true);
        QTextCursor &cursor = body.cursor();
        startBlocks.append({body.segment(), cursor.blockNumber()});
        // The part and the issuing body head their first document.
        if (part != document.meta.part) {
            part = document.meta.part;
            issuer.clear();
            cursor.insertText(document.meta.part == GazettePart::Normative ? QStringLiteral("PHẦN I. VĂN BẢN QUY PHẠM PHÁP LUẬT")
                                                                          : QStringLiteral("PHẦN II. VĂN BẢN KHÁC"),
                              charFormat(bodyPoints + 1, true));
            cursor.insertBlock(blockFormat(Qt::AlignHCenter, 10));
        }
        if (issuer != document.meta.issuer) {
            issuer = document.meta.issuer;
            cursor.insertText(issuerFullName(issuer).toUpper() + QStringLiteral(" TỈNH"), charFormat(bodyPoints, true));
            cursor.insertBlock(blockFormat(Qt::AlignHCenter, 8));
        }
        insertHeading(cursor, document.meta, m_province);

        // The text: headings centred or bold, paragraphs justified.
        const LegalStructure structure = LegalStructureParser::parse(document.body);
        if (!structure.problems.isEmpty()) {
            m_draftReasons << tr("%1 has %n structure problem(s), the first on line %2: %3", nullptr, int(structure.problems.size()))
                                  .arg(document.meta.symbol)
                                  .arg(structure.problems.constFirst().line + 1)
                                  .arg(structure.problems.constFirst().message);
        }
        QHash<int, LegalLevel> headingLines;
        // The signature closes the text, before the documents it issues and
        // its appendices, as the Công báo prints them.
        int signatureLine = -1;
        for (const LegalHeading &h : structure.outline) {
            headingLines.insert(h.line, h.level);
            if (h.titleLine >= 0)
                headingLines.insert(h.titleLine, h.level);  // the title under "Chương II"
            if (h.level == LegalLevel::Attachment && signatureLine < 0)
                signatureLine = h.line;
        }
        const QStringList lines = document.body.split(u'\n');
        if (signatureLine < 0)
            signatureLine = int(lines.size());
        const QList<std::pair<int, int>> wide = landscapeLines(lines, structure, &layout->metrics, layout->portrait.width());
        bool appendixTitle = false;
        for (int n = 0; n <= lines.size(); ++n) {
            if (n == signatureLine)
                insertSignature(body, document.meta);
            if (n == lines.size())
                break;
            body.setLandscape(std::any_of(wide.cbegin(), wide.cend(), [n](const auto &r) { return n >= r.first && n < r.second; }));
            const QString line = lines.at(n).trimmed();
            if (line.isEmpty())
                continue;
            if (line.startsWith(u'|')) {
                QStringList rows;
                for (; n < lines.size() && lines.at(n).trimmed().startsWith(u'|'); ++n)
                    rows << lines.at(n);
                --n;
                body.addTable(rows);
                appendixTitle = false;
                continue;
            }
            const auto level = headingLines.constFind(n);
            // An appendix's name, its title and "(Kèm theo …)" centred, as
            // the Công báo sets them.
            if (level != headingLines.constEnd() && *level == LegalLevel::Attachment)
                appendixTitle = true;
            else if (appendixTitle && level == headingLines.constEnd() && isTitleLine(line)) {
                body.newBlock(blockFormat(Qt::AlignHCenter, 2));
                insertInline(body.cursor(), line, line.startsWith(u'(') ? charFormat(bodyPoints, false, true) : bold);
                continue;
            } else {
                appendixTitle = false;
            }
            // Phần, Chương and Mục centred; Điều and a plan's parts and
            // sections bold at the left, as drafters set them.
            const bool centred = level != headingLines.constEnd()
                && (*level == LegalLevel::Attachment || *level == LegalLevel::Part || *level == LegalLevel::Chapter
                    || *level == LegalLevel::Section);
            if (centred) {
                body.newBlock(blockFormat(Qt::AlignHCenter, 4));
                insertInline(body.cursor(), line, bold);
            } else {
                body.newBlock(blockFormat(Qt::AlignJustify, 4, 10));
                insertInline(body.cursor(), line, level != headingLines.constEnd() ? bold : plain);
            }
        }
    }
    body.finish();
    layout->bodyPages = layout->segments.back().firstPage + layout->segments.back().pages;

    // Where each document starts, as a page of the body.
    QList<int> bodyPageOf;
    for (const auto &[segmentIndex, blockNumber] : std::as_const(startBlocks)) {
        const BodySegment &segment = layout->segments.at(segmentIndex);
        const QRectF rect = segment.document->documentLayout()->blockBoundingRect(segment.document->findBlockByNumber(blockNumber));
        bodyPageOf << segment.firstPage + int(rect.top() / segment.pageSize.height() + 0.001);
    }

    // The contents, laid out twice: the second time with the real pages,
    // which depend on how many pages the contents themselves take.
    QTextDocument &toc = layout->toc;
    toc.documentLayout()->setPaintDevice(&layout->metrics);
    toc.setDocumentMargin(0);
    toc.setDefaultFont(printFont(bodyPoints));
    toc.setPageSize(layout->portrait);
    int tocPages = 1;
    for (int pass = 0; pass < 3; ++pass) {
        const int firstBodyPage = 1 + tocPages + 1;  // the cover is page 1
        m_contents.clear();
        for (qsizetype i = 0; i < m_documents.size(); ++i) {
            const GazetteDocument &d = m_documents.at(i);
            m_contents.append({d.id,
                               QStringLiteral("%1 số %2 ngày %3 của %4 %5")
                                   .arg(typeName(d.meta.typeKey), d.meta.symbol, shortDate(d.meta.signedOn), d.meta.issuer, d.meta.summary),
                               firstBodyPage + bodyPageOf.at(i)});
        }
        toc.clear();
        QTextCursor c(&toc);
        c.setBlockFormat(blockFormat(Qt::AlignHCenter, 12));
        c.insertText(QStringLiteral("MỤC LỤC"), charFormat(bodyPoints + 2, true));
        QTextTableFormat format;
        format.setBorder(0);
        format.setCellPadding(formatMm(1));
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        // The page number: right-aligned in a column wide enough for four
        // digits (11%: 17 mm), its line never broken.
        format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 89), QTextLength(QTextLength::PercentageLength, 11)});
        std::optional<GazettePart> tocPart;
        for (qsizetype i = 0; i < m_contents.size(); ++i) {
            const GazetteDocument &d = m_documents.at(i);
            if (tocPart != d.meta.part) {
                tocPart = d.meta.part;
                c.movePosition(QTextCursor::End);
                c.insertBlock(blockFormat(Qt::AlignHCenter, 6));
                c.insertText(d.meta.part == GazettePart::Normative ? QStringLiteral("PHẦN I. VĂN BẢN QUY PHẠM PHÁP LUẬT")
                                                                  : QStringLiteral("PHẦN II. VĂN BẢN KHÁC"),
                             charFormat(bodyPoints, true));
            }
            c.movePosition(QTextCursor::End);
            QTextTable *row = c.insertTable(1, 2, format);
            QTextCursor title = row->cellAt(0, 0).firstCursorPosition();
            title.setBlockFormat(blockFormat(Qt::AlignJustify, 0));
            title.insertText(m_contents.at(i).title, plain);
            QTextCursor number = row->cellAt(0, 1).firstCursorPosition();
            QTextBlockFormat numberFormat = blockFormat(Qt::AlignRight, 0);
            numberFormat.setNonBreakableLines(true);
            number.setBlockFormat(numberFormat);
            number.insertText(QString::number(m_contents.at(i).page), plain);
        }
        const int pages = toc.pageCount();
        if (pages == tocPages)
            break;
        tocPages = pages;
    }
    layout->tocPages = tocPages;
    m_pageCount = 1 + tocPages + layout->bodyPages;
    m_layout = std::move(layout);
    return Done{};
}

Status GazettePrint::writePdf(const QString &path)
{
    if (Status laidOut = layout(); !laidOut)
        return laidOut;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Failed, tr("Cannot write %1: %2.").arg(path, file.errorString())};
    if (!render(file))
        return Error{ErrorCode::Failed, tr("Cannot write %1.").arg(path)};
    if (!file.commit())
        return Error{ErrorCode::Failed, tr("Cannot write %1: %2.").arg(path, file.errorString())};
    return Done{};
}

Result<QByteArray> GazettePrint::pdf()
{
    if (Status laidOut = layout(); !laidOut)
        return laidOut.error();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!render(buffer))
        return Error{ErrorCode::Failed, tr("Cannot render Số %1 as PDF.").arg(m_issue.number.text())};
    buffer.close();
    return bytes;
}

bool GazettePrint::render(QIODevice &device)
{
    {
        QPdfWriter writer(&device);
        writer.setResolution(resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(QStringLiteral("Công báo tỉnh %1 Số %2").arg(m_province, m_issue.number.text()));
        writer.setCreator(QStringLiteral("PortalDesk"));
        QPainter painter(&writer);
        if (!painter.isActive())
            return false;
        const QRectF cover(QPointF(), writer.pageLayout().fullRectPixels(resolution).size());
        const QString dateText = m_issue.publishedOn.toString(QStringLiteral("dd-MM-yyyy"));
        const QString running = QStringLiteral("CÔNG BÁO/Số %1/Ngày %2").arg(m_issue.number.text(), dateText);

        const bool draft = !m_draftReasons.isEmpty();
        if (draft)
            drawDraftMark(painter, cover);
        // The cover.
        painter.setPen(Qt::black);
        painter.setFont(printFont(20, true));
        painter.drawText(QRectF(0, mm(40), cover.width(), mm(14)), Qt::AlignHCenter, QStringLiteral("TỈNH %1").arg(m_province.toUpper()));
        painter.setFont(printFont(60, true));
        painter.drawText(QRectF(0, mm(70), cover.width(), mm(30)), Qt::AlignHCenter, QStringLiteral("CÔNG BÁO"));
        painter.setPen(QPen(Qt::black, mm(0.6)));
        painter.drawLine(QPointF(mm(45), mm(108)), QPointF(cover.width() - mm(45), mm(108)));
        painter.setFont(printFont(22, true));
        painter.drawText(QRectF(0, mm(118), cover.width(), mm(12)), Qt::AlignHCenter, QStringLiteral("Số %1").arg(m_issue.number.text()));
        painter.setFont(printFont(16, false, true));
        painter.drawText(QRectF(0, mm(132), cover.width(), mm(10)), Qt::AlignHCenter,
                         QStringLiteral("Ngày %1 tháng %2 năm %3")
                             .arg(m_issue.publishedOn.day(), 2, 10, QChar(u'0'))
                             .arg(m_issue.publishedOn.month(), 2, 10, QChar(u'0'))
                             .arg(m_issue.publishedOn.year()));

        int pageNumber = 1;
        const auto drawPages = [&](QTextDocument &document, int count, QSizeF pageSize, const QList<Grid> &grids) -> bool {
            QTextBlock resume;
            for (int p = 0; p < count; ++p) {
                if (!writer.newPage())
                    return false;
                ++pageNumber;
                const QRectF page(QPointF(), writer.pageLayout().fullRectPixels(resolution).size());
                if (draft)
                    drawDraftMark(painter, page);
                // The running header: the issue inside, the page number outside.
                const bool odd = pageNumber % 2 == 1;
                const QRectF header(mm(marginLeftMm), mm(headerMm), page.width() - mm(marginLeftMm + marginRightMm), mm(7));
                painter.setPen(Qt::black);
                painter.setFont(printFont(11, true));
                painter.drawText(header, (odd ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, running);
                painter.drawText(header, (odd ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, QString::number(pageNumber));
                painter.setPen(QPen(Qt::black, mm(0.25)));
                painter.drawLine(header.bottomLeft() + QPointF(0, mm(1)), header.bottomRight() + QPointF(0, mm(1)));

                const double height = pageSize.height();
                painter.save();
                painter.translate(mm(marginLeftMm), mm(marginTopMm) - p * height);
                const QRectF clip(0, p * height, pageSize.width(), height);
                painter.setPen(Qt::black);
                drawPage(painter, document, p, height, resume);
                painter.setClipRect(clip.adjusted(-mm(2), 0, mm(2), 0));  // room for the grid's outer lines
                for (const Grid &grid : grids)
                    drawGrid(painter, grid, clip.top(), clip.bottom());
                painter.restore();
            }
            return true;
        };
        if (!drawPages(m_layout->toc, m_layout->tocPages, m_layout->portrait, {}))
            return false;
        for (const BodySegment &segment : m_layout->segments) {
            // Takes effect at the next page.
            writer.setPageOrientation(segment.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
            if (!drawPages(*segment.document, segment.pages, segment.pageSize, segment.grids))
                return false;
        }
    }
    return true;
}

Status GazettePrint::writeOdt(const QString &path)
{
    if (Status laidOut = layout(); !laidOut)
        return laidOut;
    // One text: the cover's lines, the contents with the print pages, the body.
    QTextDocument combined;
    QTextCursor cursor(&combined);
    if (!m_draftReasons.isEmpty()) {
        cursor.setBlockFormat(blockFormat(Qt::AlignRight, 6));
        cursor.insertText(QStringLiteral("DỰ THẢO"), charFormat(12, true));
        cursor.insertBlock();
    }
    cursor.setBlockFormat(blockFormat(Qt::AlignHCenter, 6));
    cursor.insertText(QStringLiteral("TỈNH %1").arg(m_province.toUpper()), charFormat(20, true));
    cursor.insertBlock(blockFormat(Qt::AlignHCenter, 6));
    cursor.insertText(QStringLiteral("CÔNG BÁO"), charFormat(48, true));
    cursor.insertBlock(blockFormat(Qt::AlignHCenter, 6));
    cursor.insertText(QStringLiteral("Số %1 - Ngày %2").arg(m_issue.number.text(), m_issue.publishedOn.toString(QStringLiteral("dd-MM-yyyy"))),
                      charFormat(18, true));
    QTextBlockFormat breakBefore = blockFormat(Qt::AlignLeft, 0);
    breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(breakBefore);
    cursor.insertFragment(QTextDocumentFragment(&m_layout->toc));
    cursor.insertBlock(breakBefore);
    // One orientation: the ODT's landscape appendices are left to the
    // office suite that opens it.
    for (const BodySegment &segment : m_layout->segments) {
        if (&segment != &m_layout->segments.front())
            cursor.insertBlock(breakBefore);
        cursor.insertFragment(QTextDocumentFragment(segment.document.get()));
    }

    // The ODF writer closes its device when done, which a QSaveFile must
    // not be before commit(): it writes to memory first.
    QBuffer odf;
    QTextDocumentWriter writer(&odf, "odf");
    if (!writer.write(&combined))
        return Error{ErrorCode::Failed, tr("Cannot write %1 as OpenDocument.").arg(path)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Failed, tr("Cannot write %1: %2.").arg(path, file.errorString())};
    if (file.write(odf.data()) != odf.data().size() || !file.commit())
        return Error{ErrorCode::Failed, tr("Cannot write %1: %2.").arg(path, file.errorString())};
    return Done{};
}

} // namespace PortalDesk::Models
