#include "signindialog.h"

#include "newsroom.h"
#include "userstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

SignInDialog::SignInDialog(Models::Newsroom &newsroom, QWidget *parent)
    : QDialog(parent)
    , m_newsroom(&newsroom)
{
    build(newsroom.path(), newsroom.isPostgres());
}

SignInDialog::SignInDialog(const Models::NewsroomUrl &url, QWidget *parent)
    : QDialog(parent)
    , m_serverUrl(url)
{
    build(url.display(), true);
    if (!url.user.isEmpty())
        setLogin(url.user);
}

SignInDialog::~SignInDialog() = default;

std::unique_ptr<Models::Newsroom> SignInDialog::takeNewsroom()
{
    return std::move(m_opened);
}

void SignInDialog::build(const QString &where, bool server)
{
    m_password = new QLineEdit(this);
    m_message = new QLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In"));
    auto *intro = new QLabel(tr("Newsroom: %1").arg(where), this);
    intro->setObjectName(QStringLiteral("newsroomLabel"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    if (server) {
        m_login = new QLineEdit(this);
        m_login->setObjectName(QStringLiteral("loginEdit"));
        form->addRow(tr("&Login:"), m_login);
    } else {
        m_users = new QComboBox(this);
        m_users->setObjectName(QStringLiteral("userCombo"));
        auto users = Models::UserStore(*m_newsroom).list();
        if (users) {
            for (const Models::User &user : std::as_const(users.value())) {
                if (user.active)
                    m_users->addItem(tr("%1 (%2)").arg(user.fullName, user.login), user.login);
            }
        }
        form->addRow(tr("&User:"), m_users);
        if (m_users->count() == 0) {
            m_message->setText(users ? tr("This newsroom has no users yet. Create one with "
                                          "\"portaldesk-cli init --demo\" or \"portaldesk-cli user add\".")
                                     : users.error().message);
        }
    }
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::Highlight);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_password->setFocus();
    setMinimumWidth(420);
}

void SignInDialog::setLogin(const QString &login)
{
    if (m_login)
        m_login->setText(login);
    else if (const int row = m_users->findData(login); row >= 0)
        m_users->setCurrentIndex(row);
}

QString SignInDialog::login() const
{
    if (m_login)
        return m_login->text().trimmed();
    return m_users->currentData().toString();
}

void SignInDialog::accept()
{
    if (login().isEmpty()) {
        m_message->setText(tr("Choose who you are first."));
        return;
    }
    std::unique_ptr<Models::Newsroom> opened;
    if (m_serverUrl) {
        Models::NewsroomUrl url = *m_serverUrl;
        url.user = login();
        url.password = m_password->text();
        auto newsroom = Models::Newsroom::open(url);
        if (!newsroom) {
            m_message->setText(newsroom.error().message);
            m_password->clear();
            m_password->setFocus();
            return;
        }
        opened = std::move(newsroom.value());
    }
    Models::Newsroom &newsroom = opened ? *opened : *m_newsroom;
    auto user = Models::UserStore(newsroom).authenticate(login(), m_password->text());
    if (!user) {
        // The password is cleared, the login kept: the usual typo is the password.
        m_message->setText(user.error().message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_user = user.value();
    m_opened = std::move(opened);
    QDialog::accept();
}

} // namespace PortalDesk::Widgets
