#include "markdownedit.h"

#include "highlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>

namespace PortalDesk::Widgets {

MarkdownEdit::MarkdownEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setObjectName(QStringLiteral("markdownEdit"));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    m_highlighter->setDefinition(syntaxRepository().definitionForName(QStringLiteral("Markdown")));
    applyTheme();
}

QString MarkdownEdit::themeName() const
{
    return m_highlighter->theme().name();
}

void MarkdownEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // Switching between a light and a dark palette must re-colour the text.
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void MarkdownEdit::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = themeForPalette(palette());
    if (m_highlighter->theme().name() == theme.name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

} // namespace PortalDesk::Widgets
