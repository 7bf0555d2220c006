#pragma once

#include "legacyencoding.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace PortalDesk::Models {

// A document brought in from a file or the clipboard, as the gazette edits
// it: plain legal text, one paragraph a line, bold and italic as **…** and
// *…*, numbering Word or LibreOffice generated written out ("Điều 3.",
// "a)"), tables as Markdown pipe tables. The original bytes stay with it.
struct ImportedDocument {
    QString text;
    QString fileName;      // without the folder
    QString mimeType;
    QByteArray original;
    LegacyEncoding convertedFrom = LegacyEncoding::None;  // TCVN3/VNI text that was converted
    int headingLinesDropped = 0;  // the document's own heading, which the Công báo prints from the metadata
};

class DocumentImport final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentImport)

public:
    // The largest file fromFile() reads: 64 MB.
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;
    // The largest part of a .docx or .odt unpacked (document.xml,
    // content.xml...): a zip may claim any size for an entry, and reading
    // it allocates that much first.
    static constexpr qint64 maxUnpackedBytes = 256 * 1024 * 1024;

    // .docx, .odt, or anything else read as text (UTF-8, else an 8-bit
    // legacy Vietnamese encoding). A file that cannot be read, is not a
    // regular file or is larger than maxFileBytes, or a .docx or .odt that
    // is not one, gives an InvalidInput error naming the file.
    static Result<ImportedDocument> fromFile(const QString &path);
    static Result<ImportedDocument> fromBytes(const QByteArray &bytes, const QString &fileName);
    // Pasted text: cleaned like the editor's paste, legacy encodings converted.
    static ImportedDocument fromClipboardText(const QString &text);

    // The parsers on their own, for the tests: the zip's XML parts in, the
    // text out.
    static Result<QString> docxText(const QByteArray &documentXml, const QByteArray &numberingXml);
    static Result<QString> odtText(const QByteArray &contentXml, const QByteArray &stylesXml);
};

} // namespace PortalDesk::Models
