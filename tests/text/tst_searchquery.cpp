// Search queries: what a person types, the full-text expressions made of it,
// and the extract shown with each hit.
#include "searchquery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace PortalDesk::Models;

namespace {

QString nfd(const QString &text)
{
    return text.normalized(QString::NormalizationForm_D);
}

// Rows of the FTS5 table, by rowid. Row 5 holds the text hostile queries
// must find literally; row 6 is stored decomposed, as a paste might be.
const QList<std::pair<qlonglong, QString>> &articles()
{
    static const QList<std::pair<qlonglong, QString>> rows = {
        {1, QStringLiteral("Quảng Trị: mưa bão lũ kéo dài")},
        {2, QStringLiteral("Bão số 3 đổ bộ Đà Nẵng")},
        {3, QStringLiteral("Quang Tri, written without diacritics")},
        {4, QStringLiteral("Thành phố Đà Nẵng đón khách du lịch")},
        {5, QStringLiteral("Ghi chú: title:x NEAR(a b) a* ^x \" OR 1=1 -- '; DROP TABLE articles; --")},
        {6, nfd(QStringLiteral("Phố cổ Hội An"))},
    };
    return rows;
}

} // namespace

class TestSearchQuery : public QObject
{
    Q_OBJECT

    QSqlDatabase m_db;

    QList<qlonglong> matchingRows(const QString &expression)
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid"));
        query.addBindValue(expression);
        if (!query.exec())
            qWarning("%s: %s", qPrintable(expression), qPrintable(query.lastError().text()));
        QList<qlonglong> rows;
        while (query.next())
            rows.append(query.value(0).toLongLong());
        return query.lastError().isValid() ? QList<qlonglong>{-1} : rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_searchquery"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
        QSqlQuery query(m_db);
        QVERIFY2(query.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(exact, folded,"
                                           " tokenize='unicode61 remove_diacritics 0')")),
            qPrintable(query.lastError().text()));
        for (const auto &[rowid, text] : articles()) {
            query.prepare(QStringLiteral("INSERT INTO t (rowid, exact, folded) VALUES (?, ?, ?)"));
            query.addBindValue(rowid);
            query.addBindValue(indexText(text));
            query.addBindValue(foldedIndexText(text));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("tst_searchquery"));
    }

    // The two stored texts are NFC, one with its diacritics and one without.
    void makesIndexTexts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("folded");
        QTest::newRow("nominal: đ kept, then folded")
            << QStringLiteral("Đà Nẵng") << QStringLiteral("Đà Nẵng") << QStringLiteral("Da Nang");
        QTest::newRow("robustness: decomposed text composed")
            << nfd(QStringLiteral("Quảng Trị")) << QStringLiteral("Quảng Trị") << QStringLiteral("Quang Tri");
        QTest::newRow("robustness: empty") << QString() << QString() << QString();
    }

    void makesIndexTexts()
    {
        QFETCH(QString, text);
        QFETCH(QString, exact);
        QFETCH(QString, folded);
        QCOMPARE(indexText(text), exact);
        QCOMPARE(foldedIndexText(text), folded);
    }

    // Terms, phrases and exclusions become quoted FTS5 strings and quoted
    // tsquery lexemes, and no typed character reaches either as syntax.
    void buildsExpressions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fts5Folded");
        QTest::addColumn<QString>("fts5Exact");
        QTest::addColumn<QString>("tsqueryFolded");
        QTest::addColumn<QString>("tsqueryExact");
        QTest::newRow("nominal: terms, an excluded phrase")
            << QStringLiteral("quảng trị -\"bão lũ\"")
            << QStringLiteral("{folded} : (\"quang\" AND \"tri\") NOT {folded} : (\"bao lu\")")
            << QStringLiteral("{exact} : (\"quảng\" AND \"trị\") NOT {exact} : (\"bão lũ\")")
            << QStringLiteral("'quang' & 'tri' & !('bao' <-> 'lu')")
            << QStringLiteral("'quảng' & 'trị' & !('bão' <-> 'lũ')");
        QTest::newRow("nominal: đ, lowercased only for PostgreSQL")
            << QStringLiteral("Đà Nẵng") << QStringLiteral("{folded} : (\"Da\" AND \"Nang\")")
            << QStringLiteral("{exact} : (\"Đà\" AND \"Nẵng\")") << QStringLiteral("'da' & 'nang'")
            << QStringLiteral("'đà' & 'nẵng'");
        QTest::newRow("nominal: two exclusions")
            << QStringLiteral("bão -quảng -\"đà nẵng\"")
            << QStringLiteral("{folded} : (\"bao\") NOT {folded} : (\"quang\" OR \"da nang\")")
            << QStringLiteral("{exact} : (\"bão\") NOT {exact} : (\"quảng\" OR \"đà nẵng\")")
            << QStringLiteral("'bao' & !'quang' & !('da' <-> 'nang')")
            << QStringLiteral("'bão' & !'quảng' & !('đà' <-> 'nẵng')");
        QTest::newRow("nominal: words joined by punctuation are a phrase")
            << QStringLiteral("covid-19") << QStringLiteral("{folded} : (\"covid 19\")")
            << QStringLiteral("{exact} : (\"covid 19\")") << QStringLiteral("('covid' <-> '19')")
            << QStringLiteral("('covid' <-> '19')");
        QTest::newRow("robustness: decomposed input")
            << nfd(QStringLiteral("Quảng Trị")) << QStringLiteral("{folded} : (\"Quang\" AND \"Tri\")")
            << QStringLiteral("{exact} : (\"Quảng\" AND \"Trị\")") << QStringLiteral("'quang' & 'tri'")
            << QStringLiteral("'quảng' & 'trị'");
        QTest::newRow("robustness: single quotes")
            << QStringLiteral("O'Brien's") << QStringLiteral("{folded} : (\"O Brien s\")")
            << QStringLiteral("{exact} : (\"O Brien s\")") << QStringLiteral("('o' <-> 'brien' <-> 's')")
            << QStringLiteral("('o' <-> 'brien' <-> 's')");
        QTest::newRow("robustness: SQL injection")
            << QStringLiteral("'; DROP TABLE articles; --")
            << QStringLiteral("{folded} : (\"DROP\" AND \"TABLE\" AND \"articles\")")
            << QStringLiteral("{exact} : (\"DROP\" AND \"TABLE\" AND \"articles\")")
            << QStringLiteral("'drop' & 'table' & 'articles'") << QStringLiteral("'drop' & 'table' & 'articles'");
        QTest::newRow("robustness: FTS5 and tsquery operators")
            << QStringLiteral("a* & !b | c:* NEAR(d <-> e)")
            << QStringLiteral("{folded} : (\"a\" AND \"b\" AND \"c\" AND \"NEAR d\" AND \"e\")")
            << QStringLiteral("{exact} : (\"a\" AND \"b\" AND \"c\" AND \"NEAR d\" AND \"e\")")
            << QStringLiteral("'a' & 'b' & 'c' & ('near' <-> 'd') & 'e'")
            << QStringLiteral("'a' & 'b' & 'c' & ('near' <-> 'd') & 'e'");
        QTest::newRow("robustness: unbalanced quote is punctuation")
            << QStringLiteral("\"bão lũ") << QStringLiteral("{folded} : (\"bao\" AND \"lu\")")
            << QStringLiteral("{exact} : (\"bão\" AND \"lũ\")") << QStringLiteral("'bao' & 'lu'")
            << QStringLiteral("'bão' & 'lũ'");
        QTest::newRow("robustness: quote inside a word is punctuation")
            << QStringLiteral("a\"b c\"") << QStringLiteral("{folded} : (\"a b\" AND \"c\")")
            << QStringLiteral("{exact} : (\"a b\" AND \"c\")") << QStringLiteral("('a' <-> 'b') & 'c'")
            << QStringLiteral("('a' <-> 'b') & 'c'");
        QTest::newRow("robustness: repeats dropped")
            << QStringLiteral("huế Huế hue \"huế\" -bão -Bão")
            << QStringLiteral("{folded} : (\"hue\") NOT {folded} : (\"bao\")")
            << QStringLiteral("{exact} : (\"huế\" AND \"hue\") NOT {exact} : (\"bão\")")
            << QStringLiteral("'hue' & !'bao'") << QStringLiteral("'huế' & 'hue' & !'bão'");
    }

    void buildsExpressions()
    {
        QFETCH(QString, text);
        auto query = SearchQuery::parse(text);
        QVERIFY2(query.ok(), qPrintable(query.error().message));
        QTEST(query->fts5Folded(), "fts5Folded");
        QTEST(query->fts5Exact(), "fts5Exact");
        QTEST(query->tsqueryFolded(), "tsqueryFolded");
        QTEST(query->tsqueryExact(), "tsqueryExact");
    }

    // A query with nothing to search for is an error value with a message.
    void rejectsEmptyQueries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("robustness: empty") << QString();
        QTest::newRow("robustness: whitespace only") << QStringLiteral(" \t\n\u00a0 ");
        QTest::newRow("robustness: punctuation only") << QStringLiteral("* ^ : ( ) { } -- '\"");
        QTest::newRow("robustness: lone quote") << QStringLiteral("\"");
        QTest::newRow("robustness: empty phrase") << QStringLiteral("\"\" -\"!\"");
        QTest::newRow("robustness: lone combining mark") << QStringLiteral("\u0301");
        QTest::newRow("robustness: only exclusions") << QStringLiteral("-bão -\"đà nẵng\"");
    }

    void rejectsEmptyQueries()
    {
        QFETCH(QString, text);
        auto query = SearchQuery::parse(text);
        QVERIFY(!query.ok());
        QCOMPARE(query.error().code, ErrorCode::InvalidInput);
        QVERIFY(!query.error().message.isEmpty());
        QVERIFY(!query.error().message.contains(u'\n'));
    }

    // Against a real FTS5 table: the folded expression finds exactly the
    // rows expected, the exact one only those with the diacritics as typed,
    // and hostile input runs without an SQL error and matches literally.
    void matchesFts5Rows_data()
    {
        using Rows = QList<qlonglong>;
        QTest::addColumn<QString>("text");
        QTest::addColumn<Rows>("folded");
        QTest::addColumn<Rows>("exact");
        QTest::newRow("nominal: without accents") << QStringLiteral("quang tri") << Rows{1, 3} << Rows{3};
        QTest::newRow("nominal: with accents") << QStringLiteral("quảng trị") << Rows{1, 3} << Rows{1};
        QTest::newRow("nominal: d for đ") << QStringLiteral("da nang") << Rows{2, 4} << Rows{};
        QTest::newRow("nominal: đ") << QStringLiteral("đà nẵng") << Rows{2, 4} << Rows{2, 4};
        QTest::newRow("nominal: capitals") << QStringLiteral("ĐÀ NẴNG") << Rows{2, 4} << Rows{2, 4};
        QTest::newRow("nominal: one tone differs") << QStringLiteral("bao") << Rows{1, 2} << Rows{};
        QTest::newRow("nominal: phrase") << QStringLiteral("\"thanh pho da nang\"") << Rows{4} << Rows{};
        QTest::newRow("nominal: phrase word order") << QStringLiteral("\"nang da\"") << Rows{} << Rows{};
        QTest::newRow("nominal: exclusion") << QStringLiteral("đà nẵng -bão") << Rows{4} << Rows{4};
        QTest::newRow("nominal: excluded phrase") << QStringLiteral("quang tri -\"bao lu\"") << Rows{3} << Rows{3};
        QTest::newRow("nominal: excluded phrase absent")
            << QStringLiteral("bão -\"lũ bão\"") << Rows{1, 2} << Rows{1, 2};
        QTest::newRow("robustness: decomposed query") << nfd(QStringLiteral("Quảng Trị")) << Rows{1, 3} << Rows{1};
        QTest::newRow("robustness: decomposed stored text") << QStringLiteral("hội an") << Rows{6} << Rows{6};
        QTest::newRow("robustness: unbalanced quote") << QStringLiteral("\"bão lũ") << Rows{1} << Rows{1};
        QTest::newRow("robustness: quote and OR") << QStringLiteral("\" OR 1=1 --") << Rows{5} << Rows{5};
        QTest::newRow("robustness: column filter") << QStringLiteral("title:x") << Rows{5} << Rows{5};
        QTest::newRow("robustness: column filter absent") << QStringLiteral("exact:quảng") << Rows{} << Rows{};
        QTest::newRow("robustness: NEAR") << QStringLiteral("NEAR(a b)") << Rows{5} << Rows{5};
        QTest::newRow("robustness: prefix") << QStringLiteral("a*") << Rows{5} << Rows{5};
        QTest::newRow("robustness: prefix finds no longer word") << QStringLiteral("Quản*") << Rows{} << Rows{};
        QTest::newRow("robustness: initial token") << QStringLiteral("^x") << Rows{5} << Rows{5};
        QTest::newRow("robustness: SQL injection")
            << QStringLiteral("'; DROP TABLE articles; --") << Rows{5} << Rows{5};
        QTest::newRow("robustness: operators as words") << QStringLiteral("bão AND OR NOT") << Rows{} << Rows{};
        QTest::newRow("robustness: braces") << QStringLiteral("{exact folded} : bão") << Rows{} << Rows{};
        QTest::newRow("robustness: 10 000 characters, one word")
            << QStringLiteral("quảng trị ").repeated(1000) << Rows{1, 3} << Rows{1};
        QString distinct;
        for (int i = 0; distinct.size() < 10000; ++i)
            distinct += QStringLiteral("t%1 ").arg(i);
        QTest::newRow("robustness: 10 000 characters, many words") << distinct.left(10000) << Rows{} << Rows{};
        QTest::newRow("robustness: 10 000-character phrase")
            << u'"' + QStringLiteral("bão ").repeated(2500) + u'"' << Rows{} << Rows{};
    }

    void matchesFts5Rows()
    {
        QFETCH(QString, text);
        auto query = SearchQuery::parse(text);
        QVERIFY2(query.ok(), qPrintable(query.error().message));
        QTEST(matchingRows(query->fts5Folded()), "folded");
        QTEST(matchingRows(query->fts5Exact()), "exact");
        QCOMPARE(matchingRows(QStringLiteral("{folded} : \"quang\"")), (QList<qlonglong>{1, 3}));
    }

    // Highlighting uses the folded, lowercased words searched for, not the
    // excluded ones.
    void listsHighlightWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("nominal: terms and a phrase")
            << QStringLiteral("Đà \"Nẵng đón\" -bão")
            << (QStringList{QStringLiteral("da"), QStringLiteral("nang"), QStringLiteral("don")});
        QTest::newRow("robustness: repeats once")
            << QStringLiteral("Huế hue \"huế\"") << QStringList{QStringLiteral("hue")};
    }

    void listsHighlightWords()
    {
        QFETCH(QString, text);
        auto query = SearchQuery::parse(text);
        QVERIFY2(query.ok(), qPrintable(query.error().message));
        QTEST(query->highlightWords(), "words");
    }

    // The extract shows the original text with its diacritics, marks whole
    // words found without regard to accents or case, and is cut at spaces.
    void makesSnippets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("maxChars");
        QTest::addColumn<QString>("snippet");
        const QString report = QStringLiteral(
            "Sáng nay, đoàn công tác của tỉnh đã làm việc với lãnh đạo thành phố Đà Nẵng về hợp tác du lịch "
            "và phát triển hạ tầng giao thông trong giai đoạn tới.");
        QTest::newRow("nominal: da nang marks Đà Nẵng")
            << QStringLiteral("…thành phố Đà Nẵng…") << QStringLiteral("da nang") << 160
            << QStringLiteral("…thành phố [Đà Nẵng]…");
        QTest::newRow("nominal: every match") << QStringLiteral("Bão đổ bộ; sau bão, mưa lớn.") << QStringLiteral("BAO")
                                              << 160 << QStringLiteral("[Bão] đổ bộ; sau [bão], mưa lớn.");
        QTest::newRow("nominal: whole words") << QStringLiteral("Trịnh Công Sơn về Quảng Trị") << QStringLiteral("tri")
                                              << 160 << QStringLiteral("Trịnh Công Sơn về Quảng [Trị]");
        QTest::newRow("nominal: cut around the fullest match, not an earlier đã")
            << report << QStringLiteral("đà nẵng") << 60
            << QStringLiteral("…đạo thành phố [Đà Nẵng] về hợp tác du lịch và phát triển hạ…");
        QTest::newRow("nominal: match near the end, not an earlier đoàn")
            << report << QStringLiteral("giai đoạn") << 60
            << QStringLiteral("…lịch và phát triển hạ tầng giao thông trong "
                              "[giai đoạn] tới.");
        QTest::newRow("nominal: no match, the start")
            << report << QStringLiteral("Huế") << 40 << QStringLiteral("Sáng nay, đoàn công tác của tỉnh đã làm…");
        QTest::newRow("nominal: punctuation kept") << QStringLiteral("(Đà Nẵng), Huế") << QStringLiteral("da nang")
                                                   << 160 << QStringLiteral("([Đà Nẵng]), Huế");
        QTest::newRow("nominal: exclusions not marked")
            << QStringLiteral("Quảng Trị, Quảng Nam") << QStringLiteral("quảng -trị") << 160
            << QStringLiteral("[Quảng] Trị, [Quảng] Nam");
        QTest::newRow("robustness: decomposed text") << nfd(QStringLiteral("Phố cổ Hội An")) << QStringLiteral("hoi an")
                                                     << 160 << QStringLiteral("Phố cổ [Hội An]");
        QTest::newRow("robustness: decomposed query") << QStringLiteral("Phố cổ Hội An") << nfd(QStringLiteral("HỘI"))
                                                      << 160 << QStringLiteral("Phố cổ [Hội] An");
        QTest::newRow("robustness: whitespace collapsed")
            << QStringLiteral("Đà\n\n  Nẵng\tđón") << QStringLiteral("da nang") << 160
            << QStringLiteral("[Đà Nẵng] đón");
        QTest::newRow("robustness: a long word left out whole")
            << QStringLiteral("Xin chào ") + QStringLiteral("a").repeated(50) << QStringLiteral("xyz") << 20
            << QStringLiteral("Xin chào…");
        QTest::newRow("robustness: a word longer than the extract") << QStringLiteral("a").repeated(
            50) << QStringLiteral("xyz") << 20 << QStringLiteral("a").repeated(19) + QStringLiteral("…");
        QTest::newRow("robustness: match cut by a tiny extract")
            << QStringLiteral("Một hai ba Đà Nẵng bốn năm") << QStringLiteral("da nang") << 5
            << QStringLiteral("…[Đà]…");
        QTest::newRow("robustness: limit below 3")
            << QStringLiteral("Một hai ba Đà Nẵng bốn năm") << QStringLiteral("da nang") << 0
            << QStringLiteral("…[Đ]…");
        QTest::newRow("robustness: empty text") << QString() << QStringLiteral("huế") << 160 << QString();
    }

    void makesSnippets()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(int, maxChars);
        auto parsed = SearchQuery::parse(query);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QTEST(searchSnippet(text, parsed.value(), maxChars, QStringLiteral("["), QStringLiteral("]")), "snippet");
    }

    // However short the limit, the extract stays within it and its matches
    // lie inside it, on the words searched for.
    void keepsSnippetsWithinLimit()
    {
        const QString text = QStringLiteral("Chiều 12/3, tại thành phố Đà Nẵng, Sở Du lịch tổ chức hội nghị "
                                            "xúc tiến du lịch với các tỉnh miền Trung: Quảng Trị, Huế, Quảng Nam.");
        const auto query = SearchQuery::parse(QStringLiteral("quang tri"));
        QVERIFY(query.ok());
        for (int maxChars = 3; maxChars <= text.size() + 1; ++maxChars) {
            const SearchExtract extract = searchExtract(text, query.value(), maxChars);
            QVERIFY2(extract.text.size() <= maxChars, qPrintable(extract.text));
            QVERIFY2(!extract.matches.isEmpty() || maxChars < 11, qPrintable(extract.text));
            for (const SearchExtract::Range &match : extract.matches) {
                QVERIFY(match.begin >= 0 && match.begin < match.end && match.end <= extract.text.size());
                const QString marked = extract.text.sliced(match.begin, match.end - match.begin);
                QVERIFY2(QStringLiteral("Quảng Trị").contains(marked), qPrintable(marked));
            }
        }
    }

    // For rich text the extract is HTML-escaped and the markers are not.
    void escapesHtmlSnippets()
    {
        const auto query = SearchQuery::parse(QStringLiteral("da nang"));
        QVERIFY(query.ok());
        QCOMPARE(searchSnippet(QStringLiteral("a < b & \"Đà Nẵng\""), query.value(), 160, QStringLiteral("<b>"),
                     QStringLiteral("</b>"), SnippetFormat::Html),
            QStringLiteral("a &lt; b &amp; &quot;<b>Đà Nẵng</b>&quot;"));
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
