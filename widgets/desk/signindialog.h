#pragma once

#include "newsroomurl.h"
#include "user.h"

#include <QDialog>

#include <memory>
#include <optional>

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
    // A shared newsroom is opened as the person signing in: the server role
    // is the user, so there is nothing to connect as before.
    explicit SignInDialog(const Models::NewsroomUrl &url, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // The newsroom the server sign-in opened.
    std::unique_ptr<Models::Newsroom> takeNewsroom();

    const Models::User &user() const { return m_user; }
    void setLogin(const QString &login);
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    void build(const QString &where, bool server);
    QString login() const;

    Models::Newsroom *m_newsroom = nullptr;
    std::optional<Models::NewsroomUrl> m_serverUrl;
    std::unique_ptr<Models::Newsroom> m_opened;
    Models::User m_user;
    QComboBox *m_users = nullptr;  // embedded newsroom
    QLineEdit *m_login = nullptr;  // server newsroom
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace PortalDesk::Widgets
