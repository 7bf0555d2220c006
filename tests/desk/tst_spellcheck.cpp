// Vietnamese spell checking in the Markdown body editor: Sonnet's hunspell
// verdicts merged into KSyntaxHighlighting's formats, the skip rules, the word
// list, and the context menu. Needs the vi_VN hunspell dictionary; without it
// the test fails rather than skips.
#include "highlighting.h"
#include "markdownedit.h"
#include "spellcheckhighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMenu>
#include <QPlainTextDocumentLayout>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

using namespace PortalDesk::Widgets;
using namespace Qt::StringLiterals;

namespace {

QString nfd(const QString &text)
{
    return text.normalized(QString::NormalizationForm_D);
}

QTextCharFormat formatAt(const QTextBlock &block, int offset)
{
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (range.start <= offset && offset < range.start + range.length)
            return range.format;
    }
    return {};
}

bool underlinedAt(const QTextBlock &block, int offset)
{
    return formatAt(block, offset).underlineStyle() == QTextCharFormat::SpellCheckUnderline;
}

// The words (in NFC, in document order) carrying the spell-check underline. A
// word underlined only in part shows up as "partly:word", so a comparison
// fails on it.
QStringList underlinedWords(const QTextDocument *document)
{
    static const QRegularExpression wordPattern(u"[\\p{L}\\p{M}\\p{N}]+"_s);
    QStringList words;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (const QRegularExpressionMatch &match : wordPattern.globalMatch(block.text())) {
            int marked = 0;
            for (qsizetype i = match.capturedStart(); i < match.capturedEnd(); ++i)
                marked += underlinedAt(block, int(i)) ? 1 : 0;
            const QString word = match.captured().normalized(QString::NormalizationForm_C);
            if (marked == match.capturedLength())
                words.append(word);
            else if (marked > 0)
                words.append(u"partly:"_s + word);
        }
    }
    return words;
}

// QSyntaxHighlighter colours a new text from the event loop, and
// KSyntaxHighlighting carries state changes on one block per turn.
bool waitForHighlighting(const QTextDocument *document)
{
    const bool done = QTest::qWaitFor([document] { return document->lastBlock().userData() != nullptr; });
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    return done;
}

// A viewport point inside the first occurrence of a word.
QPoint pointInWord(const MarkdownEdit &edit, const QString &word)
{
    const QString text = edit.toPlainText();
    const int index = int(text.contains(word) ? text.indexOf(word) : text.indexOf(nfd(word)));
    Q_ASSERT(index >= 0);
    QTextCursor cursor(edit.document());
    cursor.setPosition(index + 1);
    return edit.cursorRect(cursor).center();
}

QStringList objectNames(const QList<QAction *> &actions)
{
    QStringList names;
    for (const QAction *action : actions)
        names.append(action->isSeparator() ? u"|"_s : action->objectName());
    return names;
}

QAction *actionNamed(QMenu *menu, const QString &name, const QString &text = {})
{
    const auto actions = menu->actions();
    const auto found = std::find_if(actions.cbegin(), actions.cend(), [&](const QAction *action) {
        return action->objectName() == name && (text.isEmpty() || action->text() == text);
    });
    return found == actions.cend() ? nullptr : *found;
}

bool isRed(QRgb pixel)
{
    return qRed(pixel) > 150 && qGreen(pixel) < 110 && qBlue(pixel) < 110;
}

// Red pixels in the lower half of a word's line, between its two ends.
int redPixelsUnder(const MarkdownEdit &edit, const QImage &image, const QString &word)
{
    const int index = int(edit.toPlainText().indexOf(word));
    QTextCursor cursor(edit.document());
    cursor.setPosition(index);
    const QRect start = edit.cursorRect(cursor);
    cursor.setPosition(index + int(word.size()));
    const QRect end = edit.cursorRect(cursor);
    const qreal ratio = image.devicePixelRatio();
    int red = 0;
    for (int y = start.center().y(); y <= start.bottom() + 3; ++y) {
        for (int x = start.left() + 1; x < end.left(); ++x) {
            const QPoint pixel(int(x * ratio), int(y * ratio));
            if (image.rect().contains(pixel) && isRed(image.pixel(pixel)))
                ++red;
        }
    }
    return red;
}

} // namespace

class TestSpellCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The Vietnamese dictionary is part of the build environment: missing, it
    // is a broken environment, not a reason to skip.
    void initTestCase()
    {
        QTextDocument document;
        const SpellCheckHighlighter highlighter(&document);
        QVERIFY2(highlighter.dictionaryAvailable(),
            "Sonnet has no vi_VN dictionary: install hunspell-vi and sonnet6-plugins");
        QCOMPARE(highlighter.language(), u"vi_VN"_s);
        QVERIFY(highlighter.isSpellCheckEnabled());
    }

    void underlines_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("nominal: misspelt syllables in a sentence")
            << u"Ủy ban nhân dân tỉnhh Quảng Trị họp về nghành du lịch."_s << QStringList{u"tỉnhh"_s, u"nghành"_s};
        QTest::newRow("nominal: a correct sentence")
            << u"Ủy ban nhân dân tỉnh Quảng Trị họp bàn phát triển ngành du lịch."_s << QStringList{};
        QTest::newRow("nominal: both tone placements")
            << u"Hướng Hóa, hòa bình, khỏe mạnh, thủy lợi; hoà giải, khoẻ, thuỷ điện, Uỷ ban, quý."_s << QStringList{};
        QTest::newRow("nominal: misspelt words inside emphasis")
            << u"Chữ **nghành** và _tỉnhh_ vẫn sai."_s << QStringList{u"nghành"_s, u"tỉnhh"_s};
        QTest::newRow("nominal: link text checked, link target not")
            << u"Đọc [bài viếtt](https://baoquangtri.vn/nghanh-tinhh) và ![ảnh tỉnhh](anh/tinhh-nghanh.jpg)."_s
            << QStringList{u"viếtt"_s, u"tỉnhh"_s};
        QTest::newRow("robustness: abbreviations")
            << u"UBND và HĐND tỉnh hỗ trợ sản phẩm OCOP, phòng COVID."_s << QStringList{};
        QTest::newRow("nominal: units after numbers")
            << u"Tuyến đường dài 12 km, 3,5 ha lúa, 20 kg gạo, công suất 50 MW, giá 2 USD; mỗi kmm."_s
            << QStringList{u"kmm"_s};
        QTest::newRow("robustness: words with digits")
            << u"Năm 2024 có 15ha lúa, dịch H5N1 và quốc lộ 9A."_s << QStringList{};
        QTest::newRow("robustness: URLs, domains and e-mail addresses")
            << u"Xem https://baoquangtri.vn/tinh-hinh?nghanh=tinhh, www.quangtri.gov.vn, baoquangtri.vn "
               "hoặc gửi toasoan@baoquangtri.vn."_s
            << QStringList{};
        QTest::newRow("robustness: reference links and definitions")
            << u"Theo [báo cáo][bao-cao-tinhh].\n\n[bao-cao-tinhh]: https://quangtri.gov.vn/nghanh \"Báo cáo\""_s
            << QStringList{};
        QTest::newRow("robustness: HTML tags and autolinks")
            << u"<span class=\"nghanh\">tỉnh</span> và <https://quangtri.gov.vn/tinhh> hay <toasoan@bqt.vn>"_s
            << QStringList{};
        QTest::newRow("robustness: inline code")
            << u"Gọi `tinhh_nghanh()` hoặc ``mã `nghành` tỉnhh`` rồi lưu."_s << QStringList{};
        QTest::newRow("robustness: an unclosed backtick hides nothing")
            << u"Dấu ` lẻ rồi tỉnhh."_s << QStringList{u"tỉnhh"_s};
        // Embedded languages spell check their comments and strings: the fence,
        // not the syntax definition, keeps them out.
        QTest::newRow("robustness: fenced code with comments and strings, then prose")
            << u"```cpp\n// ghi chú nghành\nauto s = \"tỉnhh\";\n```\nSau đó tỉnhh."_s << QStringList{u"tỉnhh"_s};
        QTest::newRow("robustness: a tilde fence closes only on tildes")
            << u"~~~~python\n# ghi chú nghành\n```\nprint(\"tỉnhh\")\n~~~~\nviếtt"_s << QStringList{u"viếtt"_s};
        QTest::newRow("robustness: a closing fence as long as the opening one or longer")
            << u"````\n```\n# nghành\n`````\nviếtt"_s << QStringList{u"viếtt"_s};
        QTest::newRow("robustness: backticks with a backtick after them are inline code")
            << u"```nghành``` rồi tỉnhh"_s << QStringList{u"tỉnhh"_s};
        QTest::newRow("robustness: indented code")
            << u"Đoạn văn.\n\n    int nghành = 1;\n\nSau tỉnhh."_s << QStringList{u"tỉnhh"_s};
        QTest::newRow("robustness: single letters used as labels")
            << u"Theo điểm b khoản 2, chọn phương án x."_s << QStringList{};
        QTest::newRow("robustness: words joined by a missing space after a full stop")
            << u"Họp tại Quảng Trị.Tỉnhh mưa."_s << QStringList{u"Tỉnhh"_s};
        QTest::newRow("robustness: camel-case brands")
            << u"Đăng trên TikTok, YouTube và iPhone."_s << QStringList{};
        QTest::newRow("robustness: decomposed (NFD) correct words")
            << nfd(u"Ủy ban nhân dân tỉnh Quảng Trị, huyện Hướng Hóa, thủy lợi."_s) << QStringList{};
        QTest::newRow("robustness: a decomposed misspelt word is underlined whole")
            << nfd(u"Quảng Trị tỉnhh nghành."_s) << QStringList{u"tỉnhh"_s, u"nghành"_s};
    }

    // Exactly the misspelt prose words are underlined; code, links, numbers,
    // abbreviations and either Unicode form of a correct word are not.
    void underlines()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, expected);

        MarkdownEdit edit;
        edit.setPlainText(markdown);
        QVERIFY(waitForHighlighting(edit.document()));
        QCOMPARE(underlinedWords(edit.document()), expected);
    }

    // A misspelt word in a heading keeps the heading's colour and weight, with
    // the theme's red spell-check underline on top.
    void headingKeepsSyntaxColour()
    {
        MarkdownEdit edit;
        edit.setPlainText(u"# Tiêu đề có chữ nghành sai\n\nĐoạn văn thường."_s);
        edit.show();
        QVERIFY(waitForHighlighting(edit.document()));

        const QTextBlock heading = edit.document()->firstBlock();
        const QTextCharFormat correct = formatAt(heading, int(heading.text().indexOf(u"Tiêu")));
        const QTextCharFormat misspelt = formatAt(heading, int(heading.text().indexOf(u"nghành")) + 1);
        const QTextCharFormat paragraph = formatAt(edit.document()->findBlockByNumber(2), 1);

        QVERIFY(correct.hasProperty(QTextFormat::ForegroundBrush));
        QVERIFY(correct.foreground().color() != paragraph.foreground().color());
        QCOMPARE(correct.underlineStyle(), QTextCharFormat::NoUnderline);

        QCOMPARE(misspelt.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
        QCOMPARE(misspelt.foreground().color(), correct.foreground().color());
        QCOMPARE(misspelt.fontWeight(), correct.fontWeight());
        const QColor underline = misspelt.underlineColor();
        QVERIFY2(underline.red() > underline.green() + 64 && underline.red() > underline.blue() + 64,
            qPrintable(underline.name()));
    }

    // Switching to a dark palette re-colours the heading and takes the dark
    // theme's spell-check colour for the underline, which stays on.
    void underlineFollowsTheme()
    {
        MarkdownEdit edit;
        edit.setPalette(QApplication::palette());
        edit.setPlainText(u"# Tiêu đề có chữ nghành sai"_s);
        QVERIFY(waitForHighlighting(edit.document()));
        const int offset = int(edit.toPlainText().indexOf(u"nghành")) + 1;
        const QTextCharFormat light = formatAt(edit.document()->firstBlock(), offset);

        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
        dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        edit.setPalette(dark);
        QVERIFY(edit.themeName() != themeForPalette(QApplication::palette()).name());
        QVERIFY(waitForHighlighting(edit.document()));
        const QTextCharFormat darkFormat = formatAt(edit.document()->firstBlock(), offset);

        QCOMPARE(darkFormat.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
        QVERIFY(darkFormat.foreground().color() != light.foreground().color());
        QCOMPARE(darkFormat.underlineColor(),
            QColor::fromRgba(themeForPalette(dark).editorColor(KSyntaxHighlighting::Theme::SpellChecking)));
    }

    // What a person sees: a red wave under the misspelt word, none under a
    // correct one, in the heading and in a paragraph. Set
    // PORTALDESK_SPELL_SCREENSHOT to a file name to keep the picture.
    void underlineIsDrawn()
    {
        MarkdownEdit edit;
        edit.resize(560, 140);
        edit.setPlainText(u"# Tiêu đề có chữ nghành sai\n\nỦy ban nhân dân tỉnhh Quảng Trị họp bàn."_s);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QVERIFY(waitForHighlighting(edit.document()));

        const QImage image = edit.viewport()->grab().toImage();
        QVERIFY(redPixelsUnder(edit, image, u"nghành"_s) > 5);
        QVERIFY(redPixelsUnder(edit, image, u"tỉnhh"_s) > 5);
        QCOMPARE(redPixelsUnder(edit, image, u"Quảng"_s), 0);
        QCOMPARE(redPixelsUnder(edit, image, u"Tiêu"_s), 0);

        if (const QString path = qEnvironmentVariable("PORTALDESK_SPELL_SCREENSHOT"); !path.isEmpty())
            QVERIFY(edit.grab().save(path));
    }

    void suggestions_data()
    {
        QTest::addColumn<QString>("misspelt");
        QTest::addColumn<QString>("right");

        QTest::newRow("nominal: a doubled final letter") << u"Việtt"_s << u"Việt"_s;
        QTest::newRow("nominal: a wrong initial consonant cluster") << u"nghành"_s << u"ngành"_s;
        QTest::newRow("nominal: a doubled letter after the tone") << u"tỉnhh"_s << u"tỉnh"_s;
        QTest::newRow("robustness: a decomposed (NFD) misspelt word") << nfd(u"tỉnhh"_s) << u"tỉnh"_s;
    }

    // A misspelt word's suggestions hold the right word, and no more than
    // the menu shows.
    void suggestions()
    {
        QFETCH(QString, misspelt);
        QFETCH(QString, right);

        QTextDocument document;
        const SpellCheckHighlighter highlighter(&document);
        QVERIFY(highlighter.isMisspelled(misspelt));
        QVERIFY(!highlighter.isMisspelled(right));
        const QStringList suggested = highlighter.suggestions(misspelt, MarkdownEdit::MaxSuggestions);
        QVERIFY2(suggested.contains(right), qPrintable(suggested.join(u", ")));
        QVERIFY(suggested.size() <= MarkdownEdit::MaxSuggestions);
        QCOMPARE(highlighter.suggestions(misspelt, 1).size(), 1);
    }

    void acceptedWords_data()
    {
        QTest::addColumn<QStringList>("accepted");
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("expected");

        const QString text = u"Huyện Đakrông, ứng dụng Zalo và tỉnhh."_s;
        QTest::newRow("nominal: no word list") << QStringList{} << text
                                               << QStringList{u"Đakrông"_s, u"Zalo"_s, u"tỉnhh"_s};
        QTest::newRow("nominal: listed words") << QStringList{u"Đakrông"_s, u"Zalo"_s} << text
                                               << QStringList{u"tỉnhh"_s};
        QTest::newRow("nominal: each syllable of an entry") << QStringList{u"huyện Đakrông"_s, u"Zalo Pay"_s}
                                                            << text << QStringList{u"tỉnhh"_s};
        QTest::newRow("nominal: a lower-case entry accepts the capitalised word")
            << QStringList{u"zalo"_s} << u"zalo và Zalo"_s << QStringList{};
        QTest::newRow("robustness: a capitalised entry does not accept the lower-case word")
            << QStringList{u"Zalo"_s} << u"zalo và Zalo"_s << QStringList{u"zalo"_s};
        QTest::newRow("robustness: an entry in NFD") << QStringList{nfd(u"Đakrông"_s)} << text
                                                     << QStringList{u"Zalo"_s, u"tỉnhh"_s};
    }

    // The newsroom's word list removes underlines at once, case-aware like a
    // dictionary.
    void acceptedWords()
    {
        QFETCH(QStringList, accepted);
        QFETCH(QString, markdown);
        QFETCH(QStringList, expected);

        MarkdownEdit edit;
        edit.setPlainText(markdown);
        QVERIFY(waitForHighlighting(edit.document()));
        edit.setAcceptedWords(QSet<QString>(accepted.cbegin(), accepted.cend()));
        QVERIFY(waitForHighlighting(edit.document()));
        QCOMPARE(underlinedWords(edit.document()), expected);
    }

    // The context menu on a misspelt word: suggestions first, then "Add to
    // Dictionary", "Ignore", a separator, then the standard menu; on a correct
    // word only the standard menu.
    void contextMenuActions()
    {
        MarkdownEdit edit;
        edit.setPlainText(u"Ủy ban nhân dân tỉnhh Quảng Trị."_s);
        edit.show();
        QVERIFY(waitForHighlighting(edit.document()));

        std::unique_ptr<QMenu> standard(edit.createStandardContextMenu());
        const QStringList standardNames = objectNames(standard->actions());
        QVERIFY(standardNames.contains(u"edit-copy"_s));

        std::unique_ptr<QMenu> correct(edit.createContextMenu(pointInWord(edit, u"Quảng"_s)));
        QCOMPARE(objectNames(correct->actions()), standardNames);

        std::unique_ptr<QMenu> menu(edit.createContextMenu(pointInWord(edit, u"tỉnhh"_s)));
        const QStringList names = objectNames(menu->actions());
        const auto suggestionCount = std::count(names.cbegin(), names.cend(), u"spellSuggestion"_s);
        QVERIFY(suggestionCount >= 1 && suggestionCount <= MarkdownEdit::MaxSuggestions);
        QStringList expected(suggestionCount, u"spellSuggestion"_s);
        expected << u"spellAddToDictionary"_s << u"spellIgnore"_s << u"|"_s << standardNames;
        QCOMPARE(names, expected);
        QVERIFY(actionNamed(menu.get(), u"spellSuggestion"_s, u"tỉnh"_s));
        QCOMPARE(actionNamed(menu.get(), u"spellAddToDictionary"_s)->text(), u"Add to Dictionary"_s);
        QCOMPARE(actionNamed(menu.get(), u"spellIgnore"_s)->text(), u"Ignore"_s);
    }

    // A right click and the keyboard's menu key both put up the spelling menu
    // through contextMenuEvent.
    void contextMenuEvent()
    {
        MarkdownEdit edit;
        edit.setPlainText(u"Ủy ban nhân dân tỉnhh Quảng Trị."_s);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QVERIFY(waitForHighlighting(edit.document()));

        const QPoint point = pointInWord(edit, u"tỉnhh"_s);
        QContextMenuEvent mouse(QContextMenuEvent::Mouse, point, edit.viewport()->mapToGlobal(point));
        QApplication::sendEvent(edit.viewport(), &mouse);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(actionNamed(menu, u"spellIgnore"_s));
        menu->close();
        QTRY_VERIFY(!QApplication::activePopupWidget());

        QTextCursor cursor = edit.textCursor();
        cursor.setPosition(int(edit.toPlainText().indexOf(u"tỉnhh")) + 2);
        edit.setTextCursor(cursor);
        const QPoint caret = edit.cursorRect().center();
        QContextMenuEvent keyboard(QContextMenuEvent::Keyboard, caret, edit.viewport()->mapToGlobal(caret));
        QApplication::sendEvent(edit.viewport(), &keyboard);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(actionNamed(menu, u"spellSuggestion"_s, u"tỉnh"_s));
        menu->close();
    }

    void replaceThroughSuggestion_data()
    {
        QTest::addColumn<QString>("text");

        QTest::newRow("nominal: a composed word") << u"Ủy ban nhân dân tỉnhh Quảng Trị."_s;
        QTest::newRow("robustness: a decomposed (NFD) word") << nfd(u"Ủy ban nhân dân tỉnhh Quảng Trị."_s);
    }

    // Choosing a suggestion replaces the word, removes the underline, and is
    // undone in one step.
    void replaceThroughSuggestion()
    {
        QFETCH(QString, text);

        MarkdownEdit edit;
        edit.setPlainText(text);
        edit.show();
        edit.moveCursor(QTextCursor::End);
        QTest::keyClicks(&edit, u" Tin"_s);
        QVERIFY(waitForHighlighting(edit.document()));
        const QString before = edit.toPlainText();

        std::unique_ptr<QMenu> menu(edit.createContextMenu(pointInWord(edit, u"tỉnhh"_s)));
        QAction *suggestion = actionNamed(menu.get(), u"spellSuggestion"_s, u"tỉnh"_s);
        QVERIFY(suggestion);
        suggestion->trigger();

        const QString corrected = before.normalized(QString::NormalizationForm_C).replace(u"tỉnhh"_s, u"tỉnh"_s);
        QCOMPARE(edit.toPlainText().normalized(QString::NormalizationForm_C), corrected);
        QVERIFY(waitForHighlighting(edit.document()));
        QCOMPARE(underlinedWords(edit.document()), QStringList{});

        edit.undo();
        QCOMPARE(edit.toPlainText(), before);
        edit.redo();
        QCOMPARE(edit.toPlainText().normalized(QString::NormalizationForm_C),
            corrected.normalized(QString::NormalizationForm_C));
    }

    // "Add to Dictionary" accepts the word at once and hands it, in NFC, to
    // the caller for the newsroom's word list.
    void addToDictionary()
    {
        MarkdownEdit edit;
        edit.setPlainText(nfd(u"Huyện Đakrông và tỉnhh.\n\nĐakrông có mưa."_s));
        edit.show();
        QVERIFY(waitForHighlighting(edit.document()));
        QCOMPARE(underlinedWords(edit.document()), (QStringList{u"Đakrông"_s, u"tỉnhh"_s, u"Đakrông"_s}));

        QSignalSpy added(&edit, &MarkdownEdit::wordAddedToDictionary);
        std::unique_ptr<QMenu> menu(edit.createContextMenu(pointInWord(edit, nfd(u"Đakrông"_s))));
        actionNamed(menu.get(), u"spellAddToDictionary"_s)->trigger();

        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toString(), u"Đakrông"_s);
        QVERIFY(edit.acceptedWords().contains(u"Đakrông"_s));
        QCOMPARE(underlinedWords(edit.document()), QStringList{u"tỉnhh"_s});
    }

    // "Ignore" accepts the word in this editor only, without telling the
    // caller, and survives a reload of the word list.
    void ignoreWord()
    {
        MarkdownEdit edit;
        edit.setPlainText(u"Huyện Đakrông và tỉnhh."_s);
        edit.show();
        QVERIFY(waitForHighlighting(edit.document()));

        QSignalSpy added(&edit, &MarkdownEdit::wordAddedToDictionary);
        std::unique_ptr<QMenu> menu(edit.createContextMenu(pointInWord(edit, u"tỉnhh"_s)));
        actionNamed(menu.get(), u"spellIgnore"_s)->trigger();

        QCOMPARE(added.count(), 0);
        QVERIFY(!edit.acceptedWords().contains(u"tỉnhh"_s));
        QCOMPARE(underlinedWords(edit.document()), QStringList{u"Đakrông"_s});
        edit.setAcceptedWords({u"Zalo"_s});
        QVERIFY(waitForHighlighting(edit.document()));
        QCOMPARE(underlinedWords(edit.document()), QStringList{u"Đakrông"_s});

        MarkdownEdit other;
        other.setPlainText(u"tỉnhh"_s);
        QVERIFY(waitForHighlighting(other.document()));
        QCOMPARE(underlinedWords(other.document()), QStringList{u"tỉnhh"_s});
    }

    // Switched off, nothing is underlined and the menu is the standard one;
    // switched on again, the underlines come back.
    void switchOff()
    {
        MarkdownEdit edit;
        edit.setPlainText(u"Ủy ban nhân dân tỉnhh Quảng Trị."_s);
        QVERIFY(waitForHighlighting(edit.document()));
        QCOMPARE(underlinedWords(edit.document()), QStringList{u"tỉnhh"_s});

        edit.setSpellCheckEnabled(false);
        QVERIFY(!edit.isSpellCheckEnabled());
        QVERIFY(waitForHighlighting(edit.document()));
        QCOMPARE(underlinedWords(edit.document()), QStringList{});
        std::unique_ptr<QMenu> menu(edit.createContextMenu(pointInWord(edit, u"tỉnhh"_s)));
        QVERIFY(!actionNamed(menu.get(), u"spellIgnore"_s));

        edit.setSpellCheckEnabled(true);
        QVERIFY(waitForHighlighting(edit.document()));
        QCOMPARE(underlinedWords(edit.document()), QStringList{u"tỉnhh"_s});
    }

    // Without a dictionary the highlighter still colours the syntax, reports
    // the dictionary missing, and underlines nothing.
    void missingDictionary()
    {
        // A document reports its changes to highlighters only once laid out.
        QTextDocument document;
        document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
        SpellCheckHighlighter highlighter(&document, u"xx_XX"_s);
        highlighter.setDefinition(syntaxRepository().definitionForName(u"Markdown"_s));
        highlighter.setTheme(themeForPalette(QApplication::palette()));
        QVERIFY(!highlighter.dictionaryAvailable());
        highlighter.setSpellCheckEnabled(true);
        QVERIFY(!highlighter.isSpellCheckEnabled());

        document.setPlainText(u"# Tiêu đề tỉnhh\n\ntỉnhh"_s);
        QVERIFY(waitForHighlighting(&document));
        QVERIFY(!document.firstBlock().layout()->formats().isEmpty());
        QCOMPARE(underlinedWords(&document), QStringList{});
        QVERIFY(!highlighter.isMisspelled(u"tỉnhh"_s));
        QVERIFY(highlighter.suggestions(u"tỉnhh"_s).isEmpty());
        QVERIFY(!highlighter.misspelledWordAt(20).isValid());
    }

    // Typing into a 200 KB article re-checks only the edited block: each
    // keystroke stays well under what a person notices, and a misspelling
    // typed mid-document is underlined at once.
    void largeDocumentStaysResponsive()
    {
        const QString paragraph = u"Ủy ban nhân dân tỉnh Quảng Trị vừa tổ chức hội nghị tổng kết công tác năm, "
                                  "đánh giá kết quả phát triển kinh tế - xã hội, du lịch và nghành nông nghiệp "
                                  "tại huyện Hướng Hóa, Gio Linh, Vĩnh Linh; xem https://quangtri.gov.vn.\n\n"_s;
        QString article = u"# Tổng kết năm\n\n"_s;
        while (article.size() < 200 * 1024)
            article += paragraph;

        MarkdownEdit edit;
        edit.resize(800, 600);
        edit.show();
        QElapsedTimer timer;
        timer.start();
        edit.setPlainText(article);
        QVERIFY(waitForHighlighting(edit.document()));
        qInfo("highlighting %lld characters took %lld ms", qlonglong(article.size()), qlonglong(timer.elapsed()));
        const QTextBlock lastParagraph = edit.document()->lastBlock().previous().previous();
        QVERIFY(underlinedAt(lastParagraph, int(paragraph.indexOf(u"nghành")) + 1));

        QTextCursor cursor(edit.document()->findBlockByNumber(edit.document()->blockCount() / 2));
        cursor.movePosition(QTextCursor::EndOfBlock);
        edit.setTextCursor(cursor);
        const QString typed = u" Việtt"_s;
        qint64 slowest = 0;
        for (const QChar c : typed) {
            timer.restart();
            // QTest::keyClicks() takes Latin-1 only; a Vietnamese keyboard sends text.
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(&edit, &press);
            QCoreApplication::processEvents();
            slowest = std::max(slowest, timer.elapsed());
        }
        qInfo("slowest keystroke: %lld ms", qlonglong(slowest));
        QVERIFY2(slowest < 150, qPrintable(QString::number(slowest)));
        const QTextBlock edited = edit.textCursor().block();
        QVERIFY(edited.text().endsWith(typed));
        QVERIFY(underlinedAt(edited, int(edited.text().size()) - 2));
    }
};

QTEST_MAIN(TestSpellCheck)
#include "tst_spellcheck.moc"
