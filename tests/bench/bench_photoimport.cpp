// The photo import benchmark (issue 19), run by hand, reported in README:
//
//   bench_photoimport [--photos N] [--runs R] [--dir DIR]
//
// makes N phone-size JPEGs (4000 × 3000, 12 MP, with a camera's grain so that
// they compress like photos) in DIR once, then R times in one run, in turn:
// PortalDesk's PhotoImport making the web (1600 px) and thumbnail (320 px)
// renditions of every file, in a child process of its own (its peak memory
// is that process's); ImageMagick making the same two sizes from the same
// file in one `convert` per photo (one decode, -resize, -write, -resize);
// and libvips' `vipsthumbnail` once per size. Prints the medians, the
// ratios to ImageMagick and PortalDesk's peak memory.
#include "photoimport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QCoreApplication>
#include <QImage>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <vector>

extern char **environ;

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

// A 12 MP picture with large shapes and per-pixel grain: a camera JPEG of
// 3-5 MB at quality 92.
QImage phonePhoto(int seed)
{
    QImage image(4000, 3000, QImage::Format_RGB32);
    QRandomGenerator random{quint32(seed)};
    const int cx = int(random.bounded(4000));
    const int cy = int(random.bounded(3000));
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int d = (std::abs(x - cx) + std::abs(y - cy)) / 12;
            const int grain = int(random.bounded(24)) - 12;
            line[x] = qRgb(std::clamp((d + seed * 37) % 256 + grain, 0, 255), std::clamp((x / 16 + y / 24) % 256 + grain, 0, 255),
                           std::clamp((y / 12 + seed * 11) % 256 + grain, 0, 255));
        }
    }
    return image;
}

QStringList makePhotos(const QString &dir, int count)
{
    QDir().mkpath(dir);
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(dir).filePath(u"IMG_%1.jpg"_s.arg(i, 4, 10, QChar(u'0')));
        if (!QFile::exists(path)) {
            if (!phonePhoto(i).save(path, "jpeg", 92))
                qFatal("cannot write %s", qPrintable(path));
        }
        files += path;
    }
    return files;
}

struct Timed {
    qint64 ms = 0;
    long peakKb = 0;
};

// Runs a program and waits; its wall time and, through wait4, its peak RSS
// (posix_spawn, not QProcess, whose own reaping would take the usage away).
Timed runChild(const QString &program, const QStringList &arguments)
{
    QList<QByteArray> storage{program.toLocal8Bit()};
    for (const QString &argument : arguments)
        storage += argument.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &item : storage)
        argv.push_back(item.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ) != 0)
        qFatal("cannot start %s", qPrintable(program));
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        qFatal("%s failed", qPrintable(program));
    return {timer.elapsed(), usage.ru_maxrss};
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

int importAll(const QStringList &files)
{
    qint64 bytes = 0;
    for (const QString &file : files) {
        auto photo = PhotoImport::fromFile(file);
        if (!photo) {
            say(photo.error().message);
            return 1;
        }
        for (const PhotoRendition &rendition : photo->renditions)
            bytes += rendition.bytes.size();
    }
    std::printf("%lld\n", bytes);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"photos"_s, u"How many photos."_s, u"n"_s, u"200"_s},
                       {u"runs"_s, u"How many runs of each."_s, u"n"_s, u"3"_s},
                       {u"dir"_s, u"Where the generated photos are kept."_s, u"dir"_s, u"bench/photos"_s},
                       {u"import-only"_s, u"(internal) import the files named and exit."_s}});
    parser.addPositionalArgument(u"files"_s, u"(with --import-only)"_s);
    parser.process(app);
    if (parser.isSet(u"import-only"_s))
        return importAll(parser.positionalArguments());

    const int count = parser.value(u"photos"_s).toInt();
    const int runs = parser.value(u"runs"_s).toInt();
    const QString convert = QStandardPaths::findExecutable(u"convert"_s);
    const QString vips = QStandardPaths::findExecutable(u"vipsthumbnail"_s);
    if (convert.isEmpty() || vips.isEmpty()) {
        say(u"bench_photoimport: needs ImageMagick's convert and libvips' vipsthumbnail (packaging/debian/build-deps)"_s);
        return 1;
    }
    say(u"Making %1 photos of 12 MP in %2 (once)..."_s.arg(count).arg(parser.value(u"dir"_s)));
    const QStringList files = makePhotos(parser.value(u"dir"_s), count);
    qint64 totalBytes = 0;
    for (const QString &file : files)
        totalBytes += QFileInfo(file).size();

    QTemporaryDir out;
    QList<qint64> ours, magick, thumbnail;
    long peakKb = 0;
    for (int run = 0; run < runs; ++run) {
        const Timed timed = runChild(QCoreApplication::applicationFilePath(), QStringList{u"--import-only"_s} + files);
        ours += timed.ms;
        peakKb = std::max(peakKb, timed.peakKb);

        QElapsedTimer timer;
        timer.start();
        for (const QString &file : files) {
            // ImageMagick at its best: one decode for both sizes.
            runChild(convert, {file, u"-resize"_s, u"1600x1600>"_s, u"-quality"_s, u"85"_s, u"-write"_s,
                               out.filePath(u"web.jpg"_s), u"-resize"_s, u"320x320>"_s, u"-quality"_s, u"80"_s,
                               out.filePath(u"thumb.jpg"_s)});
        }
        magick += timer.elapsed();

        timer.restart();
        for (const QString &file : files) {
            runChild(vips, {file, u"-s"_s, u"1600"_s, u"-o"_s, out.filePath(u"web.jpg[Q=85]"_s)});
            runChild(vips, {file, u"-s"_s, u"320"_s, u"-o"_s, out.filePath(u"thumb.jpg[Q=80]"_s)});
        }
        thumbnail += timer.elapsed();
        say(u"run %1: PortalDesk %2 ms, convert %3 ms, vipsthumbnail %4 ms"_s.arg(run + 1).arg(ours.last()).arg(magick.last()).arg(thumbnail.last()));
    }
    const qint64 o = median(ours), m = median(magick), v = median(thumbnail);
    std::printf("Photo import: %d JPEGs of 4000 x 3000 (%.0f MB), web 1600 px + thumbnail 320 px, medians of %d runs\n",
                count, totalBytes / 1048576.0, runs);
    std::printf("  PortalDesk PhotoImport      %8lld ms  (%.1f ms a photo)\n", o, double(o) / count);
    std::printf("  ImageMagick convert         %8lld ms  (%.1f ms a photo)\n", m, double(m) / count);
    std::printf("  libvips vipsthumbnail x 2   %8lld ms  (%.1f ms a photo)\n", v, double(v) / count);
    std::printf("  ratio PortalDesk / ImageMagick: %.2f (goal: at most 1.0)\n", double(o) / m);
    std::printf("  ratio PortalDesk / vipsthumbnail: %.2f\n", double(o) / v);
    std::printf("  PortalDesk peak memory: %ld MB (goal: under 300 MB)\n", peakKb / 1024);
    return 0;
}
