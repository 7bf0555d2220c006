#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace PortalDesk::Widgets {

// A plain-text editor for an article's Markdown body, highlighted by
// KSyntaxHighlighting with a theme that follows the palette.
class MarkdownEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MarkdownEdit(QWidget *parent = nullptr);

    QString themeName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace PortalDesk::Widgets
