#pragma once

#include "user.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace PortalDesk::Models {
class Newsroom;
}

namespace PortalDesk::Widgets {

// Who is at the desk. The embedded newsroom offers its users to pick from; a
// shared PostgreSQL newsroom asks for the login, as no one should be able to
// list the staff without signing in.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Models::Newsroom &newsroom, QWidget *parent = nullptr);

    const Models::User &user() const { return m_user; }
    void setLogin(const QString &login);
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    QString login() const;

    Models::Newsroom &m_newsroom;
    Models::User m_user;
    QComboBox *m_users = nullptr;  // embedded newsroom
    QLineEdit *m_login = nullptr;  // server newsroom
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace PortalDesk::Widgets
