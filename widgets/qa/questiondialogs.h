#pragma once

#include "question.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace PortalDesk::Models {
class QuestionStore;
class WorkingCalendar;
} // namespace PortalDesk::Models

namespace PortalDesk::Widgets {

// Sends a question to the agency that must answer it, with the day its
// answer is due: by default the newsroom's due period in working days from
// today, which the label under the date counts again as the date changes.
class QuestionAssignDialog final : public QDialog
{
    Q_OBJECT

public:
    QuestionAssignDialog(const QList<Models::Agency> &agencies, const Models::WorkingCalendar &calendar, const QDate &today,
                         int dueDays, qint64 currentAgency, QWidget *parent = nullptr);

    qint64 agencyId() const;
    QDate due() const;
    QComboBox *agencyBox() const { return m_agency; }
    QDateEdit *dueEdit() const { return m_due; }

private:
    void explainDue();

    const Models::WorkingCalendar &m_calendar;
    QDate m_today;
    QComboBox *m_agency;
    QDateEdit *m_due;
    QLabel *m_dueNote;
    QDialogButtonBox *m_buttons;
};

// Merges a question into the one kept: the user finds it by words of its
// title or text, and picks it from the list.
class QuestionMergeDialog final : public QDialog
{
    Q_OBJECT

public:
    QuestionMergeDialog(Models::QuestionStore &store, const Models::Question &merged, QWidget *parent = nullptr);

    // The id of the question kept, empty until one is picked.
    QString into() const;
    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }

private:
    void search();

    Models::QuestionStore &m_store;
    QString m_mergedId;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace PortalDesk::Widgets
