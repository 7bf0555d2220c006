#pragma once

#include "article.h"
#include "legaldocument.h"
#include "reviewchain.h"
#include "user.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace PortalDesk::Models {

// A legal document as the Công báo holds it. Reviewed like an article, on a
// shorter chain: draft, submitted, approved (or returned), withdrawn.
struct GazetteDocument {
    QString id;
    LegalDocumentMeta meta;
    int year = 0;
    QString body;  // plain legal text, tables as pipe tables
    ArticleState state = ArticleState::Draft;
    int version = 1;
    QString issueId;  // the issue it is printed in, if any
    QString updatedAt;
};

struct GazetteAttachment {
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    QByteArray content;
};

// "Số 15" or the combined "Số 15 + 16", per year.
struct GazetteIssueNumber {
    int first = 0;
    int last = 0;

    // "15", "15+16", "15 + 16"; empty when the text is none of these.
    static std::optional<GazetteIssueNumber> parse(const QString &text);
    QString text() const;  // "15" or "15 + 16", two digits: "Số 03"
};

struct GazetteIssue {
    QString id;
    int year = 0;
    GazetteIssueNumber number;
    QDate publishedOn;
    bool manualOrder = false;  // staff reordered the contents by hand
    ArticleState state = ArticleState::Draft;
    int version = 1;
};

} // namespace PortalDesk::Models
