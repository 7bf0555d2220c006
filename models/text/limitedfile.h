#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace PortalDesk::Models {

// Files a user names on the command line or in a dialog, read whole only
// when that is safe. Whether it is a regular file is asked with stat before
// it is opened (opening a FIFO blocks until someone writes into it; a
// device such as /dev/zero never ends), and its size before it is read, so
// a 2 GB file is refused at once and costs nothing. Every refusal is
// InvalidInput, one line naming the file.
class LimitedFile final
{
    Q_DECLARE_TR_FUNCTIONS(LimitedFile)

public:
    // Missing, a folder, a device, a FIFO or a socket: refused.
    static Status checkRegular(const QString &path);

    // The bytes of a regular file of at most maxBytes. tooLarge words the
    // refusal of a larger one: %1 the file, %2 its size, %3 the limit; by
    // default a sentence that names all three.
    static Result<QByteArray> read(const QString &path, qint64 maxBytes, const QString &tooLarge = {});

    // Standard input up to its end, at most maxBytes: one byte more is read
    // to know, never the rest. tooLarge as for read(), %1 being "Standard
    // input" and %2 "more than" the limit.
    static Result<QByteArray> readStandardInput(qint64 maxBytes, const QString &tooLarge = {});

    // A size for messages: "2 MB", "2.5 GB" (1 MB = 1024 × 1024 bytes).
    static QString sizeText(qint64 bytes);
};

} // namespace PortalDesk::Models
