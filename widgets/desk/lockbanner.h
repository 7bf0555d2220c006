#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace PortalDesk::Widgets {

// The strip above the editor of a shared newsroom that says why the text
// cannot be typed in (someone else is editing it, or has taken it over) or
// that the server is away, with "Take Over" for editors and chief editors.
class LockBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit LockBanner(QWidget *parent = nullptr);

    void showHeld(const QString &name, bool mayTakeOver);
    void showTakenOver(const QString &name);
    void showDisconnected();
    QString text() const;

Q_SIGNALS:
    void takeOverRequested();

private:
    void showText(const QString &text, bool takeOver);

    QLabel *m_label;
    QPushButton *m_takeOver;
};

} // namespace PortalDesk::Widgets
