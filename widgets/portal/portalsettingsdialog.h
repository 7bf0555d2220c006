#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace PortalDesk::Models {
class Newsroom;
}

namespace PortalDesk::Widgets {

// The portal this newsroom syncs to, kept in the newsroom for every PC, and
// the password, kept only in this user's keyring (or for this session).
//
// Asked in words — an SQLite file on this PC; a PostgreSQL or MySQL server's
// address, database and account; a WordPress site and its user — and kept
// as the address the CLI takes (shown, and editable, under the fields). A
// database portal without PortalDesk's tables gets them, asked first; a new
// SQLite file declined is not left behind empty.
class PortalSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    PortalSettingsDialog(Models::Newsroom &newsroom, const QString &password, QWidget *parent = nullptr);

    QString password() const;
    bool rememberPassword() const;
    QLineEdit *urlField() const { return m_url; }
    enum Kind { SqliteFile, PostgreSqlServer, MySqlServer, WordPressSite };
    QComboBox *kindChoice() const { return m_kind; }
    // The worded fields: "file", "host", "port", "database", "user", "site".
    QWidget *field(const QString &name) const;
    QComboBox *mappingChoice() const { return m_mapping; }

    void accept() override;

private:
    void fieldsFromUrl();
    void showError(const QString &message);
    void urlFromFields();
    // Creates the portal's tables where missing, when the user agrees;
    // false keeps the dialog open (with the reason shown).
    bool offerTables(const QString &url);

    Models::Newsroom &m_newsroom;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_site = nullptr;
    QLineEdit *m_siteUser = nullptr;
    bool m_syncing = false;
    QString m_unreachable;  // the address last found unreachable: OK again keeps it
    QLineEdit *m_url = nullptr;
    QComboBox *m_mapping = nullptr;
    QLineEdit *m_mappingFile = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace PortalDesk::Widgets
