#pragma once

#include "gazette.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace PortalDesk::Widgets {

// Asks for a new Công báo issue: its number ("15", or "15+16" for a
// combined issue) and its publication date, whose year numbers it.
class NewIssueDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewIssueDialog(QWidget *parent = nullptr);

    std::optional<Models::GazetteIssueNumber> number() const;
    QDate date() const;

private:
    void validate();

    QLineEdit *m_number;
    QDateEdit *m_date;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace PortalDesk::Widgets
