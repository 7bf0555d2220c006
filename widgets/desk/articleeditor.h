#pragma once

#include "article.h"
#include "mediafigures.h"

#include <QImage>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTextBrowser;
class QTimer;
class QToolBar;
class QToolButton;

namespace PortalDesk::Models {
struct Autosave;
}

namespace PortalDesk::Widgets {

class FormatActions;

class MarkdownEdit;

// One article for editing: title, sapo, section, tags, source and the
// Markdown body, with a live preview of the very HTML the portal receives.
class ArticleEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleEditor(QWidget *parent = nullptr);

    void setArticle(const Models::Article &article);
    // Puts autosaved text back, as unsaved edits on top of the article.
    void restore(const Models::Autosave &text);
    // The article as shown, with the user's edits; version is the one the
    // edits are based on.
    Models::Article article() const;
    const Models::Article &savedArticle() const { return m_article; }
    bool hasArticle() const { return !m_article.id.isEmpty(); }
    bool isModified() const;
    void setModified(bool modified);
    // Read-only for those who may not edit the article in its state.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    void setSections(const QStringList &sections);
    void clear();

    // Where the editor finds the newsroom's photos: their descriptions and
    // sizes, and their thumbnails for the preview.
    struct PhotoSource {
        std::function<QHash<QString, Models::MediaFigure>(const QStringList &ids)> figures;
        std::function<QImage(const QString &id)> thumbnail;
    };
    void setPhotoSource(PhotoSource source);
    // Inserts `![caption](media:ID "credit")` for each photo at the cursor,
    // each in a paragraph of its own.
    void insertPhotos(const QStringList &ids);
    QString leadPhoto() const { return m_leadPhoto; }
    void setLeadPhoto(const QString &id);
    QLabel *leadPhotoLabel() const { return m_leadLabel; }
    // Renders the preview again (a photo's description changed).
    void refreshPreview() { updatePreview(); }

    MarkdownEdit *bodyEdit() const { return m_body; }
    FormatActions *formatActions() const { return m_format; }
    QToolBar *formatBar() const { return m_formatBar; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QTextBrowser *preview() const { return m_preview; }
    int wordCount() const;
    int characterCount() const;

Q_SIGNALS:
    void modificationChanged(bool modified);
    // Any edit of any field; the window autosaves a few seconds after.
    void edited();
    void countsChanged(int words, int characters);

private:
    void updatePreview();
    void onEdited();
    void showLeadPhoto();

    Models::Article m_article;
    bool m_modified = false;
    bool m_editable = true;
    bool m_loading = false;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QComboBox *m_section = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_source = nullptr;
    QSplitter *m_bodySplitter = nullptr;
    MarkdownEdit *m_body = nullptr;
    FormatActions *m_format = nullptr;
    QToolBar *m_formatBar = nullptr;
    QTextBrowser *m_preview = nullptr;
    QTimer *m_previewTimer = nullptr;
    PhotoSource m_photos;
    QString m_leadPhoto;
    QLabel *m_leadLabel = nullptr;
    QToolButton *m_clearLead = nullptr;
};

} // namespace PortalDesk::Widgets
