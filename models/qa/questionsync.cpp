#include "questionsync.h"

#include "htmlsanitizer.h"
#include "markdownhtml.h"
#include "newsroom.h"
#include "portal.h"
#include "questionstore.h"
#include "sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>


using namespace Qt::StringLiterals;

namespace PortalDesk::Models {

namespace {

const PortalOutbox outbox{u"question_outbox"_s, u"question_id"_s};

} // namespace

QuestionSync::QuestionSync(Newsroom &newsroom, Portal &portal)
    : m_newsroom(newsroom)
    , m_portal(portal)
{
}

Result<int> QuestionSync::pendingCount() const
{
    return outbox.pendingCount(m_newsroom.database());
}

Result<OutboxSummary> QuestionSync::run()
{
    return outbox.drain(m_newsroom.database(), [this](const QString &id, const QString &action) { return send(id, action); });
}

Status QuestionSync::send(const QString &questionId, const QString &action)
{
    QuestionStore store(m_newsroom);
    auto question = store.question(questionId);
    if (!question)
        return question.error();
    const QString name = tr("The answer to \"%1\"").arg(question->title.left(80));
    QSqlDatabase db = m_portal.database();
    {
        QSqlQuery probe(db);
        if (!probe.exec(u"SELECT 1 FROM portal_answers WHERE 1 = 0"_s))
            return Error{ErrorCode::Failed, tr("%1 was not sent: %2 has no table portal_answers; create it with "
                                               "\"portaldesk-cli portal init\" (%3).").arg(name, m_portal.display(), sqlReason(probe.lastError()))};
    }
    // The text of the question and of the answer as the chief approved
    // them; Markdown written by staff, through the same gate as articles.
    const QString questionHtml = markdownToHtml(question->body);
    const QString answerHtml = markdownToHtml(question->answer);
    const bool withdrawn = action == u"withdraw" || question->state != QuestionState::Published;
    const QDateTime published = question->publishedAt.isValid() ? question->publishedAt : QDateTime::currentDateTimeUtc();
    const auto stamp = [&](const QDateTime &time) {
        return m_portal.isMySql() ? QVariant(time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s)) : QVariant(toStamp(time));
    };

    WriteTransaction transaction(db);
    if (!transaction.begun())
        return Error{ErrorCode::Failed, u"%1: %2"_s.arg(name, transaction.error().message)};
    const auto failed = [&](const QSqlQuery &q) {
        return Error{ErrorCode::Failed, tr("%1 was not sent to %2: %3.").arg(name, m_portal.display(), sqlReason(q.lastError()))};
    };
    QSqlQuery query(db);
    if (!query.prepare(u"DELETE FROM portal_answers WHERE question_uuid = ?"_s))
        return failed(query);
    query.addBindValue(questionId);
    if (!query.exec())
        return failed(query);
    if (!query.prepare(u"INSERT INTO portal_answers (question_uuid, title, question, asker, field, answer_html, agency, letter,"
                       " answered_at, published_at, status, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return failed(query);
    const QVariantList values{questionId,
                              question->title,
                              questionHtml,
                              nonNull(question->askerShown),
                              nonNull(question->field),
                              answerHtml,
                              nonNull(question->agency),
                              nonNull(question->letter),
                              question->answeredOn.isValid() ? QVariant(question->answeredOn.toString(Qt::ISODate))
                                                             : QVariant(QMetaType::fromType<QString>()),
                              stamp(published),
                              withdrawn ? u"withdrawn"_s : u"published"_s,
                              contentDigest((question->title + questionHtml + answerHtml).toUtf8())};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failed(query);
    if (Status committed = transaction.commit(); !committed)
        return Error{ErrorCode::Failed, u"%1: %2"_s.arg(name, committed.error().message)};
    return Done{};
}

} // namespace PortalDesk::Models
