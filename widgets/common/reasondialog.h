#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace PortalDesk::Widgets {

// Asks why an article is returned or withdrawn, or why a citizen's
// question's answer is returned or the question rejected (those callers put
// their own placeholder in reasonEdit(): this one speaks of the reporter).
// The reason wraps as it is typed; Enter sends it, Shift+Enter starts a new
// line, Tab moves to the buttons; OK stays off until there is a reason, so
// an empty one is never sent nor the dialog closed by a warning.
class ReasonDialog final : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString &title, const QString &question, QWidget *parent = nullptr);

    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_edit; }

    // The reason, or nothing when the user cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &title, const QString &question);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_edit;
    QDialogButtonBox *m_buttons;
};

} // namespace PortalDesk::Widgets
