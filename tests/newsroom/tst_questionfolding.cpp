// Schema 22 folds questions' titles with PostgreSQL's unaccent extension
// where the server has it (ServerRights::upgrade22), for speed. What the
// queue's search box matches must not change: the new pd_qa_fold() gives
// exactly what schema 20's did, for every ASCII character, every letter of
// Vietnamese in both cases and both normal forms, letters unaccent folds
// its own way, and the titles of the real legal texts in tests/data.
#include "newsroom.h"
#include "sqlsupport.h"
#include "testbackends.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

class TestQuestionFolding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString problem;
        m_url = TestBackends::freshNewsroomUrl(u"postgresql"_s, m_dir, &problem);
        QVERIFY2(!m_url.isEmpty(), qPrintable(problem));
        auto newsroom = Newsroom::open(NewsroomUrl::parse(m_url).value());
        QVERIFY2(newsroom, qPrintable(newsroom.error().message));
        m_newsroom = std::move(newsroom.value());
    }

    void cleanupTestCase()
    {
        m_newsroom.reset();
        TestBackends::dropPostgresDatabase();
    }

    // The test server is Debian's PostgreSQL with its contrib modules and
    // the newsroom was made by a superuser: the extension is there and used.
    void unaccentIsUsed()
    {
        QSqlQuery query(m_newsroom->database());
        QVERIFY(query.exec(u"SELECT prosrc FROM pg_proc WHERE proname = 'pd_qa_fold'"_s));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).toString().contains(u"unaccent("_s), qPrintable(query.value(0).toString()));
        QVERIFY(query.exec(u"SELECT pd_qa_fold('Đường Hồ Chí Minh qua Quảng Trị')"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"duong ho chi minh qua quang tri"_s);
    }

    void sameAsBefore()
    {
        QStringList texts;
        for (char16_t c = 1; c < 128; ++c)
            texts << QString(QChar(c));
        const QString vietnamese = u"aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"_s;
        for (const QChar c : vietnamese) {
            texts << QString(c) << QString(c).toUpper();
            texts << QString(c).normalized(QString::NormalizationForm_D) << QString(c).toUpper().normalized(QString::NormalizationForm_D);
        }
        // Letters unaccent folds its own way, or not at all; marks alone;
        // other scripts; a mix of Vietnamese with each.
        texts << u"æ"_s << u"Æsir"_s << u"Øresund"_s << u"straße"_s << u"ŀ"_s << u"ǅ"_s << u"İstanbul"_s << u"ﬁ"_s << u"Ⅻ"_s
              << u"\u0301"_s << u"a\u0323\u0302"_s << u"Ελλάδα"_s << u"Ёлка"_s << u"越南"_s << u"😀"_s << u"½ ² ™ © «»"_s
              << u"Hỏi về Æ"_s << u"Thủ tục – “cấp phép” … №5"_s << u"HỎI VỀ ĐẤT ĐAI"_s << QString();
        int titles = 0;
        QDirIterator files(QStringLiteral(PORTALDESK_TEST_DATA "/legal"), {u"*.txt"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.read(4096)).split(u'\n', Qt::SkipEmptyParts);
            texts << lines.mid(0, 12);
            ++titles;
        }
        QVERIFY(titles >= 400);

        QSqlQuery query(m_newsroom->database());
        QVERIFY(query.prepare(u"SELECT t, pd_qa_fold(t), old FROM (SELECT t, pg_catalog.translate(pg_catalog.regexp_replace("
                              "normalize(pg_catalog.lower(t), NFD), '[\\u0300-\\u036f]', '', 'g'), 'đ', 'd') AS old"
                              " FROM unnest(?::text[]) AS t) s WHERE pd_qa_fold(t) IS DISTINCT FROM old"_s));
        query.addBindValue(postgresArray(texts));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QStringList different;
        while (query.next())
            different << u"%1 → %2, was %3"_s.arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
        QVERIFY2(different.isEmpty(), qPrintable(different.join(u"; "_s)));

        // And most of the legal titles went the fast way.
        QVERIFY(query.prepare(u"SELECT count(*) FILTER (WHERE t ~ substring(p.prosrc FROM 'p_text ~ ''([^'']*)''')), count(*)"
                              " FROM unnest(?::text[]) AS t, pg_proc p WHERE p.proname = 'pd_qa_fold'"_s));
        query.addBindValue(postgresArray(texts));
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QVERIFY2(query.value(0).toInt() > query.value(1).toInt() / 2, qPrintable(query.value(0).toString()));
    }

private:
    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<Newsroom> m_newsroom;
};

QTEST_GUILESS_MAIN(TestQuestionFolding)
#include "tst_questionfolding.moc"
