#include "legaltextedit.h"

#include "highlighting.h"
#include "legacyencoding.h"
#include "legacypastedialog.h"
#include "vietnamesetext.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QMimeData>
#include <QTextBlock>

namespace PortalDesk::Widgets {

LegalTextEdit::LegalTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setObjectName(QStringLiteral("legalTextEdit"));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_highlighter->setDefinition(syntaxRepository().definitionForName(definitionName()));
    applyTheme();
}

bool LegalTextEdit::hasDefinition() const
{
    return m_highlighter->definition().isValid() && m_highlighter->definition().name() == definitionName();
}

void LegalTextEdit::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void LegalTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source->hasText()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    QString text = source->text();
    if (const auto encoding = Models::detectLegacyEncoding(text); encoding != Models::LegacyEncoding::None) {
        LegacyPasteDialog dialog(text, encoding, this);
        if (dialog.exec() == QDialog::Rejected)
            return;
        text = dialog.result();
    }
    textCursor().insertText(Models::cleanPastedText(text));
    ensureCursorVisible();
}

void LegalTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void LegalTextEdit::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = themeForPalette(palette());
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

} // namespace PortalDesk::Widgets
