// A Công báo of more than 600 pages made of real documents with their real
// tables (the .docx files of tests/data/legal/docx, up to 128 rows and 7
// columns, and the longest laws of the corpus), plus a twenty-column
// appendix, printed and read back with poppler as a reader would see it:
// pdftoppm renders every page, pdftotext -bbox gives every word's box. A
// ruled line of a table's grid may never cross a word: a grid drawn on past
// its table's last row, or onto the next page, runs through the text there.
#include "documentimport.h"
#include "gazetteprint.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

const QString corpus = QStringLiteral(PORTALDESK_TEST_DATA "/legal/");

// At 72 dots per inch a pixel is a point, the unit of pdftotext's boxes.
constexpr int dpi = 72;
// A ruled line is at least this long; no letter is (a line of 13-point text
// is about 17 points high, and lines of text are apart).
constexpr int minimumRule = 40;

struct Word {
    QRectF box;
    QString text;
};

struct Rule {
    bool vertical = false;
    int at = 0;  // x of a vertical line, y of a horizontal one
    int from = 0;
    int to = 0;
};

QString run(const QString &program, const QStringList &arguments, int timeoutMs = 300000)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return u"FAILED: "_s + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext -bbox: <page width height><word xMin yMin xMax yMax>text</word>…
QList<QList<Word>> wordsByPage(const QString &xhtml)
{
    QList<QList<Word>> pages;
    QXmlStreamReader xml(xhtml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"page") {
            pages.append(QList<Word>());
        } else if (xml.name() == u"word" && !pages.isEmpty()) {
            const auto a = xml.attributes();
            const QPointF topLeft(a.value(u"xMin").toDouble(), a.value(u"yMin").toDouble());
            const QPointF bottomRight(a.value(u"xMax").toDouble(), a.value(u"yMax").toDouble());
            pages.last().append({QRectF(topLeft, bottomRight), xml.readElementText()});
        }
    }
    return pages;
}

// The long straight runs of dark pixels of a rendered page.
QList<Rule> rules(const QImage &page)
{
    const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    auto dark = [&gray](int x, int y) { return qGray(gray.pixel(x, y)) < 200; };
    QList<Rule> found;
    for (int x = 0; x < gray.width(); ++x) {
        for (int y = 0; y < gray.height();) {
            int end = y;
            while (end < gray.height() && dark(x, end))
                ++end;
            if (end - y >= minimumRule)
                found.append({true, x, y, end - 1});
            y = end + 1;
        }
    }
    for (int y = 0; y < gray.height(); ++y) {
        for (int x = 0; x < gray.width();) {
            int end = x;
            while (end < gray.width() && dark(end, y))
                ++end;
            if (end - x >= minimumRule)
                found.append({false, y, x, end - 1});
            x = end + 1;
        }
    }
    // A ruled line is one or two pixels thick; wider runs side by side are
    // the stems and bars of the cover's large letters.
    QList<Rule> thin;
    for (const Rule &rule : std::as_const(found)) {
        int neighbours = 0;
        for (const Rule &other : std::as_const(found)) {
            if (other.vertical == rule.vertical && other.at != rule.at && qAbs(other.at - rule.at) <= 3
                && other.from < rule.to && other.to > rule.from)
                ++neighbours;
        }
        if (neighbours <= 1)
            thin << rule;
    }
    return thin;
}

// A blank to fill in ("……", "____") is drawn as a line itself.
bool isBlank(const QString &word)
{
    static const QRegularExpression blank(u"^[_.…\\-]+$"_s);
    return blank.match(word).hasMatch();
}

// Whether a rule runs through the inside of a word's box (a point of slack:
// anti-aliasing and the box's rounding).
bool crosses(const Rule &rule, const QRectF &box)
{
    const QRectF inside = box.adjusted(1.5, 1.5, -1.5, -1.5);
    if (inside.isEmpty())
        return false;
    if (rule.vertical) {
        return rule.at > inside.left() && rule.at < inside.right() && rule.from < inside.bottom()
            && rule.to > inside.top();
    }
    return rule.at > inside.top() && rule.at < inside.bottom() && rule.from < inside.right() && rule.to > inside.left();
}

GazetteDocument document(const QString &id, const QString &body, int day)
{
    GazetteDocument d;
    d.id = id;
    d.meta.typeKey = u"quyet_dinh"_s;
    d.meta.symbol = id;
    d.meta.issuer = u"UBND tỉnh"_s;
    d.meta.signedOn = QDate(2026, 1, 1).addDays(day);
    d.meta.part = GazettePart::Normative;
    d.meta.summary = u"Văn bản thật số %1 của kho thử nghiệm"_s.arg(day);
    d.meta.signer = u"Nguyễn Văn An"_s;
    d.meta.signerTitle = u"TM. Ủy ban nhân dân / Chủ tịch"_s;
    d.body = body;
    return d;
}

// A wide appendix as provinces attach to price and index decisions: twenty
// columns, numbers and short words.
QString wideAppendix()
{
    QStringList lines;
    QStringList header{u"STT"_s, u"Đơn vị"_s};
    for (int c = 1; c <= 18; ++c)
        header << u"Chỉ số %1"_s.arg(c);
    lines << u"| "_s + header.join(u" | "_s) + u" |"_s;
    lines << u"|"_s + QStringList(20, u" --- "_s).join(u'|') + u"|"_s;
    for (int r = 1; r <= 70; ++r) {
        QStringList row{QString::number(r), u"Ủy ban nhân dân xã số %1"_s.arg(r)};
        for (int c = 1; c <= 18; ++c)
            row << QString::number((r * 37 + c * 11) % 100) + u",5"_s;
        lines << u"| "_s + row.join(u" | "_s) + u" |"_s;
    }
    return u"Điều 1. Công bố chỉ số của các đơn vị tại Phụ lục kèm theo.\nPHỤ LỤC\n"_s + lines.join(u'\n')
        + u"\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký."_s;
}

} // namespace

class TestGazettePdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gridsStayWithTheirTables();
    void wideAppendicesTurnLandscape();

private:
    QTemporaryDir m_dir;
};

void TestGazettePdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(GazettePrint::checkFont().ok(), "Liberation Serif is missing: install fonts-liberation");
    for (const QString &tool : {u"pdftotext"_s, u"pdftoppm"_s, u"pdfinfo"_s})
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(), qPrintable(tool + u" is missing: install poppler-utils"_s));
}

void TestGazettePdf::gridsStayWithTheirTables()
{
    // Every real .docx with a table of several rows, each followed by a long
    // law so that tables start and end at every height of a page.
    QList<GazetteDocument> documents;
    int tables = 0;
    QDirIterator docx(corpus + u"docx"_s, {u"*.docx"_s}, QDir::Files);
    QStringList docxFiles;
    while (docx.hasNext())
        docxFiles << docx.next();
    docxFiles.sort();
    QStringList laws;
    QDirIterator law(corpus + u"luat"_s, {u"*.txt"_s}, QDir::Files);
    while (law.hasNext())
        laws << law.next();
    std::sort(laws.begin(), laws.end(), [](const QString &a, const QString &b) {
        return QFileInfo(a).size() != QFileInfo(b).size() ? QFileInfo(a).size() > QFileInfo(b).size() : a < b;
    });
    for (const QString &path : std::as_const(docxFiles)) {
        auto imported = DocumentImport::fromFile(path);
        QVERIFY2(imported.ok(), qPrintable(path + u": "_s + imported.error().message));
        const qsizetype rows = imported->text.count(u"\n|"_s);
        if (rows < 3)
            continue;
        tables += int(imported->text.count(QRegularExpression(u"(^|\\n)[^|][^\\n]*\\n\\|"_s)));
        documents << document(u"%1/2026/QĐ-UBND"_s.arg(documents.size() + 1), imported->text, int(documents.size()));
        QFile text(laws.at(documents.size() % laws.size()));
        QVERIFY(text.open(QIODevice::ReadOnly));
        documents << document(u"%1/2026/QĐ-UBND"_s.arg(documents.size() + 1), QString::fromUtf8(text.readAll()),
                              int(documents.size()));
    }
    QVERIFY2(tables >= 8, qPrintable(QString::number(tables)));
    documents << document(u"%1/2026/QĐ-UBND"_s.arg(documents.size() + 1), wideAppendix(), int(documents.size()));
    ++tables;
    GazetteIssue issue;
    issue.year = 2026;
    issue.number = {40, 41};
    issue.publishedOn = {2026, 6, 1};
    GazettePrint print(issue, documents, u"Lâm Đồng"_s);
    const QString pdf = m_dir.filePath(u"cong-bao.pdf"_s);
    const Status written = print.writePdf(pdf);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    qInfo("%d pages", print.pageCount());
    QVERIFY2(print.pageCount() >= 600, qPrintable(QString::number(print.pageCount())));

    const QString boxes = run(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s});
    QVERIFY2(!boxes.startsWith(u"FAILED"), qPrintable(boxes.left(300)));
    const QList<QList<Word>> words = wordsByPage(boxes);
    QCOMPARE(words.size(), print.pageCount());

    const QString prefix = m_dir.filePath(u"page"_s);
    const QString rendered = run(u"pdftoppm"_s, {u"-r"_s, QString::number(dpi), u"-gray"_s, pdf, prefix}, 900000);
    QVERIFY2(!rendered.startsWith(u"FAILED"), qPrintable(rendered));
    const int digits = int(QString::number(print.pageCount()).size());

    int pagesWithGrid = 0;
    int widestGrid = 0;
    QStringList crossings;
    for (int page = 1; page <= print.pageCount(); ++page) {
        const QString file = u"%1-%2.pgm"_s.arg(prefix).arg(page, digits, 10, QChar(u'0'));
        QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QFile::remove(file);
        const QList<Rule> found = rules(image);
        QSet<int> columns;
        for (const Rule &rule : found) {
            if (rule.vertical)
                columns.insert(rule.at);
            for (const Word &word : words.at(page - 1)) {
                if (crosses(rule, word.box) && !isBlank(word.text) && crossings.size() < 20) {
                    crossings << u"page %1: %2 line at %3 (%4–%5) through \"%6\""_s.arg(page)
                                     .arg(rule.vertical ? u"vertical"_s : u"horizontal"_s)
                                     .arg(rule.at)
                                     .arg(rule.from)
                                     .arg(rule.to)
                                     .arg(word.text);
                }
            }
        }
        if (!columns.isEmpty())
            ++pagesWithGrid;
        widestGrid = std::max(widestGrid, int(columns.size()));
    }
    QVERIFY2(crossings.isEmpty(), qPrintable(crossings.join(u'\n')));
    // The grids are there: the real tables run over many pages, and the
    // twenty columns of the appendix are ruled (two pixels per line at most).
    QVERIFY2(pagesWithGrid >= tables, qPrintable(u"%1 pages ruled, %2 tables"_s.arg(pagesWithGrid).arg(tables)));
    QVERIFY2(widestGrid >= 21, qPrintable(QString::number(widestGrid)));
}

// A decision as provinces publish price tables: its text, the signature,
// then "PHỤ LỤC I" with twenty columns — on landscape pages, as real Công
// báo issues print them — and "PHỤ LỤC II" of four columns, on portrait
// pages again; the next document on portrait pages.
void TestGazettePdf::wideAppendicesTurnLandscape()
{
    QStringList wide{u"| STT | Đơn vị | "_s + QStringList(18, u"Chỉ số"_s).join(u" | "_s) + u" |"_s,
                     u"|"_s + QStringList(20, u" --- "_s).join(u'|') + u"|"_s};
    QSet<QString> numbers;
    for (int r = 1; r <= 60; ++r) {
        QStringList row{QString::number(r), u"Xã Phước Thành %1"_s.arg(r)};
        for (int c = 1; c <= 18; ++c) {
            row << u"%1.%2,5"_s.arg(r).arg(c * 7 % 100);
            numbers << row.last();
        }
        wide << u"| "_s + row.join(u" | "_s) + u" |"_s;
    }
    QStringList narrow{u"| STT | Tên thủ tục | Cơ quan giải quyết | Ghi chú |"_s, u"| --- | --- | --- | --- |"_s};
    for (int r = 1; r <= 12; ++r)
        narrow << u"| %1 | Cấp giấy phép số %1 | Sở Xây dựng | |"_s.arg(r);
    const QString body = u"Điều 1. Ban hành bảng giá tại Phụ lục I và danh mục tại Phụ lục II kèm theo Quyết định này.\n"
                         u"Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
                         u"PHỤ LỤC I\nBẢNG GIÁ CỦA CÁC XÃ\n(Kèm theo Quyết định số 1/2026/QĐ-UBND)\n"_s
        + wide.join(u'\n') + u"\nPHỤ LỤC II\nDANH MỤC THỦ TỤC\n(Kèm theo Quyết định số 1/2026/QĐ-UBND)\n"_s + narrow.join(u'\n');
    GazetteDocument next = document(u"2/2026/QĐ-UBND"_s, u"Điều 1. Văn bản tiếp theo.\nĐiều 2. Hiệu lực thi hành."_s, 2);
    next.meta.signer = u"Trần Thị Bình"_s;
    GazetteIssue issue;
    issue.year = 2026;
    issue.number = {3, 0};
    issue.publishedOn = {2026, 2, 1};
    GazettePrint print(issue, {document(u"1/2026/QĐ-UBND"_s, body, 1), next}, u"Lâm Đồng"_s);
    const QString pdf = m_dir.filePath(u"landscape.pdf"_s);
    const Status written = print.writePdf(pdf);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    // To look at it: PORTALDESK_KEEP_PDF=folder.
    if (const QString keep = qEnvironmentVariable("PORTALDESK_KEEP_PDF"); !keep.isEmpty())
        QFile::copy(pdf, keep + u"/landscape.pdf"_s);

    // pdfinfo: "Page    4 size: 841.89 x 595.276 pts (A4)".
    const QString info = run(u"pdfinfo"_s, {u"-f"_s, u"1"_s, u"-l"_s, QString::number(print.pageCount()), pdf});
    QVERIFY2(!info.startsWith(u"FAILED"), qPrintable(info));
    QList<bool> landscape;
    static const QRegularExpression size(u"^Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+)"_s, QRegularExpression::MultilineOption);
    for (auto it = size.globalMatch(info); it.hasNext();) {
        const auto m = it.next();
        landscape << (m.captured(1).toDouble() > m.captured(2).toDouble());
    }
    QCOMPARE(landscape.size(), print.pageCount());
    const QList<QList<Word>> words = wordsByPage(run(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s}));
    QCOMPARE(words.size(), print.pageCount());
    auto pagesWith = [&words](const QString &text) {
        QList<int> pages;
        for (int p = 0; p < words.size(); ++p) {
            if (std::any_of(words.at(p).cbegin(), words.at(p).cend(), [&text](const Word &w) { return w.text == text; }))
                pages << p;
        }
        return pages;
    };
    // The signature on a portrait page before the appendices.
    const QList<int> signer = pagesWith(u"An"_s);
    const QList<int> appendixI = pagesWith(u"BẢNG"_s);
    QVERIFY(!signer.isEmpty());
    QVERIFY(!appendixI.isEmpty());
    QVERIFY2(!landscape.at(signer.first()), "the signature is on a portrait page");
    QVERIFY2(signer.first() < appendixI.first(), "the signature comes before the appendices");
    // Every page with the twenty-column table is landscape, its every
    // figure a whole word there.
    QSet<QString> found;
    int landscapePages = 0;
    for (int p = 0; p < words.size(); ++p) {
        bool table = false;
        for (const Word &w : words.at(p)) {
            if (numbers.contains(w.text)) {
                found << w.text;
                table = true;
            }
        }
        if (table) {
            QVERIFY2(landscape.at(p), qPrintable(u"page %1 of the wide appendix is portrait"_s.arg(p + 1)));
            ++landscapePages;
        }
    }
    QVERIFY2(landscapePages >= 2, qPrintable(QString::number(landscapePages)));
    QCOMPARE(found.size(), numbers.size());
    // Appendix II and the next document on portrait pages again.
    const QList<int> narrowPages = pagesWith(u"thủ"_s);
    QVERIFY(!narrowPages.isEmpty());
    for (int p : narrowPages)
        QVERIFY2(!landscape.at(p), qPrintable(u"page %1 of appendix II is landscape"_s.arg(p + 1)));
    const QList<int> nextPages = pagesWith(u"Bình"_s);
    QVERIFY(!nextPages.isEmpty());
    QVERIFY(!landscape.at(nextPages.first()));
    // The contents point at the pages where the documents start.
    QCOMPARE(print.contents().size(), 2);
    QCOMPARE(print.contents().at(1).page - 1, pagesWith(u"2/2026/QĐ-UBND"_s).value(1, -1));
    QVERIFY(!landscape.at(print.contents().at(1).page - 1));
    QVERIFY(!landscape.at(print.pageCount() - 1));
    // Nothing past the first page of the body is only a blank page.
    for (int p = 1; p < words.size(); ++p)
        QVERIFY2(words.at(p).size() > 3, qPrintable(u"page %1 is blank"_s.arg(p + 1)));
}

QTEST_MAIN(TestGazettePdf)
#include "tst_gazettepdf.moc"
