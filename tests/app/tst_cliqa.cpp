// portaldesk-cli qa … and agency …, on both backends with an SQLite
// portal, as README documents them: the whole path from the form's row to
// the published answer, --json lists with their fields, the asker's
// contact details only for the question staff and chief editors, the exit
// codes (2 bad input, 3 not allowed, 5 not found, 6 rows the pull refused).
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
#include <QTimeZone>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

// The province's day, as the CLI counts due dates in it (UTC+7): from
// 17:00 UTC on, a day ahead of a machine on UTC.
QDate provinceToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone::fromSecondsAheadOfUtc(7 * 3600)).date();
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

const QString first = u"0b7e4b1e-8f61-4a52-9d3c-1a2b3c4d5e01"_s;
const QString second = u"0b7e4b1e-8f61-4a52-9d3c-1a2b3c4d5e02"_s;
const QString email = u"hoa.nt@example.vn"_s;
const QString phone = u"0913 456 789"_s;

} // namespace

class TestCliQa : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_portal;

    Run cli(const QStringList &arguments, const QString &as = {})
    {
        Run run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        qputenv("PORTALDESK_PASSWORD", "demo");
        QStringList full{u"portaldesk-cli"_s, u"--db"_s, m_url, u"--portal"_s, u"sqlite:"_s + m_portal};
        if (!as.isEmpty())
            full << u"--as"_s << as;
        CliRunner runner(out, err);
        run.code = runner.run(full + arguments);
        out.flush();
        err.flush();
        return run;
    }

    bool onPortal(const QStringList &statements)
    {
        bool done = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"portal-form"_s);
            db.setDatabaseName(m_portal);
            done = db.open();
            QSqlQuery query(db);
            for (const QString &statement : statements)
                done = done && query.exec(statement);
        }
        QSqlDatabase::removeDatabase(u"portal-form"_s);
        return done;
    }

    QJsonArray list(const QStringList &more = {}, const QString &as = {})
    {
        const Run run = cli(QStringList{u"qa"_s, u"list"_s, u"--json"_s} + more, as);
        if (run.code != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addColumn(); }
    void cleanupTestCase() { TestBackends::dropPostgresDatabase(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        QString problem;
        m_url = TestBackends::freshNewsroomUrl(backend, m_dir, &problem);
        QVERIFY2(!m_url.isEmpty(), qPrintable(problem));
        m_portal = m_dir.filePath(u"portal-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_portal);
        QVERIFY2(cli({u"init"_s, u"--demo"_s}).code == 0, "init --demo");
        // The demo's own questions and agencies go: these tests count theirs.
        const QStringList clear{u"DELETE FROM question_askers"_s, u"DELETE FROM question_outbox"_s, u"DELETE FROM questions"_s,
                                u"DELETE FROM qa_agencies"_s};
        if (backend == u"postgresql") {
            QCOMPARE(TestBackends::onServer(TestBackends::postgresDatabase(), clear), QString());
        } else {
            QSqlDatabase::removeDatabase(u"owner"_s);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"owner"_s);
                db.setDatabaseName(m_url);
                QVERIFY(db.open());
                QSqlQuery query(db);
                for (const QString &statement : clear)
                    QVERIFY(query.exec(statement));
            }
            QSqlDatabase::removeDatabase(u"owner"_s);
        }
        const Run portal = cli({u"portal"_s, u"init"_s});
        QVERIFY2(portal.code == 0, qPrintable(portal.err));
        QVERIFY(onPortal({u"INSERT INTO portal_questions (uuid, asker_name, asker_email, asker_phone, asker_address, title, body,"
                          " submitted_at) VALUES ('%1', 'Nguyễn Thị Hoa', '%2', '%3', 'xã Triệu Độ, huyện Triệu Phong',"
                          " 'Hỗ trợ học phí cho học sinh dân tộc thiểu số', 'Con tôi học lớp 10 ...', '2026-12-01T01:00:00.000Z')"_s
                              .arg(first, email, phone),
                          u"INSERT INTO portal_questions (uuid, asker_name, title, body, submitted_at) VALUES ('%1', 'Hồ Văn Sơn',"
                          " 'Đăng ký kinh doanh hộ cá thể', 'Thủ tục như thế nào?', '2026-12-02T01:00:00.000Z')"_s.arg(second),
                          u"INSERT INTO portal_questions (uuid, asker_name, title, body, submitted_at) VALUES ('not a uuid!', 'x', 'x', 'x',"
                          " '2026-12-02T01:00:00.000Z')"_s}));
        QCOMPARE(cli({u"agency"_s, u"add"_s, u"Sở Giáo dục và Đào tạo"_s}, u"admin"_s).code, 0);
        QCOMPARE(cli({u"agency"_s, u"add"_s, u"Sở Kế hoạch và Đầu tư"_s}, u"admin"_s).code, 0);
    }

    void fromTheFormToThePortal()
    {
        QCOMPARE(cli({u"agency"_s, u"add"_s, u"Sở Y tế"_s}, u"qa"_s).code, 3);
        const Run pull = cli({u"qa"_s, u"pull"_s, u"--json"_s}, u"qa"_s);
        QCOMPARE(pull.code, 6);  // one row refused, one line for it
        QCOMPARE(pull.err.count(u'\n'), 1);
        QVERIFY2(pull.err.contains(u"not a uuid!"_s), qPrintable(pull.err));
        QCOMPARE(QJsonDocument::fromJson(pull.out.toUtf8()).object().value(u"added"_s).toInt(), 2);
        QCOMPARE(cli({u"qa"_s, u"pull"_s}, u"reporter"_s).code, 3);

        const QJsonArray all = list();
        QCOMPARE(all.size(), 2);
        const QJsonObject row = all.at(1).toObject();
        QCOMPARE(QStringList(row.keys()), (QStringList{u"agency"_s, u"asker"_s, u"due"_s, u"id"_s, u"overdue"_s, u"received"_s,
                                                       u"state"_s, u"title"_s}));
        QCOMPARE(row.value(u"id"_s).toString(), first);
        QCOMPARE(row.value(u"asker"_s).toString(), u"Nguyễn Thị Hoa"_s);
        QCOMPARE(row.value(u"state"_s).toString(), u"received"_s);

        // Typed without accents, the agency is found; the due date is ten
        // working days on unless given.
        const Run assign = cli({u"qa"_s, u"assign"_s, first, u"--agency"_s, u"so giao duc va dao tao"_s}, u"qa"_s);
        QVERIFY2(assign.code == 0, qPrintable(assign.err));
        const Run workdays = cli({u"qa"_s, u"workdays"_s, u"--from"_s, provinceToday().toString(Qt::ISODate), u"--days"_s, u"10"_s});
        QCOMPARE(workdays.code, 0);
        QCOMPARE(assign.out.trimmed().section(u'\t', 1), workdays.out.trimmed());
        QCOMPARE(cli({u"qa"_s, u"assign"_s, second, u"--agency"_s, u"Sở Không Có"_s}, u"qa"_s).code, 5);
        QCOMPARE(cli({u"qa"_s, u"assign"_s, second, u"--agency"_s, u"Sở Kế hoạch và Đầu tư"_s, u"--due"_s, u"31/12/2026"_s}, u"qa"_s).code, 2);
        QCOMPARE(cli({u"qa"_s, u"assign"_s, second, u"--agency"_s, u"Sở Kế hoạch và Đầu tư"_s, u"--due"_s, u"2099-12-31"_s}, u"qa"_s).code, 0);
        QCOMPARE(list({u"--agency"_s, u"Sở Kế hoạch và Đầu tư"_s}).size(), 1);
        QCOMPARE(list({u"--state"_s, u"assigned"_s}).size(), 2);
        QCOMPARE(cli({u"qa"_s, u"list"_s, u"--state"_s, u"nonsense"_s}).code, 2);

        QFile answer(m_dir.filePath(u"answer.md"_s));
        QVERIFY(answer.open(QIODevice::WriteOnly));
        answer.write("Theo Nghị định 81/2021/NĐ-CP, học sinh người dân tộc thiểu số được miễn học phí.\n");
        answer.close();
        QCOMPARE(cli({u"qa"_s, u"answer"_s, first}, u"qa"_s).code, 2);
        const Run answered = cli({u"qa"_s, u"answer"_s, first, u"--body-file"_s, answer.fileName(), u"--letter"_s,
                                  u"Công văn số 2468/SGDĐT-KHTC"_s, u"--letter-date"_s, u"2026-12-04"_s}, u"qa"_s);
        QVERIFY2(answered.code == 0, qPrintable(answered.err));
        QCOMPARE(cli({u"qa"_s, u"submit"_s, first}, u"qa"_s).code, 0);
        QCOMPARE(cli({u"qa"_s, u"approve"_s, first}, u"editor"_s).code, 3);
        QCOMPARE(cli({u"qa"_s, u"return"_s, first}, u"chief"_s).code, 2);
        QCOMPARE(cli({u"qa"_s, u"approve"_s, first}, u"chief"_s).code, 0);
        QCOMPARE(cli({u"qa"_s, u"publish"_s, first}, u"chief"_s).code, 0);
        const Run sync = cli({u"sync"_s, u"--json"_s}, u"chief"_s);
        QVERIFY2(sync.code == 0, qPrintable(sync.err));
        QCOMPARE(QJsonDocument::fromJson(sync.out.toUtf8()).object().value(u"answers_sent"_s).toInt(), 1);
        QCOMPARE(QJsonDocument::fromJson(cli({u"sync"_s, u"--json"_s}, u"chief"_s).out.toUtf8()).object().value(u"answers_sent"_s).toInt(), 0);

        // Contact details: shown to the question staff and the chief, to no one else.
        for (const QString &login : {u"qa"_s, u"chief"_s}) {
            const Run show = cli({u"qa"_s, u"show"_s, first, u"--json"_s}, login);
            QCOMPARE(show.code, 0);
            QCOMPARE(QJsonDocument::fromJson(show.out.toUtf8()).object().value(u"contact"_s).toObject().value(u"email"_s).toString(), email);
        }
        for (const QString &login : {u"editor"_s, u"reporter"_s, u"admin"_s, QString()}) {
            for (const QStringList &command : {QStringList{u"qa"_s, u"show"_s, first, u"--json"_s}, QStringList{u"qa"_s, u"list"_s, u"--json"_s},
                                               QStringList{u"qa"_s, u"show"_s, first}, QStringList{u"qa"_s, u"overdue"_s, u"--json"_s}}) {
                const Run run = cli(command, login);
                QCOMPARE(run.code, 0);
                QVERIFY2(!run.out.contains(email) && !run.out.contains(phone), qPrintable(login + u": "_s + run.out));
            }
        }
        const Run stats = cli({u"qa"_s, u"stats"_s, u"--month"_s, provinceToday().toString(u"yyyy-MM"_s), u"--json"_s});
        QCOMPARE(stats.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(stats.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(cli({u"qa"_s, u"stats"_s}).code, 2);
        QCOMPARE(cli({u"qa"_s, u"show"_s, u"no-such-question"_s}).code, 5);
    }

    // Bytes that are not UTF-8 (an SQLite portal keeps what it is given):
    // refused with a line naming the row and why, and left whole on the portal.
    void textThatIsNotUtf8IsRefused()
    {
        QVERIFY(onPortal({u"INSERT INTO portal_questions (uuid, asker_name, asker_email, title, body, submitted_at) VALUES"
                          " ('0b7e4b1e-8f61-4a52-9d3c-1a2b3c4d5e09', 'Lê Văn Tâm', 'tam@example.vn', 'Hỏi', CAST(X'48C328' AS TEXT),"
                          " '2026-12-03T01:00:00.000Z')"_s}));
        const Run pull = cli({u"qa"_s, u"pull"_s}, u"qa"_s);
        QCOMPARE(pull.code, 6);
        QCOMPARE(pull.err.count(u'\n'), 2);
        QVERIFY2(pull.err.contains(u"0b7e4b1e-8f61-4a52-9d3c-1a2b3c4d5e09"_s) && pull.err.contains(u"UTF-8"_s), qPrintable(pull.err));
        QCOMPARE(list().size(), 2);
        bool kept = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"portal-check"_s);
            db.setDatabaseName(m_portal);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT status, asker_email FROM portal_questions WHERE uuid = '0b7e4b1e-8f61-4a52-9d3c-1a2b3c4d5e09'"_s));
            kept = query.next() && query.value(0).toString() == u"refused" && query.value(1).toString() == u"tam@example.vn";
        }
        QSqlDatabase::removeDatabase(u"portal-check"_s);
        QVERIFY(kept);
    }

    void workdaysAndCalendar()
    {
        const Run tet = cli({u"qa"_s, u"workdays"_s, u"--from"_s, u"2025-01-24"_s, u"--days"_s, u"10"_s});
        QCOMPARE(tet.code, 0);
        QCOMPARE(tet.out, u"2025-02-14\n"_s);
        QCOMPARE(cli({u"qa"_s, u"workdays"_s, u"--from"_s, u"2025-02-30"_s, u"--days"_s, u"10"_s}).code, 2);
        QCOMPARE(cli({u"qa"_s, u"workdays"_s, u"--from"_s, u"2025-01-24"_s, u"--days"_s, u"-1"_s}).code, 2);
        QCOMPARE(cli({u"qa"_s, u"calendar"_s, u"set"_s, u"2025-02-03"_s, u"work"_s}, u"qa"_s).code, 3);
        QCOMPARE(cli({u"qa"_s, u"calendar"_s, u"set"_s, u"2025-02-03"_s, u"work"_s, u"--reason"_s, u"Tết Ất Tỵ"_s}, u"admin"_s).code, 0);
        QCOMPARE(cli({u"qa"_s, u"calendar"_s, u"set"_s, u"2025-01-27"_s, u"off"_s}, u"admin"_s).code, 0);
        QCOMPARE(cli({u"qa"_s, u"workdays"_s, u"--from"_s, u"2025-01-24"_s, u"--days"_s, u"1"_s}).out, u"2025-02-03\n"_s);
        QCOMPARE(cli({u"qa"_s, u"calendar"_s, u"list"_s}).out.count(u'\n'), 2);
        QCOMPARE(cli({u"qa"_s, u"calendar"_s, u"unset"_s, u"2025-02-03"_s}, u"admin"_s).code, 0);
        QCOMPARE(cli({u"qa"_s, u"workdays"_s, u"--from"_s, u"2025-01-24"_s, u"--days"_s, u"1"_s}).out, u"2025-02-04\n"_s);
        QCOMPARE(cli({u"qa"_s, u"calendar"_s, u"set"_s, u"2025-02-03"_s, u"holiday"_s}, u"admin"_s).code, 2);
        QCOMPARE(cli({u"qa"_s, u"erase-expired"_s}, u"qa"_s).code, 3);
        QCOMPARE(cli({u"qa"_s, u"erase-expired"_s}, u"admin"_s).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliQa)
#include "tst_cliqa.moc"
