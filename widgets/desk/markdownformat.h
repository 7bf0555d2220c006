#pragma once

#include <QHash>
#include <QObject>

class QAction;
class QPlainTextEdit;

namespace PortalDesk::Widgets {

class MarkdownEdit;

// Formatting as a word processor offers it, written as the Markdown the body
// is kept in, so that reporters need not know Markdown: each function acts
// on the selection (or the word or line at the cursor) and undoes in one
// step; applied twice, it takes the formatting off again.
namespace MarkdownFormat {
// "**" for bold, "*" for italic: around the selection or the word at the cursor.
void toggleInline(QPlainTextEdit *edit, const QString &marker);
// "- " for a bulleted list, "> " for a quote: in front of every selected line.
void toggleLinePrefix(QPlainTextEdit *edit, const QString &prefix);
// "1. ", "2. ", … in front of every selected line.
void toggleNumbered(QPlainTextEdit *edit);
// "## " (level 2) or "### " (level 3) in front of the line.
void toggleHeading(QPlainTextEdit *edit, int level);
// [the selection](address), or the address as its own text when nothing is selected.
void insertLink(QPlainTextEdit *edit, const QString &address);
} // namespace MarkdownFormat

// The Format actions of a body editor, for its toolbar and the window's
// Format menu. Their shortcuts work while the body has the focus (Ctrl+B,
// Ctrl+I, Ctrl+K, Ctrl+2, Ctrl+3, Ctrl+Shift+8, Ctrl+Shift+7, Ctrl+Shift+9)
// and win over the text field's own use of the same keys.
class FormatActions final : public QObject
{
    Q_OBJECT

public:
    enum Kind { Bold, Italic, Heading, Subheading, BulletList, NumberedList, Quote, Link };

    explicit FormatActions(MarkdownEdit *edit);

    QList<QAction *> actions() const { return m_ordered; }
    QAction *action(Kind kind) const { return m_actions.value(kind); }
    // Off while the body cannot be typed in.
    void setEnabled(bool enabled);

private:
    void addAction(Kind kind, const QString &icon, const QString &text, const QKeySequence &key);
    void askLink();

    MarkdownEdit *m_edit;
    QHash<int, QAction *> m_actions;
    QList<QAction *> m_ordered;
};

} // namespace PortalDesk::Widgets
