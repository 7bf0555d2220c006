// Start to first paint, PortalDesk next to the editors its users know, each
// program timed from outside and ended at its first paint by the same
// generic plugin ("-plugin quitonfirstpaint"):
//   bench_startup NEWSROOM [RUNS]
// - an empty QMainWindow, the floor;
// - portaldesk on NEWSROOM, signed in as the chief editor;
// - KWrite (KTextEditor over the same KSyntaxHighlighting) opening an
//   article of the generator's as Markdown;
// - LibreOffice Writer opening the same article as .odt, timed from outside
//   to its window's appearing (xdotool), when there is an X display.
// Alternated run by run, after one warm-up run each (first-run profiles and
// caches), so that a busy moment of the machine hits all of them.
// Prints a table, and a line per peer for packaging/devenv bench.
#include "articlegenerator.h"
#include "benchresult.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace PortalDesk;

namespace {

QTextStream out(stdout);

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5)));
}

// Where a program's start goes: the "startup-trace STEP MS" lines it and the
// quitonfirstpaint plugin print on stderr when STARTUP_TRACE_T0 holds the
// CLOCK_MONOTONIC time of its launch (portaldesk prints its steps).
QList<std::pair<QString, double>> tracedSteps(const QString &program, const QStringList &arguments, QProcessEnvironment env)
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    env.insert(QStringLiteral("STARTUP_TRACE_T0"), QString::number(qint64(now.tv_sec) * 1000000000 + now.tv_nsec));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    QList<std::pair<QString, double>> steps;
    for (const QByteArray &line : process.readAllStandardError().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() == 3 && fields.at(0) == "startup-trace")
            steps.append({QString::fromLatin1(fields.at(1)), fields.at(2).toDouble()});
    }
    return steps;
}

// The whole life of a program that ends itself at its first paint.
double processMs(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QTextStream(stderr) << "bench_startup: " << program << " did not end at its first paint (exit " << process.exitCode() << ")\n";
        process.kill();
        process.waitForFinished();
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

// LibreOffice cannot load a Qt plugin: from its start to its document's
// window on the display, polled every 20 ms with xdotool.
double writerMs(const QString &soffice, const QString &profile, const QString &odt)
{
    QProcess writer;
    writer.setStandardOutputFile(QProcess::nullDevice());
    writer.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    writer.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + profile, QStringLiteral("--norestore"),
                           QStringLiteral("--nologo"), QStringLiteral("--writer"), odt});
    double ms = -1;
    while (timer.elapsed() < 120000) {
        QProcess search;
        search.start(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
                                                 QFileInfo(odt).completeBaseName()});
        search.waitForFinished();
        if (search.exitCode() == 0 && !search.readAllStandardOutput().trimmed().isEmpty()) {
            ms = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
        QThread::msleep(20);
    }
    // soffice is a launcher: its office process carries the profile's path.
    QProcess::execute(QStringLiteral("pkill"), {QStringLiteral("-KILL"), QStringLiteral("-f"), profile});
    writer.waitForFinished(10000);
    return ms;
}

struct Measure {
    QString name;
    std::function<double()> run;
    QList<double> times;
};

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_startup NEWSROOM [RUNS]\n";
        return 2;
    }
    const QString newsroom = args.at(1);
    const int runs = args.value(2, QStringLiteral("10")).toInt();
    const QString dir = QCoreApplication::applicationDirPath();
    QTemporaryDir work;
    if (!QFileInfo::exists(newsroom) || !work.isValid()) {
        QTextStream(stderr) << "bench_startup: no newsroom at " << newsroom << "\n";
        return 2;
    }

    // One article of the generator's, as Markdown for the editors and as
    // OpenDocument for Writer.
    const QString body = Models::ArticleGenerator(7).next().body;
    const QString markdown = work.filePath(QStringLiteral("bai-viet.md"));
    const QString odt = work.filePath(QStringLiteral("bai-viet.odt"));
    QFile file(markdown);
    if (!file.open(QIODevice::WriteOnly) || file.write(body.toUtf8()) < 0) {
        QTextStream(stderr) << "bench_startup: cannot write " << markdown << "\n";
        return 1;
    }
    file.close();
    QTextDocument document;
    document.setMarkdown(body);
    if (!QTextDocumentWriter(odt, "odf").write(&document)) {
        QTextStream(stderr) << "bench_startup: cannot write " << odt << "\n";
        return 1;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString plugins = dir + QStringLiteral("/plugins");
    env.insert(QStringLiteral("QT_PLUGIN_PATH"), env.contains(QStringLiteral("QT_PLUGIN_PATH"))
                                                    ? plugins + u':' + env.value(QStringLiteral("QT_PLUGIN_PATH"))
                                                    : plugins);
    env.insert(QStringLiteral("PORTALDESK_PASSWORD"), QStringLiteral("demo"));
    // KDE programs keep their settings and caches here: the same for every run.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), work.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), work.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), work.filePath(QStringLiteral("data")));
    const QStringList plugin{QStringLiteral("-plugin"), QStringLiteral("quitonfirstpaint")};

    QList<Measure> measures;
    measures.append({QStringLiteral("empty QMainWindow"), [&] { return processMs(dir + QStringLiteral("/bench_emptywindow"), plugin, env); }, {}});
    measures.append({QStringLiteral("portaldesk, ") + QFileInfo(newsroom).fileName(), [&] {
                         return processMs(QStringLiteral(PORTALDESK_GUI_BINARY),
                                          QStringList{QStringLiteral("--db"), newsroom, QStringLiteral("--user"), QStringLiteral("chief")} + plugin,
                                          env);
                     }, {}});
    const QString kwrite = QStandardPaths::findExecutable(QStringLiteral("kwrite"));
    if (!kwrite.isEmpty())
        measures.append({QStringLiteral("KWrite, a %1 KB Markdown article").arg(body.toUtf8().size() / 1024.0, 0, 'f', 1),
                         [&] { return processMs(kwrite, QStringList{markdown} + plugin, env); }, {}});
    else
        out << "KWrite: not installed (Debian package kwrite)\n";
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    // libreoffice-writer-nogui, which the PDF benchmarks use, has no window
    // system plugin (libvclplug_*): no window to time.
    const bool windows = !QDir(QStringLiteral("/usr/lib/libreoffice/program"))
                              .entryList({QStringLiteral("libvclplug_*")}, QDir::Files)
                              .isEmpty();
    const bool display = windows && qEnvironmentVariableIsSet("DISPLAY")
        && !QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty();
    const QString profile = work.filePath(QStringLiteral("libreoffice"));
    if (!soffice.isEmpty() && display)
        measures.append({QStringLiteral("LibreOffice Writer, the same article (.odt)"), [&] { return writerMs(soffice, profile, odt); }, {}});
    else
        out << "LibreOffice Writer: not measured (needs libreoffice-writer with its window system plugin, xdotool and an X display)\n";

    for (Measure &measure : measures)
        measure.run();  // the warm-up
    for (int run = 0; run < runs; ++run) {
        for (Measure &measure : measures) {
            const double ms = measure.run();
            if (ms < 0) {
                QTextStream(stderr) << "bench_startup: " << measure.name << " failed\n";
                return 1;
            }
            measure.times << ms;
        }
    }

    out << "| start to first paint (" << runs << " runs, " << QGuiApplication::platformName() << ") | p50 ms | p95 ms | min–max |\n"
        << "| --- | --- | --- | --- |\n";
    for (const Measure &measure : std::as_const(measures)) {
        out << "| " << measure.name << " | " << qRound(percentile(measure.times, 0.5)) << " | " << qRound(percentile(measure.times, 0.95))
            << " | " << qRound(percentile(measure.times, 0)) << "–" << qRound(percentile(measure.times, 1)) << " |\n";
    }
    // PortalDesk's own steps, the same number of runs: the median time since
    // launch at each, and what each step took (the difference of medians).
    QList<QString> stepNames;
    QHash<QString, QList<double>> stepTimes;
    for (int run = 0; run < runs; ++run) {
        const auto steps = tracedSteps(QStringLiteral(PORTALDESK_GUI_BINARY),
                                       QStringList{QStringLiteral("--db"), newsroom, QStringLiteral("--user"), QStringLiteral("chief")} + plugin, env);
        for (const auto &[name, ms] : steps) {
            if (!stepNames.contains(name))
                stepNames << name;
            stepTimes[name] << ms;
        }
    }
    if (!stepNames.isEmpty()) {
        out << "\n| portaldesk's start, step by step (" << runs << " runs) | median ms since launch | the step |\n| --- | --- | --- |\n";
        double before = 0;
        for (const QString &name : std::as_const(stepNames)) {
            const double at = percentile(stepTimes.value(name), 0.5);
            out << "| " << name << " | " << qRound(at) << " | " << qRound(at - before) << " |\n";
            before = at;
        }
        out << "\n";
    }

    // The peers are the goal (at most 1.0× KWrite); the empty window is the floor.
    for (int i = 0; i < measures.size(); ++i) {
        if (i == 1)
            continue;
        Bench::Result result;
        result.unit = QStringLiteral("ms");
        result.ours = measures.at(1).times;
        result.theirs = measures.at(i).times;
        if (i == 0) {
            result.key = QStringLiteral("startup_empty");
            result.reference = QStringLiteral("empty QMainWindow");
            result.label = QStringLiteral("start to first paint on 100,000 articles, against an empty QMainWindow (the floor)");
        } else if (measures.at(i).name.startsWith(u"KWrite")) {
            result.key = QStringLiteral("startup_kwrite");
            result.reference = QStringLiteral("KWrite");
            result.goal = 1.0;
            result.label = QStringLiteral("start to first paint on 100,000 articles, against KWrite opening an article");
        } else {
            result.key = QStringLiteral("startup_writer");
            result.reference = QStringLiteral("LibreOffice Writer");
            result.label = QStringLiteral("start to first paint on 100,000 articles, against Writer opening the article");
        }
        Bench::printResult(out, result);
    }
    out.flush();
    return 0;
}
