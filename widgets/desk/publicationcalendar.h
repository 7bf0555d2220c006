#pragma once

#include <QWidget>

class QCalendarWidget;
class QLabel;
class QListWidget;

namespace PortalDesk::Models {
class Newsroom;
}

namespace PortalDesk::Widgets {

// The calendar of scheduled articles: a month whose days with articles due
// are in bold (their count in the day's tooltip), and the chosen day's
// articles by time; activating one opens it. Read when shown and when the
// desk says the articles changed, a month at a time.
class PublicationCalendar final : public QWidget
{
    Q_OBJECT

public:
    explicit PublicationCalendar(Models::Newsroom &newsroom, QWidget *parent = nullptr);

    QCalendarWidget *calendar() const { return m_calendar; }
    QListWidget *dayList() const { return m_day; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openRequested(const QString &articleId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showDay();

    Models::Newsroom &m_newsroom;
    QCalendarWidget *m_calendar;
    QListWidget *m_day;
    QLabel *m_note;
    QList<QDate> m_marked;
};

} // namespace PortalDesk::Widgets
