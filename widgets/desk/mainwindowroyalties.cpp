// MainWindow and royalties: a chief editor grades the open article from the
// Article menu; chiefs and admins open the month's royalties window, and
// see the open article's grade in its details.
#include "mainwindow.h"

#include "articleeditor.h"
#include "gradedialog.h"
#include "royaltieswindow.h"

#include <QAction>

namespace PortalDesk::Widgets {

bool MainWindow::seesRoyalties() const
{
    return m_user.has(Models::Role::ChiefEditor) || m_user.has(Models::Role::Admin);
}

void MainWindow::createRoyaltyActions()
{
    m_gradeRoyaltyAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Grade &Royalty…"), this);
    m_gradeRoyaltyAction->setObjectName(QStringLiteral("actionGradeRoyalty"));
    m_gradeRoyaltyAction->setToolTip(tr("Grade the royalty of the article's text and photos"));
    m_gradeRoyaltyAction->setVisible(m_user.has(Models::Role::ChiefEditor));
    m_gradeRoyaltyAction->setEnabled(false);
    connect(m_gradeRoyaltyAction, &QAction::triggered, this, &MainWindow::gradeRoyalty);
    if (!seesRoyalties())
        return;
    m_royaltiesAction = new QAction(QIcon::fromTheme(QStringLiteral("wallet-open")), tr("Open the Royalties &Window"), this);
    m_royaltiesAction->setObjectName(QStringLiteral("actionRoyalties"));
    connect(m_royaltiesAction, &QAction::triggered, this, &MainWindow::openRoyalties);
}

void MainWindow::gradeRoyalty()
{
    if (!m_editor->hasArticle() || !m_gradeRoyaltyAction->isEnabled())
        return;
    const QString id = m_editor->savedArticle().id;
    RoyaltyGradeDialog dialog(m_newsroom, m_user, id, {}, this);
    bool changed = false;
    connect(&dialog, &RoyaltyGradeDialog::graded, this, [&changed] { changed = true; });
    dialog.exec();
    if (!changed)
        return;
    refreshPanels();
    if (auto *window = qobject_cast<RoyaltiesWindow *>(m_royalties.data()))
        window->refresh();
}

void MainWindow::openRoyalties()
{
    if (!m_royalties) {
        // A window of its own that goes when the desk goes.
        auto *window = new RoyaltiesWindow(m_newsroom, m_user, this);
        window->setWindowFlag(Qt::Window);
        // A grade made there shows in the open article's details.
        connect(window, &RoyaltiesWindow::graded, this, [this](const QString &articleId) {
            if (m_editor->hasArticle() && m_editor->savedArticle().id == articleId)
                refreshPanels();
        });
        m_royalties = window;
    }
    m_royalties->show();
    m_royalties->raise();
    m_royalties->activateWindow();
}

} // namespace PortalDesk::Widgets
