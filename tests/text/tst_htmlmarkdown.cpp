// HTML back to Markdown, for a portal-side edit taken back into the
// newsroom: what a CMS editor leaves is read as a browser reads it, and what
// we rendered ourselves comes back to the same HTML.

#include "htmlmarkdown.h"
#include "markdownhtml.h"

#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

class TestHtmlMarkdown final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsHtml_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("markdown");
        QTest::newRow("nominal: paragraphs and emphasis")
            << u"<p>UBND <strong>tỉnh</strong> họp <em>sáng nay</em>.</p><p>Đoạn hai.</p>"_s
            << u"UBND **tỉnh** họp *sáng nay*.\n\nĐoạn hai.\n"_s;
        QTest::newRow("nominal: heading, list, link")
            << u"<h2>Kết quả</h2><ol><li>Xã <a href=\"https://quangtri.gov.vn/a b\">Tân Phước</a></li><li>Hai</li></ol>"_s
            << u"## Kết quả\n\n1. Xã [Tân Phước](https://quangtri.gov.vn/a%20b)\n2. Hai\n"_s;
        QTest::newRow("nominal: nested list and quote")
            << u"<ul><li>Một<ul><li>Một a</li></ul></li></ul><blockquote><p>Lời dẫn.</p><p>Tiếp.</p></blockquote>"_s
            << u"- Một\n\n  - Một a\n\n> Lời dẫn.\n>\n> Tiếp.\n"_s;
        QTest::newRow("nominal: table")
            << u"<table><tr><th>Xã</th><th>Số hộ</th></tr><tr><td>Tân | Phước</td><td>120</td></tr></table>"_s
            << u"| Xã | Số hộ |\n| --- | --- |\n| Tân \\| Phước | 120 |\n"_s;
        QTest::newRow("tag soup: CMS wrappers, spaces, scripts")
            << u"<div class=x>\n  Tin <b> nóng </b>:<br>  dòng mới<script>alert(1)</script><style>p{}</style></div><p></p>"_s
            << u"Tin **nóng** :\\\ndòng mới\n"_s;
        QTest::newRow("tag soup: unclosed tags")
            << u"<p>Một<p>Hai <i>nghiêng"_s << u"Một\n\nHai *nghiêng*\n"_s;
        QTest::newRow("escaping: Markdown's own characters")
            << u"<p>1. không phải danh sách; *sao* và [ngoặc] và a_b</p><p># không phải tiêu đề</p>"_s
            << u"1\\. không phải danh sách; \\*sao\\* và \\[ngoặc\\] và a\\_b\n\n\\# không phải tiêu đề\n"_s;
        QTest::newRow("entities and decomposed text")
            << u"<p>Sở &amp; ngành &lt;tỉnh&gt; Đa\u0300 Nă\u0303ng</p>"_s << u"Sở & ngành \\<tỉnh> Đà Nẵng\n"_s;
        QTest::newRow("robustness: empty") << QString() << QString();
        QTest::newRow("robustness: only a script") << u"<script>x</script>"_s << QString();
        QTest::newRow("code") << u"<pre><code>a *b*\n  c</code></pre><p>Lệnh <code>sync</code></p>"_s
                              << u"```\na *b*\n  c\n```\n\nLệnh `sync`\n"_s;
    }
    void readsHtml()
    {
        QFETCH(QString, html);
        QFETCH(QString, markdown);
        QCOMPARE(htmlToMarkdown(html), markdown);
    }

    // What markdownToHtml() wrote comes back to Markdown that renders to
    // the same HTML, so taking an unedited portal text back changes nothing.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("article")
            << u"## Kết quả\n\nNăm 2026, tỉnh đón **1,2 triệu** lượt khách (*tăng 20%*), theo [Sở Du lịch](https://sdl.gov.vn).\n\n"
               "- Đà Nẵng\n- Huế\n\n1. Một\n2. Hai\n\n> Trích dẫn của lãnh đạo.\n\n"
               "| Huyện | Khách |\n| --- | --- |\n| Hải Lăng | 1.200 |\n\n---\n\nDòng một\\\ndòng hai ~~cũ~~.\n"_s;
        QTest::newRow("characters") << u"Giá 5 \\* 3 \\_ \\[a\\] \\<b\\> và 1\\. mục\n"_s;
        QTest::newRow("image") << u"![Cầu Hiền Lương](https://cdn.example/a.jpg)\n"_s;
    }
    void roundTrip()
    {
        QFETCH(QString, markdown);
        const QString html = markdownToHtml(markdown);
        QCOMPARE(markdownToHtml(htmlToMarkdown(html)), html);
    }
};

QTEST_GUILESS_MAIN(TestHtmlMarkdown)
#include "tst_htmlmarkdown.moc"
