#pragma once

#include "documentimport.h"
#include "gazette.h"
#include "legalstructure.h"
#include "user.h"

#include <QMainWindow>

#include <optional>

class QComboBox;
class QListWidget;
class QTimer;
class QTreeWidget;

namespace PortalDesk::Models {
class Newsroom;
}

namespace PortalDesk::Widgets {

class GazetteDocumentForm;
class LegalTextEdit;

// The Công báo desk: import a document (.docx, .odt, text, clipboard),
// fill in and check its metadata, edit its text with the legal syntax
// highlighted, an outline to move through it and the structure problems
// listed as one types; then put it into a numbered issue, order the issue,
// export it as PDF or ODT, and take documents and issues through review.
class GazetteWindow final : public QMainWindow
{
    Q_OBJECT

public:
    GazetteWindow(Models::Newsroom &newsroom, Models::User user, QWidget *parent = nullptr);
    ~GazetteWindow() override;

    // What the actions do, callable without their file dialogs (tests).
    bool importFile(const QString &path);
    void importText(const QString &text);
    bool save();
    bool exportIssue(const QString &path);
    bool newIssue(int year, const Models::GazetteIssueNumber &number, const QDate &date);
    bool addCurrentToIssue();
    bool perform(Models::ReviewAction action, bool onIssue, const QString &reason = {});
    void openDocument(const QString &id);
    void selectIssue(const QString &id);

    QString currentDocumentId() const { return m_documentId; }
    QString currentIssueId() const;
    const Models::LegalStructure &structure() const { return m_structure; }
    // The problems shown, notes on unknown citations included.
    QStringList problemTexts() const;

private:
    void createActions();
    void createDocks();
    void refreshDocuments();
    void refreshIssues();
    void refreshIssueContents();
    void scheduleCheck();
    void check();
    void updateActions();
    void error(const QString &message);
    bool confirmDiscard();
    void closeEvent(QCloseEvent *event) override;

    Models::Newsroom &m_newsroom;
    Models::User m_user;
    GazetteDocumentForm *m_form;
    LegalTextEdit *m_editor;
    QTreeWidget *m_documents;
    QTreeWidget *m_outline;
    QListWidget *m_problems;
    QComboBox *m_issues;
    QListWidget *m_contents;
    QTimer *m_checkTimer;

    QString m_documentId;  // empty: not stored yet
    int m_documentVersion = 0;
    Models::ArticleState m_documentState = Models::ArticleState::Draft;
    std::optional<Models::ImportedDocument> m_imported;  // the original of an unsaved import
    bool m_modified = false;
    Models::LegalStructure m_structure;
    QList<Models::LegalProblem> m_citationNotes;
    QHash<QString, QAction *> m_actions;
};

} // namespace PortalDesk::Widgets
