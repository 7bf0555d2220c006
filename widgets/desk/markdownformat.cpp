#include "markdownformat.h"

#include "markdownedit.h"
#include "safeurl.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>

namespace PortalDesk::Widgets {

namespace {

// The blocks the selection touches, first to last.
QList<QTextBlock> selectedBlocks(const QTextCursor &cursor)
{
    QList<QTextBlock> blocks;
    QTextBlock block = cursor.document()->findBlock(cursor.selectionStart());
    const QTextBlock last = cursor.document()->findBlock(cursor.selectionEnd());
    while (block.isValid()) {
        blocks.append(block);
        if (block == last)
            break;
        block = block.next();
    }
    return blocks;
}

// Replaces the start of a block: `length` characters by `text`.
void replaceLineStart(const QTextBlock &block, int length, const QString &text)
{
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, length);
    cursor.insertText(text);
}

} // namespace

void MarkdownFormat::toggleInline(QPlainTextEdit *edit, const QString &marker)
{
    QTextCursor cursor = edit->textCursor();
    if (!cursor.hasSelection()) {
        cursor.select(QTextCursor::WordUnderCursor);
        if (!cursor.hasSelection() || cursor.selectedText().trimmed().isEmpty()) {
            // Nothing to format yet: the markers, and the cursor between them.
            cursor = edit->textCursor();
            cursor.insertText(marker + marker);
            cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::MoveAnchor, int(marker.size()));
            edit->setTextCursor(cursor);
            return;
        }
    }
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    const QString text = cursor.selectedText();
    const QString all = edit->toPlainText();
    const int m = int(marker.size());
    cursor.beginEditBlock();
    QTextCursor result(edit->document());
    if (text.size() > 2 * m && text.startsWith(marker) && text.endsWith(marker)) {
        // The markers are selected too: off.
        cursor.insertText(text.mid(m, text.size() - 2 * m));
        result.setPosition(start);
        result.setPosition(end - 2 * m, QTextCursor::KeepAnchor);
    } else if (start >= m && all.mid(start - m, m) == marker && all.mid(end, m) == marker
               // "**" around a selection in italics is bold, not italic's "*"s.
               && !(m == 1 && (start >= 2 && all.mid(start - 2, 2) == u"**" && all.mid(end, 2) == u"**"
                               && !(start >= 3 && all.mid(start - 3, 3) == u"***")))) {
        QTextCursor around(edit->document());
        around.setPosition(end);
        around.setPosition(end + m, QTextCursor::KeepAnchor);
        around.removeSelectedText();
        around.setPosition(start - m);
        around.setPosition(start, QTextCursor::KeepAnchor);
        around.removeSelectedText();
        result.setPosition(start - m);
        result.setPosition(end - m, QTextCursor::KeepAnchor);
    } else {
        // Spaces selected at the ends stay outside: "** bold**" is not bold in Markdown.
        const qsizetype lead = text.size() - QString(text).remove(QRegularExpression(QStringLiteral("^\\s+"))).size();
        const qsizetype trail = text.size() - QString(text).remove(QRegularExpression(QStringLiteral("\\s+$"))).size();
        const QString inner = text.mid(lead, text.size() - lead - trail);
        cursor.insertText(text.left(lead) + marker + inner + marker + text.right(trail));
        result.setPosition(start + int(lead) + m);
        result.setPosition(start + int(lead) + m + int(inner.size()), QTextCursor::KeepAnchor);
    }
    cursor.endEditBlock();
    edit->setTextCursor(result);
}

void MarkdownFormat::toggleLinePrefix(QPlainTextEdit *edit, const QString &prefix)
{
    QTextCursor cursor = edit->textCursor();
    const QList<QTextBlock> blocks = selectedBlocks(cursor);
    const bool allHave = std::all_of(blocks.cbegin(), blocks.cend(),
                                     [&prefix](const QTextBlock &block) { return block.text().startsWith(prefix); });
    cursor.beginEditBlock();
    for (const QTextBlock &block : blocks) {
        if (allHave)
            replaceLineStart(block, int(prefix.size()), QString());
        else if (!block.text().startsWith(prefix))
            replaceLineStart(block, 0, prefix);
    }
    cursor.endEditBlock();
}

void MarkdownFormat::toggleNumbered(QPlainTextEdit *edit)
{
    static const QRegularExpression number(QStringLiteral("^\\d{1,9}[.)] "));
    QTextCursor cursor = edit->textCursor();
    const QList<QTextBlock> blocks = selectedBlocks(cursor);
    const bool allHave = std::all_of(blocks.cbegin(), blocks.cend(),
                                     [](const QTextBlock &block) { return number.match(block.text()).hasMatch(); });
    cursor.beginEditBlock();
    int n = 0;
    for (const QTextBlock &block : blocks) {
        const QRegularExpressionMatch match = number.match(block.text());
        const int length = match.hasMatch() ? int(match.capturedLength()) : 0;
        replaceLineStart(block, length, allHave ? QString() : QStringLiteral("%1. ").arg(++n));
    }
    cursor.endEditBlock();
}

void MarkdownFormat::toggleHeading(QPlainTextEdit *edit, int level)
{
    static const QRegularExpression heading(QStringLiteral("^#{1,6} +"));
    QTextCursor cursor = edit->textCursor();
    const QTextBlock block = cursor.block();
    const QRegularExpressionMatch match = heading.match(block.text());
    const QString wanted = QString(level, u'#') + u' ';
    cursor.beginEditBlock();
    if (match.hasMatch())
        replaceLineStart(block, int(match.capturedLength()), match.captured().trimmed().size() == level ? QString() : wanted);
    else
        replaceLineStart(block, 0, wanted);
    cursor.endEditBlock();
}

void MarkdownFormat::insertLink(QPlainTextEdit *edit, const QString &address)
{
    QTextCursor cursor = edit->textCursor();
    QString text = cursor.selectedText().trimmed();
    if (text.isEmpty())
        text = address;
    // Brackets in the text would end it early.
    text.replace(u'[', u'(').replace(u']', u')');
    QString target = address;
    target.replace(u' ', QStringLiteral("%20")).replace(u'(', QStringLiteral("%28")).replace(u')', QStringLiteral("%29"));
    cursor.insertText(u'[' + text + QStringLiteral("](") + target + u')');
    edit->setTextCursor(cursor);
}

FormatActions::FormatActions(MarkdownEdit *edit)
    : QObject(edit)
    , m_edit(edit)
{
    addAction(Bold, QStringLiteral("format-text-bold"), tr("&Bold"), QKeySequence(Qt::CTRL | Qt::Key_B));
    addAction(Italic, QStringLiteral("format-text-italic"), tr("&Italic"), QKeySequence(Qt::CTRL | Qt::Key_I));
    addAction(Heading, QStringLiteral("format-font-size-more"), tr("&Heading"), QKeySequence(Qt::CTRL | Qt::Key_2));
    addAction(Subheading, QStringLiteral("format-font-size-less"), tr("&Subheading"), QKeySequence(Qt::CTRL | Qt::Key_3));
    addAction(BulletList, QStringLiteral("format-list-unordered"), tr("Bulleted &List"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
    addAction(NumberedList, QStringLiteral("format-list-ordered"), tr("&Numbered List"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7));
    addAction(Quote, QStringLiteral("format-text-blockquote"), tr("&Quote"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_9));
    addAction(Link, QStringLiteral("insert-link"), tr("Lin&k…"), QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(action(Bold), &QAction::triggered, this, [this] { MarkdownFormat::toggleInline(m_edit, QStringLiteral("**")); });
    connect(action(Italic), &QAction::triggered, this, [this] { MarkdownFormat::toggleInline(m_edit, QStringLiteral("*")); });
    connect(action(Heading), &QAction::triggered, this, [this] { MarkdownFormat::toggleHeading(m_edit, 2); });
    connect(action(Subheading), &QAction::triggered, this, [this] { MarkdownFormat::toggleHeading(m_edit, 3); });
    connect(action(BulletList), &QAction::triggered, this, [this] { MarkdownFormat::toggleLinePrefix(m_edit, QStringLiteral("- ")); });
    connect(action(NumberedList), &QAction::triggered, this, [this] { MarkdownFormat::toggleNumbered(m_edit); });
    connect(action(Quote), &QAction::triggered, this, [this] { MarkdownFormat::toggleLinePrefix(m_edit, QStringLiteral("> ")); });
    connect(action(Link), &QAction::triggered, this, &FormatActions::askLink);
}

void FormatActions::addAction(Kind kind, const QString &icon, const QString &text, const QKeySequence &key)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    action->setShortcut(key);
    // Live where the body has the focus; the menu and the toolbar reach it anyway.
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(u'&').remove(u'…'),
                                                     key.toString(QKeySequence::NativeText)));
    m_edit->addAction(action);
    m_actions.insert(kind, action);
    m_ordered.append(action);
}

void FormatActions::setEnabled(bool enabled)
{
    for (QAction *action : std::as_const(m_ordered))
        action->setEnabled(enabled);
}

void FormatActions::askLink()
{
    bool ok = false;
    const QString address = QInputDialog::getText(m_edit, tr("Insert Link"), tr("Web address (https://…):"),
                                                  QLineEdit::Normal, QStringLiteral("https://"), &ok)
                                .trimmed();
    if (!ok || address.isEmpty() || address == u"https://")
        return;
    const QString safe = Models::safeUrl(address);
    if (safe.isEmpty() || !(safe.startsWith(u"http://") || safe.startsWith(u"https://") || safe.startsWith(u"mailto:")
                            || safe.startsWith(u"tel:"))) {
        QMessageBox::warning(m_edit, tr("Insert Link"),
                             tr("\"%1\" is not a web address: a link starts with https://, http://, mailto: or tel:.")
                                 .arg(address));
        return;
    }
    MarkdownFormat::insertLink(m_edit, safe);
    m_edit->setFocus();
}

} // namespace PortalDesk::Widgets
