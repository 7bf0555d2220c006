// A month's statement as files: the ODS opened by LibreOffice Calc and read
// back as CSV holds the figures of the JSON; the CSV as a spreadsheet reads
// it; the PDF as it is printed, looked at in build/screenshots.
#include "royaltystatementexport.h"
#include "vietnamesenumbers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

// A statement as the store builds it: staff and contributors, a photo, a
// remuneration, a withholding, names that need quoting in CSV and one a
// spreadsheet would take for a formula.
RoyaltyStatement sampleStatement()
{
    RoyaltySchedule schedule = RoyaltySchedule::fromJson(R"({"decision": "18/2014/NĐ-CP",
        "unit_value": [{"from": "2024-07-01", "dong": 234000}],
        "categories": [{"code": "tin", "name": "Tin", "kind": "text", "min": 1, "max": 10},
                       {"code": "phong_su", "name": "Phóng sự, ký", "kind": "text", "min": 8, "max": 30},
                       {"code": "anh", "name": "Ảnh", "kind": "photo", "min": 1, "max": 5}],
        "remuneration": [{"code": "bien_tap", "name": "Biên tập", "percent": 10}],
        "withholding": {"threshold": 2000000, "rate": 0.10}})").value();
    schedule.id = 1;
    const QDateTime day(QDate(2024, 7, 10), QTime(3, 0), QTimeZone::UTC);
    QList<RoyaltyGradedWork> works;
    works.append({u"a1"_s, {}, u"Kỳ thi tốt nghiệp THPT năm 2024: tỉnh có 10.900 thí sinh dự thi tại 38 điểm thi"_s, day, 1, u"tin"_s, 350, 0,
                  {{u"reporter"_s, u"author"_s, 7000}, {u"editor"_s, u"author"_s, 3000}, {u"editor"_s, u"bien_tap"_s, 1000}}});
    works.append({u"a2"_s, {}, u"Phóng sự: \"Đường về bản\", chặng cuối"_s, day.addDays(2), 1, u"phong_su"_s, 1500, 0,
                  {{u"ctv.lan"_s, u"author"_s, 10000}}});
    works.append({u"a2"_s, u"m1"_s, u"Phóng sự — ảnh: Đường về bản"_s, day.addDays(2), 1, u"anh"_s, 300, 0, {{u"ctv.formula"_s, u"author"_s, 10000}}});
    const QHash<QString, RoyaltyPayee> payees{{u"reporter"_s, {u"Nguyễn Minh Anh"_s, u"Cán bộ, phóng viên của Cổng"_s, true}},
                                              {u"editor"_s, {u"Phạm Văn Dũng"_s, u"Cán bộ, phóng viên của Cổng"_s, true}},
                                              {u"ctv.lan"_s, {u"Hoàng Thị Lan, CTV"_s, u"Trung tâm Văn hóa huyện"_s, false}},
                                              {u"ctv.formula"_s, {u"=1+1"_s, u"Cộng tác viên"_s, false}}};
    return RoyaltyStatement::build(RoyaltyMonth::parse(u"2024-07"_s).value(), works, {{1, schedule}}, payees);
}

// RFC 4180 fields of one line (quotes, doubled quotes).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

} // namespace

class TestRoyaltyStatementFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_statement = sampleStatement();
        QVERIFY(m_statement.problems.isEmpty());
        QCOMPARE(m_statement.lines.size(), 4);
    }
    void figures();
    void odsReadByLibreOffice();
    void csvForSpreadsheets();
    void pdfAsPrinted();
    void writesWholeOrNothing();

private:
    QTemporaryDir m_dir;
    RoyaltyStatement m_statement;
};

void TestRoyaltyStatementFiles::figures()
{
    // 3.5 × 234 000 = 819 000: 573 300 and 245 700, and 81 900 for editing;
    // 15 × 234 000 = 3 510 000, 351 000 withheld; 3 × 234 000 = 702 000.
    QHash<QString, RoyaltyStatement::Line> lines;
    for (const auto &line : m_statement.lines)
        lines.insert(line.payee, line);
    QCOMPARE(lines.value(u"reporter"_s).gross, qint64(573300));
    QCOMPARE(lines.value(u"editor"_s).gross, qint64(327600));
    QCOMPARE(lines.value(u"ctv.lan"_s).withheld, qint64(351000));
    QCOMPARE(lines.value(u"ctv.formula"_s).net, qint64(702000));
    QCOMPARE(m_statement.totalGross, qint64(573300 + 327600 + 3510000 + 702000));
    QCOMPARE(m_statement.totalNet, m_statement.totalGross - 351000);
}

void TestRoyaltyStatementFiles::odsReadByLibreOffice()
{
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    QVERIFY2(!soffice.isEmpty(), "LibreOffice is missing: install libreoffice-calc-nogui");
    const QString ods = m_dir.filePath(u"bang-thanh-toan.ods"_s);
    QVERIFY(RoyaltyStatementExport::write(m_statement, ods, u"Cổng Thông tin điện tử tỉnh Quảng Trị"_s));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // UTF-8 (76), comma-separated (44), quoted text (34).
    process.start(soffice, {u"-env:UserInstallation="_s + QUrl::fromLocalFile(m_dir.filePath(u"lo-profile"_s)).toString(), u"--headless"_s,
                            u"--convert-to"_s, u"csv:Text - txt - csv (StarCalc):44,34,76"_s, u"--outdir"_s, m_dir.filePath(u"csv"_s), ods});
    QVERIFY(process.waitForFinished(180000));
    QFile csv(m_dir.filePath(u"csv/bang-thanh-toan.csv"_s));
    QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(QString::fromLocal8Bit(process.readAll())));
    const QStringList rows = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    // The heading, a row per person, the total.
    QCOMPARE(rows.size(), m_statement.lines.size() + 2);
    QCOMPARE(csvFields(rows.first()).value(2), u"Họ và tên"_s);
    const QJsonArray json = m_statement.toJson().value(u"lines"_s).toArray();
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QStringList fields = csvFields(rows.at(i + 1).trimmed());
        const QJsonObject line = json.at(i).toObject();
        QCOMPARE(fields.value(1), line.value(u"login"_s).toString());
        QCOMPARE(fields.value(2), line.value(u"name"_s).toString());
        QCOMPARE(fields.value(4).toLongLong(), line.value(u"items"_s).toInteger());
        QCOMPARE(fields.value(5).toLongLong(), line.value(u"gross"_s).toInteger());
        QCOMPARE(fields.value(6).toLongLong(), line.value(u"withheld"_s).toInteger());
        QCOMPARE(fields.value(7).toLongLong(), line.value(u"net"_s).toInteger());
    }
    const QStringList total = csvFields(rows.last().trimmed());
    QCOMPARE(total.value(5).toLongLong(), m_statement.toJson().value(u"total_gross"_s).toInteger());
    QCOMPARE(total.value(6).toLongLong(), m_statement.toJson().value(u"total_withheld"_s).toInteger());
    QCOMPARE(total.value(7).toLongLong(), m_statement.toJson().value(u"total_net"_s).toInteger());
}

void TestRoyaltyStatementFiles::csvForSpreadsheets()
{
    const QByteArray bytes = RoyaltyStatementExport::csv(m_statement);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList rows = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), m_statement.lines.size() + 2);
    bool sawQuoted = false;
    for (qsizetype i = 1; i + 1 < rows.size(); ++i) {
        const QStringList fields = csvFields(rows.at(i));
        QCOMPARE(fields.size(), 8);
        const auto &line = m_statement.lines.at(i - 1);
        if (line.payee == u"ctv.formula")
            QCOMPARE(fields.at(2), u"'=1+1"_s);  // kept as text, never a formula
        else
            QCOMPARE(fields.at(2), line.name);
        sawQuoted = sawQuoted || rows.at(i).contains(u"\"Hoàng Thị Lan, CTV\""_s);
        QCOMPARE(fields.at(7).toLongLong(), line.net);
    }
    QVERIFY(sawQuoted);
}

void TestRoyaltyStatementFiles::pdfAsPrinted()
{
    const QString pdf = m_dir.filePath(u"bang-thanh-toan.pdf"_s);
    QVERIFY(RoyaltyStatementExport::write(m_statement, pdf, u"Cổng Thông tin điện tử tỉnh Quảng Trị"_s));
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: install poppler-utils");
    QProcess text;
    text.start(pdftotext, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString page = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(page.contains(u"BẢNG THANH TOÁN NHUẬN BÚT, THÙ LAO"_s), qPrintable(page));
    QVERIFY(page.contains(u"Tháng 7 năm 2024"_s));
    QVERIFY(page.contains(u"CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ"_s));
    QVERIFY(page.contains(RoyaltyStatementExport::dong(m_statement.totalNet)));
    // The amounts in words, as the accountant reads them.
    QVERIFY2(page.contains(amountInVietnameseWords(m_statement.totalNet)), qPrintable(amountInVietnameseWords(m_statement.totalNet)));
    QVERIFY(page.contains(u"Bốn triệu bảy trăm sáu mươi mốt nghìn chín trăm đồng"_s));
    QVERIFY(page.contains(u"THỦ TRƯỞNG ĐƠN VỊ"_s));
    // Every work's title whole in the details, not clipped.
    QProcess details;
    details.start(pdftotext, {pdf, u"-"_s});
    QVERIFY(details.waitForFinished(60000));
    const QString all = QString::fromUtf8(details.readAllStandardOutput()).simplified();
    QVERIFY(all.contains(u"tại 38 điểm thi"_s));
    QVERIFY(all.contains(u"10% biên tập"_s));
    QVERIFY2(all.contains(u"10/07/2024 Tin"_s), "a date printed whole, not broken over two lines");
    // The page as a person sees it, kept for looking at.
    const QString shots = QStringLiteral(PORTALDESK_SCREENSHOTS);
    QProcess render;
    render.start(QStandardPaths::findExecutable(u"pdftoppm"_s), {u"-r"_s, u"80"_s, u"-png"_s, u"-f"_s, u"1"_s, u"-l"_s, u"2"_s, pdf,
                                                                  shots + u"/royalty-statement"_s});
    QVERIFY(render.waitForFinished(60000));
    QVERIFY(QFile::exists(shots + u"/royalty-statement-1.png"_s));
}

void TestRoyaltyStatementFiles::writesWholeOrNothing()
{
    const QString unknown = m_dir.filePath(u"bang.xlsx"_s);
    auto refused = RoyaltyStatementExport::write(m_statement, unknown, {});
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY(!QFile::exists(unknown));
    // A folder that does not exist: an error in words, nothing half-written.
    const QString nowhere = m_dir.filePath(u"missing/bang.pdf"_s);
    auto failed = RoyaltyStatementExport::write(m_statement, nowhere, {});
    QCOMPARE(failed.error().code, ErrorCode::Failed);
    QVERIFY2(failed.error().message.contains(u"missing/bang.pdf"_s), qPrintable(failed.error().message));
    // An existing file is replaced whole.
    const QString existing = m_dir.filePath(u"bang.csv"_s);
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(100000, 'x'));
    }
    QVERIFY(RoyaltyStatementExport::write(m_statement, existing, {}));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), RoyaltyStatementExport::csv(m_statement));
}

QTEST_MAIN(TestRoyaltyStatementFiles)
#include "tst_royaltystatementfiles.moc"
