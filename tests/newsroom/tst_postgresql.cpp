// The PostgreSQL server that packaging/devenv test starts: Qt's QPSQL driver
// reaches it through the PG* environment and Vietnamese text survives the
// round trip. The shared-newsroom backend builds on exactly this.
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestPostgreSql : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase m_db;

private Q_SLOTS:
    void initTestCase()
    {
        const auto env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("PGHOST")) && !env.contains(QStringLiteral("PGPORT")))
            QFAIL("No PostgreSQL server: PGHOST/PGPORT are not set. Run the suite with 'packaging/devenv test'.");
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), "Qt's PostgreSQL driver is installed");
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg"));
        // libpq reads PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE itself.
        QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("pg"));
    }

    void serverSpeaksUtf8()
    {
        QSqlQuery query(m_db);
        QVERIFY(query.exec(QStringLiteral("SHOW server_encoding")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("UTF8"));
    }

    void vietnameseRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("nominal: composed") << QStringLiteral("Ủy ban nhân dân tỉnh Quảng Trị — Đà Nẵng");
        QTest::newRow("robustness: decomposed") << QStringLiteral("Quảng Trị").normalized(QString::NormalizationForm_D);
        QTest::newRow("robustness: quotes") << QStringLiteral("'; DROP TABLE t; --");
    }

    // Bound values come back exactly as sent, in a transaction that leaves
    // nothing behind.
    void vietnameseRoundTrip()
    {
        QFETCH(QString, text);
        QVERIFY(m_db.transaction());
        QSqlQuery query(m_db);
        QVERIFY2(query.exec(QStringLiteral("CREATE TEMPORARY TABLE t (body text)")), qPrintable(query.lastError().text()));
        query.prepare(QStringLiteral("INSERT INTO t (body) VALUES (?)"));
        query.addBindValue(text);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("SELECT body, length(body) FROM t")) && query.next());
        QCOMPARE(query.value(0).toString(), text);
        QCOMPARE(query.value(1).toInt(), int(text.toUcs4().size()));
        QVERIFY(m_db.rollback());
    }
};

QTEST_GUILESS_MAIN(TestPostgreSql)
#include "tst_postgresql.moc"
