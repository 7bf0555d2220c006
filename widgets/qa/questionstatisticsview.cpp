#include "questionstatisticsview.h"

#include "questionstatisticschart.h"
#include "questionstore.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

using namespace Models;

namespace {

enum Column { AgencyColumn, ReceivedColumn, AnsweredColumn, OnTimeColumn, LateColumn, OpenColumn, DaysColumn, ColumnCount };

} // namespace

QuestionStatisticsView::QuestionStatisticsView(QuestionStore &store, QString office, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_month(new QDateEdit(this))
    , m_problem(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_chart(new QuestionStatisticsChart(this))
    , m_ods(new QPushButton(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")), tr("Export as &Spreadsheet…"), this))
    , m_pdf(new QPushButton(QIcon::fromTheme(QStringLiteral("application-pdf")), tr("Export as P&DF…"), this))
{
    setObjectName(QStringLiteral("questionStatistics"));
    m_report.office = std::move(office);
    // A month picker the keyboard steps through: Up and Down change the month.
    m_month->setObjectName(QStringLiteral("statisticsMonth"));
    m_month->setDisplayFormat(QStringLiteral("MM/yyyy"));
    m_month->setCurrentSection(QDateTimeEdit::MonthSection);
    // The first of the month: stepping from the 31st never lands on a day
    // the next month lacks. Nothing is counted yet in the months to come.
    const QDate today = Models::QuestionStore::today();
    m_month->setMaximumDate(QDate(today.year(), today.month(), 1));
    m_month->setDate(m_month->maximumDate());
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    m_ods->setObjectName(QStringLiteral("statisticsOds"));
    m_pdf->setObjectName(QStringLiteral("statisticsPdf"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_table->setObjectName(QStringLiteral("statisticsTable"));
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    m_table->setHeaderLabels({tr("Agency"), tr("Received"), tr("Answered"), tr("On time"), tr("Late"), tr("Open"),
                              tr("Average working days")});
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(AgencyColumn, QHeaderView::Stretch);
    for (int column = ReceivedColumn; column < ColumnCount; ++column) {
        m_table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        m_table->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("statisticsChartArea"));
    scroll->setWidget(m_chart);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_splitter = new QSplitter(Qt::Vertical, this);
    QSplitter *splitter = m_splitter;
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    top->addStretch(1);
    top->addWidget(m_ods);
    top->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);

    connect(m_month, &QDateEdit::dateChanged, this, &QuestionStatisticsView::refresh);
    connect(m_ods, &QPushButton::clicked, this, [this] { askAndExport(QStringLiteral("ods")); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { askAndExport(QStringLiteral("pdf")); });
    refresh();
}

QString QuestionStatisticsView::month() const
{
    return m_month->date().toString(QStringLiteral("yyyy-MM"));
}

void QuestionStatisticsView::setMonth(const QDate &anyDayOfIt)
{
    {
        const QSignalBlocker blocker(m_month);
        m_month->setDate(QDate(anyDayOfIt.year(), anyDayOfIt.month(), 1));
    }
    refresh();
}

void QuestionStatisticsView::refresh()
{
    m_report.month = month();
    auto statistics = m_store.statistics(m_report.month);
    m_problem->setVisible(!statistics);
    m_report.rows = statistics ? statistics.value() : QList<AgencyMonth>();
    if (!statistics)
        m_problem->setText(statistics.error().message);

    m_table->clear();
    const QLocale locale;
    AgencyMonth sum;
    double days = 0;
    const auto add = [this, &locale](const AgencyMonth &row) {
        auto *item = new QTreeWidgetItem(m_table, {row.agency, locale.toString(row.received), locale.toString(row.answered),
                                                   locale.toString(row.onTime), locale.toString(row.late), locale.toString(row.open),
                                                   row.answered > 0 ? locale.toString(row.averageWorkingDays, 'f', 1) : QString()});
        for (int column = ReceivedColumn; column < ColumnCount; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(AgencyColumn, row.agency);
        return item;
    };
    for (const AgencyMonth &row : std::as_const(m_report.rows)) {
        add(row);
        sum.received += row.received;
        sum.answered += row.answered;
        sum.onTime += row.onTime;
        sum.late += row.late;
        sum.open += row.open;
        days += row.averageWorkingDays * row.answered;
    }
    if (!m_report.rows.isEmpty()) {
        sum.agency = tr("Total");
        // The average of all answers, not of the agencies' averages.
        sum.averageWorkingDays = sum.answered > 0 ? days / sum.answered : 0;
        QTreeWidgetItem *total = add(sum);
        QFont bold = m_table->font();
        bold.setBold(true);
        for (int column = 0; column < ColumnCount; ++column)
            total->setFont(column, bold);
    }
    const QString shown = m_month->date().toString(QStringLiteral("MM/yyyy"));
    m_chart->setData(m_report.rows, {tr("Questions per agency, %1").arg(shown), tr("Answered on time"), tr("Answered late"),
                                     tr("Not answered yet"), tr("No question was sent to an agency in %1.").arg(shown)});
    m_ods->setEnabled(!m_report.rows.isEmpty() && !m_exporting);
    m_pdf->setEnabled(!m_report.rows.isEmpty() && !m_exporting);
    if (isVisible())
        fitTable();
}

void QuestionStatisticsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitTable();
}

void QuestionStatisticsView::fitTable()
{
    // The table as tall as its rows, up to half the page: the chart has the rest.
    const int rows = m_table->topLevelItemCount();
    const int rowHeight = rows > 0 ? m_table->sizeHintForRow(0) : fontMetrics().height();
    const int wanted = m_table->header()->sizeHint().height() + (std::max(rows, 3) + 1) * rowHeight + 2 * m_table->frameWidth();
    const int total = m_splitter->height();
    m_splitter->setSizes({std::min(wanted, total / 2), total - std::min(wanted, total / 2)});
}

void QuestionStatisticsView::askAndExport(const QString &suffix)
{
    const bool ods = suffix == u"ods";
    const QString filter = ods ? tr("Spreadsheet (*.ods)") : tr("PDF (*.pdf)");
    QString path = QFileDialog::getSaveFileName(this, ods ? tr("Export the Statistics as a Spreadsheet") : tr("Export the Statistics as PDF"),
                                                QStringLiteral("hoi-dap-%1.%2").arg(m_report.month, suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != suffix)
        path += u'.' + suffix;
    exportTo(path);
}

void QuestionStatisticsView::exportTo(const QString &path)
{
    if (m_exporting)
        return;
    m_exporting = true;
    m_ods->setEnabled(false);
    m_pdf->setEnabled(false);
    QPointer<QuestionStatisticsView> self(this);
    // A PDF is laid out and its chart drawn: never on the UI thread.
    QThreadPool::globalInstance()->start([self, path, report = m_report] {
        const Status written = QuestionStatisticsExport::write(report, path);
        const QString problem = written ? QString() : written.error().message;
        QMetaObject::invokeMethod(
            qApp, [self, path, problem] {
                if (!self)
                    return;
                self->m_exporting = false;
                self->m_ods->setEnabled(!self->m_report.rows.isEmpty());
                self->m_pdf->setEnabled(!self->m_report.rows.isEmpty());
                if (!problem.isEmpty())
                    QMessageBox::critical(self, tr("Statistics Not Exported"), problem);
                Q_EMIT self->exportFinished(path, problem);
            },
            Qt::QueuedConnection);
    });
}

} // namespace PortalDesk::Widgets
