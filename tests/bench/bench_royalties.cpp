// The royalty statement's benchmark (issue 24), run by hand, reported in
// README:
//
//   bench_royalties [RUNS]
// An SQLite newsroom with 5,000 graded works published in July 2024
// (realistic articles from `bench seed`; one to three authors each among
// the staff and 120 outside contributors, an editor's remuneration on one
// in four): times building the month's statement from the newsroom and
// printing it as PDF, RUNS times; then, in the same run, LibreOffice
// converting the same statement's ODT to PDF RUNS times. Prints the medians
// and their ratio.
#include "benchresult.h"
#include "benchseed.h"
#include "demodata.h"
#include "libreofficereference.h"
#include "newsroom.h"
#include "royaltystatementexport.h"
#include "royaltystore.h"
#include "sqlsupport.h"
#include "userstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

const QByteArray schedule = R"({"decision": "18/2014/NĐ-CP", "title": "Khung nhuận bút báo điện tử",
  "unit_value": [{"from": "2023-07-01", "dong": 180000}, {"from": "2024-07-01", "dong": 234000}],
  "categories": [{"code": "tin", "name": "Tin", "kind": "text", "min": 1, "max": 10},
                 {"code": "bai", "name": "Bài phản ánh, phỏng vấn", "kind": "text", "min": 5, "max": 15},
                 {"code": "phong_su", "name": "Phóng sự, ký", "kind": "text", "min": 8, "max": 30}],
  "remuneration": [{"code": "bien_tap", "name": "Biên tập", "percent": 10}],
  "withholding": {"threshold": 2000000, "rate": 0.10}})";

constexpr int works = 5000;

Status seed(Newsroom &newsroom)
{
    if (auto added = DemoData::add(newsroom); !added)
        return added.error();
    const QDateTime anchor(QDate(2024, 7, 31), QTime(10, 0), QTimeZone::UTC);
    if (auto seeded = BenchSeed::run(newsroom, works, ArticleState::Published, 24, anchor); !seeded)
        return seeded.error();
    const User chief = UserStore(newsroom).find(u"chief"_s).value();
    RoyaltyStore store(newsroom);
    auto imported = store.importSchedule(schedule, chief);
    if (!imported)
        return imported.error();
    QSqlDatabase db = newsroom.database();
    WriteTransaction transaction(db);
    QSqlQuery query(db);
    QStringList payees{u"reporter"_s, u"editor"_s, u"chief"_s};
    query.prepare(u"INSERT INTO royalty_contributors (code, full_name, unit, added_at) VALUES (?, ?, ?, ?)"_s);
    const QStringList family{u"Nguyễn"_s, u"Trần"_s, u"Lê"_s, u"Phạm"_s, u"Hoàng"_s, u"Huỳnh"_s, u"Phan"_s, u"Võ"_s, u"Đặng"_s, u"Bùi"_s};
    const QStringList given{u"Văn An"_s, u"Thị Bình"_s, u"Minh Châu"_s, u"Đức Dũng"_s, u"Thu Hà"_s, u"Quốc Huy"_s, u"Ngọc Lan"_s, u"Hữu Phước"_s,
                            u"Thanh Tâm"_s, u"Xuân Vinh"_s, u"Hải Yến"_s, u"Công Thành"_s};
    for (int i = 0; i < 120; ++i) {
        const QString code = u"ctv%1"_s.arg(i + 1, 3, 10, QChar(u'0'));
        query.addBindValue(code);
        query.addBindValue(QString(family.at(i % family.size()) + u' ' + given.at((i / family.size()) % given.size())));
        query.addBindValue(i % 3 == 0 ? u"Cộng tác viên"_s : u"Phòng Văn hóa - Thông tin huyện %1"_s.arg(i % 8 + 1));
        query.addBindValue(nowStamp());
        if (!query.exec())
            return databaseError(query);
        payees << code;
    }
    if (!query.exec(u"SELECT id FROM articles WHERE state = 'published' ORDER BY id LIMIT %1"_s.arg(works)))
        return databaseError(query);
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    QRandomGenerator random(20240731);
    QSqlQuery publish(db);
    publish.prepare(u"UPDATE articles SET first_published_at = ? WHERE id = ?"_s);
    QSqlQuery grade(db);
    grade.prepare(u"INSERT INTO royalty_grades (article_id, media_id, schedule_id, category, coefficient, bonus, graded_by, graded_at)"
                  " VALUES (?, '', ?, ?, ?, 0, ?, ?)"_s);
    QSqlQuery share(db);
    share.prepare(u"INSERT INTO royalty_shares (article_id, media_id, position, payee, role, share) VALUES (?, '', ?, ?, ?, ?)"_s);
    for (const QString &id : std::as_const(ids)) {
        const QDateTime published(QDate(2024, 7, 1 + random.bounded(31)), QTime(random.bounded(24), random.bounded(60)), QTimeZone::UTC);
        publish.addBindValue(published.addSecs(-7 * 3600).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s));
        publish.addBindValue(id);
        const int kind = random.bounded(10);
        const QString category = kind < 6 ? u"tin"_s : kind < 9 ? u"bai"_s : u"phong_su"_s;
        const int coefficient = kind < 6 ? 100 * (1 + random.bounded(10)) : kind < 9 ? 500 + 50 * random.bounded(21) : 800 + 100 * random.bounded(23);
        for (const QVariant &value : {QVariant(id), QVariant(imported->id), QVariant(category), QVariant(coefficient), QVariant(chief.id),
                                      QVariant(nowStamp())})
            grade.addBindValue(value);
        if (!publish.exec() || !grade.exec())
            return databaseError(grade);
        const int authors = 1 + random.bounded(3);
        QStringList chosen;
        while (chosen.size() < authors) {
            const QString payee = payees.at(random.bounded(int(payees.size())));
            if (!chosen.contains(payee))
                chosen << payee;
        }
        int left = 10000;
        for (int a = 0; a < authors; ++a) {
            const int part = a + 1 == authors ? left : 10000 / authors;
            left -= part;
            for (const QVariant &value : {QVariant(id), QVariant(a + 1), QVariant(chosen.at(a)), QVariant(u"author"_s), QVariant(part)})
                share.addBindValue(value);
            if (!share.exec())
                return databaseError(share);
        }
        if (random.bounded(4) == 0) {
            for (const QVariant &value : {QVariant(id), QVariant(authors + 1), QVariant(u"editor"_s), QVariant(u"bien_tap"_s), QVariant(1000)})
                share.addBindValue(value);
            if (!share.exec())
                return databaseError(share);
        }
    }
    return transaction.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    QTemporaryDir dir;
    auto newsroom = Newsroom::open(dir.filePath(u"bench.sqlite"_s));
    if (!newsroom) {
        err << "bench_royalties: " << newsroom.error().message << '\n';
        return 1;
    }
    if (Status seeded = seed(*newsroom.value()); !seeded) {
        err << "bench_royalties: cannot seed the newsroom: " << seeded.error().message << '\n';
        return 1;
    }
    const User chief = UserStore(*newsroom.value()).find(u"chief"_s).value();
    RoyaltyStore store(*newsroom.value());
    const RoyaltyMonth july = RoyaltyMonth::parse(u"2024-07"_s).value();
    const QString office = u"Cổng Thông tin điện tử tỉnh Quảng Trị"_s;
    QList<double> ours;
    QList<double> building;
    QList<double> cpu;
    qsizetype items = 0;
    qsizetype people = 0;
    const QString odt = dir.filePath(u"bang-thanh-toan.odt"_s);
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        auto statement = store.statement(july, chief);
        building << double(timer.elapsed());
        if (!statement || !RoyaltyStatementExport::write(statement.value(), dir.filePath(u"bang-thanh-toan.pdf"_s), office)) {
            err << "bench_royalties: the statement failed\n";
            return 1;
        }
        ours << double(timer.elapsed());
        cpu << double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
        items = statement->works.size();
        people = statement->lines.size();
        if (run == 0)
            (void)RoyaltyStatementExport::write(statement.value(), odt, office);
    }
    out << u"PortalDesk: the statement of %1 graded works (%2 people) from the newsroom to PDF, median %3 ms of %4 runs"
           " (the statement alone %5 ms; processor time %6 ms)\n"_s.arg(items)
               .arg(people)
               .arg(median(ours), 0, 'f', 0)
               .arg(runs)
               .arg(median(building), 0, 'f', 0)
               .arg(median(cpu), 0, 'f', 0);
    out.flush();
    if (qEnvironmentVariableIsSet("BENCH_ROYALTIES_NO_REFERENCE"))
        return 0;
    const auto reference = timeLibreOffice(odt, dir, runs);
    if (const auto *problem = std::get_if<LibreOfficeProblem>(&reference)) {
        err << (*problem == LibreOfficeProblem::NotInstalled
                    ? "bench_royalties: LibreOffice (soffice) is not installed; it is in packaging/debian/build-deps\n"
                    : "bench_royalties: soffice failed\n");
        return *problem == LibreOfficeProblem::NotInstalled ? 3 : 1;
    }
    const QList<double> theirs = std::get<QList<double>>(reference);
    out << u"LibreOffice: the same statement's ODT to PDF, median %1 ms of %2 runs\n"_s.arg(median(theirs), 0, 'f', 0).arg(runs);
    out << u"ratio PortalDesk / LibreOffice: %1 (target at most 0.3); PortalDesk under 1 s: %2\n"_s.arg(median(ours) / median(theirs), 0, 'f', 2)
               .arg(median(ours) < 1000 ? u"yes"_s : u"no"_s);
    PortalDesk::Bench::printResult(out, {QStringLiteral("royalties_pdf"), QStringLiteral("the statement of 5,000 graded works to PDF, against LibreOffice converting its ODT"), QStringLiteral("LibreOffice"),
                             QStringLiteral("ms"), false, 0.3, ours, theirs});
    return 0;
}
