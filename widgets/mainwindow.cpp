#include "mainwindow.h"

#include "articleactions.h"
#include "articleeditor.h"
#include "articlelistmodel.h"
#include "articlestore.h"
#include "newsroom.h"
#include "portaldesk_version.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace PortalDesk::Widgets {

using Models::ArticleListModel;

MainWindow::MainWindow(Models::Newsroom &newsroom, QWidget *parent)
    : QMainWindow(parent)
    , m_newsroom(newsroom)
    , m_store(std::make_unique<Models::ArticleStore>(newsroom))
    , m_model(new ArticleListModel(*m_store, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_articleView(new QTreeView(m_splitter))
    , m_editor(new ArticleEditor(m_splitter))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_articleView->setObjectName(QStringLiteral("articleList"));
    m_articleView->setModel(m_model);
    m_articleView->setRootIsDecorated(false);
    m_articleView->setUniformRowHeights(true);
    m_articleView->setAlternatingRowColors(true);
    m_articleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_articleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_articleView->header()->setStretchLastSection(false);
    m_articleView->header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_articleView->header()->setMinimumSectionSize(60);
    for (int column = ArticleListModel::TitleColumn + 1; column < ArticleListModel::ColumnCount; ++column)
        m_articleView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_splitter->addWidget(m_articleView);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_statusLabel, 1);

    createActions();
    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_editor, &ArticleEditor::modificationChanged, this, [this](bool modified) {
        m_saveAction->setEnabled(modified && m_editor->hasArticle());
        setWindowModified(modified);
    });
    connect(m_model, &ArticleListModel::fetchFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not read the article list: %1").arg(message));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);

    // Scheduled articles are published when due while the desk is open (the
    // night job runs portaldesk-cli publish-due). The query reads a partial
    // index of approved, scheduled articles: cheap enough for the UI thread.
    m_publishTimer = new QTimer(this);
    m_publishTimer->setInterval(std::chrono::seconds(30));
    connect(m_publishTimer, &QTimer::timeout, this, &MainWindow::publishDue);
    m_publishTimer->start();

    updateTitle();
    updateStatus();
    resize(1280, 800);
    m_splitter->setSizes({620, 660});
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_saveAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this);
    m_saveAction->setObjectName(QStringLiteral("actionSave"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the article as a new version"));
    m_saveAction->setEnabled(false);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_reloadAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Reload List"), this);
    m_reloadAction->setObjectName(QStringLiteral("actionReload"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);

    auto *quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto *aboutAction = new QAction(tr("&About PortalDesk"), this);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::about);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("menuFile"));
    fileMenu->addAction(m_saveAction);
    fileMenu->addAction(m_reloadAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("menuHelp"));
    helpMenu->addAction(aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_saveAction);
    toolBar->addAction(m_reloadAction);
}

void MainWindow::restoreSettings()
{
    if (const QByteArray geometry = Settings::mainWindowGeometry.value(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = Settings::mainWindowState.value(); !state.isEmpty())
        restoreState(state);
    if (const QByteArray state = Settings::mainSplitterState.value(); !state.isEmpty())
        m_splitter->restoreState(state);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    Settings::mainWindowGeometry.setValue(saveGeometry());
    Settings::mainWindowState.setValue(saveState());
    Settings::mainSplitterState.setValue(m_splitter->saveState());
    event->accept();
}

void MainWindow::openRow(int row)
{
    const QModelIndex index = m_model->index(row, ArticleListModel::TitleColumn);
    if (index.isValid())
        m_articleView->setCurrentIndex(index);
}

void MainWindow::onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_changingSelection)
        return;
    if (!maybeSave()) {
        // Stay on the article whose edits the user kept.
        m_changingSelection = true;
        m_articleView->setCurrentIndex(previous);
        m_changingSelection = false;
        return;
    }
    if (!current.isValid()) {
        m_editor->clear();
        return;
    }
    const QString id = current.data(ArticleListModel::IdRole).toString();
    auto article = m_store->load(id);
    if (!article) {
        QMessageBox::warning(this, tr("Cannot open the article"), article.error().message);
        m_editor->clear();
        return;
    }
    m_editor->setArticle(article.value());
}

bool MainWindow::maybeSave()
{
    if (!m_editor->hasArticle() || !m_editor->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The article \"%1\" has changes that are not saved. Save them?").arg(m_editor->article().title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    return true;
}

bool MainWindow::save()
{
    if (!m_editor->hasArticle())
        return false;
    auto saved = m_store->save(m_editor->article());
    if (!saved) {
        // The user's text stays in the editor whatever went wrong.
        QMessageBox::warning(this, tr("Cannot save the article"), saved.error().message);
        return false;
    }
    m_editor->setArticle(saved.value());
    statusBar()->showMessage(tr("Saved version %1.").arg(saved->version), 5000);
    // A save moves the article to the top of the list.
    reloadList(saved->id);
    return true;
}

void MainWindow::reload()
{
    if (!maybeSave())
        return;
    const QString openId = m_editor->hasArticle() ? m_editor->article().id : QString();
    m_changingSelection = true;
    m_model->reload();
    m_changingSelection = false;
    const int row = openId.isEmpty() ? -1 : m_model->rowOfId(openId);
    if (row >= 0)
        openRow(row);
    else
        m_editor->clear();
}

void MainWindow::publishDue()
{
    auto published = Models::ArticleActions(m_newsroom).publishDue(QDateTime::currentDateTimeUtc());
    if (!published) {
        statusBar()->showMessage(tr("Scheduled publication failed: %1").arg(published.error().message));
        return;
    }
    if (published.value() == 0)
        return;
    statusBar()->showMessage(tr("Published %n scheduled article(s).", nullptr, published.value()), 10000);
    // Refresh the list but leave the editor and its unsaved text alone.
    reloadList(m_editor->hasArticle() ? m_editor->article().id : QString());
}

void MainWindow::reloadList(const QString &selectId)
{
    m_changingSelection = true;
    m_model->reload();
    if (const int row = selectId.isEmpty() ? -1 : m_model->rowOfId(selectId); row >= 0)
        m_articleView->setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
    m_changingSelection = false;
}

void MainWindow::updateStatus()
{
    auto total = m_store->count();
    const QString count = total ? tr("%n article(s)", nullptr, total.value()) : total.error().message;
    m_statusLabel->setText(tr("Newsroom: %1 — %2").arg(m_newsroom.path(), count));
}

void MainWindow::updateTitle()
{
    //: Window title; Qt appends " — PortalDesk". [*] marks unsaved changes.
    setWindowTitle(tr("Editorial Desk [*]"));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About PortalDesk"),
                       tr("<h3>PortalDesk %1</h3><p>The editorial workstation of a provincial e-portal: "
                          "articles, the official gazette and the daily press digest.</p>")
                           .arg(QStringLiteral(PORTALDESK_VERSION)));
}

} // namespace PortalDesk::Widgets
