// The press digest's benchmark (issue "digest"), run by hand, reported in
// README:
//
//   bench_digest [RUNS]
// 2,000 clippings from 50 feeds (400 stories, each run by five outlets with
// small changes of wording) in an SQLite newsroom; times the work from the stored
// items to the clustered digest PDF (relevance rules, clustering, template,
// PDF) RUNS times; then, in the same run, LibreOffice converting the same
// digest's ODT to PDF RUNS times. Prints the medians and their ratio.
#include "benchresult.h"
#include "digestbuilder.h"
#include "digeststore.h"
#include "newsroom.h"
#include "libreofficereference.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>

using namespace PortalDesk::Models;

namespace {

const QStringList places{QStringLiteral("Đông Hà"), QStringLiteral("Cam Lộ"), QStringLiteral("Gio Linh"), QStringLiteral("Vĩnh Linh"),
                         QStringLiteral("Hải Lăng"), QStringLiteral("Triệu Phong"), QStringLiteral("Hướng Hóa"), QStringLiteral("Đakrông")};
const QStringList topics{QStringLiteral("khởi công dự án giao thông"), QStringLiteral("hội nghị xúc tiến đầu tư"),
                         QStringLiteral("sạt lở bờ biển"), QStringLiteral("giá cà phê tăng"), QStringLiteral("lễ hội văn hóa"),
                         QStringLiteral("cháy rừng thông"), QStringLiteral("ngộ độc thực phẩm"), QStringLiteral("tàu cá gặp nạn")};
const QStringList openings{QStringLiteral("Sáng nay,"), QStringLiteral("Theo phóng viên,"), QStringLiteral("Theo thông tin từ địa phương,"),
                           QStringLiteral("Chiều qua,"), QStringLiteral("Hôm qua,")};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    QTemporaryDir dir;
    auto newsroom = Newsroom::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!newsroom) {
        err << "bench_digest: " << newsroom.error().message << '\n';
        return 1;
    }
    DigestStore store(*newsroom.value());
    const QDate day(2026, 11, 15);
    // 400 stories of their own words (drawn from a pool of Vietnamese
    // syllables, seeded: the same every run), each told by five outlets
    // that swap about one word in twelve and open in their own way.
    QStringList pool;
    for (const QString &text : places + topics + openings)
        pool += text.split(u' ', Qt::SkipEmptyParts);
    pool += QStringLiteral("ủy ban nhân dân tỉnh huyện xã thành phố sở ngành dự án công trình người dân cán bộ kinh tế xã hội văn hóa "
                           "giáo dục y tế môi trường đất đai nhà ở giao thông nông nghiệp thủy sản du lịch đầu tư doanh nghiệp hội nghị "
                           "kế hoạch chương trình triển khai thực hiện kiểm tra xử lý vi phạm bảo đảm an toàn phát triển bền vững "
                           "nâng cao chất lượng hiệu quả quản lý nhà nước cải cách hành chính chuyển đổi số hạ tầng vốn ngân sách "
                           "tiến độ hoàn thành bàn giao khởi công nghiệm thu tổng kết khen thưởng biểu dương phát động hưởng ứng")
                .split(u' ', Qt::SkipEmptyParts);
    QRandomGenerator random(20261115);
    const auto words = [&](int count) {
        QStringList chosen;
        for (int i = 0; i < count; ++i)
            chosen << pool.at(random.bounded(int(pool.size())));
        return chosen;
    };
    QList<DigestItem> items;
    for (int story = 0; story < 400; ++story) {
        const QStringList title = words(12);
        const QStringList body = words(70);
        for (int outlet = 0; outlet < 5; ++outlet) {
            QStringList myTitle = title;
            QStringList myBody = body;
            for (QStringList *text : {&myTitle, &myBody}) {
                for (qsizetype i = 0; i < text->size(); ++i) {
                    if (random.bounded(12) == 0)
                        (*text)[i] = pool.at(random.bounded(int(pool.size())));
                }
            }
            DigestItem item;
            const int feed = (story * 5 + outlet) % 50;
            item.key = QStringLiteral("feed:%1:%2-%3").arg(feed).arg(story).arg(outlet);
            item.kind = QStringLiteral("feed");
            item.outlet = QStringLiteral("Báo số %1").arg(feed + 1);
            item.url = QStringLiteral("https://bao%1.example/%2").arg(feed + 1).arg(story);
            item.title = myTitle.join(u' ') + QStringLiteral(" ở Quảng Trị");
            item.body = openings.at(outlet) + u' ' + myBody.join(u' ') + u'.';
            item.publishedAt = QDateTime(day, QTime(6, 0)).addSecs(story * 60 + outlet);
            items << item;
        }
    }
    if (!store.addItems(items) || !store.addRule({0, QStringLiteral("Quảng Trị"), {}, {}, false})) {
        err << "bench_digest: cannot seed the newsroom\n";
        return 1;
    }
    const QStringList sections = store.sections().value();

    QList<double> ours;
    int stories = 0;
    const QString odt = dir.filePath(QStringLiteral("diem-bao.odt"));
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto draft = DigestBuilder::draft(store, day, QStringLiteral("Cổng Thông tin điện tử tỉnh Quảng Trị"));
        if (!draft || !DigestBuilder::write(draft.value(), sections, dir.filePath(QStringLiteral("diem-bao.pdf")))) {
            err << "bench_digest: the digest failed\n";
            return 1;
        }
        ours << double(timer.elapsed());
        stories = int(draft->entries.size());
        if (run == 0)
            (void)DigestBuilder::write(draft.value(), sections, odt);
    }
    out << QStringLiteral("PortalDesk: %1 clippings from 50 feeds to a digest PDF of %2 stories, median %3 ms of %4 runs\n")
               .arg(items.size())
               .arg(stories)
               .arg(median(ours), 0, 'f', 0)
               .arg(runs);
    out.flush();
    const auto reference = timeLibreOffice(odt, dir, runs);
    if (const auto *problem = std::get_if<LibreOfficeProblem>(&reference)) {
        err << (*problem == LibreOfficeProblem::NotInstalled
                    ? "bench_digest: LibreOffice (soffice) is not installed; it is in packaging/debian/build-deps\n"
                    : "bench_digest: soffice failed\n");
        return *problem == LibreOfficeProblem::NotInstalled ? 3 : 1;
    }
    const QList<double> theirs = std::get<QList<double>>(reference);
    out << QStringLiteral("LibreOffice: the same digest's ODT to PDF, median %1 ms of %2 runs\n").arg(median(theirs), 0, 'f', 0).arg(runs);
    out << QStringLiteral("ratio PortalDesk / LibreOffice: %1 (target at most 0.3); PortalDesk under 2 s: %2\n")
               .arg(median(ours) / median(theirs), 0, 'f', 2)
               .arg(median(ours) < 2000 ? QStringLiteral("yes") : QStringLiteral("no"));
    PortalDesk::Bench::printResult(out, {QStringLiteral("digest_pdf"), QStringLiteral("2,000 clippings to a digest PDF, against LibreOffice converting its ODT"), QStringLiteral("LibreOffice"),
                             QStringLiteral("ms"), false, 0.3, ours, theirs});
    return 0;
}
