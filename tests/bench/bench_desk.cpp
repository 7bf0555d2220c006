// The desk's benchmarks (issue "editorial desk"), run by hand, reported in
// README (start-up: bench_startup):
//   bench_desk typing [KEYS]            keystroke to repaint in a 200 KB article
//   bench_desk memory NEWSROOM          peak memory after scrolling the whole list
//   bench_desk photos [N]               the photo library over N photos (10,000):
//                                       paint time of each frame while scrolling
//                                       through it all, thumbnails arriving, and
//                                       peak memory
#include "articlegenerator.h"
#include "articlelistmodel.h"
#include "articlestore.h"
#include "icontheme.h"
#include "markdownedit.h"
#include "newsroom.h"
#include "medialibrarymodel.h"
#include "photolibrarypanel.h"
#include "sqlsupport.h"
#include "userstore.h"

#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
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

// N photos written straight into a new newsroom (importing 10,000 would
// take a quarter of an hour and measure the import, not the library): each
// with a thumbnail of its own, 320 × 240, and its description.
bool seedPhotos(Models::Newsroom &newsroom, int count)
{
    QSqlDatabase db = newsroom.database();
    db.transaction();
    QSqlQuery media(db), files(db);
    media.prepare(QStringLiteral("INSERT INTO media (id, seq, sha256, mime_type, width, height, byte_size, caption, credit, alt,"
                                 " uploaded_at, updated_at, search_folded) VALUES (?, ?, ?, 'image/jpeg', 4000, 3000, 4000000,"
                                 " ?, ?, '', ?, ?, ?)"));
    files.prepare(QStringLiteral("INSERT INTO media_files (media_id, name, mime_type, width, height, byte_size, sha256, content)"
                                 " VALUES (?, ?, 'image/jpeg', ?, ?, ?, ?, ?)"));
    const QString stamp = Models::nowStamp();
    for (int i = 0; i < count; ++i) {
        QImage image(320, 240, QImage::Format_RGB32);
        QPainter painter(&image);
        QLinearGradient gradient(0, 0, 320, 240);
        gradient.setColorAt(0, QColor::fromHsv(i * 37 % 360, 140, 230));
        gradient.setColorAt(1, QColor::fromHsv(i * 91 % 360, 200, 80));
        painter.fillRect(image.rect(), gradient);
        painter.drawText(image.rect(), Qt::AlignCenter, QString::number(i));
        painter.end();
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 80);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex());
        const QString caption = QStringLiteral("Hội nghị tổng kết số %1 tại Đông Hà").arg(i);
        for (const QVariant &value : QVariantList{id, i, hash, caption, QStringLiteral("Ảnh: Tiến Nhất"), stamp, stamp,
                                                  QStringLiteral("hoi nghi tong ket so %1 tai dong ha anh tien nhat").arg(i)})
            media.addBindValue(value);
        if (!media.exec())
            return false;
        for (const QString &name : {QStringLiteral("original"), QStringLiteral("web"), QStringLiteral("thumb")}) {
            for (const QVariant &value : QVariantList{id, name, 320, 240, jpeg.size(), hash, jpeg})
                files.addBindValue(value);
            if (!files.exec())
                return false;
        }
    }
    return db.commit();
}

int photoLibrary(int count)
{
    QTemporaryDir dir;
    auto opened = Models::Newsroom::open(Models::NewsroomUrl::sqlite(dir.filePath(QStringLiteral("photos.sqlite"))));
    if (!opened || !seedPhotos(*opened.value(), count)) {
        out << "cannot make the newsroom" << Qt::endl;
        return 1;
    }
    Models::UserStore users(*opened.value());
    auto admin = users.add(QStringLiteral("admin"), QStringLiteral("Quản trị"), Models::Role::Admin, QStringLiteral("bench-password"), nullptr);
    if (!admin) {
        out << admin.error().message << Qt::endl;
        return 1;
    }
    auto reporter = users.add(QStringLiteral("reporter"), QStringLiteral("Phóng viên"), Models::Role::Reporter,
                              QStringLiteral("bench-password"), &admin.value());
    if (!reporter) {
        out << reporter.error().message << Qt::endl;
        return 1;
    }
    Widgets::PhotoLibraryPanel panel(*opened.value(), reporter.value());
    panel.resize(420, 900);  // the right dock of a large screen: two columns
    panel.show();
    QListView *view = panel.view();
    QScrollBar *bar = view->verticalScrollBar();
    QTest::qWait(200);
    QList<double> frames, cachedFrames;
    QElapsedTimer timer, total;
    total.start();
    // A wheel notch at a time, as a person scrolls, through all of it; each
    // frame painted at once, timed from the scroll. Thumbnails arrive and
    // pages are read between frames, as they do in the desk.
    for (int steps = 0; steps < 200000; ++steps) {
        const int before = bar->value();
        timer.start();
        bar->setValue(before + bar->singleStep() * 3);
        view->viewport()->repaint();
        frames.append(double(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();
        if (bar->value() == before && !panel.model()->canFetchMore({}))
            break;
    }
    // Then back up over what is cached (the last screens' thumbnails).
    QTest::qWait(500);
    while (cachedFrames.size() < 40 && bar->value() > 0) {
        timer.start();
        bar->setValue(bar->value() - bar->singleStep() * 3);
        view->viewport()->repaint();
        cachedFrames.append(double(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();
    }
    out << "back up over cached thumbnails, " << cachedFrames.size() << " frames: paint p50 " << percentile(cachedFrames, 0.5)
        << " ms, p99 " << percentile(cachedFrames, 0.99) << " ms, max " << percentile(cachedFrames, 1.0) << " ms" << Qt::endl;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << "photo library of " << panel.model()->rowCount() << " photos scrolled in " << frames.size() << " frames, "
        << total.elapsed() / 1000.0 << " s: paint p50 " << percentile(frames, 0.5) << " ms, p99 " << percentile(frames, 0.99)
        << " ms, max " << percentile(frames, 1.0) << " ms; " << panel.model()->cachedThumbnails()
        << " thumbnails cached; peak RSS " << usage.ru_maxrss / 1024 << " MB" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Widgets::useIconTheme();
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == u"typing")
        return typing(args.value(2, QStringLiteral("300")).toInt());
    if (mode == u"memory" && args.size() >= 3)
        return memory(args.at(2));
    if (mode == u"photos")
        return photoLibrary(args.value(2, QStringLiteral("10000")).toInt());
    QTextStream(stderr) << "usage: bench_desk typing [KEYS] | memory NEWSROOM | photos [N]\n";
    return 2;
}
