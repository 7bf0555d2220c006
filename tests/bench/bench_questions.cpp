// Citizens' questions' benchmarks (issue 25), run by hand, reported in
// README:
//
//   bench_questions pull N RUNS
// (under pg_virtualenv) N questions written by the "public form" into a
// fresh PostgreSQL portal, pulled into a fresh SQLite newsroom and into a
// fresh PostgreSQL newsroom; then, in the same run, the same rows moved
// with psql's \copy out of the portal and into an empty table of the same
// shape, the practical limit of moving rows between databases. RUNS times;
// medians in rows per second and the ratios.
//
//   bench_questions receive N RUNS
// the newsroom's write alone (no server), for profiling it.
//
//   bench_questions overdue N RUNS
// an SQLite newsroom with N questions, a tenth of them past due; the
// overdue list read RUNS times, median in milliseconds (goal: under 100).
#include "benchresult.h"
#include "newsroom.h"
#include "portal.h"
#include "questionpull.h"
#include "questionstore.h"
#include "sqlsupport.h"
#include "userstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

bool psql(const QString &database, const QString &command, QTextStream &out)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(u"psql"_s, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, database, u"-c"_s, command});
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        out << "psql failed: " << command << Qt::endl;
        return false;
    }
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// What a public form writes: Vietnamese questions of a few hundred words'
// length, with the asker's details.
QString formRows(int count)
{
    return uR"(INSERT INTO portal_questions (uuid, asker_name, asker_email, asker_phone, asker_address, title, body, field, submitted_at)
SELECT md5(i::text)::uuid::text, 'Nguyễn Văn ' || i, 'nguoihoi' || i || '@example.vn', '09' || lpad(i::text, 8, '0'),
       'Thôn ' || (i % 50) || ', xã Gio Mỹ, huyện Gio Linh, tỉnh Quảng Trị',
       'Hỏi về thủ tục cấp giấy chứng nhận quyền sử dụng đất số ' || i,
       repeat('Gia đình tôi sử dụng thửa đất ở ổn định từ năm 1995, không có tranh chấp, nay muốn làm thủ tục cấp giấy chứng nhận. ', 6)
       || 'Xin hỏi hồ sơ gồm những gì và thời hạn giải quyết là bao lâu? (' || i || ')',
       'Đất đai', now() - (i || ' seconds')::interval
FROM generate_series(1, %1) AS i)"_s.arg(count);
}

std::optional<std::unique_ptr<Portal>> freshPortal(const QString &database, int count, QTextStream &out)
{
    if (!psql(u"postgres"_s, u"DROP DATABASE IF EXISTS %1"_s.arg(database), out)
        || !psql(u"postgres"_s, u"CREATE DATABASE %1"_s.arg(database), out))
        return std::nullopt;
    auto portal = Portal::open(NewsroomUrl::parsePortal(u"postgresql:///"_s + database).value());
    if (!portal || !portal.value()->init() || !psql(database, formRows(count), out)) {
        out << "cannot create the portal" << Qt::endl;
        return std::nullopt;
    }
    return std::move(portal.value());
}

std::unique_ptr<Newsroom> freshNewsroom(const QString &url, QTextStream &out)
{
    auto newsroom = Newsroom::open(NewsroomUrl::parse(url).value());
    if (!newsroom) {
        out << newsroom.error().message << Qt::endl;
        return {};
    }
    UserStore users(*newsroom.value());
    auto admin = users.add(u"admin"_s, u"Quản trị"_s, Role::Admin, u"bench-password"_s, nullptr);
    if (!admin || !users.add(u"qa"_s, u"Hỏi đáp"_s, Role::Qa, u"bench-password"_s, &admin.value())) {
        out << "cannot add the users" << Qt::endl;
        return {};
    }
    return std::move(newsroom.value());
}

// Seconds to pull `count` new questions into the newsroom at `url`.
std::optional<double> pullOnce(const QString &url, int count, QTextStream &out)
{
    auto portal = freshPortal(u"portaldesk_bench_qa_portal"_s, count, out);
    if (!portal)
        return std::nullopt;
    auto newsroom = freshNewsroom(url, out);
    if (!newsroom)
        return std::nullopt;
    const User qa = UserStore(*newsroom).find(u"qa"_s).value();
    QElapsedTimer timer;
    timer.start();
    auto pulled = QuestionPull(*newsroom, *portal.value()).run(qa);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!pulled || pulled->added != count) {
        out << (pulled ? u"pulled %1 of %2"_s.arg(pulled->added).arg(count) : pulled.error().message) << Qt::endl;
        return std::nullopt;
    }
    const auto &t = pulled->timings;
    out << "  into " << (url.startsWith(u"postgresql:"_s) ? "PostgreSQL" : "SQLite") << ": read " << t.readMs << " ms, write " << t.writeMs << " ms, mark "
        << t.markMs << " ms, check " << t.checkMs << " ms" << Qt::endl;
    return seconds;
}

int pull(int count, int runs, QTextStream &out)
{
    QTemporaryDir dir;
    QList<double> sqlite, postgres, copy;
    for (int run = 0; run < runs; ++run) {
        auto intoSqlite = pullOnce(dir.filePath(u"newsroom-%1.sqlite"_s.arg(run)), count, out);
        if (!psql(u"postgres"_s, u"DROP DATABASE IF EXISTS portaldesk_bench_qa_newsroom"_s, out)
            || !psql(u"postgres"_s, u"CREATE DATABASE portaldesk_bench_qa_newsroom"_s, out))
            return 1;
        auto intoPostgres = pullOnce(u"postgresql:///portaldesk_bench_qa_newsroom"_s, count, out);
        if (!intoSqlite || !intoPostgres)
            return 1;
        // The same rows, moved by psql: out of a fresh portal, into an
        // empty table of the same shape.
        const QString database = u"portaldesk_bench_qa_portal"_s;
        if (!freshPortal(database, count, out)
            || !psql(database, u"CREATE TABLE copied (LIKE portal_questions INCLUDING ALL)"_s, out))
            return 1;
        const QString file = dir.filePath(u"rows.copy"_s);
        QElapsedTimer timer;
        timer.start();
        if (!psql(database, u"\\copy (SELECT * FROM portal_questions WHERE status = 'new') TO '%1'"_s.arg(file), out)
            || !psql(database, u"\\copy copied FROM '%1'"_s.arg(file), out))
            return 1;
        copy << double(timer.nsecsElapsed()) / 1e9;
        sqlite << intoSqlite.value();
        postgres << intoPostgres.value();
        out << "run " << run + 1 << ": SQLite newsroom " << sqlite.last() << " s, PostgreSQL newsroom " << postgres.last()
            << " s, psql \\copy " << copy.last() << " s" << Qt::endl;
    }
    const double copyRate = count / median(copy);
    out << "pull into SQLite: " << qRound(count / median(sqlite)) << " rows/s; into PostgreSQL: " << qRound(count / median(postgres))
        << " rows/s; psql \\copy: " << qRound(copyRate) << " rows/s" << Qt::endl;
    out << "ratio pull/\\copy (median of " << runs << "): SQLite newsroom " << (count / median(sqlite)) / copyRate
        << ", PostgreSQL newsroom " << (count / median(postgres)) / copyRate << Qt::endl;
    // Rates for packaging/devenv bench: rows per second, seconds turned over.
    const auto rates = [count](const QList<double> &seconds) {
        QList<double> perSecond;
        for (double s : seconds)
            perSecond << count / s;
        return perSecond;
    };
    PortalDesk::Bench::printResult(out, {u"questions_pull_sqlite"_s, u"pulling %1 questions from a PostgreSQL portal into an SQLite newsroom, against psql \\copy of the rows"_s.arg(count),
                                         u"psql \\copy"_s, u"rows/s"_s, true, 0.5, rates(sqlite), rates(copy)});
    PortalDesk::Bench::printResult(out, {u"questions_pull_postgresql"_s, u"pulling %1 questions from a PostgreSQL portal into a PostgreSQL newsroom, against psql \\copy of the rows"_s.arg(count),
                                         u"psql \\copy"_s, u"rows/s"_s, true, 0.5, rates(postgres), rates(copy)});
    return 0;
}

int overdue(int count, int runs, QTextStream &out)
{
    QTemporaryDir dir;
    auto newsroom = freshNewsroom(dir.filePath(u"newsroom.sqlite"_s), out);
    if (!newsroom)
        return 1;
    const User admin = UserStore(*newsroom).find(u"admin"_s).value();
    QuestionStore store(*newsroom);
    QList<qint64> agencies;
    for (const QString &name : {u"Sở Tài nguyên và Môi trường"_s, u"Sở Nội vụ"_s, u"Sở Y tế"_s, u"UBND huyện Gio Linh"_s, u"UBND thành phố Đông Hà"_s})
        agencies << store.addAgency(name, admin)->id;
    // As years of a portal leave them: most answered and published, some
    // with their agency, a tenth of all past due.
    QSqlDatabase db = newsroom->database();
    WriteTransaction transaction(db);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO questions (id, title, body, submitted_at, received_at, state, agency_id, assigned_on, due_on, answered_on,"
                   " updated_at, folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QDate today = QuestionStore::today();
    for (int i = 0; i < count; ++i) {
        const QDate assigned = today.addDays(-(i % 900));
        const bool late = i % 10 == 0;
        const bool waiting = late || i % 10 == 1;
        const QString stamp = toStamp(QDateTime(assigned, QTime(8, 0), QTimeZone::UTC));
        for (const QVariant &value : {QVariant(u"q-%1"_s.arg(i)), QVariant(u"Câu hỏi số %1 về thủ tục hành chính"_s.arg(i)),
                                      QVariant(u"Nội dung câu hỏi."_s), QVariant(stamp), QVariant(stamp),
                                      QVariant(waiting ? u"assigned"_s : u"published"_s), QVariant(agencies.at(i % agencies.size())),
                                      QVariant(assigned.toString(Qt::ISODate)),
                                      QVariant((late ? today.addDays(-1 - i % 30) : today.addDays(14)).toString(Qt::ISODate)),
                                      waiting ? QVariant(QMetaType::fromType<QString>()) : QVariant(assigned.addDays(7).toString(Qt::ISODate)),
                                      QVariant(stamp), QVariant(u"cau hoi"_s)})
            insert.addBindValue(value);
        if (!insert.exec()) {
            out << sqlReason(insert.lastError()) << Qt::endl;
            return 1;
        }
    }
    if (!transaction.commit())
        return 1;
    QSqlQuery(db).exec(u"ANALYZE"_s);
    QList<double> times;
    int found = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto list = store.overdue(today);
        times << double(timer.nsecsElapsed()) / 1e6;
        found = list ? int(list->size()) : -1;
    }
    out << "overdue list over " << count << " questions (" << found << " overdue): median " << median(times) << " ms of " << runs
        << " runs (goal: under 100 ms)" << Qt::endl;
    return found > 0 ? 0 : 1;
}

// The newsroom's side of a pull alone, into SQLite, no server needed: N
// questions like the public form's, stored in batches as the pull stores
// them (QuestionStore::receive); RUNS times, median in rows per second. For
// profiling the write (valgrind --tool=callgrind on a small N).
int receive(int count, int runs, QTextStream &out)
{
    QList<IncomingQuestion> rows;
    rows.reserve(count);
    const QDateTime submitted = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int i = 0; i < count; ++i) {
        IncomingQuestion q;
        q.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        q.title = u"Hỏi về thủ tục cấp giấy chứng nhận quyền sử dụng đất số %1"_s.arg(i);
        q.body = u"Gia đình tôi sử dụng thửa đất ở ổn định từ năm 1995, không có tranh chấp, nay muốn làm thủ tục cấp giấy chứng nhận. "_s.repeated(6)
            + u"Xin hỏi hồ sơ gồm những gì và thời hạn giải quyết là bao lâu? (%1)"_s.arg(i);
        q.field = u"Đất đai"_s;
        q.submittedAt = submitted.addSecs(i);
        q.asker.name = u"Nguyễn Văn %1"_s.arg(i);
        q.asker.email = u"nguoihoi%1@example.vn"_s.arg(i);
        q.asker.phone = u"09%1"_s.arg(i, 8, 10, QChar(u'0'));
        q.asker.address = u"Thôn %1, xã Gio Mỹ, huyện Gio Linh, tỉnh Quảng Trị"_s.arg(i % 50);
        rows << q;
    }
    QList<double> rates;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        auto newsroom = freshNewsroom(dir.filePath(u"newsroom.sqlite"_s), out);
        if (!newsroom)
            return 1;
        const User qa = UserStore(*newsroom).find(u"qa"_s).value();
        QuestionStore store(*newsroom);
        QElapsedTimer timer;
        timer.start();
        for (qsizetype from = 0; from < rows.size(); from += 1000) {
            if (auto added = store.receive(rows.mid(from, 1000), qa); !added) {
                out << added.error().message << Qt::endl;
                return 1;
            }
        }
        rates << count / (double(timer.nsecsElapsed()) / 1e9);
    }
    out << "receive into SQLite: median " << qRound(median(rates)) << " rows/s of " << runs << " runs" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    const int count = args.value(2, u"100000"_s).toInt();
    const int runs = args.value(3, u"3"_s).toInt();
    if (mode == u"pull" && count > 0 && runs > 0)
        return pull(count, runs, out);
    if (mode == u"overdue" && count > 0 && runs > 0)
        return overdue(count, runs, out);
    if (mode == u"receive" && count > 0 && runs > 0)
        return receive(count, runs, out);
    out << "usage: bench_questions pull N RUNS | overdue N RUNS | receive N RUNS" << Qt::endl;
    return 2;
}
