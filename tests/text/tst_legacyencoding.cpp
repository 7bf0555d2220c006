// Legacy Vietnamese encodings pasted from office documents, and the hygiene
// applied to every paste.
#include "legacyencoding.h"
#include "vietnamesetext.h"

#include <QTest>

#include <iconv.h>

using namespace PortalDesk;
using namespace Qt::StringLiterals;
using Models::LegacyEncoding;

Q_DECLARE_METATYPE(PortalDesk::Models::LegacyEncoding)

namespace {

// glibc's own TCVN 5712 converter: an oracle written by someone else.
QByteArray glibcConvert(const QByteArray &input, const char *from, const char *to)
{
    iconv_t cd = iconv_open(to, from);
    if (cd == iconv_t(-1))
        return {};
    QByteArray output(input.size() * 4 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(input.constData());
    char *out = output.data();
    size_t inLeft = size_t(input.size()), outLeft = size_t(output.size());
    size_t done = iconv(cd, &in, &inLeft, &out, &outLeft);
    // TCVN 5712 holds a letter back in case a combining mark follows.
    if (done != size_t(-1))
        done = iconv(cd, nullptr, nullptr, &out, &outLeft);
    iconv_close(cd);
    if (done == size_t(-1))
        return {};
    output.truncate(output.size() - qsizetype(outLeft));
    return output;
}

// What Word hands over for text typed in a ".Vn" font: each byte as the
// Latin-1 character of the same code.
QString asPastedFromWord(const QString &unicode)
{
    return QString::fromLatin1(glibcConvert(unicode.toUtf8(), "UTF-8", "TCVN5712-1"));
}

} // namespace

class TestLegacyEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tcvn3MatchesGlibc()
    {
        int mapped = 0;
        for (int byte = 0xA1; byte <= 0xFF; ++byte) {
            const QString glibc = QString::fromUtf8(glibcConvert(QByteArray(1, char(byte)), "TCVN5712-1", "UTF-8"));
            QVERIFY2(!glibc.isEmpty(), "glibc has TCVN5712-1");
            const QString ours = Models::convertLegacyToUnicode(QString(QChar(byte)), LegacyEncoding::Tcvn3);
            if (ours == glibc.normalized(QString::NormalizationForm_C)) {
                ++mapped;
                continue;
            }
            // The positions VN3 leaves free hold capitals in VN1 only.
            QCOMPARE(ours, QString(QChar(byte)));
            QVERIFY2(glibc.at(0).isUpper() || glibc.at(0).category() == QChar::Mark_NonSpacing,
                     qPrintable(u"byte %1 -> %2"_s.arg(byte, 0, 16).arg(glibc)));
        }
        // 7 capitals, 7 small letters and 5 tones on each of 12 vowels.
        QCOMPARE(mapped, 74);
    }

    void tcvn3SentencesRoundTrip()
    {
        const QString original = u"ủy ban nhân dân tỉnh quảng trị thông báo về việc điều chỉnh kế hoạch; "
                                 u"Đường Hùng Vương được mở rộng, người dân đồng tình ủng hộ."_s;
        const QString pasted = asPastedFromWord(original);
        QVERIFY(pasted != original);
        QCOMPARE(Models::detectLegacyEncoding(pasted), LegacyEncoding::Tcvn3);
        QCOMPARE(Models::convertLegacyToUnicode(pasted, LegacyEncoding::Tcvn3), original);
    }

    void converts_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<LegacyEncoding>("encoding");
        QTest::addColumn<QString>("unicode");
        QTest::newRow("tcvn3 motto") << u"Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc"_s
                                     << LegacyEncoding::Tcvn3
                                     << u"Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc"_s;
        QTest::newRow("tcvn3 committee") << u"Uû ban nh©n d©n tØnh Qu¶ng TrÞ"_s << LegacyEncoding::Tcvn3
                                         << u"Uỷ ban nhân dân tỉnh Quảng Trị"_s;
        QTest::newRow("vni motto") << u"Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc"_s
                                   << LegacyEncoding::Vni
                                   << u"Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc"_s;
        QTest::newRow("vni capitals") << u"UÛY BAN NHAÂN DAÂN TÆNH QUAÛNG TRÒ"_s << LegacyEncoding::Vni
                                      << u"ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"_s;
        QTest::newRow("vni horn letters") << u"Tröôøng hoïc ôû ñöôøng Leâ Lôïi"_s << LegacyEncoding::Vni
                                          << u"Trường học ở đường Lê Lợi"_s;
        QTest::newRow("viqr") << u"Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam. DDo^.c la^.p - Tu+. do - Ha.nh phu'c"_s
                              << LegacyEncoding::Viqr
                              << u"Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc"_s;
        QTest::newRow("viqr escaped full stop") << u"To^i o+? Hue^\\. Ba.n o+? dda^u?"_s << LegacyEncoding::Viqr
                                                << u"Tôi ở Huê. Bạn ở đâu?"_s;
    }

    void converts()
    {
        QFETCH(QString, pasted);
        QFETCH(LegacyEncoding, encoding);
        QFETCH(QString, unicode);
        QCOMPARE(Models::detectLegacyEncoding(pasted), encoding);
        QCOMPARE(Models::convertLegacyToUnicode(pasted, encoding), unicode);
        QVERIFY(!Models::legacyEncodingName(encoding).isEmpty());
    }

    void leavesUnicodeAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("vietnamese") << u"Sáng 28/11, UBND tỉnh tổ chức hội nghị tổng kết công tác chuyển đổi số năm 2026. "
                                       u"Đồng chí Phó Chủ tịch nhấn mạnh: người dân là trung tâm; hồ sơ trực tuyến đạt 68%."_s;
        QTest::newRow("decomposed vietnamese") << u"Cộng hoà xã hội chủ nghĩa Việt Nam"_s.normalized(QString::NormalizationForm_D);
        QTest::newRow("english") << u"I'm told the report is due. What? Yes, it's the committee's call - isn't it?"_s;
        QTest::newRow("french") << u"Déjà vu au café : la façade a été rénovée à Hà Nội."_s;
        QTest::newRow("symbols") << u"© 2026 Sở Thông tin và Truyền thông · nhiệt độ 30 °C"_s;
        QTest::newRow("numbers") << u"12.5% tăng; 1.200 hồ sơ; 3/4 xã"_s;
        QTest::newRow("empty") << QString();
    }

    void leavesUnicodeAlone()
    {
        QFETCH(QString, text);
        QCOMPARE(Models::detectLegacyEncoding(text), LegacyEncoding::None);
        QCOMPARE(Models::convertLegacyToUnicode(text, LegacyEncoding::None), text);
    }

    // Unicode already in the text passes through any conversion untouched.
    void mixedTextKeepsUnicode()
    {
        const QString mixed = u"Tin mới: Uû ban nh©n d©n tỉnh Quảng Trị"_s;
        QCOMPARE(Models::convertLegacyToUnicode(mixed, LegacyEncoding::Tcvn3), u"Tin mới: Uỷ ban nhân dân tỉnh Quảng Trị"_s);
    }

    void syllables_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("valid");
        for (const char16_t *word : {u"nghiêng", u"khuỷu", u"quốc", u"người", u"gì", u"Việt", u"đường", u"OÁN",
                                     u"khuya", u"tuyển", u"a", u"ươn"})
            QTest::newRow(QString::fromUtf16(word).toUtf8()) << QString::fromUtf16(word) << true;
        for (const char16_t *word : {u"café", u"hoàá", u"xyz", u"thỏngg", u"façade", u"Ắpx", u""})
            QTest::newRow(QString::fromUtf16(word).toUtf8()) << QString::fromUtf16(word) << false;
    }

    void syllables()
    {
        QFETCH(QString, word);
        QFETCH(bool, valid);
        QCOMPARE(Models::isVietnameseSyllable(word), valid);
    }

    void cleansPastedText()
    {
        const QString pasted = u"Hà\u00A0Nội\u200B\r\nĐà\u00ADNẵng\u202E\u202C\rHuế\u2028Vinh\tcó\u0007 tab\uFEFF"_s;
        QCOMPARE(Models::cleanPastedText(pasted), u"Hà Nội\nĐàNẵng\nHuế\nVinh\tcó tab"_s);
        const QString decomposed = u"Quảng Trị"_s.normalized(QString::NormalizationForm_D);
        QCOMPARE(Models::cleanPastedText(decomposed), u"Quảng Trị"_s);
        QCOMPARE(Models::cleanPastedText(QString()), QString());
        // Windows-1252 punctuation once read as Latin-1, as in
        // tests/data/legal/thong-tu/88-2004-tt-btc.txt; 0x81 has no meaning.
        QCOMPARE(Models::cleanPastedText(u"Kỳ tính thuế:\u0085\u0085 Mã số A42 = A32 \u0096 A33 \u0093x\u0094\u0081"_s),
                 u"Kỳ tính thuế:…… Mã số A42 = A32 – A33 “x”"_s);
    }

    // A long paste is answered at once: detection looks at a bounded sample.
    void longPasteIsBounded()
    {
        QString huge;
        for (int i = 0; i < 20000; ++i)
            huge += u"Céng hoµ x· héi chñ nghÜa ViÖt Nam. "_s;
        QCOMPARE(Models::detectLegacyEncoding(huge), LegacyEncoding::Tcvn3);
        QCOMPARE(Models::convertLegacyToUnicode(huge, LegacyEncoding::Tcvn3).size(), huge.size());
    }
};

QTEST_GUILESS_MAIN(TestLegacyEncoding)
#include "tst_legacyencoding.moc"
