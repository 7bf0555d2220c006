#include "markdownedit.h"

#include <QKeyEvent>
#include <QRegularExpression>
#include <QTextBlock>

#include "highlighting.h"
#include "legacyencoding.h"
#include "legacypastedialog.h"
#include "markdownhtml.h"
#include "vietnamesetext.h"
#include "spellcheckhighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QBuffer>
#include <QContextMenuEvent>
#include <QFileInfo>
#include <QImage>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QTextBlock>
#include <QUrl>
#include <QEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace PortalDesk::Widgets {

MarkdownEdit::MarkdownEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new SpellCheckHighlighter(document()))
{
    setObjectName(u"markdownEdit"_s);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // Keyboard users leave the body with Tab; a Tab typed into Markdown
    // would only make the paragraph code.
    setTabChangesFocus(true);
    m_highlighter->setDefinition(syntaxRepository().definitionForName(u"Markdown"_s));
    applyTheme();
}

QString MarkdownEdit::themeName() const
{
    return m_highlighter->theme().name();
}

namespace {

// The local files of a drop or paste that may be pictures (the import
// decides, and names any that are not).
QStringList pictureFiles(const QMimeData *source)
{
    static const QStringList suffixes{u"jpg"_s, u"jpeg"_s, u"png"_s, u"webp"_s, u"heic"_s, u"heif"_s,
                                      u"avif"_s, u"tif"_s, u"tiff"_s, u"gif"_s, u"svg"_s, u"bmp"_s};
    QStringList paths;
    if (!source->hasUrls())
        return paths;
    for (const QUrl &url : source->urls()) {
        if (url.isLocalFile() && suffixes.contains(QFileInfo(url.toLocalFile()).suffix().toLower()))
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

bool MarkdownEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return !pictureFiles(source).isEmpty() || source->hasImage() || QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEdit::insertFromMimeData(const QMimeData *source)
{
    if (const QStringList pictures = pictureFiles(source); !pictures.isEmpty()) {
        if (!isReadOnly())
            Q_EMIT photoFilesDropped(pictures);
        return;
    }
    if (source->hasImage() && !isReadOnly()) {
        // A picture copied from a browser or a screenshot tool: its own
        // bytes when they come as a file type, else re-encoded losslessly.
        for (const QString &type : {u"image/jpeg"_s, u"image/png"_s, u"image/webp"_s}) {
            if (source->hasFormat(type)) {
                Q_EMIT photoPasted(source->data(type), tr("Pasted picture"));
                return;
            }
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        qvariant_cast<QImage>(source->imageData()).save(&buffer, "PNG");
        if (!png.isEmpty())
            Q_EMIT photoPasted(png, tr("Pasted picture"));
        return;
    }
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
    // One undo step for the whole paste, as for any other.
    textCursor().insertText(Models::cleanPastedText(text));
    ensureCursorVisible();
}

bool MarkdownEdit::event(QEvent *event)
{
    // The formatting shortcuts win over the text field's own use of a key
    // (Ctrl+K deletes to the end of the line on X11).
    if (event->type() == QEvent::ShortcutOverride) {
        const QKeySequence key(static_cast<QKeyEvent *>(event)->keyCombination());
        const auto own = actions();
        for (const QAction *action : own) {
            if (action->isEnabled() && action->shortcuts().contains(key)) {
                event->ignore();
                return true;
            }
        }
    }
    // Before QWidget::event() turns Tab into a move of the focus.
    if (event->type() == QEvent::KeyPress && !isReadOnly()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        const bool tab = key->key() == Qt::Key_Tab && modifiers == Qt::NoModifier;
        const bool backtab = key->key() == Qt::Key_Backtab
            || (key->key() == Qt::Key_Tab && modifiers == Qt::ShiftModifier);
        if ((tab || backtab) && indentListItem(tab)) {
            event->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

bool MarkdownEdit::indentListItem(bool deeper)
{
    // A list item: optional indentation, then "-", "*", "+" or "1." / "1)" and a space.
    static const QRegularExpression item(u"^( *)([-*+]|\\d{1,9}[.)]) "_s);
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return false;
    QTextBlock block = cursor.block();
    const QRegularExpressionMatch match = item.match(block.text());
    if (!match.hasMatch())
        return false;
    const int indent = int(match.capturedLength(1));
    if (!deeper && indent == 0)
        return false;  // the focus moves on, as for any other line
    QTextCursor edit(block);
    if (deeper) {
        edit.insertText(u"    "_s);
    } else {
        edit.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, qMin(indent, 4));
        edit.removeSelectedText();
    }
    return true;
}

SpellCheckHighlighter *MarkdownEdit::spellCheckHighlighter() const
{
    return m_highlighter;
}

bool MarkdownEdit::dictionaryAvailable() const
{
    return m_highlighter->dictionaryAvailable();
}

bool MarkdownEdit::isSpellCheckEnabled() const
{
    return m_highlighter->isSpellCheckEnabled();
}

void MarkdownEdit::setSpellCheckEnabled(bool enabled)
{
    m_highlighter->setSpellCheckEnabled(enabled);
}

QSet<QString> MarkdownEdit::acceptedWords() const
{
    return m_highlighter->acceptedWords();
}

void MarkdownEdit::setAcceptedWords(const QSet<QString> &words)
{
    m_highlighter->setAcceptedWords(words);
}

QMenu *MarkdownEdit::createContextMenu(const QPoint &position)
{
    QMenu *menu = createStandardContextMenu(position);
    const int at = cursorForPosition(position).position();
    const QTextBlock block = document()->findBlock(at);
    for (const Models::PhotoReference &reference : Models::photoReferences(block.text())) {
        const qsizetype inBlock = at - block.position();
        if (inBlock < reference.start || inBlock > reference.start + reference.length || isReadOnly())
            continue;
        auto *lead = new QAction(tr("Set as &Lead Photo"), menu);
        lead->setObjectName(u"setLeadPhoto"_s);
        connect(lead, &QAction::triggered, this, [this, id = reference.id] { Q_EMIT leadPhotoRequested(id); });
        auto *alt = new QAction(tr("&Alt Text for Readers Who Cannot See It…"), menu);
        alt->setObjectName(u"photoAltText"_s);
        connect(alt, &QAction::triggered, this, [this, id = reference.id] { Q_EMIT altTextRequested(id); });
        menu->insertAction(menu->actions().value(0), lead);
        menu->insertAction(menu->actions().value(1), alt);
        menu->insertSeparator(menu->actions().value(2));
        break;
    }
    const SpellCheckHighlighter::MisspelledWord misspelled
        = m_highlighter->misspelledWordAt(cursorForPosition(position).position());
    if (!misspelled.isValid())
        return menu;

    QList<QAction *> spelling;
    const QStringList suggestions = m_highlighter->suggestions(misspelled.word, MaxSuggestions);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(QString(suggestion).replace(u'&', u"&&"_s), menu);
        action->setObjectName(u"spellSuggestion"_s);
        connect(action, &QAction::triggered, this, [this, misspelled, suggestion] {
            replaceWord(misspelled.position, misspelled.length, misspelled.word, suggestion);
        });
        spelling.append(action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No Suggestions"), menu);
        none->setObjectName(u"spellNoSuggestions"_s);
        none->setEnabled(false);
        spelling.append(none);
    }

    auto *add = new QAction(tr("Add to Dictionary"), menu);
    add->setObjectName(u"spellAddToDictionary"_s);
    connect(add, &QAction::triggered, this, [this, word = misspelled.word] {
        m_highlighter->acceptWord(word);
        Q_EMIT wordAddedToDictionary(word);
    });
    spelling.append(add);

    auto *ignore = new QAction(tr("Ignore"), menu);
    ignore->setObjectName(u"spellIgnore"_s);
    connect(ignore, &QAction::triggered, this, [this, word = misspelled.word] { m_highlighter->ignoreWord(word); });
    spelling.append(ignore);

    auto *separator = new QAction(menu);
    separator->setSeparator(true);
    spelling.append(separator);

    menu->insertActions(menu->actions().value(0), spelling);
    return menu;
}

void MarkdownEdit::replaceWord(int position, int length, const QString &word, const QString &replacement)
{
    QTextCursor cursor(document());
    cursor.setPosition(position);
    cursor.setPosition(position + length, QTextCursor::KeepAnchor);
    // The text may have changed under an open menu (autosave reload, a
    // collaborator's revision); replace only the word that was offered.
    if (cursor.selectedText().normalized(QString::NormalizationForm_C) != word)
        return;
    cursor.beginEditBlock();
    cursor.insertText(replacement);
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void MarkdownEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // Switching between a light and a dark palette must re-colour the text.
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void MarkdownEdit::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard the menu is about the word at the text cursor.
    const QPoint position
        = event->reason() == QContextMenuEvent::Keyboard ? cursorRect().center() : event->pos();
    QMenu *menu = createContextMenu(position);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
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
