#include "reasondialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

ReasonDialog::ReasonDialog(const QString &title, const QString &question, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("reasonEdit"));
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("The reporter and the history will show it."));
    m_edit->installEventFilter(this);
    auto *hint = new QLabel(tr("Enter sends the reason; Shift+Enter starts a new line."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this, ok] { ok->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);
    // Room for a few lines of reason and a title read whole.
    const int width = qMax(fontMetrics().averageCharWidth() * 60, fontMetrics().horizontalAdvance(title) + 120);
    resize(width, fontMetrics().height() * 14);
}

QString ReasonDialog::reason() const
{
    return m_edit->toPlainText().trimmed();
}

std::optional<QString> ReasonDialog::ask(QWidget *parent, const QString &title, const QString &question)
{
    ReasonDialog dialog(title, question, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
        return std::nullopt;
    return dialog.reason();
}

bool ReasonDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            if (!reason().isEmpty())
                accept();
            return true;  // never a line break; nothing to send yet
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace PortalDesk::Widgets
