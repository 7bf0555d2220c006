#pragma once

#include "gazette.h"
#include "result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>

namespace PortalDesk::Models {

// One entry of the printed table of contents.
struct GazetteTocEntry {
    QString documentId;
    QString title;  // "Nghị quyết số 12/2022/NQ-HĐND ngày 15/7/2022 của HĐND tỉnh ..."
    int page = 0;   // the PDF's own page number, the cover being page 1
};

// The Công báo in its print layout: A4, Liberation Serif (Times metrics,
// every Vietnamese letter), a cover with "CÔNG BÁO", the province and
// "Số … / Ngày …", the table of contents (MỤC LỤC), then each document from
// a new page, under the running header "CÔNG BÁO/Số …/Ngày …" with page
// numbers continuous through the issue. The PDF and the ODT are the same
// text; the ODT's contents list the PDF's pages.
class GazettePrint final
{
    Q_DECLARE_TR_FUNCTIONS(GazettePrint)

public:
    GazettePrint(GazetteIssue issue, QList<GazetteDocument> documents, QString province);
    ~GazettePrint();

    // Written atomically (QSaveFile): a failed export leaves any earlier
    // file as it was.
    Status writePdf(const QString &path);
    Status writeOdt(const QString &path);
    // The PDF in memory, for the portal.
    Result<QByteArray> pdf();

    // Laid out by the last write (or by layout()).
    const QList<GazetteTocEntry> &contents() const { return m_contents; }
    // Why the print is marked "DỰ THẢO" (draft) on every page: the issue is
    // not approved, a document's text has structure problems. Empty for an
    // issue ready to publish.
    const QStringList &draftReasons() const { return m_draftReasons; }
    int pageCount() const { return m_pageCount; }

    static QString fontFamily() { return QStringLiteral("Liberation Serif"); }
    // The print face, or an error naming the package that provides it.
    static Status checkFont();

private:
    struct Layout;
    Status layout();
    bool render(QIODevice &device);
    std::unique_ptr<Layout> m_layout;
    GazetteIssue m_issue;
    QList<GazetteDocument> m_documents;
    QString m_province;
    QList<GazetteTocEntry> m_contents;
    QStringList m_draftReasons;
    int m_pageCount = 0;
};

} // namespace PortalDesk::Models
