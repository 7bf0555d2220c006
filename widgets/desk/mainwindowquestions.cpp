// MainWindow and citizens' questions: the question staff, editors and chief
// editors open the questions' window from the Questions menu; every few
// minutes the desk brings the portal's new questions in, away from the UI
// thread, and says in the status bar how many came.
#include "mainwindow.h"

#include "newsroom.h"
#include "newsroomsettings.h"
#include "portalpassword.h"
#include "questionpuller.h"
#include "questionswindow.h"
#include "questionworkflow.h"
#include "wordpressclient.h"

#include <QAction>
#include <QStatusBar>
#include <QTimer>

namespace PortalDesk::Widgets {

void MainWindow::createQuestionActions()
{
    if (!Models::QuestionWorkflow::handlesQuestions(m_user))
        return;
    m_questionsAction = new QAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("Open the &Questions Window"), this);
    m_questionsAction->setObjectName(QStringLiteral("actionQuestions"));
    m_questionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(m_questionsAction, &QAction::triggered, this, &MainWindow::openQuestions);
    // The newsroom takes new questions from its question staff and chiefs
    // (editors polish answers, they do not receive questions): their desks
    // pull. Every five minutes, as the portal's form is not a chat.
    if (!m_user.has(Models::Role::Qa) && !m_user.has(Models::Role::ChiefEditor))
        return;
    m_questionPuller = new QuestionPuller(m_newsroom.url(), this);
    connect(m_questionPuller, &QuestionPuller::finished, this,
            [this](const Models::QuestionPullSummary &summary, const QString &error) {
                if (!error.isEmpty()) {
                    statusBar()->showMessage(tr("New questions could not be brought from the portal: %1").arg(error), 15000);
                    return;
                }
                if (summary.added > 0)
                    statusBar()->showMessage(tr("%n new question(s) came from the portal.", nullptr, summary.added), 30000);
                if (summary.added + summary.deletedOnPortal > 0) {
                    if (auto *window = qobject_cast<QuestionsWindow *>(m_questions.data()))
                        window->refresh();
                }
            });
    m_questionTimer = new QTimer(this);
    m_questionTimer->setObjectName(QStringLiteral("questionPullTimer"));
    m_questionTimer->setInterval(std::chrono::minutes(5));
    connect(m_questionTimer, &QTimer::timeout, this, &MainWindow::pullQuestions);
    m_questionTimer->start();
    // And soon after the desk opens: Monday morning's questions at once.
    QTimer::singleShot(std::chrono::seconds(5), this, &MainWindow::pullQuestions);
}

void MainWindow::pullQuestions()
{
    if (!m_questionPuller || m_questionPuller->isRunning())
        return;
    // Read each time: an admin may set or change the portal while the desk is open.
    const QString url = Models::NewsroomSettings(m_newsroom).value(Models::NewsroomSettings::portalUrl).value_or(QString());
    // Only a portal database has the form's table; a WordPress site has none.
    if (url.isEmpty() || Models::WordPressSite::looksLike(url))
        return;
    auto portal = Models::NewsroomUrl::parsePortal(url);
    if (!portal) {
        statusBar()->showMessage(portal.error().message, 15000);
        return;
    }
    if (portal->backend == Models::NewsroomUrl::Backend::Sqlite) {
        m_questionPuller->setPortal(portal.value());
        m_questionPuller->pull(m_user);
        return;
    }
    // A server's password from the keyring, where the sync keeps it; never
    // asked for by a timer: without one, the environment's (~/.pgpass).
    PortalPassword::read(portal->display(), this, [this, url = portal.value()](bool found, const QString &password) {
        m_questionPuller->setPortal(url, found ? password : QString());
        m_questionPuller->pull(m_user);
    });
}

void MainWindow::openQuestions()
{
    if (!m_questions) {
        // A window of its own that goes when the desk goes.
        auto *window = new QuestionsWindow(m_newsroom, m_user, this);
        window->setWindowFlag(Qt::Window);
        m_questions = window;
    }
    m_questions->show();
    m_questions->raise();
    m_questions->activateWindow();
}

} // namespace PortalDesk::Widgets
