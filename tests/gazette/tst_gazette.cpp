// The Công báo end to end below the GUI: .docx and .odt import, the store
// and its review rules on SQLite and PostgreSQL, and the printed issue read
// back with poppler's pdftotext and pdffonts.
#include "demodata.h"
#include "documentimport.h"
#include "gazetteprint.h"
#include "gazettestore.h"
#include "gazettesync.h"
#include "newsroomsettings.h"
#include "portal.h"
#include "legalstructure.h"
#include "newsroom.h"
#include "newsroomurl.h"
#include "userstore.h"

#include "gazettefixtures.h"
#include "testbackends.h"

#include <QBuffer>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;
using namespace GazetteFixtures;

namespace {

LegalDocumentMeta meta(const char *type, const char *symbol, const char *issuer, QDate signedOn, GazettePart part,
                       const char *summary = "Ban hành Quy chế quản lý Cổng Thông tin điện tử tỉnh")
{
    LegalDocumentMeta m;
    m.typeKey = QString::fromUtf8(type);
    m.symbol = QString::fromUtf8(symbol);
    m.issuer = QString::fromUtf8(issuer);
    m.signedOn = signedOn;
    m.part = part;
    m.summary = QString::fromUtf8(summary);
    m.signer = u"Nguyễn Văn An"_s;
    // A council or committee signs on behalf of itself; its chairman signs his own.
    const QString body = m.issuer;
    m.signerTitle = body.startsWith(u"HĐND") ? u"TM. Hội đồng nhân dân / Chủ tịch"_s
        : body.startsWith(u"UBND")           ? u"TM. Ủy ban nhân dân / Chủ tịch"_s
                                             : u"Chủ tịch"_s;
    return m;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("FAILED: ") + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfPageText(const QString &pdf, int page)
{
    return run(u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf, u"-"_s}).simplified();
}

// A long decision: `articles` Điều of several khoản each.
QString longBody(int articles)
{
    QStringList lines{u"Căn cứ Luật Ban hành văn bản quy phạm pháp luật;"_s, u"QUYẾT ĐỊNH:"_s};
    for (int a = 1; a <= articles; ++a) {
        lines << u"Điều %1. Trách nhiệm của cơ quan thứ %1"_s.arg(a);
        for (int k = 1; k <= 3; ++k)
            lines << u"%1. Các cơ quan, đơn vị có trách nhiệm tổ chức thực hiện nghiêm túc, hiệu quả các nội dung "
                     "được giao tại Quy chế này; định kỳ báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15 hằng tháng."_s.arg(k);
    }
    return lines.join(u'\n');
}

} // namespace

class TestGazette : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { TestBackends::dropPostgresDatabase(); }
    void importDocx();
    void importOdt();
    void importRobustness_data();
    void importRobustness();
    void importLegacyText();
    void store_data() { TestBackends::addColumn(); }
    void store();
    void review_data() { TestBackends::addColumn(); }
    void review();
    void portalSync_data() { TestBackends::addColumn(); }
    void portalSync();
    void portalSyncPdfAsFile();
    void printedContentsPointToTheirPages();
    void longIssueRenders();
    void odtExport();

private:
    std::unique_ptr<Newsroom> openNewsroom(const QString &backend);
    User user(Newsroom &newsroom, const QString &login);
    QTemporaryDir m_dir;
};

void TestGazette::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(GazettePrint::checkFont().ok(), "Liberation Serif is missing: install fonts-liberation");
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(), "pdftotext is missing: install poppler-utils");
}

std::unique_ptr<Newsroom> TestGazette::openNewsroom(const QString &backend)
{
    QString problem;
    const QString url = TestBackends::freshNewsroomUrl(backend, m_dir, &problem);
    if (url.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        return {};
    }
    auto newsroom = Newsroom::open(NewsroomUrl::parse(url).value());
    if (!newsroom || !DemoData::add(*newsroom.value()))
        return {};
    return std::move(newsroom.value());
}

User TestGazette::user(Newsroom &newsroom, const QString &login)
{
    const auto users = UserStore(newsroom).list();
    for (const User &u : users.value()) {
        if (u.login == login)
            return u;
    }
    return {};
}

void TestGazette::importDocx()
{
    const QByteArray docx = decisionDocx();
    auto imported = DocumentImport::fromBytes(docx, u"quyet-dinh.docx"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported->text, expectedDecisionText);
    QCOMPARE(imported->original, docx);
    QCOMPARE(imported->fileName, u"quyet-dinh.docx"_s);
    // What Word numbered is in order for the checker.
    QVERIFY(LegalStructureParser::parse(imported->text).problems.isEmpty());
}

void TestGazette::importOdt()
{
    auto imported = DocumentImport::fromBytes(decisionOdt(), u"quyet-dinh.odt"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported->text, QStringLiteral("Căn cứ Luật  Ban hành văn bản;\n"
                                            "Điều 1. **Phạm vi**\n"
                                            "a) Sở *Nội vụ*;\n"
                                            "b) Sở Y tế.\n"
                                            "Điều 2. **Hiệu lực**\n"
                                            "\n"
                                            "| A | B C |\n"
                                            "| --- | --- |\n"
                                            "\n"
                                            "Có hiệu lực từ ngày ký."));
}

// The zip with every header's unpacked size of its entries set to
// 0xF0000000: what the local headers (offset 22) and the central directory
// (offset 24) say, not what the entry holds.
static QByteArray claimingHugeEntry(QByteArray zipped)
{
    const auto patch = [&](const QByteArray &signature, qsizetype sizeOffset) {
        for (qsizetype at = zipped.indexOf(signature); at >= 0; at = zipped.indexOf(signature, at + 4)) {
            if (at + sizeOffset + 4 <= zipped.size())
                zipped.replace(at + sizeOffset, 4, QByteArray("\x00\x00\x00\xf0", 4));
        }
    };
    patch(QByteArray("PK\x03\x04"), 22);
    patch(QByteArray("PK\x01\x02"), 24);
    return zipped;
}

void TestGazette::importRobustness_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("robustness: a .docx that is not a zip") << QByteArray("PK but not really") << u"a.docx"_s << u"not a zip"_s;
    QTest::newRow("robustness: a zip without word/document.xml") << zip({{u"x.txt"_s, "x"}}) << u"b.docx"_s << u"word/document.xml"_s;
    QTest::newRow("robustness: broken XML")
        << zip({{u"word/document.xml"_s, "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"}})
        << u"c.docx"_s << u"not well-formed"_s;
    QTest::newRow("robustness: an .odt without content.xml") << zip({{u"mimetype"_s, "x"}}) << u"d.odt"_s << u"content.xml"_s;
    // Found by fuzz_odt: a few bytes whose zip headers claim a 4 GB
    // content.xml made the import allocate 4 GB before reading it.
    QTest::newRow("robustness: an entry claiming 4 GB unpacked")
        << claimingHugeEntry(zip({{u"content.xml"_s, "<office:document-content/>"}})) << u"g.odt"_s << u"claims"_s;
    QTest::newRow("robustness: a binary file as text") << QByteArray("\x7f" "ELF\0\0\0", 7) << u"e.txt"_s << u"not a text file"_s;
    QTest::newRow("robustness: an empty text") << QByteArray(" \n\n ") << u"f.txt"_s << u"holds no text"_s;
}

void TestGazette::importRobustness()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, message);
    auto imported = DocumentImport::fromBytes(bytes, name);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, ErrorCode::InvalidInput);
    QVERIFY2(imported.error().message.contains(message), qPrintable(imported.error().message));
    QVERIFY(imported.error().message.contains(name));
}

void TestGazette::importLegacyText()
{
    // A TCVN3 text file, as 8-bit bytes: "Điều 1. Quyết định này có hiệu lực".
    const QByteArray tcvn3 = QStringLiteral(u"§iÒu 1. QuyÕt ®Þnh nµy cã hiÖu lùc kÓ tõ ngµy ký vµ ®­îc ¸p dông").toLatin1();
    auto imported = DocumentImport::fromBytes(tcvn3, u"cu.txt"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported->convertedFrom, LegacyEncoding::Tcvn3);
    QVERIFY2(imported->text.startsWith(u"Điều 1. Quyết định này có hiệu lực"), qPrintable(imported->text));
}

void TestGazette::store()
{
    QFETCH(QString, backend);
    auto newsroom = openNewsroom(backend);
    QVERIFY(newsroom);
    GazetteStore store(*newsroom);
    const User gazette = user(*newsroom, u"gazette"_s);
    const User reporter = user(*newsroom, u"reporter"_s);

    auto imported = DocumentImport::fromBytes(decisionDocx(), u"qd.docx"_s);
    QVERIFY(imported.ok());
    // Only gazette staff add documents; invalid metadata is refused.
    QCOMPARE(store.addDocument(meta("quyet_dinh", "15/2026/QĐ-UBND", "UBND tỉnh", {2026, 1, 5}, GazettePart::Normative),
                               imported->text, &imported.value(), reporter)
                 .error()
                 .code,
             ErrorCode::Denied);
    auto wrongYear = store.addDocument(meta("quyet_dinh", "15/2025/QĐ-UBND", "UBND tỉnh", {2026, 1, 5}, GazettePart::Normative),
                                       imported->text, nullptr, gazette);
    QCOMPARE(wrongYear.error().code, ErrorCode::InvalidInput);

    auto decision = store.addDocument(meta("quyet_dinh", "15/2026/QĐ-UBND", "UBND tỉnh", {2026, 1, 5}, GazettePart::Normative),
                                      imported->text, &imported.value(), gazette);
    QVERIFY2(decision.ok(), qPrintable(decision.error().message));
    auto duplicate = store.addDocument(meta("quyet_dinh", "15/2026/QĐ-UBND", "UBND tỉnh", {2026, 2, 1}, GazettePart::Normative),
                                       u"x"_s, nullptr, gazette);
    QCOMPARE(duplicate.error().code, ErrorCode::Conflict);
    QVERIFY2(duplicate.error().message.contains(u"15/2026/QĐ-UBND"), qPrintable(duplicate.error().message));
    // Numbers compare without their leading zeros; the symbol keeps them.
    auto zero = store.addDocument(meta("quyet_dinh", "015/2026/QĐ-UBND", "UBND tỉnh", {2026, 2, 1}, GazettePart::Normative), u"x"_s,
                                  nullptr, gazette);
    QCOMPARE(zero.error().code, ErrorCode::Conflict);
    QVERIFY2(zero.error().message.contains(u"15/2026/QĐ-UBND is already"), qPrintable(zero.error().message));
    auto zeroPadded = store.addDocument(meta("quyet_dinh", "01763/QĐ-UBND", "Chủ tịch UBND tỉnh", {2026, 2, 1}, GazettePart::Other),
                                        u"Điều 1. A.\nĐiều 2. B."_s, nullptr, gazette);
    QVERIFY2(zeroPadded.ok(), qPrintable(zeroPadded.error().message));
    QCOMPARE(zeroPadded->meta.symbol, u"01763/QĐ-UBND"_s);
    QCOMPARE(store.addDocument(meta("quyet_dinh", "1763/QĐ-UBND", "UBND tỉnh", {2026, 3, 1}, GazettePart::Other), u"x"_s, nullptr, gazette)
                 .error()
                 .code,
             ErrorCode::Conflict);
    // The same number in another year is another document.
    QVERIFY(store.addDocument(meta("quyet_dinh", "15/2025/QĐ-UBND", "UBND tỉnh", {2025, 1, 5}, GazettePart::Normative), u"Điều 1. A\nx"_s,
                              nullptr, gazette)
                .ok());

    // The original file is kept, byte for byte.
    auto files = store.attachments(decision->id);
    QVERIFY(files.ok());
    QCOMPARE(files->size(), 1);
    QCOMPARE(files->first().content, imported->original);
    QCOMPARE(files->first().fileName, u"qd.docx"_s);
    QVERIFY(store.isKnownSymbol(u"15/2026/QĐ-UBND"_s));
    QVERIFY(!store.isKnownSymbol(u"16/2026/QĐ-UBND"_s));

    auto plan = store.addDocument(meta("ke_hoach", "45/KH-UBND", "UBND tỉnh", {2026, 1, 2}, GazettePart::Other), u"I. MỤC ĐÍCH"_s,
                                  nullptr, gazette);
    auto resolution = store.addDocument(meta("nghi_quyet", "3/2026/NQ-HĐND", "HĐND tỉnh", {2026, 1, 8}, GazettePart::Normative),
                                        u"Điều 1. A\nx"_s, nullptr, gazette);
    QVERIFY(plan.ok() && resolution.ok());

    // Issues: numbered per year, combined issues, no overlap.
    auto issue = store.newIssue(2026, *GazetteIssueNumber::parse(u"15+16"_s), {2026, 1, 20}, gazette);
    QVERIFY2(issue.ok(), qPrintable(issue.error().message));
    QCOMPARE(issue->number.text(), u"15 + 16"_s);
    QCOMPARE(store.newIssue(2026, {16, 16}, {2026, 1, 21}, gazette).error().code, ErrorCode::Conflict);
    QCOMPARE(store.newIssue(2026, {17, 17}, {2025, 12, 31}, gazette).error().code, ErrorCode::InvalidInput);
    QVERIFY(store.newIssue(2025, {16, 16}, {2025, 1, 21}, gazette).ok());

    // The contents sort themselves: part I before II, HĐND before UBND.
    QVERIFY(store.addToIssue(issue->id, {plan->id, decision->id, resolution->id}, gazette).ok());
    auto contents = store.issueContents(issue->id);
    QVERIFY(contents.ok());
    QStringList order;
    for (const GazetteDocument &d : contents.value())
        order << d.meta.symbol;
    QCOMPARE(order, QStringList({u"3/2026/NQ-HĐND"_s, u"15/2026/QĐ-UBND"_s, u"45/KH-UBND"_s}));
    QCOMPARE(contents->first().issueId, issue->id);

    // By hand, and the hand order stays when more is added.
    QVERIFY(store.moveInIssue(issue->id, plan->id, 0, gazette).ok());
    auto other = store.addDocument(meta("chi_thi", "2/CT-UBND", "UBND tỉnh", {2026, 1, 9}, GazettePart::Other), u"x"_s, nullptr, gazette);
    QVERIFY(store.addToIssue(issue->id, {other->id}, gazette).ok());
    order.clear();
    const auto reordered = store.issueContents(issue->id);
    for (const GazetteDocument &d : reordered.value())
        order << d.meta.symbol;
    QCOMPARE(order, QStringList({u"45/KH-UBND"_s, u"3/2026/NQ-HĐND"_s, u"15/2026/QĐ-UBND"_s, u"2/CT-UBND"_s}));

    // A document is printed once.
    auto second = store.newIssue(2026, {17, 17}, {2026, 1, 27}, gazette);
    QCOMPARE(store.addToIssue(second->id, {decision->id}, gazette).error().code, ErrorCode::Conflict);
    QVERIFY(store.removeFromIssue(issue->id, other->id, gazette).ok());
    QVERIFY(store.addToIssue(second->id, {other->id}, gazette).ok());

    // An edit is versioned: a stale one is refused.
    auto edited = store.updateDocument(decision->id, decision->version, decision->meta, decision->body + u"\nThêm."_s, gazette);
    QVERIFY2(edited.ok(), qPrintable(edited.error().message));
    QCOMPARE(edited->version, decision->version + 1);
    QCOMPARE(store.updateDocument(decision->id, decision->version, decision->meta, u"x"_s, gazette).error().code, ErrorCode::Conflict);
}

void TestGazette::review()
{
    QFETCH(QString, backend);
    auto newsroom = openNewsroom(backend);
    QVERIFY(newsroom);
    GazetteStore store(*newsroom);
    const User gazette = user(*newsroom, u"gazette"_s);
    const User chief = user(*newsroom, u"chief"_s);

    auto document = store.addDocument(meta("quyet_dinh", "1982/QĐ-UBND", "UBND tỉnh", {2026, 3, 2}, GazettePart::Other),
                                      u"Điều 1. A\nx"_s, nullptr, gazette);
    auto issue = store.newIssue(2026, {20, 20}, {2026, 3, 10}, gazette);
    QVERIFY(document.ok() && issue.ok());
    // Empty issues are not submitted; a document's chain is its own.
    QCOMPARE(store.perform(issue->id, ReviewAction::Submit, gazette).error().code, ErrorCode::Conflict);
    QVERIFY(store.addToIssue(issue->id, {document->id}, gazette).ok());
    QCOMPARE(store.perform(document->id, ReviewAction::Approve, gazette).error().code, ErrorCode::Denied);
    QCOMPARE(store.perform(document->id, ReviewAction::Approve, chief).error().code, ErrorCode::Conflict);  // not submitted
    QCOMPARE(store.perform(document->id, ReviewAction::Submit, gazette).value(), ArticleState::Submitted);
    QCOMPARE(store.perform(issue->id, ReviewAction::Submit, gazette).value(), ArticleState::Submitted);
    // The issue waits for its documents.
    auto early = store.perform(issue->id, ReviewAction::Approve, chief);
    QCOMPARE(early.error().code, ErrorCode::Conflict);
    QVERIFY2(early.error().message.contains(u"1982/QĐ-UBND"), qPrintable(early.error().message));
    QCOMPARE(store.perform(document->id, ReviewAction::Return, chief).error().code, ErrorCode::InvalidInput);  // no reason
    QCOMPARE(store.perform(document->id, ReviewAction::Approve, chief).value(), ArticleState::Approved);
    QCOMPARE(store.perform(issue->id, ReviewAction::Approve, chief).value(), ArticleState::Approved);
    // Approved contents are fixed.
    QCOMPARE(store.removeFromIssue(issue->id, document->id, gazette).error().code, ErrorCode::Conflict);

    // Approval queued the issue for the portal, in the same transaction.
    QSqlQuery query(newsroom->database());
    QVERIFY(query.exec(u"SELECT action FROM gazette_outbox WHERE issue_id = '%1' AND done_at IS NULL"_s.arg(issue->id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"publish"_s);
    // And every step is in the audit log, the refusals too.
    QVERIFY(query.exec(u"SELECT count(*), sum(CASE WHEN outcome = 'refused' THEN 1 ELSE 0 END) FROM audit_log"
                       " WHERE article_id IN ('%1', '%2') AND action LIKE 'gazette.%'"_s.arg(issue->id, document->id)));
    QVERIFY(query.next());
    QVERIFY2(query.value(0).toInt() >= 10, qPrintable(query.value(0).toString()));
    QCOMPARE(query.value(1).toInt(), 5);
}

void TestGazette::portalSync()
{
    // The newsroom on SQLite; the portal on each backend.
    QFETCH(QString, backend);
    auto newsroom = openNewsroom(u"sqlite"_s);
    QVERIFY(newsroom);
    GazetteStore store(*newsroom);
    const User gazette = user(*newsroom, u"gazette"_s);
    const User chief = user(*newsroom, u"chief"_s);
    QVERIFY(NewsroomSettings(*newsroom).setValue(NewsroomSettings::provinceName, u"Quảng Trị"_s).ok());

    QString portalUrl;
    if (backend == u"sqlite") {
        portalUrl = u"sqlite:"_s + m_dir.filePath(u"portal-gazette.sqlite"_s);
    } else {
        QString problem;
        // An emptied PostgreSQL database serves as the portal.
        portalUrl = TestBackends::freshNewsroomUrl(backend, m_dir, &problem);
        QVERIFY2(!portalUrl.isEmpty(), qPrintable(problem));
    }
    auto portal = Portal::open(NewsroomUrl::parse(portalUrl).value());
    QVERIFY2(portal.ok(), qPrintable(portal.error().message));

    auto first = store.addDocument(meta("quyet_dinh", "15/2026/QĐ-UBND", "UBND tỉnh", {2026, 1, 5}, GazettePart::Normative),
                                   longBody(30), nullptr, gazette);
    auto second = store.addDocument(meta("nghi_quyet", "3/2026/NQ-HĐND", "HĐND tỉnh", {2026, 1, 8}, GazettePart::Normative),
                                    longBody(5), nullptr, gazette);
    auto issue = store.newIssue(2026, {15, 16}, {2026, 1, 20}, gazette);
    QVERIFY(first.ok() && second.ok() && issue.ok());
    QVERIFY(store.addToIssue(issue->id, {first->id, second->id}, gazette).ok());
    for (const QString &id : {first->id, second->id, issue->id})
        QVERIFY(store.perform(id, ReviewAction::Submit, gazette).ok());
    for (const QString &id : {first->id, second->id, issue->id})
        QVERIFY(store.perform(id, ReviewAction::Approve, chief).ok());

    GazetteSync sync(*newsroom, *portal.value());
    QCOMPARE(sync.pendingCount().value(), 1);
    // No gazette tables yet: one clear line, nothing marked done.
    auto missing = sync.run();
    QVERIFY(missing.ok());
    QCOMPARE(missing->errors.size(), 1);
    QVERIFY2(missing->errors.first().contains(u"portal init"), qPrintable(missing->errors.first()));
    QCOMPARE(sync.pendingCount().value(), 1);

    QVERIFY(portal.value()->init().ok());
    auto sent = sync.run();
    QVERIFY(sent.ok());
    QVERIFY2(sent->errors.isEmpty(), qPrintable(sent->errors.join(u'|')));
    QCOMPARE(sent->published, 1);
    QCOMPARE(sync.pendingCount().value(), 0);

    QSqlQuery query(portal.value()->database());
    QVERIFY(query.exec(u"SELECT title, status, pages, pdf FROM portal_gazette_issues"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"Số 15 + 16"_s);
    QCOMPARE(query.value(1).toString(), u"published"_s);
    const QByteArray pdf = query.value(3).toByteArray();
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(!query.next());
    // The contents on the portal: print order, and the pages of the PDF.
    const QString file = m_dir.filePath(u"from-portal-%1.pdf"_s.arg(backend));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(pdf);
    out.close();
    QVERIFY(query.exec(u"SELECT symbol, page FROM portal_gazette_documents ORDER BY position"_s));
    QStringList symbols;
    while (query.next()) {
        symbols << query.value(0).toString();
        QVERIFY(pdfPageText(file, query.value(1).toInt()).contains(u"Số: "_s + query.value(0).toString()));
    }
    QCOMPARE(symbols, QStringList({u"3/2026/NQ-HĐND"_s, u"15/2026/QĐ-UBND"_s}));

    // Withdrawn: the row stays, marked, without its PDF; sent once.
    QVERIFY(store.perform(issue->id, ReviewAction::Withdraw, chief, u"Sai số trang"_s).ok());
    QCOMPARE(sync.run()->withdrawn, 1);
    QVERIFY(sync.run()->withdrawn == 0);
    QVERIFY(query.exec(u"SELECT count(*), min(status) FROM portal_gazette_issues"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toString(), u"withdrawn"_s);
}

void TestGazette::portalSyncPdfAsFile()
{
    // A mapping may send the PDFs to a folder the portal serves.
    auto newsroom = openNewsroom(u"sqlite"_s);
    QVERIFY(newsroom);
    GazetteStore store(*newsroom);
    const User gazette = user(*newsroom, u"gazette"_s);
    const User chief = user(*newsroom, u"chief"_s);
    QVERIFY(NewsroomSettings(*newsroom).setValue(NewsroomSettings::provinceName, u"Quảng Trị"_s).ok());
    auto document = store.addDocument(meta("quyet_dinh", "7/QĐ-UBND", "UBND tỉnh", {2026, 2, 2}, GazettePart::Other),
                                      longBody(3), nullptr, gazette);
    auto issue = store.newIssue(2026, {4, 4}, {2026, 2, 5}, gazette);
    QVERIFY(document.ok() && issue.ok());
    QVERIFY(store.addToIssue(issue->id, {document->id}, gazette).ok());
    for (const QString &id : {document->id, issue->id})
        QVERIFY(store.perform(id, ReviewAction::Submit, gazette).ok());
    for (const QString &id : {document->id, issue->id})
        QVERIFY(store.perform(id, ReviewAction::Approve, chief).ok());

    auto portal = Portal::open(NewsroomUrl::parse(u"sqlite:"_s + m_dir.filePath(u"portal-files.sqlite"_s)).value());
    QVERIFY(portal.ok() && portal.value()->init().ok());
    const QString folder = m_dir.filePath(u"congbao"_s);
    QVERIFY(QDir().mkpath(folder));
    GazetteSync sync(*newsroom, *portal.value(), folder);
    auto sent = sync.run();
    QVERIFY(sent.ok() && sent->errors.isEmpty());
    QSqlQuery query(portal.value()->database());
    QVERIFY(query.exec(u"SELECT pdf IS NULL, pdf_file FROM portal_gazette_issues"_s));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toBool());
    const QString file = query.value(1).toString();
    QCOMPARE(file, QDir(folder).filePath(u"cong-bao-2026-so-04.pdf"_s));
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(4) == "%PDF");
}

void TestGazette::printedContentsPointToTheirPages()
{
    // Three documents of different lengths: the contents must follow them.
    QList<GazetteDocument> documents;
    const std::array<std::pair<const char *, int>, 3> specs{{{"3/2026/NQ-HĐND", 4}, {"15/2026/QĐ-UBND", 40}, {"16/2026/QĐ-UBND", 9}}};
    for (const auto &[symbol, articles] : specs) {
        GazetteDocument d;
        d.id = QString::fromUtf8(symbol);
        const bool resolution = QString::fromUtf8(symbol).contains(u"NQ");
        d.meta = meta(resolution ? "nghi_quyet" : "quyet_dinh", symbol, resolution ? "HĐND tỉnh" : "UBND tỉnh", {2026, 1, 5},
                      GazettePart::Normative, "Quy định chi tiết một số điều về quản lý nhà nước đối với Cổng Thông tin điện tử");
        d.body = longBody(articles) + u"\n\n| STT | Đơn vị |\n| --- | --- |\n| 1 | Sở Nội vụ |"_s;
        documents << d;
    }
    GazetteIssue issue;
    issue.year = 2026;
    issue.number = {15, 16};
    issue.publishedOn = {2026, 1, 20};
    GazettePrint print(issue, documents, u"Quảng Trị"_s);
    const QString pdf = m_dir.filePath(u"cong-bao.pdf"_s);
    Status written = print.writePdf(pdf);
    QVERIFY2(written.ok(), qPrintable(written.error().message));

    const QString all = run(u"pdftotext"_s, {pdf, u"-"_s});
    QCOMPARE(all.count(u'\f'), print.pageCount());
    QVERIFY(pdfPageText(pdf, 1).contains(u"CÔNG BÁO"));
    QVERIFY(pdfPageText(pdf, 1).contains(u"Số 15 + 16"));
    QVERIFY(pdfPageText(pdf, 2).contains(u"MỤC LỤC"));

    QCOMPARE(print.contents().size(), 3);
    int previous = 2;
    for (const GazetteTocEntry &entry : print.contents()) {
        // Each listed page holds that document's symbol and title; the page
        // before it does not.
        const QString page = pdfPageText(pdf, entry.page);
        QVERIFY2(page.contains(u"Số: "_s + entry.documentId), qPrintable(u"page %1: %2"_s.arg(entry.page).arg(page.left(300))));
        QVERIFY(page.contains(u"Quy định chi tiết một số điều"));
        QVERIFY(!pdfPageText(pdf, entry.page - 1).contains(u"Số: "_s + entry.documentId));
        QVERIFY(entry.page > previous);
        previous = entry.page;
        // The contents print the same page numbers.
        QVERIFY(pdfPageText(pdf, 2).contains(entry.documentId));
    }
    // The running header and the page number on every page but the cover.
    for (int page = 2; page <= print.pageCount(); ++page) {
        const QString text = pdfPageText(pdf, page);
        QVERIFY2(text.contains(u"CÔNG BÁO/Số 15 + 16/Ngày 20-01-2026"), qPrintable(text.left(200)));
        QVERIFY(QRegularExpression(u"(^|\\s)%1(\\s|$)"_s.arg(page)).match(text).hasMatch());
    }
    // Liberation Serif is embedded, and the Vietnamese letters came through.
    const QString fonts = run(u"pdffonts"_s, {pdf});
    QVERIFY2(QRegularExpression(u"LiberationSerif\\S*\\s.*yes"_s).match(fonts).hasMatch(), qPrintable(fonts));
    QVERIFY(!fonts.contains(u"Type 3"));
    QVERIFY(all.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    QVERIFY(all.contains(u"Độc lập - Tự do - Hạnh phúc"));
    QVERIFY(all.contains(u"ỦY BAN NHÂN DÂN"));
}

void TestGazette::longIssueRenders()
{
    QList<GazetteDocument> documents;
    for (int i = 1; i <= 12; ++i) {
        GazetteDocument d;
        d.id = u"%1/2026/QĐ-UBND"_s.arg(i);
        d.meta = meta("quyet_dinh", "", "UBND tỉnh", {2026, 1, i}, GazettePart::Normative);
        d.meta.symbol = d.id;
        d.body = longBody(110);
        documents << d;
    }
    GazetteIssue issue;
    issue.year = 2026;
    issue.number = {3, 3};
    issue.publishedOn = {2026, 2, 1};
    GazettePrint print(issue, documents, u"Quảng Trị"_s);
    const QString pdf = m_dir.filePath(u"long.pdf"_s);
    QVERIFY(print.writePdf(pdf).ok());
    QVERIFY2(print.pageCount() >= 300, qPrintable(QString::number(print.pageCount())));
    QCOMPARE(run(u"pdftotext"_s, {pdf, u"-"_s}).count(u'\f'), print.pageCount());
    const GazetteTocEntry &last = print.contents().constLast();
    QVERIFY(pdfPageText(pdf, last.page).contains(u"Số: 12/2026/QĐ-UBND"));
}

void TestGazette::odtExport()
{
    GazetteDocument d;
    d.id = u"x"_s;
    d.meta = meta("quyet_dinh", "15/2026/QĐ-UBND", "UBND tỉnh", {2026, 1, 5}, GazettePart::Normative);
    d.body = expectedDecisionText;
    GazetteIssue issue;
    issue.year = 2026;
    issue.number = {15, 16};
    issue.publishedOn = {2026, 1, 20};
    GazettePrint print(issue, {d}, u"Quảng Trị"_s);
    const QString odt = m_dir.filePath(u"cong-bao.odt"_s);
    QVERIFY(print.writeOdt(odt).ok());
    // An ODT our own importer reads back: same words, same contents list.
    auto back = DocumentImport::fromFile(odt);
    QVERIFY2(back.ok(), qPrintable(back.error().message));
    QVERIFY(back->text.contains(u"MỤC LỤC"));
    QVERIFY(back->text.contains(u"CÔNG BÁO"));
    QVERIFY(back->text.contains(u"Quyết định này có hiệu lực kể từ ngày ký."));
    QVERIFY(back->text.contains(u"Quyết định số 15/2026/QĐ-UBND ngày 05/01/2026 của UBND tỉnh"));
    // Nothing written where the folder does not exist.
    QCOMPARE(print.writeOdt(m_dir.filePath(u"no/such/dir/x.odt"_s)).error().code, ErrorCode::Failed);
}

QTEST_MAIN(TestGazette)
#include "tst_gazette.moc"
