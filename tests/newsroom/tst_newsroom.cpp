// Opening, creating and migrating the embedded newsroom, and refusing files
// that are not one without touching them.
#include "articlestore.h"
#include "migrations.h"
#include "newsroom.h"
#include "sqlsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace PortalDesk::Models;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Runs statements on a plain SQLite file (rollback journal, no WAL), the way
// a foreign program would have made it.
void makeSqliteFile(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace

class TestNewsroom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Stamps are written digit by digit: the same text as Qt's ISO format
    // of the time in UTC, for times in every zone, before 1970, in leap
    // years, at the ends of days and of the range; read back the same.
    void stampsAsQtWritesThem()
    {
        QList<QDateTime> times{
            QDateTime(QDate(2026, 11, 28), QTime(8, 0), QTimeZone::UTC),
            QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), QTimeZone::UTC),
            QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), QTimeZone::UTC),
            QDateTime(QDate(1900, 3, 1), QTime(0, 0), QTimeZone::UTC),
            QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::UTC),
            QDateTime(QDate(2026, 1, 1), QTime(6, 30), QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))),
            QDateTime(QDate(2026, 3, 29), QTime(2, 30), QTimeZone(QByteArrayLiteral("Europe/Berlin"))),
            QDateTime(QDate(2026, 7, 4), QTime(12, 0), QTimeZone::fromSecondsAheadOfUtc(-5 * 3600)),
        };
        QRandomGenerator random(20261207);
        for (int i = 0; i < 20000; ++i)
            times << QDateTime::fromMSecsSinceEpoch(random.bounded(qint64(-62'000'000'000'000), qint64(253'000'000'000'000)), QTimeZone::UTC);
        for (const QDateTime &time : std::as_const(times)) {
            QCOMPARE(toStamp(time), time.toUTC().toString(Qt::ISODateWithMs));
            QCOMPARE(fromStamp(toStamp(time)), time);
        }
        QCOMPARE(toStamp(QDateTime()), QString());
        // Outside years 1–9999, Qt's own text.
        const QDateTime far(QDate(-44, 3, 15), QTime(12, 0), QTimeZone::UTC);
        QCOMPARE(toStamp(far), far.toString(Qt::ISODateWithMs));
    }

    // A newsroom opened in an empty folder is created there, in WAL mode with
    // foreign keys on, and brought to the latest schema.
    void createsNewsroomInEmptyFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/folder/newsroom.sqlite"));
        auto opened = Newsroom::open(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        Newsroom &newsroom = *opened.value();
        QVERIFY(newsroom.isNew());
        QVERIFY(QFile::exists(path));
        QCOMPARE(newsroom.schemaVersion(), latestSchemaVersion());

        QSqlQuery query(newsroom.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")) && query.next());
        QCOMPARE(query.value(0).toInt(), int(newsroomMigrations().size()));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM articles")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    // Opening an existing, current newsroom changes nothing: no migration
    // runs again and the articles stay as they were.
    void reopeningIsANoOp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newsroom.sqlite"));
        QString appliedAt;
        QString id;
        {
            auto opened = Newsroom::open(path);
            QVERIFY(opened);
            ArticleStore store(*opened.value());
            auto created = store.create(Article{.title = QStringLiteral("Quảng Trị đón mưa lớn")});
            QVERIFY(created);
            id = created->id;
            QSqlQuery query(opened.value()->database());
            QVERIFY(query.exec(QStringLiteral("SELECT group_concat(applied_at) FROM schema_migrations")) && query.next());
            appliedAt = query.value(0).toString();
            // Fold the WAL into the main file so that its bytes can be compared.
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = digest(path);

        auto reopened = Newsroom::open(path);
        QVERIFY2(reopened, qPrintable(reopened.error().message));
        QVERIFY(!reopened.value()->isNew());
        QCOMPARE(reopened.value()->schemaVersion(), latestSchemaVersion());
        QSqlQuery query(reopened.value()->database());
        QVERIFY(query.exec(QStringLiteral("SELECT group_concat(applied_at) FROM schema_migrations")) && query.next());
        QCOMPARE(query.value(0).toString(), appliedAt);
        ArticleStore store(*reopened.value());
        auto article = store.load(id);
        QVERIFY(article);
        QCOMPARE(article->title, QStringLiteral("Quảng Trị đón mưa lớn"));
        QCOMPARE(digest(path), before);
    }

    // An empty file (as left by "touch") becomes a new newsroom.
    void emptyFileBecomesNewsroom()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        writeFile(path, {});
        auto opened = Newsroom::open(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QVERIFY(opened.value()->isNew());
        QCOMPARE(opened.value()->schemaVersion(), latestSchemaVersion());
    }

    void refusesWhatIsNotANewsroom_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");  // part of the message
        QTest::addColumn<int>("code");
        QTest::newRow("robustness: a text file") << "text" << "not an SQLite database" << int(ErrorCode::InvalidInput);
        QTest::newRow("robustness: a truncated header") << "truncated" << "not an SQLite database" << int(ErrorCode::InvalidInput);
        QTest::newRow("robustness: an SQLite header on garbage") << "garbage" << "damaged" << int(ErrorCode::InvalidInput);
        QTest::newRow("robustness: a damaged newsroom") << "damaged" << "damaged" << int(ErrorCode::InvalidInput);
        QTest::newRow("robustness: another program's database") << "foreign" << "not a PortalDesk newsroom" << int(ErrorCode::InvalidInput);
        QTest::newRow("robustness: a newer schema") << "newer" << "newer PortalDesk" << int(ErrorCode::InvalidInput);
        QTest::newRow("robustness: a folder") << "folder" << "is a folder" << int(ErrorCode::InvalidInput);
    }

    // Each of these is refused with a message that says why, and the file,
    // and the folder around it, are left exactly as they were.
    void refusesWhatIsNotANewsroom()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QFETCH(int, code);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newsroom.sqlite"));
        if (kind == u"text") {
            writeFile(path, QByteArrayLiteral("Tin bài: Hội nghị tổng kết năm 2026\n").repeated(20));
        } else if (kind == u"truncated") {
            writeFile(path, QByteArrayView("SQLite format 3\0", 16).toByteArray());
        } else if (kind == u"garbage") {
            QByteArray bytes = QByteArrayView("SQLite format 3\0", 16).toByteArray();
            bytes.append(QByteArray(8192, '\x5a'));
            writeFile(path, bytes);
        } else if (kind == u"damaged") {
            {
                auto opened = Newsroom::open(path);
                QVERIFY(opened);
                QSqlQuery(opened.value()->database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                QSqlQuery(opened.value()->database()).exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
            }
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(100));  // the schema page, just past the header
            file.write(QByteArray(3000, '\xff'));
        } else if (kind == u"foreign") {
            makeSqliteFile(path, {QStringLiteral("CREATE TABLE wp_posts (id INTEGER PRIMARY KEY, post_title TEXT)"),
                                  QStringLiteral("INSERT INTO wp_posts (post_title) VALUES ('Xin chào')")});
        } else if (kind == u"newer") {
            makeSqliteFile(path, {QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"),
                                  QStringLiteral("INSERT INTO schema_migrations VALUES (%1, '2030-01-01')").arg(latestSchemaVersion() + 1)});
        } else if (kind == u"folder") {
            QVERIFY(QDir().mkpath(path));
        }
        const QByteArray before = digest(path);
        const QStringList filesBefore = entries(dir.path());

        auto opened = Newsroom::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(expected), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(path), "the message names the file");
        QVERIFY(!opened.error().message.contains(u'\n'));
        QCOMPARE(int(opened.error().code), code);
        QCOMPARE(digest(path), before);
        QCOMPARE(entries(dir.path()), filesBefore);
    }

    // A folder that cannot be created gives an error, not a crash.
    void refusesUncreatableFolder()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        writeFile(blocker, "x");
        auto opened = Newsroom::open(blocker + QStringLiteral("/sub/newsroom.sqlite"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Failed);
        QVERIFY2(opened.error().message.contains(QStringLiteral("Cannot create the folder")), qPrintable(opened.error().message));
    }

    void parsesNewsroomUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("detail");  // path, or host|port|user|database
        QTest::newRow("nominal: plain path") << "/tmp/a b/tòa soạn.sqlite" << true << false << "/tmp/a b/tòa soạn.sqlite";
        QTest::newRow("nominal: sqlite: prefix") << "sqlite:relative/n.sqlite" << true << false << "relative/n.sqlite";
        QTest::newRow("nominal: full postgresql URL") << "postgresql://bientap@db.local:5433/portal" << true << true << "db.local|5433|bientap|portal";
        QTest::newRow("nominal: from the environment") << "postgresql:///portal" << true << true << "|-1||portal";
        QTest::newRow("nominal: postgres:// alias") << "postgres://localhost/portal" << true << true << "localhost|-1||portal";
        QTest::newRow("robustness: password in URL") << "postgresql://u:secret@host/db" << false << false << "";
        QTest::newRow("robustness: no database") << "postgresql://host/" << false << false << "";
        QTest::newRow("robustness: unknown scheme") << "mysql://host/db" << false << false << "";
        QTest::newRow("robustness: empty") << "  " << false << false << "";
    }

    // Newsroom URLs: files, sqlite:PATH, postgresql://; a password is refused.
    void parsesNewsroomUrls()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(bool, postgres);
        QFETCH(QString, detail);
        auto url = NewsroomUrl::parse(text);
        QCOMPARE(bool(url), ok);
        if (!ok) {
            QCOMPARE(url.error().code, ErrorCode::InvalidInput);
            QVERIFY(!url.error().message.contains(QStringLiteral("secret")));
            return;
        }
        QCOMPARE(url->backend == NewsroomUrl::Backend::PostgreSql, postgres);
        if (postgres) {
            QCOMPARE(QStringList({url->host, QString::number(url->port), url->user, url->database}).join(u'|'), detail);
            QVERIFY(!url->display().isEmpty());
        } else {
            QCOMPARE(url->path, detail);
        }
    }

    // A schema one step behind is brought forward (with one step today this
    // is the empty schema_migrations table of an interrupted first open).
    void migratesFromAnEarlierVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        makeSqliteFile(path, {QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")});
        auto opened = Newsroom::open(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QCOMPARE(opened.value()->schemaVersion(), latestSchemaVersion());
        QSqlQuery query(opened.value()->database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM articles")));
    }

    // A WriteTransaction opened inside another is a savepoint: its commit
    // waits for the outer one, its rollback undoes only its own work, and
    // the outer rollback undoes everything, committed savepoints included.
    void writeTransactionsNest()
    {
        QTemporaryDir dir;
        auto opened = Newsroom::open(dir.filePath(QStringLiteral("nested.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error().message));
        QSqlDatabase db = opened.value()->database();
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (v TEXT)")));
        const auto insert = [&](const char *value) {
            return query.exec(QStringLiteral("INSERT INTO t VALUES ('%1')").arg(QLatin1StringView(value)));
        };
        const auto values = [&] {
            QStringList all;
            if (query.exec(QStringLiteral("SELECT v FROM t ORDER BY v")))
                while (query.next())
                    all.append(query.value(0).toString());
            return all;
        };
        {
            WriteTransaction outer(db);
            QVERIFY(outer.begun());
            QVERIFY(insert("a"));
            {
                WriteTransaction kept(db);
                QVERIFY(kept.begun());
                QVERIFY(insert("b"));
                QVERIFY(kept.commit());
            }
            {
                WriteTransaction undone(db);  // rolled back when it goes
                QVERIFY(undone.begun());
                QVERIFY(insert("c"));
            }
            QCOMPARE(values(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
            QVERIFY(outer.commit());
        }
        QCOMPARE(values(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        {
            WriteTransaction outer(db);
            QVERIFY(insert("d"));
            WriteTransaction inner(db);
            QVERIFY(insert("e"));
            QVERIFY(inner.commit());
        }  // the outer one rolls back
        QCOMPARE(values(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        WriteTransaction again(db);  // nothing is left open
        QVERIFY2(again.begun(), qPrintable(again.error().message));
        QVERIFY(again.commit());
    }
};

QTEST_GUILESS_MAIN(TestNewsroom)
#include "tst_newsroom.moc"
