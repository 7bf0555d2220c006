#include "syncpanel.h"

#include "articlestore.h"
#include "markdownhtml.h"
#include "newsroom.h"
#include "newsroomsettings.h"
#include "portal.h"
#include "portalpassword.h"
#include "portalsettingsdialog.h"
#include "syncconflictdialog.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

using namespace Models;

namespace {

enum ProblemColumn { TitleColumn, StatusColumn };
constexpr int ArticleIdRole = Qt::UserRole;

QString articleHtml(const QString &title, const QString &summary, const QString &bodyHtml)
{
    return QStringLiteral("<h2>%1</h2><p><b>%2</b></p>%3").arg(title.toHtmlEscaped(), summary.toHtmlEscaped(), bodyHtml);
}

} // namespace

SyncPanel::SyncPanel(Newsroom &newsroom, const User &user, QWidget *parent)
    : QWidget(parent)
    , m_newsroom(newsroom)
    , m_user(user)
    , m_worker(new SyncWorker(newsroom.url(), this))
    , m_portal(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_result(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_syncButton(new QPushButton(tr("Sync Now"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_problems(new QTreeWidget(this))
    , m_errors(new QLabel(this))
{
    setObjectName(QStringLiteral("syncPanel"));
    m_portal->setObjectName(QStringLiteral("syncPortal"));
    m_portal->setWordWrap(true);
    m_portal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pending->setObjectName(QStringLiteral("syncPending"));
    m_result->setObjectName(QStringLiteral("syncResult"));
    m_result->setWordWrap(true);
    m_errors->setObjectName(QStringLiteral("syncErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->hide();
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->hide();
    m_syncButton->setObjectName(QStringLiteral("syncNow"));
    m_cancelButton->setObjectName(QStringLiteral("syncCancel"));
    m_cancelButton->hide();
    auto *settingsButton = new QPushButton(tr("Portal Settings…"), this);
    settingsButton->setObjectName(QStringLiteral("syncSettings"));
    settingsButton->setEnabled(m_user.has(Role::Admin) || m_user.has(Role::ChiefEditor));

    m_problems->setObjectName(QStringLiteral("syncProblems"));
    m_problems->setHeaderLabels({tr("Needs an editor"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    m_problems->header()->setStretchLastSection(false);
    m_problems->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_problems->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_problems->setToolTip(tr("Double-click a conflict to compare it with the portal's version."));
    connect(m_problems, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { compare(item->data(TitleColumn, ArticleIdRole).toString()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(settingsButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_portal);
    layout->addWidget(m_pending);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_errors);
    layout->addWidget(m_problems, 1);

    connect(m_syncButton, &QPushButton::clicked, this, &SyncPanel::startSync);
    connect(m_cancelButton, &QPushButton::clicked, this, &SyncPanel::cancelSync);
    connect(settingsButton, &QPushButton::clicked, this, &SyncPanel::configure);
    connect(m_worker, &SyncWorker::progress, this, [this](int handled, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(handled);
    });
    connect(m_worker, &SyncWorker::finished, this, &SyncPanel::onFinished);

    applyTarget();
    refresh();
}

void SyncPanel::applyTarget()
{
    NewsroomSettings settings(m_newsroom);
    const QString url = settings.value(NewsroomSettings::portalUrl).value_or(QString());
    const QString mapping = settings.value(NewsroomSettings::portalMapping).value_or(QString());
    m_targetValid = false;
    QString problem;
    m_target.wordpress.reset();
    if (WordPressSite::looksLike(url)) {
        // A WordPress site: its user's Application Password, kept in the
        // keyring under the address with the user.
        auto site = WordPressSite::parse(url);
        m_target.mapping = PortalMapping();
        m_target.mapping.forWordPress = true;
        if (!site) {
            problem = site.error().message;
        } else {
            m_target.wordpress = site.value();
            m_target.portal = NewsroomUrl();
            if (!mapping.isEmpty()) {
                auto loaded = PortalMapping::load(mapping);
                if (!loaded)
                    problem = loaded.error().message;
                else if (!loaded->forWordPress)
                    problem = tr("The mapping %1 describes a database table; a WordPress site takes a mapping with a "
                                 "\"wordpress\" object.").arg(mapping);
                else
                    m_target.mapping = loaded.value();
            }
        }
        m_targetValid = problem.isEmpty();
        m_portal->setText(m_targetValid ? tr("Portal: WordPress %1").arg(m_target.wordpress->display()) : problem);
        m_passwordKnown = false;
        m_target.password.clear();
        m_worker->setTarget(m_target);
        return;
    }
    auto parsed = url.isEmpty() ? Portal::defaultUrl(m_newsroom.url()) : NewsroomUrl::parsePortal(url);
    if (!parsed) {
        problem = url.isEmpty() ? tr("No portal is set for this newsroom.") : parsed.error().message;
    } else {
        m_target.portal = parsed.value();
        m_target.createSchema = url.isEmpty();
        m_target.mapping = PortalMapping::reference();
        if (!mapping.isEmpty()) {
            auto loaded = PortalMapping::load(mapping);
            if (loaded)
                m_target.mapping = loaded.value();
            else
                problem = loaded.error().message;
        }
        m_targetValid = problem.isEmpty();
    }
    m_portal->setText(m_targetValid ? tr("Portal: %1").arg(m_target.portal.display()) : problem);
    m_passwordKnown = m_target.portal.backend == NewsroomUrl::Backend::Sqlite;
    m_target.password.clear();
    m_worker->setTarget(m_target);
}

QString SyncPanel::targetName() const
{
    if (m_target.wordpress)
        return m_target.wordpress->user + u'@' + m_target.wordpress->display();
    return m_target.portal.display();
}

void SyncPanel::refresh()
{
    if (auto pending = PortalSync::pendingCount(m_newsroom))
        m_pending->setText(tr("%n article(s) waiting for the portal", nullptr, pending.value()));
    else
        m_pending->setText(pending.error().message);
    m_problems->clear();
    auto problems = PortalSync::problems(m_newsroom);
    if (!problems)
        return;
    for (const SyncProblem &problem : std::as_const(problems.value())) {
        auto *item = new QTreeWidgetItem(m_problems, {problem.title, problem.status == u"conflict"
                                                                         ? tr("changed on the portal")
                                                                         : tr("sending failed")});
        item->setData(TitleColumn, ArticleIdRole, problem.articleId);
    }
    m_syncButton->setEnabled(!m_running && m_targetValid);
}

void SyncPanel::withPassword(const std::function<void()> &next)
{
    if (m_passwordKnown) {
        next();
        return;
    }
    const QString key = targetName();
    const auto ask = [this, key, next](bool found, const QString &password) {
        if (!found) {
            bool ok = false;
            const QString typed = QInputDialog::getText(
                this, tr("Portal Password"),
                tr("Password for %1 (leave empty to use ~/.pgpass or the environment):").arg(key),
                QLineEdit::Password, QString(), &ok);
            if (!ok)
                return;
            m_target.password = typed;
        } else {
            m_target.password = password;
        }
        m_passwordKnown = true;
        m_worker->setTarget(m_target);
        next();
    };
    // After a failed run the kept password may be the wrong one: the user
    // is asked, rather than handed the same password again.
    if (m_distrustKeyring)
        ask(false, {});
    else
        PortalPassword::read(key, this, ask);
}

void SyncPanel::startSync()
{
    if (m_running || !m_targetValid)
        return;
    withPassword([this] {
        m_running = true;
        m_syncButton->setEnabled(false);
        m_cancelButton->show();
        m_cancelButton->setEnabled(true);
        m_progress->setRange(0, 0);  // busy until the first batch reports
        m_progress->show();
        m_result->setText(tr("Syncing with %1…").arg(m_target.wordpress ? m_target.wordpress->display() : m_target.portal.display()));
        m_errors->hide();
        m_worker->run();
    });
}

void SyncPanel::cancelSync()
{
    if (!m_running)
        return;
    m_worker->cancel();
    m_cancelButton->setEnabled(false);
    m_result->setText(tr("Stopping after the current batch…"));
}

void SyncPanel::onFinished(const SyncSummary &summary, const QString &error)
{
    m_running = false;
    m_cancelButton->hide();
    m_progress->hide();
    const QString when = QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat);
    if (!error.isEmpty()) {
        m_result->setText(tr("Last sync at %1 did not run.").arg(when));
        m_errors->setText(error);
        m_errors->show();
        // A wrong password is asked again next time.
        m_passwordKnown = !m_target.wordpress && m_target.portal.backend == NewsroomUrl::Backend::Sqlite;
        m_distrustKeyring = !m_passwordKnown;
    } else {
        m_distrustKeyring = false;
        QString text = tr("Last sync at %1: sent %2, updated %3, withdrew %4; %5 conflicts, %6 failed.")
                           .arg(when)
                           .arg(summary.sent)
                           .arg(summary.updated)
                           .arg(summary.withdrawn)
                           .arg(summary.conflicts)
                           .arg(summary.failed);
        if (summary.gazetteIssues > 0)
            text += u' ' + tr("Công báo: %n issue(s).", nullptr, summary.gazetteIssues);
        if (summary.cancelled)
            text += u' ' + tr("Cancelled; the rest waits for the next sync.");
        m_result->setText(text);
        m_errors->setText(summary.lines.mid(0, 20).join(u'\n'));
        m_errors->setVisible(!summary.lines.isEmpty());
    }
    refresh();
    Q_EMIT syncFinished();
}

void SyncPanel::configure()
{
    PortalSettingsDialog dialog(m_newsroom, m_target.password, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyTarget();
    if (m_target.portal.backend != NewsroomUrl::Backend::Sqlite) {
        m_target.password = dialog.password();
        m_passwordKnown = true;
        m_worker->setTarget(m_target);
        if (dialog.rememberPassword() && !dialog.password().isEmpty()) {
            PortalPassword::write(targetName(), dialog.password(), this, [this](const QString &error) {
                if (!error.isEmpty())
                    QMessageBox::information(this, tr("Portal Password"),
                                             tr("The password could not be kept in the system keyring (%1). "
                                                "It is used until PortalDesk closes and asked for again next time.")
                                                 .arg(error));
            });
        }
    }
    refresh();
}

void SyncPanel::compare(const QString &articleId)
{
    if (articleId.isEmpty() || m_running)
        return;
    auto article = ArticleStore(m_newsroom).load(articleId);
    if (!article) {
        QMessageBox::warning(this, tr("Compare"), article.error().message);
        return;
    }
    const QString newsroomHtml = articleHtml(article->title, article->summary, markdownToHtml(article->body));
    withPassword([this, articleId, newsroomHtml] {
        auto portalHtml = std::make_shared<QString>();
        m_worker->post(
            [articleId, portalHtml](Newsroom &, ArticleSync &sync) -> QString {
                auto version = sync.portalVersion(articleId);
                if (!version)
                    return version.error().message;
                *portalHtml = articleHtml(version->title, version->summary, version->bodyHtml);
                return {};
            },
            [this, articleId, newsroomHtml, portalHtml](const QString &error) {
                if (!error.isEmpty()) {
                    QMessageBox::warning(this, tr("Compare"), error);
                    return;
                }
                const bool mayChoose = m_user.has(Role::Editor) || m_user.has(Role::ChiefEditor);
                SyncConflictDialog dialog(newsroomHtml, *portalHtml, mayChoose, this);
                const int choice = dialog.exec();
                if (choice != SyncConflictDialog::KeepNewsroom && choice != SyncConflictDialog::TakePortal)
                    return;
                const User user = m_user;
                m_worker->post(
                    [articleId, choice, user](Newsroom &, ArticleSync &sync) -> QString {
                        if (choice == SyncConflictDialog::KeepNewsroom) {
                            Status settled = sync.overwritePortal(articleId);
                            return settled ? QString() : settled.error().message;
                        }
                        auto taken = sync.takePortalText(articleId, &user);
                        return taken ? QString() : taken.error().message;
                    },
                    [this, choice](const QString &error) {
                        if (!error.isEmpty()) {
                            QMessageBox::warning(this, tr("Compare"), error);
                            return;
                        }
                        if (choice == SyncConflictDialog::TakePortal)
                            Q_EMIT articlesChanged();
                        // Settled: the next sync sends the result.
                        startSync();
                    });
            });
    });
}

} // namespace PortalDesk::Widgets
