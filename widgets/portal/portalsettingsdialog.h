#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace PortalDesk::Models {
class Newsroom;
}

namespace PortalDesk::Widgets {

// The portal this newsroom syncs to, kept in the newsroom for every PC, and
// the password, kept only in this user's keyring (or for this session).
class PortalSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    PortalSettingsDialog(Models::Newsroom &newsroom, const QString &password, QWidget *parent = nullptr);

    QString password() const;
    bool rememberPassword() const;
    QLineEdit *urlField() const { return m_url; }
    QComboBox *mappingChoice() const { return m_mapping; }

    void accept() override;

private:
    Models::Newsroom &m_newsroom;
    QLineEdit *m_url = nullptr;
    QComboBox *m_mapping = nullptr;
    QLineEdit *m_mappingFile = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace PortalDesk::Widgets
