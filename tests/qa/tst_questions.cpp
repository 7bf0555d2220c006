// Citizens' questions on SQLite and PostgreSQL newsrooms, with SQLite,
// PostgreSQL and MariaDB portals: the public form's rows pulled (twice),
// sent to an agency, answered, reviewed and published exactly once; spam
// deleted on the portal; the askers' contact details nowhere in the
// portal's tables; the rules and refusals; overdue questions, statistics,
// erasure after the retention period.
#include "auditlog.h"
#include "demodata.h"
#include "newsroom.h"
#include "portal.h"
#include "questionpull.h"
#include "questionstore.h"
#include "questionsync.h"
#include "sqlsupport.h"
#include "userstore.h"

#include "testbackends.h"
#include "testportals.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

struct FormRow {
    QString uuid, name, email, phone, address, title, body, field, submitted;
};

const QList<FormRow> formRows{
    {u"6f1c2a3e-5b7d-4c1e-9a2f-000000000001"_s, u"Nguyễn Văn Hùng"_s, u"hung.nv@example.vn"_s, u"0912 345 678"_s,
     u"Thôn Hà Thanh, xã Gio Châu, huyện Gio Linh"_s, u"Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu"_s,
     u"Gia đình tôi sử dụng thửa đất ở từ năm 1995, không có tranh chấp. Xin hỏi hồ sơ và thời hạn cấp giấy chứng nhận?"_s,
     u"Đất đai"_s, u"2026-12-01T02:15:00.000Z"_s},
    {u"6f1c2a3e-5b7d-4c1e-9a2f-000000000002"_s, u"Trần Thị Mai"_s, u"mai.tt@example.vn"_s, u"0987 654 321"_s,
     u"Khu phố 3, phường Đông Lương, thành phố Đông Hà"_s, u"Chế độ thai sản khi sinh con thứ ba"_s,
     u"Tôi là viên chức, sinh con thứ ba vào tháng 10/2026. Tôi có được hưởng chế độ thai sản không?"_s, u"Lao động"_s,
     u"2026-12-02T01:00:00.000Z"_s},
    {u"6f1c2a3e-5b7d-4c1e-9a2f-000000000003"_s, u"Lê Văn Nam"_s, u"nam.lv@example.vn"_s, u"0905 111 222"_s,
     u"Thị trấn Cửa Tùng, huyện Vĩnh Linh"_s, u"Hỗ trợ ngư dân đóng tàu"_s,
     u"Xin hỏi chính sách hỗ trợ ngư dân đóng mới tàu cá vỏ thép năm 2026?"_s, u"Nông nghiệp"_s, u"2026-12-03T08:30:00.000Z"_s},
    // No text: the portal keeps it, as refused.
    {u"6f1c2a3e-5b7d-4c1e-9a2f-000000000004"_s, u"Ẩn danh"_s, u"x@example.vn"_s, u"0900 000 000"_s, QString(), u"Hỏi"_s, QString(),
     QString(), u"2026-12-03T09:00:00.000Z"_s},
};

} // namespace

class TestQuestions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanupTestCase()
    {
        TestBackends::dropPostgresDatabase();
        TestPortals::dropPostgresPortal();
    }

    void lifeOfAQuestion_data();
    void lifeOfAQuestion();
    void pullKeepsEveryRowWhole_data();
    void pullKeepsEveryRowWhole();
    void refusals_data() { TestBackends::addColumn(); }
    void refusals();
    void overdueAndStatistics_data() { TestBackends::addColumn(); }
    void overdueAndStatistics();
    void contactsErasedAfterRetention_data() { TestBackends::addColumn(); }
    void contactsErasedAfterRetention();
    void sqliteReceiveLeavesChecksOn();
    void calendarCorrections_data() { TestBackends::addColumn(); }
    void calendarCorrections();

private:
    std::unique_ptr<Newsroom> openNewsroom(const QString &backend);
    User user(Newsroom &newsroom, const QString &login) { return UserStore(newsroom).find(login).value(); }
    static bool writeForm(Portal &portal, const QList<FormRow> &rows);
    // Every value of every table of the portal, as text, that contains `needle`.
    static QStringList portalCellsContaining(Portal &portal, const QString &needle);
    static int count(Newsroom &newsroom, const QString &sql);

    QTemporaryDir m_dir;
};

std::unique_ptr<Newsroom> TestQuestions::openNewsroom(const QString &backend)
{
    QString problem;
    const QString url = TestBackends::freshNewsroomUrl(backend, m_dir, &problem);
    if (url.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        return {};
    }
    auto newsroom = Newsroom::open(NewsroomUrl::parse(url).value());
    if (!newsroom) {
        qWarning("%s", qPrintable(newsroom.error().message));
        return {};
    }
    if (!DemoData::add(*newsroom.value()))
        return {};
    return std::move(newsroom.value());
}

bool TestQuestions::writeForm(Portal &portal, const QList<FormRow> &rows)
{
    // As the portal's public form does: one INSERT per question.
    QSqlQuery query(portal.database());
    query.prepare(u"INSERT INTO portal_questions (uuid, asker_name, asker_email, asker_phone, asker_address, title, body, field,"
                  " submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const FormRow &row : rows) {
        for (const QString &value : {row.uuid, row.name, row.email, row.phone, nonNull(row.address), row.title, nonNull(row.body),
                                     nonNull(row.field)})
            query.addBindValue(value);
        query.addBindValue(portal.isMySql() ? row.submitted.left(19).replace(u'T', u' ') : row.submitted);
        if (!query.exec()) {
            qWarning("%s", qPrintable(sqlReason(query.lastError())));
            return false;
        }
    }
    return true;
}

QStringList TestQuestions::portalCellsContaining(Portal &portal, const QString &needle)
{
    QStringList found;
    QSqlDatabase db = portal.database();
    const QStringList tables = db.tables();
    if (!tables.contains(u"portal_questions"_s) || !tables.contains(u"portal_answers"_s))
        return {u"(the portal has no question tables)"_s};
    for (const QString &table : tables) {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT * FROM %1"_s.arg(table))) {
            found << table + u": "_s + sqlReason(query.lastError());
            continue;
        }
        while (query.next()) {
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = query.value(i);
                const QString text = value.metaType().id() == QMetaType::QByteArray ? QString::fromUtf8(value.toByteArray()) : value.toString();
                if (text.contains(needle))
                    found << u"%1.%2"_s.arg(table, record.fieldName(i));
            }
        }
    }
    return found;
}

int TestQuestions::count(Newsroom &newsroom, const QString &sql)
{
    QSqlQuery query(newsroom.database());
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(sqlReason(query.lastError())));
        return -1;
    }
    return query.value(0).toInt();
}

void TestQuestions::lifeOfAQuestion_data()
{
    QTest::addColumn<QString>("newsroomBackend");
    QTest::addColumn<QString>("portalBackend");
    QTest::newRow("sqlite newsroom, sqlite portal") << u"sqlite"_s << u"sqlite"_s;
    QTest::newRow("sqlite newsroom, postgresql portal") << u"sqlite"_s << u"postgresql"_s;
    QTest::newRow("postgresql newsroom, sqlite portal") << u"postgresql"_s << u"sqlite"_s;
    QTest::newRow("postgresql newsroom, postgresql portal") << u"postgresql"_s << u"postgresql"_s;
    QTest::newRow("sqlite newsroom, mariadb portal") << u"sqlite"_s << u"mariadb"_s;
}

void TestQuestions::lifeOfAQuestion()
{
    QFETCH(QString, newsroomBackend);
    QFETCH(QString, portalBackend);
    auto newsroom = openNewsroom(newsroomBackend);
    QVERIFY(newsroom);
    QString portalUrl;
    auto portal = TestPortals::fresh(portalBackend, u"questions"_s, m_dir, &portalUrl);
    QVERIFY(portal);
    QVERIFY(writeForm(*portal, formRows));

    const User qa = user(*newsroom, u"qa"_s);
    const User chief = user(*newsroom, u"chief"_s);
    const User admin = user(*newsroom, u"admin"_s);
    QuestionStore store(*newsroom);
    auto land = store.addAgency(u"Sở Tài nguyên và Môi trường"_s, admin);
    QVERIFY2(land, qPrintable(land.error().message));
    QVERIFY(store.addAgency(u"Sở Nội vụ"_s, admin));

    // Pulled: three taken, the one without text refused and kept there.
    auto pulled = QuestionPull(*newsroom, *portal).run(qa);
    QVERIFY2(pulled, qPrintable(pulled.error().message));
    QCOMPARE(pulled->added, 3);
    QCOMPARE(pulled->skipped.size(), 1);
    QVERIFY(pulled->skipped.first().contains(formRows.at(3).uuid));
    QCOMPARE(store.count().value(), 3);
    // Twice: nothing new, nothing doubled.
    auto again = QuestionPull(*newsroom, *portal).run(qa);
    QVERIFY(again);
    QCOMPARE(again->fetched, 0);
    QCOMPARE(again->added, 0);
    QCOMPARE(store.count().value(), 3);
    // The portal forgets the contact details of what it handed over.
    for (const FormRow &row : formRows.first(3)) {
        QCOMPARE(portalCellsContaining(*portal, row.email), QStringList());
        QCOMPARE(portalCellsContaining(*portal, row.phone), QStringList());
        QCOMPARE(portalCellsContaining(*portal, row.address), QStringList());
    }
    // The newsroom has them, for the question staff.
    auto contact = store.contact(formRows.at(0).uuid, qa);
    QVERIFY(contact);
    QCOMPARE(contact->email, formRows.at(0).email);
    QCOMPARE(contact->phone, formRows.at(0).phone);
    auto first = store.question(formRows.at(0).uuid);
    QVERIFY(first);
    QCOMPARE(first->state, QuestionState::Received);
    QCOMPARE(first->title, formRows.at(0).title);
    QCOMPARE(first->askerShown, formRows.at(0).name);
    QCOMPARE(first->submittedAt, QDateTime::fromString(formRows.at(0).submitted, Qt::ISODateWithMs));

    // Sent to its agency, due ten working days later.
    QuestionStep assign;
    assign.agencyId = land->id;
    auto assigned = store.act(first->id, QuestionAction::Assign, assign, qa);
    QVERIFY2(assigned, qPrintable(assigned.error().message));
    QCOMPARE(assigned->state, QuestionState::Assigned);
    QCOMPARE(assigned->agency, land->name);
    QCOMPARE(assigned->due, store.calendar()->addWorkingDays(QuestionStore::today(), 10));

    QuestionStep answer;
    answer.answer = u"Căn cứ Điều 137 Luật Đất đai năm 2024, hồ sơ gồm: đơn đăng ký, giấy tờ về quyền sử dụng đất..."_s;
    answer.letter = u"Công văn số 1234/STNMT-ĐĐ"_s;
    answer.letterDate = QuestionStore::today();
    answer.baseVersion = assigned->version;
    auto answered = store.act(first->id, QuestionAction::Answer, answer, qa);
    QVERIFY2(answered, qPrintable(answered.error().message));
    QCOMPARE(answered->answeredOn, QuestionStore::today());
    QCOMPARE(answered->letter, answer.letter);
    QVERIFY(store.act(first->id, QuestionAction::Submit, {}, qa));
    // Returned by the chief, with the reason; answered again.
    QuestionStep back;
    back.reason = u"Đề nghị Sở nêu rõ thời hạn giải quyết."_s;
    auto returned = store.act(first->id, QuestionAction::Return, back, chief);
    QVERIFY2(returned, qPrintable(returned.error().message));
    QCOMPARE(returned->state, QuestionState::Returned);
    QCOMPARE(returned->reason, back.reason);
    answer.answer += u"\n\nThời hạn giải quyết không quá 20 ngày làm việc."_s;
    answer.baseVersion = 0;
    QVERIFY(store.act(first->id, QuestionAction::Answer, answer, qa));
    QVERIFY(store.act(first->id, QuestionAction::Submit, {}, qa));
    QVERIFY(store.act(first->id, QuestionAction::Approve, {}, chief));
    auto published = store.act(first->id, QuestionAction::Publish, {}, chief);
    QVERIFY2(published, qPrintable(published.error().message));
    QCOMPARE(published->state, QuestionState::Published);

    // To the portal exactly once.
    QuestionSync sync(*newsroom, *portal);
    QCOMPARE(sync.pendingCount().value(), 1);
    auto sent = sync.run();
    QVERIFY2(sent, qPrintable(sent.error().message));
    QCOMPARE(sent->published, 1);
    QVERIFY2(sent->errors.isEmpty(), qPrintable(sent->errors.join(u'\n')));
    QCOMPARE(sync.pendingCount().value(), 0);
    QCOMPARE(sync.run()->published, 0);
    {
        QSqlQuery row(portal->database());
        QVERIFY(row.exec(u"SELECT title, asker, agency, letter, answer_html, status FROM portal_answers"_s));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), formRows.at(0).title);
        QCOMPARE(row.value(1).toString(), formRows.at(0).name);
        QCOMPARE(row.value(2).toString(), land->name);
        QCOMPARE(row.value(3).toString(), answer.letter);
        QVERIFY(row.value(4).toString().contains(u"Thời hạn giải quyết"_s));
        QCOMPARE(row.value(5).toString(), u"published"_s);
        QVERIFY(!row.next());
    }

    // A duplicate merged, an abusive one rejected: neither published.
    QuestionStep merge;
    merge.into = first->id;
    QCOMPARE(store.act(formRows.at(2).uuid, QuestionAction::Merge, merge, qa)->state, QuestionState::Merged);
    QuestionStep reject;
    reject.reason = u"Nội dung không thuộc thẩm quyền của tỉnh."_s;
    QVERIFY(store.act(formRows.at(1).uuid, QuestionAction::Assign, assign, qa));
    // Deleted on the portal while with the agency: marked, kept.
    {
        QSqlQuery remove(portal->database());
        QVERIFY(remove.exec(u"DELETE FROM portal_questions WHERE uuid = '%1'"_s.arg(formRows.at(1).uuid)));
    }
    // And a new one the portal's moderators mark as spam at once.
    const FormRow spam{u"6f1c2a3e-5b7d-4c1e-9a2f-000000000005"_s, u"Quảng cáo"_s, u"ads@example.com"_s, u"0999 999 999"_s,
                       u"Hà Nội"_s, u"Mua bán sim số đẹp"_s, u"Liên hệ ngay"_s, QString(), u"2026-12-04T00:00:00.000Z"_s};
    QVERIFY(writeForm(*portal, {spam}));
    auto withSpam = QuestionPull(*newsroom, *portal).run(qa);
    QVERIFY(withSpam);
    QCOMPARE(withSpam->added, 1);
    QCOMPARE(withSpam->deletedOnPortal, 1);  // the one deleted
    {
        QSqlQuery mark(portal->database());
        QVERIFY(mark.exec(u"UPDATE portal_questions SET status = 'spam' WHERE uuid = '%1'"_s.arg(spam.uuid)));
    }
    auto marked = QuestionPull(*newsroom, *portal).run(qa);
    QVERIFY2(marked, qPrintable(marked.error().message));
    QCOMPARE(marked->deletedOnPortal, 1);  // the one marked spam
    QCOMPARE(store.question(spam.uuid)->state, QuestionState::Spam);
    auto kept = store.question(formRows.at(1).uuid);
    QCOMPARE(kept->state, QuestionState::Assigned);
    QVERIFY(kept->deletedOnPortal.isValid());
    QCOMPARE(store.act(formRows.at(1).uuid, QuestionAction::Reject, reject, chief)->state, QuestionState::Rejected);
    QCOMPARE(store.count().value(), 4);

    // Nothing personal reached the portal, in any table, any column.
    for (const FormRow &row : formRows.first(3) + QList<FormRow>{spam}) {
        QCOMPARE(portalCellsContaining(*portal, row.email), QStringList());
        QCOMPARE(portalCellsContaining(*portal, row.phone), QStringList());
    }
    // Every step is in the audit log, in order.
    auto log = AuditLog::forArticle(newsroom->database(), first->id);
    QVERIFY(log);
    QStringList actions;
    for (const AuditEntry &entry : log.value())
        actions.prepend(entry.action);
    QStringList expected{u"qa.assign"_s, u"qa.answer"_s, u"qa.submit"_s, u"qa.return"_s, u"qa.answer"_s, u"qa.submit"_s,
                         u"qa.approve"_s, u"qa.publish"_s};
    if (newsroomBackend == u"postgresql")
        expected << u"sync.question-publish"_s;
    QCOMPARE(actions, expected);
    portal.reset();
}

void TestQuestions::pullKeepsEveryRowWhole_data()
{
    QTest::addColumn<QString>("newsroomBackend");
    QTest::addColumn<QString>("portalBackend");
    QTest::newRow("sqlite newsroom, postgresql portal") << u"sqlite"_s << u"postgresql"_s;
    QTest::newRow("postgresql newsroom, postgresql portal") << u"postgresql"_s << u"postgresql"_s;
    QTest::newRow("sqlite newsroom, sqlite portal") << u"sqlite"_s << u"sqlite"_s;
}

// More rows than two batches, each committed and audited on its own, and
// text the transfer must escape (line breaks, tabs, backslashes, a literal
// \N, quotes, characters beyond the BMP):
// every row arrives as the form wrote it, to the millisecond, and leaves
// nothing personal behind on the portal.
void TestQuestions::pullKeepsEveryRowWhole()
{
    QFETCH(QString, newsroomBackend);
    QFETCH(QString, portalBackend);
    auto newsroom = openNewsroom(newsroomBackend);
    QVERIFY(newsroom);
    QString portalUrl;
    auto portal = TestPortals::fresh(portalBackend, u"wholerows"_s, m_dir, &portalUrl);
    QVERIFY(portal);
    const int total = 2 * QuestionPull::batchSize + 7;
    QList<FormRow> rows;
    for (int i = 0; i < total; ++i) {
        rows.append({u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0')), u"Người hỏi %1"_s.arg(i), u"hoi%1@example.vn"_s.arg(i),
                     u"0900%1"_s.arg(i, 6, 10, QChar(u'0')), u"Thôn %1"_s.arg(i), u"Câu hỏi %1"_s.arg(i), u"Nội dung %1."_s.arg(i),
                     u"Đất đai"_s, toStamp(QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC).addMSecs(i * 1001LL))});
    }
    const QString odd = u"Dòng một\nDòng hai\tcột \\ gạch chéo, \\N, \"ngoặc\" 'đơn' 🇻🇳\r\nhết"_s;
    rows[17].body = odd;
    rows[17].title = u"Tiêu đề\tcó tab \\ và \\N"_s;
    rows[17].address = u"Số 1\nđường Lê Duẩn"_s;
    rows[total - 1].body = odd;
    {
        WriteTransaction transaction(portal->database());
        QVERIFY(transaction.begun());
        QVERIFY(writeForm(*portal, rows));
        QVERIFY(transaction.commit());
    }
    const User qa = user(*newsroom, u"qa"_s);
    auto pulled = QuestionPull(*newsroom, *portal).run(qa);
    QVERIFY2(pulled, qPrintable(pulled.error().message));
    QCOMPARE(pulled->fetched, total);
    QCOMPARE(pulled->added, total);
    QVERIFY(pulled->skipped.isEmpty());
    QuestionStore store(*newsroom);
    QCOMPARE(store.count().value(), total);
    for (int i : {0, 17, QuestionPull::batchSize, 2 * QuestionPull::batchSize, total - 1}) {
        auto q = store.question(rows.at(i).uuid);
        QVERIFY2(q, qPrintable(rows.at(i).uuid));
        QCOMPARE(q->title, rows.at(i).title);
        QCOMPARE(q->body, rows.at(i).body);
        QCOMPARE(q->field, rows.at(i).field);
        QCOMPARE(q->askerShown, rows.at(i).name);
        QCOMPARE(q->submittedAt, fromStamp(rows.at(i).submitted));
        auto contact = store.contact(rows.at(i).uuid, qa);
        QVERIFY(contact);
        QCOMPARE(contact->email, rows.at(i).email);
        QCOMPARE(contact->phone, rows.at(i).phone);
        QCOMPARE(contact->address, rows.at(i).address);
    }
    // Every row received on the portal, none with contact details left.
    QSqlQuery left(portal->database());
    QVERIFY(left.exec(u"SELECT count(*) FROM portal_questions WHERE status <> 'received' OR asker_email <> '' OR asker_phone <> ''"
                      " OR asker_address <> ''"_s));
    QVERIFY(left.next());
    QCOMPARE(left.value(0).toInt(), 0);
    // Each batch committed and audited on its own.
    QSqlQuery audited(newsroom->database());
    QVERIFY(audited.exec(u"SELECT count(*), sum(CAST(substr(reason, 1, length(reason) - length(' new questions from the portal')) AS INTEGER))"
                         " FROM audit_log"
                         " WHERE action = 'qa.pull' AND outcome = 'done'"_s));
    QVERIFY(audited.next());
    QCOMPARE(audited.value(0).toInt(), 3);
    QCOMPARE(audited.value(1).toInt(), total);
    auto again = QuestionPull(*newsroom, *portal).run(qa);
    QVERIFY2(again, qPrintable(again.error().message));
    QCOMPARE(again->fetched, 0);
    QCOMPARE(again->deletedOnPortal, 0);
    QCOMPARE(store.count().value(), total);
}

// An SQLite newsroom's receive compiles its insert without the table's
// CHECK (the state it leaves to its default is always valid): afterwards,
// and after a receive that failed, the connection checks again.
void TestQuestions::sqliteReceiveLeavesChecksOn()
{
    auto newsroom = openNewsroom(u"sqlite"_s);
    QVERIFY(newsroom);
    QuestionStore store(*newsroom);
    const User qa = user(*newsroom, u"qa"_s);
    IncomingQuestion first{u"q-1"_s, u"Tiêm chủng cho trẻ"_s, u"Lịch tiêm chủng mở rộng năm 2026?"_s, u"Y tế"_s,
                           QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::UTC),
                           {u"Phạm Thị Lan"_s, u"lan@example.vn"_s, u"0911 000 111"_s, u"Triệu Phong"_s, {}}};
    IncomingQuestion second = first;
    second.id = u"q-2"_s;
    second.asker = {};
    QCOMPARE(store.receive({first, second}, qa).value(), 2);
    QCOMPARE(store.receive({first, second}, qa).value(), 0);

    const auto checksOn = [&] {
        QSqlQuery query(newsroom->database());
        if (!query.exec(u"PRAGMA ignore_check_constraints"_s) || !query.next() || query.value(0).toInt() != 0)
            return false;
        // A state outside the ten is refused.
        return !query.exec(u"UPDATE questions SET state = 'bogus' WHERE id = 'q-1'"_s);
    };
    QVERIFY(checksOn());
    QSqlQuery query(newsroom->database());
    QVERIFY(query.exec(u"SELECT q.state, a.email, a.name, q.asker_shown FROM questions q JOIN question_askers a ON a.question_id = q.id ORDER BY q.id"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"received"_s);
    QCOMPARE(query.value(1).toString(), u"lan@example.vn"_s);
    QCOMPARE(query.value(3).toString(), u"Phạm Thị Lan"_s);
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QString());  // no details: empty, not NULL
    QVERIFY(!query.value(1).isNull());

    // A receive that fails half-way (its second question's id clashes with
    // a contact row left without its question) leaves nothing and the checks on.
    QVERIFY(query.exec(u"PRAGMA foreign_keys = OFF"_s));
    QVERIFY(query.exec(u"INSERT INTO question_askers (question_id) VALUES ('q-4')"_s));
    QVERIFY(query.exec(u"PRAGMA foreign_keys = ON"_s));
    IncomingQuestion third = first;
    third.id = u"q-3"_s;
    IncomingQuestion fourth = first;
    fourth.id = u"q-4"_s;
    QVERIFY(!store.receive({third, fourth}, qa));
    QVERIFY(checksOn());
    QVERIFY(query.exec(u"SELECT count(*) FROM questions WHERE id IN ('q-3', 'q-4')"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestQuestions::refusals()
{
    QFETCH(QString, backend);
    auto newsroom = openNewsroom(backend);
    QVERIFY(newsroom);
    QuestionStore store(*newsroom);
    const User qa = user(*newsroom, u"qa"_s);
    const User reporter = user(*newsroom, u"reporter"_s);
    const User editor = user(*newsroom, u"editor"_s);
    const User admin = user(*newsroom, u"admin"_s);
    QCOMPARE(store.addAgency(u"Sở Y tế"_s, qa).error().code, ErrorCode::Denied);
    auto health = store.addAgency(u"Sở Y tế"_s, admin);
    QVERIFY(health);
    QCOMPARE(store.addAgency(u"sở y tế"_s, admin).error().code, ErrorCode::Conflict);
    auto closed = store.addAgency(u"Sở Bưu chính Viễn thông"_s, admin);
    QVERIFY(store.setAgencyActive(closed->id, false, admin));

    IncomingQuestion incoming{u"q-1"_s, u"Tiêm chủng cho trẻ"_s, u"Lịch tiêm chủng mở rộng năm 2026?"_s, u"Y tế"_s,
                              QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::UTC),
                              {u"Phạm Thị Lan"_s, u"lan@example.vn"_s, u"0911 000 111"_s, u"Triệu Phong"_s, {}}};
    QCOMPARE(store.receive({incoming}, reporter).error().code, ErrorCode::Denied);
    QCOMPARE(store.receive({incoming}, qa).value(), 1);
    IncomingQuestion empty = incoming;
    empty.id = u"q-2"_s;
    empty.body.clear();
    QCOMPARE(store.receive({empty}, qa).error().code, ErrorCode::InvalidInput);
    IncomingQuestion huge = incoming;
    huge.id = u"q-3"_s;
    huge.body = QString(maxQuestionBytes, u'a');
    QCOMPARE(store.receive({huge}, qa).error().code, ErrorCode::InvalidInput);

    QuestionStep assign;
    assign.agencyId = health->id;
    QCOMPARE(store.act(u"q-1"_s, QuestionAction::Assign, assign, reporter).error().code, ErrorCode::Denied);
    QCOMPARE(store.act(u"nope"_s, QuestionAction::Assign, assign, qa).error().code, ErrorCode::NotFound);
    QuestionStep toClosed = assign;
    toClosed.agencyId = closed->id;
    QCOMPARE(store.act(u"q-1"_s, QuestionAction::Assign, toClosed, qa).error().code, ErrorCode::InvalidInput);
    QuestionStep past = assign;
    past.due = QuestionStore::today().addDays(-1);
    QCOMPARE(store.act(u"q-1"_s, QuestionAction::Assign, past, qa).error().code, ErrorCode::InvalidInput);
    QCOMPARE(store.act(u"q-1"_s, QuestionAction::Reject, {}, qa).error().code, ErrorCode::InvalidInput);
    QuestionStep self;
    self.into = u"q-1"_s;
    QCOMPARE(store.act(u"q-1"_s, QuestionAction::Merge, self, qa).error().code, ErrorCode::InvalidInput);
    auto assigned = store.act(u"q-1"_s, QuestionAction::Assign, assign, qa);
    QVERIFY2(assigned, qPrintable(assigned.error().message));
    QuestionStep stale;
    stale.answer = u"Trả lời"_s;
    stale.baseVersion = assigned->version - 1;
    QCOMPARE(store.act(u"q-1"_s, QuestionAction::Answer, stale, qa).error().code, ErrorCode::Conflict);
    QuestionStep blank;
    QCOMPARE(store.act(u"q-1"_s, QuestionAction::Answer, blank, qa).error().code, ErrorCode::InvalidInput);
    // Publishing skips no step.
    QCOMPARE(store.act(u"q-1"_s, QuestionAction::Publish, {}, user(*newsroom, u"chief"_s)).error().code, ErrorCode::Denied);
    // Personal data: the editor and the reporter see none of it.
    QCOMPARE(store.contact(u"q-1"_s, editor).error().code, ErrorCode::Denied);
    QCOMPARE(store.contact(u"q-1"_s, reporter).error().code, ErrorCode::Denied);
    QCOMPARE(store.contact(u"q-1"_s, qa)->email, incoming.asker.email);
    QCOMPARE(store.question(u"q-1"_s)->state, QuestionState::Assigned);
    if (backend == u"sqlite")
        QVERIFY(count(*newsroom, u"SELECT count(*) FROM audit_log WHERE outcome = 'refused' AND action LIKE 'qa.%'"_s) >= 3);
}

void TestQuestions::overdueAndStatistics()
{
    QFETCH(QString, backend);
    auto newsroom = openNewsroom(backend);
    QVERIFY(newsroom);
    QuestionStore store(*newsroom);
    const User qa = user(*newsroom, u"qa"_s);
    const User admin = user(*newsroom, u"admin"_s);
    auto interior = store.addAgency(u"Sở Nội vụ"_s, admin);
    auto district = store.addAgency(u"UBND huyện Hải Lăng"_s, admin);
    QVERIFY(interior && district);
    QList<IncomingQuestion> incoming;
    for (int i = 1; i <= 6; ++i) {
        incoming.append({u"q-%1"_s.arg(i), u"Câu hỏi số %1"_s.arg(i), u"Nội dung câu hỏi số %1."_s.arg(i), QString(),
                         QDateTime(QDate(2025, 1, 2), QTime(3, 0), QTimeZone::UTC), {u"Người hỏi %1"_s.arg(i), {}, {}, {}, {}}});
    }
    QCOMPARE(store.receive(incoming, qa).value(), 6);
    QuestionStep assign;
    for (int i = 1; i <= 6; ++i) {
        assign.agencyId = i <= 4 ? interior->id : district->id;
        QVERIFY(store.act(u"q-%1"_s.arg(i), QuestionAction::Assign, assign, qa));
    }
    // Their history, set as the newsroom's owner: sent on 24/1/2025, the
    // Friday before Tết Ất Tỵ, due ten working days later, 14/2 by the law
    // alone (Tết 28/1–1/2 and the make-up Monday 3/2 do not count).
    const auto set = [&](const QString &id, const QString &assigned, const QString &due, const QString &answered, const QString &state) {
        QSqlQuery query(newsroom->database());
        query.prepare(u"UPDATE questions SET assigned_on = ?, due_on = ?, answered_on = ?, state = ? WHERE id = ?"_s);
        query.addBindValue(assigned);
        query.addBindValue(due);
        query.addBindValue(answered.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(answered));
        query.addBindValue(state);
        query.addBindValue(id);
        return query.exec();
    };
    QCOMPARE(store.calendar()->addWorkingDays(QDate(2025, 1, 24), 10), QDate(2025, 2, 14));
    QVERIFY(set(u"q-1"_s, u"2025-01-24"_s, u"2025-02-14"_s, u"2025-02-12"_s, u"published"_s));  // 8 working days
    QVERIFY(set(u"q-2"_s, u"2025-01-24"_s, u"2025-02-14"_s, u"2025-02-14"_s, u"answered"_s));   // 10, on the day
    QVERIFY(set(u"q-3"_s, u"2025-01-24"_s, u"2025-02-14"_s, u"2025-02-18"_s, u"edited"_s));     // 12, late
    QVERIFY(set(u"q-4"_s, u"2025-01-24"_s, u"2025-02-14"_s, QString(), u"assigned"_s));         // still waiting
    QVERIFY(set(u"q-5"_s, u"2025-02-03"_s, u"2025-02-17"_s, QString(), u"returned"_s));
    QVERIFY(set(u"q-6"_s, u"2025-02-10"_s, u"2099-01-01"_s, QString(), u"assigned"_s));         // not due yet

    auto overdue = store.overdue(QuestionStore::today());
    QVERIFY(overdue);
    QStringList ids;
    for (const Question &q : overdue.value())
        ids << q.id;
    QCOMPARE(ids, (QStringList{u"q-4"_s, u"q-5"_s}));
    QVERIFY(overdue->first().isOverdue(QuestionStore::today()));
    QuestionFilter onlyOverdue;
    onlyOverdue.overdueOnly = true;
    QCOMPARE(store.questions(onlyOverdue)->size(), 2);

    auto january = store.statistics(u"2025-01"_s);
    QVERIFY(january);
    QCOMPARE(january->size(), 1);
    QCOMPARE(january->first().agency, interior->name);
    QCOMPARE(january->first().received, 4);
    QCOMPARE(january->first().open, 1);
    QCOMPARE(january->first().answered, 0);
    auto february = store.statistics(u"2025-02"_s);
    QVERIFY(february);
    QCOMPARE(february->size(), 2);
    // Vietnamese order: "Sở Nội vụ" before "UBND huyện Hải Lăng".
    const AgencyMonth &interiorFeb = february->at(0);
    QCOMPARE(interiorFeb.agency, interior->name);
    QCOMPARE(interiorFeb.received, 0);
    QCOMPARE(interiorFeb.answered, 3);
    QCOMPARE(interiorFeb.onTime, 2);
    QCOMPARE(interiorFeb.late, 1);
    QCOMPARE(interiorFeb.averageWorkingDays, (8 + 10 + 12) / 3.0);
    QCOMPARE(february->at(1).received, 2);
    QCOMPARE(february->at(1).open, 2);
    QCOMPARE(store.statistics(u"2025-13"_s).error().code, ErrorCode::InvalidInput);
}

void TestQuestions::contactsErasedAfterRetention()
{
    QFETCH(QString, backend);
    auto newsroom = openNewsroom(backend);
    QVERIFY(newsroom);
    QuestionStore store(*newsroom);
    const User qa = user(*newsroom, u"qa"_s);
    const User admin = user(*newsroom, u"admin"_s);
    QList<IncomingQuestion> incoming;
    for (int i = 1; i <= 3; ++i) {
        incoming.append({u"q-%1"_s.arg(i), u"Câu hỏi %1"_s.arg(i), u"Nội dung."_s, QString(), QDateTime(QDate(2024, 1, 2), QTime(3, 0), QTimeZone::UTC),
                         {u"Người hỏi %1"_s.arg(i), u"nguoihoi%1@example.vn"_s.arg(i), u"0900 000 00%1"_s.arg(i), u"Cam Lộ"_s, {}}});
    }
    QCOMPARE(store.receive(incoming, qa).value(), 3);
    const QString longAgo = toStamp(QDateTime(QuestionStore::today().addMonths(-25), QTime(1, 0), QTimeZone::UTC));
    const QString lately = toStamp(QDateTime(QuestionStore::today().addMonths(-23), QTime(1, 0), QTimeZone::UTC));
    QSqlQuery query(newsroom->database());
    QVERIFY(query.exec(u"UPDATE questions SET state = 'published', published_at = '%1' WHERE id = 'q-1'"_s.arg(longAgo)));
    QVERIFY(query.exec(u"UPDATE questions SET state = 'published', published_at = '%1' WHERE id = 'q-2'"_s.arg(lately)));
    QVERIFY(query.exec(u"UPDATE questions SET state = 'rejected', updated_at = '%1' WHERE id = 'q-3'"_s.arg(longAgo)));
    QCOMPARE(store.eraseExpiredContacts(QuestionStore::today(), qa).error().code, ErrorCode::Denied);
    QCOMPARE(store.eraseExpiredContacts(QuestionStore::today(), admin).value(), 2);
    QCOMPARE(store.eraseExpiredContacts(QuestionStore::today(), admin).value(), 0);
    auto erased = store.contact(u"q-1"_s, qa);
    QVERIFY(erased->erasedAt.isValid());
    QVERIFY(erased->email.isEmpty() && erased->phone.isEmpty() && erased->name.isEmpty());
    QCOMPARE(store.contact(u"q-2"_s, qa)->email, u"nguoihoi2@example.vn"_s);
    QVERIFY(store.contact(u"q-3"_s, qa)->erasedAt.isValid());
    QCOMPARE(count(*newsroom, u"SELECT count(*) FROM audit_log WHERE action = 'qa.erase' AND outcome = 'done'"_s), 2);
    // The question itself stays, as published.
    QCOMPARE(store.question(u"q-1"_s)->askerShown, u"Người hỏi 1"_s);
}

void TestQuestions::calendarCorrections()
{
    QFETCH(QString, backend);
    auto newsroom = openNewsroom(backend);
    QVERIFY(newsroom);
    QuestionStore store(*newsroom);
    const User admin = user(*newsroom, u"admin"_s);
    // Tết Ất Tỵ 2025 as the Prime Minister decided it: 25/1 to 2/2, Monday
    // 27/1 off, Monday 3/2 worked (the law alone gives 28/1–1/2 and 3/2 off).
    QCOMPARE(store.calendar()->addWorkingDays(QDate(2025, 1, 24), 10), QDate(2025, 2, 14));
    QCOMPARE(store.setCalendarDay(QDate(2025, 1, 27), u"off"_s, u"Tết Ất Tỵ"_s, user(*newsroom, u"qa"_s)).error().code, ErrorCode::Denied);
    QVERIFY(store.setCalendarDay(QDate(2025, 1, 27), u"off"_s, u"Tết Ất Tỵ"_s, admin));
    QVERIFY(store.setCalendarDay(QDate(2025, 2, 3), u"work"_s, u"Tết Ất Tỵ"_s, admin));
    // From Friday 24/1: 3/2 … 14/2 are ten working days.
    QCOMPARE(store.calendar()->addWorkingDays(QDate(2025, 1, 24), 10), QDate(2025, 2, 14));
    QCOMPARE(store.calendar()->addWorkingDays(QDate(2025, 1, 24), 1), QDate(2025, 2, 3));
    QCOMPARE(store.calendarDays()->size(), 2);
    QVERIFY(store.setCalendarDay(QDate(2025, 2, 3), QString(), {}, admin));
    QCOMPARE(store.calendar()->addWorkingDays(QDate(2025, 1, 24), 1), QDate(2025, 2, 4));
    QCOMPARE(store.setCalendarDay(QDate(2025, 2, 3), u"holiday"_s, {}, admin).error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestQuestions)
#include "tst_questions.moc"
