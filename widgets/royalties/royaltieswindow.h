#pragma once

#include "royaltystore.h"
#include "user.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace PortalDesk::Models {
class Newsroom;
}

namespace PortalDesk::Widgets {

// A month of royalties, for chief editors and admins: the works published in
// it that have no grade yet (a chief grades them from here), and the
// statement the accountant pays from, with its totals, exported as PDF, ODS,
// CSV or ODT. A chief closes the month once it is paid, and reopens it, with
// a reason, to correct it.
class RoyaltiesWindow final : public QMainWindow
{
    Q_OBJECT

public:
    RoyaltiesWindow(Models::Newsroom &newsroom, Models::User user, QWidget *parent = nullptr);
    ~RoyaltiesWindow() override;

    Models::RoyaltyMonth month() const { return m_month; }
    void setMonth(const Models::RoyaltyMonth &month);
    // The statement on show, as the newsroom gave it.
    const Models::RoyaltyStatement &statement() const { return m_statement; }

    QComboBox *monthBox() const { return m_monthBox; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *ungradedList() const { return m_ungraded; }
    QTreeWidget *statementTable() const { return m_table; }
    QLabel *banner() const { return m_banner; }
    QLabel *scheduleLabel() const { return m_scheduleLabel; }
    QAction *action(const char *name) const { return m_actions.value(QLatin1StringView(name)); }

    // Grades the ungraded work of that row (chief editors); the window reads
    // the month again after each grade.
    void gradeRow(int row);
    // Writes the statement on show to `path` (its suffix says the format)
    // away from the UI thread; exportFinished says how it went.
    void exportTo(const QString &path);
    // Each asks first: to confirm, or the reason.
    void closeMonth();
    void reopenMonth();

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void graded(const QString &articleId);
    // error empty: written.
    void exportFinished(const QString &path, const QString &error);

private:
    void createActions();
    void fillMonths();
    void stepMonth(int months);
    void showUngraded(const QList<Models::RoyaltyUngradedWork> &works);
    void showStatement();
    void updateActions();
    void error(const QString &title, const QString &message);

    Models::Newsroom &m_newsroom;
    Models::User m_user;
    Models::RoyaltyMonth m_month;
    Models::RoyaltyStatement m_statement;
    QString m_office;
    QString m_scheduleDecision;
    bool m_exporting = false;

    QComboBox *m_monthBox;
    QToolButton *m_previous;
    QToolButton *m_next;
    QTabWidget *m_tabs;
    QTreeWidget *m_ungraded;
    QLabel *m_banner;
    QTreeWidget *m_table;
    QLabel *m_scheduleLabel;
    QHash<QString, QAction *> m_actions;
};

} // namespace PortalDesk::Widgets
