#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <memory>

namespace Sonnet {
class Speller;
}

namespace PortalDesk::Widgets {

// KSyntaxHighlighting's colours for a Markdown body with Vietnamese spell
// checking on top. A QTextDocument takes only one QSyntaxHighlighter, so
// Sonnet's own highlighter cannot run beside the syntax one: this class colours
// a block first, then merges a spell-check underline into the format of each
// misspelt word.
//
// Not checked: words with digits, all-caps abbreviations (UBND, OCOP),
// camel-case brands (iPhone, TikTok), single letters, URLs, e-mail addresses,
// domain names, Markdown link targets, HTML tags, inline code, fenced and
// indented code, and whatever the syntax definition marks as not for spell
// checking. Both accepted tone placements pass: "hòa"/"hoà", "thủy"/"thuỷ".
class SpellCheckHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellCheckHighlighter)

public:
    // A misspelt word in the document: its position, its length in the
    // document (an NFD word is longer than its NFC form) and the word in NFC.
    struct MisspelledWord {
        int position = -1;
        int length = 0;
        QString word;

        bool isValid() const { return position >= 0; }
    };

    // Marks the characters of a misspelt word in the block's formats, so the
    // editor can tell what the user sees from a layout.
    static constexpr int MisspelledProperty = QTextFormat::UserProperty + 0x5c;
    // Set on a photo reference `![caption](media:ID "credit")` that lacks
    // its caption or its credit: a problem of the article, marked like a
    // misspelling (in the warning colour), whether spell checking is on or
    // not. The value says what is missing, for a tooltip.
    static constexpr int PhotoProblemProperty = QTextFormat::UserProperty + 0x5d;

    explicit SpellCheckHighlighter(QTextDocument *document, const QString &language = defaultLanguage());
    ~SpellCheckHighlighter() override;

    static QString defaultLanguage();

    QString language() const;
    // False when Sonnet has no dictionary for the language; spell checking is
    // then off whatever setSpellCheckEnabled() was told.
    bool dictionaryAvailable() const;

    // True when the user's switch is on and the dictionary is there.
    bool isSpellCheckEnabled() const;
    void setSpellCheckEnabled(bool enabled);

    // The newsroom's word list. An entry of several syllables ("Hướng Hóa")
    // accepts each of them; a lower-case entry also accepts its capitalised
    // forms, a capitalised one only itself.
    QSet<QString> acceptedWords() const;
    void setAcceptedWords(const QSet<QString> &words);
    // Adds one word to the accepted words and re-checks the blocks using it.
    void acceptWord(const QString &word);
    // Accepts a word until this highlighter goes; setAcceptedWords() keeps it.
    void ignoreWord(const QString &word);

    // Whether a single word would be underlined: false for skipped kinds of
    // words, accepted words, and whenever spell checking is off.
    bool isMisspelled(const QString &word) const;
    QStringList suggestions(const QString &word, int limit = 8) const;
    // The underlined word at or just before a document position, if any.
    MisspelledWord misspelledWordAt(int position) const;

protected:
    void highlightBlock(const QString &text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    struct Range {
        int start = 0;
        int end = 0;
    };

    bool isAccepted(const QString &nfcWord) const;
    bool dictionaryAccepts(const QString &nfcWord) const;
    void collectSkippedRanges(const QString &text);
    bool overlapsSkipped(int start, int end) const;
    void underline(int start, int length);
    void markPhotoProblems(const QString &text);
    void rehighlightBlocksWith(const QString &word);

    std::unique_ptr<Sonnet::Speller> m_speller;
    bool m_dictionaryAvailable = false;
    bool m_enabled = true;
    QSet<QString> m_acceptedEntries;
    QSet<QString> m_acceptedWords;
    QSet<QString> m_ignoredWords;
    // Hunspell is asked once per distinct word: while typing, the same few
    // thousand syllables come back all the time.
    mutable QHash<QString, bool> m_verdicts;
    // Filled during one highlightBlock(): stretches not to be checked.
    QList<Range> m_skipped;
};

} // namespace PortalDesk::Widgets
