#pragma once

#include "article.h"

#include <QWidget>

#include <optional>
#include <utility>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace PortalDesk::Widgets {

class RevisionDiffView;

// The docks around the editor: what the open article is (details), what the
// desk said about it (comments), and what happened to it (history).

class DetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);
    void setArticle(const std::optional<Models::Article> &article);
    // Rows of (label, value) on the article's royalties, for those who see
    // them; none for the others. Cleared by setArticle().
    void setRoyalty(const QList<std::pair<QString, QString>> &rows);
    QString text() const;

private:
    void render();

    QLabel *m_text = nullptr;
    std::optional<Models::Article> m_article;
    QList<std::pair<QString, QString>> m_royalty;
};

class CommentsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CommentsPanel(QWidget *parent = nullptr);
    void setComments(const QList<Models::Comment> &comments);  // newest first
    void setCanComment(bool canComment);
    QListWidget *list() const { return m_list; }
    QPlainTextEdit *input() const { return m_input; }
    QPushButton *addButton() const { return m_add; }
    void clearInput();

Q_SIGNALS:
    void commentRequested(const QString &text);

private:
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QPushButton *m_add = nullptr;
};

class HistoryPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);
    // The history of the article `articleId`. Shown again for the same
    // article (another desk saved, a comment came), it keeps the two
    // versions the user chose to compare, if both are still there; the
    // default comparison (newest against the one before) moves on to the
    // newest version.
    void setHistory(const QString &articleId, const QList<Models::Revision> &revisions,
                    const QList<Models::AuditEntry> &audit);
    QTreeWidget *events() const { return m_events; }
    RevisionDiffView *diffView() const { return m_diff; }

    // The version that was current when the article was last approved.
    static std::optional<int> lastApprovedVersion(const QList<Models::Revision> &revisions,
                                                  const QList<Models::AuditEntry> &audit);

private:
    QTreeWidget *m_events = nullptr;
    RevisionDiffView *m_diff = nullptr;
    QString m_articleId;
    QList<int> m_versions;  // newest first, as last shown
};

} // namespace PortalDesk::Widgets
