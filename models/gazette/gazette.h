#pragma once

#include "article.h"
#include "legaldocument.h"
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

// What the gazette can do to a document or an issue.
enum class GazetteAction { Submit, Return, Approve, Withdraw };

class GazetteRules final
{
    Q_DECLARE_TR_FUNCTIONS(GazetteRules)

public:
    static QString actionKey(GazetteAction action);
    static std::optional<GazetteAction> actionFromKey(const QString &key);
    // The state the action leads to, or an error saying who may do what.
    // Gazette staff submit (from draft or returned); a chief editor approves
    // or returns a submitted item (return needs a reason) and withdraws an
    // approved one (with a reason).
    // staff: whose work it is, Role::Gazette for the Công báo, Role::Digest
    // for the press digest; the chain is the same.
    static Result<ArticleState> check(GazetteAction action, ArticleState from, const User &user, Role staff = Role::Gazette);
    static bool mayEdit(ArticleState state, const User &user, Role staff = Role::Gazette);
};

} // namespace PortalDesk::Models
