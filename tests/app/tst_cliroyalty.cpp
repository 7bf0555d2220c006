// portaldesk-cli royalty …, on both backends, as README documents it:
// what each command prints and its exit codes (2 bad input, 3 not allowed,
// 4 a closed month). On PostgreSQL --as signs in as the staff member's own
// server role, so the server's functions decide.
#include "clirunner.h"
#include "testbackends.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

const QByteArray schedule = R"({"decision": "18/2014/NĐ-CP", "title": "Khung nhuận bút báo điện tử",
  "unit_value": [{"from": "2023-07-01", "dong": 180000}, {"from": "2024-07-01", "dong": 234000}],
  "categories": [{"code": "tin", "name": "Tin", "kind": "text", "min": 1, "max": 10},
                 {"code": "anh", "name": "Ảnh", "kind": "photo", "min": 1, "max": 5}],
  "remuneration": [{"code": "bien_tap", "name": "Biên tập", "percent": 10}],
  "withholding": {"threshold": 2000000, "rate": 0.10}})";

} // namespace

class TestCliRoyalty : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_backend;

    Run cli(const QStringList &arguments, const QString &as = {})
    {
        Run run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        qputenv("PORTALDESK_PASSWORD", "demo");
        QStringList full{u"portaldesk-cli"_s, u"--db"_s, m_url};
        if (!as.isEmpty())
            full << u"--as"_s << as;
        CliRunner runner(out, err);
        run.code = runner.run(full + arguments);
        out.flush();
        err.flush();
        return run;
    }

    // As the newsroom's owner: the day an article was first published.
    bool setPublished(const QString &id, const QString &stamp)
    {
        const QString statement = u"UPDATE articles SET first_published_at = '%1' WHERE id = '%2'"_s.arg(stamp, id);
        if (m_backend == u"postgresql")
            return TestBackends::onServer(TestBackends::postgresDatabase(), {statement}).isEmpty();
        bool done = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"owner"_s);
            db.setDatabaseName(m_url);
            done = db.open() && QSqlQuery(db).exec(statement);
        }
        QSqlDatabase::removeDatabase(u"owner"_s);
        return done;
    }

    QStringList published()
    {
        QStringList ids;
        const Run list = cli({u"article"_s, u"list"_s, u"--state"_s, u"published"_s, u"--json"_s});
        for (const QJsonValue value : QJsonDocument::fromJson(list.out.toUtf8()).array())
            ids << value.toObject().value(u"id"_s).toString();
        return ids;
    }

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addColumn(); }
    void cleanupTestCase() { TestBackends::dropPostgresDatabase(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_backend = backend;
        QString problem;
        m_url = TestBackends::freshNewsroomUrl(backend, m_dir, &problem);
        QVERIFY2(!m_url.isEmpty(), qPrintable(problem));
        const Run init = cli({u"init"_s, u"--demo"_s});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        QFile file(m_dir.filePath(u"schedule.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(schedule);
    }

    void scheduleImport()
    {
        const QString path = m_dir.filePath(u"schedule.json"_s);
        QCOMPARE(cli({u"royalty"_s, u"schedule"_s, u"import"_s, path}, u"reporter"_s).code, 3);
        QCOMPARE(cli({u"royalty"_s, u"schedule"_s, u"show"_s}).code, 5);
        const Run imported = cli({u"royalty"_s, u"schedule"_s, u"import"_s, path}, u"chief"_s);
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(u"18/2014/NĐ-CP"_s));
        const Run show = cli({u"royalty"_s, u"schedule"_s, u"show"_s, u"--json"_s});
        QCOMPARE(show.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(json.value(u"decision"_s).toString(), u"18/2014/NĐ-CP"_s);
        QCOMPARE(json.value(u"categories"_s).toArray().size(), 2);
        // A file that is not a schedule: one line, exit 2.
        QFile bad(m_dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"decision\": \"x\", \"categories\": []}");
        bad.close();
        const Run refused = cli({u"royalty"_s, u"schedule"_s, u"import"_s, bad.fileName()}, u"chief"_s);
        QCOMPARE(refused.code, 2);
        QCOMPARE(refused.err.count(u'\n'), 1);
        QVERIFY2(refused.err.contains(u"bad.json"_s), qPrintable(refused.err));
        QVERIFY(cli({u"royalty"_s, u"schedule"_s, u"import"_s, m_dir.filePath(u"missing.json"_s)}, u"chief"_s).code != 0);
    }

    void gradeExitCodes()
    {
        QCOMPARE(cli({u"royalty"_s, u"schedule"_s, u"import"_s, m_dir.filePath(u"schedule.json"_s)}, u"chief"_s).code, 0);
        const QStringList ids = published();
        QVERIFY(ids.size() >= 3);
        const QString id = ids.first();
        const auto grade = [&](const QStringList &more, const QString &as) {
            return cli(QStringList{u"royalty"_s, u"grade"_s, id, u"--category"_s, u"tin"_s} + more, as);
        };
        QCOMPARE(grade({u"--coefficient"_s, u"3"_s}, u"reporter"_s).code, 3);
        QCOMPARE(grade({u"--coefficient"_s, u"3"_s}, u"editor"_s).code, 3);
        QCOMPARE(grade({u"--coefficient"_s, u"11"_s}, u"chief"_s).code, 2);
        QCOMPARE(grade({u"--coefficient"_s, u"abc"_s}, u"chief"_s).code, 2);
        QCOMPARE(grade({u"--coefficient"_s, u"3"_s, u"--share"_s, u"reporter:60"_s, u"--share"_s, u"editor:30"_s}, u"chief"_s).code, 2);
        QCOMPARE(grade({u"--coefficient"_s, u"3"_s, u"--share"_s, u"reporter"_s}, u"chief"_s).code, 2);
        const Run draft = cli({u"article"_s, u"new"_s, u"--title"_s, u"Bản nháp"_s}, u"reporter"_s);
        const Run onDraft = cli({u"royalty"_s, u"grade"_s, draft.out.trimmed(), u"--category"_s, u"tin"_s, u"--coefficient"_s, u"3"_s}, u"chief"_s);
        QCOMPARE(onDraft.code, 2);
        const Run done = grade({u"--coefficient"_s, u"3.5"_s, u"--share"_s, u"reporter:70"_s, u"--share"_s, u"editor:30"_s,
                                u"--share"_s, u"editor:10:bien_tap"_s}, u"chief"_s);
        QVERIFY2(done.code == 0, qPrintable(done.err));
        const Run show = cli({u"royalty"_s, u"show"_s, id, u"--json"_s}, u"chief"_s);
        const QJsonArray grades = QJsonDocument::fromJson(show.out.toUtf8()).array();
        QCOMPARE(grades.size(), 1);
        QCOMPARE(grades.first().toObject().value(u"coefficient"_s).toString(), u"3.5"_s);
        QCOMPARE(grades.first().toObject().value(u"shares"_s).toArray().size(), 3);
        // Changed by running it again: the newest version is the base.
        QCOMPARE(grade({u"--coefficient"_s, u"4"_s}, u"chief"_s).code, 0);
    }

    void statementAndClosedMonth()
    {
        QCOMPARE(cli({u"royalty"_s, u"schedule"_s, u"import"_s, m_dir.filePath(u"schedule.json"_s)}, u"chief"_s).code, 0);
        const QStringList ids = published();
        // Two of July 2024 (unit value 234 000), one of June (180 000).
        QVERIFY(setPublished(ids.at(0), u"2024-07-02T02:00:00.000Z"_s));
        QVERIFY(setPublished(ids.at(1), u"2024-07-30T02:00:00.000Z"_s));
        QVERIFY(setPublished(ids.at(2), u"2024-06-30T16:59:00.000Z"_s));
        for (const QString &id : ids.mid(0, 3)) {
            const Run graded = cli({u"royalty"_s, u"grade"_s, id, u"--category"_s, u"tin"_s, u"--coefficient"_s, u"5"_s}, u"chief"_s);
            QVERIFY2(graded.code == 0, qPrintable(graded.err));
        }
        QCOMPARE(cli({u"royalty"_s, u"statement"_s, u"--month"_s, u"2024-07"_s, u"--json"_s}, u"reporter"_s).code, 3);
        QCOMPARE(cli({u"royalty"_s, u"statement"_s, u"--month"_s, u"7/2024"_s}, u"chief"_s).code, 2);
        QCOMPARE(cli({u"royalty"_s, u"statement"_s}, u"chief"_s).code, 2);
        const Run statement = cli({u"royalty"_s, u"statement"_s, u"--month"_s, u"2024-07"_s, u"--json"_s}, u"chief"_s);
        QVERIFY2(statement.code == 0, qPrintable(statement.err));
        const QJsonObject json = QJsonDocument::fromJson(statement.out.toUtf8()).object();
        QCOMPARE(json.value(u"month"_s).toString(), u"2024-07"_s);
        const QJsonArray lines = json.value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = lines.first().toObject();
        for (const char *key : {"login", "name", "items", "gross", "withheld", "net"})
            QVERIFY2(line.contains(QLatin1StringView(key)), key);
        QCOMPARE(line.value(u"login"_s).toString(), u"reporter"_s);
        QCOMPARE(line.value(u"items"_s).toInteger(), 2);
        // 2 × 5 × 234 000 = 2 340 000: at the threshold, 10 % withheld.
        QCOMPARE(line.value(u"gross"_s).toInteger(), 2340000);
        QCOMPARE(line.value(u"withheld"_s).toInteger(), 234000);
        QCOMPARE(json.value(u"total_net"_s).toInteger(), 2106000);
        QCOMPARE(json.value(u"total_withheld"_s).toInteger(), 234000);
        const Run june = cli({u"royalty"_s, u"statement"_s, u"--month"_s, u"2024-06"_s, u"--json"_s}, u"chief"_s);
        QCOMPARE(QJsonDocument::fromJson(june.out.toUtf8()).object().value(u"total_gross"_s).toInteger(), 900000);

        for (const QString &name : {u"bang.pdf"_s, u"bang.ods"_s, u"bang.csv"_s}) {
            const QString out = m_dir.filePath(name);
            QFile::remove(out);
            const Run written = cli({u"royalty"_s, u"statement"_s, u"--month"_s, u"2024-07"_s, u"--out"_s, out}, u"chief"_s);
            QVERIFY2(written.code == 0, qPrintable(written.err));
            QVERIFY(QFile(out).size() > 100);
        }
        QCOMPARE(cli({u"royalty"_s, u"statement"_s, u"--month"_s, u"2024-07"_s, u"--out"_s, m_dir.filePath(u"bang.xlsx"_s)}, u"chief"_s).code, 2);

        // Closed: grading exits 4, reopening needs a reason, then it works.
        QCOMPARE(cli({u"royalty"_s, u"close"_s, u"--month"_s, u"2024-07"_s}, u"editor"_s).code, 3);
        QCOMPARE(cli({u"royalty"_s, u"close"_s, u"--month"_s, u"2024-07"_s}, u"chief"_s).code, 0);
        const Run closed = cli({u"royalty"_s, u"grade"_s, ids.at(0), u"--category"_s, u"tin"_s, u"--coefficient"_s, u"6"_s}, u"chief"_s);
        QCOMPARE(closed.code, 4);
        QVERIFY2(closed.err.contains(u"closed"_s), qPrintable(closed.err));
        QCOMPARE(cli({u"royalty"_s, u"ungrade"_s, ids.at(0)}, u"chief"_s).code, 4);
        // June is open: its article still changes.
        QCOMPARE(cli({u"royalty"_s, u"grade"_s, ids.at(2), u"--category"_s, u"tin"_s, u"--coefficient"_s, u"6"_s}, u"chief"_s).code, 0);
        QCOMPARE(cli({u"royalty"_s, u"reopen"_s, u"--month"_s, u"2024-07"_s}, u"chief"_s).code, 2);
        QCOMPARE(cli({u"royalty"_s, u"reopen"_s, u"--month"_s, u"2024-07"_s, u"--reason"_s, u"Sai hệ số"_s}, u"chief"_s).code, 0);
        QCOMPARE(cli({u"royalty"_s, u"grade"_s, ids.at(0), u"--category"_s, u"tin"_s, u"--coefficient"_s, u"6"_s}, u"chief"_s).code, 0);
        const Run after = cli({u"royalty"_s, u"statement"_s, u"--month"_s, u"2024-07"_s, u"--json"_s}, u"chief"_s);
        QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8()).object().value(u"total_gross"_s).toInteger(), 2574000);
        // The month cannot close before it is over.
        QCOMPARE(cli({u"royalty"_s, u"close"_s, u"--month"_s, QDate::currentDate().toString(u"yyyy-MM"_s)}, u"chief"_s).code, 2);
        // The month's history, in the audit log.
        const Run history = cli({u"article"_s, u"history"_s, ids.at(0)}, u"chief"_s);
        QVERIFY2(history.out.contains(u"royalty.grade"_s), qPrintable(history.out));
    }

    void ungradedList()
    {
        QCOMPARE(cli({u"royalty"_s, u"schedule"_s, u"import"_s, m_dir.filePath(u"schedule.json"_s)}, u"chief"_s).code, 0);
        const QStringList ids = published();
        QVERIFY(setPublished(ids.at(0), u"2024-05-02T02:00:00.000Z"_s));
        QVERIFY(setPublished(ids.at(1), u"2024-05-03T02:00:00.000Z"_s));
        Run ungraded = cli({u"royalty"_s, u"ungraded"_s, u"--month"_s, u"2024-05"_s}, u"chief"_s);
        QCOMPARE(ungraded.code, 0);
        QCOMPARE(ungraded.out.count(u'\n'), 2);
        QCOMPARE(cli({u"royalty"_s, u"grade"_s, ids.at(0), u"--category"_s, u"tin"_s, u"--coefficient"_s, u"2"_s}, u"chief"_s).code, 0);
        ungraded = cli({u"royalty"_s, u"ungraded"_s, u"--month"_s, u"2024-05"_s}, u"chief"_s);
        QCOMPARE(ungraded.out.count(u'\n'), 1);
        QVERIFY(ungraded.out.startsWith(ids.at(1)));
    }
};

QTEST_MAIN(TestCliRoyalty)
#include "tst_cliroyalty.moc"
