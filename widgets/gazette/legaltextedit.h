#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace PortalDesk::Widgets {

// The Công báo's text editor: plain legal text, highlighted by the
// "PortalDesk Legal Text" definition shipped in resources/syntax. Pasted
// text is cleaned and legacy Vietnamese encodings are offered for
// conversion, as in the article editor.
class LegalTextEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    static QString definitionName() { return QStringLiteral("PortalDesk Legal Text"); }

    explicit LegalTextEdit(QWidget *parent = nullptr);
    bool hasDefinition() const;
    void goToLine(int line);  // 0-based

protected:
    void insertFromMimeData(const QMimeData *source) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace PortalDesk::Widgets
