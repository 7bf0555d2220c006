#pragma once

#include "digestbuilder.h"
#include "reviewchain.h"
#include "user.h"

#include <QHash>
#include <QMainWindow>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;

namespace PortalDesk::Models {
class FeedFetcher;
class Newsroom;
}

namespace PortalDesk::Widgets {

// The press digest's composer: the day's candidate stories (the relevant
// items, merged across outlets) on one side, the digest on the other; drag
// stories across and into order, edit each one's title, summary, section,
// tone and units concerned, write the recommendations, and see the preview
// of exactly what the PDF, ODT and e-mail will hold. Feeds are fetched from
// here too, without blocking the window.
class DigestWindow final : public QMainWindow
{
    Q_OBJECT

public:
    DigestWindow(Models::Newsroom &newsroom, Models::User user, QWidget *parent = nullptr);
    ~DigestWindow() override;

    void setDay(const QDate &day);
    // Moves candidate `row` to the end of the digest.
    void addCandidate(int row);
    bool save();
    bool perform(Models::ReviewAction action, const QString &reason = {});
    bool exportTo(const QString &path);
    void fetchFeeds();

    Models::DigestDraft currentDraft() const;
    QString previewHtml() const;
    QPlainTextEdit *summaryEdit() const { return m_summary; }

Q_SIGNALS:
    void fetchFinished();

private:
    void createActions();
    void loadDay();
    void refreshFeeds();
    void showEntry(QListWidgetItem *item);
    void applyEntryEdits();
    void highlightMatches();
    void schedulePreview();
    void updatePreview();
    void updateActions();
    QListWidgetItem *makeItem(const Models::DigestEntry &entry);
    void error(const QString &message);

    Models::Newsroom &m_newsroom;
    Models::User m_user;
    QDateEdit *m_day;
    QListWidget *m_candidates;
    QListWidget *m_digest;
    QListWidget *m_feeds;
    QLineEdit *m_title;
    QPlainTextEdit *m_summary;
    QComboBox *m_section;
    QComboBox *m_tone;
    QLineEdit *m_concerns;
    QPlainTextEdit *m_recommendations;
    QTextBrowser *m_preview;
    QTimer *m_previewTimer;
    Models::FeedFetcher *m_fetcher;

    QHash<int, Models::DigestEntry> m_entries;  // by the key items carry
    int m_nextKey = 1;
    QStringList m_sections;
    QString m_office;
    int m_version = 0;
    Models::ArticleState m_state = Models::ArticleState::Draft;
    bool m_loading = false;
    QHash<QString, QAction *> m_actions;
};

} // namespace PortalDesk::Widgets
