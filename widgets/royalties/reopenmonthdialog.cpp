#include "reopenmonthdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

ReopenMonthDialog::ReopenMonthDialog(const QString &monthName, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reopenMonthDialog"));
    setWindowTitle(tr("Reopen %1").arg(monthName));
    auto *label = new QLabel(tr("Why do the royalties of %1 change after closing? The reason is kept in the newsroom's log.")
                                 .arg(monthName),
                             this);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("reopenReason"));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("For example: the coefficient of an article was wrong"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Reopen"));
    ok->setEnabled(false);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this, ok] { ok->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_buttons);
    resize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 12);
}

QString ReopenMonthDialog::reason() const
{
    return m_edit->toPlainText().trimmed();
}

} // namespace PortalDesk::Widgets
