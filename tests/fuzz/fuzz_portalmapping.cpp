// A portal mapping file (JSON) written by the portal's administrator.

#include "fuzzsupport.h"
#include "portalmapping.h"

#include <QFile>
#include <QTemporaryDir>

using namespace PortalDesk::Models;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // load() takes a path (it refuses FIFOs and large files before
    // reading): the bytes go to one scratch file, rewritten each run.
    static QTemporaryDir directory;
    static const QString path = directory.filePath(QStringLiteral("mapping.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size)) != static_cast<qint64>(size)) {
        PortalDesk::Fuzz::violated("cannot write the scratch mapping file", file.errorString());
    }
    file.close();
    const auto mapping = PortalMapping::load(path);
    if (!mapping && mapping.error().message.isEmpty())
        PortalDesk::Fuzz::violated("a mapping refused without a message");
    if (mapping)
        (void)mapping->keyFor(QStringLiteral("123e4567-e89b-12d3-a456-426614174000"));
    return 0;
}
