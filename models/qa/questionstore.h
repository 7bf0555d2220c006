#pragma once

#include "question.h"
#include "questionworkflow.h"
#include "result.h"
#include "workingdays.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

struct pg_conn;
struct pg_result;

namespace PortalDesk::Models {

class Newsroom;
struct User;

// A question as the portal's form left it, brought in by a pull.
struct IncomingQuestion {
    QString id;  // the portal's uuid
    QString title;
    QString body;
    QString field;
    QDateTime submittedAt;
    AskerContact asker;

    // Its text in UTF-8 bytes, as maxQuestionBytes limits it.
    qsizetype utf8Size() const;
};

// What a step of a question's life carries besides the action.
struct QuestionStep {
    QString reason;     // return, reject
    qint64 agencyId = 0;  // assign
    QDate due;          // assign: empty for the newsroom's due period from today
    QString answer;     // answer, edit: Markdown
    QString letter;     // answer: the agency's letter ("Công văn số …")
    QDate letterDate;
    QString askerShown;  // edit: how the published question names the asker (empty: unchanged)
    QString into;       // merge: the question kept
    int baseVersion = 0;  // answer, edit: the version the user saw (0: do not check)
};

struct QuestionFilter {
    std::optional<QuestionState> state;
    qint64 agencyId = 0;
    bool overdueOnly = false;
    QString search;  // words of the title, with or without diacritics
    int offset = 0;
    int limit = 0;  // 0: all
};

// One agency's month: what the statistics table and chart show.
struct AgencyMonth {
    qint64 agencyId = 0;
    QString agency;
    int received = 0;   // sent to the agency in the month
    int answered = 0;   // answered in the month
    int onTime = 0;     // of those, by the due date
    int late = 0;
    int open = 0;       // still waiting for the agency today
    double averageWorkingDays = 0;  // from sending to answer, of those answered
};

// The newsroom's citizens' questions: agencies, the working calendar their
// deadlines are counted in, the questions and their askers. On a shared
// newsroom every write is the server's function (pd_qa_*, which checks the
// same rules and audits in its own words); here the same checks word the
// refusal first, and do the work on an embedded newsroom.
class QuestionStore final
{
    Q_DECLARE_TR_FUNCTIONS(QuestionStore)

public:
    explicit QuestionStore(Newsroom &newsroom);

    // Today in the province (UTC+7), whatever the PC's time zone.
    static QDate today();

    // Settings (newsroom_settings), with their defaults.
    static inline const QString dueDaysKey = QStringLiteral("qa.due_working_days");
    static inline const QString retentionMonthsKey = QStringLiteral("qa.retention_months");
    static constexpr int defaultDueDays = 10;
    static constexpr int defaultRetentionMonths = 24;
    Result<int> dueDays() const;
    Result<int> retentionMonths() const;

    // Agencies: admins keep the list.
    Result<Agency> addAgency(const QString &name, const User &by);
    Status setAgencyActive(qint64 id, bool active, const User &by);
    Result<QList<Agency>> agencies(bool activeOnly = false) const;
    Result<Agency> findAgency(const QString &name) const;

    // The working calendar: the law's holidays, corrected by the days an
    // admin recorded from each year's decision (kind "off" or "work").
    Result<WorkingCalendar> calendar() const;
    Status setCalendarDay(const QDate &day, const QString &kind, const QString &note, const User &by);  // kind "" removes
    struct CalendarDay {
        QDate day;
        QString kind;
        QString note;
    };
    Result<QList<CalendarDay>> calendarDays() const;

    // From a pull: each question once (one pulled again is left as it is).
    // Returns how many were new. Question staff, chief editors, admins.
    Result<int> receive(const QList<IncomingQuestion> &questions, const User &by);
    // receive()'s two halves on a PostgreSQL newsroom, for a pull that sends
    // batches without waiting (PostgresQuestionWriter): the batch checked
    // and made into pd_qa_receive_columns's parameters, and the server's
    // answer read.
    struct PostgresBatch {
        std::array<QByteArray, 10> parameters;
    };
    static Result<PostgresBatch> postgresBatch(const QList<IncomingQuestion> &questions, const User &by);
    // Sends it on an idle connection without waiting (PQsendQueryParams);
    // false if libpq could not.
    static bool sendPostgresBatch(pg_conn *connection, const PostgresBatch &batch);
    // The server's answer to it: how many questions were new.
    static Result<int> postgresReceived(const pg_result *result);
    // The batch did not reach the server, for that reason.
    static Error postgresSendError(const QString &reason);
    // The portal removed these (as spam): marked, not lost; one nobody
    // worked on becomes Spam. Returns how many were newly marked.
    Result<int> markDeletedOnPortal(const QStringList &ids, const User &by);
    // The ids of questions still open that the portal should still hold.
    Result<QStringList> openIds() const;

    Result<Question> question(const QString &id) const;
    // Lists carry the first 500 characters of each body and no answer;
    // question() reads one whole.
    Result<QList<Question>> questions(const QuestionFilter &filter = {}) const;
    Result<int> count(std::optional<QuestionState> state = {}) const;
    // Waiting for their agency past the due date, oldest due first.
    Result<QList<Question>> overdue(const QDate &today) const;

    // One step of the question's life; returns the question as it is after.
    Result<Question> act(const QString &id, QuestionAction action, const QuestionStep &step, const User &by);

    // Personal data: for the question staff and chief editors only.
    Result<AskerContact> contact(const QString &id, const User &by) const;
    // Erases the askers' contact details of questions published, rejected,
    // merged or deleted more than the retention period before `today`.
    // Admins (and the night job's owner session). Returns how many.
    Result<int> eraseExpiredContacts(const QDate &today, const User &by);

    // Per agency, for a month (YYYY-MM).
    Result<QList<AgencyMonth>> statistics(const QString &month) const;

private:
    // What the server checks again: an id, a title, a text and a time, in
    // at most maxQuestionBytes.
    static Status checkIncoming(const QList<IncomingQuestion> &questions);
    Status refuse(const User &by, const QString &action, const QString &id, const Error &error) const;
    Status checkStep(const Question &current, QuestionAction action, QuestionStep &step) const;
    Status actEmbedded(const Question &current, QuestionAction action, QuestionState to, const QuestionStep &step, const User &by);
    Newsroom &m_newsroom;
};

} // namespace PortalDesk::Models
