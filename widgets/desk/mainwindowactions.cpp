// MainWindow's actions, menus and toolbars: every command of the desk, with
// its shortcut, under a stable object name ("actionSave") that tests and
// saved toolbar states rely on.
#include "mainwindow.h"

#include "articleeditor.h"
#include "digestwindow.h"
#include "findreplacebar.h"
#include "helpdialogs.h"
#include "markdownedit.h"
#include "markdownformat.h"
#include "palettes.h"
#include "settings.h"
#include "syncpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QToolBar>

namespace PortalDesk::Widgets {

using Models::Action;

void MainWindow::createActions()
{
    const auto make = [this](const QString &icon, const QString &text, const char *name) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(QLatin1StringView(name));
        return action;
    };
    m_newAction = make(QStringLiteral("document-new"), tr("&New Article…"), "actionNew");
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setVisible(Models::Workflow::mayCreate(m_user));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newArticle);

    m_saveAction = make(QStringLiteral("document-save"), tr("&Save"), "actionSave");
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the article as a new version"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_reloadAction = make(QStringLiteral("view-refresh"), tr("&Reload"), "actionReload");
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);

    m_saveSearchAction = make(QStringLiteral("bookmark-new"), tr("Save &Search"), "actionSaveSearch");
    m_saveSearchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_saveSearchAction, &QAction::triggered, this, &MainWindow::saveSearch);

    m_undoAction = make(QStringLiteral("edit-undo"), tr("&Undo"), "actionUndo");
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_editor->bodyEdit(), &QPlainTextEdit::undo);
    connect(m_editor->bodyEdit(), &QPlainTextEdit::undoAvailable, m_undoAction, &QAction::setEnabled);
    m_redoAction = make(QStringLiteral("edit-redo"), tr("&Redo"), "actionRedo");
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_editor->bodyEdit(), &QPlainTextEdit::redo);
    connect(m_editor->bodyEdit(), &QPlainTextEdit::redoAvailable, m_redoAction, &QAction::setEnabled);
    m_findAction = make(QStringLiteral("edit-find-replace"), tr("&Find and Replace…"), "actionFind");
    // Ctrl+F finds; Ctrl+H is the usual replace binding where the platform has none.
    m_findAction->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_H)});
    connect(m_findAction, &QAction::triggered, m_findBar, &FindReplaceBar::activate);

    struct WorkflowAction {
        Action action;
        const char *icon;
        const char *name;
        QString text;
        QKeySequence shortcut;
    };
    const WorkflowAction workflow[] = {
        {Action::Submit, "mail-send", "actionSubmit", tr("S&ubmit"), QKeySequence(Qt::CTRL | Qt::Key_Return)},
        {Action::Forward, "go-next", "actionForward", tr("&Forward for Approval"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
        {Action::Return, "go-previous", "actionReturn", tr("Re&turn…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {Action::Approve, "dialog-ok-apply", "actionApprove", tr("A&pprove"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        {Action::Publish, "document-send", "actionPublish", tr("Publish &Now"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        {Action::Schedule, "appointment-new", "actionSchedule", tr("Sc&hedule…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
        {Action::Withdraw, "edit-delete-remove", "actionWithdraw", tr("&Withdraw…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)},
        {Action::Archive, "archive-insert", "actionArchive", tr("Ar&chive"), QKeySequence()},
    };
    for (const WorkflowAction &entry : workflow) {
        auto *action = make(QLatin1StringView(entry.icon), entry.text, entry.name);
        action->setShortcut(entry.shortcut);
        const Action what = entry.action;
        connect(action, &QAction::triggered, this, [this, what] { perform(what); });
        m_workflowActions.insert(entry.action, action);
    }
    createRoyaltyActions();
    createQuestionActions();
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("menuFile"));
    fileMenu->addAction(m_newAction);
    fileMenu->addAction(m_saveAction);
    m_recentMenu = fileMenu->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open Re&cent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    fileMenu->addAction(m_reloadAction);
    fileMenu->addSeparator();
    auto *quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    // The platform's Quit keys, and Ctrl+Q where they lack it (Windows):
    // Ctrl+Q twice, as QKeySequence::Quit is on Linux, is ambiguous and
    // does nothing.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys << QKeySequence(Qt::CTRL | Qt::Key_Q);
    quitAction->setShortcuts(quitKeys);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    fileMenu->addAction(quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("menuEdit"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    editMenu->addAction(m_findAction);
    editMenu->addAction(m_saveSearchAction);

    QMenu *formatMenu = menuBar()->addMenu(tr("F&ormat"));
    formatMenu->setObjectName(QStringLiteral("menuFormat"));
    formatMenu->addActions(m_editor->formatActions()->actions());

    QMenu *articleMenu = menuBar()->addMenu(tr("&Article"));
    articleMenu->setObjectName(QStringLiteral("menuArticle"));
    for (Action action : {Action::Submit, Action::Forward, Action::Return, Action::Approve, Action::Publish,
                          Action::Schedule, Action::Withdraw, Action::Archive})
        articleMenu->addAction(m_workflowActions.value(action));
    if (m_gradeRoyaltyAction->isVisible()) {
        articleMenu->addSeparator();
        articleMenu->addAction(m_gradeRoyaltyAction);
    }
    if (m_sync) {
        articleMenu->addSeparator();
        auto *syncAction = articleMenu->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("S&ync with Portal"));
        syncAction->setObjectName(QStringLiteral("actionSync"));
        syncAction->setShortcut(Qt::Key_F9);
        // F9 shows the panel, where what will be sent is seen before it
        // goes; its Sync button (focused) sends it.
        syncAction->setText(tr("Portal S&ync…"));
        connect(syncAction, &QAction::triggered, this, [this] {
            if (auto *dock = findChild<QDockWidget *>(QStringLiteral("syncDock"))) {
                dock->show();
                dock->raise();
            }
            m_sync->refresh();
            if (m_sync->syncButton()->isEnabled())
                m_sync->syncButton()->setFocus();
        });
    }

    // The Công báo has its own window, for gazette staff and the chief
    // editors who approve its issues.
    if (m_user.has(Models::Role::Gazette) || m_user.has(Models::Role::ChiefEditor)) {
        QMenu *gazetteMenu = menuBar()->addMenu(tr("&Gazette"));
        gazetteMenu->setObjectName(QStringLiteral("menuGazette"));
        auto *gazetteAction = gazetteMenu->addAction(QIcon::fromTheme(QStringLiteral("view-list-text")), tr("Open the &Công báo Desk"));
        gazetteAction->setObjectName(QStringLiteral("actionGazette"));
        gazetteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        connect(gazetteAction, &QAction::triggered, this, &MainWindow::openGazette);
    }

    if (m_user.has(Models::Role::Digest) || m_user.has(Models::Role::ChiefEditor)) {
        QMenu *digestMenu = menuBar()->addMenu(tr("&Press Digest"));
        digestMenu->setObjectName(QStringLiteral("menuDigest"));
        auto *digestAction = digestMenu->addAction(QIcon::fromTheme(QStringLiteral("application-rss+xml")), tr("Open the &Press Digest"));
        digestAction->setObjectName(QStringLiteral("actionDigest"));
        digestAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        connect(digestAction, &QAction::triggered, this, [this] {
            if (!m_digest) {
                m_digest = new DigestWindow(m_newsroom, m_user, this);
                m_digest->setWindowFlag(Qt::Window);
            }
            m_digest->show();
            m_digest->raise();
        });
    }

    // The month's royalties have a window of their own, as the Công báo
    // and the digest do; chiefs grade there and from the Article menu.
    if (m_royaltiesAction) {
        QMenu *royaltiesMenu = menuBar()->addMenu(tr("&Royalties"));
        royaltiesMenu->setObjectName(QStringLiteral("menuRoyalties"));
        if (m_gradeRoyaltyAction->isVisible())
            royaltiesMenu->addAction(m_gradeRoyaltyAction);
        royaltiesMenu->addAction(m_royaltiesAction);
    }

    // Citizens' questions have a window of their own too.
    if (m_questionsAction) {
        QMenu *questionsMenu = menuBar()->addMenu(tr("&Questions"));
        questionsMenu->setObjectName(QStringLiteral("menuQuestions"));
        questionsMenu->addAction(m_questionsAction);
    }

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("menuHelp"));
    auto *aboutAction = new QAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About PortalDesk"), this);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::about);
    helpMenu->addAction(aboutAction);
    addHelpActions(helpMenu, this);

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_saveAction);
    toolBar->addAction(m_findAction);
    QToolBar *workflowBar = addToolBar(tr("Workflow Toolbar"));
    workflowBar->setObjectName(QStringLiteral("workflowToolBar"));
    workflowBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Forward steps first; those that send an article back or take it
    // down after a separator, away from "Publish Now".
    for (Action action : {Action::Submit, Action::Forward, Action::Approve, Action::Schedule, Action::Publish})
        workflowBar->addAction(m_workflowActions.value(action));
    workflowBar->addSeparator();
    for (Action action : {Action::Return, Action::Withdraw})
        workflowBar->addAction(m_workflowActions.value(action));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(toolBar->toggleViewAction());
    m_viewMenu->addAction(workflowBar->toggleViewAction());
    m_viewMenu->addSeparator();
    auto *spellAction = new QAction(QIcon::fromTheme(QStringLiteral("tools-check-spelling")), tr("Check &Spelling"), this);
    spellAction->setObjectName(QStringLiteral("actionSpellCheck"));
    spellAction->setCheckable(true);
    spellAction->setShortcut(QKeySequence(Qt::Key_F7));
    spellAction->setChecked(Settings::spellCheck.value(true));
    spellAction->setEnabled(m_editor->bodyEdit()->dictionaryAvailable());
    connect(spellAction, &QAction::toggled, this, [this](bool on) {
        Settings::spellCheck.setValue(on);
        m_editor->bodyEdit()->setSpellCheckEnabled(on);
    });
    m_viewMenu->addAction(spellAction);
    auto *darkAction = new QAction(QIcon::fromTheme(QStringLiteral("weather-clear-night")), tr("&Dark Mode"), this);
    darkAction->setObjectName(QStringLiteral("actionDarkMode"));
    darkAction->setCheckable(true);
    darkAction->setChecked(Settings::darkMode.value());
    darkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(darkAction, &QAction::toggled, this, [](bool dark) {
        Settings::darkMode.setValue(dark);
        applyDarkMode(dark);
    });
    m_viewMenu->addAction(darkAction);
}

} // namespace PortalDesk::Widgets
