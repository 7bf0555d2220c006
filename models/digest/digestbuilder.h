#pragma once

#include "digeststore.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace PortalDesk::Models {

// One story of the digest: the same story from every outlet that ran it.
struct DigestEntry {
    QString title;
    QString summary;
    QString section;
    QStringList concerns;
    QString tone = QStringLiteral("neutral");  // "positive", "neutral", "negative": set by staff
    struct Outlet {
        QString name;
        QString url;
    };
    QList<Outlet> outlets;
    QList<qint64> itemIds;
};

struct DigestDraft {
    QDate day;
    QString office;  // who sends it, printed at the top
    QList<DigestEntry> entries;
    QStringList recommendations;
};

// From a day's items to a digest, and the digest to its files. The draft:
// the items the relevance rules keep, clustered into stories
// (StoryClusters), each with the section of its first matching rule (else
// the last section), the units concerned and a short summary. The output:
// KTextTemplate's rendering of resources/templates/digest.html, which is
// the HTML file, and through QTextDocument the PDF (A4, Liberation Serif)
// and ODT; each written atomically.
class DigestBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(DigestBuilder)

public:
    static Result<DigestDraft> draft(DigestStore &store, const QDate &day, const QString &office);
    static Result<QString> html(const DigestDraft &draft, const QStringList &sections);
    // By the file's suffix: .pdf, .odt, .html.
    static Status write(const DigestDraft &draft, const QStringList &sections, const QString &path);

    // The first sentences of a text, up to about `limit` characters.
    static QString summaryOf(const QString &text, int limit = 280);
};

} // namespace PortalDesk::Models
