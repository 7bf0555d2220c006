#include "documentimport.h"

#include "legalheading.h"
#include "limitedfile.h"
#include "vietnamesetext.h"

#include <KZip>

#include <QBuffer>
#include <QIODevice>
#include <QFileInfo>
#include <QStringDecoder>

#include <memory>

namespace PortalDesk::Models {

namespace {

// Legal text from Word is often still typed in TCVN3 or VNI fonts; the
// converted text replaces it, and the caller is told.
ImportedDocument cleaned(QString text, LegacyEncoding *convertedFrom)
{
    ImportedDocument document;
    const LegacyEncoding legacy = detectLegacyEncoding(text);
    if (legacy != LegacyEncoding::None)
        text = convertLegacyToUnicode(text, legacy);
    document.text = LegalHeadingBlock::strip(cleanPastedText(text), &document.headingLinesDropped);
    *convertedFrom = legacy;
    return document;
}

// An entry of the zip, empty when there is none. Never KArchiveFile::data():
// it allocates at once what the zip's headers claim, and a few bytes can
// claim 4 GB (found by fuzz_odt, tests/fuzz/corpus/odt/regression-oom-entry-size);
// nor can a small deflated entry unpack without bound. Read in pieces, up
// to maxUnpackedBytes.
Result<QByteArray> zipEntry(const KArchiveDirectory *root, const QString &path, const QString &fileName)
{
    const KArchiveFile *file = root->file(path);
    if (!file)
        return QByteArray();
    const auto tooLarge = [&] {
        return Error{ErrorCode::InvalidInput, DocumentImport::tr("%1 is damaged: its %2 claims more than %3 bytes unpacked.")
                                                  .arg(fileName, path)
                                                  .arg(DocumentImport::maxUnpackedBytes)};
    };
    if (file->size() < 0 || file->size() > DocumentImport::maxUnpackedBytes)
        return tooLarge();
    const std::unique_ptr<QIODevice> device(file->createDevice());
    if (!device || !device->isOpen())
        return Error{ErrorCode::InvalidInput, DocumentImport::tr("%1 is damaged: its %2 cannot be read.").arg(fileName, path)};
    QByteArray data;
    char piece[64 * 1024];
    for (qint64 read = device->read(piece, sizeof piece); read > 0; read = device->read(piece, sizeof piece)) {
        if (data.size() + read > DocumentImport::maxUnpackedBytes)
            return tooLarge();
        data.append(piece, read);
    }
    return data;
}

} // namespace

Result<ImportedDocument> DocumentImport::fromFile(const QString &path)
{
    // A FIFO or a device is refused before it is opened, a larger file
    // before it is read.
    auto bytes = LimitedFile::read(path, maxFileBytes, tr("%1 is %2; a gazette document is never larger than %3."));
    if (!bytes)
        return bytes.error();
    return fromBytes(bytes.value(), QFileInfo(path).fileName());
}

Result<ImportedDocument> DocumentImport::fromBytes(const QByteArray &bytes, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    Result<QString> text = QString();
    QString mimeType;
    LegacyEncoding legacy = LegacyEncoding::None;

    if (suffix == u"docx" || suffix == u"odt") {
        QByteArray data = bytes;
        QBuffer buffer(&data);
        KZip zip(&buffer);
        if (!zip.open(QIODevice::ReadOnly)) {
            return Error{ErrorCode::InvalidInput,
                         tr("%1 is not a %2 file (it is not a zip archive).").arg(fileName, suffix.toUpper())};
        }
        const KArchiveDirectory *root = zip.directory();
        if (suffix == u"docx") {
            const auto document = zipEntry(root, QStringLiteral("word/document.xml"), fileName);
            const auto numbering = zipEntry(root, QStringLiteral("word/numbering.xml"), fileName);
            if (!document || !numbering)
                return !document ? document.error() : numbering.error();
            if (document->isEmpty())
                return Error{ErrorCode::InvalidInput, tr("%1 is not a Word document: it has no word/document.xml.").arg(fileName)};
            text = docxText(document.value(), numbering.value());
            mimeType = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        } else {
            const auto content = zipEntry(root, QStringLiteral("content.xml"), fileName);
            const auto styles = zipEntry(root, QStringLiteral("styles.xml"), fileName);
            if (!content || !styles)
                return !content ? content.error() : styles.error();
            if (content->isEmpty())
                return Error{ErrorCode::InvalidInput, tr("%1 is not an OpenDocument text: it has no content.xml.").arg(fileName)};
            text = odtText(content.value(), styles.value());
            mimeType = QStringLiteral("application/vnd.oasis.opendocument.text");
        }
        if (!text)
            return Error{ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(fileName, text.error().message)};
    } else {
        if (bytes.contains('\0'))
            return Error{ErrorCode::InvalidInput, tr("%1 is not a text file; import .docx, .odt or plain text.").arg(fileName)};
        auto utf8 = QStringDecoder(QStringDecoder::Utf8);
        QString decoded = utf8.decode(bytes);
        // Not UTF-8: an 8-bit file from the TCVN3 and VNI years, whose bytes
        // the legacy converter reads as Windows-1252 look-alikes.
        if (utf8.hasError())
            decoded = QStringDecoder("windows-1252").decode(bytes);
        text = decoded;
        mimeType = QStringLiteral("text/plain");
    }
    ImportedDocument document = cleaned(text.value(), &legacy);
    document.convertedFrom = legacy;
    document.fileName = fileName;
    document.mimeType = mimeType;
    document.original = bytes;
    if (document.text.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("%1 holds no text.").arg(fileName)};
    return document;
}

ImportedDocument DocumentImport::fromClipboardText(const QString &text)
{
    LegacyEncoding legacy = LegacyEncoding::None;
    ImportedDocument document = cleaned(text, &legacy);
    document.convertedFrom = legacy;
    document.mimeType = QStringLiteral("text/plain");
    document.original = text.toUtf8();
    return document;
}

} // namespace PortalDesk::Models
