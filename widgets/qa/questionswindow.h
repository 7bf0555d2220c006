#pragma once

#include "questionstore.h"
#include "user.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeWidget;

namespace PortalDesk::Models {
class Newsroom;
}

namespace PortalDesk::Widgets {

class QuestionPane;
class QuestionQueueModel;
class QuestionStatisticsView;

// Citizens' questions (hỏi đáp), for the question staff, editors and chief
// editors: the queue with its filters beside the question chosen, the
// questions overdue per agency, and the month's statistics.
class QuestionsWindow final : public QMainWindow
{
    Q_OBJECT

public:
    QuestionsWindow(Models::Newsroom &newsroom, Models::User user, QWidget *parent = nullptr);
    ~QuestionsWindow() override;

    // Shows the question in the queue's pane (and selects its row when the filter lists it).
    void showQuestion(const QString &id);

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *queueView() const { return m_queueView; }
    QuestionQueueModel *queueModel() const { return m_model; }
    QuestionPane *pane() const { return m_pane; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QComboBox *agencyFilter() const { return m_agencyFilter; }
    QCheckBox *overdueFilter() const { return m_overdueOnly; }
    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *overdueList() const { return m_overdue; }
    QuestionStatisticsView *statistics() const { return m_statistics; }
    QAction *action(const char *name) const { return m_actions.value(QLatin1StringView(name)); }

public Q_SLOTS:
    // Reads the queue, the agencies, the overdue list and the statistics again.
    void refresh();

private:
    void createActions();
    void fillAgencies();
    void applyFilter();
    void showOverdue();
    void onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    void onChanged();

    Models::Newsroom &m_newsroom;
    Models::User m_user;
    std::unique_ptr<Models::QuestionStore> m_store;
    QDate m_today = Models::QuestionStore::today();
    bool m_changingSelection = false;

    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QComboBox *m_stateFilter;
    QComboBox *m_agencyFilter;
    QCheckBox *m_overdueOnly;
    QTableView *m_queueView;
    QuestionQueueModel *m_model;
    QuestionPane *m_pane;
    QLabel *m_queueNote;
    QTreeWidget *m_overdue;
    QuestionStatisticsView *m_statistics;
    QTimer *m_searchTimer;
    QHash<QString, QAction *> m_actions;
};

} // namespace PortalDesk::Widgets
