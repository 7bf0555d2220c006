#pragma once

#include "questionstatisticsexport.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QSplitter;
class QTreeWidget;

namespace PortalDesk::Models {
class QuestionStore;
}

namespace PortalDesk::Widgets {

class QuestionStatisticsChart;

// A month's answers per agency: a table (received, answered, on time, late,
// still open, average working days to answer) and the same as a bar chart,
// exported as a spreadsheet or a PDF to file and send up.
class QuestionStatisticsView final : public QWidget
{
    Q_OBJECT

public:
    QuestionStatisticsView(Models::QuestionStore &store, QString office, QWidget *parent = nullptr);

    // "YYYY-MM"
    QString month() const;
    void setMonth(const QDate &anyDayOfIt);
    const QList<Models::AgencyMonth> &rows() const { return m_report.rows; }

    QDateEdit *monthEdit() const { return m_month; }
    QTreeWidget *table() const { return m_table; }
    QuestionStatisticsChart *chart() const { return m_chart; }
    QPushButton *odsButton() const { return m_ods; }
    QPushButton *pdfButton() const { return m_pdf; }

    // Writes the month's statistics to `path` (.ods or .pdf) away from the
    // UI thread; exportFinished says how it went, a message box when it failed.
    void exportTo(const QString &path);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // error empty: written.
    void exportFinished(const QString &path, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fitTable();
    void askAndExport(const QString &suffix);

    Models::QuestionStore &m_store;
    QuestionStatisticsExport::Report m_report;
    bool m_exporting = false;
    QDateEdit *m_month;
    QLabel *m_problem;
    QSplitter *m_splitter = nullptr;
    QTreeWidget *m_table;
    QuestionStatisticsChart *m_chart;
    QPushButton *m_ods;
    QPushButton *m_pdf;
};

} // namespace PortalDesk::Widgets
