#include "questionpane.h"

#include "localization.h"
#include "questiondialogs.h"
#include "reasondialog.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

using namespace Models;

namespace {

// A QDateEdit cannot be empty: its lowest date stands for "no date".
const QDate noDate(2000, 1, 1);

struct ActionButton {
    QuestionAction action;
    const char *name;
    const char *icon;
};

// In the order a question goes through them; those that send it back or
// away last, apart from the rest.
constexpr ActionButton actionButtons[] = {
    {QuestionAction::Assign, "questionAssign", "mail-forward"},
    {QuestionAction::Answer, "questionAnswer", "document-save"},
    {QuestionAction::Edit, "questionEdit", "document-save"},
    {QuestionAction::Submit, "questionSubmit", "mail-send"},
    {QuestionAction::Approve, "questionApprove", "dialog-ok-apply"},
    {QuestionAction::Publish, "questionPublish", "document-export"},
    {QuestionAction::Return, "questionReturn", "edit-undo"},
    {QuestionAction::Reject, "questionReject", "dialog-cancel"},
    {QuestionAction::Merge, "questionMerge", "merge"},
};

QString buttonText(QuestionAction action)
{
    // Each letter once on the queue's page, with its filters, the tabs and
    // the menus (tst_questionswindow checks).
    switch (action) {
    case QuestionAction::Assign:
        return QuestionPane::tr("&Send to an Agency…");
    case QuestionAction::Answer:
        return QuestionPane::tr("Save the Ans&wer");
    case QuestionAction::Edit:
        return QuestionPane::tr("Save the &Edit");
    case QuestionAction::Submit:
        return QuestionPane::tr("Su&bmit for Approval");
    case QuestionAction::Approve:
        return QuestionPane::tr("Appro&ve");
    case QuestionAction::Publish:
        return QuestionPane::tr("&Publish");
    case QuestionAction::Return:
        return QuestionPane::tr("&Return…");
    case QuestionAction::Reject:
        return QuestionPane::tr("Re&ject…");
    case QuestionAction::Merge:
        return QuestionPane::tr("&Merge…");
    }
    return {};
}

QLabel *wrappingLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

QuestionPane::QuestionPane(QuestionStore &store, User user, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_user(std::move(user))
    , m_title(wrappingLabel("questionTitle", this))
    , m_meta(wrappingLabel("questionMeta", this))
    , m_body(new QPlainTextEdit(this))
    , m_contact(wrappingLabel("questionContact", this))
    , m_agency(wrappingLabel("questionAgency", this))
    , m_deadline(wrappingLabel("questionDeadline", this))
    , m_reason(wrappingLabel("questionReason", this))
    , m_answer(new QPlainTextEdit(this))
    , m_letter(new QLineEdit(this))
    , m_letterDate(new QDateEdit(this))
{
    setObjectName(QStringLiteral("questionPane"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_body->setObjectName(QStringLiteral("questionBody"));
    m_body->setReadOnly(true);
    m_body->setTabChangesFocus(true);
    m_contact->setVisible(false);
    m_deadline->setMargin(4);
    m_reason->setVisible(false);
    m_answer->setObjectName(QStringLiteral("questionAnswerText"));
    m_answer->setTabChangesFocus(true);
    m_answer->setPlaceholderText(tr("The agency's answer, in Markdown: typed, or pasted from its letter."));
    m_letter->setObjectName(QStringLiteral("questionLetter"));
    m_letter->setPlaceholderText(tr("Công văn số 123/SNV-VP"));
    m_letterDate->setObjectName(QStringLiteral("questionLetterDate"));
    m_letterDate->setDisplayFormat(Localization::dateFormat());
    m_letterDate->setCalendarPopup(true);
    m_letterDate->setMinimumDate(noDate);
    m_letterDate->setSpecialValueText(tr("no date"));

    auto *answerLabel = new QLabel(tr("&Answer (Markdown):"), this);
    answerLabel->setBuddy(m_answer);
    auto *letterLabel = new QLabel(tr("&Letter:"), this);
    letterLabel->setBuddy(m_letter);
    auto *dateLabel = new QLabel(tr("Letter &date:"), this);
    dateLabel->setBuddy(m_letterDate);
    auto *letterRow = new QHBoxLayout;
    letterRow->addWidget(letterLabel);
    letterRow->addWidget(m_letter, 2);
    letterRow->addWidget(dateLabel);
    letterRow->addWidget(m_letterDate);

    auto *buttonRow = new QHBoxLayout;
    for (const ActionButton &entry : actionButtons) {
        auto *button = new QPushButton(QIcon::fromTheme(QLatin1StringView(entry.icon)), buttonText(entry.action), this);
        button->setObjectName(QLatin1StringView(entry.name));
        button->setAutoDefault(false);
        const QuestionAction action = entry.action;
        connect(button, &QPushButton::clicked, this, [this, action] { perform(action); });
        m_buttons.insert(entry.action, button);
        if (entry.action == QuestionAction::Return)
            buttonRow->addStretch(1);
        buttonRow->addWidget(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_body, 3);
    layout->addWidget(m_contact);
    layout->addWidget(m_agency);
    layout->addWidget(m_deadline);
    layout->addWidget(m_reason);
    layout->addWidget(answerLabel);
    layout->addWidget(m_answer, 4);
    layout->addLayout(letterRow);
    layout->addLayout(buttonRow);

    showQuestion({});
}

void QuestionPane::showQuestion(const QString &id)
{
    if (id.isEmpty()) {
        present(Question());
        return;
    }
    auto read = m_store.question(id);
    if (!read) {
        present(Question());
        m_meta->setText(read.error().message);
        return;
    }
    present(read.value());
}

void QuestionPane::present(const Question &question)
{
    m_showing = true;
    m_question = question;
    const bool any = !question.id.isEmpty();
    m_title->setText(any ? question.title : tr("No question chosen"));
    QStringList meta;
    if (any) {
        meta << tr("Asked by %1").arg(question.askerShown.isEmpty() ? tr("(no name)") : question.askerShown);
        if (!question.field.isEmpty())
            meta << tr("field: %1").arg(question.field);
        meta << tr("sent %1").arg(Localization::dateTimeText(question.submittedAt))
             << QuestionStates::displayName(question.state);
        if (question.deletedOnPortal.isValid())
            meta << tr("deleted on the portal %1").arg(Localization::dateText(question.deletedOnPortal.toLocalTime().date()));
    }
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_body->setPlainText(question.body);

    // Personal data (Decree 13/2023/NĐ-CP): not even read for who may not see it.
    m_contact->clear();
    m_contact->setVisible(false);
    if (any && QuestionWorkflow::seesContacts(m_user)) {
        auto contact = m_store.contact(question.id, m_user);
        if (!contact) {
            m_contact->setText(contact.error().message);
        } else if (contact->erasedAt.isValid()) {
            m_contact->setText(tr("The asker's contact details were erased on %1.")
                                   .arg(Localization::dateText(contact->erasedAt.toLocalTime().date())));
        } else {
            QStringList parts;
            for (const QString &part : {contact->name, contact->email, contact->phone, contact->address}) {
                if (!part.isEmpty())
                    parts << part;
            }
            //: Decree 13/2023/NĐ-CP on personal data.
            m_contact->setText(tr("Contact (personal data, not for publication): %1").arg(parts.join(QStringLiteral(" · "))));
        }
        m_contact->setVisible(true);
    }

    m_agency->setText(!any ? QString() : question.agency.isEmpty() ? tr("Not yet sent to an agency.") : tr("Agency: %1").arg(question.agency));
    m_reason->setVisible(any && !question.reason.isEmpty()
                         && (question.state == QuestionState::Returned || question.state == QuestionState::Rejected));
    m_reason->setText(question.state == QuestionState::Rejected ? tr("Rejected: %1").arg(question.reason)
                                                                 : tr("Returned: %1").arg(question.reason));
    if (question.state == QuestionState::Merged && !question.mergedInto.isEmpty()) {
        m_reason->setText(tr("Merged into question %1.").arg(question.mergedInto));
        m_reason->setVisible(true);
    }
    m_answer->setPlainText(question.answer);
    m_letter->setText(question.letter);
    m_letterDate->setDate(question.letterDate.isValid() ? question.letterDate : noDate);
    m_answer->document()->setModified(false);
    m_letter->setModified(false);
    showDeadline();
    updateButtons();
    m_showing = false;
}

void QuestionPane::showDeadline()
{
    QPalette palette = m_deadline->palette();
    m_deadline->setAutoFillBackground(false);
    const Question &question = m_question;
    if (!question.due.isValid()) {
        m_deadline->setText(QString());
        m_deadline->setVisible(false);
        return;
    }
    m_deadline->setVisible(true);
    const QString due = Localization::dateText(question.due);
    auto calendar = m_store.calendar();
    if (!calendar) {
        m_deadline->setText(tr("Due %1 (%2)").arg(due, calendar.error().message));
        return;
    }
    if (!QuestionStates::awaitsAgency(question.state)) {
        if (question.answeredOn.isValid()) {
            m_deadline->setText(question.answeredOn <= question.due
                                    ? tr("Answered on %1, on time (due %2).").arg(Localization::dateText(question.answeredOn), due)
                                    : tr("Answered on %1, %n working day(s) late (due %2).", nullptr,
                                         calendar->workingDaysBetween(question.due, question.answeredOn))
                                          .arg(Localization::dateText(question.answeredOn), due));
        } else {
            m_deadline->setText(tr("Was due %1.").arg(due));
        }
        return;
    }
    if (question.isOverdue(m_today)) {
        // The word, not only the colour.
        m_deadline->setText(tr("Overdue by %n working day(s): the agency's answer was due %1.", nullptr,
                               calendar->workingDaysBetween(question.due, m_today))
                                .arg(due));
        palette.setColor(QPalette::Window, QColor(0xf9, 0xd6, 0xd5));
        palette.setColor(QPalette::WindowText, QColor(0x80, 0x00, 0x10));
        m_deadline->setAutoFillBackground(true);
    } else if (question.due == m_today) {
        m_deadline->setText(tr("Due today, %1.").arg(due));
    } else {
        m_deadline->setText(tr("Due %1: %n working day(s) left.", nullptr, calendar->workingDaysBetween(m_today, question.due)).arg(due));
    }
    m_deadline->setPalette(palette);
}

void QuestionPane::updateButtons()
{
    const QList<QuestionAction> allowed = hasQuestion() ? QuestionWorkflow::allowedActions(m_question.state, m_user)
                                                        : QList<QuestionAction>();
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setVisible(allowed.contains(it.key()));
    const bool writes = allowed.contains(QuestionAction::Answer) || allowed.contains(QuestionAction::Edit);
    m_answer->setReadOnly(!writes);
    m_letter->setReadOnly(!writes);
    m_letterDate->setReadOnly(!writes);
}

QString QuestionPane::text() const
{
    QStringList parts{m_title->text(), m_meta->text(), m_body->toPlainText()};
    if (m_contact->isVisibleTo(this))
        parts << m_contact->text();
    parts << m_agency->text() << m_deadline->text();
    if (m_reason->isVisibleTo(this))
        parts << m_reason->text();
    parts << m_answer->toPlainText() << m_letter->text();
    return parts.join(u'\n');
}

bool QuestionPane::maybeLeave()
{
    if (!hasQuestion() || m_answer->isReadOnly() || (!m_answer->document()->isModified() && !m_letter->isModified()))
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved Answer"),
                    tr("The answer to \"%1\" has changes that are not saved. Leave them?").arg(m_question.title),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("questionUnsavedAnswer"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

bool QuestionPane::perform(QuestionAction action)
{
    if (!hasQuestion() || !QuestionWorkflow::allowedActions(m_question.state, m_user).contains(action))
        return false;
    QuestionStep step;
    switch (action) {
    case QuestionAction::Assign: {
        auto agencies = m_store.agencies(true);
        auto calendar = m_store.calendar();
        auto dueDays = m_store.dueDays();
        for (const Error *problem : {agencies ? nullptr : &agencies.error(), calendar ? nullptr : &calendar.error(),
                                     dueDays ? nullptr : &dueDays.error()}) {
            if (problem) {
                error(tr("Question Not Sent"), problem->message);
                return false;
            }
        }
        QuestionAssignDialog dialog(agencies.value(), calendar.value(), m_today, dueDays.value(), m_question.agencyId, this);
        if (dialog.exec() != QDialog::Accepted || dialog.agencyId() == 0)
            return false;
        step.agencyId = dialog.agencyId();
        step.due = dialog.due();
        break;
    }
    case QuestionAction::Answer:
    case QuestionAction::Edit:
        step.answer = m_answer->toPlainText();
        step.letter = m_letter->text().trimmed();
        step.letterDate = m_letterDate->date() == noDate ? QDate() : m_letterDate->date();
        // A change saved elsewhere since this was read is refused, not overwritten.
        step.baseVersion = m_question.version;
        break;
    case QuestionAction::Return:
    case QuestionAction::Reject: {
        const bool back = action == QuestionAction::Return;
        ReasonDialog dialog(back ? tr("Return the Answer") : tr("Reject the Question"),
                            back ? tr("Why does \"%1\" need another answer?").arg(m_question.title)
                                 : tr("Why is \"%1\" not answered (out of scope, abusive)? It will never be published.")
                                       .arg(m_question.title),
                            this);
        dialog.reasonEdit()->setPlaceholderText(tr("The question staff and the history will show it."));
        if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
            return false;
        step.reason = dialog.reason();
        break;
    }
    case QuestionAction::Merge: {
        QuestionMergeDialog dialog(m_store, m_question, this);
        if (dialog.exec() != QDialog::Accepted || dialog.into().isEmpty())
            return false;
        step.into = dialog.into();
        break;
    }
    case QuestionAction::Submit:
    case QuestionAction::Approve:
    case QuestionAction::Publish:
        break;
    }
    const QString id = m_question.id;
    auto done = m_store.act(id, action, step, m_user);
    if (!done) {
        error(tr("Not Done: %1").arg(QuestionWorkflow::actionDisplayName(action)), done.error().message);
        return false;
    }
    present(done.value());
    Q_EMIT changed(id);
    return true;
}

void QuestionPane::error(const QString &title, const QString &message)
{
    QMessageBox::critical(this, title, message);
}

} // namespace PortalDesk::Widgets
