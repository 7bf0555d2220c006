#pragma once

#include "article.h"
#include "articlelistview.h"
#include "user.h"
#include "workflow.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace PortalDesk::Models {
class ArticleActions;
class ArticleListModel;
class ArticleStore;
class AutosaveStore;
class Newsroom;
class QueueModel;
class SearchResultsModel;
class SearchWorker;
class ConnectionMonitor;
class EditLockKeeper;
class NewsroomWatcher;
struct SearchResults;
} // namespace PortalDesk::Models

namespace PortalDesk::Widgets {

class ArticleEditor;
class CommentsPanel;
class DetailsPanel;
class FindReplaceBar;
class HistoryPanel;
class SyncPanel;
class PhotoLibraryPanel;
class PublicationCalendar;
class LockBanner;
class QuestionPuller;
class ReasonBanner;

// The desk of one signed-in user: queues on the left, the list of the chosen
// queue (or the search results) in the middle, the open article on the right,
// its details, comments and history in docks. Only the actions the workflow
// allows the user on the open article are offered.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Models::Newsroom &newsroom, const Models::User &user, QWidget *parent = nullptr);
    ~MainWindow() override;

    ArticleListView *articleView() const { return m_articleView; }
    ArticleListView *searchView() const { return m_searchView; }
    QListView *queueView() const { return m_queueView; }
    QLineEdit *searchField() const { return m_searchField; }
    ArticleEditor *editor() const { return m_editor; }
    Models::ArticleListModel *articleModel() const { return m_model; }
    Models::QueueModel *queueModel() const { return m_queueModel; }
    // True until the queues' latest counts have come back from the worker.
    bool countsPending() const { return m_countAnswered != m_countRequest; }
    Models::SearchResultsModel *searchModel() const { return m_searchModel; }
    CommentsPanel *commentsPanel() const { return m_comments; }
    HistoryPanel *historyPanel() const { return m_history; }
    SyncPanel *syncPanel() const { return m_sync; }  // null for who may not sync
    QAction *workflowAction(Models::Action action) const { return m_workflowActions.value(action); }
    const Models::User &user() const { return m_user; }
    // What the desk last said about a newer version saved elsewhere.
    QString newerVersionNotice() const { return m_newerVersionNotice; }
    // Shared newsroom: why the open article cannot be typed in, or that the
    // server is away; empty when neither.
    QString lockNotice() const;
    // Why the open article was returned or withdrawn, as the banner above it says; empty otherwise.
    QString reasonNotice() const;
    bool takeOverLock();
    Models::ConnectionMonitor *connectionMonitor() const { return m_connection; }

    // Opens the article shown in the given row of the list.
    void openRow(int row);
    bool openArticle(const QString &id);
    void selectQueue(const QString &key);
    // Puts the cursor at the end of the body, ready to type on.
    void focusBodyEnd();
    bool save();
    // Writes the unsaved text to the newsroom now (the timer does it every
    // few seconds while typing).
    bool autosave();
    // Takes the action on the open article, asking for a reason or a time
    // where the action needs one.
    bool perform(Models::Action action);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void setUpSpelling();
    void createActions();
    void createMenus();
    void setUpPhotos();
    void editAltText(const QString &mediaId);
    void restoreSettings();
    void onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    void onQueueChanged(const QModelIndex &current);
    void onSearchFinished(quint64 request, const QString &text, const Models::SearchResults &results,
                          const QString &error);
    void startSearch();
    void saveSearch();
    // Asks what to do with unsaved edits; false when the user cancels.
    bool maybeSave();
    bool resolveConflict(const Models::Article &mine, const QString &message);
    void offerAutosave(const Models::Article &article);
    void newArticle();
    void reload();
    void refreshPanels();
    void refreshCounts();
    void updateActions();
    void updateStatus();
    void updateRecentMenu();
    void rememberRecent(const Models::Article &article);
    void about();
    void openGazette();
    // mainwindowroyalties.cpp: chief editors grade the open article; chiefs
    // and admins see its grade and the month's royalties.
    void createRoyaltyActions();
    void gradeRoyalty();
    void openRoyalties();
    bool seesRoyalties() const;
    // mainwindowquestions.cpp: citizens' questions, their window, and the
    // pull of new ones from the portal every few minutes.
    void createQuestionActions();
    void openQuestions();
    void pullQuestions();
    void noticeNewerVersion();
    // mainwindowshared.cpp: what a shared newsroom adds to the desk.
    void watchSharedNewsroom();
    void keepLock(bool mayEdit);
    void showLockState();
    void onLockLost(const QString &byName);
    void onConnectionLost();
    void onConnectionRestored();
    void publishDue();
    // Reads the list again and selects selectId, without reopening it.
    void reloadList(const QString &selectId);

    Models::Newsroom &m_newsroom;
    Models::User m_user;
    QPointer<QMainWindow> m_gazette;  // deletes itself when closed
    QPointer<QMainWindow> m_digest;
    QPointer<QMainWindow> m_royalties;
    QPointer<QMainWindow> m_questions;
    QString m_newerVersionNotice;
    Models::NewsroomWatcher *m_watcher = nullptr;
    Models::EditLockKeeper *m_locks = nullptr;
    Models::ConnectionMonitor *m_connection = nullptr;
    LockBanner *m_lockBanner = nullptr;
    ReasonBanner *m_reasonBanner = nullptr;
    PublicationCalendar *m_calendar = nullptr;
    QString m_lostToName;  // who took the open article over
    std::unique_ptr<Models::ArticleStore> m_store;
    std::unique_ptr<Models::ArticleActions> m_actions;
    std::unique_ptr<Models::AutosaveStore> m_autosaves;
    // The queues before the list: the list opens on the user's first queue.
    Models::QueueModel *m_queueModel = nullptr;
    Models::ArticleListModel *m_model = nullptr;
    Models::SearchResultsModel *m_searchModel = nullptr;
    Models::SearchWorker *m_searchWorker = nullptr;
    quint64 m_searchRequest = 0;
    quint64 m_countRequest = 0;
    quint64 m_countAnswered = 0;
    QListView *m_queueView = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_searchField = nullptr;
    QLabel *m_searchNotice = nullptr;
    QStackedWidget *m_listStack = nullptr;
    ArticleListView *m_articleView = nullptr;
    ArticleListView *m_searchView = nullptr;
    ArticleEditor *m_editor = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    DetailsPanel *m_details = nullptr;
    CommentsPanel *m_comments = nullptr;
    HistoryPanel *m_history = nullptr;
    SyncPanel *m_sync = nullptr;
    PhotoLibraryPanel *m_photos = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_saveSearchAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_insertPhotosAction = nullptr;
    QAction *m_gradeRoyaltyAction = nullptr;
    QAction *m_royaltiesAction = nullptr;  // null for who may not see royalties
    QAction *m_questionsAction = nullptr;  // null for who does not handle questions
    QuestionPuller *m_questionPuller = nullptr;  // null for who does not receive them
    QTimer *m_questionTimer = nullptr;
    QString m_photoTarget;  // the article photos being read are for
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QHash<Models::Action, QAction *> m_workflowActions;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    QTimer *m_publishTimer = nullptr;
    bool m_changingSelection = false;
};

} // namespace PortalDesk::Widgets
