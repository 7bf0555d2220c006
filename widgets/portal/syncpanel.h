#pragma once

#include "portalsync.h"
#include "syncworker.h"
#include "user.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace PortalDesk::Models {
class Newsroom;
}

namespace PortalDesk::Widgets {

// The portal sync in the desk: the portal, what waits to be sent, a run on a
// thread of its own with progress and cancel, the last result and its
// errors, and the articles left in conflict, each opened side by side with
// the portal's version to be settled either way.
class SyncPanel final : public QWidget
{
    Q_OBJECT

public:
    SyncPanel(Models::Newsroom &newsroom, const Models::User &user, QWidget *parent = nullptr);

    void refresh();
    void startSync();
    void cancelSync();
    bool isRunning() const { return m_running; }
    void configure();
    // Opens the conflict of this article side by side.
    void compare(const QString &articleId);

    QTreeWidget *problemList() const { return m_problems; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *syncButton() const { return m_syncButton; }

Q_SIGNALS:
    void syncFinished();
    // Articles changed in the newsroom (a text taken back): lists reload.
    void articlesChanged();

private:
    // The portal as the keyring and the user know it.
    QString targetName() const;
    void applyTarget();
    // Runs next once a server portal's password is known: from this
    // session, the keyring, or the user.
    void withPassword(const std::function<void()> &next);
    void onFinished(const Models::SyncSummary &summary, const QString &error);

    Models::Newsroom &m_newsroom;
    Models::User m_user;
    Models::SyncWorker *m_worker = nullptr;
    Models::SyncWorker::Target m_target;
    bool m_targetValid = false;
    bool m_passwordKnown = false;
    bool m_distrustKeyring = false;
    bool m_running = false;
    QLabel *m_portal = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_result = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTreeWidget *m_problems = nullptr;
    QLabel *m_errors = nullptr;
};

} // namespace PortalDesk::Widgets
