#pragma once

// Benchmark support: LibreOffice as the reference the print benchmarks are
// measured against, and the median they report.

#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <variant>

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

enum class LibreOfficeProblem { NotInstalled, Failed };

// Times `soffice --headless --convert-to pdf` on the ODT `runs` times, each
// with a fresh profile (cold, as a night job would start it), in `dir`.
inline std::variant<QList<double>, LibreOfficeProblem> timeLibreOffice(const QString &odt, const QTemporaryDir &dir, int runs)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        return LibreOfficeProblem::NotInstalled;
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo-profile-%1").arg(run))).toString();
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        process.start(soffice, {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
                                QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path(), odt});
        if (!process.waitForFinished(600000) || process.exitCode() != 0)
            return LibreOfficeProblem::Failed;
        times << double(timer.elapsed());
    }
    return times;
}
