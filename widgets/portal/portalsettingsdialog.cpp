#include "portalsettingsdialog.h"

#include "newsroom.h"
#include "newsroomsettings.h"
#include "portal.h"
#include "portalmapping.h"
#include "wordpressclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PortalDesk::Widgets {

using Models::NewsroomSettings;

PortalSettingsDialog::PortalSettingsDialog(Models::Newsroom &newsroom, const QString &password, QWidget *parent)
    : QDialog(parent)
    , m_newsroom(newsroom)
    , m_kind(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_site(new QLineEdit(this))
    , m_siteUser(new QLineEdit(this))
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

    m_kind->setObjectName(QStringLiteral("portalKind"));
    m_kind->addItem(tr("SQLite file on this PC"));
    m_kind->addItem(tr("PostgreSQL server"));
    m_kind->addItem(tr("MySQL or MariaDB server"));
    m_kind->addItem(tr("WordPress site"));

    // One form: the rows of the kind of portal chosen are shown.
    m_file->setObjectName(QStringLiteral("portalFile"));
    if (auto fallback = Models::Portal::defaultUrl(newsroom.url()))
        m_file->setPlaceholderText(fallback->display());
    auto *choose = new QPushButton(tr("Choose…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    connect(choose, &QPushButton::clicked, this, [this] {
        // An existing portal file or a new one: nothing is overwritten.
        const QString file = QFileDialog::getSaveFileName(this, tr("Portal File"), m_file->text(),
                                                          tr("SQLite database (*.sqlite *.db);;All files (*)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty()) {
            m_file->setText(file);
            urlFromFields();
        }
    });
    m_host->setObjectName(QStringLiteral("portalHost"));
    m_host->setPlaceholderText(tr("name or IP address, e.g. cong.example.gov.vn or 10.0.0.5"));
    m_port->setObjectName(QStringLiteral("portalPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("portalDatabase"));
    m_user->setObjectName(QStringLiteral("portalUser"));
    m_site->setObjectName(QStringLiteral("portalSite"));
    m_site->setPlaceholderText(QStringLiteral("https://cong.example.gov.vn/"));
    m_siteUser->setObjectName(QStringLiteral("portalSiteUser"));

    m_url->setObjectName(QStringLiteral("portalUrl"));
    m_url->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    m_url->setToolTip(tr("The same portal as the address portaldesk-cli takes (--portal); it follows the fields above, "
                         "and a pasted address fills them."));

    m_mapping->setObjectName(QStringLiteral("portalMapping"));
    m_mapping->addItem(tr("Reference table portal_articles, or WordPress as it is"), QString());
    m_mapping->addItem(tr("Mapping file…"), QStringLiteral("file"));
    const QString mapping = settings.value(NewsroomSettings::portalMapping).value_or(QString());
    m_mapping->setCurrentIndex(mapping.isEmpty() ? 0 : 1);
    if (m_mapping->currentIndex() == 1)
        m_mappingFile->setText(mapping);
    m_mappingFile->setObjectName(QStringLiteral("portalMappingFile"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_mappingFile, 1);
    mappingRow->addWidget(browse);
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
    m_password->setPlaceholderText(tr("the database account's, or WordPress's Application Password"));
    m_remember->setChecked(true);
    m_error->setObjectName(QStringLiteral("portalSettingsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("The portal is a:"), m_kind);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("Account:"), m_user);
    form->addRow(tr("Site address:"), m_site);
    form->addRow(tr("User:"), m_siteUser);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Tables:"), m_mapping);
    form->addRow(QString(), mappingRow);
    form->addRow(tr("Address:"), m_url);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    const auto showKind = [this, form, fileRow] {
        const int kind = m_kind->currentIndex();
        const bool server = kind == PostgreSqlServer || kind == MySqlServer;
        form->setRowVisible(fileRow, kind == SqliteFile);
        for (QWidget *row : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
                             static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user)})
            form->setRowVisible(row, server);
        form->setRowVisible(m_site, kind == WordPressSite);
        form->setRowVisible(m_siteUser, kind == WordPressSite);
        // A file has no password.
        form->setRowVisible(m_password, kind != SqliteFile);
        form->setRowVisible(m_remember, kind != SqliteFile);
        adjustSize();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, showKind](int kind) {
        showKind();
        if (m_syncing)
            return;
        // The usual port of the server chosen, unless one was typed.
        if (kind == MySqlServer && m_port->value() == 5432)
            m_port->setValue(3306);
        else if (kind == PostgreSqlServer && m_port->value() == 3306)
            m_port->setValue(5432);
        urlFromFields();
    });
    for (QLineEdit *edit : {m_file, m_host, m_database, m_user, m_site, m_siteUser})
        connect(edit, &QLineEdit::textEdited, this, &PortalSettingsDialog::urlFromFields);
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        if (!m_syncing)
            urlFromFields();
    });
    connect(m_url, &QLineEdit::textChanged, this, &PortalSettingsDialog::fieldsFromUrl);
    m_url->setText(settings.value(NewsroomSettings::portalUrl).value_or(QString()));
    showKind();
}

QWidget *PortalSettingsDialog::field(const QString &name) const
{
    return findChild<QWidget *>(u"portal"_s + name.left(1).toUpper() + name.mid(1));
}

void PortalSettingsDialog::urlFromFields()
{
    if (m_syncing)
        return;
    QString url;
    switch (m_kind->currentIndex()) {
    case SqliteFile:
        if (!m_file->text().trimmed().isEmpty())
            url = u"sqlite:"_s + m_file->text().trimmed();
        break;
    case PostgreSqlServer:
    case MySqlServer: {
        if (m_host->text().trimmed().isEmpty() && m_database->text().trimmed().isEmpty())
            break;
        const bool mysql = m_kind->currentIndex() == MySqlServer;
        QUrl address;
        address.setScheme(mysql ? u"mysql"_s : u"postgresql"_s);
        address.setHost(m_host->text().trimmed());
        address.setUserName(m_user->text().trimmed());
        if (m_port->value() != (mysql ? 3306 : 5432))
            address.setPort(m_port->value());
        address.setPath(u'/' + m_database->text().trimmed());
        url = address.toString();
        break;
    }
    case WordPressSite: {
        QString site = m_site->text().trimmed();
        if (site.isEmpty())
            break;
        if (!site.contains(u"://"_s))
            site.prepend(u"https://"_s);
        QUrl address(site);
        address.setUserName(m_siteUser->text().trimmed());
        url = address.toString();
        break;
    }
    }
    m_syncing = true;
    m_url->setText(url);
    m_syncing = false;
}

void PortalSettingsDialog::fieldsFromUrl()
{
    if (m_syncing)
        return;
    const QString text = m_url->text().trimmed();
    m_syncing = true;
    if (Models::WordPressSite::looksLike(text)) {
        m_kind->setCurrentIndex(WordPressSite);
        const QUrl address(text);
        QUrl site = address;
        site.setUserName(QString());
        m_site->setText(site.toString());
        m_siteUser->setText(address.userName());
    } else if (auto parsed = Models::NewsroomUrl::parsePortal(text); parsed && !text.isEmpty()) {
        switch (parsed->backend) {
        case Models::NewsroomUrl::Backend::Sqlite:
            m_kind->setCurrentIndex(SqliteFile);
            m_file->setText(parsed->path);
            break;
        case Models::NewsroomUrl::Backend::PostgreSql:
        case Models::NewsroomUrl::Backend::MySql: {
            const bool mysql = parsed->backend == Models::NewsroomUrl::Backend::MySql;
            m_kind->setCurrentIndex(mysql ? MySqlServer : PostgreSqlServer);
            m_host->setText(parsed->host);
            m_port->setValue(parsed->port > 0 ? parsed->port : mysql ? 3306 : 5432);
            m_database->setText(parsed->database);
            m_user->setText(parsed->user);
            break;
        }
        }
    }
    m_syncing = false;
}

bool PortalSettingsDialog::offerTables(const QString &url)
{
    if (url == m_unreachable)
        return true;  // asked to keep it as it is
    auto parsed = Models::NewsroomUrl::parsePortal(url);
    if (!parsed)
        return true;  // refused before this
    const bool sqlite = parsed->backend == Models::NewsroomUrl::Backend::Sqlite;
    const bool newFile = sqlite && !QFileInfo::exists(parsed->path);
    const auto forget = [&] {
        // A file made only by looking is not left behind.
        if (newFile)
            QFile::remove(parsed->path);
    };
    QString problem;
    bool created = false;
    {
        // Reaching a server may take up to its connect timeout (10 s): said
        // by the cursor, as the dialog waits for it.
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        auto portal = Models::Portal::open(parsed.value(), m_password->text());
        QGuiApplication::restoreOverrideCursor();
        if (!portal) {
            forget();
            m_unreachable = url;
            showError(tr("The portal cannot be reached: %1\nCheck the fields, or press OK again to keep them as they are.")
                          .arg(portal.error().message));
            return false;
        }
        const QStringList tables = portal.value()->database().tables();
        if (tables.contains(u"portal_articles"_s, Qt::CaseInsensitive))
            return true;
        const auto answer = QMessageBox::question(
            this, tr("Create the Portal's Tables"),
            newFile ? tr("%1 is a new file. Create the portal's tables in it?").arg(parsed->display())
                    : tr("%1 has no PortalDesk tables yet (portal_articles and those for photos, the Công báo and "
                         "answers). Create them now?")
                          .arg(parsed->display()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            if (Models::Status made = portal.value()->init(); made)
                created = true;
            else
                problem = made.error().message;
        }
    }
    if (created)
        return true;
    forget();
    showError(problem.isEmpty() ? tr("No tables were created: the portal needs them before the first sync.") : problem);
    return false;
}

QString PortalSettingsDialog::password() const
{
    return m_password->text();
}

bool PortalSettingsDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void PortalSettingsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void PortalSettingsDialog::accept()
{
    // Checked before anything is kept: a wrong address or mapping is said
    // here, not at the next sync.
    const QString url = m_url->text().trimmed();
    const bool wordpress = Models::WordPressSite::looksLike(url);
    if (wordpress) {
        if (auto parsed = Models::WordPressSite::parse(url); !parsed) {
            showError(parsed.error().message);
            return;
        }
    } else if (!url.isEmpty()) {
        if (auto parsed = Models::NewsroomUrl::parsePortal(url); !parsed) {
            showError(parsed.error().message);
            return;
        }
    }
    QString mapping = m_mapping->currentData().toString();
    if (mapping == u"file")
        mapping = m_mappingFile->text().trimmed();
    if (!mapping.isEmpty()) {
        if (auto loaded = Models::PortalMapping::load(mapping); !loaded) {
            showError(loaded.error().message);
            return;
        }
    }
    // The reference tables, where the portal is a database of PortalDesk's
    // own layout (a mapping file names tables the portal has already).
    if (!url.isEmpty() && !wordpress && mapping.isEmpty() && !offerTables(url))
        return;
    NewsroomSettings settings(m_newsroom);
    Models::Status saved = settings.setValue(NewsroomSettings::portalUrl, url);
    if (saved)
        saved = settings.setValue(NewsroomSettings::portalMapping, mapping);
    if (!saved) {
        showError(saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace PortalDesk::Widgets
