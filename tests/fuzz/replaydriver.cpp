// The fuzz targets without libFuzzer: runs LLVMFuzzerTestOneInput() once on
// every file named, and on every file under every directory named. ctest
// replays the corpora with it (tests/fuzz/CMakeLists.txt), so a change that
// breaks on an input once found, or on a seed, fails CI without fuzzing time.

#include <QByteArray>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

QStringList inputsUnder(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return {path};
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    std::sort(files.begin(), files.end());  // the same order on every machine
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE|DIRECTORY...\n", argv[0]);
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (!QFileInfo::exists(path)) {
            std::fprintf(stderr, "%s: no such file or directory\n", argv[i]);
            return 2;
        }
        for (const QString &file : inputsUnder(path)) {
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s: cannot read: %s\n", qPrintable(file), qPrintable(in.errorString()));
                return 2;
            }
            const QByteArray bytes = in.readAll();
            // Printed before the run, so a crash's log names its input.
            std::fprintf(stderr, "replaying %s (%lld bytes)\n", qPrintable(file), static_cast<long long>(bytes.size()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), static_cast<size_t>(bytes.size()));
            ++count;
        }
    }
    if (count == 0) {
        // An empty corpus replays nothing and proves nothing.
        std::fprintf(stderr, "no input files\n");
        return 1;
    }
    std::printf("%d inputs replayed in %lld ms\n", count, static_cast<long long>(timer.elapsed()));
    return 0;
}
