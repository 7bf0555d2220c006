// Royalties on both backends: the shipped schedules and their worked
// examples, the arithmetic (shares, withholding, months in Vietnam's time),
// grading and its refusals, closed months.
#include "articleactions.h"
#include "articlestore.h"
#include "auditlog.h"
#include "demodata.h"
#include "mediastore.h"
#include "newsroom.h"
#include "photoimport.h"
#include "migrations.h"
#include "royaltystore.h"
#include "userstore.h"

#include "testbackends.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString shippedSchedules()
{
    return QStringLiteral(PORTALDESK_SOURCE_DIR "/resources/royalty");
}

// A schedule of the test's own, to test what shipped files need not show:
// a unit value that changes in the middle of a month.
const QByteArray midMonthSchedule = R"({"decision": "99/2024/QĐ-UBND", "title": "Thử nghiệm",
  "unit_value": [{"from": "2024-01-01", "dong": 180000}, {"from": "2024-07-15", "dong": 234000}],
  "categories": [{"code": "tin", "name": "Tin", "kind": "text", "min": 1, "max": 10},
                 {"code": "bai", "name": "Bài", "kind": "text", "min": 0.5, "max": 15},
                 {"code": "anh", "name": "Ảnh", "kind": "photo", "min": 1, "max": 5}],
  "remuneration": [{"code": "bien_tap", "name": "Biên tập", "percent": 10}],
  "high_value": {"max_percent": 30},
  "withholding": {"threshold": 2000000, "rate": 0.10}})";

} // namespace

class TestRoyalties : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanupTestCase() { TestBackends::dropPostgresDatabase(); }

    void shippedSchedulesParse();
    void decree18ByDate();
    void scheduleRefusals_data();
    void scheduleRefusals();
    void workedExamples();
    void shareRounding_data();
    void shareRounding();
    void sharesAlwaysAddUp();
    void withholding_data();
    void withholding();
    void monthsAreVietnams();

    void firstPublicationIsRecorded_data() { TestBackends::addColumn(); }
    void firstPublicationIsRecorded();
    void olderNewsroomsLearnTheirPublicationDays_data() { TestBackends::addColumn(); }
    void olderNewsroomsLearnTheirPublicationDays();
    void grading_data() { TestBackends::addColumn(); }
    void grading();
    void workedExamplesInTheNewsroom_data() { TestBackends::addColumn(); }
    void workedExamplesInTheNewsroom();
    void unitValueChangesWithinAMonth_data() { TestBackends::addColumn(); }
    void unitValueChangesWithinAMonth();
    void closedMonth_data() { TestBackends::addColumn(); }
    void closedMonth();

private:
    std::unique_ptr<Newsroom> openNewsroom(const QString &backend);
    // A new article by the reporter, taken through the workflow to
    // published, its first publication set to `published` (UTC).
    QString publishedArticle(Newsroom &newsroom, const QString &title, const QDateTime &published, const QString &leadPhoto = {});
    User user(Newsroom &newsroom, const QString &login) { return UserStore(newsroom).find(login).value(); }
    int auditCount(Newsroom &newsroom, const QString &action, const QString &outcome);

    QTemporaryDir m_dir;
};

std::unique_ptr<Newsroom> TestRoyalties::openNewsroom(const QString &backend)
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

QString TestRoyalties::publishedArticle(Newsroom &newsroom, const QString &title, const QDateTime &published, const QString &leadPhoto)
{
    Article article;
    article.title = title;
    article.summary = u"Tóm tắt của bài."_s;
    article.body = u"Nội dung bài viết."_s;
    const User reporter = user(newsroom, u"reporter"_s);
    auto created = ArticleStore(newsroom).create(article, &reporter);
    if (!created) {
        qWarning("%s", qPrintable(created.error().message));
        return {};
    }
    ArticleActions actions(newsroom);
    const QString id = created->id;
    if (!leadPhoto.isEmpty()) {
        QSqlQuery query(newsroom.database());
        query.prepare(u"UPDATE articles SET lead_photo = ? WHERE id = ?"_s);
        query.addBindValue(leadPhoto);
        query.addBindValue(id);
        if (!query.exec())
            return {};
    }
    for (const auto &[action, login] : {std::pair{Action::Submit, u"reporter"_s}, {Action::Forward, u"editor"_s},
                                        {Action::Approve, u"chief"_s}, {Action::Publish, u"chief"_s}}) {
        auto done = actions.perform(id, action, user(newsroom, login));
        if (!done) {
            qWarning("%s", qPrintable(done.error().message));
            return {};
        }
    }
    // The newsroom set it when the article was published, now; the test
    // moves it to the day it needs (as the newsroom's owner).
    QSqlQuery query(newsroom.database());
    query.prepare(u"UPDATE articles SET first_published_at = ? WHERE id = ?"_s);
    query.addBindValue(published.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s));
    query.addBindValue(id);
    if (!query.exec()) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return {};
    }
    return id;
}

int TestRoyalties::auditCount(Newsroom &newsroom, const QString &action, const QString &outcome)
{
    QSqlQuery query(newsroom.database());
    query.prepare(u"SELECT count(*) FROM audit_log WHERE action = ? AND outcome = ?"_s);
    query.addBindValue(action);
    query.addBindValue(outcome);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void TestRoyalties::shippedSchedulesParse()
{
    const QStringList files = QDir(shippedSchedules()).entryList({u"*.json"_s}, QDir::Files);
    // Decree 18's frame; the provinces' decisions join it as their texts are
    // found (resources/royalty/SOURCES.md lists those looked for).
    QVERIFY2(files.contains(u"nghi-dinh-18-2014-bao-dien-tu.json"_s), "Decree 18's frame ships with PortalDesk");
    for (const QString &name : files) {
        auto schedule = RoyaltySchedule::fromJson(readFile(shippedSchedules() + u'/' + name));
        QVERIFY2(schedule, qPrintable(name + u": "_s + schedule.error().message));
        QVERIFY2(!schedule->source.isEmpty(), qPrintable(name + u" names no source"_s));
        QVERIFY2(schedule->unitValueOn(QDate(2024, 7, 1)).has_value(), qPrintable(name));
        QVERIFY2(!schedule->withholding.article.isEmpty(), qPrintable(name + u": the withholding cites no article"_s));
        bool photo = false;
        bool text = false;
        for (const auto &category : schedule->categories) {
            QVERIFY2(!category.article.isEmpty(), qPrintable(name + u": "_s + category.code + u" cites no article"_s));
            (category.photo ? photo : text) = true;
        }
        QVERIFY2(text, qPrintable(name + u" has no category for text"_s));
        QVERIFY2(photo, qPrintable(name + u" has no category for photos"_s));
    }
}

// Decree 18 as shipped: what it pays depends on the day.
void TestRoyalties::decree18ByDate()
{
    auto decree = RoyaltySchedule::fromJson(readFile(shippedSchedules() + u"/nghi-dinh-18-2014-bao-dien-tu.json"_s));
    QVERIFY2(decree, qPrintable(decree.error().message));
    QCOMPARE(decree->unitValueOn(QDate(2023, 6, 30)), std::optional<qint64>(149000));
    QCOMPARE(decree->unitValueOn(QDate(2024, 7, 1)), std::optional<qint64>(234000));
    QCOMPARE(decree->unitValueOn(QDate(2026, 8, 31)), std::optional<qint64>(253000));
    // Replaced by Decree 287/2026/NĐ-CP from 1 September 2026.
    QCOMPARE(decree->unitValueOn(QDate(2026, 9, 1)), std::nullopt);
    // The Decree sets only the most of each genre.
    QCOMPARE(decree->category(u"tin"_s)->min, Hundredths(1));
    QCOMPARE(decree->category(u"tin"_s)->max, Hundredths(1000));
    QCOMPARE(decree->category(u"phong_su"_s)->max, Hundredths(3000));
    QVERIFY(decree->category(u"anh"_s)->photo);
    // Up to the whole royalty again for work in hard or dangerous conditions.
    QCOMPARE(decree->maxExtra(), Hundredths(10000));
    QCOMPARE(decree->withholdingOn(QDate(2026, 6, 30)).threshold, qint64(2000000));
    QCOMPARE(decree->withholdingOn(QDate(2026, 6, 30)).rate, Hundredths(1000));
    QCOMPARE(decree->withholdingOn(QDate(2026, 7, 31)).threshold, qint64(5000000));
}

void TestRoyalties::scheduleRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("decision: 18") << u"not valid JSON"_s;
    QTest::newRow("an array") << QByteArray("[]") << u"JSON object"_s;
    QTest::newRow("no decision") << QByteArray(R"({"unit_value": [], "categories": []})") << u"decision"_s;
    QTest::newRow("no unit value") << QByteArray(R"({"decision": "x", "categories": []})") << u"unit_value"_s;
    QTest::newRow("bad date") << QByteArray(R"({"decision": "x", "unit_value": [{"from": "1/7/2024", "dong": 1}]})") << u"YYYY-MM-DD"_s;
    QTest::newRow("fractional đồng") << QByteArray(R"({"decision": "x", "unit_value": [{"from": "2024-07-01", "dong": 1.5}]})") << u"whole number"_s;
    QTest::newRow("no categories") << QByteArray(R"({"decision": "x", "unit_value": [{"from": "2024-07-01", "dong": 1}]})") << u"categories"_s;
    QTest::newRow("min above max") << QByteArray(R"({"decision": "x", "unit_value": [{"from": "2024-07-01", "dong": 1}],
        "categories": [{"code": "tin", "name": "Tin", "kind": "text", "min": 5, "max": 1}]})") << u"min not above max"_s;
    QTest::newRow("three decimals") << QByteArray(R"({"decision": "x", "unit_value": [{"from": "2024-07-01", "dong": 1}],
        "categories": [{"code": "tin", "name": "Tin", "kind": "text", "min": 1.125, "max": 2}]})") << u"two decimals"_s;
    QTest::newRow("unknown kind") << QByteArray(R"({"decision": "x", "unit_value": [{"from": "2024-07-01", "dong": 1}],
        "categories": [{"code": "tin", "name": "Tin", "kind": "video", "min": 1, "max": 2}]})") << u"\"video\""_s;
    QTest::newRow("code twice") << QByteArray(R"({"decision": "x", "unit_value": [{"from": "2024-07-01", "dong": 1}],
        "categories": [{"code": "tin", "name": "Tin", "kind": "text", "min": 1, "max": 2},
                       {"code": "tin", "name": "Tin 2", "kind": "text", "min": 1, "max": 2}]})") << u"Two categories"_s;
    QTest::newRow("rate as percent") << QByteArray(R"({"decision": "x", "unit_value": [{"from": "2024-07-01", "dong": 1}],
        "categories": [{"code": "tin", "name": "Tin", "kind": "text", "min": 1, "max": 2}],
        "withholding": {"threshold": 2000000, "rate": 10}})") << u"between 0 and 1"_s;
    QTest::newRow("not UTF-8") << QByteArray("{\"decision\": \"18/2014/N\xc3\x90-CP \xff\", \"unit_value\": []}") << u"UTF-8"_s;
    QTest::newRow("too large") << QByteArray(RoyaltySchedule::maxBytes + 1, ' ') << u"larger than"_s;
}

void TestRoyalties::scheduleRefusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto schedule = RoyaltySchedule::fromJson(json);
    QVERIFY(!schedule);
    QCOMPARE(schedule.error().code, ErrorCode::InvalidInput);
    QVERIFY2(schedule.error().message.contains(message), qPrintable(schedule.error().message));
}

// Each shipped decision's examples, as README and tests/data/royalty say
// where they come from.
void TestRoyalties::workedExamples()
{
    const QJsonArray examples = QJsonDocument::fromJson(readFile(QStringLiteral(PORTALDESK_TEST_DATA "/royalty/worked-examples.json"))).array();
    QVERIFY(examples.size() >= 8);
    QSet<QString> schedulesSeen;
    for (const QJsonValue &value : examples) {
        const QJsonObject example = value.toObject();
        const QString file = example.value(u"schedule"_s).toString();
        auto schedule = RoyaltySchedule::fromJson(readFile(shippedSchedules() + u'/' + file));
        QVERIFY2(schedule, qPrintable(file));
        const auto *category = schedule->category(example.value(u"category"_s).toString());
        QVERIFY2(category, qPrintable(file + u": "_s + example.value(u"category"_s).toString()));
        const auto coefficient = parseHundredths(QString::number(example.value(u"coefficient"_s).toDouble()));
        QVERIFY(coefficient);
        QVERIFY2(*coefficient >= category->min && *coefficient <= category->max, qPrintable(file));
        const auto unit = schedule->unitValueOn(QDate::fromString(example.value(u"published_on"_s).toString(), Qt::ISODate));
        QVERIFY2(unit, qPrintable(file));
        const auto bonus = parseHundredths(QString::number(example.value(u"bonus_percent"_s).toDouble()));
        QCOMPARE(RoyaltyAmounts::workAmount(*coefficient, *unit, bonus.value_or(0)), qint64(example.value(u"expected_dong"_s).toDouble()));
        schedulesSeen.insert(file);
    }
    // Every shipped schedule has its examples.
    QCOMPARE(schedulesSeen.size(), QDir(shippedSchedules()).entryList({u"*.json"_s}, QDir::Files).size());
}

void TestRoyalties::shareRounding_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<Hundredths>>("shares");
    QTest::addColumn<QList<qint64>>("parts");
    QTest::newRow("whole") << qint64(702000) << QList<Hundredths>{10000} << QList<qint64>{702000};
    QTest::newRow("halves") << qint64(702000) << QList<Hundredths>{5000, 5000} << QList<qint64>{351000, 351000};
    // 234 001 / 3: 78 000.33 each; the đồng left over goes to the first.
    // 33.34 % of 234 001 is 78 015.93, 33.33 % is 77 992.53: rounded down,
    // 233 999; the 2 đồng left go to the first.
    QTest::newRow("thirds") << qint64(234001) << QList<Hundredths>{3334, 3333, 3333} << QList<qint64>{78017, 77992, 77992};
    QTest::newRow("odd đồng") << qint64(1001) << QList<Hundredths>{5000, 5000} << QList<qint64>{501, 500};
    QTest::newRow("70/30 of 3.5 units") << qint64(819000) << QList<Hundredths>{7000, 3000} << QList<qint64>{573300, 245700};
    QTest::newRow("first gets the remainder, not the largest") << qint64(10) << QList<Hundredths>{1000, 9000} << QList<qint64>{1, 9};
    QTest::newRow("tiny shares") << qint64(7) << QList<Hundredths>{2500, 2500, 2500, 2500} << QList<qint64>{4, 1, 1, 1};
}

void TestRoyalties::shareRounding()
{
    QFETCH(qint64, amount);
    QFETCH(QList<Hundredths>, shares);
    QFETCH(QList<qint64>, parts);
    QCOMPARE(RoyaltyAmounts::split(amount, shares), parts);
}

void TestRoyalties::sharesAlwaysAddUp()
{
    auto *random = QRandomGenerator::global();
    for (int run = 0; run < 20000; ++run) {
        const qint64 amount = random->bounded(1, 50'000'000);
        QList<Hundredths> shares;
        Hundredths left = wholeShare;
        while (left > 0) {
            const Hundredths share = shares.size() == 5 ? left : std::min<Hundredths>(left, random->bounded(1, int(wholeShare)));
            shares << share;
            left -= share;
        }
        const QList<qint64> parts = RoyaltyAmounts::split(amount, shares);
        QCOMPARE(std::accumulate(parts.cbegin(), parts.cend(), qint64(0)), amount);
        for (qsizetype i = 1; i < parts.size(); ++i) {
            // Everyone but the first gets their share rounded down, within a đồng.
            const double exact = double(amount) * double(shares.at(i)) / double(wholeShare);
            QVERIFY(double(parts.at(i)) <= exact && double(parts.at(i)) > exact - 1.0);
        }
    }
}

void TestRoyalties::withholding_data()
{
    QTest::addColumn<qint64>("gross");
    QTest::addColumn<qint64>("withheld");
    QTest::newRow("nothing") << qint64(0) << qint64(0);
    QTest::newRow("a đồng below") << qint64(1'999'999) << qint64(0);
    QTest::newRow("at the threshold") << qint64(2'000'000) << qint64(200'000);
    QTest::newRow("a đồng above") << qint64(2'000'001) << qint64(200'000);
    QTest::newRow("rounded half up") << qint64(2'000'005) << qint64(200'001);
    QTest::newRow("large") << qint64(13'455'000) << qint64(1'345'500);
}

void TestRoyalties::withholding()
{
    QFETCH(qint64, gross);
    QFETCH(qint64, withheld);
    const RoyaltySchedule::Withholding rule{2'000'000, 1000, {}};
    QCOMPARE(RoyaltyAmounts::withheld(gross, rule), withheld);
    QCOMPARE(RoyaltyAmounts::withheld(gross, RoyaltySchedule::Withholding{}), qint64(0));
}

void TestRoyalties::monthsAreVietnams()
{
    const auto july = RoyaltyMonth::parse(u"2024-07"_s);
    QVERIFY(july);
    QCOMPARE(july->firstStamp(), u"2024-06-30T17:00:00.000Z"_s);
    QCOMPARE(july->nextStamp(), u"2024-07-31T17:00:00.000Z"_s);
    QCOMPARE(RoyaltyMonth::of(QDateTime::fromString(u"2024-07-31T16:59:59Z"_s, Qt::ISODate)).key(), u"2024-07"_s);
    QCOMPARE(RoyaltyMonth::of(QDateTime::fromString(u"2024-07-31T17:00:00Z"_s, Qt::ISODate)).key(), u"2024-08"_s);
    QCOMPARE(RoyaltyMonth::parse(u"2024-12"_s)->next().key(), u"2025-01"_s);
    for (const QString &bad : {u"2024-13"_s, u"2024-7"_s, u"07/2024"_s, u""_s, u"2024-07-01"_s})
        QVERIFY2(!RoyaltyMonth::parse(bad), qPrintable(bad));
}

// The newsroom notes the moment an article first becomes published (a
// trigger, whoever writes); a withdrawal and a new publication keep it.
void TestRoyalties::firstPublicationIsRecorded()
{
    QFETCH(QString, backend);
    auto newsroom = openNewsroom(backend);
    QVERIFY(newsroom);
    const User reporter = user(*newsroom, u"reporter"_s);
    const User chief = user(*newsroom, u"chief"_s);
    Article article;
    article.title = u"Bài mới đăng"_s;
    const QString id = ArticleStore(*newsroom).create(article, &reporter)->id;
    const auto firstPublished = [&]() {
        QSqlQuery query(newsroom->database());
        query.prepare(u"SELECT first_published_at FROM articles WHERE id = ?"_s);
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : u"?"_s;
    };
    ArticleActions actions(*newsroom);
    QVERIFY(actions.perform(id, Action::Submit, reporter));
    QVERIFY(actions.perform(id, Action::Forward, user(*newsroom, u"editor"_s)));
    QVERIFY(actions.perform(id, Action::Approve, chief));
    QCOMPARE(firstPublished(), QString());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    QVERIFY(actions.perform(id, Action::Publish, chief));
    const QString stamp = firstPublished();
    const QDateTime at = QDateTime::fromString(stamp, Qt::ISODate);
    QVERIFY2(at.isValid() && at >= before && at <= QDateTime::currentDateTimeUtc().addSecs(2), qPrintable(stamp));
    QVERIFY(actions.perform(id, Action::Withdraw, chief, u"Sai số liệu"_s));
    QCOMPARE(firstPublished(), stamp);
}

// A newsroom made before royalties (schema 17) learns, from its audit log,
// when each of its published articles was first published.
void TestRoyalties::olderNewsroomsLearnTheirPublicationDays()
{
    QFETCH(QString, backend);
    QString problem;
    const QString url = TestBackends::freshNewsroomUrl(backend, m_dir, &problem);
    QVERIFY2(!url.isEmpty(), qPrintable(problem));
    QString id;
    QString publishedAt;
    {
        auto old = Newsroom::open(NewsroomUrl::parse(url).value(), 17);
        QVERIFY2(old, qPrintable(old.error().message));
        QCOMPARE(old.value()->schemaVersion(), 17);
        QVERIFY(DemoData::add(*old.value()));
        QSqlQuery query(old.value()->database());
        QVERIFY(query.exec(u"SELECT a.article_id, min(a.at) FROM audit_log a JOIN articles r ON r.id = a.article_id"
                           " WHERE a.to_state = 'published' AND a.outcome = 'done' AND r.state = 'published'"
                           " GROUP BY a.article_id ORDER BY a.article_id LIMIT 1"_s));
        QVERIFY(query.next());
        id = query.value(0).toString();
        publishedAt = query.value(1).toString();
    }
    auto opened = Newsroom::open(NewsroomUrl::parse(url).value());
    QVERIFY2(opened, qPrintable(opened.error().message));
    QCOMPARE(opened.value()->schemaVersion(), latestSchemaVersion());
    QSqlQuery query(opened.value()->database());
    query.prepare(u"SELECT first_published_at FROM articles WHERE id = ?"_s);
    query.addBindValue(id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), publishedAt);
    QVERIFY(query.exec(u"SELECT count(*) FROM articles WHERE state = 'published' AND first_published_at IS NULL"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(u"SELECT count(*) FROM articles WHERE state IN ('draft', 'submitted', 'edited', 'approved')"
                       " AND first_published_at IS NOT NULL"_s)
            && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestRoyalties::grading()
{
    QFETCH(QString, backend);
    auto newsroom = openNewsroom(backend);
    QVERIFY(newsroom);
    RoyaltyStore store(*newsroom);
    const User chief = user(*newsroom, u"chief"_s);
    const User reporter = user(*newsroom, u"reporter"_s);
    const User admin = user(*newsroom, u"admin"_s);

    // Before any schedule: a grade says what to do first.
    const QString early = publishedArticle(*newsroom, u"Bài trước khi có bảng hệ số"_s, QDateTime(QDate(2024, 7, 3), QTime(3, 0), QTimeZone::UTC));
    QVERIFY(!early.isEmpty());
    RoyaltyGrade grade;
    grade.articleId = early;
    grade.category = u"tin"_s;
    grade.coefficient = 300;
    auto refused = store.grade(grade, chief);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"royalty schedule import"_s), qPrintable(refused.error().message));

    // Only chief editors and admins import; a reporter is refused, in the log.
    QCOMPARE(store.importSchedule(midMonthSchedule, reporter).error().code, ErrorCode::Denied);
    QCOMPARE(auditCount(*newsroom, u"royalty.schedule"_s, u"refused"_s), 1);
    auto schedule = store.importSchedule(midMonthSchedule, admin);
    QVERIFY2(schedule, qPrintable(schedule.error().message));
    QCOMPARE(store.currentSchedule()->decision, u"99/2024/QĐ-UBND"_s);

    // A reporter may not grade, not even their own article: refused and logged.
    auto byReporter = store.grade(grade, reporter);
    QCOMPARE(byReporter.error().code, ErrorCode::Denied);
    QCOMPARE(auditCount(*newsroom, u"royalty.grade"_s, u"refused"_s), 1);

    // What the desk refuses, each in words, exit code as the CLI's.
    const auto refusal = [&](RoyaltyGrade wrong, ErrorCode code, const QString &words) {
        auto result = store.grade(wrong, chief);
        if (result)
            return QStringLiteral("accepted");
        if (result.error().code != code || !result.error().message.contains(words))
            return result.error().message;
        return QString();
    };
    RoyaltyGrade wrong = grade;
    wrong.coefficient = 1001;
    QCOMPARE(refusal(wrong, ErrorCode::InvalidInput, u"from 1 to 10"_s), QString());
    wrong = grade;
    wrong.coefficient = 50;
    QCOMPARE(refusal(wrong, ErrorCode::InvalidInput, u"from 1 to 10"_s), QString());
    wrong = grade;
    wrong.category = u"phong_su"_s;
    QCOMPARE(refusal(wrong, ErrorCode::InvalidInput, u"tin, bai"_s), QString());
    wrong = grade;
    wrong.category = u"anh"_s;
    QCOMPARE(refusal(wrong, ErrorCode::InvalidInput, u"for photos"_s), QString());
    wrong = grade;
    wrong.shares = {{u"reporter"_s, u"author"_s, 6000}, {u"editor"_s, u"author"_s, 3000}};
    QCOMPARE(refusal(wrong, ErrorCode::InvalidInput, u"90 %"_s), QString());
    wrong.shares = {{u"reporter"_s, u"author"_s, 10000}, {u"nobody"_s, u"author"_s, 1}};
    QCOMPARE(refusal(wrong, ErrorCode::InvalidInput, u"nobody"_s), QString());
    wrong.shares = {{u"reporter"_s, u"author"_s, 10000}, {u"editor"_s, u"bien_tap"_s, 1500}};
    QCOMPARE(refusal(wrong, ErrorCode::InvalidInput, u"at most 10 %"_s), QString());
    wrong = grade;
    wrong.bonus = 3100;
    QCOMPARE(refusal(wrong, ErrorCode::InvalidInput, u"at most 30 %"_s), QString());
    Article draft;
    draft.title = u"Bản nháp chưa duyệt"_s;
    wrong = grade;
    wrong.articleId = ArticleStore(*newsroom).create(draft, &reporter)->id;
    QCOMPARE(refusal(wrong, ErrorCode::InvalidInput, u"approved or published"_s), QString());
    wrong.articleId = u"00000000-0000-0000-0000-000000000000"_s;
    QCOMPARE(refusal(wrong, ErrorCode::NotFound, u"No article"_s), QString());

    // The grade: the author gets 100 % unless shares say otherwise.
    auto graded = store.grade(grade, chief);
    QVERIFY2(graded, qPrintable(graded.error().message));
    QCOMPARE(graded->version, 1);
    QCOMPARE(graded->shares.size(), 1);
    QCOMPARE(graded->shares.first().payee, u"reporter"_s);
    // Changing it needs the version seen: a stale one is a conflict.
    RoyaltyGrade change = grade;
    change.coefficient = 250;
    change.bonus = 2000;
    change.shares = {{u"reporter"_s, u"author"_s, 6667}, {u"editor"_s, u"author"_s, 3333}, {u"editor"_s, u"bien_tap"_s, 1000}};
    QCOMPARE(store.grade(change, chief).error().code, ErrorCode::Conflict);
    change.version = 1;
    auto changed = store.grade(change, chief);
    QVERIFY2(changed, qPrintable(changed.error().message));
    QCOMPARE(changed->version, 2);
    QCOMPARE(store.grades(early)->first().shares.size(), 3);
    QCOMPARE(auditCount(*newsroom, u"royalty.grade"_s, u"done"_s), 2);

    // A photo of the article, its photographer found by the credit's name.
    const QByteArray jpeg = readFile(QStringLiteral(PORTALDESK_TEST_DATA "/photos/landscape_1.jpg"));
    auto photo = PhotoImport::fromBytes(jpeg, u"landscape_1.jpg"_s);
    QVERIFY2(photo, qPrintable(photo.error().message));
    photo->caption = u"Thí sinh làm thủ tục dự thi"_s;
    photo->credit = u"Ảnh: Nguyễn Minh Anh"_s;
    photo->alt = u"Thí sinh xếp hàng trước cổng trường"_s;
    auto added = MediaStore(*newsroom).add(photo.value(), &reporter);
    QVERIFY2(added, qPrintable(added.error().message));
    const QString withPhoto = publishedArticle(*newsroom, u"Bài có ảnh"_s, QDateTime(QDate(2024, 7, 20), QTime(1, 0), QTimeZone::UTC), added->id);
    QVERIFY(!withPhoto.isEmpty());
    RoyaltyGrade photoGrade;
    photoGrade.articleId = withPhoto;
    photoGrade.mediaId = added->id;
    photoGrade.category = u"tin"_s;
    photoGrade.coefficient = 200;
    QCOMPARE(refusal(photoGrade, ErrorCode::InvalidInput, u"not for a photo"_s), QString());
    photoGrade.category = u"anh"_s;
    auto photoGraded = store.grade(photoGrade, chief);
    QVERIFY2(photoGraded, qPrintable(photoGraded.error().message));
    QCOMPARE(photoGraded->shares.first().payee, u"reporter"_s);
    photoGrade.mediaId = u"not-in-the-article"_s;
    QCOMPARE(refusal(photoGrade, ErrorCode::NotFound, u"not in"_s), QString());

    // An outside contributor is paid beside the staff, never as a user.
    QCOMPARE(store.addContributor({u"reporter"_s, u"Trùng tên"_s, {}}, chief).error().code, ErrorCode::Conflict);
    QVERIFY(store.addContributor({u"ctv.lan"_s, u"Hoàng Thị Lan"_s, u"Trung tâm Văn hóa huyện"_s}, chief));
    QCOMPARE(store.addContributor({u"ctv.x"_s, u"X"_s, {}}, reporter).error().code, ErrorCode::Denied);
    RoyaltyGrade third;
    third.articleId = withPhoto;
    third.category = u"bai"_s;
    third.coefficient = 1250;
    third.shares = {{u"ctv.lan"_s, u"author"_s, 10000}};
    QVERIFY(store.grade(third, chief));

    // July 2024: 3 July (unit value 180 000) and 20 July (234 000, from the 15th).
    const auto july = RoyaltyMonth::parse(u"2024-07"_s).value();
    QCOMPARE(store.statement(july, reporter).error().code, ErrorCode::Denied);
    auto statement = store.statement(july, chief);
    QVERIFY2(statement, qPrintable(statement.error().message));
    QVERIFY(statement->problems.isEmpty());
    // Early: 2.5 × 180 000 × 120 % = 540 000; shares 66.67 / 33.33 and 10 %
    // for editing. The photo: 2 × 234 000 = 468 000. The contributor:
    // 12.5 × 234 000 = 2 925 000, from which 10 % is withheld.
    QCOMPARE(statement->works.size(), 3);
    QHash<QString, RoyaltyStatement::Line> lines;
    for (const auto &line : statement->lines)
        lines.insert(line.payee, line);
    QCOMPARE(lines.value(u"reporter"_s).gross, qint64(360018 + 468000));
    QCOMPARE(lines.value(u"editor"_s).gross, qint64(179982 + 54000));
    QCOMPARE(lines.value(u"ctv.lan"_s).gross, qint64(2925000));
    QCOMPARE(lines.value(u"ctv.lan"_s).withheld, qint64(292500));
    QCOMPARE(lines.value(u"ctv.lan"_s).unit, u"Trung tâm Văn hóa huyện"_s);
    QVERIFY(!lines.value(u"ctv.lan"_s).staff);
    QCOMPARE(lines.value(u"reporter"_s).withheld, qint64(0));
    QCOMPARE(statement->totalGross, qint64(828018 + 233982 + 2925000));
    QCOMPARE(statement->totalNet, statement->totalGross - 292500);
    // Staff first, then outside contributors.
    QVERIFY(statement->lines.first().staff);
    QVERIFY(!statement->lines.last().staff);
    const QJsonObject json = statement->toJson();
    QCOMPARE(json.value(u"month"_s).toString(), u"2024-07"_s);
    QCOMPARE(json.value(u"total_gross"_s).toInteger(), statement->totalGross);
    QCOMPARE(json.value(u"lines"_s).toArray().size(), 3);

    // What is still ungraded: nothing of July's but the texts graded... the
    // photo article's own text was graded (third), its photo too.
    auto ungraded = store.ungraded(july);
    QVERIFY(ungraded);
    QVERIFY2(ungraded->isEmpty(), qPrintable(ungraded->isEmpty() ? QString() : ungraded->first().title));
    QVERIFY(store.ungrade(withPhoto, added->id, chief));
    ungraded = store.ungraded(july);
    QCOMPARE(ungraded->size(), 1);
    QCOMPARE(ungraded->first().mediaId, added->id);
    QCOMPARE(store.ungrade(withPhoto, added->id, reporter).error().code, ErrorCode::Denied);
}

void TestRoyalties::workedExamplesInTheNewsroom()
{
    QFETCH(QString, backend);
    auto newsroom = openNewsroom(backend);
    QVERIFY(newsroom);
    RoyaltyStore store(*newsroom);
    const User chief = user(*newsroom, u"chief"_s);
    const QJsonArray examples = QJsonDocument::fromJson(readFile(QStringLiteral(PORTALDESK_TEST_DATA "/royalty/worked-examples.json"))).array();
    QVERIFY(!examples.isEmpty());
    // One article per example, each graded under its schedule (imported
    // just before), each published at noon in Vietnam on its day.
    QHash<QString, qint64> expected;
    QHash<QString, QString> monthOf;
    for (const QJsonValue &value : examples) {
        const QJsonObject example = value.toObject();
        auto schedule = store.importSchedule(readFile(shippedSchedules() + u'/' + example.value(u"schedule"_s).toString()), chief);
        QVERIFY2(schedule, qPrintable(schedule.error().message));
        const QDate day = QDate::fromString(example.value(u"published_on"_s).toString(), Qt::ISODate);
        const QString id = publishedArticle(*newsroom, u"Ví dụ %1"_s.arg(expected.size() + 1), QDateTime(day, QTime(5, 0), QTimeZone::UTC));
        QVERIFY(!id.isEmpty());
        const QString category = example.value(u"category"_s).toString();
        RoyaltyGrade grade;
        grade.articleId = id;
        grade.category = category;
        grade.coefficient = parseHundredths(QString::number(example.value(u"coefficient"_s).toDouble())).value();
        grade.bonus = parseHundredths(QString::number(example.value(u"bonus_percent"_s).toDouble())).value_or(0);
        if (schedule->category(category)->photo) {
            // A photo is graded as one of an article's: the article's lead.
            auto photo = PhotoImport::fromBytes(readFile(QStringLiteral(PORTALDESK_TEST_DATA "/photos/DSCN0010.jpg")), u"a.jpg"_s);
            QVERIFY(photo);
            photo->caption = u"Ví dụ %1"_s.arg(expected.size());
            photo->credit = u"Nguyễn Minh Anh"_s;
            photo->alt = u"Ảnh minh họa"_s;
            // The same file each time is the same photo: one article each.
            auto added = MediaStore(*newsroom).add(photo.value(), &chief);
            QVERIFY2(added, qPrintable(added.error().message));
            QSqlQuery query(newsroom->database());
            query.prepare(u"UPDATE articles SET lead_photo = ? WHERE id = ?"_s);
            query.addBindValue(added->id);
            query.addBindValue(id);
            QVERIFY(query.exec());
            grade.mediaId = added->id;
        }
        auto graded = store.grade(grade, chief);
        QVERIFY2(graded, qPrintable(graded.error().message + u" ("_s + example.value(u"from"_s).toString() + u')'));
        expected.insert(id + u'/' + grade.mediaId, qint64(example.value(u"expected_dong"_s).toDouble()));
        monthOf.insert(id + u'/' + grade.mediaId, RoyaltyMonth::of(QDateTime(day, QTime(5, 0), QTimeZone::UTC)).key());
    }
    QSet<QString> months(monthOf.cbegin(), monthOf.cend());
    int checked = 0;
    for (const QString &key : months) {
        auto statement = store.statement(RoyaltyMonth::parse(key).value(), chief);
        QVERIFY2(statement, qPrintable(statement.error().message));
        QVERIFY2(statement->problems.isEmpty(), qPrintable(statement->problems.join(u'\n')));
        for (const auto &work : statement->works) {
            const QString workKey = work.articleId + u'/' + work.mediaId;
            QVERIFY(expected.contains(workKey));
            QCOMPARE(work.amount, expected.value(workKey));
            ++checked;
        }
    }
    QCOMPARE(checked, expected.size());

    // After 31 August 2026 the Decree pays nothing: a chief is told to
    // import what replaced it.
    const QString late = publishedArticle(*newsroom, u"Sau khi Nghị định hết hiệu lực"_s, QDateTime(QDate(2026, 9, 5), QTime(5, 0), QTimeZone::UTC));
    QVERIFY(store.importSchedule(readFile(shippedSchedules() + u"/nghi-dinh-18-2014-bao-dien-tu.json"_s), chief));
    RoyaltyGrade grade;
    grade.articleId = late;
    grade.category = u"tin"_s;
    grade.coefficient = 300;
    auto refused = store.grade(grade, chief);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains(u"until 31/08/2026"_s), qPrintable(refused.error().message));
}

void TestRoyalties::unitValueChangesWithinAMonth()
{
    QFETCH(QString, backend);
    auto newsroom = openNewsroom(backend);
    QVERIFY(newsroom);
    RoyaltyStore store(*newsroom);
    const User chief = user(*newsroom, u"chief"_s);
    QVERIFY(store.importSchedule(midMonthSchedule, chief));
    // 23:59 on 14 July in Vietnam, and midnight on the 15th: one minute apart,
    // on either side of the new unit value.
    const QString before = publishedArticle(*newsroom, u"Trước"_s, QDateTime::fromString(u"2024-07-14T16:59:00Z"_s, Qt::ISODate));
    const QString after = publishedArticle(*newsroom, u"Sau"_s, QDateTime::fromString(u"2024-07-14T17:00:00Z"_s, Qt::ISODate));
    // And one of 1 August in Vietnam, still 31 July in UTC: August's.
    const QString august = publishedArticle(*newsroom, u"Tháng sau"_s, QDateTime::fromString(u"2024-07-31T18:00:00Z"_s, Qt::ISODate));
    for (const QString &id : {before, after, august}) {
        RoyaltyGrade grade;
        grade.articleId = id;
        grade.category = u"tin"_s;
        grade.coefficient = 300;
        QVERIFY(store.grade(grade, chief));
    }
    auto statement = store.statement(RoyaltyMonth::parse(u"2024-07"_s).value(), chief);
    QVERIFY(statement);
    QCOMPARE(statement->works.size(), 2);
    QHash<QString, qint64> amounts;
    for (const auto &work : statement->works)
        amounts.insert(work.articleId, work.amount);
    QCOMPARE(amounts.value(before), qint64(540000));
    QCOMPARE(amounts.value(after), qint64(702000));
    QCOMPARE(statement->lines.size(), 1);
    QCOMPARE(statement->lines.first().gross, qint64(1242000));
    QCOMPARE(statement->lines.first().withheld, qint64(0));
    auto nextMonth = store.statement(RoyaltyMonth::parse(u"2024-08"_s).value(), chief);
    QCOMPARE(nextMonth->works.size(), 1);
    QCOMPARE(nextMonth->works.first().articleId, august);
}

void TestRoyalties::closedMonth()
{
    QFETCH(QString, backend);
    auto newsroom = openNewsroom(backend);
    QVERIFY(newsroom);
    RoyaltyStore store(*newsroom);
    const User chief = user(*newsroom, u"chief"_s);
    const User editor = user(*newsroom, u"editor"_s);
    QVERIFY(store.importSchedule(midMonthSchedule, chief));
    const QString id = publishedArticle(*newsroom, u"Bài tháng Tám"_s, QDateTime(QDate(2024, 8, 5), QTime(2, 0), QTimeZone::UTC));
    RoyaltyGrade grade;
    grade.articleId = id;
    grade.category = u"tin"_s;
    grade.coefficient = 400;
    QVERIFY(store.grade(grade, chief));
    const auto august = RoyaltyMonth::parse(u"2024-08"_s).value();

    // A month not yet over cannot close; an editor cannot close at all.
    QCOMPARE(store.close(RoyaltyMonth::of(QDateTime::currentDateTimeUtc()), chief).error().code, ErrorCode::InvalidInput);
    QCOMPARE(store.close(august, editor).error().code, ErrorCode::Denied);
    QVERIFY(store.close(august, chief));
    QCOMPARE(store.close(august, chief).error().code, ErrorCode::Conflict);
    QVERIFY(store.isClosed(august).value());
    QVERIFY(store.statement(august, chief)->closed);

    // Closed: no grade changes, none removed; each attempt in the log.
    grade.version = 1;
    grade.coefficient = 500;
    auto refused = store.grade(grade, chief);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(u"closed"_s), qPrintable(refused.error().message));
    QCOMPARE(store.ungrade(id, {}, chief).error().code, ErrorCode::Conflict);
    QCOMPARE(auditCount(*newsroom, u"royalty.grade"_s, u"refused"_s), 1);
    QCOMPARE(store.grades(id)->first().coefficient, Hundredths(400));
    QCOMPARE(store.statement(august, chief)->totalGross, qint64(936000));

    // Reopened with a reason, by a chief, in the log; then it changes.
    QCOMPARE(store.reopen(august, u"   "_s, chief).error().code, ErrorCode::InvalidInput);
    QCOMPARE(store.reopen(august, u"Sai hệ số"_s, editor).error().code, ErrorCode::Denied);
    QVERIFY(store.reopen(august, u"Sai hệ số bài tháng Tám"_s, chief));
    QVERIFY(store.grade(grade, chief));
    QCOMPARE(store.statement(august, chief)->totalGross, qint64(1170000));
    QSqlQuery query(newsroom->database());
    QVERIFY(query.exec(u"SELECT reason FROM audit_log WHERE action = 'royalty.reopen' AND outcome = 'done'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"2024-08: Sai hệ số bài tháng Tám"_s);
    QCOMPARE(auditCount(*newsroom, u"royalty.close"_s, u"done"_s), 1);
}

QTEST_MAIN(TestRoyalties)
#include "tst_royalties.moc"
