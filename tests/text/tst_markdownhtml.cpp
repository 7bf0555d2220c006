// The Markdown to HTML conversion shared by the editor's preview and the
// portal sync.

#include "markdownhtml.h"
#include "safeurl.h"

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
    void photoAloneIsAFigure();
    void photoInTextIsAnImage();
    void unknownPhotoKeepsItsWords();
    void photoCaptionCannotInjectMarkup();
    void photoAtAnUnsafeAddressKeepsItsCaption();
    void photoReferencesAreFound();
    void addressSafety_data();
    void addressSafety();
    void hostileLinksLoseTheirAddress_data();
    void hostileLinksLoseTheirAddress();
};

namespace {

const QString photoId = QStringLiteral("0b6f3c1e-2a4d-4e8f-9c3b-5d7a1e2f4c6b");

std::optional<FigurePhoto> lookup(const QString &id)
{
    if (id != photoId)
        return std::nullopt;
    return FigurePhoto{QStringLiteral("/media/%1-web.jpg").arg(id),
                       QStringLiteral("/media/%1-thumb.jpg 320w, /media/%1-web.jpg 1600w").arg(id), 1600, 1067,
                       QStringLiteral("Đại biểu bỏ phiếu")};
}

} // namespace

void TestMarkdownHtml::rendersMarkdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nominal: heading") << QStringLiteral("# Đà Nẵng") << QStringLiteral("<h1>Đà Nẵng</h1>\n");
    // A Tab or Word's leading spaces make a paragraph, not code in monospace.
    QTest::newRow("indented by a tab: a paragraph")
        << QStringLiteral("Mở đầu.\n\n\tĐoạn thụt lề.") << QStringLiteral("<p>Mở đầu.</p>\n<p>Đoạn thụt lề.</p>\n");
    QTest::newRow("indented by spaces: a paragraph")
        << QStringLiteral("        Trích dẫn từ Word") << QStringLiteral("<p>Trích dẫn từ Word</p>\n");
    QTest::newRow("fenced code stays code")
        << QStringLiteral("```\nx = 1\n```") << QStringLiteral("<pre><code>x = 1\n</code></pre>\n");
    QTest::newRow("nested list by four spaces")
        << QStringLiteral("- Xã\n    - Thôn") << QStringLiteral("<ul>\n<li>Xã<ul>\n<li>Thôn</li>\n</ul>\n</li>\n</ul>\n");
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
    // What md4c writes beyond the basics passes the sanitiser whole.
    QTest::newRow("nominal: aligned table")
        << QStringLiteral("| Xã | Số hộ | Ghi chú |\n|:--- | ---:|:---:|\n| Tân Phước | 120 | x |")
        << QStringLiteral("<table>\n<thead>\n<tr>\n<th align=\"left\">Xã</th>\n<th align=\"right\">Số hộ</th>\n"
                          "<th align=\"center\">Ghi chú</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align=\"left\">Tân Phước</td>\n"
                          "<td align=\"right\">120</td>\n<td align=\"center\">x</td>\n</tr>\n</tbody>\n</table>\n");
    QTest::newRow("nominal: code with its language") << QStringLiteral("```cpp\nint x = a < b;\n```")
                                                     << QStringLiteral("<pre><code class=\"language-cpp\">int x = a &lt; b;\n</code></pre>\n");
    QTest::newRow("nominal: titles of pictures and links")
        << QStringLiteral("![Ảnh](https://a.example/x.jpg \"Tiêu đề\") [Cổng](https://quangtri.gov.vn \"Cổng tỉnh\")")
        << QStringLiteral("<p><img src=\"https://a.example/x.jpg\" alt=\"Ảnh\" title=\"Tiêu đề\"> "
                          "<a href=\"https://quangtri.gov.vn\" title=\"Cổng tỉnh\">Cổng</a></p>\n");
    QTest::newRow("nominal: numbered from three, rule, hard break")
        << QStringLiteral("3. Ba\n4. Bốn\n\n---\n\nDòng một  \nDòng hai")
        << QStringLiteral("<ol start=\"3\">\n<li>Ba</li>\n<li>Bốn</li>\n</ol>\n<hr>\n<p>Dòng một<br>\nDòng hai</p>\n");
    // A checkbox would be an <input>, which no HTML leaving PortalDesk holds.
    QTest::newRow("nominal: task list keeps its brackets as text")
        << QStringLiteral("- [x] Xong\n- [ ] Chưa") << QStringLiteral("<ul>\n<li>[x] Xong</li>\n<li>[ ] Chưa</li>\n</ul>\n");
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

// A photo in a paragraph of its own is a figure with its caption, then its
// credit; the image has its size, its text for the blind and its renditions.
void TestMarkdownHtml::photoAloneIsAFigure()
{
    const QString markdown = QStringLiteral("Mở đầu.\n\n![Kỳ họp thứ 5 HĐND tỉnh](media:%1 \"Ảnh: Tiến Nhất\")\n\nKết.")
                                 .arg(photoId.toUpper());
    QCOMPARE(markdownToHtml(markdown, lookup),
             QStringLiteral("<p>Mở đầu.</p>\n<figure><img src=\"/media/%1-web.jpg\" srcset=\"/media/%1-thumb.jpg 320w, "
                            "/media/%1-web.jpg 1600w\" sizes=\"(max-width: 1600px) 100vw, 1600px\" width=\"1600\" "
                            "height=\"1067\" alt=\"Đại biểu bỏ phiếu\"><figcaption>Kỳ họp thứ 5 HĐND tỉnh "
                            "<span class=\"credit\">Ảnh: Tiến Nhất</span></figcaption></figure>\n<p>Kết.</p>\n")
                 .arg(photoId));
    // Without a lookup (nothing known of the photo) the caption stays.
    QCOMPARE(markdownToHtml(markdown), QStringLiteral("<p>Mở đầu.</p>\n<p>Kỳ họp thứ 5 HĐND tỉnh</p>\n<p>Kết.</p>\n"));
}

void TestMarkdownHtml::photoInTextIsAnImage()
{
    const QString html = markdownToHtml(QStringLiteral("Trước ![Cầu](media:%1) sau").arg(photoId), lookup);
    QVERIFY2(html.startsWith(QStringLiteral("<p>Trước <img src=\"/media/%1-web.jpg\"").arg(photoId)), qPrintable(html));
    QVERIFY(html.endsWith(QStringLiteral("alt=\"Đại biểu bỏ phiếu\"> sau</p>\n")));
    QVERIFY(!html.contains(QStringLiteral("<figure>")));
}

void TestMarkdownHtml::unknownPhotoKeepsItsWords()
{
    const QString other = QStringLiteral("11111111-2222-3333-4444-555555555555");
    const QString html = markdownToHtml(QStringLiteral("![Lũ ở Hải Lăng](media:%1 \"Ảnh: TTXVN\")").arg(other), lookup);
    QCOMPARE(html, QStringLiteral("<p>Lũ ở Hải Lăng</p>\n"));
    QVERIFY(!html.contains(QStringLiteral("media:")));
}

// The caption, credit and alt text are text, whatever they hold; an image
// written by hand in raw HTML stays text too.
void TestMarkdownHtml::photoCaptionCannotInjectMarkup()
{
    const QString markdown =
        QStringLiteral("![a\\\" onerror=\"alert(1)<script>](media:%1 \"b\\\" onload=x <b>\")\n\n"
                       "<img src=\"media:%1\" alt=\"x\">")
            .arg(photoId);
    const QString html = markdownToHtml(markdown, [](const QString &id) -> std::optional<FigurePhoto> {
        return FigurePhoto{QStringLiteral("/m/%1\" onload=\"x").arg(id), {}, 10, 10, QStringLiteral("<i>\"")};
    });
    QVERIFY2(!html.contains(QStringLiteral("<script")), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("\" onerror")));
    QVERIFY(!html.contains(QStringLiteral("\" onload")));
    QVERIFY(!html.contains(QStringLiteral("<b>")));
    QVERIFY(!html.contains(QStringLiteral("<i>")));
    QCOMPARE(html.count(QStringLiteral("<img ")), 1);
    QVERIFY(html.contains(QStringLiteral("&lt;img src=")));
}

// A lookup's addresses are not trusted either: the sanitiser every HTML
// passes leaves out a picture at an address that runs, and a rendition of
// the srcset at one; caption and credit stay.
void TestMarkdownHtml::photoAtAnUnsafeAddressKeepsItsCaption()
{
    const QString markdown = QStringLiteral("![Cầu Hiền Lương](media:%1 \"Ảnh: TTXVN\")").arg(photoId);
    const auto at = [](const QString &src, const QString &srcset) {
        return [src, srcset](const QString &) -> std::optional<FigurePhoto> {
            return FigurePhoto{src, srcset, 800, 600, QStringLiteral("Cầu")};
        };
    };
    QCOMPARE(markdownToHtml(markdown, at(QStringLiteral("javascript:alert(1)"), {})),
             QStringLiteral("<figure><figcaption>Cầu Hiền Lương <span class=\"credit\">Ảnh: TTXVN</span></figcaption>"
                            "</figure>\n"));
    QCOMPARE(markdownToHtml(markdown, at(QStringLiteral("/m/web.jpg"), QStringLiteral("data:image/png;base64,AA 320w, /m/web.jpg 800w"))),
             QStringLiteral("<figure><img src=\"/m/web.jpg\" srcset=\"/m/web.jpg 800w\" sizes=\"(max-width: 800px) 100vw, 800px\" "
                            "width=\"800\" height=\"600\" alt=\"Cầu\"><figcaption>Cầu Hiền Lương <span class=\"credit\">Ảnh: "
                            "TTXVN</span></figcaption></figure>\n"));
}

// The references the desk marks and the portal sync sends, with caption
// and credit as a reader sees them.
void TestMarkdownHtml::photoReferencesAreFound()
{
    const QString other = QStringLiteral("11111111-2222-3333-4444-555555555555");
    const QString markdown = QStringLiteral("![Cầu \\[mới\\]](media:%1 \"Ảnh: \\\"Tiến\\\" Nhất\")\n\n"
                                            "Giữa ![](media:%2) và ![x](https://a.example/x.jpg)\n\n![Lại](  media:%1  )")
                                 .arg(photoId.toUpper(), other);
    const QList<PhotoReference> found = photoReferences(markdown);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).id, photoId);
    QCOMPARE(found.at(0).caption, QStringLiteral("Cầu [mới]"));
    QCOMPARE(found.at(0).credit, QStringLiteral("Ảnh: \"Tiến\" Nhất"));
    QCOMPARE(found.at(0).start, 0);
    QCOMPARE(markdown.mid(found.at(1).start, found.at(1).length), QStringLiteral("![](media:%1)").arg(other));
    QVERIFY(found.at(1).caption.isEmpty() && found.at(1).credit.isEmpty());
    QCOMPARE(found.at(2).id, photoId);
    QCOMPARE(found.at(2).caption, QStringLiteral("Lại"));
    // What md4c renders agrees: the first is a figure with that caption.
    const QString html = markdownToHtml(markdown, lookup);
    QVERIFY2(html.contains(QStringLiteral("<figcaption>Cầu [mới] <span class=\"credit\">Ảnh: &quot;Tiến&quot; Nhất</span>")),
             qPrintable(html));
}

// Addresses as they stand in an attribute, after the categories of OWASP's
// XSS filter evasion cheat sheet: case, entities (named, decimal, hex,
// without ';', padded with zeros), embedded tab, newline and carriage return
// (raw and encoded), leading spaces and control characters, other schemes
// that run (vbscript, livescript, data), and what must stay allowed.
void TestMarkdownHtml::addressSafety_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("safe");
    const QList<std::pair<const char *, bool>> vectors{
        {"https://quangtri.gov.vn/tin-tuc", true},
        {"http://example.vn/a?b=1&amp;c=2", true},
        {"HTTPS://EXAMPLE.VN", true},
        {"mailto:banbientap@quangtri.gov.vn", true},
        {"tel:+842333851234", true},
        {"/tin-tuc/bai-1.html", true},
        {"tin-tuc/bai-1.html", true},
        {"../anh/1.jpg", true},
        {"#muc-2", true},
        {"?trang=2", true},
        {"//cdn.example.vn/a.js", true},
        {"", true},
        {"java script:alert(1)", true},  // not a scheme: a relative path
        {"javascript:alert(1)", false},
        {"JavaScript:alert(1)", false},
        {"JAVASCRIPT:alert(1)", false},
        {"jAvAsCrIpT:alert(1)", false},
        {" javascript:alert(1)", false},
        {"\x01javascript:alert(1)", false},
        {"\x1fjavascript:alert(1)", false},
        {"java\tscript:alert(1)", false},
        {"java\nscript:alert(1)", false},
        {"java\rscript:alert(1)", false},
        {"jav&#x09;ascript:alert(1)", false},
        {"jav&#x0A;ascript:alert(1)", false},
        {"jav&#x0D;ascript:alert(1)", false},
        {"jav&Tab;ascript:alert(1)", false},
        {"jav&NewLine;ascript:alert(1)", false},
        {"java&ThinSpace;script:alert(1)", false},  // a name not decoded here: refused, not judged
        {"java&tab;script:alert(1)", false},
        {"java&newline;script:alert(1)", false},
        {"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)", false},
        {"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)", false},
        {"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)", false},
        {"&#x6a;avascript:alert(1)", false},
        {"javascript&colon;alert(1)", false},
        {"javascript&#58;alert(1)", false},
        {"javascript&#x3a;alert(1)", false},
        {"&amp;#106;avascript:alert(1)", false},  // decoded once: "&#106;avascript:"; refused to be sure
        {"/tin?a=1&amp;b=2", true},
        {"vbscript:msgbox(1)", false},
        {"VBScript:msgbox(1)", false},
        {"livescript:alert(1)", false},
        {"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", false},
        {"DATA:text/html,<script>alert(1)</script>", false},
        {"data:image/svg+xml,<svg onload=alert(1)>", false},
        {"file:///etc/passwd", false},
        {"ftp://example.vn/x", false},
        {"javascript://%0Aalert(1)", false},
        {"javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>", false},
        {"jar:https://example.vn/x.jar!/", false},
        {"ms-its:mhtml:file://C:/x.mht!x", false},
        {"&#14;javascript:alert(1)", false},
        {"&#0;javascript:alert(1)", true},  // NUL becomes U+FFFD: not a scheme
        {"http://example.vn/?q=javascript:alert(1)", true},
        {"/duong-dan?u=javascript:alert(1)", true},
        {"x-javascript:alert(1)", false},
    };
    for (const auto &[value, safe] : vectors)
        QTest::newRow(value) << QString::fromLatin1(value) << safe;
}

void TestMarkdownHtml::addressSafety()
{
    QFETCH(QString, value);
    QFETCH(bool, safe);
    QCOMPARE(isSafeUrlAttribute(value), safe);
}

// Whatever the Markdown says, no address that runs reaches the HTML: links
// keep their words, pictures their alt text.
void TestMarkdownHtml::hostileLinksLoseTheirAddress_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("link") << QStringLiteral("[bấm vào đây](javascript:alert(document.cookie))")
                          << QStringLiteral("<p><a>bấm vào đây</a></p>\n");
    QTest::newRow("link with title") << QStringLiteral("[x](JaVaScRiPt:alert(1) \"Tiêu đề\")")
                                     << QStringLiteral("<p><a title=\"Tiêu đề\">x</a></p>\n");
    QTest::newRow("entity in destination") << QStringLiteral("[x](jav&#x61;script:alert(1))")
                                           << QStringLiteral("<p><a>x</a></p>\n");
    QTest::newRow("colon entity") << QStringLiteral("[x](javascript&colon;alert(1))")
                                  << QStringLiteral("<p><a>x</a></p>\n");
    QTest::newRow("autolink") << QStringLiteral("<javascript:alert(1)>")
                              << QStringLiteral("<p><a>javascript:alert(1)</a></p>\n");
    QTest::newRow("reference link") << QStringLiteral("[x][r]\n\n[r]: vbscript:msgbox(1)")
                                    << QStringLiteral("<p><a>x</a></p>\n");
    QTest::newRow("data picture") << QStringLiteral("![Ảnh](data:image/svg+xml,<svg/onload=alert(1)>)")
                                  << QStringLiteral("<p>Ảnh</p>\n");
    QTest::newRow("javascript picture") << QStringLiteral("![Ảnh đẹp](javascript:alert(1) \"t\")")
                                        << QStringLiteral("<p>Ảnh đẹp</p>\n");
    QTest::newRow("safe link stays") << QStringLiteral("[Cổng](https://quangtri.gov.vn)")
                                     << QStringLiteral("<p><a href=\"https://quangtri.gov.vn\">Cổng</a></p>\n");
    QTest::newRow("mailto stays") << QStringLiteral("<banbientap@quangtri.gov.vn>")
                                  << QStringLiteral("<p><a href=\"mailto:banbientap@quangtri.gov.vn\">banbientap@quangtri.gov.vn</a></p>\n");
    QTest::newRow("relative stays") << QStringLiteral("[Bài](/tin-tuc/bai-1.html)")
                                    << QStringLiteral("<p><a href=\"/tin-tuc/bai-1.html\">Bài</a></p>\n");
}

void TestMarkdownHtml::hostileLinksLoseTheirAddress()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    QCOMPARE(markdownToHtml(markdown), expected);
}

QTEST_GUILESS_MAIN(TestMarkdownHtml)
#include "tst_markdownhtml.moc"
