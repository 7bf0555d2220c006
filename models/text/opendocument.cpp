#include "opendocument.h"

#include <KZip>

#include <QBuffer>

using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

QByteArray openDocumentSpreadsheet(const QByteArray &contentXml)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::WriteOnly))
        return {};
    // The ODF rule: "mimetype" first and stored, so that the type can be
    // read at a fixed offset.
    zip.setCompression(KZip::NoCompression);
    zip.writeFile(u"mimetype"_s, QByteArrayLiteral("application/vnd.oasis.opendocument.spreadsheet"));
    zip.setCompression(KZip::DeflateCompression);
    zip.writeFile(u"META-INF/manifest.xml"_s,
                  QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">\n"
                                    " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\n"
                                    " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                                    "</manifest:manifest>\n"));
    zip.writeFile(u"content.xml"_s, contentXml);
    zip.close();
    return bytes;
}

} // namespace PortalDesk::Models
