#pragma once

#include "royaltystatement.h"

#include <QByteArray>
#include <QString>

namespace PortalDesk::Models {

// A month's statement as the files a portal signs and its accountant pays
// from. They are Vietnamese accounting documents whatever the language of
// the desk, so their words are Vietnamese, not translated.
namespace RoyaltyStatementExport {

// By the file's suffix: .pdf (A4, to print and sign), .ods (a spreadsheet:
// the summary, then every item), .csv (the summary, UTF-8 with a BOM so that
// spreadsheet programs read the diacritics), .odt (the printed statement as
// a text document to edit). Written whole or not at all.
Status write(const RoyaltyStatement &statement, const QString &file, const QString &office);

QByteArray pdf(const RoyaltyStatement &statement, const QString &office);
QByteArray ods(const RoyaltyStatement &statement, const QString &office);
QByteArray csv(const RoyaltyStatement &statement);
QByteArray odt(const RoyaltyStatement &statement, const QString &office);

// 1200000 -> "1.200.000", as Vietnamese amounts are printed.
QString dong(qint64 amount);

} // namespace RoyaltyStatementExport
} // namespace PortalDesk::Models
