#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus/<target>/ from the project's
own test data (tests/data, resources) and a few hand-written inputs.

Run once from the checkout root when a target is added; the seeds are
committed. Inputs the fuzzer found (regression-*) are never touched.
Seeds are kept small (at most 16 KiB of text each, a few dozen a target):
libFuzzer mutates small inputs much faster, and ctest replays every seed.
"""
import io
import json
import pathlib
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
CORPUS = ROOT / "tests" / "fuzz" / "corpus"
LIMIT = 16 * 1024


def clear(target):
    directory = CORPUS / target
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.iterdir():
        if old.name.startswith("seed-"):
            old.unlink()
    return directory


def write(directory, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    (directory / ("seed-" + name)).write_bytes(data)


def head(path, limit=LIMIT):
    """The first lines of a file, at most `limit` bytes, cut at a line end."""
    data = path.read_bytes()
    if len(data) <= limit:
        return data
    cut = data.rfind(b"\n", 0, limit)
    return data[: cut + 1 if cut > 0 else limit]


def pick(paths, count):
    """`count` files spread over a sorted list, the same ones on every run."""
    paths = sorted(paths)
    if len(paths) <= count:
        return paths
    step = len(paths) / count
    return [paths[int(i * step)] for i in range(count)]


def legal_texts(count):
    texts = []
    for kind in ("luat", "nghi-dinh", "thong-tu", "quyet-dinh-tinh", "nghi-quyet-tinh", "ke-hoach"):
        texts += pick((DATA / "legal" / kind).glob("*.txt"), count // 6 + 1)
    return texts[:count]


def docx(body_paragraphs, numbering=None):
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    number = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    paragraphs = "".join(
        "<w:p><w:pPr>" + (number if numbered else "") + "</w:pPr>"
        '<w:r><w:t xml:space="preserve">' + text + "</w:t></w:r></w:p>"
        for text, numbered in body_paragraphs)
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {ns}><w:body>{paragraphs}</w:body></w:document>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", document)
        if numbering:
            z.writestr("word/numbering.xml", numbering)
    return out.getvalue(), document.encode(), (numbering or "").encode()


def odt(paragraphs):
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">'
               '<office:body><office:text>' + "".join(paragraphs) + '</office:text></office:body></office:document-content>')
    styles = ('<?xml version="1.0" encoding="UTF-8"?><office:document-styles '
              'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"/>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
        z.writestr("styles.xml", styles)
    return out.getvalue(), content.encode(), styles.encode()


LEGAL_LINES = [
    "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh",
    "1. Quyết định này quy định về giá đất.", "a) Đất ở;", "b) Đất nông nghiệp.",
    "Điều 2. Hiệu lực thi hành", "Quyết định có hiệu lực kể từ ngày 15/3/2026.",
]


def main():
    # Legacy text: Vietnamese in Unicode, and the seeds' Latin-1 form (the
    # first byte 0x01 asks the target to read Latin-1, as TCVN3 bytes are).
    d = clear("legacyencoding")
    samples = {
        "unicode": "Ủy ban nhân dân tỉnh Quảng Trị thông báo",
        "tcvn3": "Uû ban nh©n d©n tØnh Qu¶ng TrÞ th«ng b¸o",
        "vni": "UÛy ban nhaân daân tænh Quaûng Trò thoâng baùo",
        "viqr": "U?y ban nha^n da^n ti?nh Qua?ng Tri. tho^ng ba'o",
        "mixed": "Sở Y tế – Së Y tÕ – So73 Y te61",
    }
    for name, text in samples.items():
        write(d, name, text)
        write(d, name + "-latin1", b"\x01" + text.encode("latin-1", "replace"))
    for path in pick((DATA / "feeds" / "feedparser" / "encoding").glob("*.xml"), 6):
        write(d, "feed-" + path.stem, head(path, 2048))

    d = clear("legalstructure")
    for path in legal_texts(30):
        write(d, path.stem[:60], head(path))
    write(d, "outline", "\n".join(LEGAL_LINES))

    d = clear("docx")
    dx = clear("documentxml")
    for path in pick((DATA / "legal" / "docx").glob("*.docx"), 4):
        write(d, path.stem[:60], path.read_bytes())
    numbering = ('<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                 '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '</w:numbering>')
    for name, (zipped, document, numbered) in {
        "small": docx([(line, False) for line in LEGAL_LINES]),
        "numbered": docx([(line, i % 2 == 1) for i, line in enumerate(LEGAL_LINES)], numbering),
    }.items():
        write(d, name, zipped)
        write(dx, "docx-" + name, document + b"\0" + numbered)

    d = clear("odt")
    for name, (zipped, content, styles) in {
        "small": odt([f"<text:p>{line}</text:p>" for line in LEGAL_LINES]),
        "list": odt(["<text:list><text:list-item><text:p>Điều 1. Phạm vi</text:p></text:list-item>"
                     "<text:list-item><text:p>a) Đất ở;</text:p></text:list-item></text:list>",
                     "<text:h text:outline-level=\"1\">Chương II</text:h>",
                     "<table:table><table:table-row><table:table-cell><text:p>ỦY BAN NHÂN DÂN</text:p></table:table-cell>"
                     "<table:table-cell><text:p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text:p></table:table-cell>"
                     "</table:table-row></table:table>",
                     "<text:p>Số: 15/2026/QĐ-UBND<text:tab/>Quảng Trị, ngày 2 tháng 3 năm 2026<text:s text:c=\"3\"/>x</text:p>"]),
    }.items():
        write(d, name, zipped)
        write(dx, "odt-" + name, content + b"\0" + styles)

    # Feeds: the first byte picks the Content-Type the target pretends the
    # server sent (fuzz_feed.cpp); 0 is none.
    d = clear("feed")
    feeds = []
    for sub in ("kde-syndication/rss2", "kde-syndication/atom", "kde-syndication/rdf", "feedparser/encoding",
                "feedparser/illformed", "newsboat", "rsparser", "feed-rs/rss2", "vn-2golang-vnexpress-rss"):
        feeds += pick([p for p in (DATA / "feeds" / sub).rglob("*") if p.is_file() and p.stat().st_size <= LIMIT], 4)
    for i, path in enumerate(feeds):
        write(d, path.parent.name + "-" + path.name[:50], bytes([i % 6]) + path.read_bytes())

    d = clear("opml")
    write(d, "digest", '<?xml version="1.0"?><opml version="2.0"><head><title>Báo chí</title></head><body>'
          '<outline text="Trung ương"><outline text="VnExpress" type="rss" xmlUrl="https://vnexpress.net/rss/thoi-su.rss"/>'
          '<outline title="Tuổi Trẻ" text="TT" type="rss" xmlUrl="https://tuoitre.vn/rss/thoi-su.rss"/></outline>'
          '<outline text="Báo Quảng Trị" type="rss" xmlUrl="https://baoquangtri.vn/rss"/>'
          '<outline text="Tệp cục bộ" xmlUrl="file:///etc/passwd"/></body></opml>')
    write(d, "opml1", '<?xml version="1.0" encoding="ISO-8859-1"?><opml version="1.0"><body>'
          '<outline text="A"><outline text="B"><outline text="C" xmlUrl=" https://c.example/feed "/></outline></outline>'
          '</body></opml>')
    write(d, "broken", '<opml><body><outline xmlUrl="x">')
    write(d, "not-opml", "<rss><channel/></rss>")

    d = clear("clipping")
    for path in (DATA / "pages").rglob("*.html"):
        write(d, path.stem[:40], head(path, 64 * 1024))
    write(d, "small", '<html><head><meta property="og:title" content="Tin nóng"><title>T</title></head>'
          '<body><nav>menu</nav><article><h1>Tiêu đề</h1><p>Đoạn một.</p><script>x()</script></article></body></html>')
    write(d, "tcvn3", '<html><body><main><p>Uû ban nh©n d©n tØnh</p></main></body></html>'.encode("latin-1", "replace"))

    markdown = [
        "# Tiêu đề\n\nĐoạn **đậm** và *nghiêng*, [liên kết](https://example.vn).\n",
        "![Ảnh đẹp](media:1abc \"Nguyễn Văn A\")\n\nChữ ![nhỏ](media:zz) giữa dòng.\n",
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gạch~~ <script>alert(1)</script> https://auto.link\n",
        "> trích\n\n1. một\n2. hai\n\n- x\n  - y\n\n```cpp\ncode\n```\n",
        "[x](javascript:alert(1)) [y](JaVaScRiPt&#58;x) ![z](data:image/png;base64,AAAA)\n",
    ]
    d = clear("markdown")
    for i, text in enumerate(markdown):
        write(d, f"body-{i}", text)

    html = [
        '<p>Đoạn <b>đậm</b> <a href="https://example.vn" onclick="x()">liên kết</a></p>',
        '<figure class="x"><img src="/a.jpg" srcset="/a.jpg 320w, javascript:x 1x" width="10" onerror="y"><figcaption>c</figcaption></figure>',
        '<table><tr><td colspan="2" align="center">ô</td></tr></table><ul><li>a<li>b</ul><ol start="3"><li>c</ol>',
        '<a href="  java\tscript:alert(1)">x</a><img src="data:image/svg+xml,<svg onload=alert(1)>"><svg><script>z</script></svg>',
        '<div><section><li>x</li></section></div><iframe src="https://e.vn"></iframe><math><mi>x</mi></math>',
        '<h2>Tiêu đề</h2><blockquote>q</blockquote><pre><code class="language-cpp">x &lt; y</code></pre><hr><br>',
        '<a href="vbscript:msgbox(1)">v</a><a href="/tin/1.html">rel</a><a href="mailto:a@b.vn">m</a><!-- c --><?pi x?>',
    ]
    for target in ("htmlsanitizer", "htmlmarkdown"):
        d = clear(target)
        for i, text in enumerate(html):
            write(d, f"fragment-{i}", text)
        write(d, "page", head(next((DATA / "pages").rglob("*.html")), 8 * 1024))

    d = clear("newsroomurl")
    for i, url in enumerate([
            "/var/lib/portaldesk/newsroom.sqlite", "sqlite:/tmp/a b.sqlite", "postgresql://editor@db.example:5432/newsroom",
            "postgresql://db/newsroom", "postgres://u:secret@h/db", "mysql://portal@10.0.0.5:3306/cong",
            "mariadb://[::1]:3307/portal", "postgresql://h:99999/db", "postgresql://h:-1/db", "postgresql://%zz@h/d",
            "postgresql://h/db?sslmode=require", "file:///x.sqlite", ""]):
        write(d, f"url-{i}", url)

    d = clear("portalmapping")
    mappings = [
        {"table": "t", "key": {"column": "k"}, "status": {"column": "s", "published": "p", "withdrawn": "w"},
         "columns": {"title": "a", "body_html": "b"}, "utc_offset": "-03:30"},
        {"table": "wp_posts", "key": {"column": "guid", "format": "urn:uuid:{uuid}"},
         "columns": {"title": "post_title", "body_html": "post_content"},
         "status": {"column": "post_status", "published": "publish", "withdrawn": "draft"}},
        {"wordpress": {"categories": {"Thời sự": 3}, "authors": {"btv": "7"}, "withdrawn_status": "private"}},
        {"table": "portal_articles", "key": {"column": "uuid"}, "media_table": "portal_media",
         "media_url": "https://portal.example/media/", "gazette_pdf_directory": "/srv/congbao",
         "status": {"column": "status", "published": "published", "withdrawn": "withdrawn", "on_insert": "pending"},
         "columns": {"title": "title", "summary": "summary", "body_html": "body_html", "published_at_utc": "published_at"}},
    ]
    for i, mapping in enumerate(mappings):
        write(d, f"mapping-{i}", json.dumps(mapping, ensure_ascii=False))
    write(d, "not-json", "{ not json")

    d = clear("searchquery")
    judged = json.loads((DATA / "search" / "judged-queries.json").read_text(encoding="utf-8"))
    for i, term in enumerate(judged["terms"][:16]):
        write(d, f"judged-{i}", term["typed"][i % 2])
    for i, typed in enumerate(['"giá đất" -"Hà Nội" bão', "a OR b AND NOT c NEAR(d e)", "x' ; DROP TABLE t; --",
                               '"unbalanced', "co-op tp.HCM 1.200", "* ^ : + ( ) {col}: x", "Huế, lúa -đ"]):
        write(d, f"typed-{i}", typed)

    d = clear("royaltyschedule")
    write(d, "nghi-dinh-18", (ROOT / "resources" / "royalty" / "nghi-dinh-18-2014-bao-dien-tu.json").read_bytes())
    write(d, "worked-examples", (DATA / "royalty" / "worked-examples.json").read_bytes())
    write(d, "hundredths", "1.234,56")


if __name__ == "__main__":
    main()
