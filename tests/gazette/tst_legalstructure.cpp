// The legal text checker and the symbol validation of the Công báo: every
// rule, with well-formed and malformed texts.
#include "legaldocument.h"
#include "legalheading.h"
#include "legalstructure.h"

#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

class TestLegalStructure : public QObject
{
    Q_OBJECT

private slots:
    void problems_data();
    void problems();
    void notes();
    void outline();
    void attachments();
    void chapterTitleOnNextLine();
    void citations();
    void alphabet();
    void romanNumerals();
    void symbols_data();
    void symbols();
    void typesAndIssuers();
    void signature_data();
    void signature();
    void headingBlock_data();
    void headingBlock();
};

namespace {

QString lines(std::initializer_list<const char *> text)
{
    QStringList out;
    for (const char *line : text)
        out << QString::fromUtf8(line);
    return out.join(u'\n');
}

} // namespace

void TestLegalStructure::problems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("lines");        // 0-based lines with a problem
    QTest::addColumn<QString>("firstMessage");   // a part of the first message

    QTest::newRow("nominal: a decision in good order")
        << lines({"QUYẾT ĐỊNH:", "Điều 1. Phạm vi điều chỉnh", "1. Quy định này áp dụng cho:", "a) Sở Nội vụ;",
                  "b) Sở Tài chính;", "c) Sở Y tế;", "d) Sở Xây dựng;", "đ) Sở Công Thương;", "e) Sở Tư pháp;",
                  "g) UBND các huyện.", "2. Khoản hai.", "Điều 2. Hiệu lực", "Quyết định này có hiệu lực kể từ ngày ký."})
        << QList<int>{} << QString();
    QTest::newRow("nominal: chapters, sections and articles run on across chapters")
        << lines({"Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi", "Nội dung.", "Chương II", "QUY ĐỊNH CỤ THỂ",
                  "Mục 1. Đất đai", "Điều 2. Giá đất", "Nội dung.", "Mục 2. Nhà ở", "Điều 3. Nhà ở", "Nội dung."})
        << QList<int>{} << QString();
    QTest::newRow("robustness: an Điều is missing")
        << lines({"Điều 1. A", "Nội dung.", "Điều 3. C", "Nội dung."}) << QList<int>{2} << QStringLiteral("expected Điều 2");
    QTest::newRow("robustness: an Điều is repeated")
        << lines({"Điều 1. A", "x", "Điều 2. B", "x", "Điều 2. C", "x", "Điều 3. D", "x"}) << QList<int>{4}
        << QStringLiteral("Điều 2 follows Điều 2");
    QTest::newRow("robustness: the first Điều is not 1")
        << lines({"Điều 2. A", "x"}) << QList<int>{0} << QStringLiteral("expected Điều 1");
    QTest::newRow("robustness: a khoản gap")
        << lines({"Điều 1. A", "1. Một.", "2. Hai.", "4. Bốn."}) << QList<int>{3} << QStringLiteral("expected khoản 3");
    QTest::newRow("robustness: khoản start again in the next Điều, a repeat is caught")
        << lines({"Điều 1. A", "1. Một.", "2. Hai.", "Điều 2. B", "1. Một.", "1. Lại một."}) << QList<int>{5}
        << QStringLiteral("Khoản 1 follows khoản 1 in Điều 2");
    QTest::newRow("robustness: f) after đ) and e)")
        << lines({"Điều 1. A", "1. Gồm:", "a) a;", "b) b;", "c) c;", "d) d;", "đ) đ;", "e) e;", "f) f;", "g) g."})
        << QList<int>{8} << QStringLiteral("There is no letter f");
    QTest::newRow("robustness: Word's alphabet, e) where đ) belongs")
        << lines({"Điều 1. A", "1. Gồm:", "a) a;", "b) b;", "c) c;", "d) d;", "e) e;", "f) f;", "g) g."})
        << QList<int>{6, 7} << QStringLiteral("expected đ)");
    QTest::newRow("robustness: điểm start again in each khoản")
        << lines({"Điều 1. A", "1. Gồm:", "a) a;", "b) b;", "2. Gồm:", "b) b;"}) << QList<int>{5}
        << QStringLiteral("expected a)");
    QTest::newRow("robustness: j, w and z are not letters of the alphabet")
        << lines({"Điều 1. A", "1. Gồm:", "a) a;", "j) j;", "w) w;", "z) z;"}) << QList<int>{3, 4, 5}
        << QStringLiteral("no letter j");
    QTest::newRow("nominal: \"1)\" after a khoản is its own list, \"a.\" a điểm in older style")
        << lines({"Điều 1. A", "1. Một.", "2) Hai.", "a. điểm a.", "b) điểm b."}) << QList<int>{} << QString();
    QTest::newRow("robustness: an empty Điều; an Điều missing its full stop is a heading")
        << lines({"Điều 1. A", "", "Điều 2 Hiệu lực", "Có hiệu lực."}) << QList<int>{0} << QStringLiteral("Điều 1 is empty");
    QTest::newRow("robustness: the last Điều is empty")
        << lines({"Điều 1. A", "x", "Điều 2. Trách nhiệm thi hành"}) << QList<int>{2} << QStringLiteral("Điều 2 is empty");
    QTest::newRow("robustness: Chương out of Roman order")
        << lines({"Chương I", "A", "Điều 1. A", "x", "Chương III", "C", "Điều 2. B", "x"}) << QList<int>{4}
        << QStringLiteral("expected Chương II");
    QTest::newRow("robustness: Chương in Arabic numerals out of order")
        << lines({"Chương 1", "A", "Điều 1. A", "x", "Chương 3", "C", "Điều 2. B", "x"}) << QList<int>{4}
        << QStringLiteral("expected Chương II");
    QTest::newRow("robustness: Mục restart in each Chương and must run on")
        << lines({"Chương I", "A", "Mục 1. X", "Điều 1. A", "x", "Mục 3. Y", "Điều 2. B", "x", "Chương II", "B", "Mục 1. Z",
                  "Điều 3. C", "x"})
        << QList<int>{5} << QStringLiteral("expected Mục 2");
    QTest::newRow("nominal: running text that mentions an Điều is not a heading")
        << lines({"Điều 1. A", "1. Theo quy định tại", "Điều 5 của Luật này và", "2. Hai."}) << QList<int>{}
        << QString();
    QTest::newRow("nominal: bold headings from an imported .docx")
        << lines({"**Điều 1. Phạm vi**", "Nội dung.", "**Điều 2.** Hiệu lực", "Nội dung."}) << QList<int>{} << QString();
    QTest::newRow("nominal: bold that ends inside the label, as Word splits its runs")
        << lines({"**Điều 1**. Phạm vi", "1. Một.", "**2**. Hai:", "*a*) a;", "b*)* b.", "**Điều** 2. Hiệu lực",
                  "Nội dung.", "Điều **3**. Thi hành", "Nội dung."})
        << QList<int>{} << QString();
    QTest::newRow("nominal: điểm in lower-case Roman numerals, then a list of letters past h)")
        << lines({"Điều 1. Hồ sơ", "1. Hồ sơ gồm:", "i) Đơn đăng ký;", "ii) Bản sao quyết định;", "iii) Tài liệu kỹ thuật;",
                  "iv) Hồ sơ năng lực:", "- Danh sách thiết bị;", "v) Kết quả hoạt động.", "2. Thời hạn:", "i) Mười ngày;",
                  "ii) Mười lăm ngày.", "3. Gồm:", "a) a;", "b) b;", "c) c;", "d) d;", "đ) đ;", "e) e;", "g) g;", "h) h;", "i) i;",
                  "k) k."})
        << QList<int>{} << QString();
    QTest::newRow("robustness: a Roman điểm skipped; a letter v) is still no điểm")
        << lines({"Điều 1. Hồ sơ", "1. Gồm:", "i) Đơn;", "ii) Bản sao;", "iv) Hồ sơ.", "2. Gồm:", "a) a;", "v) v."})
        << QList<int>{4, 7} << QStringLiteral("Điểm iv) follows ii) in khoản 1 of Điều 1; expected iii)");
    QTest::newRow("nominal: a letter's subject line \"V/v\" is not a section V")
        << lines({"KẾ HOẠCH", "I. MỤC ĐÍCH", "1. Một.", "II. NỘI DUNG", "1. Hai.", "2. Gửi công văn theo mẫu:",
                  "V/v đề nghị công bố phương thức liên lạc", "III. TỔ CHỨC THỰC HIỆN", "1. Ba."})
        << QList<int>{} << QString();
    QTest::newRow("robustness: a gap behind split bold is still caught")
        << lines({"**Điều 1**. Phạm vi", "1. Một.", "**3**. Ba.", "**Điều 3**. Hiệu lực", "Nội dung."}) << QList<int>{2, 3}
        << QStringLiteral("expected khoản 2");
    // As real drafters write: issue 21's false alarms, and the mistakes
    // that must still be caught in the same shapes.
    QTest::newRow("nominal: an Điều whose text follows its number")
        << lines({"QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý cụm công nghiệp.",
                  "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
                  "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./."})
        << QList<int>{} << QString();
    QTest::newRow("robustness: a title alone is still an empty Điều")
        << lines({"Điều 1. Phạm vi", "x", "Điều 2. Hiệu lực thi hành", "Điều 3. Trách nhiệm thi hành", "x"}) << QList<int>{2}
        << QStringLiteral("Điều 2 is empty");
    QTest::newRow("nominal: an amendment quotes articles, khoản and a single điểm")
        << lines({"Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 15/2020/NĐ-CP", "1. Bổ sung Điều 6a như sau:",
                  "“Điều 6a. Hỗ trợ doanh nghiệp", "1. Doanh nghiệp được hỗ trợ.", "2. Mức hỗ trợ:", "a) Một;", "b) Hai.”",
                  "2. Sửa đổi điểm đ khoản 1 Điều 7 như sau:", "“đ) Nội dung mới;”", "3. Sửa đổi khoản 2 Điều 8 như sau:",
                  "\"2. Khoản thay thế.\"", "4. Bổ sung khoản 2a vào sau khoản 2 Điều 9 như sau: “2a. Khoản chèn.”",
                  "Điều 2. Hiệu lực thi hành", "Nghị định này có hiệu lực từ ngày ký."})
        << QList<int>{} << QString();
    QTest::newRow("robustness: a khoản skipped after a quotation is caught")
        << lines({"Điều 1. Sửa đổi", "1. Sửa đổi Điều 5 như sau:", "“Điều 5. Nội dung", "1. Một.", "2. Hai.”",
                  "3. Sửa đổi Điều 6 như sau:", "“Điều 6. Nội dung.”", "Điều 2. Hiệu lực", "x"})
        << QList<int>{5} << QStringLiteral("expected khoản 2");
    QTest::newRow("nominal: inserted Điều, khoản and điểm; a consolidated text's footnote marks")
        << lines({"Điều 1. A", "x", "Điều 2. B", "1. Một.", "1a. Một a.", "2. Hai:", "a) a;", "b) b;", "c) c;", "d) d;",
                  "đ) đ;", "đ1) đ một;", "e) e.", "Điều 2a[3]. Điều chèn", "x", "Điều 2b. Điều chèn nữa", "x", "Điều 3. C", "x"})
        << QList<int>{} << QString();
    QTest::newRow("robustness: an inserted Điều away from its base")
        << lines({"Điều 1. A", "x", "Điều 2. B", "x", "Điều 5a. C", "x", "Điều 3. D", "x"}) << QList<int>{4}
        << QStringLiteral("Điều 5a follows Điều 2");
    QTest::newRow("nominal: a decision, then the regulation it issues from Điều 1")
        << lines({"QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý chợ.",
                  "Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2025.", "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT.",
                  "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A", "QUY ĐỊNH", "Về quản lý chợ trên địa bàn tỉnh",
                  "(Ban hành kèm theo Quyết định số 15/2025/QĐ-UBND ngày 05 tháng 3 năm 2025 của UBND tỉnh)", "Chương I",
                  "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh", "x", "Điều 2. Đối tượng áp dụng", "x", "Chương II",
                  "QUY ĐỊNH CỤ THỂ", "Điều 3. Chợ", "x"})
        << QList<int>{} << QString();
    QTest::newRow("nominal: after \"Nơi nhận:\" a regulation without its \"kèm theo\" line")
        << lines({"Điều 1. A", "x", "Điều 2. B", "x", "Nơi nhận:", "- Như Điều 2;", "QUY CHẾ", "Điều 1. Phạm vi", "x",
                  "Điều 2. Đối tượng", "x"})
        << QList<int>{} << QString();
    QTest::newRow("robustness: the regulation issued skips an Điều")
        << lines({"Điều 1. A", "x", "Nơi nhận:", "QUY ĐỊNH", "(Ban hành kèm theo Quyết định số 15/2025/QĐ-UBND)",
                  "Điều 1. Phạm vi", "x", "Điều 3. Đối tượng", "x"})
        << QList<int>{7} << QStringLiteral("expected Điều 2");
    QTest::newRow("nominal: a plan's Roman sections start khoản again")
        << lines({"KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "- Nâng cao chất lượng.", "2. Yêu cầu", "II. NHIỆM VỤ",
                  "1. Tuyên truyền:", "a) Báo chí;", "b) Cổng thông tin.", "2. Kiểm tra", "2.1. Kiểm tra định kỳ",
                  "III. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ", "2. Sở Tài chính"})
        << QList<int>{} << QString();
    QTest::newRow("nominal: a plan numbering khoản on through its sections, under lettered parts")
        << lines({"A. KẾT QUẢ", "I. CÔNG TÁC CHỈ ĐẠO", "1. Một", "2. Hai", "II. KẾT QUẢ", "3. Ba", "4. Bốn", "B. NHIỆM VỤ",
                  "I. NHIỆM VỤ CHUNG", "1. Một", "C. KIẾN NGHỊ", "I. KIẾN NGHỊ", "1. Một"})
        << QList<int>{} << QString();
    QTest::newRow("robustness: a plan skips a Roman section and a khoản")
        << lines({"I. MỤC ĐÍCH", "1. Một", "II. NHIỆM VỤ", "1. Một", "3. Ba", "IV. TỔ CHỨC", "1. Một"}) << QList<int>{4, 5}
        << QStringLiteral("expected khoản 2");
    QTest::newRow("nominal: a paragraph starting with \"Chương trình\", \"Mục tiêu\"")
        << lines({"Điều 1. A", "1. Mục tiêu:", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới.", "Mục tiêu cụ thể gồm:",
                  "2. Hai.", "Chương II của Luật này quy định ...", "3. Ba."})
        << QList<int>{} << QString();
    QTest::newRow("robustness: headings with the look-alike Ð are headings")
        << lines({"Chương I", "A", "Ðiều 1. A", "x", "ÐIỀU 3. C", "x"}) << QList<int>{4} << QStringLiteral("expected Điều 2");
    QTest::newRow("nominal: older drafting, \"Chương 1:\" and \"Điều 1\" without its full stop")
        << lines({"Chương 1:", "NHỮNG QUY ĐỊNH CHUNG", "Điều 1", "Nội dung.", "Điều 2", "1) Một;", "2) Hai.", "Chương 2:",
                  "QUY ĐỊNH CỤ THỂ", "Điều 3", "Nội dung.", "Điều 4: Hiệu lực", "Nội dung."})
        << QList<int>{} << QString();
    QTest::newRow("nominal: capital parts without Đ, khoản running on across a form's parts")
        << lines({"A. THỦ TỤC CẤP TỈNH", "1. Một", "2. Hai", "B. THỦ TỤC CẤP XÃ", "3. Ba", "C. KHÁC", "1. Một", "D. KHÁC",
                  "1. Một", "E. LĨNH VỰC VIỆC LÀM", "1. Một", "G. NGƯỜI CÓ CÔNG", "1. Một"})
        << QList<int>{} << QString();
    QTest::newRow("robustness: a khoản skipped in a lettered part is named by its letter")
        << lines({"A. THỦ TỤC", "1. Một", "3. Ba"}) << QList<int>{2} << QStringLiteral("in part A");
    QTest::newRow("nominal: an amendment's line starting \"Mục 3 Chương II …\" is a reference")
        << lines({"Chương I", "A", "Điều 1. A", "1. Bãi bỏ", "Mục 3 Chương II - Giáo dục nghề nghiệp gồm các Điều 32, 33.",
                  "Điều 2. B", "x"})
        << QList<int>{} << QString();
    QTest::newRow("nominal: a repeal says all in its title; a form's \"Điều 2 ……(3)\"")
        << lines({"Điều 1. Sửa đổi Điều 10", "x.", "Điều 2. Bãi bỏ khoản 5 của Điều 12", "Điều 3. Hiệu lực", "x.", "Nơi nhận:",
                  "MẪU QUYẾT ĐỊNH", "QUYẾT ĐỊNH:", "Điều 1. Chấp thuận cho tổ chức:", "Trụ sở:",
                  "Điều 2 ……….………..(3) có trách nhiệm thực hiện.", "Điều 3. Hiệu lực kể từ ngày ký."})
        << QList<int>{} << QString();
    QTest::newRow("robustness: a repeal that names nothing is still empty")
        << lines({"Điều 1. Bãi bỏ toàn bộ Quyết định", "Điều 2. Hiệu lực", "x."}) << QList<int>{0}
        << QStringLiteral("Điều 1 is empty");
    QTest::newRow("robustness: a form's decision starts again at Điều 1 only as a new document")
        << lines({"Điều 1. A", "x.", "Điều 2. B", "x.", "Điều 1. C", "x."}) << QList<int>{4}
        << QStringLiteral("expected Điều 3");
    QTest::newRow("robustness: older drafting skips an Điều, one problem on its line")
        << lines({"Chương 1:", "A", "Điều 1", "Nội dung.", "Điều 3", "Nội dung."}) << QList<int>{4}
        << QStringLiteral("expected Điều 2");
}

void TestLegalStructure::problems()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, lines);
    QFETCH(QString, firstMessage);

    const LegalStructure structure = LegalStructureParser::parse(text);
    QList<int> found;
    QStringList messages;
    for (const LegalProblem &problem : structure.problems) {
        found << problem.line;
        messages << problem.message;
    }
    QVERIFY2(found == lines, qPrintable(messages.join(u'|')));
    if (!firstMessage.isEmpty())
        QVERIFY2(messages.constFirst().contains(firstMessage), qPrintable(messages.constFirst()));
}

void TestLegalStructure::notes()
{
    // One note a habit, at its first line, whatever the count.
    const LegalStructure structure = LegalStructureParser::parse(
        lines({"Chương 1", "A", "Điều 1", "x", "Điều 2", "x", "Chương 2", "B", "Điều 3: C", "a. một;", "b. hai."}));
    QVERIFY(structure.problems.isEmpty());
    QStringList notes;
    for (const LegalProblem &note : structure.notes)
        notes << QString::number(note.line) + u'|' + note.message;
    QCOMPARE(structure.notes.size(), 4);
    QCOMPARE(structure.notes.at(0).line, 0);
    QVERIFY2(structure.notes.at(0).message.contains(u"Roman"), qPrintable(notes.join(u'\n')));
    QVERIFY2(structure.notes.at(0).message.contains(u"2"), qPrintable(notes.join(u'\n')));
    QCOMPARE(structure.notes.at(1).line, 2);
    QCOMPARE(structure.notes.at(2).line, 8);
    QCOMPARE(structure.notes.at(3).line, 9);

    // Today's drafting has none.
    QVERIFY(LegalStructureParser::parse(lines({"Chương I", "A", "Điều 1. A", "1. Một:", "a) một."})).notes.isEmpty());
}

void TestLegalStructure::attachments()
{
    const LegalStructure structure = LegalStructureParser::parse(
        lines({"Điều 1. Ban hành kèm theo Quyết định này Quy định.", "Điều 2. Có hiệu lực kể từ ngày ký.", "Nơi nhận:",
               "QUY ĐỊNH", "Về quản lý chợ", "(Ban hành kèm theo Quyết định số 15/2025/QĐ-UBND)", "Chương I", "QUY ĐỊNH CHUNG",
               "Điều 1. Phạm vi", "x", "PHỤ LỤC I", "(Kèm theo Quy định)", "1. Danh mục", "PHỤ LỤC II", "Bảng giá",
               "PHỤ LỤC III THỦ TỤC CẤP PHÉP (Kèm theo Quyết định số 15/2025/QĐ-UBND)", "1. Trình tự"}));
    QStringList labels;
    for (const LegalHeading &heading : structure.outline)
        labels << QString::number(int(heading.level)) + u'|' + heading.label + u'|' + heading.title + u'|'
                + QString::number(heading.line) + u'|' + QString::number(heading.titleLine);
    QCOMPARE(labels, QStringList({u"4|Điều 1||0|-1"_s, u"4|Điều 2||1|-1"_s, u"0|QUY ĐỊNH||3|-1"_s,
                                  u"2|Chương I|QUY ĐỊNH CHUNG|6|7"_s, u"4|Điều 1|Phạm vi|8|-1"_s, u"0|PHỤ LỤC I||10|-1"_s,
                                  u"0|PHỤ LỤC II||13|-1"_s, u"0|PHỤ LỤC III THỦ TỤC CẤP PHÉP (Kèm theo Quyết định số 15/2025/QĐ-UBND)||15|-1"_s}));
    QVERIFY(structure.problems.isEmpty());
}

void TestLegalStructure::outline()
{
    const LegalStructure structure = LegalStructureParser::parse(
        lines({"PHẦN I. QUY ĐỊNH CHUNG", "Chương I. PHẠM VI", "Điều 1. Phạm vi điều chỉnh", "x", "Chương II", "THI HÀNH",
               "Mục 1. Trách nhiệm", "Điều 2. Sở Nội vụ", "1. Một."}));
    QStringList labels;
    for (const LegalHeading &heading : structure.outline)
        labels << heading.label + u'|' + heading.title + u'|' + QString::number(heading.line);
    QCOMPARE(labels, QStringList({u"Phần I|QUY ĐỊNH CHUNG|0"_s, u"Chương I|PHẠM VI|1"_s, u"Điều 1|Phạm vi điều chỉnh|2"_s,
                                  u"Chương II|THI HÀNH|4"_s, u"Mục 1|Trách nhiệm|6"_s, u"Điều 2|Sở Nội vụ|7"_s}));
    QCOMPARE(structure.outline.at(1).level, LegalLevel::Chapter);
    QCOMPARE(structure.outline.at(4).level, LegalLevel::Section);

    // A plan's lettered parts and Roman sections, bold markers of the
    // import left out.
    const LegalStructure plan = LegalStructureParser::parse(
        lines({"KẾ HOẠCH", "**A. KẾT QUẢ**", "**I. MỤC TIÊU, NHIỆM VỤ**", "1. Một", "II. TỔ CHỨC THỰC HIỆN", "1. Hai"}));
    QStringList planLabels;
    for (const LegalHeading &heading : plan.outline)
        planLabels << heading.label + u'|' + heading.title + u'|' + QString::number(heading.line);
    QCOMPARE(planLabels, QStringList({u"A|KẾT QUẢ|1"_s, u"I|MỤC TIÊU, NHIỆM VỤ|2"_s, u"II|TỔ CHỨC THỰC HIỆN|4"_s}));
    QCOMPARE(plan.outline.at(0).level, LegalLevel::PlanPart);
    QCOMPARE(plan.outline.at(1).level, LegalLevel::PlanSection);
}

void TestLegalStructure::chapterTitleOnNextLine()
{
    // A Chương straight followed by its first Điều has no title; the Điều is
    // not taken for one.
    const LegalStructure structure = LegalStructureParser::parse(lines({"Chương I", "Điều 1. A", "x"}));
    QCOMPARE(structure.outline.size(), 2);
    QCOMPARE(structure.outline.at(0).title, QString());
    QCOMPARE(structure.outline.at(1).label, u"Điều 1"_s);
}

void TestLegalStructure::citations()
{
    const LegalStructure structure = LegalStructureParser::parse(
        lines({"Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13;",
               "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 và Quyết định số 1982/QĐ-UBND,",
               "Điều 1. A", "Theo Nghị quyết 12/2022/NQ-HĐND."}));
    QStringList symbols;
    for (const LegalCitation &citation : structure.citations)
        symbols << citation.kind + u' ' + citation.symbol;
    QCOMPARE(symbols, QStringList({u"Nghị định 34/2016/NĐ-CP"_s, u"Quyết định 1982/QĐ-UBND"_s, u"Nghị quyết 12/2022/NQ-HĐND"_s}));

    const auto unknown = LegalStructureParser::unknownCitations(structure, [](const QString &symbol) {
        return symbol == u"1982/QĐ-UBND";
    });
    QCOMPARE(unknown.size(), 2);
    QCOMPARE(unknown.at(0).line, 1);
    QVERIFY(unknown.at(0).message.contains(u"34/2016/NĐ-CP"));
    QCOMPARE(unknown.at(1).line, 3);
}

void TestLegalStructure::alphabet()
{
    const QString expected = u"abcdđeghiklmnopqrstuvxy"_s;
    QString letters;
    for (int i = 1; i <= expected.size(); ++i)
        letters += LegalStructureParser::pointLetter(i);
    QCOMPARE(letters, expected);
    for (QChar missing : u"fjwz"_s)
        QCOMPARE(LegalStructureParser::pointIndex(missing), 0);
    QCOMPARE(LegalStructureParser::pointIndex(u'đ'), 5);
}

void TestLegalStructure::romanNumerals()
{
    QCOMPARE(LegalStructureParser::romanValue(u"I"_s), 1);
    QCOMPARE(LegalStructureParser::romanValue(u"IV"_s), 4);
    QCOMPARE(LegalStructureParser::romanValue(u"IX"_s), 9);
    QCOMPARE(LegalStructureParser::romanValue(u"XIV"_s), 14);
    QCOMPARE(LegalStructureParser::romanValue(u"MCMXC"_s), 1990);
    QCOMPARE(LegalStructureParser::romanValue(u"IIII"_s), 0);
    QCOMPARE(LegalStructureParser::romanValue(u"IC"_s), 0);
    QCOMPARE(LegalStructureParser::romanValue(QString()), 0);
}

void TestLegalStructure::symbols_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("signedOn");
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("error");  // empty: valid

    QTest::newRow("nominal: normative decision") << u"quyet_dinh"_s << u"15/2022/QĐ-UBND"_s << u"UBND tỉnh"_s << u"2022-03-01"_s << 1 << QString();
    QTest::newRow("nominal: normative resolution") << u"Nghị quyết"_s << u"12/2022/NQ-HĐND"_s << u"HĐND tỉnh"_s << u"2022-07-15"_s << 1 << QString();
    QTest::newRow("nominal: other decision") << u"quyet dinh"_s << u"1982/QĐ-UBND"_s << u"UBND"_s << u"2022-09-09"_s << 2 << QString();
    QTest::newRow("nominal: plan") << u"ke_hoach"_s << u"45/KH-UBND"_s << u"UBND tỉnh"_s << u"2023-01-05"_s << 2 << QString();
    QTest::newRow("nominal: the look-alike Ð of legacy fonts is taken for Đ") << u"quyet_dinh"_s << u"7/QÐ-UBND"_s << u"UBND tỉnh"_s << u"2023-01-05"_s << 2 << QString();
    QTest::newRow("robustness: normative without a year") << u"quyet_dinh"_s << u"15/QĐ-UBND"_s << u"UBND tỉnh"_s << u"2022-03-01"_s << 1 << u"15/2022/QĐ-UBND"_s;
    QTest::newRow("robustness: other with a year") << u"quyet_dinh"_s << u"1982/2022/QĐ-UBND"_s << u"UBND tỉnh"_s << u"2022-03-01"_s << 2 << u"1982/QĐ-UBND"_s;
    QTest::newRow("robustness: type disagrees") << u"nghi_quyet"_s << u"12/2022/QĐ-HĐND"_s << u"HĐND tỉnh"_s << u"2022-03-01"_s << 1 << u"abbreviated NQ"_s;
    QTest::newRow("robustness: issuer disagrees") << u"quyet_dinh"_s << u"15/2022/QĐ-HĐND"_s << u"UBND tỉnh"_s << u"2022-03-01"_s << 1 << u"15/2022/QĐ-UBND"_s;
    QTest::newRow("robustness: year disagrees with the signing date") << u"quyet_dinh"_s << u"15/2021/QĐ-UBND"_s << u"UBND tỉnh"_s << u"2022-03-01"_s << 1 << u"15/2022/QĐ-UBND"_s;
    QTest::newRow("robustness: a plan is never normative") << u"ke_hoach"_s << u"45/2023/KH-UBND"_s << u"UBND tỉnh"_s << u"2023-01-05"_s << 1 << u"Part II"_s;
    QTest::newRow("robustness: not a symbol") << u"quyet_dinh"_s << u"QĐ 15 UBND"_s << u"UBND tỉnh"_s << u"2022-03-01"_s << 2 << u"not of the form"_s;
    QTest::newRow("robustness: number zero") << u"quyet_dinh"_s << u"0/QĐ-UBND"_s << u"UBND tỉnh"_s << u"2022-03-01"_s << 2 << u"number 0"_s;
    QTest::newRow("robustness: unknown type") << u"sắc lệnh"_s << u"1/SL-UBND"_s << u"UBND tỉnh"_s << u"2022-03-01"_s << 2 << u"Unknown document type"_s;
    QTest::newRow("robustness: unknown issuer") << u"quyet_dinh"_s << u"1/QĐ-BTC"_s << u"Bộ Tài chính"_s << u"2022-03-01"_s << 2 << u"Unknown issuing body"_s;
    // As provinces issue them (Decree 30/2020, Appendix III, and practice).
    QTest::newRow("nominal: the chairman's decision numbered with the committee's") << u"quyet_dinh"_s << u"1763/QĐ-UBND"_s << u"Chủ tịch UBND tỉnh"_s << u"2025-06-02"_s << 2 << QString();
    QTest::newRow("nominal: the chairman's own decision, QĐ-CTUBND") << u"quyet_dinh"_s << u"52/QĐ-CTUBND"_s << u"Chủ tịch UBND tỉnh"_s << u"2025-06-02"_s << 2 << QString();
    QTest::newRow("nominal: the chairman's own decision, QĐ-CT") << u"quyet_dinh"_s << u"52/QĐ-CT"_s << u"Chủ tịch UBND tỉnh"_s << u"2025-06-02"_s << 2 << QString();
    QTest::newRow("nominal: a leading zero is the issuer's") << u"quyet_dinh"_s << u"01763/QĐ-UBND"_s << u"UBND tỉnh"_s << u"2025-06-02"_s << 2 << QString();
    QTest::newRow("robustness: the suggestion keeps the leading zero") << u"quyet_dinh"_s << u"01763/2025/QĐ-UBND"_s << u"UBND tỉnh"_s << u"2025-06-02"_s << 2 << u": 01763/QĐ-UBND."_s;
    QTest::newRow("robustness: the committee's symbol is not the chairman's") << u"quyet_dinh"_s << u"52/QĐ-CTUBND"_s << u"UBND tỉnh"_s << u"2025-06-02"_s << 2 << u"52/QĐ-UBND"_s;
    QTest::newRow("robustness: a Nghị quyết of the UBND is not normative") << u"nghi_quyet"_s << u"34/2025/NQ-UBND"_s << u"UBND tỉnh"_s << u"2025-06-02"_s << 1 << u"not a legal normative document"_s;
    QTest::newRow("robustness: a Quyết định of the HĐND is not normative") << u"quyet_dinh"_s << u"35/2025/QĐ-HĐND"_s << u"HĐND tỉnh"_s << u"2025-06-02"_s << 1 << u"not a legal normative document"_s;
    QTest::newRow("robustness: the chairman issues no normative document") << u"quyet_dinh"_s << u"35/2025/QĐ-CT"_s << u"Chủ tịch UBND tỉnh"_s << u"2025-06-02"_s << 1 << u"not a legal normative document"_s;
    QTest::newRow("robustness: signed in years to come") << u"quyet_dinh"_s << u"15/2031/QĐ-UBND"_s << u"UBND tỉnh"_s << u"2031-03-01"_s << 1 << u"after today"_s;
    QTest::newRow("robustness: no signing date") << u"quyet_dinh"_s << u"1/QĐ-UBND"_s << u"UBND tỉnh"_s << u"01/03/2022"_s << 2 << u"signing date"_s;
}

void TestLegalStructure::symbols()
{
    QFETCH(QString, type);
    QFETCH(QString, symbol);
    QFETCH(QString, issuer);
    QFETCH(QString, signedOn);
    QFETCH(int, part);
    QFETCH(QString, error);

    LegalDocumentMeta meta;
    meta.typeKey = type;
    meta.symbol = symbol;
    meta.issuer = issuer;
    meta.signedOn = QDate::fromString(signedOn, Qt::ISODate);
    meta.part = GazettePart(part);
    const auto result = LegalSymbols::validate(meta);
    if (error.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QVERIFY(!result->text.contains(QChar(0x00D0)));
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY2(result.error().message.contains(error), qPrintable(result.error().message));
    }
}

void TestLegalStructure::typesAndIssuers()
{
    QCOMPARE(QLatin1String(LegalDocumentTypes::find(u"QĐ"_s)->key), QLatin1String("quyet_dinh"));
    QCOMPARE(QLatin1String(LegalDocumentTypes::find(u"nghị quyết"_s)->key), QLatin1String("nghi_quyet"));
    QVERIFY(!LegalDocumentTypes::find(u"công văn"_s));
    // HĐND before UBND, unknown bodies last; resolutions before decisions.
    QVERIFY(LegalDocumentTypes::issuerRank(u"HĐND tỉnh"_s) < LegalDocumentTypes::issuerRank(u"UBND tỉnh"_s));
    QVERIFY(LegalDocumentTypes::issuerRank(u"UBND tỉnh"_s) < LegalDocumentTypes::issuerRank(u"Sở Y tế"_s));
    QVERIFY(LegalDocumentTypes::typeRank(u"nghi_quyet"_s) < LegalDocumentTypes::typeRank(u"quyet_dinh"_s));
}

void TestLegalStructure::signature_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("signerTitle");
    QTest::addColumn<bool>("valid");
    QTest::newRow("nominal: on behalf of the committee") << u"UBND tỉnh"_s << u"TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"_s << true;
    QTest::newRow("nominal: a deputy for the committee") << u"UBND tỉnh"_s << u"TM. UỶ BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"_s << true;
    QTest::newRow("nominal: abbreviated, with the look-alike Ð") << u"HĐND tỉnh"_s << u"TM. HÐND TỈNH / CHỦ TỊCH"_s << true;
    QTest::newRow("nominal: the chairman signs his own") << u"Chủ tịch UBND tỉnh"_s << u"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"_s << true;
    QTest::newRow("nominal: no title given") << u"UBND tỉnh"_s << QString() << true;
    QTest::newRow("robustness: on behalf of the council, issued by the committee") << u"UBND tỉnh"_s << u"TM. HỘI ĐỒNG NHÂN DÂN / CHỦ TỊCH"_s << false;
    QTest::newRow("robustness: the standing committee is not the council") << u"HĐND tỉnh"_s << u"TM. THƯỜNG TRỰC HĐND / CHỦ TỊCH"_s << false;
    QTest::newRow("robustness: on behalf of the committee, called the chairman's") << u"Chủ tịch UBND tỉnh"_s << u"TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"_s << false;
}

void TestLegalStructure::signature()
{
    QFETCH(QString, issuer);
    QFETCH(QString, signerTitle);
    QFETCH(bool, valid);
    LegalDocumentMeta meta;
    meta.typeKey = u"quyet_dinh"_s;
    meta.symbol = LegalDocumentTypes::findIssuer(issuer)->abbreviation == QByteArray("HĐND") ? u"5/QĐ-HĐND"_s
                : LegalDocumentTypes::findIssuer(issuer)->abbreviation == QByteArray("CT")  ? u"5/QĐ-CT"_s
                                                                                              : u"5/QĐ-UBND"_s;
    meta.issuer = issuer;
    meta.signerTitle = signerTitle;
    meta.signedOn = QDate(2025, 5, 5);
    const auto result = LegalSymbols::validate(meta);
    QVERIFY2(result.ok() == valid, qPrintable(result.ok() ? u"accepted"_s : result.error().message));
    if (!valid)
        QVERIFY2(result.error().message.contains(u"on behalf of"), qPrintable(result.error().message));
}

void TestLegalStructure::headingBlock_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("dropped");
    QTest::addColumn<QString>("firstKept");

    QTest::newRow("nominal: a decision's heading as lines")
        << lines({"ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 15/2025/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                  "Độc lập - Tự do - Hạnh phúc", "Quảng Trị, ngày 05 tháng 3 năm 2025", "QUYẾT ĐỊNH",
                  "Ban hành Quy định về quản lý chợ", "---------", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Căn cứ Luật Tổ chức chính quyền địa phương;",
                  "QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy định."})
        << 9 << u"ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"_s;
    QTest::newRow("nominal: Word's header table, bold, with the look-alike Ð")
        << lines({"| ỦY BAN NHÂN DÂN **TỈNH QUẢNG TRỊ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "| --- | --- |",
                  "| **Độc lập - Tự do - Hạnh phúc** | |", "| Số: 1763/QÐ-UBND | *Quảng Trị, ngày 02 tháng 6 năm 2025* |", "",
                  "**QUYẾT ĐỊNH**", "**Về việc phê duyệt Kế hoạch**", "**năm 2025**", "", "**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH**",
                  "Căn cứ Luật;", "Điều 1. A."})
        << 9 << u"**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH**"_s;
    QTest::newRow("nominal: a plan goes on with its text")
        << lines({"UBND TỈNH QUẢNG TRỊ", "Số: 45/KH-UBND", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
                  "Quảng Trị, ngày 10 tháng 01 năm 2025", "KẾ HOẠCH", "Triển khai chuyển đổi số năm 2025",
                  "Thực hiện Quyết định số 12/QĐ-UBND, UBND tỉnh ban hành Kế hoạch như sau:", "I. MỤC ĐÍCH"})
        << 7 << u"Thực hiện Quyết định số 12/QĐ-UBND, UBND tỉnh ban hành Kế hoạch như sau:"_s;
    QTest::newRow("nominal: a text without its heading is kept whole")
        << lines({"Căn cứ Luật;", "QUYẾT ĐỊNH:", "Điều 1. A."}) << 0 << u"Căn cứ Luật;"_s;
    QTest::newRow("robustness: a regulation's title without number or motto is kept")
        << lines({"QUY ĐỊNH", "Về quản lý chợ", "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. A", "x"}) << 0 << u"QUY ĐỊNH"_s;
    QTest::newRow("robustness: a motto alone, then the text") << lines({"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Điều 1. A", "x"}) << 1
                                                               << u"Điều 1. A"_s;
}

void TestLegalStructure::headingBlock()
{
    QFETCH(QString, text);
    QFETCH(int, dropped);
    QFETCH(QString, firstKept);
    int count = -1;
    const QString kept = LegalHeadingBlock::strip(text, &count);
    QCOMPARE(count, dropped);
    QCOMPARE(kept.section(u'\n', 0, 0), firstKept);
    QCOMPARE(kept, text.section(u'\n', dropped));
}

QTEST_GUILESS_MAIN(TestLegalStructure)
#include "tst_legalstructure.moc"
