// Word-level diff of article revisions and its plain-text and HTML renderings.
#include "worddiff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

// Lets QCOMPARE print segments when two lists differ.
char *toString(const DiffSegment &segment)
{
    const char *kind = segment.kind == DiffSegment::Kind::Equal ? "Equal"
        : segment.kind == DiffSegment::Kind::Deleted            ? "Deleted"
                                                                : "Inserted";
    return QTest::toString(QString::fromLatin1(kind) + u" \""_s + segment.text + u'"');
}

} // namespace PortalDesk::Models

namespace {

using Kind = DiffSegment::Kind;

QString reassemble(const QList<DiffSegment> &segments, Kind side)
{
    QString text;
    for (const DiffSegment &segment : segments) {
        if (segment.kind == Kind::Equal || segment.kind == side)
            text += segment.text;
    }
    return text;
}

// Everything wordDiff promises about the shape of its result, whatever the
// input: the two revisions come back (in NFC), no segment is empty, no two
// neighbours have the same kind, and a deletion never follows an insertion.
void verifyShape(const QList<DiffSegment> &segments, const QString &before, const QString &after)
{
    QCOMPARE(reassemble(segments, Kind::Deleted), before.normalized(QString::NormalizationForm_C));
    QCOMPARE(reassemble(segments, Kind::Inserted), after.normalized(QString::NormalizationForm_C));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QVERIFY2(!segments.at(i).text.isEmpty(), qPrintable(u"empty segment at %1"_s.arg(i)));
        if (i == 0)
            continue;
        QVERIFY2(segments.at(i - 1).kind != segments.at(i).kind, qPrintable(u"unmerged segments at %1"_s.arg(i)));
        QVERIFY2(!(segments.at(i - 1).kind == Kind::Inserted && segments.at(i).kind == Kind::Deleted),
            qPrintable(u"insertion before deletion at %1"_s.arg(i)));
    }
}

const QStringList &syllables()
{
    static const QStringList list = u"Ủy ban nhân dân tỉnh Quảng Trị Đà Nẵng Lạt Huế thông báo kế hoạch phát triển "
                                    "kinh tế xã hội năm 2026 người dân được hưởng lợi từ dự án đường cao tốc Bắc Nam "
                                    "giá lúa tăng mạnh nông nghiệp công nghệ số"_s.split(u' ');
    return list;
}

// Text made of syllables, punctuation and varied whitespace, as an editor
// would type it.
QString generatedText(QRandomGenerator &random, int words)
{
    static const QStringList separators
        = { u" "_s, u" "_s, u" "_s, u", "_s, u". "_s, u"  "_s, u"\n"_s, u"\n\n"_s, u"\t"_s, u" – "_s, u" (\""_s };
    QString text;
    for (int i = 0; i < words; ++i) {
        text += syllables().at(random.bounded(int(syllables().size())));
        text += separators.at(random.bounded(int(separators.size())));
    }
    return text;
}

// An edit of `text`: syllables and separators replaced, removed and added at
// random places.
QString revisedText(QRandomGenerator &random, const QString &text, int edits)
{
    QString revised = text;
    for (int i = 0; i < edits && !revised.isEmpty(); ++i) {
        const int at = random.bounded(int(revised.size()));
        const int length = random.bounded(1, 20);
        switch (random.bounded(3)) {
        case 0:
            revised.remove(at, length);
            break;
        case 1:
            revised.insert(at, generatedText(random, length / 4 + 1));
            break;
        default:
            revised.replace(at, length, generatedText(random, 1));
            break;
        }
    }
    // Cutting at random may split a surrogate pair or a composed letter's
    // neighbourhood; keep the property test on well-formed NFC text.
    return revised.normalized(QString::NormalizationForm_C);
}

} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksChangedWords_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("plain");
        QTest::newRow("nominal: identical text")
            << u"Ủy ban nhân dân tỉnh Quảng Trị."_s << u"Ủy ban nhân dân tỉnh Quảng Trị."_s
            << u"Ủy ban nhân dân tỉnh Quảng Trị."_s;
        QTest::newRow("nominal: one syllable changed")
            << u"Du khách đổ về Đà Nẵng dịp lễ."_s << u"Du khách đổ về Đà Lạt dịp lễ."_s
            << u"Du khách đổ về Đà [-Nẵng-]{+Lạt+} dịp lễ."_s;
        QTest::newRow("nominal: insertion at start")
            << u"tỉnh Quảng Trị"_s << u"Ủy ban nhân dân tỉnh Quảng Trị"_s << u"{+Ủy ban nhân dân +}tỉnh Quảng Trị"_s;
        QTest::newRow("nominal: insertion at end")
            << u"Họp báo"_s << u"Họp báo chiều nay."_s << u"Họp báo{+ chiều nay.+}"_s;
        QTest::newRow("nominal: deletion of a whole sentence")
            << u"Trời mưa. Đường ngập nặng. Xe vẫn chạy."_s << u"Trời mưa. Xe vẫn chạy."_s
            << u"Trời mưa. [-Đường ngập nặng. -]Xe vẫn chạy."_s;
        // A two-syllable word replaced by another is one change, not two
        // around the shared space.
        QTest::newRow("nominal: replaced two-syllable word is one change")
            << u"ngành kinh tế"_s << u"ngành xã hội"_s << u"ngành [-kinh tế-]{+xã hội+}"_s;
        QTest::newRow("nominal: a phrase replaced word by word is one change")
            << u"ngành kinh tế xã hội."_s << u"ngành văn hoá thể thao."_s
            << u"ngành [-kinh tế xã hội-]{+văn hoá thể thao+}."_s;
        QTest::newRow("nominal: punctuation change")
            << u"Hà Nội, Việt Nam"_s << u"Hà Nội. Việt Nam"_s << u"Hà Nội[-,-]{+.+} Việt Nam"_s;
        QTest::newRow("nominal: whitespace-only change") << u"Đà Nẵng"_s << u"Đà  Nẵng"_s << u"Đà[- -]{+  +}Nẵng"_s;
        QTest::newRow("nominal: line break instead of a space")
            << u"Quảng Trị"_s << u"Quảng\nTrị"_s << u"Quảng[- -]{+\n+}Trị"_s;
        QTest::newRow("nominal: digits are a word")
            << u"Nghị định 15/2024/NĐ-CP"_s << u"Nghị định 16/2024/NĐ-CP"_s << u"Nghị định [-15-]{+16+}/2024/NĐ-CP"_s;
        QTest::newRow("nominal: each punctuation character stands alone")
            << u"giá 1.234 đồng"_s << u"giá 1.235 đồng"_s << u"giá 1.[-234-]{+235+} đồng"_s;
        QTest::newRow("nominal: Markdown body with headings")
            << u"# Tin tức\n\n## Kinh tế\n\nGiá lúa **tăng** 5%.\n"_s
            << u"# Tin tức\n\n## Xã hội\n\nGiá lúa **tăng** 7%.\n"_s
            << u"# Tin tức\n\n## [-Kinh tế-]{+Xã hội+}\n\nGiá lúa **tăng** [-5-]{+7+}%.\n"_s;
        QTest::newRow("robustness: empty before") << QString() << u"Bài mới"_s << u"{+Bài mới+}"_s;
        QTest::newRow("robustness: empty after") << u"Bài cũ"_s << QString() << u"[-Bài cũ-]"_s;
        QTest::newRow("robustness: both empty") << QString() << QString() << QString();
        QTest::newRow("robustness: decomposed before, composed after") << u"Quảng Trị, Đà Nẵng"_s.normalized(
            QString::NormalizationForm_D) << u"Quảng Trị, Đà Nẵng"_s << u"Quảng Trị, Đà Nẵng"_s;
        QTest::newRow("robustness: composed before, decomposed after and a real change")
            << u"Quảng Trị"_s << u"Quảng Bình"_s.normalized(QString::NormalizationForm_D) << u"Quảng [-Trị-]{+Bình+}"_s;
        QTest::newRow("robustness: case matters") << u"đà nẵng"_s << u"Đà nẵng"_s << u"[-đà-]{+Đà+} nẵng"_s;
        // q with a combining acute or circumflex has no precomposed form, so
        // the marks survive NFC and must stay inside their word.
        QTest::newRow("robustness: mark without a precomposed form")
            << u"q\u0301 a"_s << u"q\u0302 a"_s << u"[-q\u0301-]{+q\u0302+} a"_s;
        // A mark right after a line break has no base to cling to; it still
        // counts as part of the word it leads.
        QTest::newRow("robustness: stray mark at the start of a line")
            << u"x\n\u0301ab"_s << u"x\n\u0301ac"_s << u"x\n[-\u0301ab-]{+\u0301ac+}"_s;
        QTest::newRow("robustness: letters beyond the BMP form words")
            << u"Chữ 𝐀𝐁𝐂"_s << u"Chữ 𝐀𝐁𝐃"_s << u"Chữ [-𝐀𝐁𝐂-]{+𝐀𝐁𝐃+}"_s;
        QTest::newRow("robustness: surrogate pairs are not split")
            << u"Đánh giá 👍👍"_s << u"Đánh giá 👍👎"_s << u"Đánh giá 👍[-👍-]{+👎+}"_s;
    }

    // The plain rendering marks exactly the words that changed, compares NFC
    // text, and the segments keep their promised shape.
    void marksChangedWords()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, plain);
        const QList<DiffSegment> segments = wordDiff(before, after);
        QCOMPARE(wordDiffPlainText(segments), plain);
        verifyShape(segments, before, after);
    }

    // The segments themselves, not just their rendering: kinds, order and
    // merged text.
    void returnsMergedSegments()
    {
        QCOMPARE(wordDiff(u"Đà Nẵng"_s, u"Đà Lạt"_s),
            (QList<DiffSegment>{
                { Kind::Equal, u"Đà "_s }, { Kind::Deleted, u"Nẵng"_s }, { Kind::Inserted, u"Lạt"_s } }));
        QCOMPARE(wordDiff(u"một hai ba bốn"_s, u"một năm bốn"_s),
            (QList<DiffSegment>{ { Kind::Equal, u"một "_s }, { Kind::Deleted, u"hai ba"_s },
                { Kind::Inserted, u"năm"_s }, { Kind::Equal, u" bốn"_s } }));
        QCOMPARE(wordDiff(u"Quảng Trị"_s, u"Quảng Trị"_s), (QList<DiffSegment>{ { Kind::Equal, u"Quảng Trị"_s } }));
        QCOMPARE(wordDiff(QString(), QString()), QList<DiffSegment>());
    }

    void reassemblesBothRevisions_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        for (quint32 seed = 1; seed <= 12; ++seed) {
            QRandomGenerator random(seed);
            const QString before = generatedText(random, random.bounded(0, 120));
            const QString after = revisedText(random, before, random.bounded(0, 8));
            QTest::addRow("nominal: generated pair, seed %u", seed) << before << after;
        }
        QRandomGenerator random(99);
        const QString text = generatedText(random, 60);
        QTest::newRow("nominal: generated text against nothing") << text << QString();
        QTest::newRow("nominal: nothing against generated text") << QString() << text;
        QTest::newRow("robustness: decomposed input comes back composed")
            << text.normalized(QString::NormalizationForm_D) << revisedText(random, text, 5);
    }

    // Joining Equal and Deleted text gives the earlier revision, Equal and
    // Inserted the later one, on text nobody chose to be easy.
    void reassemblesBothRevisions()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        verifyShape(wordDiff(before, after), before, after);
        verifyShape(wordDiff(after, before), after, before);
    }

    void rendersPlainText_data()
    {
        QTest::addColumn<QList<DiffSegment>>("segments");
        QTest::addColumn<QString>("plain");
        QTest::newRow("nominal: every kind") << QList<DiffSegment>{ { Kind::Equal, u"Đà "_s },
            { Kind::Deleted, u"Nẵng"_s }, { Kind::Inserted, u"Lạt"_s } }
                                             << u"Đà [-Nẵng-]{+Lạt+}"_s;
        QTest::newRow("robustness: no segments") << QList<DiffSegment>() << QString();
        QTest::newRow("robustness: HTML left alone")
            << QList<DiffSegment>{ { Kind::Inserted, u"<b>&</b>"_s } } << u"{+<b>&</b>+}"_s;
    }

    // The plain rendering follows `git diff --word-diff=plain` and adds nothing else.
    void rendersPlainText()
    {
        QFETCH(QList<DiffSegment>, segments);
        QFETCH(QString, plain);
        QCOMPARE(wordDiffPlainText(segments), plain);
    }

    void rendersHtml_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("html");
        QTest::newRow("nominal: replacement")
            << u"Đà Nẵng"_s << u"Đà Lạt"_s
            << u"Đà <del class=\"diff-del\">Nẵng</del> <ins class=\"diff-ins\">Lạt</ins>"_s;
        QTest::newRow("nominal: newlines kept as newlines")
            << u"Dòng một\nDòng hai"_s << u"Dòng một\nDòng ba"_s
            << u"Dòng một\nDòng <del class=\"diff-del\">hai</del> <ins class=\"diff-ins\">ba</ins>"_s;
        QTest::newRow("robustness: inserted script tag escaped")
            << u"Xem thêm"_s << u"Xem <script>alert(\"x\")</script>"_s
            << u"Xem <del class=\"diff-del\">thêm</del> "
               "<ins class=\"diff-ins\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</ins>"_s;
        QTest::newRow("robustness: deleted markup escaped")
            << u"a <b>đậm</b> c"_s << u"a đậm c"_s
            << u"a <del class=\"diff-del\">&lt;b&gt;</del>đậm<del class=\"diff-del\">&lt;/b&gt;</del> c"_s;
        QTest::newRow("robustness: ampersand in shared text")
            << u"Sở Tài nguyên & Môi trường"_s << u"Sở Tài nguyên & Môi trường tỉnh"_s
            << u"Sở Tài nguyên &amp; Môi trường<ins class=\"diff-ins\"> tỉnh</ins>"_s;
        QTest::newRow("nominal: a space of its own is not doubled")
            << u"Ủy ban nhân dân họp"_s << u"UBND tỉnh họp"_s
            << u"<del class=\"diff-del\">Ủy ban nhân dân</del> <ins class=\"diff-ins\">UBND tỉnh</ins> họp"_s;
    }

    // The HTML fragment wraps changes in <del>/<ins> with the review view's
    // classes and never lets article text through as markup.
    void rendersHtml()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, html);
        QCOMPARE(wordDiffHtml(wordDiff(before, after)), html);
    }

    void diffsArticleSizedBodies_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<qint64>("budgetMs");
        QRandomGenerator random(2026);
        QString body;
        while (body.size() < 50'000)
            body += u"## "_s + generatedText(random, 6) + u"\n\n"_s + generatedText(random, 120) + u"\n\n"_s;
        // About 20 ms in a RelWithDebInfo build.
        QTest::newRow("nominal: a revision of a 50 KB body") << body << revisedText(random, body, 200) << qint64(1000);
        // The worst case, nearly every token replaced: about 200 ms optimised,
        // 800 ms unoptimised, 3 s under ASan+UBSan, hence the wider budget.
        QString other;
        while (other.size() < 50'000)
            other += generatedText(random, 100) + u"\n\n"_s;
        QTest::newRow("robustness: two unrelated 50 KB bodies") << body << other << qint64(10000);
    }

    // Article-sized bodies diff within budget and still reassemble; the
    // budgets are loose, so only a slide back to per-character or quadratic
    // work trips them on a loaded machine.
    void diffsArticleSizedBodies()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(qint64, budgetMs);
        QElapsedTimer timer;
        timer.start();
        const QList<DiffSegment> segments = wordDiff(before, after);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < budgetMs, qPrintable(u"took %1 ms, budget %2 ms"_s.arg(elapsed).arg(budgetMs)));
        verifyShape(segments, before, after);
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
