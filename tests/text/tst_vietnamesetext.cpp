// Diacritic folding, the base of accent-free search.
#include "vietnamesetext.h"

#include <QRandomGenerator>
#include <QTest>

using namespace PortalDesk::Models;

class TestVietnameseText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsDiacritics_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("nominal: tones and hats") << QStringLiteral("Quảng Trị") << QStringLiteral("Quang Tri");
        QTest::newRow("nominal: đ and Đ") << QStringLiteral("Đà Nẵng đón khách") << QStringLiteral("Da Nang don khach");
        QTest::newRow("nominal: every vowel") << QStringLiteral("ăâêôơư ẮẦỂỖỚỰ") << QStringLiteral("aaeoou AAEOOU");
        QTest::newRow("robustness: decomposed input")
            << QStringLiteral("Quảng Trị").normalized(QString::NormalizationForm_D) << QStringLiteral("Quang Tri");
        QTest::newRow("robustness: plain ASCII unchanged") << QStringLiteral("UBND 2026") << QStringLiteral("UBND 2026");
        QTest::newRow("robustness: empty") << QString() << QString();
    }

    void foldsDiacritics()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(foldDiacritics(text), folded);
    }

    void composes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("nominal: short decomposed") << QStringLiteral("Quảng Trị, Đà Nẵng").normalized(QString::NormalizationForm_D);
        QTest::newRow("robustness: long decomposed, no spaces") << QString(20000, u'ư').normalized(QString::NormalizationForm_D);
        QTest::newRow("robustness: long text with one stray mark")
            << QString(30000, u'ẵ') + QStringLiteral(" \u0301 ") + QStringLiteral("Hàn Quốc 한국어 😀 ").repeated(500);
    }

    // toNfc() gives what QString::normalized() gives, also across its cuts.
    void composes()
    {
        QFETCH(QString, text);
        QCOMPARE(toNfc(text), text.normalized(QString::NormalizationForm_C));
    }

    // utf8Size() counts what toUtf8() makes: every width of character, pairs
    // of surrogates, and lone ones (which toUtf8() writes as "?").
    void countsUtf8Bytes()
    {
        const char16_t units[] = {u'a', u'\t', 0x7F, 0x80, 0xE0, 0x0111, 0x07FF, 0x0800, 0x1EA1, 0x4E2D, 0xFFFD, 0xFFFF,
                                  0xD83D, 0xDE00, 0xD800, 0xDFFF};
        QRandomGenerator random(25);
        for (int i = 0; i < 20000; ++i) {
            QString text;
            for (int n = random.bounded(12); n > 0; --n)
                text += QChar(units[random.bounded(int(std::size(units)))]);
            QVERIFY2(utf8Size(text) == text.toUtf8().size(), qPrintable(QString::number(text.toUtf8().size())));
        }
        QCOMPARE(utf8Size(u"Đường 😀 中"), QStringLiteral("Đường 😀 中").toUtf8().size());
        QCOMPARE(utf8Size(QString()), 0);
    }
};

QTEST_GUILESS_MAIN(TestVietnameseText)
#include "tst_vietnamesetext.moc"
