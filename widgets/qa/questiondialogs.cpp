#include "questiondialogs.h"

#include "localization.h"
#include "questionstore.h"
#include "workingdays.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

using namespace Models;

QuestionAssignDialog::QuestionAssignDialog(const QList<Agency> &agencies, const WorkingCalendar &calendar, const QDate &today,
                                           int dueDays, qint64 currentAgency, QWidget *parent)
    : QDialog(parent)
    , m_calendar(calendar)
    , m_today(today)
    , m_agency(new QComboBox(this))
    , m_due(new QDateEdit(this))
    , m_dueNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("questionAssignDialog"));
    setWindowTitle(tr("Send to an Agency"));
    m_agency->setObjectName(QStringLiteral("assignAgency"));
    for (const Agency &agency : agencies) {
        if (agency.active || agency.id == currentAgency)
            m_agency->addItem(agency.name, agency.id);
    }
    if (const int current = m_agency->findData(currentAgency); current >= 0)
        m_agency->setCurrentIndex(current);
    m_due->setObjectName(QStringLiteral("assignDue"));
    m_due->setDisplayFormat(Localization::dateFormat());
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(today);
    m_due->setDate(calendar.addWorkingDays(today, dueDays));
    m_dueNote->setObjectName(QStringLiteral("assignDueNote"));
    m_dueNote->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *agencyLabel = new QLabel(tr("&Agency:"), this);
    agencyLabel->setBuddy(m_agency);
    auto *dueLabel = new QLabel(tr("&Due on:"), this);
    dueLabel->setBuddy(m_due);
    form->addRow(agencyLabel, m_agency);
    form->addRow(dueLabel, m_due);
    form->addRow(QString(), m_dueNote);
    auto *layout = new QVBoxLayout(this);
    if (m_agency->count() == 0) {
        auto *none = new QLabel(tr("No agency is on the list yet: an administrator adds them (portaldesk-cli agency add)."), this);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_agency->count() > 0);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_due, &QDateEdit::dateChanged, this, &QuestionAssignDialog::explainDue);
    explainDue();
}

qint64 QuestionAssignDialog::agencyId() const
{
    return m_agency->currentData().toLongLong();
}

QDate QuestionAssignDialog::due() const
{
    return m_due->date();
}

void QuestionAssignDialog::explainDue()
{
    const QDate due = m_due->date();
    const int days = m_calendar.workingDaysBetween(m_today, due);
    QString note = tr("%n working day(s) from today.", nullptr, days);
    // A deadline on a day the offices are shut is the next working day's in
    // practice: said, not silently moved.
    if (!m_calendar.isWorkingDay(due))
        note += u' ' + tr("%1 is not a working day.").arg(Localization::dateText(due));
    m_dueNote->setText(note);
}

QuestionMergeDialog::QuestionMergeDialog(QuestionStore &store, const Question &merged, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_mergedId(merged.id)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("questionMergeDialog"));
    setWindowTitle(tr("Merge with Another Question"));
    auto *intro = new QLabel(tr("\"%1\" asks what another question asks. Find and pick the question that is kept: this one is "
                                "answered there and is not published on its own.")
                                 .arg(merged.title),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_search->setObjectName(QStringLiteral("mergeSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Words of the title or text"));
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    m_list->setObjectName(QStringLiteral("mergeList"));
    auto *listLabel = new QLabel(tr("&Question kept:"), this);
    listLabel->setBuddy(m_list);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *row = new QHBoxLayout;
    row->addWidget(searchLabel);
    row->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(timer, &QTimer::timeout, this, &QuestionMergeDialog::search);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 24);
    search();
}

QString QuestionMergeDialog::into() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void QuestionMergeDialog::search()
{
    m_list->clear();
    QuestionFilter filter;
    filter.search = m_search->text().trimmed();
    filter.limit = 200;
    auto found = m_store.questions(filter);
    m_problem->setVisible(!found);
    if (!found) {
        m_problem->setText(found.error().message);
        return;
    }
    for (const Question &question : std::as_const(found.value())) {
        // Not itself, and not one that is no longer answered anywhere.
        if (question.id == m_mergedId || question.state == QuestionState::Merged || question.state == QuestionState::Spam
            || question.state == QuestionState::Rejected)
            continue;
        auto *item = new QListWidgetItem(tr("%1 — %2, received %3")
                                             .arg(question.title, QuestionStates::displayName(question.state),
                                                  Localization::dateText(question.receivedAt.toLocalTime().date())),
                                         m_list);
        item->setData(Qt::UserRole, question.id);
        item->setToolTip(question.body.left(500));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentRow() >= 0);
}

} // namespace PortalDesk::Widgets
