#include "gazettewindow.h"

#include "gazettedocumentform.h"
#include "gazetteprint.h"
#include "gazettestore.h"
#include "helpdialogs.h"
#include "legaltextedit.h"
#include "newissuedialog.h"
#include "newsroom.h"
#include "newsroomsettings.h"
#include "windowsize.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

using namespace Models;

namespace {

enum Roles { IdRole = Qt::UserRole, LineRole };

QString stateName(ArticleState state)
{
    return articleStateDisplayName(state);
}

} // namespace

GazetteWindow::GazetteWindow(Newsroom &newsroom, User user, QWidget *parent)
    : QMainWindow(parent)
    , m_newsroom(newsroom)
    , m_user(std::move(user))
    , m_form(new GazetteDocumentForm(this))
    , m_editor(new LegalTextEdit(this))
    , m_documents(new QTreeWidget(this))
    , m_outline(new QTreeWidget(this))
    , m_problems(new QListWidget(this))
    , m_issues(new QComboBox(this))
    , m_contents(new QListWidget(this))
    , m_checkTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("gazetteWindow"));
    setWindowTitle(tr("Công báo — PortalDesk"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *central = new QSplitter(Qt::Vertical, this);
    central->addWidget(m_form);
    central->addWidget(m_editor);
    central->setStretchFactor(1, 1);
    central->setChildrenCollapsible(false);
    setCentralWidget(central);
    m_form->clear();

    // Checked a moment after typing stops: parsing is cheap, repainting
    // the outline on every key is not.
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(300);
    connect(m_checkTimer, &QTimer::timeout, this, &GazetteWindow::check);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_modified = true;
        scheduleCheck();
        updateActions();
    });
    connect(m_form, &GazetteDocumentForm::changed, this, [this] {
        m_modified = true;
        updateActions();
    });

    createDocks();
    createActions();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    addHelpActions(help, this);
    refreshDocuments();
    refreshIssues();
    m_modified = false;
    check();
    updateActions();
    fitToScreen(this, QSize(1280, 860));
}

GazetteWindow::~GazetteWindow() = default;

void GazetteWindow::createActions()
{
    const auto action = [this](const char *key, const QString &icon, const QString &text, const QKeySequence &shortcut = {}) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(QString::fromLatin1(key));
        a->setShortcut(shortcut);
        m_actions.insert(QString::fromLatin1(key), a);
        return a;
    };
    QMenu *documentMenu = menuBar()->addMenu(tr("&Document"));
    QToolBar *toolbar = addToolBar(tr("Công báo"));
    toolbar->setObjectName(QStringLiteral("gazetteToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    QAction *newDocument = action("actionGazetteNew", QStringLiteral("document-new"), tr("&New Document"), QKeySequence::New);
    connect(newDocument, &QAction::triggered, this, [this] {
        if (!confirmDiscard())
            return;
        m_documentId.clear();
        m_imported.reset();
        m_documentState = ArticleState::Draft;
        m_form->clear();
        m_editor->clear();
        m_modified = false;
        updateActions();
    });
    QAction *import = action("actionGazetteImport", QStringLiteral("document-import"), tr("&Import File…"), QKeySequence::Open);
    connect(import, &QAction::triggered, this, [this] {
        if (!confirmDiscard())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a Document"), {},
                                                          tr("Documents (*.docx *.odt *.txt);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    QAction *paste = action("actionGazetteFromClipboard", QStringLiteral("edit-paste"), tr("New from &Clipboard"));
    connect(paste, &QAction::triggered, this, [this] {
        if (confirmDiscard())
            importText(QApplication::clipboard()->text());
    });
    QAction *saveAction = action("actionGazetteSave", QStringLiteral("document-save"), tr("&Save"), QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &GazetteWindow::save);
    QAction *submit = action("actionGazetteSubmit", QStringLiteral("mail-send"), tr("Su&bmit for Approval"));
    connect(submit, &QAction::triggered, this, [this] { perform(ReviewAction::Submit, false); });
    QAction *approve = action("actionGazetteApprove", QStringLiteral("dialog-ok-apply"), tr("&Approve"));
    connect(approve, &QAction::triggered, this, [this] { perform(ReviewAction::Approve, false); });
    QAction *sendBack = action("actionGazetteReturn", QStringLiteral("edit-undo"), tr("&Return…"));
    connect(sendBack, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Return the Document"), tr("Why is it sent back?"), QLineEdit::Normal, {}, &ok);
        if (ok)
            perform(ReviewAction::Return, false, reason);
    });
    for (QAction *a : {newDocument, import, paste, saveAction})
        documentMenu->addAction(a);
    documentMenu->addSeparator();
    for (QAction *a : {submit, approve, sendBack})
        documentMenu->addAction(a);
    documentMenu->addSeparator();
    QAction *close = action("actionGazetteClose", QStringLiteral("window-close"), tr("&Close"), QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    documentMenu->addAction(close);
    for (QAction *a : {import, saveAction, submit, approve})
        toolbar->addAction(a);

    QMenu *issueMenu = menuBar()->addMenu(tr("&Issue"));
    QAction *newIssueAction = action("actionIssueNew", QStringLiteral("folder-new"), tr("&New Issue…"));
    connect(newIssueAction, &QAction::triggered, this, [this] {
        NewIssueDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && dialog.number())
            newIssue(dialog.date().year(), *dialog.number(), dialog.date());
    });
    QAction *add = action("actionIssueAdd", QStringLiteral("list-add"), tr("&Add Document to Issue"));
    connect(add, &QAction::triggered, this, &GazetteWindow::addCurrentToIssue);
    QAction *remove = action("actionIssueRemove", QStringLiteral("list-remove"), tr("&Remove from Issue"));
    connect(remove, &QAction::triggered, this, [this] {
        const QListWidgetItem *item = m_contents->currentItem();
        if (!item)
            return;
        if (Status removed = GazetteStore(m_newsroom).removeFromIssue(currentIssueId(), item->data(IdRole).toString(), m_user); !removed)
            error(removed.error().message);
        refreshIssueContents();
        refreshDocuments();
    });
    QAction *exportPdf = action("actionIssueExportPdf", QStringLiteral("document-export"), tr("Export &PDF…"));
    connect(exportPdf, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the Issue"), tr("cong-bao.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportIssue(path);
    });
    QAction *exportOdt = action("actionIssueExportOdt", QStringLiteral("document-export"), tr("Export &ODT…"));
    connect(exportOdt, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the Issue"), tr("cong-bao.odt"), tr("OpenDocument (*.odt)"));
        if (!path.isEmpty())
            exportIssue(path);
    });
    QAction *submitIssue = action("actionIssueSubmit", QStringLiteral("mail-send"), tr("S&ubmit Issue for Approval"));
    connect(submitIssue, &QAction::triggered, this, [this] { perform(ReviewAction::Submit, true); });
    QAction *approveIssue = action("actionIssueApprove", QStringLiteral("dialog-ok-apply"), tr("&Approve Issue"));
    connect(approveIssue, &QAction::triggered, this, [this] { perform(ReviewAction::Approve, true); });
    QAction *returnIssue = action("actionIssueReturn", QStringLiteral("edit-undo"), tr("R&eturn Issue…"));
    connect(returnIssue, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Return the Issue"), tr("Why is it sent back?"), QLineEdit::Normal, {}, &ok);
        if (ok)
            perform(ReviewAction::Return, true, reason);
    });
    QAction *withdrawIssue = action("actionIssueWithdraw", QStringLiteral("edit-delete"), tr("&Withdraw Issue…"));
    connect(withdrawIssue, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Withdraw the Issue"),
                                                     tr("Why is it taken down from the portal?"), QLineEdit::Normal, {}, &ok);
        if (ok)
            perform(ReviewAction::Withdraw, true, reason);
    });
    for (QAction *a : {newIssueAction, add, remove, exportPdf, exportOdt, submitIssue, approveIssue, returnIssue, withdrawIssue})
        issueMenu->addAction(a);
    toolbar->addSeparator();
    for (QAction *a : {add, exportPdf})
        toolbar->addAction(a);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        viewMenu->addAction(dock->toggleViewAction());
}

void GazetteWindow::createDocks()
{
    const auto dock = [this](QWidget *widget, const QString &title, const char *name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(QString::fromLatin1(name));
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_documents->setObjectName(QStringLiteral("gazetteDocuments"));
    m_documents->setHeaderLabels({tr("Symbol"), tr("Summary"), tr("State")});
    m_documents->setRootIsDecorated(false);
    m_documents->header()->setStretchLastSection(false);
    m_documents->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_documents->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_documents->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Room for the symbol, some of the summary and the state.
    m_documents->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("1982/2026/NQ-HĐND Trích yếu văn bản Chờ biên tập")));
    connect(m_documents, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (confirmDiscard())
            openDocument(item->data(0, IdRole).toString());
    });
    dock(m_documents, tr("Documents"), "gazetteDocumentsDock", Qt::LeftDockWidgetArea);

    // The issue: which one, and its contents in print order; drag to reorder.
    auto *issuePanel = new QWidget(this);
    auto *issueLayout = new QVBoxLayout(issuePanel);
    issueLayout->setContentsMargins(0, 0, 0, 0);
    m_issues->setObjectName(QStringLiteral("issueCombo"));
    m_contents->setObjectName(QStringLiteral("issueContents"));
    m_contents->setDragDropMode(QAbstractItemView::InternalMove);
    m_contents->setWordWrap(true);
    issueLayout->addWidget(m_issues);
    issueLayout->addWidget(m_contents, 1);
    connect(m_issues, &QComboBox::currentIndexChanged, this, [this] {
        refreshIssueContents();
        updateActions();
    });
    connect(m_contents->model(), &QAbstractItemModel::rowsMoved, this, [this](const QModelIndex &, int from, int, const QModelIndex &, int to) {
        const QString id = m_contents->item(to > from ? to - 1 : to)->data(IdRole).toString();
        if (Status moved = GazetteStore(m_newsroom).moveInIssue(currentIssueId(), id, to > from ? to - 1 : to, m_user); !moved)
            error(moved.error().message);
        QTimer::singleShot(0, this, &GazetteWindow::refreshIssueContents);
    });
    connect(m_contents, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (confirmDiscard())
            openDocument(item->data(IdRole).toString());
    });
    dock(issuePanel, tr("Issue"), "gazetteIssueDock", Qt::LeftDockWidgetArea);

    m_outline->setObjectName(QStringLiteral("gazetteOutline"));
    m_outline->setHeaderHidden(true);
    connect(m_outline, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { m_editor->goToLine(item->data(0, LineRole).toInt()); });
    connect(m_outline, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { m_editor->goToLine(item->data(0, LineRole).toInt()); });
    dock(m_outline, tr("Outline"), "gazetteOutlineDock", Qt::RightDockWidgetArea);

    m_problems->setObjectName(QStringLiteral("gazetteProblems"));
    m_problems->setWordWrap(true);
    connect(m_problems, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { m_editor->goToLine(item->data(LineRole).toInt()); });
    connect(m_problems, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { m_editor->goToLine(item->data(LineRole).toInt()); });
    dock(m_problems, tr("Problems"), "gazetteProblemsDock", Qt::RightDockWidgetArea);
}

bool GazetteWindow::importFile(const QString &path)
{
    auto imported = DocumentImport::fromFile(path);
    if (!imported) {
        error(imported.error().message);
        return false;
    }
    m_imported = imported.value();
    m_documentId.clear();
    m_documentState = ArticleState::Draft;
    m_form->clear();
    m_editor->setPlainText(imported->text);
    if (imported->convertedFrom != LegacyEncoding::None) {
        statusBar()->showMessage(tr("%1 was written in %2 and was converted to Unicode.")
                                     .arg(imported->fileName, legacyEncodingName(imported->convertedFrom)));
    } else {
        statusBar()->showMessage(tr("Imported %1. Fill in the metadata, then save.").arg(imported->fileName));
    }
    check();
    updateActions();
    return true;
}

void GazetteWindow::importText(const QString &text)
{
    m_imported = DocumentImport::fromClipboardText(text);
    m_documentId.clear();
    m_documentState = ArticleState::Draft;
    m_form->clear();
    m_editor->setPlainText(m_imported->text);
    check();
    updateActions();
}

bool GazetteWindow::save()
{
    GazetteStore store(m_newsroom);
    const Result<GazetteDocument> saved = m_documentId.isEmpty()
        ? store.addDocument(m_form->meta(), m_editor->toPlainText(), m_imported ? &*m_imported : nullptr, m_user)
        : store.updateDocument(m_documentId, m_documentVersion, m_form->meta(), m_editor->toPlainText(), m_user);
    if (!saved) {
        error(saved.error().message);
        return false;
    }
    m_documentId = saved->id;
    m_documentVersion = saved->version;
    m_documentState = saved->state;
    m_imported.reset();
    m_modified = false;
    statusBar()->showMessage(tr("Saved %1.").arg(saved->meta.symbol), 5000);
    refreshDocuments();
    refreshIssueContents();
    updateActions();
    return true;
}

void GazetteWindow::openDocument(const QString &id)
{
    auto document = GazetteStore(m_newsroom).document(id);
    if (!document) {
        error(document.error().message);
        return;
    }
    m_documentId = document->id;
    m_documentVersion = document->version;
    m_documentState = document->state;
    m_imported.reset();
    m_form->setMeta(document->meta);
    m_editor->setPlainText(document->body);
    m_modified = false;
    check();
    updateActions();
}

bool GazetteWindow::newIssue(int year, const GazetteIssueNumber &number, const QDate &date)
{
    auto issue = GazetteStore(m_newsroom).newIssue(year, number, date, m_user);
    if (!issue) {
        error(issue.error().message);
        return false;
    }
    refreshIssues();
    selectIssue(issue->id);
    return true;
}

bool GazetteWindow::addCurrentToIssue()
{
    if (m_documentId.isEmpty() || m_modified) {
        if (!save())
            return false;
    }
    if (currentIssueId().isEmpty()) {
        error(tr("Make an issue first (Issue › New Issue…)."));
        return false;
    }
    if (Status added = GazetteStore(m_newsroom).addToIssue(currentIssueId(), {m_documentId}, m_user); !added) {
        error(added.error().message);
        return false;
    }
    refreshIssueContents();
    refreshDocuments();
    return true;
}

bool GazetteWindow::exportIssue(const QString &path)
{
    GazetteStore store(m_newsroom);
    auto issue = store.issue(currentIssueId());
    if (!issue) {
        error(issue.error().message);
        return false;
    }
    NewsroomSettings settings(m_newsroom);
    QString province = settings.value(NewsroomSettings::provinceName).value_or(QString());
    if (province.isEmpty()) {
        bool ok = false;
        province = QInputDialog::getText(this, tr("Province"), tr("The province's name, as the cover prints it:"), QLineEdit::Normal,
                                         {}, &ok)
                       .trimmed();
        if (!ok || province.isEmpty())
            return false;
        if (Status stored = settings.setValue(NewsroomSettings::provinceName, province); !stored)
            error(stored.error().message);
    }
    auto contents = store.issueContents(issue->id);
    if (!contents) {
        error(contents.error().message);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    GazettePrint print(issue.value(), contents.value(), province);
    const Status written = path.endsWith(QStringLiteral(".odt"), Qt::CaseInsensitive) ? print.writeOdt(path) : print.writePdf(path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        error(written.error().message);
        return false;
    }
    statusBar()->showMessage(tr("Wrote %1 (%n page(s)).", nullptr, print.pageCount()).arg(QFileInfo(path).fileName()), 8000);
    if (!print.draftReasons().isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Exported as a draft"),
                                    tr("%1 is marked DỰ THẢO (draft) on every page:").arg(QFileInfo(path).fileName()), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("gazetteDraftExported"));
        box->setInformativeText(print.draftReasons().mid(0, 8).join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return true;
}

bool GazetteWindow::perform(ReviewAction action, bool onIssue, const QString &reason)
{
    const QString id = onIssue ? currentIssueId() : m_documentId;
    if (id.isEmpty())
        return false;
    if (!onIssue && m_modified && !save())
        return false;
    auto state = GazetteStore(m_newsroom).perform(id, action, m_user, reason);
    if (!state) {
        error(state.error().message);
        return false;
    }
    if (!onIssue)
        openDocument(id);
    refreshDocuments();
    refreshIssues();
    statusBar()->showMessage(tr("Now %1.").arg(stateName(state.value())), 5000);
    return true;
}

void GazetteWindow::selectIssue(const QString &id)
{
    m_issues->setCurrentIndex(qMax(0, m_issues->findData(id)));
}

QString GazetteWindow::currentIssueId() const
{
    return m_issues->currentData().toString();
}

QStringList GazetteWindow::problemTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_problems->count(); ++i)
        texts << m_problems->item(i)->text();
    return texts;
}

void GazetteWindow::refreshDocuments()
{
    auto documents = GazetteStore(m_newsroom).documents();
    if (!documents) {
        error(documents.error().message);
        return;
    }
    m_documents->clear();
    for (const GazetteDocument &d : std::as_const(documents.value())) {
        auto *item = new QTreeWidgetItem(m_documents, {d.meta.symbol, d.meta.summary, stateName(d.state)});
        item->setData(0, IdRole, d.id);
        item->setToolTip(1, d.meta.summary);
    }
}

void GazetteWindow::refreshIssues()
{
    auto issues = GazetteStore(m_newsroom).issues();
    if (!issues) {
        error(issues.error().message);
        return;
    }
    const QString current = currentIssueId();
    const QSignalBlocker blocker(m_issues);
    m_issues->clear();
    for (const GazetteIssue &issue : std::as_const(issues.value())) {
        m_issues->addItem(tr("Số %1/%2 — %3 (%4)")
                              .arg(issue.number.text())
                              .arg(issue.year)
                              .arg(QLocale().toString(issue.publishedOn, QLocale::ShortFormat), stateName(issue.state)),
                          issue.id);
    }
    if (!current.isEmpty())
        m_issues->setCurrentIndex(qMax(0, m_issues->findData(current)));
    refreshIssueContents();
    updateActions();
}

void GazetteWindow::refreshIssueContents()
{
    m_contents->clear();
    if (currentIssueId().isEmpty())
        return;
    auto contents = GazetteStore(m_newsroom).issueContents(currentIssueId());
    if (!contents) {
        error(contents.error().message);
        return;
    }
    for (const GazetteDocument &d : std::as_const(contents.value())) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(d.meta.symbol, d.meta.summary), m_contents);
        item->setData(IdRole, d.id);
        item->setToolTip(stateName(d.state));
    }
}

void GazetteWindow::scheduleCheck()
{
    m_checkTimer->start();
}

void GazetteWindow::check()
{
    m_structure = LegalStructureParser::parse(m_editor->toPlainText());
    GazetteStore store(m_newsroom);
    m_citationNotes = LegalStructureParser::unknownCitations(m_structure, [&](const QString &symbol) { return store.isKnownSymbol(symbol); });

    m_outline->clear();
    // A document issued with the text (its Quy định, an appendix) holds
    // its own Phần, Chương and Điều.
    QTreeWidgetItem *attachment = nullptr;
    QTreeWidgetItem *part = nullptr;
    QTreeWidgetItem *chapter = nullptr;
    QTreeWidgetItem *section = nullptr;
    QTreeWidgetItem *planPart = nullptr;
    for (const LegalHeading &heading : std::as_const(m_structure.outline)) {
        const QString text = heading.title.isEmpty() ? heading.label : tr("%1. %2").arg(heading.label, heading.title);
        QTreeWidgetItem *parent = nullptr;
        switch (heading.level) {
        case LegalLevel::Attachment:
            part = chapter = section = planPart = nullptr;
            break;
        case LegalLevel::PlanPart:
            parent = attachment;
            break;
        case LegalLevel::PlanSection:
            parent = planPart ? planPart : attachment;
            break;
        case LegalLevel::Part:
            parent = attachment;
            chapter = section = nullptr;
            break;
        case LegalLevel::Chapter:
            parent = part ? part : attachment;
            section = nullptr;
            break;
        case LegalLevel::Section:
            parent = chapter ? chapter : part ? part : attachment;
            break;
        default:
            parent = section ? section : chapter ? chapter : part ? part : attachment;
            break;
        }
        auto *item = parent ? new QTreeWidgetItem(parent, {text}) : new QTreeWidgetItem(m_outline, {text});
        item->setData(0, LineRole, heading.line);
        if (heading.level == LegalLevel::Attachment)
            attachment = item;
        else if (heading.level == LegalLevel::Part)
            part = item;
        else if (heading.level == LegalLevel::Chapter)
            chapter = item;
        else if (heading.level == LegalLevel::Section)
            section = item;
        else if (heading.level == LegalLevel::PlanPart)
            planPart = item;
    }
    m_outline->expandAll();

    m_problems->clear();
    const auto add = [this](const LegalProblem &problem, const QString &icon, const QString &text) {
        auto *item = new QListWidgetItem(QIcon::fromTheme(icon), text, m_problems);
        item->setData(LineRole, problem.line);
    };
    for (const LegalProblem &problem : std::as_const(m_structure.problems))
        add(problem, QStringLiteral("dialog-warning"), tr("Line %1: %2").arg(problem.line + 1).arg(problem.message));
    for (const LegalProblem &note : std::as_const(m_structure.notes))
        add(note, QStringLiteral("dialog-information"), tr("Line %1: %2").arg(note.line + 1).arg(note.message));
    for (const LegalProblem &note : std::as_const(m_citationNotes))
        add(note, QStringLiteral("dialog-information"), tr("Line %1: %2").arg(note.line + 1).arg(note.message));
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("gazetteProblemsDock")))
        dock->setWindowTitle(m_structure.problems.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(m_structure.problems.size()));
}

void GazetteWindow::updateActions()
{
    if (m_actions.isEmpty())
        return;
    const bool gazette = m_user.has(Role::Gazette);
    const bool chief = m_user.has(Role::ChiefEditor);
    const bool stored = !m_documentId.isEmpty();
    const bool editable = !stored || ReviewRules::mayEdit(m_documentState, m_user, Role::Gazette);
    m_editor->setReadOnly(!editable);
    m_form->setReadOnly(!editable);
    for (const char *key : {"actionGazetteNew", "actionGazetteImport", "actionGazetteFromClipboard", "actionIssueNew", "actionIssueRemove"})
        m_actions.value(QString::fromLatin1(key))->setVisible(gazette);
    m_actions.value(QStringLiteral("actionGazetteSave"))->setEnabled(editable && (m_modified || !stored) && (gazette || chief));
    m_actions.value(QStringLiteral("actionGazetteSubmit"))->setVisible(gazette);
    m_actions.value(QStringLiteral("actionGazetteSubmit"))->setEnabled(
        ReviewRules::check(ReviewAction::Submit, m_documentState, m_user, Role::Gazette).ok() && (stored || m_modified));
    for (const char *key : {"actionGazetteApprove", "actionGazetteReturn", "actionIssueApprove", "actionIssueReturn", "actionIssueWithdraw"})
        m_actions.value(QString::fromLatin1(key))->setVisible(chief);
    m_actions.value(QStringLiteral("actionGazetteApprove"))->setEnabled(stored && ReviewRules::check(ReviewAction::Approve, m_documentState, m_user, Role::Gazette).ok());
    m_actions.value(QStringLiteral("actionGazetteReturn"))->setEnabled(stored && ReviewRules::check(ReviewAction::Return, m_documentState, m_user, Role::Gazette).ok());
    const bool issue = !currentIssueId().isEmpty();
    m_actions.value(QStringLiteral("actionIssueAdd"))->setVisible(gazette);
    m_actions.value(QStringLiteral("actionIssueAdd"))->setEnabled(issue);
    m_actions.value(QStringLiteral("actionIssueSubmit"))->setVisible(gazette);
    for (const char *key : {"actionIssueExportPdf", "actionIssueExportOdt", "actionIssueSubmit", "actionIssueApprove",
                            "actionIssueReturn", "actionIssueWithdraw"})
        m_actions.value(QString::fromLatin1(key))->setEnabled(issue);
}

void GazetteWindow::error(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("Công báo"), message);
}

bool GazetteWindow::confirmDiscard()
{
    if (!m_modified)
        return true;
    const auto answer = QMessageBox::question(this, tr("Công báo"), tr("The document has unsaved changes. Save them?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void GazetteWindow::closeEvent(QCloseEvent *event)
{
    if (confirmDiscard())
        event->accept();
    else
        event->ignore();
}

} // namespace PortalDesk::Widgets
