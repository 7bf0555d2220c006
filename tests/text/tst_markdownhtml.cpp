// The Markdown to HTML conversion shared by the editor's preview and the
// portal sync.

#include "markdownhtml.h"

#include <QTest>

using namespace PortalDesk::Models;

class TestMarkdownHtml final : public QObject
{
    Q_OBJECT

private slots:
    void rendersMarkdown_data();
    void rendersMarkdown();
    void rawHtmlIsShownAsText();
    void decomposedTextBecomesComposed();
    void sameTextSameBytes();
};

void TestMarkdownHtml::rendersMarkdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nominal: heading") << QStringLiteral("# Đà Nẵng") << QStringLiteral("<h1>Đà Nẵng</h1>\n");
    QTest::newRow("nominal: emphasis")
        << QStringLiteral("**UBND tỉnh** họp *sáng nay*")
        << QStringLiteral("<p><strong>UBND tỉnh</strong> họp <em>sáng nay</em></p>\n");
    QTest::newRow("nominal: table")
        << QStringLiteral("| Xã | Số hộ |\n| --- | --- |\n| Tân Phước | 120 |")
        << QStringLiteral("<table>\n<thead>\n<tr>\n<th>Xã</th>\n<th>Số hộ</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
                          "<td>Tân Phước</td>\n<td>120</td>\n</tr>\n</tbody>\n</table>\n");
    QTest::newRow("nominal: strikethrough") << QStringLiteral("~~cũ~~ mới")
                                            << QStringLiteral("<p><del>cũ</del> mới</p>\n");
    QTest::newRow("nominal: autolink") << QStringLiteral("Xem https://quangtri.gov.vn")
                                       << QStringLiteral("<p>Xem <a href=\"https://quangtri.gov.vn\">https://quangtri.gov.vn</a></p>\n");
    QTest::newRow("robustness: empty") << QString() << QString();
    QTest::newRow("robustness: ampersand and quotes")
        << QStringLiteral("Sở \"Tài chính\" & Kế hoạch")
        << QStringLiteral("<p>Sở &quot;Tài chính&quot; &amp; Kế hoạch</p>\n");
}

// Markdown becomes the HTML the portal shows, Vietnamese text intact.
void TestMarkdownHtml::rendersMarkdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    QCOMPARE(markdownToHtml(markdown), expected);
}

// HTML typed or pasted into the body never reaches the portal as markup.
void TestMarkdownHtml::rawHtmlIsShownAsText()
{
    const QString html = markdownToHtml(QStringLiteral("Trước <script>alert(1)</script> sau\n\n<iframe src=\"x\"></iframe>"));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("<iframe")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
}

// Text typed on a keyboard that sends decomposed marks renders the same bytes.
void TestMarkdownHtml::decomposedTextBecomesComposed()
{
    const QString composed = QStringLiteral("Quảng Trị");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    QVERIFY(composed != decomposed);
    QCOMPARE(markdownToHtml(decomposed), markdownToHtml(composed));
}

// The sync hashes the HTML, so rendering twice must give identical output.
void TestMarkdownHtml::sameTextSameBytes()
{
    const QString text = QStringLiteral("## Tin vắn\n\n- Một\n- Hai\n\n> Trích dẫn");
    QCOMPARE(markdownToHtml(text), markdownToHtml(text));
    QVERIFY(markdownToHtml(text).contains(QStringLiteral("<blockquote>")));
}

QTEST_GUILESS_MAIN(TestMarkdownHtml)
#include "tst_markdownhtml.moc"
