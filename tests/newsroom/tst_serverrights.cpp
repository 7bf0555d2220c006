// A shared newsroom's rights are held by the server: staff connecting with
// psql, past PortalDesk, can do no more than the desk lets them.
#include "articleactions.h"
#include "articlestore.h"
#include "clirunner.h"
#include "demodata.h"
#include "newsroom.h"
#include "userstore.h"

#include "testbackends.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

struct Psql {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestServerRights : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString problem;
        m_url = TestBackends::freshNewsroomUrl(u"postgresql"_s, m_dir, &problem);
        QVERIFY2(!m_url.isEmpty(), qPrintable(problem));
        QVERIFY2(!QStandardPaths::findExecutable(u"psql"_s).isEmpty(), "psql is not installed");
        // As in an office: the newsroom belongs to an ordinary role with
        // CREATEROLE, not to a superuser (who would pass every policy). The
        // PortalDesk roles already on this server (other tests made them)
        // are handed to it, as a DBA would.
        const QString problem2 = TestBackends::onServer(TestBackends::postgresDatabase(), {
            u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pd_owner') THEN"
            "  CREATE ROLE pd_owner LOGIN CREATEROLE PASSWORD 'owner-pw'; END IF; END $$"_s,
            u"DO $$ DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles WHERE rolname LIKE 'portaldesk\\_%'"
            "  OR shobj_description(oid, 'pg_authid') = 'PortalDesk user' LOOP"
            "  EXECUTE format('GRANT %I TO pd_owner WITH ADMIN OPTION, INHERIT FALSE, SET FALSE', r); END LOOP; END $$"_s,
            u"ALTER SCHEMA public OWNER TO pd_owner"_s,
        });
        QVERIFY2(problem2.isEmpty(), qPrintable(problem2));
        NewsroomUrl ownerUrl = NewsroomUrl::parse(m_url).value();
        ownerUrl.user = u"pd_owner"_s;
        ownerUrl.password = u"owner-pw"_s;
        auto newsroom = Newsroom::open(ownerUrl);
        QVERIFY2(newsroom, qPrintable(newsroom.error().message));
        m_newsroom = std::move(newsroom.value());
        QVERIFY(DemoData::add(*m_newsroom));
        UserStore users(*m_newsroom);
        const User admin = users.find(u"admin"_s).value();
        auto other = users.add(u"reporter2"_s, u"Lê Thu Hà"_s, Role::Reporter, u"demo"_s, &admin);
        QVERIFY2(other, qPrintable(other.error().message));

        ArticleStore store(*m_newsroom);
        ArticleActions actions(*m_newsroom);
        Article draft;
        draft.title = u"Bản nháp của phóng viên khác"_s;
        m_othersDraft = store.create(draft, &other.value())->id;
        const User reporter = users.find(u"reporter"_s).value();
        draft.title = u"Bản nháp của mình"_s;
        m_ownDraft = store.create(draft, &reporter)->id;
        draft.title = u"Bài chờ duyệt"_s;
        m_edited = store.create(draft, &reporter)->id;
        QVERIFY(actions.perform(m_edited, Action::Submit, reporter));
        QVERIFY(actions.perform(m_edited, Action::Forward, users.find(u"editor"_s).value()));
    }

    void cleanupTestCase()
    {
        m_newsroom.reset();
        TestBackends::dropPostgresDatabase();
    }

    // The control: psql signs in as the reporter and may do what a
    // reporter may, so the refusals below are the server's rules.
    void reporterMaySubmitOwnDraft()
    {
        QCOMPARE(psql(u"reporter"_s, u"SELECT current_user"_s).out.trimmed(), u"reporter"_s);
        const Psql submit = psql(u"reporter"_s, u"SELECT outcome FROM pd_act('', '%1', 'submit', '', '', '')"_s.arg(m_ownDraft));
        QCOMPARE(submit.out.trimmed(), u"done"_s);
        QCOMPARE(stateOf(m_ownDraft), u"submitted"_s);
    }

    void tablesAreNotWritable_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("refusal");
        const QString id = u"(SELECT id FROM articles LIMIT 1)"_s;
        QTest::newRow("update state") << u"reporter"_s << u"UPDATE articles SET state = 'published'"_s << u"permission denied for table articles"_s;
        QTest::newRow("insert article") << u"reporter"_s << u"INSERT INTO articles (id, title, created_at, updated_at) VALUES ('x', 'x', '', '')"_s << u"permission denied for table articles"_s;
        QTest::newRow("chief updates directly") << u"chief"_s << u"UPDATE articles SET state = 'approved'"_s << u"permission denied for table articles"_s;
        QTest::newRow("new revision") << u"editor"_s << u"INSERT INTO revisions (article_id, version, title, summary, body, saved_at) SELECT %1, 99, 'x', '', '', ''"_s.arg(id) << u"permission denied for table revisions"_s;
        QTest::newRow("delete audit") << u"chief"_s << u"DELETE FROM audit_log"_s << u"permission denied for table audit_log"_s;
        QTest::newRow("update audit") << u"admin"_s << u"UPDATE audit_log SET reason = ''"_s << u"permission denied for table audit_log"_s;
        QTest::newRow("forge audit") << u"reporter"_s << u"INSERT INTO audit_log (at, login, action, outcome) VALUES ('', 'chief', 'approve', 'done')"_s << u"permission denied for table audit_log"_s;
        QTest::newRow("forge through pd_audit") << u"reporter"_s << u"SELECT pd_audit('', 'approve', %1, 'edited', 'approved', false, '')"_s.arg(id) << u"only the server functions write the articles' audit entries"_s;
        QTest::newRow("write the log function") << u"reporter"_s << u"SELECT pd_log(NULL, 'chief', 'approve', NULL, NULL, NULL, false, '')"_s << u"permission denied for function pd_log"_s;
        QTest::newRow("password hashes") << u"admin"_s << u"SELECT password_hash FROM users"_s << u"permission denied for table users"_s;
        QTest::newRow("server verifiers") << u"admin"_s << u"SELECT rolpassword FROM pg_authid"_s << u"permission denied for table pg_authid"_s;
        QTest::newRow("add a user") << u"reporter"_s << u"SELECT pd_add_user('', 'evil', 'Evil', ARRAY['chief_editor'], 'x')"_s << u"permission denied for function pd_add_user"_s;
        QTest::newRow("grant oneself") << u"reporter"_s << u"GRANT portaldesk_chief_editor TO reporter"_s << u"permission denied to grant role"_s;
        QTest::newRow("queue for the portal") << u"gazette"_s << u"INSERT INTO gazette_outbox (issue_id, version, action, queued_at) VALUES ('x', 1, 'publish', '')"_s << u"permission denied for table gazette_outbox"_s;
        QTest::newRow("approve own digest") << u"digest"_s << u"INSERT INTO digests (id, day, office, state, created_at, updated_at) VALUES ('d', '2026-11-29', 'x', 'approved', '', '')"_s << u"only a chief editor may set digests to approved"_s;
        QTest::newRow("settings") << u"editor"_s << u"UPDATE newsroom_settings SET value = ''"_s << u"permission denied for table newsroom_settings"_s;
        QTest::newRow("others' autosave") << u"reporter"_s << u"INSERT INTO autosaves (article_id, user_id, base_version, title, summary, body, section, tags, source, saved_at) SELECT %1, (SELECT id FROM users WHERE login = 'editor'), 1, '', '', '', '', '', '', ''"_s.arg(id) << u"row-level security"_s;
    }

    void tablesAreNotWritable()
    {
        QFETCH(QString, login);
        QFETCH(QString, statement);
        QFETCH(QString, refusal);
        const int audit = count(u"SELECT count(*) FROM audit_log"_s);
        const Psql run = psql(login, statement);
        QVERIFY2(run.code != 0, qPrintable(run.out));
        QVERIFY2(run.err.contains(refusal), qPrintable(run.err));
        QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audit);
        QCOMPARE(count(u"SELECT count(*) FROM articles WHERE state = 'published' AND title LIKE 'Bản nháp%'"_s), 0);
    }

    // The function is there for everyone; its rules are the workflow's.
    void reporterCannotApprove()
    {
        const Psql run = psql(u"reporter"_s, u"SELECT outcome FROM pd_act('', '%1', 'approve', '', '', '')"_s.arg(m_edited));
        QCOMPARE(run.out.trimmed(), u"refused"_s);
        QCOMPARE(stateOf(m_edited), u"edited"_s);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE article_id = '%1' AND login = 'reporter'"
                       " AND action = 'approve' AND outcome = 'refused'"_s.arg(m_edited)), 1);
        // Naming someone else is honoured only for the newsroom's owner.
        const Psql asChief = psql(u"reporter"_s, u"SELECT outcome FROM pd_act('chief', '%1', 'approve', '', '', '')"_s.arg(m_edited));
        QCOMPARE(asChief.out.trimmed(), u"refused"_s);
        QCOMPARE(stateOf(m_edited), u"edited"_s);
        // The chief may.
        QCOMPARE(psql(u"chief"_s, u"SELECT outcome FROM pd_act('', '%1', 'approve', '', '', '')"_s.arg(m_edited)).out.trimmed(), u"done"_s);
        QCOMPARE(stateOf(m_edited), u"approved"_s);
    }

    void reporterCannotEditAnothersDraft()
    {
        const QString call = u"SELECT outcome FROM pd_save_article('', '%1', 1, 'Chiếm bài', 'chiem bai', '', 'x', '', '', '',"
                             " 'x', 'x', '', '')"_s;
        QCOMPARE(psql(u"reporter"_s, call.arg(m_othersDraft)).out.trimmed(), u"refused"_s);
        QCOMPARE(count(u"SELECT version FROM articles WHERE id = '%1'"_s.arg(m_othersDraft)), 1);
        QCOMPARE(psql(u"reporter2"_s, call.arg(m_othersDraft)).out.trimmed(), u"done"_s);
        QCOMPARE(count(u"SELECT version FROM articles WHERE id = '%1'"_s.arg(m_othersDraft)), 2);
    }

    // Even an admin calling the function by hand makes only PortalDesk's
    // kind of account, with PortalDesk's roles.
    void adminCannotMakeOtherRoles()
    {
        QCOMPARE(psql(u"admin"_s, u"SELECT outcome FROM pd_add_user('', 'x2', 'X', ARRAY['owner'], 'x')"_s).out.trimmed(), u"invalid"_s);
        QCOMPARE(psql(u"admin"_s, u"SELECT outcome FROM pd_add_user('', 'Bad Name', 'X', ARRAY['reporter'], 'x')"_s).out.trimmed(), u"invalid"_s);
        QCOMPARE(psql(u"admin"_s, u"SELECT outcome FROM pd_add_user('', 'postgres', 'X', ARRAY['reporter'], 'x')"_s).out.trimmed(), u"foreign_role"_s);
        QCOMPARE(count(u"SELECT count(*) FROM pg_roles WHERE rolname IN ('x2', 'bad name')"_s), 0);
    }

    // Row-level security holds under the functions: a function that writes
    // without asking the rules (a bug, say) still cannot change another
    // reporter's draft for a reporter.
    void rowLevelSecurityBehindTheFunctions()
    {
        QSqlQuery query(m_newsroom->database());
        QVERIFY2(query.exec(u"CREATE FUNCTION careless_retitle(p text) RETURNS integer LANGUAGE sql SECURITY DEFINER"
                            " SET search_path = public, pg_temp AS $$ UPDATE articles SET title = 'Đổi tên' WHERE id = p RETURNING 1 $$"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"GRANT EXECUTE ON FUNCTION careless_retitle TO portaldesk_reporter"_s));
        Article draft;
        draft.title = u"Bản nháp mới của mình"_s;
        const User reporter = UserStore(*m_newsroom).find(u"reporter"_s).value();
        const QString fresh = ArticleStore(*m_newsroom).create(draft, &reporter)->id;
        QCOMPARE(psql(u"reporter"_s, u"SELECT careless_retitle('%1')"_s.arg(m_othersDraft)).out.trimmed(), QString());
        QCOMPARE(psql(u"reporter"_s, u"SELECT careless_retitle('%1')"_s.arg(fresh)).out.trimmed(), u"1"_s);
        QCOMPARE(count(u"SELECT count(*) FROM articles WHERE title = 'Đổi tên'"_s), 1);
        QVERIFY(query.exec(u"DROP FUNCTION careless_retitle"_s));
    }

    // The CLI contract on a PostgreSQL newsroom: --as is the server role.
    void adminAddsAndDisablesUsers()
    {
        qputenv("PORTALDESK_NEW_PASSWORD", "mật khẩu mới");
        const auto cli = [this](const QStringList &args, const QString &as, const QByteArray &password) {
            qputenv("PORTALDESK_PASSWORD", password);
            QString out, err;
            QTextStream outStream(&out), errStream(&err);
            CliRunner runner(outStream, errStream);
            QStringList all{u"portaldesk-cli"_s, u"--db"_s, m_url};
            if (!as.isEmpty())
                all << u"--as"_s << as;
            const int code = runner.run(all + args);
            outStream.flush();
            errStream.flush();
            return std::pair{code, err};
        };
        const QStringList add{u"admin"_s, u"user"_s, u"add"_s, u"anna"_s, u"--role"_s, u"reporter"_s, u"--name"_s, u"Trần Anna"_s};
        auto byEditor = cli(add, u"editor"_s, "demo");
        QCOMPARE(byEditor.first, int(ErrorCode::Denied));
        QVERIFY2(byEditor.second.contains(u"permission denied for function pd_add_user"_s), qPrintable(byEditor.second));
        QCOMPARE(cli(add, u"admin"_s, "demo").first, 0);
        QCOMPARE(psql(u"anna"_s, u"SELECT current_user"_s, "mật khẩu mới").out.trimmed(), u"anna"_s);
        QCOMPARE(count(u"SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                       " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'anna' AND g.rolname = 'portaldesk_reporter'"_s), 1);
        QCOMPARE(cli({u"article"_s, u"new"_s, u"--title"_s, u"Bài của Anna"_s}, u"anna"_s, "mật khẩu mới").first, 0);
        QCOMPARE(cli({u"admin"_s, u"user"_s, u"disable"_s, u"anna"_s}, u"admin"_s, "demo").first, 0);
        auto refused = cli({u"article"_s, u"list"_s}, u"anna"_s, "mật khẩu mới");
        QCOMPARE(refused.first, int(ErrorCode::Denied));
        QVERIFY2(refused.second.contains(u"disabled"_s), qPrintable(refused.second));
        QVERIFY(psql(u"anna"_s, u"SELECT 1"_s, "mật khẩu mới").err.contains(u"not permitted to log in"_s));
        // Added again, the account is back, with the new password.
        qputenv("PORTALDESK_NEW_PASSWORD", "lần hai");
        QCOMPARE(cli(add, u"admin"_s, "demo").first, 0);
        QCOMPARE(cli({u"article"_s, u"list"_s}, u"anna"_s, "lần hai").first, 0);
        QCOMPARE(cli(add, u"admin"_s, "demo").first, int(ErrorCode::Conflict));
        {
            // No password: said before any connection is tried.
            qunsetenv("PORTALDESK_PASSWORD");
            QString out, err;
            QTextStream outStream(&out), errStream(&err);
            const int code = CliRunner(outStream, errStream).run({u"portaldesk-cli"_s, u"--db"_s, m_url, u"--as"_s, u"chief"_s,
                                                                   u"article"_s, u"list"_s});
            errStream.flush();
            QCOMPARE(code, int(ErrorCode::InvalidInput));
            QVERIFY2(err.contains(u"PORTALDESK_PASSWORD"_s), qPrintable(err));
        }
        auto wrong = cli({u"article"_s, u"list"_s}, u"chief"_s, "sai");
        QCOMPARE(wrong.first, int(ErrorCode::Denied));
        QVERIFY2(wrong.second.contains(u"Wrong login or password"_s), qPrintable(wrong.second));
    }

private:
    Psql psql(const QString &login, const QString &sql, const QByteArray &password = "demo")
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSWORD"_s, QString::fromUtf8(password));
        env.insert(u"LC_MESSAGES"_s, u"C"_s);
        env.remove(u"PGUSER"_s);
        process.setProcessEnvironment(env);
        const QString port = env.value(u"PGPORT"_s, u"5432"_s);
        process.start(u"psql"_s, {u"-X"_s, u"-At"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s, port,
                                 u"-U"_s, login, u"-d"_s, TestBackends::postgresDatabase(), u"-c"_s, sql});
        Psql result;
        if (!process.waitForFinished(30000))
            return result;
        result.code = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    int count(const QString &sql)
    {
        QSqlQuery query(m_newsroom->database());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    QString stateOf(const QString &id)
    {
        QSqlQuery query(m_newsroom->database());
        query.prepare(u"SELECT state FROM articles WHERE id = ?"_s);
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<Newsroom> m_newsroom;
    QString m_ownDraft;
    QString m_othersDraft;
    QString m_edited;
};

QTEST_GUILESS_MAIN(TestServerRights)
#include "tst_serverrights.moc"
