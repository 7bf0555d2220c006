#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace PortalDesk::Models {

// A citizen's question (câu hỏi của công dân, doanh nghiệp), from the
// portal's public form to the published answer.
enum class QuestionState {
    Received,   // pulled from the portal, waiting to be sent to an agency
    Assigned,   // with an agency, which owes its answer by the due date
    Answered,   // the agency's answer is in
    Edited,     // edited, waiting for a chief's approval
    Approved,
    Published,
    Returned,   // back for another answer, with the reason why
    Merged,     // the same as another question, answered there
    Rejected,   // out of scope or abusive, with the reason; never published
    Spam,       // deleted on the portal before anyone worked on it
};

class QuestionStates final
{
    Q_DECLARE_TR_FUNCTIONS(QuestionStates)

public:
    // "received", "assigned", ... as stored and as the CLI takes them.
    static QString key(QuestionState state);
    static std::optional<QuestionState> fromKey(const QString &key);
    static QString displayName(QuestionState state);
    static const QList<QuestionState> &all();
    // Waiting for the agency: what its due date binds.
    static bool awaitsAgency(QuestionState state)
    {
        return state == QuestionState::Assigned || state == QuestionState::Returned;
    }
};

struct Question {
    QString id;        // the portal's uuid, kept as the newsroom's id
    QString title;
    QString body;      // as the asker wrote it
    QString field;     // lĩnh vực, as the form offers it
    QString askerShown;  // how the published question names the asker: the name they gave, a district at most
    QDateTime submittedAt;  // on the portal's form
    QDateTime receivedAt;   // pulled into the newsroom
    QuestionState state = QuestionState::Received;
    qint64 agencyId = 0;
    QString agency;    // its name
    QDate assignedOn;
    QDate due;         // the agency's deadline, in working days from assignedOn
    QString answer;    // Markdown: the agency's text as edited
    QString letter;    // the agency's official letter: "Công văn số 123/SNV-VP"
    QDate letterDate;
    QDate answeredOn;
    QDateTime publishedAt;
    QString mergedInto;  // the question this one was merged into
    QString reason;      // why it was last returned or rejected
    QDateTime deletedOnPortal;  // the portal removed it (as spam)
    int version = 0;
    QDateTime updated;

    bool isOverdue(const QDate &today) const
    {
        return QuestionStates::awaitsAgency(state) && due.isValid() && due < today;
    }
};

// The asker's contact details: personal data (Nghị định 13/2023/NĐ-CP),
// seen only by the question staff and chief editors, sent to no portal,
// erased after the retention period.
struct AskerContact {
    QString name;
    QString email;
    QString phone;
    QString address;
    QDateTime erasedAt;  // set once erased; the fields are empty then
};

// An agency that answers questions: a Sở, Ban, ngành, a district's or a
// commune's People's Committee. An admin keeps the list.
struct Agency {
    qint64 id = 0;
    QString name;
    bool active = true;
};

// How much a question may hold, on both backends (the server checks again).
inline constexpr qsizetype maxQuestionBytes = 256 * 1024;

} // namespace PortalDesk::Models
