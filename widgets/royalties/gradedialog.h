#pragma once

#include "article.h"
#include "royaltystore.h"
#include "user.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace PortalDesk::Models {
class Newsroom;
}

namespace PortalDesk::Widgets {

// The chief editor's grade of one article's royalties (chấm nhuận bút):
// its text, or each of its photos, under the newest schedule — a category
// of the work's kind, a coefficient within it, the extra for high value
// where the schedule pays one, and who is paid what share. The amount is
// worked out as it is typed, with the unit value of the day the article was
// first published; what keeps the grade from being saved is said in a line,
// and OK waits for it. The newsroom is read once, when the dialog opens;
// typing only recomputes in memory.
class RoyaltyGradeDialog final : public QDialog
{
    Q_OBJECT

public:
    // Starts on the work `mediaId` (empty: the article's text).
    RoyaltyGradeDialog(Models::Newsroom &newsroom, Models::User user, const QString &articleId, const QString &mediaId = {},
                       QWidget *parent = nullptr);
    ~RoyaltyGradeDialog() override;

    QComboBox *workBox() const { return m_work; }
    QComboBox *categoryBox() const { return m_category; }
    QDoubleSpinBox *coefficientBox() const { return m_coefficient; }
    QDoubleSpinBox *bonusBox() const { return m_bonus; }
    QTableWidget *sharesTable() const { return m_shares; }
    QLabel *amountLabel() const { return m_amount; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const;
    QPushButton *addShareButton() const { return m_addShare; }
    QPushButton *removeShareButton() const { return m_removeShare; }

    // The grade as the form has it, with the version last seen.
    Models::RoyaltyGrade currentGrade() const;
    // Why the form's grade cannot be saved, in a sentence; empty when it can.
    QString problem() const { return m_problemText; }
    // Adds a row of shares; payee empty: the first in the list.
    void addShare(const QString &payee = {}, const QString &role = QStringLiteral("author"), Models::Hundredths share = 0);
    // Saves the grade of the work on show; a refusal is shown in a message box.
    bool save();

    void accept() override;

Q_SIGNALS:
    void graded(const Models::RoyaltyGrade &grade);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Work {
        QString mediaId;
        QString caption;
        QString credit;
    };

    void load(const QString &articleId);
    void fillPayees();
    void showWork(int index);
    void onWorkChosen(int index);
    void onCategoryChosen();
    void removeShare();
    void validate();
    QString workLabel(const Work &work) const;
    bool isModified() const;
    QList<Models::RoyaltyGradedWork::Share> defaultShares(const Work &work) const;
    QList<Models::RoyaltyGradedWork::Share> sharesInTable() const;
    int rowOf(const QWidget *cellWidget) const;

    Models::Newsroom &m_newsroom;
    Models::User m_user;
    Models::Article m_article;
    QString m_authorLogin;
    std::optional<Models::RoyaltySchedule> m_schedule;
    QHash<QString, Models::RoyaltyPayee> m_payees;
    QHash<QString, Models::RoyaltyGrade> m_grades;  // by media id, "" for the text
    QList<Work> m_works;
    QDate m_day;                  // whose unit value pays the works
    std::optional<qint64> m_unit; // that unit value
    QString m_loadProblem;        // what keeps the article from being graded at all
    bool m_closed = false;        // the month of its first publication
    QString m_monthName;
    int m_shownWork = -1;
    Models::RoyaltyGrade m_shown;  // the form as last loaded, to see changes
    QString m_problemText;
    QStringList m_payeeOrder;      // logins and codes, as the payee boxes list them

    QLabel *m_title;
    QLabel *m_info;
    QComboBox *m_work;
    QComboBox *m_category;
    QDoubleSpinBox *m_coefficient;
    QDoubleSpinBox *m_bonus;
    QTableWidget *m_shares;
    QPushButton *m_addShare;
    QPushButton *m_removeShare;
    QLabel *m_amount;
    QLabel *m_problem;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace PortalDesk::Widgets
