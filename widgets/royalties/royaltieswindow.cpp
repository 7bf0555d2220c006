#include "royaltieswindow.h"

#include "gradedialog.h"
#include "helpdialogs.h"
#include "localization.h"
#include "newsroom.h"
#include "newsroomsettings.h"
#include "reopenmonthdialog.h"
#include "royaltystatementexport.h"
#include "royaltytext.h"
#include "windowsize.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTabWidget>
#include <QThreadPool>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

using namespace Models;
using namespace Qt::StringLiterals;

namespace {

enum Roles { ArticleRole = Qt::UserRole, MediaRole };
enum UngradedColumn { TitleColumn, WorkColumn, PublishedColumn };
enum StatementColumn { NameColumn, UnitColumn, ItemsColumn, GrossColumn, WithheldColumn, NetColumn, StatementColumns };

// How many months back the picker lists; older ones are reached with the
// Previous button.
constexpr int monthsListed = 24;

RoyaltyMonth shifted(const RoyaltyMonth &month, int months)
{
    const QDate first = QDate(month.year, month.month, 1).addMonths(months);
    return {first.year(), first.month()};
}

QString amount(qint64 dong)
{
    return QLocale().toString(dong);
}

} // namespace

RoyaltiesWindow::RoyaltiesWindow(Newsroom &newsroom, User user, QWidget *parent)
    : QMainWindow(parent)
    , m_newsroom(newsroom)
    , m_user(std::move(user))
    , m_month(RoyaltyMonth::of(QDateTime::currentDateTimeUtc()))
    , m_monthBox(new QComboBox(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_tabs(new QTabWidget(this))
    , m_ungraded(new QTreeWidget(this))
    , m_banner(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_scheduleLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("royaltiesWindow"));
    setWindowTitle(tr("Royalties — PortalDesk"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_monthBox->setObjectName(QStringLiteral("royaltyMonth"));
    m_monthBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_previous->setObjectName(QStringLiteral("royaltyPreviousMonth"));
    m_previous->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));
    m_previous->setText(tr("Previous month"));
    m_previous->setToolTip(tr("Previous month"));
    m_previous->setArrowType(QIcon::hasThemeIcon(QStringLiteral("go-previous")) ? Qt::NoArrow : Qt::LeftArrow);
    m_next->setObjectName(QStringLiteral("royaltyNextMonth"));
    m_next->setIcon(QIcon::fromTheme(QStringLiteral("go-next")));
    m_next->setText(tr("Next month"));
    m_next->setToolTip(tr("Next month"));
    m_next->setArrowType(QIcon::hasThemeIcon(QStringLiteral("go-next")) ? Qt::NoArrow : Qt::RightArrow);

    m_ungraded->setObjectName(QStringLiteral("royaltyUngraded"));
    m_ungraded->setRootIsDecorated(false);
    m_ungraded->setAlternatingRowColors(true);
    m_ungraded->setUniformRowHeights(true);
    m_ungraded->setHeaderLabels({tr("Title"), tr("Work"), tr("Published")});
    m_ungraded->header()->setStretchLastSection(false);
    m_ungraded->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_ungraded->header()->setSectionResizeMode(WorkColumn, QHeaderView::ResizeToContents);
    m_ungraded->header()->setSectionResizeMode(PublishedColumn, QHeaderView::ResizeToContents);

    m_banner->setObjectName(QStringLiteral("royaltyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    m_table->setObjectName(QStringLiteral("royaltyStatement"));
    m_table->setAlternatingRowColors(true);
    m_table->setHeaderLabels({tr("Name"), tr("Unit"), tr("Items"), tr("Gross (đ)"), tr("Withheld (đ)"), tr("Net (đ)")});
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(UnitColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(UnitColumn, fontMetrics().averageCharWidth() * 30);
    for (int column : {ItemsColumn, GrossColumn, WithheldColumn, NetColumn}) {
        m_table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        m_table->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    auto *statementPage = new QWidget(this);
    auto *statementLayout = new QVBoxLayout(statementPage);
    statementLayout->setContentsMargins(0, 0, 0, 0);
    statementLayout->addWidget(m_banner);
    statementLayout->addWidget(m_table, 1);
    m_tabs->setObjectName(QStringLiteral("royaltyTabs"));
    m_tabs->addTab(m_ungraded, tr("Ungraded"));
    m_tabs->addTab(statementPage, tr("Statement"));
    setCentralWidget(m_tabs);
    m_scheduleLabel->setObjectName(QStringLiteral("royaltySchedule"));
    statusBar()->addPermanentWidget(m_scheduleLabel, 1);

    const QString province = NewsroomSettings(m_newsroom).value(NewsroomSettings::provinceName).value_or(QString());
    // The statement's heading, a Vietnamese accounting document whatever the desk's language.
    m_office = province.isEmpty() ? QStringLiteral("Cổng Thông tin điện tử")
                                  : QStringLiteral("Cổng Thông tin điện tử tỉnh ") + province;

    createActions();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    addHelpActions(help, this);
    fillMonths();
    connect(m_monthBox, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto chosen = RoyaltyMonth::parse(m_monthBox->currentData().toString()); chosen && !(*chosen == m_month)) {
            m_month = *chosen;
            refresh();
        }
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { stepMonth(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { stepMonth(1); });
    connect(m_ungraded, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        gradeRow(m_ungraded->indexOfTopLevelItem(item));
    });
    connect(m_ungraded, &QTreeWidget::currentItemChanged, this, &RoyaltiesWindow::updateActions);
    refresh();
    fitToScreen(this, QSize(1200, 760));
}

RoyaltiesWindow::~RoyaltiesWindow() = default;

void RoyaltiesWindow::createActions()
{
    const auto action = [this](const char *key, const QString &icon, const QString &text, const QKeySequence &shortcut = {}) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(QString::fromLatin1(key));
        a->setShortcut(shortcut);
        m_actions.insert(QString::fromLatin1(key), a);
        return a;
    };
    QMenu *menu = menuBar()->addMenu(tr("&Royalties"));
    menu->setObjectName(QStringLiteral("menuRoyalties"));
    QToolBar *toolbar = addToolBar(tr("Royalties"));
    toolbar->setObjectName(QStringLiteral("royaltiesToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("Month:"), this));
    toolbar->addWidget(m_previous);
    toolbar->addWidget(m_monthBox);
    toolbar->addWidget(m_next);
    toolbar->addSeparator();

    QAction *grade = action("actionRoyaltyGrade", QStringLiteral("document-edit"), tr("&Grade…"));
    connect(grade, &QAction::triggered, this, [this] { gradeRow(m_ungraded->indexOfTopLevelItem(m_ungraded->currentItem())); });
    QAction *exportAction = action("actionRoyaltyExport", QStringLiteral("document-export"), tr("&Export…"),
                                   QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, [this] {
        const QString pdf = tr("PDF, to print and sign (*.pdf)");
        const QString ods = tr("Spreadsheet (*.ods)");
        const QString csv = tr("CSV (*.csv)");
        const QString odt = tr("Text document (*.odt)");
        QString filter = pdf;
        QString path = QFileDialog::getSaveFileName(this, tr("Export the Statement"),
                                                    QStringLiteral("nhuan-but-%1.pdf").arg(m_month.key()),
                                                    QStringList{pdf, ods, csv, odt}.join(QStringLiteral(";;")), &filter);
        if (path.isEmpty())
            return;
        // The format is the suffix's: one the filter chose when none was typed.
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (!QStringList{u"pdf"_s, u"ods"_s, u"csv"_s, u"odt"_s}.contains(suffix))
            path += filter == ods ? u".ods"_s : filter == csv ? u".csv"_s : filter == odt ? u".odt"_s : u".pdf"_s;
        exportTo(path);
    });
    QAction *close = action("actionRoyaltyClose", QStringLiteral("object-locked"), tr("&Close the Month…"));
    connect(close, &QAction::triggered, this, &RoyaltiesWindow::closeMonth);
    QAction *reopen = action("actionRoyaltyReopen", QStringLiteral("object-unlocked"), tr("Re&open…"));
    connect(reopen, &QAction::triggered, this, &RoyaltiesWindow::reopenMonth);
    QAction *reload = action("actionRoyaltyRefresh", QStringLiteral("view-refresh"), tr("Re&fresh"), QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &RoyaltiesWindow::refresh);
    QAction *closeWindow = action("actionRoyaltyCloseWindow", QStringLiteral("window-close"), tr("Close &Window"),
                                  QKeySequence::Close);
    connect(closeWindow, &QAction::triggered, this, &QWidget::close);
    for (QAction *a : {grade, exportAction}) {
        menu->addAction(a);
        toolbar->addAction(a);
    }
    menu->addSeparator();
    toolbar->addSeparator();
    for (QAction *a : {close, reopen}) {
        menu->addAction(a);
        toolbar->addAction(a);
    }
    menu->addSeparator();
    menu->addAction(reload);
    menu->addAction(closeWindow);
    // Grading, closing and reopening are the chief editors'; admins read
    // and export.
    const bool chief = m_user.has(Role::ChiefEditor);
    for (QAction *a : {grade, close, reopen})
        a->setVisible(chief);
}

void RoyaltiesWindow::fillMonths()
{
    const QSignalBlocker blocker(m_monthBox);
    m_monthBox->clear();
    const RoyaltyMonth current = RoyaltyMonth::of(QDateTime::currentDateTimeUtc());
    RoyaltyMonth month = current;
    // Newest first, and the one on show even when it is older.
    for (int i = 0; i < monthsListed || !(month < m_month); ++i) {
        m_monthBox->addItem(month.displayName(), month.key());
        month = shifted(month, -1);
    }
    if (m_month > current)
        m_monthBox->insertItem(0, m_month.displayName(), m_month.key());
    m_monthBox->setCurrentIndex(m_monthBox->findData(m_month.key()));
}

void RoyaltiesWindow::setMonth(const RoyaltyMonth &month)
{
    m_month = month;
    fillMonths();
    refresh();
}

void RoyaltiesWindow::stepMonth(int months)
{
    setMonth(shifted(m_month, months));
}

void RoyaltiesWindow::refresh()
{
    RoyaltyStore store(m_newsroom);
    auto schedule = store.currentSchedule();
    m_scheduleDecision = schedule ? schedule->decision : QString();
    auto ungraded = store.ungraded(m_month);
    showUngraded(ungraded ? ungraded.value() : QList<RoyaltyUngradedWork>{});
    auto statement = store.statement(m_month, m_user);
    m_statement = statement ? statement.value() : RoyaltyStatement();
    m_statement.month = m_month;
    showStatement();
    QStringList problems;
    if (!schedule)
        problems << schedule.error().message;
    if (!ungraded)
        problems << tr("The ungraded works cannot be read: %1").arg(ungraded.error().message);
    if (!statement)
        problems << tr("The statement cannot be read: %1").arg(statement.error().message);
    if (!problems.isEmpty())
        m_banner->setText(m_banner->text() + u'\n' + problems.join(u'\n'));
    m_next->setEnabled(m_month < RoyaltyMonth::of(QDateTime::currentDateTimeUtc()));
    setWindowTitle(tr("Royalties %1 — PortalDesk").arg(m_month.displayName()));
    updateActions();
}

void RoyaltiesWindow::showUngraded(const QList<RoyaltyUngradedWork> &works)
{
    const QString current = m_ungraded->currentItem() ? m_ungraded->currentItem()->data(TitleColumn, ArticleRole).toString() : QString();
    m_ungraded->clear();
    QTreeWidgetItem *select = nullptr;
    for (const RoyaltyUngradedWork &work : works) {
        auto *item = new QTreeWidgetItem(m_ungraded, {work.title, work.mediaId.isEmpty() ? tr("Text") : tr("Photo"),
                                                      Localization::dateText(RoyaltyMonth::localDate(work.publishedAt))});
        item->setData(TitleColumn, ArticleRole, work.articleId);
        item->setData(TitleColumn, MediaRole, work.mediaId);
        item->setToolTip(TitleColumn, work.title);
        if (!work.mediaId.isEmpty())
            item->setToolTip(WorkColumn, tr("Photo %1").arg(work.mediaId));
        if (!select && work.articleId == current)
            select = item;
    }
    m_ungraded->setCurrentItem(select ? select : m_ungraded->topLevelItem(0));
    m_tabs->setTabText(0, works.isEmpty() ? tr("Ungraded") : tr("Ungraded (%1)").arg(works.size()));
}

void RoyaltiesWindow::showStatement()
{
    m_table->clear();
    QFont bold = m_table->font();
    bold.setBold(true);
    const auto alignNumbers = [](QTreeWidgetItem *item) {
        for (int column : {ItemsColumn, GrossColumn, WithheldColumn, NetColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    };
    for (const RoyaltyStatement::Line &line : std::as_const(m_statement.lines)) {
        auto *item = new QTreeWidgetItem(m_table, {line.name, line.unit, QString::number(line.items.size()), amount(line.gross),
                                                   amount(line.withheld), amount(line.net)});
        alignNumbers(item);
        item->setToolTip(NameColumn, line.staff ? line.payee : tr("%1 (contributor)").arg(line.payee));
        // Each work the line pays, under it.
        for (const RoyaltyStatement::Item &each : line.items) {
            const RoyaltyStatement::Work &work = m_statement.works.at(each.work);
            const QString share = RoyaltyText::percent(each.share);
            const QString how = each.role == u"author" ? tr("%1 × %2 · %3").arg(work.categoryName, RoyaltyText::number(work.coefficient), share)
                                                       : tr("%1 · %2").arg(each.roleName, share);
            auto *child = new QTreeWidgetItem(item, {work.title, how, QString(), amount(each.amount), QString(), QString()});
            child->setToolTip(NameColumn, work.title);
            alignNumbers(child);
        }
    }
    if (!m_statement.lines.isEmpty()) {
        qsizetype items = 0;
        for (const auto &line : std::as_const(m_statement.lines))
            items += line.items.size();
        auto *total = new QTreeWidgetItem(m_table, {tr("Total"), QString(), QString::number(items), amount(m_statement.totalGross),
                                                    amount(m_statement.totalWithheld), amount(m_statement.totalNet)});
        total->setData(NameColumn, ArticleRole, QStringLiteral("total"));
        alignNumbers(total);
        for (int column = 0; column < StatementColumns; ++column)
            total->setFont(column, bold);
    }

    QStringList banner;
    QPalette palette = m_banner->palette();
    if (m_statement.closed) {
        banner << tr("%1 is closed: this statement is final. A chief editor reopens the month, with a reason, to change it.")
                      .arg(m_month.displayName());
        palette.setColor(QPalette::Window, QColor(0xdf, 0xf0, 0xd8));
    } else {
        banner << tr("Draft: %1 is not closed; its grades may still change.").arg(m_month.displayName());
        palette.setColor(QPalette::Window, QColor(0xfc, 0xf3, 0xcf));
    }
    palette.setColor(QPalette::WindowText, Qt::black);
    if (m_statement.lines.isEmpty())
        banner << tr("No work of %1 is graded yet.").arg(m_month.displayName());
    if (m_statement.monthlyFund > 0 && m_statement.totalGross > m_statement.monthlyFund)
        banner << tr("The total is above the month's royalty fund of %1.").arg(RoyaltyText::money(m_statement.monthlyFund));
    banner += m_statement.problems;
    m_banner->setPalette(palette);
    m_banner->setText(banner.join(u'\n'));

    const QString totals = tr("Total %1 · withheld %2 · net %3")
                               .arg(RoyaltyText::money(m_statement.totalGross), RoyaltyText::money(m_statement.totalWithheld),
                                    RoyaltyText::money(m_statement.totalNet));
    m_scheduleLabel->setText(m_scheduleDecision.isEmpty() ? tr("No royalty schedule imported · %1").arg(totals)
                                                          : tr("Schedule in force: %1 · %2").arg(m_scheduleDecision, totals));
}

void RoyaltiesWindow::updateActions()
{
    const bool chief = m_user.has(Role::ChiefEditor);
    const bool over = m_month < RoyaltyMonth::of(QDateTime::currentDateTimeUtc());
    action("actionRoyaltyGrade")->setEnabled(chief && m_ungraded->currentItem());
    action("actionRoyaltyExport")->setEnabled(!m_statement.lines.isEmpty() && !m_exporting);
    action("actionRoyaltyClose")->setEnabled(chief && over && !m_statement.closed);
    action("actionRoyaltyClose")->setToolTip(over ? tr("Make the statement of %1 final").arg(m_month.displayName())
                                                  : tr("%1 is not over yet").arg(m_month.displayName()));
    action("actionRoyaltyReopen")->setEnabled(chief && m_statement.closed);
}

void RoyaltiesWindow::gradeRow(int row)
{
    QTreeWidgetItem *item = m_ungraded->topLevelItem(row);
    if (!item)
        return;
    if (!m_user.has(Role::ChiefEditor)) {
        statusBar()->showMessage(tr("Only chief editors grade royalties."), 8000);
        return;
    }
    const QString articleId = item->data(TitleColumn, ArticleRole).toString();
    RoyaltyGradeDialog dialog(m_newsroom, m_user, articleId, item->data(TitleColumn, MediaRole).toString(), this);
    bool changed = false;
    connect(&dialog, &RoyaltyGradeDialog::graded, this, [&changed] { changed = true; });
    dialog.exec();
    if (!changed)
        return;
    refresh();
    Q_EMIT graded(articleId);
}

void RoyaltiesWindow::exportTo(const QString &path)
{
    if (m_exporting)
        return;
    m_exporting = true;
    updateActions();
    statusBar()->showMessage(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    QPointer<RoyaltiesWindow> self(this);
    // A PDF of a month of a whole newsroom's works is laid out page by
    // page: never on the UI thread.
    QThreadPool::globalInstance()->start([self, path, statement = m_statement, office = m_office] {
        const Status written = RoyaltyStatementExport::write(statement, path, office);
        const QString problem = written ? QString() : written.error().message;
        QMetaObject::invokeMethod(
            qApp, [self, path, problem] {
                if (!self)
                    return;
                self->m_exporting = false;
                self->updateActions();
                if (problem.isEmpty())
                    self->statusBar()->showMessage(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)), 10000);
                else
                    self->error(tr("Statement Not Exported"), problem);
                Q_EMIT self->exportFinished(path, problem);
            },
            Qt::QueuedConnection);
    });
}

void RoyaltiesWindow::closeMonth()
{
    QMessageBox box(QMessageBox::Question, tr("Close %1").arg(m_month.displayName()),
                    tr("Close the royalties of %1? Its statement becomes final: no grade of the month changes until a chief "
                       "editor reopens it, with a reason.")
                        .arg(m_month.displayName()),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("royaltyCloseQuestion"));
    box.button(QMessageBox::Yes)->setText(tr("&Close the Month"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (Status closed = RoyaltyStore(m_newsroom).close(m_month, m_user); !closed) {
        error(tr("Month Not Closed"), closed.error().message);
        return;
    }
    refresh();
    statusBar()->showMessage(tr("%1 is closed.").arg(m_month.displayName()), 10000);
}

void RoyaltiesWindow::reopenMonth()
{
    ReopenMonthDialog dialog(m_month.displayName(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
        return;
    if (Status reopened = RoyaltyStore(m_newsroom).reopen(m_month, dialog.reason(), m_user); !reopened) {
        error(tr("Month Not Reopened"), reopened.error().message);
        return;
    }
    refresh();
    statusBar()->showMessage(tr("%1 is open again.").arg(m_month.displayName()), 10000);
}

void RoyaltiesWindow::error(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::critical(this, title, message);
}

} // namespace PortalDesk::Widgets
