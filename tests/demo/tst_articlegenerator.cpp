// The bulk article generator behind `bench seed` and the demo data:
// deterministic, within its stated ranges, and varied like real news.
#include "articlegenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <limits>

using namespace PortalDesk::Models;

namespace {

const QDateTime anchor(QDate(2026, 11, 20), QTime(0, 0), QTimeZone::UTC);
constexpr int sampleSize = 10000;

// Words as a reader counts them: blank-separated tokens with a letter or digit
// (so "–", "-" and "##" do not count).
int wordCount(const QString &text)
{
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    int words = 0;
    for (const QString &token : text.split(blanks, Qt::SkipEmptyParts)) {
        if (std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            ++words;
    }
    return words;
}

bool isNfc(const QString &text)
{
    return text == text.normalized(QString::NormalizationForm_C);
}

} // namespace

class TestArticleGenerator : public QObject
{
    Q_OBJECT

private:
    QList<Article> m_sample;  // sampleSize articles from seed 42, shared by the statistical tests

private Q_SLOTS:
    void initTestCase()
    {
        ArticleGenerator generator(42, anchor);
        m_sample.reserve(sampleSize);
        for (int i = 0; i < sampleSize; ++i)
            m_sample.append(generator.next());
    }

    // The same seed and anchor give the same articles, field by field.
    void sameSeedSameArticles_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("nominal: seed 1") << quint64(1);
        QTest::newRow("nominal: seed 2026") << quint64(2026);
        QTest::newRow("robustness: seed 0") << quint64(0);
        QTest::newRow("robustness: largest seed") << std::numeric_limits<quint64>::max();
    }

    void sameSeedSameArticles()
    {
        QFETCH(quint64, seed);
        ArticleGenerator first(seed, anchor);
        ArticleGenerator second(seed, anchor);
        for (int i = 0; i < 100; ++i) {
            const Article a = i % 10 == 9 ? first.next(ArticleState::Returned) : first.next();
            const Article b = i % 10 == 9 ? second.next(ArticleState::Returned) : second.next();
            QCOMPARE(a.title, b.title);
            QCOMPARE(a.summary, b.summary);
            QCOMPARE(a.body, b.body);
            QCOMPARE(a.section, b.section);
            QCOMPARE(a.author, b.author);
            QCOMPARE(a.tags, b.tags);
            QCOMPARE(a.source, b.source);
            QCOMPARE(a.state, b.state);
            QCOMPARE(a.created, b.created);
            QCOMPARE(a.updated, b.updated);
        }
    }

    // Different seeds give different articles, not a shifted copy of the same stream.
    void differentSeedsDiffer()
    {
        ArticleGenerator first(1, anchor);
        ArticleGenerator second(2, anchor);
        QSet<QString> firstTitles;
        QList<QString> secondTitles;
        for (int i = 0; i < 100; ++i) {
            firstTitles.insert(first.next().title);
            secondTitles.append(second.next().title);
        }
        const auto shared = std::count_if(secondTitles.cbegin(), secondTitles.cend(),
                                          [&](const QString &title) { return firstTitles.contains(title); });
        QVERIFY2(shared < 10, qPrintable(QStringLiteral("%1 titles shared").arg(shared)));
    }

    // Without an anchor, timestamps end at the start of the current UTC day.
    void defaultAnchorIsStartOfUtcDay()
    {
        const QDate before = QDateTime::currentDateTimeUtc().date();
        const ArticleGenerator generator;
        const QDate after = QDateTime::currentDateTimeUtc().date();
        QCOMPARE(generator.anchor().timeSpec(), Qt::UTC);
        QCOMPARE(generator.anchor().time(), QTime(0, 0));
        QVERIFY(generator.anchor().date() == before || generator.anchor().date() == after);
    }

    // Every field is filled and within the documented ranges; id and version are left to the store.
    void fieldsInRange()
    {
        const QStringList sections = ArticleGenerator::sections();
        QCOMPARE(sections.size(), 8);
        const QDateTime earliest = anchor.addYears(-3);
        QSet<QString> authors;
        for (const Article &article : std::as_const(m_sample)) {
            const auto context = qPrintable(article.title);
            QVERIFY2(article.id.isEmpty() && article.version == 0, context);
            const int titleWords = wordCount(article.title);
            QVERIFY2(titleWords >= 8 && titleWords <= 20, context);
            const int summaryWords = wordCount(article.summary);
            QVERIFY2(summaryWords >= 30 && summaryWords <= 60, qPrintable(article.summary));
            const int bodyWords = wordCount(article.body);
            QVERIFY2(bodyWords >= 150 && bodyWords <= 500, context);
            QVERIFY2(sections.contains(article.section), qPrintable(article.section));
            QVERIFY2(article.author.split(u' ').size() >= 3, qPrintable(article.author));
            authors.insert(article.author);
            QVERIFY2(!article.source.isEmpty(), context);
            QVERIFY2(article.tags.size() >= 1 && article.tags.size() <= 4, context);
            QCOMPARE(QSet<QString>(article.tags.cbegin(), article.tags.cend()).size(), article.tags.size());
            for (const QString &tag : article.tags)
                QVERIFY2(!tag.trimmed().isEmpty() && tag.trimmed() == tag, context);
            QVERIFY2(article.created.isValid() && article.updated.isValid(), context);
            QVERIFY2(article.created >= earliest, qPrintable(article.created.toString(Qt::ISODate)));
            QVERIFY2(article.created <= article.updated, context);
            QVERIFY2(article.updated < anchor, qPrintable(article.updated.toString(Qt::ISODate)));
            QVERIFY2(!article.publishAt.isValid() && article.syncStatus.isEmpty(), context);
        }
        QVERIFY2(authors.size() >= 20 && authors.size() <= 30, qPrintable(QString::number(authors.size())));
    }

    // All text is composed (NFC), with the Vietnamese letters đ and Đ present.
    void textIsNfc()
    {
        bool sawLowerD = false;
        bool sawUpperD = false;
        for (const Article &article : std::as_const(m_sample)) {
            for (const QString &text : {article.title, article.summary, article.body, article.section,
                                        article.author, article.source, article.tags.join(u',')}) {
                QVERIFY2(isNfc(text), qPrintable(text));
                QVERIFY2(!text.contains(QChar::ReplacementCharacter), qPrintable(text));
            }
            sawLowerD = sawLowerD || article.body.contains(u'đ');
            sawUpperD = sawUpperD || article.body.contains(u'Đ');
        }
        QVERIFY(sawLowerD);
        QVERIFY(sawUpperD);
    }

    // The body is Markdown: a lead paragraph, 1-3 "## " headings, sometimes a list and bold.
    void bodyIsMarkdown()
    {
        static const QRegularExpression heading(QStringLiteral("^## \\S"), QRegularExpression::MultilineOption);
        int withList = 0;
        int withBold = 0;
        for (const Article &article : std::as_const(m_sample)) {
            QVERIFY2(!article.body.startsWith(u'#'), qPrintable(article.body.left(80)));
            QVERIFY2(!article.body.endsWith(u'\n') && !article.body.contains(QStringLiteral("\n\n\n")),
                     qPrintable(article.title));
            int headings = 0;
            for (auto match = heading.globalMatch(article.body); match.hasNext(); match.next())
                ++headings;
            QVERIFY2(headings >= 1 && headings <= 3, qPrintable(article.title));
            withList += article.body.contains(QStringLiteral("\n- ")) ? 1 : 0;
            const qsizetype stars = article.body.count(QStringLiteral("**"));
            QCOMPARE(stars % 2, 0);
            withBold += stars ? 1 : 0;
        }
        QVERIFY2(withList > sampleSize / 5 && withList < sampleSize * 4 / 5, qPrintable(QString::number(withList)));
        QVERIFY2(withBold > sampleSize / 10 && withBold < sampleSize * 9 / 10, qPrintable(QString::number(withBold)));
    }

    // No body says the same sentence twice, as a reader would notice at once.
    void bodyDoesNotRepeatSentences()
    {
        static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.;:”])\\s+"));
        for (const Article &article : std::as_const(m_sample)) {
            QSet<QString> seen;
            for (const QString &sentence : article.body.split(sentenceEnd, Qt::SkipEmptyParts)) {
                if (sentence.size() < 40 || sentence.startsWith(u'-'))
                    continue;  // list items and short clauses may well recur
                QVERIFY2(!seen.contains(sentence), qPrintable(sentence));
                seen.insert(sentence);
            }
        }
    }

    // A forced state is honoured, with timestamps that fit it: work in progress is recent, archives are old.
    void forcedStateHonoured_data()
    {
        QTest::addColumn<ArticleState>("state");
        QTest::addColumn<int>("minAgeDays");
        QTest::addColumn<int>("maxAgeDays");
        QTest::newRow("nominal: draft") << ArticleState::Draft << 0 << 31;
        QTest::newRow("nominal: submitted") << ArticleState::Submitted << 0 << 46;
        QTest::newRow("nominal: edited") << ArticleState::Edited << 0 << 46;
        QTest::newRow("nominal: approved") << ArticleState::Approved << 0 << 46;
        QTest::newRow("nominal: published") << ArticleState::Published << 0 << 1096;
        QTest::newRow("nominal: returned") << ArticleState::Returned << 0 << 46;
        QTest::newRow("nominal: withdrawn") << ArticleState::Withdrawn << 0 << 1096;
        QTest::newRow("nominal: archived") << ArticleState::Archived << 364 << 1096;
    }

    void forcedStateHonoured()
    {
        QFETCH(ArticleState, state);
        QFETCH(int, minAgeDays);
        QFETCH(int, maxAgeDays);
        ArticleGenerator generator(7, anchor);
        for (int i = 0; i < 500; ++i) {
            const Article article = generator.next(state);
            QCOMPARE(article.state, state);
            const qint64 age = article.created.daysTo(anchor);
            QVERIFY2(age >= minAgeDays && age <= maxAgeDays, qPrintable(QString::number(age)));
            QVERIFY(article.created <= article.updated && article.updated < anchor);
        }
    }

    // Left to itself, the generator gives every state, most articles published.
    void stateDistributionCoversEveryState()
    {
        QHash<ArticleState, int> counts;
        for (const Article &article : std::as_const(m_sample))
            ++counts[article.state];
        for (int s = int(ArticleState::Draft); s <= int(ArticleState::Archived); ++s)
            QVERIFY2(counts.value(ArticleState(s)) > 0, qPrintable(articleStateKey(ArticleState(s))));
        QVERIFY(counts.value(ArticleState::Published) > sampleSize / 2);
        QVERIFY(counts.value(ArticleState::Archived) > counts.value(ArticleState::Draft));
    }

    // Every section gets articles, none more than a quarter.
    void sectionsAllUsed()
    {
        QHash<QString, int> counts;
        for (const Article &article : std::as_const(m_sample))
            ++counts[article.section];
        for (const QString &section : ArticleGenerator::sections()) {
            QVERIFY2(counts.value(section) > sampleSize / 50, qPrintable(section));
            QVERIFY2(counts.value(section) < sampleSize / 4, qPrintable(section));
        }
    }

    // Titles and bodies vary enough for search over a large newsroom to be realistic.
    void textIsDiverse()
    {
        QSet<QString> titles;
        QSet<QString> bodies;
        for (const Article &article : std::as_const(m_sample)) {
            titles.insert(article.title);
            bodies.insert(article.body);
        }
        QVERIFY2(titles.size() >= sampleSize * 95 / 100, qPrintable(QString::number(titles.size())));
        QCOMPARE(bodies.size(), sampleSize);
    }

    // What staff search for occurs, as whole words, common terms often and rare terms rarely.
    void searchTermsAtRealisticFrequencies_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<double>("least");  // share of articles
        QTest::addColumn<double>("most");
        QTest::newRow("nominal: UBND tỉnh") << QStringLiteral("UBND tỉnh") << 0.25 << 0.95;
        QTest::newRow("nominal: đường giao thông") << QStringLiteral("đường giao thông") << 0.05 << 0.40;
        QTest::newRow("nominal: dịch vụ công trực tuyến") << QStringLiteral("dịch vụ công trực tuyến") << 0.03 << 0.25;
        QTest::newRow("nominal: chuyển đổi số") << QStringLiteral("chuyển đổi số") << 0.05 << 0.30;
        QTest::newRow("nominal: nông thôn mới") << QStringLiteral("nông thôn mới") << 0.03 << 0.30;
        QTest::newRow("nominal: du lịch") << QStringLiteral("du lịch") << 0.05 << 0.40;
        QTest::newRow("nominal: giáo dục") << QStringLiteral("giáo dục") << 0.03 << 0.30;
        QTest::newRow("nominal: khánh thành") << QStringLiteral("khánh thành") << 0.01 << 0.15;
        QTest::newRow("nominal: phòng chống thiên tai") << QStringLiteral("phòng chống thiên tai") << 0.01 << 0.10;
        QTest::newRow("nominal: OCOP") << QStringLiteral("OCOP") << 0.02 << 0.20;
        QTest::newRow("nominal: tiêm chủng") << QStringLiteral("tiêm chủng") << 0.005 << 0.08;
        QTest::newRow("robustness: rare, bảng giá đất") << QStringLiteral("bảng giá đất") << 0.003 << 0.03;
        QTest::newRow("robustness: rare, Đà Nẵng") << QStringLiteral("Đà Nẵng") << 0.003 << 0.04;
        QTest::newRow("robustness: one commune, xã Tân Phước") << QStringLiteral("xã Tân Phước") << 0.005 << 0.06;
        QTest::newRow("robustness: no districts") << QStringLiteral("huyện") << 0.0 << 0.0;
    }

    void searchTermsAtRealisticFrequencies()
    {
        QFETCH(QString, term);
        QFETCH(double, least);
        QFETCH(double, most);
        const QRegularExpression word(QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(term)),
                                      QRegularExpression::UseUnicodePropertiesOption);
        const auto hits = std::count_if(m_sample.cbegin(), m_sample.cend(), [&](const Article &article) {
            return word.match(article.title).hasMatch() || word.match(article.summary).hasMatch()
                || word.match(article.body).hasMatch();
        });
        const double share = double(hits) / sampleSize;
        QVERIFY2(share >= least && share <= most, qPrintable(QStringLiteral("%1 of %2").arg(hits).arg(sampleSize)));
    }

    // Numbers are written the Vietnamese way: "5.200", "8,5", never "5,200" or "5200".
    void numbersFormattedVietnamese()
    {
        static const QRegularExpression grouped(QStringLiteral("(?<![\\d.,])\\d{1,3}(\\.\\d{3})+(?![\\d.,]\\d)"));
        static const QRegularExpression decimal(QStringLiteral("(?<![\\d.,])\\d+,\\d(?!\\d)"));
        static const QRegularExpression wrong(QStringLiteral("\\d\\.\\d{1,2}(?!\\d)|\\d\\.\\d{4}|\\d,\\d{3}|\\d{5}"));
        int groupedSeen = 0;
        int decimalSeen = 0;
        for (const Article &article : std::as_const(m_sample)) {
            const QString text = article.title + u'\n' + article.summary + u'\n' + article.body;
            const auto bad = wrong.match(text);
            QVERIFY2(!bad.hasMatch(), qPrintable(text.mid(std::max<qsizetype>(0, bad.capturedStart() - 30), 70)));
            groupedSeen += grouped.match(text).hasMatch() ? 1 : 0;
            decimalSeen += decimal.match(text).hasMatch() ? 1 : 0;
        }
        QVERIFY(groupedSeen > sampleSize / 4);
        QVERIFY(decimalSeen > sampleSize / 4);
    }
};

QTEST_GUILESS_MAIN(TestArticleGenerator)
#include "tst_articlegenerator.moc"
