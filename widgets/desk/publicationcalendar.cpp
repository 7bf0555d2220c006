#include "publicationcalendar.h"

#include "localization.h"
#include "publicationschedule.h"

#include <QCalendarWidget>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

PublicationCalendar::PublicationCalendar(Models::Newsroom &newsroom, QWidget *parent)
    : QWidget(parent)
    , m_newsroom(newsroom)
    , m_calendar(new QCalendarWidget(this))
    , m_day(new QListWidget(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("publicationCalendar"));
    m_calendar->setObjectName(QStringLiteral("scheduleCalendar"));
    m_calendar->setLocale(QLocale());
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setGridVisible(false);
    m_day->setObjectName(QStringLiteral("scheduleDay"));
    m_note->setObjectName(QStringLiteral("scheduleNote"));
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_calendar);
    layout->addWidget(m_note);
    layout->addWidget(m_day, 1);
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &PublicationCalendar::refresh);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &PublicationCalendar::showDay);
    connect(m_day, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRequested(item->data(IdRole).toString());
    });
}

void PublicationCalendar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void PublicationCalendar::refresh()
{
    if (!isVisible())
        return;  // read when shown
    // The month on show, with the days of the weeks around it that it shows.
    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    const QDateTime from(first.addDays(-7), QTime(0, 0));
    const QDateTime to(first.addMonths(1).addDays(14), QTime(0, 0));
    auto scheduled = Models::PublicationSchedule(m_newsroom).between(from, to);
    for (const QDate &day : std::as_const(m_marked))
        m_calendar->setDateTextFormat(day, {});
    m_marked.clear();
    if (!scheduled) {
        m_note->setText(tr("Could not read the scheduled articles: %1").arg(scheduled.error().message));
        return;
    }
    QHash<QDate, int> counts;
    for (const Models::Article &article : std::as_const(scheduled.value()))
        ++counts[article.publishAt.toLocalTime().date()];
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setForeground(palette().color(QPalette::Link));
        format.setToolTip(tr("%n article(s) scheduled", nullptr, it.value()));
        m_calendar->setDateTextFormat(it.key(), format);
        m_marked.append(it.key());
    }
    showDay();
}

void PublicationCalendar::showDay()
{
    m_day->clear();
    const QDate day = m_calendar->selectedDate();
    auto scheduled = Models::PublicationSchedule(m_newsroom).between(QDateTime(day, QTime(0, 0)),
                                                                      QDateTime(day.addDays(1), QTime(0, 0)));
    if (!scheduled) {
        m_note->setText(tr("Could not read the scheduled articles: %1").arg(scheduled.error().message));
        return;
    }
    for (const Models::Article &article : std::as_const(scheduled.value())) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2").arg(QLocale().toString(article.publishAt.toLocalTime().time(), QStringLiteral("HH:mm")),
                                         article.title),
            m_day);
        item->setData(IdRole, article.id);
        item->setToolTip(article.title);
    }
    m_note->setText(scheduled->isEmpty() ? tr("Nothing is scheduled on %1.").arg(Models::Localization::dateText(day))
                                         : tr("Scheduled on %1 (double-click to open):").arg(Models::Localization::dateText(day)));
}

} // namespace PortalDesk::Widgets
