#include "newissuedialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace PortalDesk::Widgets {

NewIssueDialog::NewIssueDialog(QWidget *parent)
    : QDialog(parent)
    , m_number(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newIssueDialog"));
    setWindowTitle(tr("New Issue"));
    m_number->setObjectName(QStringLiteral("issueNumberEdit"));
    m_number->setPlaceholderText(tr("15, or 15+16 for a combined issue"));
    m_date->setObjectName(QStringLiteral("issueDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_problem->setWordWrap(true);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Number:"), m_number);
    layout->addRow(tr("&Published on:"), m_date);
    layout->addRow(m_problem);
    layout->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_number, &QLineEdit::textChanged, this, &NewIssueDialog::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &NewIssueDialog::validate);
    validate();
}

std::optional<Models::GazetteIssueNumber> NewIssueDialog::number() const
{
    return Models::GazetteIssueNumber::parse(m_number->text());
}

QDate NewIssueDialog::date() const
{
    return m_date->date();
}

void NewIssueDialog::validate()
{
    const auto parsed = number();
    m_problem->setText(parsed ? tr("Số %1 of %2").arg(parsed->text()).arg(m_date->date().year())
                              : tr("Write the number: 15, or 15+16 for a combined issue."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(parsed.has_value());
}

} // namespace PortalDesk::Widgets
