#include "mainwindow.h"

#include "articleeditor.h"
#include "articlelistmodel.h"
#include "articlestore.h"
#include "autosavestore.h"
#include "connectionmonitor.h"
#include "editlocks.h"
#include "lockbanner.h"
#include "newsroom.h"
#include "newsroomwatcher.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QTreeView>

namespace PortalDesk::Widgets {

// What other PCs change shows here within a second; the open article's
// edit lock is kept; a server that goes away is waited for.
void MainWindow::watchSharedNewsroom()
{
    m_watcher = new Models::NewsroomWatcher(m_newsroom, this);
    connect(m_watcher, &Models::NewsroomWatcher::articlesChanged, this, [this] {
        refreshCounts();
        reloadList(m_articleView->currentIndex().data(Models::ArticleListModel::IdRole).toString());
        noticeNewerVersion();
    });
    m_locks = new Models::EditLockKeeper(m_newsroom, m_user, this);
    connect(m_locks, &Models::EditLockKeeper::changed, this, [this] {
        showLockState();
        updateActions();
    });
    connect(m_locks, &Models::EditLockKeeper::lost, this, &MainWindow::onLockLost);
    connect(m_watcher, &Models::NewsroomWatcher::lockChanged, this, [this](const QString &id) {
        if (id == m_locks->articleId())
            m_locks->refresh();
    });
    connect(m_lockBanner, &LockBanner::takeOverRequested, this, &MainWindow::takeOverLock);
    m_connection = new Models::ConnectionMonitor(m_newsroom, this);
    connect(m_connection, &Models::ConnectionMonitor::lost, this, &MainWindow::onConnectionLost);
    connect(m_connection, &Models::ConnectionMonitor::restored, this, &MainWindow::onConnectionRestored);
}

// Called by updateActions: the lock follows what the user may edit.
void MainWindow::keepLock(bool mayEdit)
{
    const QString id = mayEdit && m_editor->hasArticle() ? m_editor->savedArticle().id : QString();
    if (id != m_locks->articleId()) {
        m_lostToName.clear();
        m_locks->hold(id);
    }
}

void MainWindow::showLockState()
{
    if (m_connection && !m_connection->isConnected()) {
        m_lockBanner->showDisconnected();
    } else if (!m_locks->articleId().isEmpty() && !m_locks->lock().mine) {
        if (!m_lostToName.isEmpty()) {
            m_lockBanner->showTakenOver(m_lostToName);
        } else {
            const bool mayTakeOver = m_user.has(Models::Role::Editor) || m_user.has(Models::Role::ChiefEditor);
            m_lockBanner->showHeld(m_locks->lock().holderName, mayTakeOver);
        }
    } else {
        m_lockBanner->hide();
    }
}

QString MainWindow::lockNotice() const
{
    return m_lockBanner->text();
}

bool MainWindow::takeOverLock()
{
    m_lostToName.clear();
    if (!m_locks->takeOver()) {
        if (!m_locks->lastError().isEmpty())
            statusBar()->showMessage(m_locks->lastError(), 8000);
        return false;
    }
    // Their newest version, not the one read when the article was opened.
    const QString id = m_locks->articleId();
    if (auto latest = m_store->load(id); latest && latest->version != m_editor->savedArticle().version && !m_editor->isModified())
        m_editor->setArticle(latest.value());
    statusBar()->showMessage(tr("You are editing the article now; the previous editor was told."), 8000);
    return true;
}

// Someone took the open article over: keep the text on this PC first,
// then stop typing.
void MainWindow::onLockLost(const QString &byName)
{
    m_lostToName = byName;
    if (m_editor->isModified())
        autosave();
    showLockState();
}

void MainWindow::onConnectionLost()
{
    if (m_editor->isModified())
        autosave();
    showLockState();
    updateActions();
    statusBar()->showMessage(tr("The newsroom's server cannot be reached; reconnecting…"));
}

void MainWindow::onConnectionRestored()
{
    m_watcher->resubscribe();
    m_locks->refresh();
    showLockState();
    refreshCounts();
    reloadList(m_articleView->currentIndex().data(Models::ArticleListModel::IdRole).toString());
    noticeNewerVersion();
    updateActions();
    statusBar()->showMessage(tr("Connected to the newsroom's server again."), 8000);
}

// Someone on another PC saved the article open here: say so, and keep
// what is being typed (the save will then meet the version check).
void MainWindow::noticeNewerVersion()
{
    if (!m_editor->hasArticle())
        return;
    const Models::Article &open = m_editor->savedArticle();
    auto latest = m_store->load(open.id);
    if (!latest || latest->version <= open.version)
        return;
    m_newerVersionNotice = tr("Version %1 of \"%2\" was saved on another PC; reopen the article to see it.")
                               .arg(latest->version)
                               .arg(latest->title);
    statusBar()->showMessage(m_newerVersionNotice);
}

} // namespace PortalDesk::Widgets
