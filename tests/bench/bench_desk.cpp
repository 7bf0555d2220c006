// The desk's benchmarks (issue "editorial desk"), run by hand, reported in
// README:
//   bench_desk startup NEWSROOM [RUNS]  start to first paint of portaldesk on
//                                       NEWSROOM, next to an empty QMainWindow
//   bench_desk typing [KEYS]            keystroke to repaint in a 200 KB article
//   bench_desk memory NEWSROOM          peak memory after scrolling the whole list
#include "articlegenerator.h"
#include "articlelistmodel.h"
#include "articlestore.h"
#include "icontheme.h"
#include "markdownedit.h"
#include "newsroom.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QProcess>
#include <QScrollBar>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

#include <sys/resource.h>

#include <algorithm>

using namespace PortalDesk;

namespace {

QTextStream out(stdout);

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5)));
}

double processMs(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        out << program << " failed: exit " << process.exitCode() << Qt::endl;
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

int startup(const QString &newsroom, int runs)
{
    const QString dir = QCoreApplication::applicationDirPath();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PORTALDESK_PASSWORD"), QStringLiteral("demo"));
    env.insert(QStringLiteral("PORTALDESK_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    QList<double> desk, empty;
    for (int run = 0; run < runs; ++run) {
        // Alternated, so that a busy moment of the machine hits both.
        empty.append(processMs(dir + QStringLiteral("/bench_emptywindow"), {}, env));
        desk.append(processMs(QStringLiteral(PORTALDESK_GUI_BINARY),
                              {QStringLiteral("--db"), newsroom, QStringLiteral("--user"), QStringLiteral("chief")}, env));
    }
    out << "| start to first paint | p50 ms | p95 ms |\n| --- | --- | --- |\n";
    out << "| empty QMainWindow | " << percentile(empty, 0.5) << " | " << percentile(empty, 0.95) << " |\n";
    out << "| portaldesk, " << newsroom << " | " << percentile(desk, 0.5) << " | " << percentile(desk, 0.95) << " |\n";
    out << "ratio p50: " << percentile(desk, 0.5) / percentile(empty, 0.5) << Qt::endl;
    return 0;
}

int typing(int keys)
{
    Models::ArticleGenerator generator(7);
    QString text;
    while (text.size() < 200 * 1024)
        text += generator.next().body + QStringLiteral("\n\n");
    Widgets::MarkdownEdit edit;
    edit.resize(900, 800);
    edit.setPlainText(text);
    edit.show();
    if (!QTest::qWaitForWindowExposed(&edit))
        return 1;
    QTest::qWait(2000);  // the highlighter's first pass runs in event-loop turns
    QTextCursor cursor = edit.textCursor();
    cursor.setPosition(int(text.size() / 2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    edit.setTextCursor(cursor);
    edit.centerCursor();
    const QString typed = QStringLiteral("Sáng nay UBND tỉnh tổ chức hội nghị trực tuyến với các sở ngành ");
    QList<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < keys; ++i) {
        const QChar key = typed.at(i % typed.size());
        timer.restart();
        // A key event with the letter as text, as the input method sends
        // Vietnamese letters (QTest's key names are ASCII only).
        QKeyEvent press(QEvent::KeyPress, key.isSpace() ? int(Qt::Key_Space) : 0, Qt::NoModifier, QString(key));
        QKeyEvent release(QEvent::KeyRelease, key.isSpace() ? int(Qt::Key_Space) : 0, Qt::NoModifier, QString(key));
        QApplication::sendEvent(&edit, &press);
        QApplication::sendEvent(&edit, &release);
        edit.viewport()->repaint();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();
    }
    out << "typing " << keys << " keys into " << text.size() / 1024 << " KB (highlighting on, spell checking "
        << (edit.isSpellCheckEnabled() ? "on" : "OFF: no dictionary") << "): keystroke to repaint p50 " << percentile(times, 0.5) << " ms, p99 "
        << percentile(times, 0.99) << " ms, max " << percentile(times, 1.0) << " ms" << Qt::endl;
    return 0;
}

int memory(const QString &path)
{
    auto opened = Models::Newsroom::open(Models::NewsroomUrl::sqlite(path));
    if (!opened) {
        out << opened.error().message << Qt::endl;
        return 1;
    }
    Models::ArticleStore store(*opened.value());
    Models::ArticleListModel model(store);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&model);
    view.resize(800, 900);
    view.show();
    QElapsedTimer timer;
    timer.start();
    while (model.canFetchMore({})) {
        view.scrollToBottom();
        QCoreApplication::processEvents();
    }
    rusage usage{};
    // Back to the top: pages evicted on the way down are read again.
    view.scrollToTop();
    QCoreApplication::processEvents();
    getrusage(RUSAGE_SELF, &usage);
    out << "scrolled " << model.rowCount() << " rows in " << timer.elapsed() / 1000 << " s; peak RSS "
        << usage.ru_maxrss / 1024 << " MB; " << model.cachedPageCount() << " pages of "
        << Models::ArticleListModel::pageSize << " rows in memory" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Widgets::useIconTheme();
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == u"startup" && args.size() >= 3)
        return startup(args.at(2), args.value(3, QStringLiteral("10")).toInt());
    if (mode == u"typing")
        return typing(args.value(2, QStringLiteral("300")).toInt());
    if (mode == u"memory" && args.size() >= 3)
        return memory(args.at(2));
    QTextStream(stderr) << "usage: bench_desk startup NEWSROOM [RUNS] | typing [KEYS] | memory NEWSROOM\n";
    return 2;
}
