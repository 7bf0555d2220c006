#pragma once

#include "article.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace PortalDesk::Widgets {

class MarkdownEdit;

// Shows one article for editing: title, sapo and the Markdown body.
class ArticleEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleEditor(QWidget *parent = nullptr);

    void setArticle(const Models::Article &article);
    // The article as shown, with the user's edits; version is the one the
    // edits are based on.
    Models::Article article() const;
    bool hasArticle() const { return !m_article.id.isEmpty(); }
    bool isModified() const;
    void setModified(bool modified);
    void clear();

    MarkdownEdit *bodyEdit() const { return m_body; }

Q_SIGNALS:
    void modificationChanged(bool modified);

private:
    void updateInfo();

    Models::Article m_article;
    bool m_modified = false;
    QLabel *m_info = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    MarkdownEdit *m_body = nullptr;
};

} // namespace PortalDesk::Widgets
