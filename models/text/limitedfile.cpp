#include "limitedfile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

namespace PortalDesk::Models {

namespace {

QString tooLargeMessage(const QString &tooLarge, const QString &what, const QString &size, qint64 maxBytes)
{
    const QString text = tooLarge.isEmpty()
        ? LimitedFile::tr("%1 is %2, more than the %3 PortalDesk reads from such a file; nothing was read.")
        : tooLarge;
    return text.arg(what, size, LimitedFile::sizeText(maxBytes));
}

// Reads until the end or one byte past maxBytes, in pieces: a pipe gives
// what it has, and a file may grow while it is read.
QByteArray readUpTo(QFile &file, qint64 maxBytes, qint64 expected)
{
    QByteArray bytes;
    bytes.reserve(qMin(expected, maxBytes) + 1);
    while (bytes.size() <= maxBytes) {
        const QByteArray piece = file.read(qMin<qint64>(1024 * 1024, maxBytes + 1 - bytes.size()));
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
    return bytes;
}

} // namespace

Status LimitedFile::checkRegular(const QString &path)
{
    // QFileInfo stats without opening; it follows a symbolic link to what
    // it names, so a link to /dev/null is a device too.
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::InvalidInput, tr("Cannot read %1: there is no such file.").arg(path)};
    if (info.isDir())
        return Error{ErrorCode::InvalidInput, tr("%1 is a folder, not a file.").arg(path)};
    if (!info.isFile()) {
        return Error{ErrorCode::InvalidInput,
                     tr("%1 is not a regular file (it is a device, a pipe or a socket); it was not opened.").arg(path)};
    }
    return Done{};
}

Result<QByteArray> LimitedFile::read(const QString &path, qint64 maxBytes, const QString &tooLarge)
{
    if (Status regular = checkRegular(path); !regular)
        return regular.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::InvalidInput, tr("Cannot read %1: %2.").arg(path, file.errorString())};
    // The size of what was opened, in case the name was swapped meanwhile.
    const qint64 size = file.size();
    if (size > maxBytes)
        return Error{ErrorCode::InvalidInput, tooLargeMessage(tooLarge, path, sizeText(size), maxBytes)};
    const QByteArray bytes = readUpTo(file, maxBytes, size);
    if (bytes.size() > maxBytes)
        return Error{ErrorCode::InvalidInput,
                     tooLargeMessage(tooLarge, path, tr("more than %1").arg(sizeText(maxBytes)), maxBytes)};
    if (file.error() != QFileDevice::NoError)
        return Error{ErrorCode::InvalidInput, tr("Cannot read %1: %2.").arg(path, file.errorString())};
    return bytes;
}

Result<QByteArray> LimitedFile::readStandardInput(qint64 maxBytes, const QString &tooLarge)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error{ErrorCode::InvalidInput, tr("Cannot read standard input: %1.").arg(in.errorString())};
    const QByteArray bytes = readUpTo(in, maxBytes, 64 * 1024);
    if (in.error() != QFileDevice::NoError)
        return Error{ErrorCode::InvalidInput, tr("Cannot read standard input: %1.").arg(in.errorString())};
    if (bytes.size() > maxBytes) {
        const QString more = tr("more than %1").arg(sizeText(maxBytes));
        return Error{ErrorCode::InvalidInput, tooLargeMessage(tooLarge, tr("Standard input"), more, maxBytes)};
    }
    return bytes;
}

QString LimitedFile::sizeText(qint64 bytes)
{
    // Whole units without a decimal ("2 MB"), others with one ("2.5 GB").
    qint64 unit = 1;
    while (unit < (qint64(1) << 50) && bytes >= unit * 1024)
        unit *= 1024;
    return QLocale().formattedDataSize(bytes, bytes % unit == 0 ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace PortalDesk::Models
