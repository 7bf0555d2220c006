#pragma once

#include <QByteArray>

namespace PortalDesk::Models {

// An OpenDocument spreadsheet (.ods) around its content.xml: the package's
// mimetype first and stored, as ODF requires, then the manifest and the
// content. Empty if the zip could not be written.
QByteArray openDocumentSpreadsheet(const QByteArray &contentXml);

} // namespace PortalDesk::Models
