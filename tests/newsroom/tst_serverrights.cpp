// A shared newsroom's rights are held by the server: staff connecting with
// psql, past PortalDesk, can do no more than the desk lets them.
#include "articleactions.h"
#include "articlestore.h"
#include "clirunner.h"
#include "demodata.h"
#include "digestreview.h"
#include "editlocks.h"
#include "gazettestore.h"
#include "newsroom.h"
#include "newsroomwatcher.h"
#include "questionworkflow.h"
#include "searchquery.h"
#include "userstore.h"

#include "testbackends.h"

#include <QProcess>
#include <QSqlError>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
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
        QTest::newRow("forge through pd_audit") << u"reporter"_s << u"SELECT pd_audit('', 'approve', %1, 'edited', 'approved', false, '')"_s.arg(id) << u"permission denied for function pd_audit"_s;
        QTest::newRow("forge a gazette approval of an article") << u"reporter"_s << u"SELECT pd_audit('', 'gazette.approve', %1, 'edited', 'approved', false, 'Tổng biên tập đã duyệt')"_s.arg(id) << u"permission denied for function pd_audit"_s;
        QTest::newRow("gazette entry by a reporter") << u"reporter"_s << u"SELECT pd_audit('', 'gazette.edit', 'x', '', '', false, '')"_s << u"permission denied for function pd_audit"_s;
        QTest::newRow("gazette staff approve in the log") << u"gazette"_s << u"SELECT pd_audit('', 'gazette.approve', 'x', 'submitted', 'approved', false, '')"_s << u"permission denied for function pd_audit"_s;
        QTest::newRow("write the log function") << u"reporter"_s << u"SELECT pd_log(NULL, 'chief', 'approve', NULL, NULL, NULL, false, '')"_s << u"permission denied for function pd_log"_s;
        QTest::newRow("password hashes") << u"admin"_s << u"SELECT password_hash FROM users"_s << u"permission denied for table users"_s;
        QTest::newRow("server verifiers") << u"admin"_s << u"SELECT rolpassword FROM pg_authid"_s << u"permission denied for table pg_authid"_s;
        QTest::newRow("add a user") << u"reporter"_s << u"SELECT pd_add_user('', 'evil', 'Evil', ARRAY['chief_editor'], 'x')"_s << u"permission denied for function pd_add_user"_s;
        QTest::newRow("grant oneself") << u"reporter"_s << u"GRANT portaldesk_chief_editor TO reporter"_s << u"permission denied to grant role"_s;
        QTest::newRow("queue for the portal") << u"gazette"_s << u"INSERT INTO gazette_outbox (issue_id, version, action, queued_at) VALUES ('x', 1, 'publish', '')"_s << u"permission denied for table gazette_outbox"_s;
        QTest::newRow("approve own digest") << u"digest"_s << u"INSERT INTO digests (id, day, office, state, created_at, updated_at) VALUES ('d', '2026-11-29', 'x', 'approved', '', '')"_s << u"permission denied for table digests"_s;
        QTest::newRow("settings") << u"editor"_s << u"UPDATE newsroom_settings SET value = ''"_s << u"permission denied for table newsroom_settings"_s;
        QTest::newRow("search text of one's own") << u"reporter"_s << u"SELECT pd_create_article('', 'x', 'x', '', 'x', '', '', '', 'x', 'forged', 'forged')"_s << u"does not exist"_s;
        QTest::newRow("advance the change count") << u"reporter"_s << u"SELECT nextval('pd_article_changes')"_s << u"permission denied for sequence pd_article_changes"_s;
        QTest::newRow("grade directly") << u"chief"_s << u"INSERT INTO royalty_grades (article_id, schedule_id, category, coefficient, graded_at) SELECT %1, 1, 'tin', 1000, ''"_s.arg(id) << u"permission denied for table royalty_grades"_s;
        QTest::newRow("a larger share") << u"chief"_s << u"UPDATE royalty_shares SET share = share * 2"_s << u"permission denied for table royalty_shares"_s;
        QTest::newRow("reopen a month by hand") << u"chief"_s << u"DELETE FROM royalty_months"_s << u"permission denied for table royalty_months"_s;
        QTest::newRow("a schedule of one's own") << u"admin"_s << u"INSERT INTO royalty_schedules (decision, title, content, imported_at) VALUES ('x', 'x', '{}', '')"_s << u"permission denied for table royalty_schedules"_s;
        QTest::newRow("what others are paid") << u"reporter"_s << u"SELECT payee, share FROM royalty_shares"_s << u"permission denied for table royalty_shares"_s;
        QTest::newRow("askers' e-mails") << u"editor"_s << u"SELECT email, phone FROM question_askers"_s << u"permission denied for table question_askers"_s;
        QTest::newRow("askers' e-mails, reporter") << u"reporter"_s << u"SELECT email FROM question_askers"_s << u"permission denied for table question_askers"_s;
        QTest::newRow("a question's state by hand") << u"qa"_s << u"UPDATE questions SET state = 'published'"_s << u"permission denied for table questions"_s;
        QTest::newRow("an answer queued by hand") << u"chief"_s << u"INSERT INTO question_outbox (question_id, version, action, queued_at) VALUES ('x', 1, 'publish', '')"_s << u"permission denied for table question_outbox"_s;
        QTest::newRow("the rules by hand") << u"qa"_s << u"INSERT INTO question_rules VALUES ('publish', 'qa', 'answered', 'published', false)"_s << u"permission denied for table question_rules"_s;
        QTest::newRow("erase contacts by hand") << u"qa"_s << u"DELETE FROM question_askers"_s << u"permission denied for table question_askers"_s;
        QTest::newRow("a day off by hand") << u"qa"_s << u"INSERT INTO qa_calendar (day, kind, changed_at) VALUES ('2026-12-24', 'off', '')"_s << u"permission denied for table qa_calendar"_s;
        QTest::newRow("others' autosave") << u"reporter"_s << u"INSERT INTO autosaves (article_id, user_id, base_version, title, summary, body, section, tags, source, saved_at) SELECT %1, (SELECT id FROM users WHERE login = 'editor'), 1, '', '', '', '', '', '', ''"_s.arg(id) << u"permission denied for table autosaves"_s;
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

    // Grading is a chief editor's, at the server: a reporter calling the
    // function by hand is refused and logged, even naming the chief.
    void reporterCannotGrade()
    {
        const QString id = u"(SELECT id FROM articles WHERE state = 'published' LIMIT 1)"_s;
        const QString call = u"SELECT outcome FROM pd_royalty_grade('%1', %2, '', 'tin', 1000, 0, ARRAY['reporter'], ARRAY['author'],"
                             " ARRAY[10000], 0, '')"_s;
        const int refusals = count(u"SELECT count(*) FROM audit_log WHERE action = 'royalty.grade' AND outcome = 'refused'"_s);
        QCOMPARE(psql(u"reporter"_s, call.arg(QString(), id)).out.trimmed(), u"refused"_s);
        QCOMPARE(psql(u"reporter"_s, call.arg(u"chief"_s, id)).out.trimmed(), u"refused"_s);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'royalty.grade' AND outcome = 'refused' AND login = 'reporter'"_s),
                 refusals + 2);
        QCOMPARE(psql(u"reporter"_s, u"SELECT pd_royalty_month_set('', '2024-01', true, '')"_s).out.trimmed(), u"refused"_s);
        QCOMPARE(count(u"SELECT count(*) FROM royalty_grades"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM royalty_months"_s), 0);
    }

    // A question's life is the server's: a reporter or an editor calling
    // pd_qa_act by hand for what only a chief may do is refused and logged;
    // the pull, the agencies and the erasure likewise. The server's rules
    // are the desk's (question_rules from QuestionWorkflow).
    void questionsFollowTheServersRules()
    {
        QCOMPARE(count(u"SELECT count(*) FROM question_rules"_s), int(QuestionWorkflow::ruleRows().size()));
        for (const QuestionWorkflow::RuleRow &rule : QuestionWorkflow::ruleRows()) {
            QCOMPARE(count(u"SELECT count(*) FROM question_rules WHERE action = '%1' AND role = '%2' AND from_state = '%3'"
                           " AND coalesce(to_state, '') = '%4' AND needs_reason = %5"_s
                               .arg(rule.action, rule.role, rule.fromState, rule.toState, rule.needsReason ? u"true"_s : u"false"_s)),
                     1);
        }
        const QString receive = u"SELECT pd_qa_receive('', '[{\"id\": \"q-1\", \"title\": \"Hỏi\", \"body\": \"Nội dung\","
                                " \"submitted_at\": \"2026-12-01T00:00:00.000Z\", \"email\": \"a@example.vn\"}]')"_s;
        QCOMPARE(psql(u"reporter"_s, receive).out.trimmed(), u"-1"_s);
        QCOMPARE(psql(u"qa"_s, receive).out.trimmed(), u"1"_s);
        QCOMPARE(psql(u"qa"_s, u"SELECT email FROM question_askers WHERE question_id = 'q-1'"_s).out.trimmed(), u"a@example.vn"_s);
        // The pull's batch as arrays (schema 20): the same rights and checks.
        const QString columns = u"SELECT pd_qa_receive_columns('', ARRAY['%1'], ARRAY['Hỏi'], ARRAY['Nội dung'], ARRAY[''], ARRAY['%2'],"
                                " ARRAY['Bà Lan'], ARRAY['lan@example.vn'], ARRAY[''], ARRAY[''%3])"_s;
        QCOMPARE(psql(u"reporter"_s, columns.arg(u"q-2"_s, u"2026-12-01T00:00:00.000Z"_s, QString())).out.trimmed(), u"-1"_s);
        QCOMPARE(psql(u"qa"_s, columns.arg(u"q-2"_s, u"2026-12-01"_s, QString())).out.trimmed(), u"-2"_s);
        QCOMPARE(psql(u"qa"_s, columns.arg(u"q-2"_s, u"2026-12-01T00:00:00.000Z"_s, u", ''"_s)).out.trimmed(), u"-2"_s);
        QCOMPARE(psql(u"qa"_s, columns.arg(u"q 2"_s, u"2026-12-01T00:00:00.000Z"_s, QString())).out.trimmed(), u"-2"_s);
        QCOMPARE(psql(u"qa"_s, columns.arg(u"q-2"_s, u"2026-12-01T00:00:00.000Z"_s, QString())).out.trimmed(), u"1"_s);
        QCOMPARE(psql(u"qa"_s, columns.arg(u"q-2"_s, u"2026-12-01T00:00:00.000Z"_s, QString())).out.trimmed(), u"0"_s);
        QCOMPARE(psql(u"qa"_s, u"SELECT email FROM question_askers WHERE question_id = 'q-2'"_s).out.trimmed(), u"lan@example.vn"_s);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'qa.pull' AND outcome = 'refused' AND login = 'reporter'"_s), 2);
        QCOMPARE(psql(u"qa"_s, u"SELECT outcome FROM pd_qa_agency('', 0, 'Sở Nội vụ', true)"_s).out.trimmed(), u"refused"_s);
        QCOMPARE(psql(u"admin"_s, u"SELECT outcome FROM pd_qa_agency('', 0, 'Sở Nội vụ', true)"_s).out.trimmed(), u"done"_s);
        const QString act = u"SELECT outcome FROM pd_qa_act('%1', 'q-1', '%2', '', (SELECT id FROM qa_agencies LIMIT 1),"
                            " to_char(current_date + 30, 'YYYY-MM-DD'), 'Trả lời', '', '', '', NULL, 0)"_s;
        QCOMPARE(psql(u"reporter"_s, act.arg(QString(), u"assign"_s)).out.trimmed(), u"refused"_s);
        QCOMPARE(psql(u"reporter"_s, act.arg(u"chief"_s, u"assign"_s)).out.trimmed(), u"refused"_s);
        QCOMPARE(psql(u"qa"_s, act.arg(QString(), u"assign"_s)).out.trimmed(), u"done"_s);
        QCOMPARE(psql(u"qa"_s, act.arg(QString(), u"answer"_s)).out.trimmed(), u"done"_s);
        QCOMPARE(psql(u"qa"_s, act.arg(QString(), u"submit"_s)).out.trimmed(), u"done"_s);
        QCOMPARE(psql(u"qa"_s, act.arg(QString(), u"approve"_s)).out.trimmed(), u"refused"_s);
        QCOMPARE(psql(u"editor"_s, act.arg(QString(), u"publish"_s)).out.trimmed(), u"refused"_s);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action IN ('qa.assign', 'qa.approve', 'qa.publish') AND outcome = 'refused'"
                       " AND article_id = 'q-1'"_s),
                 4);
        QCOMPARE(count(u"SELECT count(*) FROM question_outbox"_s), 0);
        QCOMPARE(psql(u"qa"_s, u"SELECT pd_qa_erase('', '2999-01-01')"_s).out.trimmed(), u"-1"_s);
        QCOMPARE(psql(u"qa"_s, u"SELECT pd_qa_calendar('', '2026-12-24', 'off', '')"_s).out.trimmed(), u"refused"_s);
        QCOMPARE(psql(u"chief"_s, act.arg(QString(), u"approve"_s)).out.trimmed(), u"done"_s);
        QCOMPARE(psql(u"chief"_s, act.arg(QString(), u"publish"_s)).out.trimmed(), u"done"_s);
        QCOMPARE(count(u"SELECT count(*) FROM question_outbox WHERE question_id = 'q-1' AND done_at IS NULL"_s), 1);
    }

    // The pull's checks at the server (schema 23 wrote them without
    // copying): what a blank text, an id and a stamp are, row by row, as
    // anyone calling the function by hand with a staff login could send.
    void pulledRowsAreCheckedAtTheServer_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("stamp");
        QTest::addColumn<QString>("result");
        const QString ok = u"'2026-12-01T00:00:00.000Z'"_s;
        QTest::newRow("valid") << u"'c-1'"_s << u"'Hỏi'"_s << u"'Nội dung'"_s << ok << u"1"_s;
        QTest::newRow("leading spaces, then text") << u"'c-2'"_s << u"'  Hỏi'"_s << u"' Nội dung '"_s << ok << u"1"_s;
        QTest::newRow("64-character id") << u"'%1'"_s.arg(QString(64, u'a')) << u"'Hỏi'"_s << u"'Nội dung'"_s << ok << u"1"_s;
        QTest::newRow("65-character id") << u"'%1'"_s.arg(QString(65, u'b')) << u"'Hỏi'"_s << u"'Nội dung'"_s << ok << u"-2"_s;
        QTest::newRow("empty id") << u"''"_s << u"'Hỏi'"_s << u"'Nội dung'"_s << ok << u"-2"_s;
        QTest::newRow("null id") << u"NULL"_s << u"'Hỏi'"_s << u"'Nội dung'"_s << ok << u"-2"_s;
        QTest::newRow("id with a Vietnamese letter") << u"'c-đ'"_s << u"'Hỏi'"_s << u"'Nội dung'"_s << ok << u"-2"_s;
        QTest::newRow("id with an underscore") << u"'c_3'"_s << u"'Hỏi'"_s << u"'Nội dung'"_s << ok << u"-2"_s;
        QTest::newRow("id with a space at the end") << u"'c-4 '"_s << u"'Hỏi'"_s << u"'Nội dung'"_s << ok << u"-2"_s;
        QTest::newRow("empty title") << u"'c-5'"_s << u"''"_s << u"'Nội dung'"_s << ok << u"-2"_s;
        QTest::newRow("title of spaces") << u"'c-6'"_s << u"'   '"_s << u"'Nội dung'"_s << ok << u"-2"_s;
        QTest::newRow("null title") << u"'c-7'"_s << u"NULL"_s << u"'Nội dung'"_s << ok << u"-2"_s;
        QTest::newRow("body of spaces") << u"'c-8'"_s << u"'Hỏi'"_s << u"'     '"_s << ok << u"-2"_s;
        QTest::newRow("empty body") << u"'c-9'"_s << u"'Hỏi'"_s << u"''"_s << ok << u"-2"_s;
        QTest::newRow("null body") << u"'c-10'"_s << u"'Hỏi'"_s << u"NULL"_s << ok << u"-2"_s;
        QTest::newRow("stamp without milliseconds") << u"'c-11'"_s << u"'Hỏi'"_s << u"'Nội dung'"_s << u"'2026-12-01T00:00:00Z'"_s << u"-2"_s;
        QTest::newRow("stamp with a letter") << u"'c-12'"_s << u"'Hỏi'"_s << u"'Nội dung'"_s << u"'2026-12-0xT00:00:00.000Z'"_s << u"-2"_s;
        QTest::newRow("body over the limit") << u"'c-13'"_s << u"'Hỏi'"_s << u"repeat('x', 262145)"_s << ok << u"-2"_s;
    }

    void pulledRowsAreCheckedAtTheServer()
    {
        QFETCH(QString, id);
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(QString, stamp);
        QFETCH(QString, result);
        const QString call = u"SELECT pd_qa_receive_columns('', ARRAY[%1]::text[], ARRAY[%2]::text[], ARRAY[%3]::text[], ARRAY['']::text[],"
                             " ARRAY[%4]::text[], ARRAY['Bà Lan'], ARRAY['lan@example.vn'], ARRAY[''], ARRAY[''])"_s
                                 .arg(id, title, body, stamp);
        const int questions = count(u"SELECT count(*) FROM questions"_s);
        QCOMPARE(psql(u"qa"_s, call).out.trimmed(), result);
        QCOMPARE(count(u"SELECT count(*) FROM questions"_s), questions + (result == u"1" ? 1 : 0));
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
        const QString call = u"SELECT outcome FROM pd_save_article('', '%1', 1, 'Chiếm bài', 'chiem bai', '', 'x', '', '', '', '')"_s;
        QCOMPARE(psql(u"reporter"_s, call.arg(m_othersDraft)).out.trimmed(), u"refused"_s);
        QCOMPARE(count(u"SELECT version FROM articles WHERE id = '%1'"_s.arg(m_othersDraft)), 1);
        QCOMPARE(psql(u"reporter2"_s, call.arg(m_othersDraft)).out.trimmed(), u"done"_s);
        QCOMPARE(count(u"SELECT version FROM articles WHERE id = '%1'"_s.arg(m_othersDraft)), 2);
        // A lead photo must be one of the newsroom's photos; left out, the
        // one the article has stays.
        const QString lead = u"SELECT outcome FROM pd_save_article('', '%1', 2, 'Chiếm bài', 'chiem bai', '', 'x', '', '',"
                             " '', '', '0b0e7c9e-1111-4222-8333-944455556666')"_s;
        QCOMPARE(psql(u"reporter2"_s, lead.arg(m_othersDraft)).out.trimmed(), u"unknown_photo"_s);
        QCOMPARE(count(u"SELECT version FROM articles WHERE id = '%1' AND lead_photo IS NULL"_s.arg(m_othersDraft)), 2);
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

    // Schema 12: the server makes the id and the search text, checks sizes
    // and sections, whatever the caller sends.
    void serverMakesIdAndSearchText()
    {
        const int before = count(u"SELECT count(*) FROM articles"_s);
        const Psql made = psql(u"reporter"_s, u"SELECT outcome || ' ' || id FROM pd_create_article('', 'Đường về bản Nà Khoang',"
                                               " 'a', '', 'Cử tri ĐỀ NGHỊ đầu tư', '', '', '')"_s);
        const QStringList parts = made.out.trimmed().split(u' ');
        QCOMPARE(parts.value(0), u"done"_s);
        QVERIFY2(!QUuid::fromString(parts.value(1)).isNull(), qPrintable(made.out));
        QCOMPARE(count(u"SELECT count(*) FROM articles"_s), before + 1);
        // Found by its words typed without accents, as on the desk.
        QCOMPARE(count(u"SELECT count(*) FROM articles WHERE id = '%1'"
                       " AND search_folded @@ to_tsquery('simple', 'duong & khoang & de & nghi')"
                       " AND search_exact @@ to_tsquery('simple', 'đường')"_s.arg(parts.value(1))), 1);
        // The server folds as the desk does, letter for letter.
        QString letters;
        for (char16_t c = 0x00C0; c <= 0x024F; ++c)
            letters += QChar(c);
        for (char16_t c = 0x1E00; c <= 0x1EFF; ++c)
            letters += QChar(c);
        letters += u"Tiếng Việt có dấu: e\u0301 o\u0302\u0301"_s;  // decomposed too
        QSqlQuery query(m_newsroom->database());
        QVERIFY(query.prepare(u"SELECT pd_fold(pd_index_text(?, '', ''))"_s));
        query.addBindValue(letters);
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toString(), foldedIndexText(letters + u"\n\n"_s));
    }

    void serverChecksSizesAndSections()
    {
        const int articles = count(u"SELECT count(*) FROM articles"_s);
        const int sections = count(u"SELECT count(*) FROM sections"_s);
        QCOMPARE(psql(u"reporter"_s, u"SELECT outcome FROM pd_create_article('', 'Quá dài', 'a', '', repeat('ă', %1), '', '', '')"_s
                                          .arg(maxBodyBytes / 2 + 1)).out.trimmed(), u"too_large"_s);
        QCOMPARE(psql(u"reporter"_s, u"SELECT outcome FROM pd_create_article('', repeat('a', %1), 'a', '', '', '', '', '')"_s
                                          .arg(maxFieldBytes + 1)).out.trimmed(), u"too_large"_s);
        QCOMPARE(psql(u"reporter"_s, u"SELECT outcome FROM pd_create_article('', 'Bài', 'a', '', '', '', '', 'Chuyên mục lạ')"_s)
                     .out.trimmed(), u"unknown_section"_s);
        QCOMPARE(psql(u"reporter"_s, u"SELECT outcome FROM pd_create_article('', '  ', 'a', '', '', '', '', '')"_s).out.trimmed(),
                 u"invalid"_s);
        QCOMPARE(count(u"SELECT count(*) FROM articles"_s), articles);
        QCOMPARE(count(u"SELECT count(*) FROM sections"_s), sections);
        // The desk says it, before sending 3 MB over the wire.
        const User reporter = UserStore(*m_newsroom).find(u"reporter"_s).value();
        Article big;
        big.title = u"Bài rất dài"_s;
        big.body = QString(3 * 1024 * 1024, u'a');
        auto refused = ArticleStore(*m_newsroom).create(big, &reporter);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.contains(u"MB"_s), qPrintable(refused.error().message));
        // Signed in as the reporter (the owner's session may add sections
        // for whom it acts: sample data, imports).
        NewsroomUrl asReporter = NewsroomUrl::parse(m_url).value();
        asReporter.user = u"reporter"_s;
        asReporter.password = u"demo"_s;
        auto reporterDesk = Newsroom::open(asReporter);
        QVERIFY2(reporterDesk, qPrintable(reporterDesk.error().message));
        Article strange;
        strange.title = u"Bài ở chuyên mục lạ"_s;
        strange.section = u"Chuyên mục lạ"_s;
        auto unknown = ArticleStore(*reporterDesk.value()).create(strange, &reporter);
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(u"Chuyên mục lạ"_s), qPrintable(unknown.error().message));
        QCOMPARE(count(u"SELECT count(*) FROM sections"_s), sections);
    }

    // The audit log says what the server decided, in its words, not the
    // caller's.
    void refusalsAreWordedByTheServer()
    {
        const QString draft = freshDraft(u"Bài để thử lời từ chối"_s);
        QCOMPARE(psql(u"reporter"_s, u"SELECT outcome FROM pd_act('', '%1', 'approve', '', '', 'Tổng biên tập đã duyệt')"_s.arg(draft))
                     .out.trimmed(), u"refused"_s);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE reason LIKE '%%Tổng biên tập đã duyệt%%'"_s), 0);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE article_id = '%1' AND outcome = 'refused'"
                       " AND reason = 'reporter may not approve an article that is draft'"_s.arg(draft)), 1);
    }

    // Only who may edit an article locks it; a lease has a maximum; a chief
    // editor frees any lock, audited.
    void locksFollowTheWorkflow()
    {
        QCOMPARE(psql(u"reporter"_s, u"SELECT outcome FROM pd_lock('', '%1', 3600, false)"_s.arg(m_othersDraft)).out.trimmed(),
                 u"refused"_s);
        QCOMPARE(psql(u"reporter"_s, u"SELECT outcome FROM pd_lock('', '%1', 3600, false)"_s.arg(m_edited)).out.trimmed(),
                 u"refused"_s);
        QCOMPARE(count(u"SELECT count(*) FROM article_locks WHERE article_id IN ('%1', '%2')"_s.arg(m_othersDraft, m_edited)), 0);
        const QString draft = freshDraft(u"Bài để thử khoá"_s);
        QCOMPARE(psql(u"reporter"_s, u"SELECT outcome FROM pd_lock('', '%1', 3600, false)"_s.arg(draft)).out.trimmed(), u"taken"_s);
        QCOMPARE(count(u"SELECT count(*) FROM article_locks WHERE article_id = '%1'"
                       " AND expires_at <= clock_timestamp() + interval '301 seconds'"_s.arg(draft)), 1);
        QCOMPARE(psql(u"editor"_s, u"SELECT outcome FROM pd_break_lock('', '%1')"_s.arg(draft)).out.trimmed(), u"refused"_s);
        QCOMPARE(count(u"SELECT count(*) FROM article_locks WHERE article_id = '%1'"_s.arg(draft)), 1);
        UserStore users(*m_newsroom);
        EditLocks locks(*m_newsroom);
        QCOMPARE(locks.breakLock(draft, users.find(u"editor"_s).value()).error().code, ErrorCode::Denied);
        auto freed = locks.breakLock(draft, users.find(u"chief"_s).value());
        QVERIFY2(freed, qPrintable(freed.error().message));
        QCOMPARE(freed.value(), u"reporter"_s);
        QCOMPARE(count(u"SELECT count(*) FROM article_locks WHERE article_id = '%1'"_s.arg(draft)), 0);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE article_id = '%1' AND action = 'unlock' AND login = 'chief'"
                       " AND outcome = 'done' AND reason = 'from reporter'"_s.arg(draft)), 1);
        QCOMPARE(locks.breakLock(draft, users.find(u"chief"_s).value()).value(), QString());
    }

    // Anyone may NOTIFY; the desk re-reads only for the server's changes.
    void forgedNoticesAreIgnored()
    {
        auto second = Newsroom::open(NewsroomUrl::parse(m_url).value());
        QVERIFY2(second, qPrintable(second.error().message));
        NewsroomWatcher watcher(*second.value());
        QVERIFY(watcher.isListening());
        QSignalSpy articles(&watcher, &NewsroomWatcher::articlesChanged);
        QSignalSpy locks(&watcher, &NewsroomWatcher::lockChanged);
        const QString draft = freshDraft(u"Bài để thử thông báo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(articles.count(), 1, 5000);  // the real one
        QStringList flood;
        for (int i = 0; i < 200; ++i)
            flood << u"NOTIFY portaldesk_articles"_s << u"NOTIFY portaldesk_locks, '%1'"_s.arg(draft);
        QCOMPARE(psql(u"reporter"_s, flood.join(u"; "_s)).code, 0);
        QTest::qWait(1000);
        QCOMPARE(articles.count(), 1);
        QCOMPARE(locks.count(), 0);
        // A real change after the flood still arrives, once.
        QCOMPARE(psql(u"reporter"_s, u"SELECT outcome FROM pd_lock('', '%1', 60, false)"_s.arg(draft)).out.trimmed(), u"taken"_s);
        QTRY_COMPARE_WITH_TIMEOUT(locks.count(), 1, 5000);
        QCOMPARE(locks.first().first().toString(), draft);
    }

    // Issue 18's "Done when": each staff role, signed in with psql, tries
    // INSERT, UPDATE, DELETE and TRUNCATE on every table, and the server's
    // functions with what the workflow forbids (an approved Công báo
    // rewritten, a lock on another's article, a withdrawal cancelled, a
    // forged history, an oversized or self-indexed article). Everything is
    // refused, no table's content changes, and where a function ran, its
    // refusal is in the log in the server's words.
    void everyStaffWriteIsRefused()
    {
        const Fixtures f = makeFixtures();
        QVERIFY(!f.issue.isEmpty() && !f.digest.isEmpty() && f.withdrawal > 0);
        const QStringList tables = column(u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"_s);
        QVERIFY2(tables.size() >= 25, qPrintable(tables.join(u", ")));
        const QString before = checksums(tables);
        const int lastAudit = count(u"SELECT max(id) FROM audit_log"_s);
        const QString auditBefore = checksum(u"(SELECT * FROM audit_log WHERE id <= %1) t"_s.arg(lastAudit));

        const QStringList staff{u"reporter"_s, u"editor"_s, u"chief"_s, u"digest"_s, u"gazette"_s, u"admin"_s, u"qa"_s};
        for (const QString &login : staff) {
            QStringList script;
            for (const QString &table : tables) {
                const QString first = column(u"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                                             " AND table_name = '%1' ORDER BY ordinal_position LIMIT 1"_s.arg(table)).value(0);
                script << u"INSERT INTO %1 DEFAULT VALUES;"_s.arg(table) << u"UPDATE %1 SET %2 = %2;"_s.arg(table, first)
                       << u"DELETE FROM %1;"_s.arg(table) << u"TRUNCATE %1 CASCADE;"_s.arg(table);
            }
            const Psql run = psql(login, script.join(u'\n'), "demo", false);
            QCOMPARE(run.err.count(u"ERROR:  permission denied for table"_s), tables.size() * 4);
            QCOMPARE(run.err.count(u"ERROR:"_s), tables.size() * 4);
        }

        const QString doc = u"'{\"doc_type\": \"quyet_dinh\", \"symbol\": \"99/2026/QĐ-UBND\", \"year\": \"2026\","
                            " \"summary\": \"Nội dung đã sửa\", \"part\": \"1\", \"body\": \"Điều 1. Sửa.\"}'"_s;
        const QString item = u"'[{\"item_key\": \"k\", \"kind\": \"web\", \"outlet\": \"x\", \"title\": \"x\","
                             " \"published_at\": \"2026-11-30T00:00:00.000Z\"}]'"_s;
        const QString withdrawn = u"'%1'"_s.arg(f.withdrawnArticle);
        const QList<std::tuple<QString, QString, QString>> calls{
            // 1. The Công báo and the digest, approved, stay as approved.
            {u"gazette"_s, u"SELECT pd_gazette_edit('', '%1', %2, %3)"_s.arg(f.document).arg(f.documentVersion).arg(doc), u"refused"_s},
            {u"gazette"_s, u"SELECT pd_gazette_unplace('', '%1', '%2')"_s.arg(f.issue, f.document), u"closed"_s},
            {u"gazette"_s, u"SELECT pd_gazette_place('', '%1', '%2')"_s.arg(f.issue, f.draftDocument), u"closed"_s},
            {u"gazette"_s, u"SELECT pd_gazette_order('', '%1', ARRAY['%2'], true)"_s.arg(f.issue, f.document), u"closed"_s},
            {u"gazette"_s, u"SELECT outcome FROM pd_review('', 'issue', '%1', 'return', 'mở lại')"_s.arg(f.issue), u"refused"_s},
            {u"gazette"_s, u"SELECT outcome FROM pd_review('', 'document', '%1', 'withdraw', 'rút')"_s.arg(f.document), u"refused"_s},
            {u"gazette"_s, u"SELECT outcome FROM pd_gazette_new_issue('', 2026, %1, %1, '2026-12-01')"_s.arg(f.issueNumber), u"taken"_s},
            {u"reporter"_s, u"SELECT outcome FROM pd_gazette_add('', %1, '', '', NULL)"_s.arg(doc), u"refused"_s},
            // A symbol once a year, its number without leading zeros; no signing date to come.
            {u"gazette"_s, u"SELECT outcome FROM pd_gazette_add('', '{\"doc_type\": \"quyet_dinh\", \"symbol\": \"041/2026/QĐ-UBND\","
                           " \"year\": \"2026\", \"signed_on\": \"2026-11-20\", \"summary\": \"Trùng số\", \"part\": \"1\","
                           " \"body\": \"Điều 1. A.\"}', '', '', NULL)"_s, u"taken"_s},
            {u"gazette"_s, u"SELECT outcome FROM pd_gazette_add('', '{\"doc_type\": \"quyet_dinh\", \"symbol\": \"43/2031/QĐ-UBND\","
                           " \"year\": \"2031\", \"signed_on\": \"2031-01-05\", \"summary\": \"Ký sau\", \"part\": \"1\","
                           " \"body\": \"Điều 1. A.\"}', '', '', NULL)"_s, u"invalid"_s},
            {u"digest"_s, u"SELECT outcome FROM pd_digest_save('', '2026-11-30', %1, 'x', '', '[]')"_s.arg(f.digestVersion), u"refused"_s},
            {u"digest"_s, u"SELECT outcome FROM pd_review('', 'digest', '%1', 'withdraw', 'rút')"_s.arg(f.digest), u"refused"_s},
            {u"reporter"_s, u"SELECT outcome FROM pd_digest_feed('', NULL, 'x', 'https://evil.example/rss', '', true, false)"_s, u"refused"_s},
            {u"editor"_s, u"SELECT outcome FROM pd_digest_rule('', NULL, 'x', 'x', '', '', false)"_s, u"refused"_s},
            {u"gazette"_s, u"SELECT pd_digest_sections('', ARRAY['x'])"_s, u"refused"_s},
            {u"reporter"_s, u"SELECT pd_digest_add_items('', %1)"_s.arg(item), u"-1"_s},
            {u"reporter"_s, u"SELECT pd_digest_fetched('', 1, 'ok', '', 'x', 'x')"_s, u"refused"_s},
            // 2. Locks only on what one may edit; only a chief frees another's.
            {u"reporter"_s, u"SELECT outcome FROM pd_lock('', '%1', 3600, false)"_s.arg(m_edited), u"refused"_s},
            {u"reporter"_s, u"SELECT outcome FROM pd_lock('', '%1', 3600, false)"_s.arg(m_othersDraft), u"refused"_s},
            {u"editor"_s, u"SELECT outcome FROM pd_break_lock('', '%1')"_s.arg(m_edited), u"refused"_s},
            // 3. A withdrawal stays pending until a chief's sync confirms it.
            {u"editor"_s, u"SELECT pd_sync_sent('', 'portal', ARRAY[%1]::bigint[])"_s.arg(f.withdrawal), u"0"_s},
            {u"reporter"_s, u"SELECT pd_sync_sent('', 'portal', ARRAY[%1]::bigint[])"_s.arg(f.withdrawal), u"-1"_s},
            {u"gazette"_s, u"SELECT pd_sync_sent('', 'gazette', ARRAY[1]::bigint[])"_s, u"-1"_s},
            {u"digest"_s, u"SELECT pd_sync_status('', ARRAY[%1], 'synced')"_s.arg(withdrawn), u"-1"_s},
            {u"reporter"_s, u"SELECT pd_sync_state('', 'portal', ARRAY[%1], ARRAY['h'])"_s.arg(withdrawn), u"-1"_s},
            // 4. No forged history, no caller's wording.
            {u"reporter"_s, u"SELECT pd_audit('', 'gazette.approve', %1, 'edited', 'approved', false, 'Tổng biên tập đã duyệt')"_s.arg(withdrawn), u"permission denied for function pd_audit"_s},
            {u"reporter"_s, u"SELECT outcome FROM pd_act('', '%1', 'approve', '', '', 'Tổng biên tập đã duyệt')"_s.arg(m_othersDraft), u"refused"_s},
            // 5. The server makes ids and search text, and checks sizes and sections.
            {u"reporter"_s, u"SELECT outcome FROM pd_create_article('', 'x', 'x', '', repeat('x', 3000000), '', '', '')"_s, u"too_large"_s},
            {u"reporter"_s, u"SELECT outcome FROM pd_create_article('', 'x', 'x', '', 'x', '', '', 'Chuyên mục tự đặt')"_s, u"unknown_section"_s},
            {u"reporter"_s, u"SELECT pd_create_article('../../etc/passwd', 'x', 'x', '', 'x', '', '', '', 'x', 'forged', 'forged')"_s, u"does not exist"_s},
            {u"editor"_s, u"SELECT outcome FROM pd_save_article('', '%1', 1, 'x', 'x', '', 'x', '', '', '', '')"_s.arg(m_othersDraft), u"refused"_s},
            // 6. Photos: only who writes articles adds them, and only pictures.
            {u"gazette"_s, u"SELECT outcome FROM pd_media_add('', '{\"mime_type\": \"image/jpeg\", \"width\": 1, \"height\": 1}',"
                           " '\\xffd8ff00'::bytea, '\\xffd8ff00'::bytea, '\\xffd8ff00'::bytea)"_s, u"refused"_s},
            {u"reporter"_s, u"SELECT outcome FROM pd_media_add('', '{\"mime_type\": \"image/jpeg\", \"width\": 1, \"height\": 1,"
                            " \"web_mime_type\": \"image/jpeg\", \"thumb_mime_type\": \"image/jpeg\"}', '\\xffd8ff00'::bytea,"
                            " convert_to('<html><script>alert(1)</script></html>', 'UTF8'), '\\xffd8ff00'::bytea)"_s, u"invalid"_s},
            // And what only an admin does.
            {u"editor"_s, u"SELECT pd_set_setting('', 'portal', 'x')"_s, u"refused"_s},
            {u"reporter"_s, u"SELECT pd_add_user('', 'evil', 'Evil', ARRAY['chief_editor'], 'x')"_s, u"permission denied for function pd_add_user"_s},
            {u"editor"_s, u"SELECT pd_disable_user('', 'chief')"_s, u"permission denied for function pd_disable_user"_s},
        };
        for (const auto &[login, sql, expected] : calls) {
            const Psql run = psql(login, sql);
            const QString answer = run.code == 0 ? run.out.trimmed() : run.err;
            QVERIFY2(run.code == 0 ? answer == expected : answer.contains(expected), qPrintable(login + u": "_s + sql.left(90) + u" → "_s + answer));
        }

        QCOMPARE(checksums(tables), before);
        QCOMPARE(checksum(u"(SELECT * FROM audit_log WHERE id <= %1) t"_s.arg(lastAudit)), auditBefore);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE id > %1 AND outcome <> 'refused'"_s.arg(lastAudit)), 0);
        for (const QString &action : {u"gazette.edit"_s, u"gazette.remove-from-issue"_s, u"gazette.add-to-issue"_s, u"gazette.reorder"_s,
                                      u"gazette.return"_s, u"gazette.withdraw"_s, u"gazette.add"_s, u"digest.save"_s, u"digest.withdraw"_s,
                                      u"digest.feed"_s, u"digest.rule"_s, u"digest.sections"_s, u"digest.items"_s, u"take lock"_s,
                                      u"unlock"_s, u"sync.sent"_s, u"sync.status"_s, u"sync.state"_s, u"approve"_s, u"edit"_s,
                                      u"settings"_s}) {
            QVERIFY2(count(u"SELECT count(*) FROM audit_log WHERE id > %1 AND action = '%2' AND login <> 'pd_owner'"_s.arg(lastAudit).arg(action)) >= 1,
                     qPrintable(action));
        }
        // The editor's sync left the withdrawal pending; the chief's confirms it.
        QCOMPARE(psql(u"chief"_s, u"SELECT pd_sync_sent('', 'portal', ARRAY[%1]::bigint[])"_s.arg(f.withdrawal)).out.trimmed(), u"1"_s);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'sync.withdrawn' AND login = 'chief' AND article_id = %1"_s.arg(withdrawn)), 1);
    }

private:
    struct Fixtures {
        QString document;  // approved, in the approved issue
        int documentVersion = 0;
        QString draftDocument;
        QString issue;
        int issueNumber = 0;
        QString digest;  // approved
        int digestVersion = 0;
        QString withdrawnArticle;
        qint64 withdrawal = 0;  // its pending outbox entry
    };

    // Made as the newsroom's owner acting for each user, through the stores.
    Fixtures makeFixtures()
    {
        Fixtures f;
        UserStore users(*m_newsroom);
        const User gazette = users.find(u"gazette"_s).value();
        const User digest = users.find(u"digest"_s).value();
        const User chief = users.find(u"chief"_s).value();
        const User editor = users.find(u"editor"_s).value();
        const User reporter = users.find(u"reporter"_s).value();
        GazetteStore gazetteStore(*m_newsroom);
        LegalDocumentMeta meta;
        meta.typeKey = u"quyet_dinh"_s;
        meta.symbol = u"41/2026/QĐ-UBND"_s;
        meta.issuer = u"UBND tỉnh"_s;
        meta.signedOn = QDate(2026, 11, 20);
        meta.part = GazettePart::Normative;
        meta.summary = u"Ban hành Quy định quản lý Cổng Thông tin điện tử tỉnh"_s;
        auto document = gazetteStore.addDocument(meta, u"Điều 1. Ban hành.\nĐiều 2. Hiệu lực."_s, nullptr, gazette);
        meta.symbol = u"42/2026/QĐ-UBND"_s;
        auto draft = gazetteStore.addDocument(meta, u"Điều 1. Nháp."_s, nullptr, gazette);
        auto issue = gazetteStore.newIssue(2026, {7, 7}, QDate(2026, 11, 25), gazette);
        if (!document || !draft || !issue)
            return f;
        const bool approved = gazetteStore.addToIssue(issue->id, {document->id}, gazette).ok()
            && gazetteStore.perform(document->id, ReviewAction::Submit, gazette).ok()
            && gazetteStore.perform(document->id, ReviewAction::Approve, chief).ok()
            && gazetteStore.perform(issue->id, ReviewAction::Submit, gazette).ok()
            && gazetteStore.perform(issue->id, ReviewAction::Approve, chief).ok();
        if (!approved)
            return f;
        f.document = document->id;
        f.documentVersion = gazetteStore.document(document->id)->version;
        f.draftDocument = draft->id;
        f.issue = issue->id;
        f.issueNumber = 7;

        DigestReview review(*m_newsroom);
        DigestDraft day{QDate(2026, 11, 30), u"Sở Thông tin và Truyền thông"_s, {}, {}};
        day.entries.append(DigestEntry{u"Mưa lớn ở miền núi"_s, u"Tóm tắt"_s, u"Khác"_s, {}, u"neutral"_s, {}, {}});
        auto saved = review.save(day, 0, digest);
        if (!saved || !review.perform(day.day, ReviewAction::Submit, digest) || !review.perform(day.day, ReviewAction::Approve, chief))
            return f;
        f.digest = saved->id;
        f.digestVersion = review.forDay(day.day).value()->version;

        f.withdrawnArticle = freshDraft(u"Bài sẽ bị rút"_s);
        ArticleActions actions(*m_newsroom);
        const bool withdrawn = actions.perform(f.withdrawnArticle, Action::Submit, reporter).ok()
            && actions.perform(f.withdrawnArticle, Action::Forward, editor).ok()
            && actions.perform(f.withdrawnArticle, Action::Approve, chief).ok()
            && actions.perform(f.withdrawnArticle, Action::Publish, chief).ok()
            && actions.perform(f.withdrawnArticle, Action::Withdraw, chief, u"Sai số liệu"_s).ok();
        if (withdrawn)
            f.withdrawal = count(u"SELECT max(id) FROM portal_outbox WHERE action = 'withdraw' AND done_at IS NULL"
                                 " AND article_id = '%1'"_s.arg(f.withdrawnArticle));
        return f;
    }

    QStringList column(const QString &sql)
    {
        QSqlQuery query(m_newsroom->database());
        QStringList values;
        if (query.exec(sql)) {
            while (query.next())
                values << query.value(0).toString();
        }
        return values;
    }

    QString checksum(const QString &from)
    {
        return column(u"SELECT md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) FROM %1"_s.arg(from)).value(0);
    }

    // Every table's content but the audit log's, which refusals add to.
    QString checksums(const QStringList &tables)
    {
        QStringList sums;
        for (const QString &table : tables) {
            if (table != u"audit_log")
                sums << table + u'=' + checksum(table + u" t"_s);
        }
        return sums.join(u'\n');
    }

    QString freshDraft(const QString &title)
    {
        Article draft;
        draft.title = title;
        const User reporter = UserStore(*m_newsroom).find(u"reporter"_s).value();
        auto made = ArticleStore(*m_newsroom).create(draft, &reporter);
        return made ? made->id : QString();
    }

    // With stopOnError false, sql is a script of statements each run on
    // its own, as psql -f does.
    Psql psql(const QString &login, const QString &sql, const QByteArray &password = "demo", bool stopOnError = true)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSWORD"_s, QString::fromUtf8(password));
        env.insert(u"LC_MESSAGES"_s, u"C"_s);
        env.remove(u"PGUSER"_s);
        process.setProcessEnvironment(env);
        const QString port = env.value(u"PGPORT"_s, u"5432"_s);
        QStringList arguments{u"-X"_s, u"-At"_s, u"-v"_s, stopOnError ? u"ON_ERROR_STOP=1"_s : u"ON_ERROR_STOP=0"_s, u"-h"_s,
                              u"127.0.0.1"_s, u"-p"_s, port, u"-U"_s, login, u"-d"_s, TestBackends::postgresDatabase()};
        arguments << (stopOnError ? QStringList{u"-c"_s, sql} : QStringList{u"-f"_s, u"-"_s});
        process.start(u"psql"_s, arguments);
        if (!stopOnError) {
            process.write(sql.toUtf8());
            process.closeWriteChannel();
        }
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
