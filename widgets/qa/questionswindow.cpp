#include "questionswindow.h"

#include "helpdialogs.h"
#include "localization.h"
#include "newsroom.h"
#include "newsroomsettings.h"
#include "questionpane.h"
#include "questionqueuemodel.h"
#include "questionstatisticsview.h"
#include "windowsize.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

using namespace Models;

namespace {

enum OverdueColumn { OverdueTitleColumn, OverdueDueColumn, OverdueDaysColumn };
enum { QuestionIdRole = Qt::UserRole };
enum Tab { QueueTab, OverdueTab, StatisticsTab };

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

QuestionsWindow::QuestionsWindow(Newsroom &newsroom, User user, QWidget *parent)
    : QMainWindow(parent)
    , m_newsroom(newsroom)
    , m_user(std::move(user))
    , m_store(std::make_unique<QuestionStore>(newsroom))
    , m_tabs(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_stateFilter(new QComboBox(this))
    , m_agencyFilter(new QComboBox(this))
    , m_overdueOnly(new QCheckBox(tr("Overdue onl&y"), this))
    , m_queueView(new QTableView(this))
    , m_model(new QuestionQueueModel(*m_store, this))
    , m_pane(new QuestionPane(*m_store, m_user, this))
    , m_queueNote(new QLabel(this))
    , m_overdue(new QTreeWidget(this))
    , m_statistics(nullptr)
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("questionsWindow"));
    setWindowTitle(tr("Citizens' Questions — PortalDesk"));
    setAttribute(Qt::WA_DeleteOnClose);

    const QString province = NewsroomSettings(m_newsroom).value(NewsroomSettings::provinceName).value_or(QString());
    // The statistics' heading, a Vietnamese report whatever the desk's language.
    const QString office = province.isEmpty() ? QStringLiteral("Cổng Thông tin điện tử")
                                              : QStringLiteral("Cổng Thông tin điện tử tỉnh ") + province;
    m_statistics = new QuestionStatisticsView(*m_store, office, this);

    // The queue: filters over the list, the question chosen beside it.
    m_search->setObjectName(QStringLiteral("questionSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Words of the title or text"));
    m_stateFilter->setObjectName(QStringLiteral("questionStateFilter"));
    m_stateFilter->addItem(tr("All states"), -1);
    for (QuestionState state : QuestionStates::all())
        m_stateFilter->addItem(QuestionStates::displayName(state), int(state));
    m_agencyFilter->setObjectName(QStringLiteral("questionAgencyFilter"));
    m_agencyFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_overdueOnly->setObjectName(QStringLiteral("questionOverdueOnly"));
    auto *queuePage = new QWidget(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("Sear&ch:"), m_search));
    filters->addWidget(m_search, 2);
    filters->addWidget(buddyLabel(tr("S&tate:"), m_stateFilter));
    filters->addWidget(m_stateFilter);
    filters->addWidget(buddyLabel(tr("Age&ncy:"), m_agencyFilter));
    filters->addWidget(m_agencyFilter, 1);
    filters->addWidget(m_overdueOnly);

    m_queueView->setObjectName(QStringLiteral("questionQueue"));
    m_queueView->setModel(m_model);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setAlternatingRowColors(true);
    m_queueView->setWordWrap(false);
    m_queueView->setTabKeyNavigation(false);
    m_queueView->verticalHeader()->hide();
    m_queueView->horizontalHeader()->setHighlightSections(false);
    // The title takes what the others leave; names of askers and agencies
    // run long ("UBND huyện …", "Sở Tài nguyên và Môi trường") and are
    // cut to a width the user may change, whole in their tooltips.
    QHeaderView *header = m_queueView->horizontalHeader();
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
    header->setSectionResizeMode(QuestionQueueModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(QuestionQueueModel::AskerColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(QuestionQueueModel::AgencyColumn, QHeaderView::Interactive);
    m_queueView->setColumnWidth(QuestionQueueModel::AskerColumn, fontMetrics().averageCharWidth() * 16);
    m_queueView->setColumnWidth(QuestionQueueModel::AgencyColumn, fontMetrics().averageCharWidth() * 18);
    for (int column : {QuestionQueueModel::StateColumn, QuestionQueueModel::ReceivedColumn, QuestionQueueModel::DueColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_queueView->setTextElideMode(Qt::ElideRight);
    m_queueNote->setObjectName(QStringLiteral("questionQueueNote"));
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_queueView, 1);
    listLayout->addWidget(m_queueNote);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("questionSplitter"));
    splitter->addWidget(listPane);
    splitter->addWidget(m_pane);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *queueLayout = new QVBoxLayout(queuePage);
    queueLayout->addLayout(filters);
    queueLayout->addWidget(splitter, 1);

    m_overdue->setObjectName(QStringLiteral("questionOverdue"));
    m_overdue->setHeaderLabels({tr("Agency and question"), tr("Due"), tr("Overdue by")});
    m_overdue->header()->setStretchLastSection(false);
    m_overdue->header()->setSectionResizeMode(OverdueTitleColumn, QHeaderView::Stretch);
    m_overdue->header()->setSectionResizeMode(OverdueDueColumn, QHeaderView::ResizeToContents);
    m_overdue->header()->setSectionResizeMode(OverdueDaysColumn, QHeaderView::ResizeToContents);
    m_overdue->setToolTip(tr("Enter opens the question in the queue."));

    m_tabs->setObjectName(QStringLiteral("questionTabs"));
    m_tabs->addTab(queuePage, tr("Q&ueue"));
    m_tabs->addTab(m_overdue, tr("&Overdue"));
    m_tabs->addTab(m_statistics, tr("Stat&istics"));
    setCentralWidget(m_tabs);
    statusBar()->setObjectName(QStringLiteral("questionsStatusBar"));

    createActions();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    addHelpActions(help, this);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &QuestionsWindow::applyFilter);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &QuestionsWindow::applyFilter);
    connect(m_agencyFilter, &QComboBox::currentIndexChanged, this, &QuestionsWindow::applyFilter);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &QuestionsWindow::applyFilter);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QuestionsWindow::onCurrentRowChanged);
    connect(m_model, &QuestionQueueModel::fetchFailed, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Could not read the questions: %1").arg(message)); });
    connect(m_pane, &QuestionPane::changed, this, &QuestionsWindow::onChanged);
    connect(m_overdue, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(OverdueTitleColumn, QuestionIdRole).toString();
        if (id.isEmpty())
            return;
        m_tabs->setCurrentIndex(QueueTab);
        showQuestion(id);
    });
    // Tab goes from the filters to the list, then through the question.
    setTabOrder(m_search, m_stateFilter);
    setTabOrder(m_stateFilter, m_agencyFilter);
    setTabOrder(m_agencyFilter, m_overdueOnly);
    setTabOrder(m_overdueOnly, m_queueView);

    fillAgencies();
    applyFilter();
    showOverdue();
    fitToScreen(this, QSize(1360, 860));
    // The list gets three fifths: titles stay readable beside the question.
    splitter->setSizes({3 * width() / 5, 2 * width() / 5});
}

QuestionsWindow::~QuestionsWindow() = default;

void QuestionsWindow::createActions()
{
    QMenu *menu = menuBar()->addMenu(tr("&Questions"));
    menu->setObjectName(QStringLiteral("menuQuestions"));
    const auto add = [this, menu](const char *name, const QString &icon, const QString &text, const QKeySequence &key) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(QLatin1StringView(name));
        action->setShortcut(key);
        menu->addAction(action);
        m_actions.insert(QLatin1StringView(name), action);
        return action;
    };
    QAction *find = add("actionQuestionFind", QStringLiteral("edit-find"), tr("&Find…"), QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(QueueTab);
        m_search->setFocus();
        m_search->selectAll();
    });
    QAction *reload = add("actionQuestionRefresh", QStringLiteral("view-refresh"), tr("&Refresh"), QKeySequence::Refresh);
    connect(reload, &QAction::triggered, this, &QuestionsWindow::refresh);
    menu->addSeparator();
    QAction *close = add("actionQuestionCloseWindow", QStringLiteral("window-close"), tr("Close &Window"), QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
}

void QuestionsWindow::fillAgencies()
{
    const QSignalBlocker blocker(m_agencyFilter);
    const qint64 current = m_agencyFilter->currentData().toLongLong();
    m_agencyFilter->clear();
    m_agencyFilter->addItem(tr("All agencies"), qint64(0));
    auto agencies = m_store->agencies();
    if (!agencies) {
        statusBar()->showMessage(tr("Could not read the agencies: %1").arg(agencies.error().message));
        return;
    }
    for (const Agency &agency : std::as_const(agencies.value()))
        m_agencyFilter->addItem(agency.active ? agency.name : tr("%1 (no longer used)").arg(agency.name), agency.id);
    m_agencyFilter->setCurrentIndex(std::max(0, m_agencyFilter->findData(current)));
}

void QuestionsWindow::applyFilter()
{
    QuestionFilter filter;
    if (const int state = m_stateFilter->currentData().toInt(); state >= 0)
        filter.state = QuestionState(state);
    filter.agencyId = m_agencyFilter->currentData().toLongLong();
    filter.overdueOnly = m_overdueOnly->isChecked();
    filter.search = m_search->text().trimmed();
    const QString current = m_pane->question().id;
    m_changingSelection = true;
    m_model->setFilter(filter);
    m_changingSelection = false;
    const int row = m_model->rowOfId(current);
    if (row >= 0) {
        m_changingSelection = true;
        m_queueView->setCurrentIndex(m_model->index(row, QuestionQueueModel::TitleColumn));
        m_changingSelection = false;
    }
    const int shown = m_model->rowCount();
    m_queueNote->setText(m_model->lastError().isEmpty()
                             ? (m_model->canFetchMore({}) ? tr("The first %n question(s); more as the list scrolls.", nullptr, shown)
                                                          : tr("%n question(s).", nullptr, shown))
                             : m_model->lastError());
}

void QuestionsWindow::showOverdue()
{
    m_overdue->clear();
    auto overdue = m_store->overdue(m_today);
    auto calendar = m_store->calendar();
    if (!overdue || !calendar) {
        const QString message = !overdue ? overdue.error().message : calendar.error().message;
        new QTreeWidgetItem(m_overdue, {tr("Could not read the overdue questions: %1").arg(message)});
        return;
    }
    // Grouped by agency, in the order of their oldest overdue question.
    QList<QTreeWidgetItem *> agencies;
    QHash<qint64, QTreeWidgetItem *> byAgency;
    QHash<qint64, int> counts;
    QFont bold = m_overdue->font();
    bold.setBold(true);
    for (const Question &question : std::as_const(overdue.value())) {
        QTreeWidgetItem *&group = byAgency[question.agencyId];
        if (!group) {
            group = new QTreeWidgetItem(m_overdue);
            group->setFont(OverdueTitleColumn, bold);
            agencies.append(group);
        }
        ++counts[question.agencyId];
        group->setText(OverdueTitleColumn, tr("%1 — %n overdue", nullptr, counts.value(question.agencyId))
                                               .arg(question.agency.isEmpty() ? tr("(no agency)") : question.agency));
        const int late = calendar->workingDaysBetween(question.due, m_today);
        auto *item = new QTreeWidgetItem(group, {question.title, Localization::dateText(question.due),
                                                 tr("%n working day(s)", nullptr, late)});
        item->setData(OverdueTitleColumn, QuestionIdRole, question.id);
        item->setToolTip(OverdueTitleColumn, question.title);
        item->setIcon(OverdueDaysColumn, QIcon::fromTheme(QStringLiteral("dialog-warning")));
    }
    m_overdue->expandAll();
    m_tabs->setTabText(OverdueTab, overdue->isEmpty() ? tr("&Overdue") : tr("&Overdue (%1)").arg(overdue->size()));
    if (overdue->isEmpty())
        new QTreeWidgetItem(m_overdue, {tr("No question is overdue.")});
}

void QuestionsWindow::refresh()
{
    // A desk left open overnight counts from the new day.
    m_today = QuestionStore::today();
    m_model->setToday(m_today);
    m_pane->setToday(m_today);
    fillAgencies();
    // The pane keeps what it shows, an answer being typed included: a step
    // taken from it is checked against the version it read.
    applyFilter();
    showOverdue();
    m_statistics->refresh();
}

void QuestionsWindow::showQuestion(const QString &id)
{
    if (!m_pane->maybeLeave())
        return;
    const int row = m_model->rowOfId(id);
    m_changingSelection = true;
    if (row >= 0)
        m_queueView->setCurrentIndex(m_model->index(row, QuestionQueueModel::TitleColumn));
    else
        m_queueView->clearSelection();
    m_changingSelection = false;
    m_pane->showQuestion(id);
}

void QuestionsWindow::onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_changingSelection)
        return;
    const QString id = current.data(QuestionQueueModel::IdRole).toString();
    if (id == m_pane->question().id)
        return;
    if (!m_pane->maybeLeave()) {
        // Back to the question whose answer is being typed.
        m_changingSelection = true;
        m_queueView->setCurrentIndex(previous);
        m_changingSelection = false;
        return;
    }
    m_pane->showQuestion(id);
}

void QuestionsWindow::onChanged()
{
    // The pane shows the question as the step left it; the lists follow.
    applyFilter();
    showOverdue();
    m_statistics->refresh();
    statusBar()->showMessage(tr("Saved \"%1\": %2.").arg(m_pane->question().title, QuestionStates::displayName(m_pane->question().state)),
                             8000);
}

} // namespace PortalDesk::Widgets
