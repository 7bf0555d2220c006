#include "mainwindow.h"

#include "articleactions.h"
#include "articleeditor.h"
#include "articlelistview.h"
#include "articlelistmodel.h"
#include "articlepanels.h"
#include "articlestore.h"
#include "autosavestore.h"
#include "findreplacebar.h"
#include "gazettewindow.h"
#include "lockbanner.h"
#include "markdownedit.h"
#include "newsroom.h"
#include "photolibrarypanel.h"
#include "publicationcalendar.h"
#include "portaldesk_version.h"
#include "queuemodel.h"
#include "reasonbanner.h"
#include "searchresultsmodel.h"
#include "searchworker.h"
#include "settings.h"
#include "spellingwords.h"
#include "syncpanel.h"
#include "windowsize.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

using Models::Action;
using Models::ArticleListModel;

namespace {

constexpr int searchLimit = 100;
// Below this many pixels of screen width the desk puts its docks in one column.
constexpr int narrowScreenWidth = 1600;

QList<int> columnsFromSetting(const QStringList &stored, const QList<int> &fallback)
{
    if (stored.isEmpty())
        return fallback;
    QList<int> columns;
    for (const QString &each : stored) {
        bool ok = false;
        if (const int column = each.toInt(&ok); ok)
            columns.append(column);
    }
    return columns;
}

QStringList columnsForSetting(const QList<int> &columns)
{
    QStringList stored;
    for (int column : columns)
        stored.append(QString::number(column));
    // An empty list means "the defaults": a user who hid every column keeps that.
    return stored.isEmpty() ? QStringList{QStringLiteral("-1")} : stored;
}

} // namespace

MainWindow::MainWindow(Models::Newsroom &newsroom, const Models::User &user, QWidget *parent)
    : QMainWindow(parent)
    , m_newsroom(newsroom)
    , m_user(user)
    , m_store(std::make_unique<Models::ArticleStore>(newsroom))
    , m_actions(std::make_unique<Models::ArticleActions>(newsroom))
    , m_autosaves(std::make_unique<Models::AutosaveStore>(newsroom))
    , m_queueModel(new Models::QueueModel(user, this))
    , m_model(new ArticleListModel(*m_store, m_queueModel->defaultFilter(), this))
    , m_searchModel(new Models::SearchResultsModel(this))
    , m_searchWorker(new Models::SearchWorker(newsroom.url(), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_statusLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setDockNestingEnabled(true);

    // The middle: search field over the queue's list or the search results.
    auto *listPane = new QWidget(m_splitter);
    listPane->setObjectName(QStringLiteral("listPane"));
    m_searchField = new QLineEdit(listPane);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search articles, with or without diacritics"));
    m_searchField->setClearButtonEnabled(true);
    m_searchNotice = new QLabel(listPane);
    m_searchNotice->setObjectName(QStringLiteral("searchNotice"));
    m_searchNotice->setTextFormat(Qt::PlainText);
    m_searchNotice->setWordWrap(true);
    m_searchNotice->hide();
    m_listStack = new QStackedWidget(listPane);
    m_listStack->setObjectName(QStringLiteral("listStack"));
    m_articleView = new ArticleListView(m_listStack);
    m_articleView->setObjectName(QStringLiteral("articleList"));
    m_articleView->setModel(m_model);
    m_articleView->setColumns(
        ArticleListModel::TitleColumn,
        {ArticleListModel::StateColumn, ArticleListModel::SectionColumn, ArticleListModel::AuthorColumn,
         ArticleListModel::UpdatedColumn, ArticleListModel::ScheduledColumn, ArticleListModel::PortalColumn},
        columnsFromSetting(Settings::articleListColumns.value(),
                           {ArticleListModel::StateColumn, ArticleListModel::UpdatedColumn,
                            ArticleListModel::ScheduledColumn, ArticleListModel::PortalColumn}));
    connect(m_articleView, &ArticleListView::shownColumnsChanged, this,
            [](const QList<int> &columns) { Settings::articleListColumns.setValue(columnsForSetting(columns)); });
    // Newest first; a click on Title or Updated sorts by it. The other
    // columns have no index to read a million rows in their order, so a
    // click there leaves the order and its indicator as they were.
    m_articleView->header()->setSortIndicator(ArticleListModel::UpdatedColumn, Qt::DescendingOrder);
    m_articleView->setSortingEnabled(true);
    connect(m_articleView->header(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (column == ArticleListModel::TitleColumn || column == ArticleListModel::UpdatedColumn)
            return;
        const auto &sort = m_model->sortOrder();
        const QSignalBlocker blocker(m_articleView->header());
        m_articleView->header()->setSortIndicator(sort.key == Models::ArticleSort::Title ? ArticleListModel::TitleColumn
                                                                                         : ArticleListModel::UpdatedColumn,
                                                  sort.order);
    });
    m_searchView = new ArticleListView(m_listStack);
    m_searchView->setObjectName(QStringLiteral("searchResults"));
    m_searchView->setModel(m_searchModel);
    {
        using Models::SearchResultsModel;
        m_searchView->setColumns(SearchResultsModel::TitleColumn,
                                 {SearchResultsModel::StateColumn, SearchResultsModel::SectionColumn,
                                  SearchResultsModel::AuthorColumn, SearchResultsModel::UpdatedColumn,
                                  SearchResultsModel::SnippetColumn},
                                 columnsFromSetting(Settings::searchListColumns.value(),
                                                    {SearchResultsModel::StateColumn, SearchResultsModel::UpdatedColumn,
                                                     SearchResultsModel::SnippetColumn}));
        m_searchView->setStretchColumn(SearchResultsModel::SnippetColumn, SearchResultsModel::SnippetHtmlRole);
    }
    connect(m_searchView, &ArticleListView::shownColumnsChanged, this,
            [](const QList<int> &columns) { Settings::searchListColumns.setValue(columnsForSetting(columns)); });
    m_listStack->addWidget(m_articleView);
    m_listStack->addWidget(m_searchView);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_searchField);
    listLayout->addWidget(m_searchNotice);
    listLayout->addWidget(m_listStack, 1);

    // The right: the editor with its find bar.
    auto *editorPane = new QWidget(m_splitter);
    editorPane->setObjectName(QStringLiteral("editorPane"));
    m_editor = new ArticleEditor(editorPane);
    m_findBar = new FindReplaceBar(m_editor->bodyEdit(), editorPane);
    m_lockBanner = new LockBanner(editorPane);
    m_reasonBanner = new ReasonBanner(editorPane);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_lockBanner);
    editorLayout->addWidget(m_reasonBanner);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_findBar);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(editorPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_statusLabel);

    createDocks();
    createActions();
    createMenus();
    setUpPhotos();

    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_searchView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onQueueChanged);
    connect(m_editor, &ArticleEditor::modificationChanged, this, [this](bool modified) {
        setWindowModified(modified);
        updateActions();
    });
    connect(m_editor, &ArticleEditor::edited, this, [this] {
        // Every few seconds while typing, not after typing stops: a long
        // stretch of typing is never all at risk.
        if (!m_autosaveTimer->isActive())
            m_autosaveTimer->start();
    });
    connect(m_editor, &ArticleEditor::countsChanged, this, [this](int words, int characters) {
        m_countsLabel->setText(tr("%n word(s)", nullptr, words) + QStringLiteral(" · ")
                               + tr("%n character(s)", nullptr, characters));
    });
    connect(m_model, &ArticleListModel::fetchFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not read the article list: %1").arg(message));
    });
    connect(m_searchWorker, &Models::SearchWorker::finished, this, &MainWindow::onSearchFinished);
    connect(m_searchWorker, &Models::SearchWorker::counted, this, [this](quint64 request, const QList<int> &counts, const QString &error) {
        if (request != m_countRequest)
            return;  // counted again since
        m_countAnswered = request;
        if (!error.isEmpty())
            statusBar()->showMessage(tr("Could not count the queues: %1").arg(error));
        else
            m_queueModel->setCounts(counts);
    });

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::startSearch);
    connect(m_searchField, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));

    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(std::chrono::seconds(3));
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);

    // Scheduled articles are published when due while the desk is open (the
    // night job runs portaldesk-cli publish-due), and the counts kept fresh.
    m_publishTimer = new QTimer(this);
    m_publishTimer->setInterval(std::chrono::seconds(30));
    connect(m_publishTimer, &QTimer::timeout, this, &MainWindow::publishDue);
    m_publishTimer->start();

    //: Window title; Qt appends " — PortalDesk". [*] marks unsaved changes.
    setWindowTitle(tr("Editorial Desk — %1 [*]").arg(m_user.fullName));
    fitToScreen(this, QSize(1440, 900));
    // The list gets two fifths: titles stay readable beside the editor.
    m_splitter->setSizes({2 * width() / 5, 3 * width() / 5});
    restoreSettings();
    if (auto sections = m_store->sections())
        m_editor->setSections(sections.value());
    setUpSpelling();
    m_queueModel->setSavedSearches(Settings::savedSearches.value());
    watchSharedNewsroom();
    refreshCounts();
    selectQueue(m_queueModel->defaultKey());
    updateActions();
    updateStatus();
    updateRecentMenu();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpSpelling()
{
    MarkdownEdit *body = m_editor->bodyEdit();
    body->setSpellCheckEnabled(Settings::spellCheck.value(true));
    if (auto words = Models::SpellingWords(m_newsroom).all())
        body->setAcceptedWords(words.value());
    else
        statusBar()->showMessage(tr("Could not read the newsroom's word list: %1").arg(words.error().message));
    connect(body, &MarkdownEdit::wordAddedToDictionary, this, [this](const QString &word) {
        // Everyone in the newsroom gets the word on their next start.
        if (auto added = Models::SpellingWords(m_newsroom).add(word, &m_user); !added)
            statusBar()->showMessage(tr("Could not add \"%1\" to the newsroom's word list: %2")
                                         .arg(word, added.error().message));
        else
            statusBar()->showMessage(tr("Added \"%1\" to the newsroom's word list.").arg(word), 5000);
    });
    if (!body->dictionaryAvailable())
        statusBar()->showMessage(tr("No Vietnamese dictionary is installed (hunspell-vi): spell checking is off."));
}

void MainWindow::createDocks()
{
    m_queueView = new QListView(this);
    m_queueView->setObjectName(QStringLiteral("queueList"));
    m_queueView->setModel(m_queueModel);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *queues = new QDockWidget(tr("Queues"), this);
    queues->setObjectName(QStringLiteral("queuesDock"));
    queues->setWidget(m_queueView);
    queues->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, queues);

    m_details = new DetailsPanel(this);
    m_comments = new CommentsPanel(this);
    m_history = new HistoryPanel(this);
    // On a laptop's screen a fourth column would leave the list a few
    // characters of each title: the details go under the queues instead,
    // which need a few rows only.
    const bool narrow = screen()->availableGeometry().width() < narrowScreenWidth;
    const auto dock = [this, narrow](QWidget *panel, const QString &title, const char *name) {
        auto *widget = new QDockWidget(title, this);
        widget->setObjectName(QLatin1StringView(name));
        widget->setWidget(panel);
        addDockWidget(narrow ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea, widget);
        return widget;
    };
    QDockWidget *details = dock(m_details, tr("Details"), "detailsDock");
    if (narrow)
        splitDockWidget(queues, details, Qt::Vertical);
    QDockWidget *comments = dock(m_comments, tr("Comments"), "commentsDock");
    QDockWidget *history = dock(m_history, tr("History"), "historyDock");
    tabifyDockWidget(details, comments);
    tabifyDockWidget(comments, history);
    // The calendar of scheduled articles; read when shown.
    m_calendar = new PublicationCalendar(m_newsroom, this);
    QDockWidget *calendar = dock(m_calendar, tr("Calendar"), "calendarDock");
    tabifyDockWidget(history, calendar);
    connect(m_calendar, &PublicationCalendar::openRequested, this, &MainWindow::openArticle);
    // The newsroom's photos, for everyone; read only when first shown.
    m_photos = new PhotoLibraryPanel(m_newsroom, m_user, this);
    tabifyDockWidget(history, dock(m_photos, tr("Photos"), "photosDock"));
    // The portal sync is for those who publish or correct, and the admin.
    if (m_user.has(Models::Role::Editor) || m_user.has(Models::Role::ChiefEditor) || m_user.has(Models::Role::Admin)) {
        m_sync = new SyncPanel(m_newsroom, m_user, this);
        QDockWidget *sync = dock(m_sync, tr("Portal"), "syncDock");
        tabifyDockWidget(history, sync);
        connect(m_sync, &SyncPanel::syncFinished, this, [this] {
            refreshPanels();
            reloadList(m_editor->hasArticle() ? m_editor->savedArticle().id : QString());
        });
        connect(m_sync, &SyncPanel::articlesChanged, this, &MainWindow::reload);
    }
    details->raise();
    // Wanted now and then, not all day: opened from the View menu, and kept
    // open from then on if the user leaves it so.
    calendar->hide();
    // The queues as wide as their names; under them, on a narrow screen,
    // the details get the height the queues leave.
    int queueWidth = qBound(180, m_queueView->sizeHintForColumn(0) + 2 * m_queueView->frameWidth() + 24, 260);
    if (narrow) {
        // ... and as wide as the tabs of the docks under them, none cut.
        int tabs = 0;
        QList<QDockWidget *> tabbed = tabifiedDockWidgets(details);
        tabbed.append(details);
        for (QDockWidget *each : std::as_const(tabbed)) {
            // The comments' tab grows with their count once an article is
            // open ("Comments (12)"): room for two digits, measured now.
            const QString title = each == comments ? tr("Comments (%1)").arg(99) : each->windowTitle();
            if (!each->isHidden())
                tabs += fontMetrics().horizontalAdvance(title) + 4 * fontMetrics().averageCharWidth();
        }
        queueWidth = qBound(queueWidth, tabs, 360);
    }
    resizeDocks({queues}, {queueWidth}, Qt::Horizontal);
    if (narrow) {
        const int queueRows = qMax(8, m_queueModel->rowCount() + 1);
        resizeDocks({queues, details}, {queueRows * m_queueView->sizeHintForRow(0) + 40, 600}, Qt::Vertical);
    } else {
        resizeDocks({details}, {340}, Qt::Horizontal);
    }
    connect(m_comments, &CommentsPanel::commentRequested, this, [this](const QString &text) {
        if (!m_editor->hasArticle())
            return;
        auto added = m_actions->comment(m_editor->savedArticle().id, m_user, text);
        if (!added) {
            QMessageBox::warning(this, tr("Cannot add the comment"), added.error().message);
            return;
        }
        m_comments->clearInput();
        refreshPanels();
    });
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

void MainWindow::selectQueue(const QString &key)
{
    if (const int row = m_queueModel->rowOfKey(key); row >= 0)
        m_queueView->setCurrentIndex(m_queueModel->index(row));
}

void MainWindow::onQueueChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const Models::Queue &queue = m_queueModel->queue(current.row());
    if (!queue.search.isEmpty()) {
        m_searchField->setText(queue.search);
        return;
    }
    m_searchField->clear();
    m_changingSelection = true;
    m_model->setFilter(queue.filter);
    m_changingSelection = false;
    m_listStack->setCurrentWidget(m_articleView);
    m_searchNotice->hide();
    updateStatus();
}

void MainWindow::startSearch()
{
    const QString text = m_searchField->text().trimmed();
    if (text.isEmpty()) {
        m_searchRequest = 0;
        m_searchModel->clear();
        m_searchNotice->hide();
        m_listStack->setCurrentWidget(m_articleView);
        return;
    }
    m_searchNotice->setText(tr("Searching…"));
    m_searchNotice->show();
    m_searchRequest = m_searchWorker->search(text, searchLimit);
}

void MainWindow::onSearchFinished(quint64 request, const QString &text, const Models::SearchResults &results,
                                  const QString &error)
{
    if (request != m_searchRequest)
        return;  // the user typed on
    m_changingSelection = true;
    m_searchModel->setResults(results);
    m_changingSelection = false;
    m_listStack->setCurrentWidget(m_searchView);
    if (!error.isEmpty())
        m_searchNotice->setText(tr("The search failed: %1").arg(error));
    else if (!results.notice.isEmpty())
        m_searchNotice->setText(results.notice);
    else if (results.hits.isEmpty())
        m_searchNotice->setText(tr("Nothing matches \"%1\".").arg(text));
    else {
        // Say how many hold the words as typed together: the rest, below
        // them, only have the syllables somewhere.
        const auto apart = std::count_if(results.hits.cbegin(), results.hits.cend(), [](const Models::SearchHit &hit) {
            return hit.tier == Models::SearchTier::Near || hit.tier == Models::SearchTier::Apart;
        });
        const int together = int(results.hits.size() - apart);
        if (apart > 0 && together > 0)
            m_searchNotice->setText(tr("%n article(s) match \"%1\" as typed", nullptr, together).arg(text) + u"; "
                                    + tr("below them, %n with its words only near each other or apart.", nullptr, int(apart)));
        else
            m_searchNotice->setText(tr("%n article(s) match \"%1\", best first.", nullptr, int(results.hits.size())).arg(text));
    }
    m_searchNotice->show();
}

void MainWindow::saveSearch()
{
    const QString text = m_searchField->text().trimmed();
    if (text.isEmpty()) {
        statusBar()->showMessage(tr("Type a search first, then save it."), 5000);
        return;
    }
    QStringList searches = m_queueModel->savedSearches();
    if (!searches.contains(text))
        searches.append(text);
    m_queueModel->setSavedSearches(searches);
    Settings::savedSearches.setValue(m_queueModel->savedSearches());
    statusBar()->showMessage(tr("Saved the search \"%1\" under the queues.").arg(text), 5000);
}

void MainWindow::refreshCounts()
{
    // On the worker's thread and connection: the window does not wait.
    m_countRequest = m_searchWorker->count(m_queueModel->countedFilters());
    m_calendar->refresh();  // only when on show
    // A publish, correction or withdrawal queues an article for the portal.
    if (m_sync && !m_sync->isRunning())
        m_sync->refresh();
}

void MainWindow::updateStatus()
{
    m_statusLabel->setText(tr("%1 · %2").arg(m_user.fullName, m_newsroom.path()));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentArticles.value();
    for (const QString &entry : recent) {
        const QString id = entry.section(u'\t', 0, 0);
        const QString title = entry.section(u'\t', 1);
        QAction *open = m_recentMenu->addAction(title.isEmpty() ? id : title);
        connect(open, &QAction::triggered, this, [this, id] { openArticle(id); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::rememberRecent(const Models::Article &article)
{
    QStringList recent = Settings::recentArticles.value();
    recent.removeIf([&article](const QString &entry) { return entry.section(u'\t', 0, 0) == article.id; });
    recent.prepend(article.id + u'\t' + article.title);
    while (recent.size() > 10)
        recent.removeLast();
    Settings::recentArticles.setValue(recent);
    updateRecentMenu();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About PortalDesk"),
                       tr("<h3>PortalDesk %1</h3><p>The editorial workstation of a provincial e-portal: "
                          "articles, the official gazette and the daily press digest.</p>")
                           .arg(QStringLiteral(PORTALDESK_VERSION)));
}

void MainWindow::publishDue()
{
    auto published = m_actions->publishDue(QDateTime::currentDateTimeUtc());
    if (!published) {
        statusBar()->showMessage(tr("Scheduled publication failed: %1").arg(published.error().message));
        return;
    }
    refreshCounts();
    if (published.value() == 0)
        return;
    statusBar()->showMessage(tr("Published %n scheduled article(s).", nullptr, published.value()), 10000);
    // Refresh the list but leave the editor and its unsaved text alone.
    reloadList(m_editor->hasArticle() ? m_editor->savedArticle().id : QString());
}

void MainWindow::reloadList(const QString &selectId)
{
    m_changingSelection = true;
    m_model->reload();
    if (const int row = selectId.isEmpty() ? -1 : m_model->rowOfId(selectId); row >= 0)
        m_articleView->setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
    m_changingSelection = false;
}

void MainWindow::openGazette()
{
    if (m_gazette) {
        m_gazette->show();
        m_gazette->raise();
        m_gazette->activateWindow();
        return;
    }
    // A window of its own that goes when the desk goes.
    m_gazette = new GazetteWindow(m_newsroom, m_user, this);
    m_gazette->setWindowFlag(Qt::Window);
    m_gazette->show();
}

} // namespace PortalDesk::Widgets
