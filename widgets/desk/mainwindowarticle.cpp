// The open article: opening, saving, autosave, conflicts and the workflow
// actions. The window's construction is in mainwindow.cpp.
#include "mainwindow.h"

#include "articleactions.h"
#include "articleeditor.h"
#include "articlelistmodel.h"
#include "articlepanels.h"
#include "articlestore.h"
#include "auditlog.h"
#include "autosavestore.h"
#include "conflictdialog.h"
#include "connectionmonitor.h"
#include "editlocks.h"
#include "localization.h"
#include "markdownedit.h"
#include "newsroom.h"
#include "queuemodel.h"
#include "reasonbanner.h"
#include "reasondialog.h"
#include "royaltytext.h"
#include "searchresultsmodel.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

namespace PortalDesk::Widgets {

using Models::Action;

namespace {

bool sameText(const Models::Article &article, const Models::Autosave &text)
{
    return article.title == text.title && article.summary == text.summary && article.body == text.body
        && article.section == text.section && article.tags.join(QStringLiteral(", ")) == text.tags
        && article.source == text.source;
}

// An action's name ("trả lại", used inside sentences) as a title or at the
// start of a sentence.
QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// Starts at the time already set, if it is still ahead, else in an hour.
std::optional<QDateTime> askScheduleTime(QWidget *parent, const QDateTime &already)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("scheduleDialog"));
    dialog.setWindowTitle(MainWindow::tr("Schedule Publication"));
    const QDateTime now = QDateTime::currentDateTime();
    auto *when = new QDateTimeEdit(already.isValid() && already > now ? already.toLocalTime() : now.addSecs(3600), &dialog);
    when->setObjectName(QStringLiteral("scheduleTime"));
    when->setCalendarPopup(true);
    when->setMinimumDateTime(QDateTime::currentDateTime());
    when->setDisplayFormat(Models::Localization::dateTimeFormat());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(MainWindow::tr("Publish &at:"), when);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return when->dateTime();
}

} // namespace

void MainWindow::openRow(int row)
{
    const QModelIndex index = m_model->index(row, Models::ArticleListModel::TitleColumn);
    if (index.isValid())
        m_articleView->setCurrentIndex(index);
}

void MainWindow::onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_changingSelection || !current.isValid())
        return;
    const QString id = current.data(Models::ArticleListModel::IdRole).toString();
    if (m_editor->hasArticle() && m_editor->savedArticle().id == id)
        return;
    if (!openArticle(id)) {
        // Stay on the article whose edits the user kept.
        m_changingSelection = true;
        if (auto *view = current.model() == m_model ? m_articleView : m_searchView)
            view->setCurrentIndex(previous);
        m_changingSelection = false;
    }
}

bool MainWindow::openArticle(const QString &id)
{
    if (!maybeSave())
        return false;
    auto article = m_store->load(id);
    m_newerVersionNotice.clear();
    if (!article) {
        QMessageBox::warning(this, tr("Cannot open the article"), article.error().message);
        return false;
    }
    m_autosaveTimer->stop();
    m_editor->setArticle(article.value());
    // Opening again asks again: the lease of whoever held it may have run out.
    if (m_locks && m_locks->articleId() == id)
        m_locks->refresh();
    offerAutosave(article.value());
    rememberRecent(article.value());
    refreshPanels();
    updateActions();
    return true;
}

void MainWindow::focusBodyEnd()
{
    m_editor->bodyEdit()->moveCursor(QTextCursor::End);
    m_editor->bodyEdit()->setFocus();
}

void MainWindow::offerAutosave(const Models::Article &article)
{
    auto found = m_autosaves->find(m_user, article.id);
    if (!found || !found->has_value())
        return;
    const Models::Autosave text = found->value();
    if (sameText(article, text)) {
        (void)m_autosaves->discard(m_user, article.id);
        return;
    }
    QMessageBox question(QMessageBox::Question, tr("Unsaved Text Found"),
                         tr("You were editing \"%1\" at %2 and that text was never saved (the program may have "
                            "been closed or crashed). Restore it?")
                             .arg(text.title, Models::Localization::dateTimeText(text.savedAt)),
                         QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("restoreAutosaveBox"));
    QPushButton *restore = question.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    question.addButton(tr("&Discard"), QMessageBox::DestructiveRole)->setObjectName(QStringLiteral("discardButton"));
    question.setDefaultButton(restore);
    question.exec();
    if (question.clickedButton() == restore) {
        m_editor->restore(text);
        statusBar()->showMessage(tr("Restored the unsaved text; save to keep it as a version."), 8000);
    } else {
        (void)m_autosaves->discard(m_user, article.id);
    }
}

bool MainWindow::autosave()
{
    m_autosaveTimer->stop();
    if (!m_editor->hasArticle() || !m_editor->isModified() || !m_editor->isEditable())
        return true;
    const Models::Article text = m_editor->article();
    Models::Autosave autosave{text.id, text.version, text.title, text.summary, text.body, text.section,
                              text.tags.join(QStringLiteral(", ")), text.source, {}};
    if (Models::Status stored = m_autosaves->store(m_user, autosave); !stored) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(stored.error().message));
        return false;
    }
    statusBar()->showMessage(tr("Autosaved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                             3000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_editor->hasArticle() || !m_editor->isModified())
        return true;
    QMessageBox question(QMessageBox::Question, tr("Unsaved changes"),
                         tr("The article \"%1\" has changes that are not saved. Save them?").arg(m_editor->article().title),
                         QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    question.setObjectName(QStringLiteral("unsavedChangesBox"));
    question.setDefaultButton(QMessageBox::Save);
    const int answer = question.exec();
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    m_autosaveTimer->stop();
    (void)m_autosaves->discard(m_user, m_editor->savedArticle().id);
    m_editor->setModified(false);
    return true;
}

bool MainWindow::save()
{
    if (!m_editor->hasArticle() || !m_editor->isEditable())
        return false;
    const Models::Article mine = m_editor->article();
    auto saved = m_store->save(mine, &m_user);
    if (!saved) {
        // The user's text stays in the editor whatever went wrong.
        autosave();
        if (saved.error().code == Models::ErrorCode::Conflict)
            return resolveConflict(mine, saved.error().message);
        QMessageBox::warning(this, tr("Cannot save the article"), saved.error().message);
        return false;
    }
    m_autosaveTimer->stop();
    (void)m_autosaves->discard(m_user, saved->id);
    m_editor->setArticle(saved.value());
    statusBar()->showMessage(tr("Saved version %1.").arg(saved->version), 5000);
    // A save moves the article to the top of the list.
    reloadList(saved->id);
    refreshPanels();
    refreshCounts();
    return true;
}

bool MainWindow::resolveConflict(const Models::Article &mine, const QString &message)
{
    auto theirs = m_store->load(mine.id);
    if (!theirs) {
        QMessageBox::warning(this, tr("Cannot save the article"), message + u"\n" + theirs.error().message);
        return false;
    }
    // On the stack, not WA_DeleteOnClose: exec() deletes such a dialog when
    // it closes, and its choice is read after (a use after free
    // AddressSanitizer found in tst_mainwindow's staleSaveShowsConflict).
    ConflictDialog dialog(message, theirs.value(), mine, this);
    dialog.exec();
    switch (dialog.choice()) {
    case ConflictDialog::Choice::KeepMine: {
        Models::Article onTop = mine;
        onTop.version = theirs->version;
        m_editor->restore(Models::Autosave{onTop.id, onTop.version, onTop.title, onTop.summary, onTop.body,
                                           onTop.section, onTop.tags.join(QStringLiteral(", ")), onTop.source, {}});
        return save();
    }
    case ConflictDialog::Choice::MergeByHand: {
        m_editor->restore(Models::Autosave{mine.id, theirs->version, mine.title, mine.summary, mine.body, mine.section,
                                           mine.tags.join(QStringLiteral(", ")), mine.source, {}});
        autosave();
        // The differences stay open beside the editor while merging.
        auto *reference = new ConflictDialog(message, theirs.value(), mine, this);
        reference->setAttribute(Qt::WA_DeleteOnClose);
        reference->setModal(false);
        reference->setWindowTitle(tr("Their Version and Yours"));
        reference->show();
        statusBar()->showMessage(tr("Your text is now based on version %1: bring in their changes, then save.")
                                     .arg(theirs->version));
        refreshPanels();
        return false;
    }
    case ConflictDialog::Choice::DropMine:
        (void)m_autosaves->discard(m_user, mine.id);
        m_editor->setArticle(theirs.value());
        refreshPanels();
        return true;
    }
    return false;
}

void MainWindow::newArticle()
{
    if (!Models::Workflow::mayCreate(m_user) || !maybeSave())
        return;
    // Wide enough for a headline of the usual length, whole.
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("newArticleDialog"));
    ask.setWindowTitle(tr("New Article"));
    ask.setLabelText(tr("Title of the new article:"));
    ask.resize(fontMetrics().averageCharWidth() * 90, ask.sizeHint().height());
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString title = ask.textValue().trimmed();
    if (title.isEmpty())
        return;
    auto created = m_store->create(Models::Article{.title = title}, &m_user);
    if (!created) {
        QMessageBox::warning(this, tr("Cannot create the article"), created.error().message);
        return;
    }
    refreshCounts();
    selectQueue(QStringLiteral("mine"));
    reloadList(created->id);
    openArticle(created->id);
    m_editor->bodyEdit()->setFocus();
}

bool MainWindow::perform(Action action)
{
    if (!m_editor->hasArticle())
        return false;
    if (m_editor->isModified() && !save())
        return false;
    const Models::Article article = m_editor->savedArticle();
    QString reason;
    QDateTime at;
    if (action == Action::Return || action == Action::Withdraw) {
        const auto given = ReasonDialog::ask(this, capitalized(Models::Workflow::actionDisplayName(action)),
                                             action == Action::Return ? tr("Why is the article returned?")
                                                                      : tr("Why is the article withdrawn?"));
        if (!given)
            return false;
        reason = *given;
    } else if (action == Action::Publish) {
        // What goes out now is read by the public at once: asked first.
        const auto answer = QMessageBox::question(
            this, capitalized(Models::Workflow::actionDisplayName(action)),
            tr("Publish \"%1\" on the portal now?").arg(article.title), QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return false;
    } else if (action == Action::Schedule) {
        const auto when = askScheduleTime(this, article.publishAt);
        if (!when)
            return false;
        at = *when;
    }
    auto done = m_actions->perform(article.id, action, m_user, reason, at);
    if (!done) {
        QMessageBox::warning(this, tr("Not done"), done.error().message);
        refreshPanels();
        return false;
    }
    m_editor->setArticle(done.value());
    statusBar()->showMessage(tr("%1: the article is now \"%2\".")
                                 .arg(capitalized(Models::Workflow::actionDisplayName(action)),
                                      Models::articleStateDisplayName(done->state)),
                             8000);
    refreshCounts();
    reloadList(done->id);
    refreshPanels();
    updateActions();
    return true;
}

void MainWindow::reload()
{
    if (!maybeSave())
        return;
    refreshCounts();
    const QString openId = m_editor->hasArticle() ? m_editor->savedArticle().id : QString();
    reloadList(openId);
    if (!openId.isEmpty())
        openArticle(openId);
}

void MainWindow::refreshPanels()
{
    if (!m_editor->hasArticle()) {
        m_details->setArticle(std::nullopt);
        m_comments->setComments({});
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("commentsDock")))
            dock->setWindowTitle(tr("Comments"));
        m_history->setHistory({}, {}, {});
        m_reasonBanner->clear();
        return;
    }
    const QString id = m_editor->savedArticle().id;
    m_details->setArticle(m_editor->savedArticle());
    if (seesRoyalties())
        m_details->setRoyalty(RoyaltyText::articleSummary(m_newsroom, m_editor->savedArticle()));
    if (auto comments = m_store->comments(id)) {
        m_comments->setComments(comments.value());
        // Seen from any tab: the dock's title counts them.
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("commentsDock")))
            dock->setWindowTitle(comments->isEmpty() ? tr("Comments") : tr("Comments (%1)").arg(comments->size()));
    }
    auto revisions = m_store->revisions(id);
    auto audit = Models::AuditLog::forArticle(m_newsroom.database(), id);
    m_history->setHistory(id, revisions ? revisions.value() : QList<Models::Revision>{},
                          audit ? audit.value() : QList<Models::AuditEntry>{});
    m_reasonBanner->setArticle(m_editor->savedArticle(), audit ? audit.value() : QList<Models::AuditEntry>{});
}

QString MainWindow::reasonNotice() const
{
    return m_reasonBanner->text();
}

void MainWindow::updateActions()
{
    const bool open = m_editor->hasArticle();
    const Models::Article &article = m_editor->savedArticle();
    const QList<Action> allowed = open ? Models::Workflow::allowedActions(article.state, article.authorId, m_user)
                                       : QList<Action>{};
    // On a shared newsroom only the holder of the edit lock types.
    if (m_locks)
        keepLock(allowed.contains(Action::Edit));
    const bool locked = m_locks && !m_locks->articleId().isEmpty() && !m_locks->lock().mine;
    const bool editable = allowed.contains(Action::Edit) && !locked;
    if (open && editable != m_editor->isEditable())
        m_editor->setEditable(editable);
    const bool connected = !m_connection || m_connection->isConnected();
    m_saveAction->setEnabled(open && editable && connected && m_editor->isModified());
    m_findAction->setEnabled(open);
    m_insertPhotosAction->setEnabled(open && editable);
    // Graded once approved, and after it is out (its unit value is the day's).
    m_gradeRoyaltyAction->setEnabled(open && (article.state == Models::ArticleState::Approved || article.state == Models::ArticleState::Published));
    // What the workflow does not allow is not offered at all.
    for (auto it = m_workflowActions.cbegin(); it != m_workflowActions.cend(); ++it)
        it.value()->setVisible(allowed.contains(it.key()));
    m_comments->setCanComment(open);
}

} // namespace PortalDesk::Widgets
