// The Công báo's print benchmark (issue "gazette"), run by hand, reported in
// README:
//
//   bench_gazette [RUNS]
// builds a 300-page issue in memory (twelve decisions of 110 Điều each),
// writes it as PDF with PortalDesk RUNS times, then, in the same run, has
// LibreOffice (soffice --headless --convert-to pdf) turn the same issue's
// ODT export into PDF RUNS times; prints the medians, their ratio and
// PortalDesk's peak memory (VmHWM) while rendering. Run as a process of its
// own: the peak memory is the process's.
#include "benchresult.h"
#include "gazetteprint.h"
#include "libreofficereference.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>

using namespace PortalDesk::Models;

namespace {

QString longBody(int articles)
{
    QStringList lines{QStringLiteral("Căn cứ Luật Ban hành văn bản quy phạm pháp luật;"), QStringLiteral("QUYẾT ĐỊNH:")};
    for (int a = 1; a <= articles; ++a) {
        lines << QStringLiteral("Điều %1. Trách nhiệm của cơ quan thứ %1").arg(a);
        for (int k = 1; k <= 3; ++k) {
            lines << QStringLiteral("%1. Các cơ quan, đơn vị có trách nhiệm tổ chức thực hiện nghiêm túc, hiệu quả các nội dung "
                                    "được giao tại Quy chế này; định kỳ báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15 hằng tháng.")
                         .arg(k);
        }
        if (a % 20 == 0)
            lines << QStringLiteral("| STT | Đơn vị | Chỉ tiêu |") << QStringLiteral("| --- | --- | --- |")
                  << QStringLiteral("| 1 | Sở Nội vụ | 12 |") << QStringLiteral("| 2 | Sở Y tế | 8 |");
    }
    return lines.join(u'\n');
}

qint64 peakKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;

    QList<GazetteDocument> documents;
    for (int i = 1; i <= 12; ++i) {
        GazetteDocument d;
        d.id = QStringLiteral("%1/2026/QĐ-UBND").arg(i);
        d.meta.typeKey = QStringLiteral("quyet_dinh");
        d.meta.symbol = d.id;
        d.meta.issuer = QStringLiteral("UBND tỉnh");
        d.meta.signedOn = QDate(2026, 1, i);
        d.meta.part = GazettePart::Normative;
        d.meta.summary = QStringLiteral("Ban hành Quy chế quản lý Cổng Thông tin điện tử tỉnh");
        d.meta.signer = QStringLiteral("Nguyễn Văn An");
        d.meta.signerTitle = QStringLiteral("TM. Ủy ban nhân dân / Chủ tịch");
        d.body = longBody(110);
        documents << d;
    }
    GazetteIssue issue;
    issue.year = 2026;
    issue.number = {15, 16};
    issue.publishedOn = QDate(2026, 1, 20);

    QTemporaryDir dir;
    const QString odt = dir.filePath(QStringLiteral("so-15-16.odt"));
    QList<double> ours;
    int pages = 0;
    for (int run = 0; run < runs; ++run) {
        GazettePrint print(issue, documents, QStringLiteral("Quảng Trị"));
        QElapsedTimer timer;
        timer.start();
        if (Status written = print.writePdf(dir.filePath(QStringLiteral("portaldesk.pdf"))); !written) {
            err << "bench_gazette: " << written.error().message << '\n';
            return 1;
        }
        ours << double(timer.elapsed());
        pages = print.pageCount();
        if (run == 0 && !print.writeOdt(odt).ok()) {
            err << "bench_gazette: the ODT export failed\n";
            return 1;
        }
    }
    const qint64 peak = peakKilobytes();
    out << QStringLiteral("PortalDesk: %1 pages to PDF, median %2 ms of %3 runs, peak memory %4 MB\n")
               .arg(pages)
               .arg(median(ours), 0, 'f', 0)
               .arg(runs)
               .arg(peak / 1024.0, 0, 'f', 0);
    out.flush();

    const auto reference = timeLibreOffice(odt, dir, runs);
    if (const auto *problem = std::get_if<LibreOfficeProblem>(&reference)) {
        err << (*problem == LibreOfficeProblem::NotInstalled
                    ? "bench_gazette: LibreOffice (soffice) is not installed; it is in packaging/debian/build-deps\n"
                    : "bench_gazette: soffice failed\n");
        return *problem == LibreOfficeProblem::NotInstalled ? 3 : 1;
    }
    const QList<double> theirs = std::get<QList<double>>(reference);
    out << QStringLiteral("LibreOffice: the same issue's ODT to PDF, median %1 ms of %2 runs\n").arg(median(theirs), 0, 'f', 0).arg(runs);
    out << QStringLiteral("ratio PortalDesk / LibreOffice: %1 (target at most 0.3); peak memory %2 MB (target under 300)\n")
               .arg(median(ours) / median(theirs), 0, 'f', 2)
               .arg(peak / 1024.0, 0, 'f', 0);
    PortalDesk::Bench::printResult(out, {QStringLiteral("gazette_pdf"), QStringLiteral("a 300-page Công báo to PDF, against LibreOffice converting its ODT"), QStringLiteral("LibreOffice"),
                             QStringLiteral("ms"), false, 0.3, ours, theirs});
    return 0;
}
