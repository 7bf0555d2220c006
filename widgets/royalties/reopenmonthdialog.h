#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace PortalDesk::Widgets {

// Asks why a closed month of royalties is reopened: the reason goes into the
// newsroom's log beside the change. OK waits for a reason. (The desk's
// ReasonDialog asks the same of articles, but the desk sits above this
// library.)
class ReopenMonthDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReopenMonthDialog(const QString &monthName, QWidget *parent = nullptr);

    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_edit; }

private:
    QPlainTextEdit *m_edit;
    QDialogButtonBox *m_buttons;
};

} // namespace PortalDesk::Widgets
