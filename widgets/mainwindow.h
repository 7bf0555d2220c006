#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QTimer;
class QTreeView;

namespace PortalDesk::Models {
class ArticleListModel;
class ArticleStore;
class Newsroom;
} // namespace PortalDesk::Models

namespace PortalDesk::Widgets {

class ArticleEditor;

// The desk: the newsroom's articles on the left, the open one on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Models::Newsroom &newsroom, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTreeView *articleView() const { return m_articleView; }
    ArticleEditor *editor() const { return m_editor; }
    Models::ArticleListModel *articleModel() const { return m_model; }

    // Opens the article shown in the given row of the list.
    void openRow(int row);
    bool save();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreSettings();
    void onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    // Asks what to do with unsaved edits; false when the user cancels.
    bool maybeSave();
    void reload();
    void updateStatus();
    void updateTitle();
    void about();
    void publishDue();
    // Reads the list again and selects selectId, without reopening it.
    void reloadList(const QString &selectId);

    Models::Newsroom &m_newsroom;
    std::unique_ptr<Models::ArticleStore> m_store;
    Models::ArticleListModel *m_model = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_articleView = nullptr;
    ArticleEditor *m_editor = nullptr;
    QLabel *m_statusLabel = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QTimer *m_publishTimer = nullptr;
    bool m_changingSelection = false;
};

} // namespace PortalDesk::Widgets
