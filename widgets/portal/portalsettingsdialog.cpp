#include "portalsettingsdialog.h"

#include "newsroom.h"
#include "newsroomsettings.h"
#include "portal.h"
#include "portalmapping.h"
#include "wordpressclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace PortalDesk::Widgets {

using Models::NewsroomSettings;

PortalSettingsDialog::PortalSettingsDialog(Models::Newsroom &newsroom, const QString &password, QWidget *parent)
    : QDialog(parent)
    , m_newsroom(newsroom)
    , m_url(new QLineEdit(this))
    , m_mapping(new QComboBox(this))
    , m_mappingFile(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the system keyring"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("portalSettingsDialog"));
    setWindowTitle(tr("Portal Settings"));
    NewsroomSettings settings(newsroom);
    m_url->setObjectName(QStringLiteral("portalUrl"));
    m_url->setText(settings.value(NewsroomSettings::portalUrl).value_or(QString()));
    if (auto fallback = Models::Portal::defaultUrl(newsroom.url()))
        m_url->setPlaceholderText(fallback->display());
    m_url->setMinimumWidth(fontMetrics().averageCharWidth() * 50);

    m_mapping->setObjectName(QStringLiteral("portalMapping"));
    m_mapping->addItem(tr("Reference table portal_articles, or WordPress as it is"), QString());
    m_mapping->addItem(tr("Mapping file…"), QStringLiteral("file"));
    const QString mapping = settings.value(NewsroomSettings::portalMapping).value_or(QString());
    m_mapping->setCurrentIndex(mapping.isEmpty() ? 0 : 1);
    if (m_mapping->currentIndex() == 1)
        m_mappingFile->setText(mapping);
    m_mappingFile->setObjectName(QStringLiteral("portalMappingFile"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_mappingFile, 1);
    fileRow->addWidget(browse);
    const auto showFile = [this, browse] {
        const bool file = m_mapping->currentIndex() == 1;
        m_mappingFile->setEnabled(file);
        browse->setEnabled(file);
    };
    showFile();
    connect(m_mapping, &QComboBox::currentIndexChanged, this, showFile);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Mapping File"), {}, tr("JSON mapping (*.json)"));
        if (!file.isEmpty())
            m_mappingFile->setText(file);
    });

    m_password->setObjectName(QStringLiteral("portalPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setText(password);
    m_password->setPlaceholderText(tr("the database's, or WordPress's Application Password"));
    m_remember->setChecked(true);
    m_error->setObjectName(QStringLiteral("portalSettingsError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *hint = new QLabel(tr("sqlite:PATH, postgresql://user@host:port/db or mysql://user@host:port/db; a WordPress "
                               "site as https://user@site.example/. The password never goes in the address."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Portal:"), m_url);
    form->addRow(QString(), hint);
    form->addRow(tr("Tables:"), m_mapping);
    form->addRow(QString(), fileRow);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString PortalSettingsDialog::password() const
{
    return m_password->text();
}

bool PortalSettingsDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void PortalSettingsDialog::accept()
{
    // Checked before anything is kept: a wrong address or mapping is said
    // here, not at the next sync.
    const QString url = m_url->text().trimmed();
    if (Models::WordPressSite::looksLike(url)) {
        if (auto parsed = Models::WordPressSite::parse(url); !parsed) {
            m_error->setText(parsed.error().message);
            m_error->show();
            return;
        }
    } else if (!url.isEmpty()) {
        if (auto parsed = Models::NewsroomUrl::parsePortal(url); !parsed) {
            m_error->setText(parsed.error().message);
            m_error->show();
            return;
        }
    }
    QString mapping = m_mapping->currentData().toString();
    if (mapping == u"file")
        mapping = m_mappingFile->text().trimmed();
    if (!mapping.isEmpty()) {
        if (auto loaded = Models::PortalMapping::load(mapping); !loaded) {
            m_error->setText(loaded.error().message);
            m_error->show();
            return;
        }
    }
    NewsroomSettings settings(m_newsroom);
    Models::Status saved = settings.setValue(NewsroomSettings::portalUrl, url);
    if (saved)
        saved = settings.setValue(NewsroomSettings::portalMapping, mapping);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace PortalDesk::Widgets
