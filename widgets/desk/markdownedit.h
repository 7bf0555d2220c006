#pragma once

#include <QPlainTextEdit>
#include <QSet>

class QMenu;
class QMimeData;

namespace PortalDesk::Widgets {

class SpellCheckHighlighter;

// A plain-text editor for an article's Markdown body, highlighted by
// KSyntaxHighlighting with a theme that follows the palette, and spell checked
// in Vietnamese. Misspelt words offer suggestions, "Add to Dictionary" and
// "Ignore" on top of the usual context menu.
class MarkdownEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int MaxSuggestions = 8;

    explicit MarkdownEdit(QWidget *parent = nullptr);

    QString themeName() const;

    SpellCheckHighlighter *spellCheckHighlighter() const;
    // False when the Vietnamese dictionary is missing: spell checking is off.
    bool dictionaryAvailable() const;
    bool isSpellCheckEnabled() const;
    QSet<QString> acceptedWords() const;

    // The context menu for a point of the viewport: spelling actions for a
    // misspelt word there, then the standard menu. The caller owns the menu.
    QMenu *createContextMenu(const QPoint &position);

public Q_SLOTS:
    void setSpellCheckEnabled(bool enabled);
    // The newsroom's word list; words added from the menu join it at once.
    void setAcceptedWords(const QSet<QString> &words);

Q_SIGNALS:
    // The user chose "Add to Dictionary": the caller stores the word (in NFC)
    // in the newsroom's word list.
    void wordAddedToDictionary(const QString &word);
    // Picture files dropped or pasted (in the order given), or a picture
    // pasted as data: the cursor is where they go. The window adds them to
    // the newsroom and inserts their references.
    void photoFilesDropped(const QStringList &paths);
    void photoPasted(const QByteArray &bytes, const QString &name);
    // "Set as Lead Photo" on a photo reference.
    void leadPhotoRequested(const QString &mediaId);
    // "Alt Text…" on a photo reference: the library's description of the
    // photo for readers who cannot see it.
    void altTextRequested(const QString &mediaId);

protected:
    void changeEvent(QEvent *event) override;
    // Pasted text is cleaned of invisible junk and put in NFC; text in an
    // old Vietnamese encoding (TCVN3, VNI, VIQR) is offered for conversion
    // with a preview first.
    void insertFromMimeData(const QMimeData *source) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    // Tab and Shift+Tab move the focus, as in every other field, except in
    // a list item, where they nest it one level deeper or bring it back.
    bool event(QEvent *event) override;

private:
    void applyTheme();
    void replaceWord(int position, int length, const QString &word, const QString &replacement);
    bool indentListItem(bool deeper);

    SpellCheckHighlighter *m_highlighter = nullptr;
};

} // namespace PortalDesk::Widgets
