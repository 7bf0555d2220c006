#pragma once

#include "article.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTextDocument;

namespace PortalDesk::Widgets {

// What changed between two saved versions of an article, word by word: the
// title, the summary and the body, each diffed with Models::wordDiff(), shown
// read-only with deletions struck through on a red tint and insertions
// underlined on a green tint. The reviewer picks any two versions, or the last
// approved one against the newest.
class RevisionDiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionDiffView)

public:
    explicit RevisionDiffView(QWidget *parent = nullptr);

    // The article's saved versions, in any order (the store gives them newest
    // first), and the version that was last approved, if any. Shows the newest
    // version against the one before it.
    void setRevisions(const QList<Models::Revision> &revisions, std::optional<int> approvedVersion = {});

    // The versions compared, older side first as chosen; 0 when fewer than two
    // versions exist and nothing is compared.
    int fromVersion() const { return m_from; }
    int toVersion() const { return m_to; }
    std::optional<int> approvedVersion() const { return m_approved; }

    // Syllables (whitespace-separated words) in the inserted and the deleted
    // text of the current comparison, all three fields together.
    int addedWords() const { return m_addedWords; }
    int removedWords() const { return m_removedWords; }

    // The HTML handed to the browser, style sheet included, and the document
    // it became.
    QString renderedHtml() const { return m_html; }
    QTextDocument *document() const;

public Q_SLOTS:
    // Versions that are not among the revisions are ignored.
    void compare(int fromVersion, int toVersion);
    // The last approved version against the newest; does nothing when no
    // approved version is known.
    void compareWithApproved();

Q_SIGNALS:
    // The view now shows another pair of versions, or new revisions.
    void comparisonChanged(int from, int to);

protected:
    void changeEvent(QEvent *event) override;

private:
    const Models::Revision *revision(int version) const;
    QString revisionLabel(const Models::Revision &revision) const;
    void fillCombos();
    void selectionChanged();
    void render();
    void showMessage(const QString &message);

    QComboBox *m_fromCombo = nullptr;
    QComboBox *m_toCombo = nullptr;
    QPushButton *m_approvedButton = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_browser = nullptr;

    QList<Models::Revision> m_revisions; // newest first
    std::optional<int> m_approved;
    int m_from = 0;
    int m_to = 0;
    int m_addedWords = 0;
    int m_removedWords = 0;
    QString m_html;
};

} // namespace PortalDesk::Widgets
