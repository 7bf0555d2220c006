#pragma once

#include "questionstore.h"
#include "user.h"

#include <QHash>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace PortalDesk::Widgets {

// One citizen's question as the staff work on it: the question, who asked
// (their contact details only for those Decree 13 lets see them), the
// agency and its deadline in working days, the agency's answer and letter,
// and a button for each step the workflow allows this user now.
class QuestionPane final : public QWidget
{
    Q_OBJECT

public:
    QuestionPane(Models::QuestionStore &store, Models::User user, QWidget *parent = nullptr);

    // Reads the question again from the newsroom; an empty id clears the pane.
    void showQuestion(const QString &id);
    const Models::Question &question() const { return m_question; }
    bool hasQuestion() const { return !m_question.id.isEmpty(); }
    // The day deadlines are counted from: the province's today, which the window reads again on refresh.
    void setToday(const QDate &today) { m_today = today; }
    // Whether the answer typed here and not saved may be left: asks when there is one.
    bool maybeLeave();

    // Takes the step, asking what it needs (the agency, a reason, the
    // question kept); false when the user cancelled or the newsroom refused
    // (then a message box said why).
    bool perform(Models::QuestionAction action);

    QPushButton *button(Models::QuestionAction action) const { return m_buttons.value(action); }
    QPlainTextEdit *answerEdit() const { return m_answer; }
    QLineEdit *letterEdit() const { return m_letter; }
    QDateEdit *letterDateEdit() const { return m_letterDate; }
    QLabel *deadlineLabel() const { return m_deadline; }
    QLabel *contactLabel() const { return m_contact; }
    // Everything the pane shows as text, as a reader would see it.
    QString text() const;

Q_SIGNALS:
    // A step was taken: the queue reads the question again.
    void changed(const QString &id);

private:
    void present(const Models::Question &question);
    void showDeadline();
    void updateButtons();
    void error(const QString &title, const QString &message);

    Models::QuestionStore &m_store;
    Models::User m_user;
    Models::Question m_question;
    QDate m_today = Models::QuestionStore::today();
    bool m_showing = false;

    QLabel *m_title;
    QLabel *m_meta;
    QPlainTextEdit *m_body;
    QLabel *m_contact;
    QLabel *m_agency;
    QLabel *m_deadline;
    QLabel *m_reason;
    QPlainTextEdit *m_answer;
    QLineEdit *m_letter;
    QDateEdit *m_letterDate;
    QHash<Models::QuestionAction, QPushButton *> m_buttons;
};

} // namespace PortalDesk::Widgets
