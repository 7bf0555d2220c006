// The Markdown body editor: KSyntaxHighlighting formats the text, and the
// theme follows the palette.
#include "highlighting.h"
#include "legacypastedialog.h"
#include "localization.h"
#include "markdownedit.h"
#include "markdownformat.h"
#include "modaldialogs.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QInputDialog>
#include <QMessageBox>
#include <QLineEdit>
#include <QTest>
#include <QThread>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QVBoxLayout>

using namespace PortalDesk::Widgets;
using namespace Qt::StringLiterals;

namespace {

QList<QTextLayout::FormatRange> formatsOf(const MarkdownEdit &edit, int blockNumber)
{
    return edit.document()->findBlockByNumber(blockNumber).layout()->formats();
}

QColor headingColour(const MarkdownEdit &edit)
{
    const auto formats = formatsOf(edit, 0);
    return formats.isEmpty() ? QColor() : formats.first().format.foreground().color();
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    return palette;
}

// Runs `answer` on the paste dialog once it is up; the dialog runs its own
// event loop inside paste().
void whenPasteDialog(std::function<void(LegacyPasteDialog *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto *dialog = qobject_cast<LegacyPasteDialog *>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            timer->stop();
            answer(dialog);
        }
    });
    timer->start();
}

void paste(MarkdownEdit &edit, const QString &text)
{
    auto *data = new QMimeData;
    data->setText(text);
    QApplication::clipboard()->setMimeData(data);
    edit.paste();
}

} // namespace

class TestMarkdownEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(QStringLiteral(PORTALDESK_SCREENSHOTS)));
        // As the desk starts: built on a thread of its own, used here.
        preloadSyntaxRepository({QStringLiteral("Markdown")});
    }
    // One repository for the whole process, with the Markdown definition in
    // it, belonging to this thread though built on another: its signals and
    // its deletion happen here.
    void repositoryIsShared()
    {
        QCOMPARE(&syntaxRepository(), &syntaxRepository());
        QCOMPARE(syntaxRepository().thread(), QThread::currentThread());
        QVERIFY(syntaxRepository().definitionForName(QStringLiteral("Markdown")).isValid());
        // Built already: a second preload starts nothing.
        preloadSyntaxRepository({QStringLiteral("Markdown")});
        QCOMPARE(syntaxRepository().thread(), QThread::currentThread());
    }

    // Tab leaves the body for the next field and Shift+Tab for the one
    // before, with the text untouched; in a list item they nest it and
    // bring it back.
    void tabMovesTheFocus()
    {
        QWidget window;
        auto *before = new QLineEdit(&window);
        auto *edit = new MarkdownEdit(&window);
        auto *after = new QLineEdit(&window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(edit);
        layout->addWidget(after);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        edit->setPlainText(QStringLiteral("Đoạn văn đầu tiên."));
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_Tab);
        QTRY_VERIFY(after->hasFocus());
        QCOMPARE(edit->toPlainText(), QStringLiteral("Đoạn văn đầu tiên."));
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY(before->hasFocus());

        edit->setPlainText(QStringLiteral("- Tỉnh\n- Xã"));
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        edit->moveCursor(QTextCursor::End);
        QTest::keyClick(edit, Qt::Key_Tab);
        QCOMPARE(edit->toPlainText(), QStringLiteral("- Tỉnh\n    - Xã"));
        QVERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(edit->toPlainText(), QStringLiteral("- Tỉnh\n- Xã"));
        QVERIFY(edit->hasFocus());
        // At the list's first level Shift+Tab moves on, as anywhere else.
        QTest::keyClick(edit, Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY(before->hasFocus());
        QCOMPARE(edit->toPlainText(), QStringLiteral("- Tỉnh\n- Xã"));
    }

    // Each formatting command on a selection (marked [ and ]) or at the
    // cursor (|), and again to take it off.
    void formatting_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("bold selection") << u"bold"_s << u"Tỉnh [Quảng Trị] họp"_s << u"Tỉnh **Quảng Trị** họp"_s;
        QTest::newRow("bold off") << u"bold"_s << u"Tỉnh **[Quảng Trị]** họp"_s << u"Tỉnh Quảng Trị họp"_s;
        QTest::newRow("bold off, markers selected") << u"bold"_s << u"Tỉnh [**Quảng Trị**] họp"_s << u"Tỉnh Quảng Trị họp"_s;
        QTest::newRow("bold keeps spaces out") << u"bold"_s << u"Tỉnh[ Quảng Trị ]họp"_s << u"Tỉnh **Quảng Trị** họp"_s;
        QTest::newRow("bold word at cursor") << u"bold"_s << u"Tỉnh Quả|ng Trị"_s << u"Tỉnh **Quảng** Trị"_s;
        QTest::newRow("bold nothing: markers") << u"bold"_s << u"Tỉnh |"_s << u"Tỉnh ****"_s;
        QTest::newRow("italic") << u"italic"_s << u"[sáng nay]"_s << u"*sáng nay*"_s;
        QTest::newRow("italic inside bold is added") << u"italic"_s << u"**[đậm]**"_s << u"***đậm***"_s;
        QTest::newRow("heading") << u"heading"_s << u"Mục tiêu|"_s << u"## Mục tiêu"_s;
        QTest::newRow("heading off") << u"heading"_s << u"## Mục tiêu|"_s << u"Mục tiêu"_s;
        QTest::newRow("heading to subheading") << u"subheading"_s << u"## Mục tiêu|"_s << u"### Mục tiêu"_s;
        QTest::newRow("bullets") << u"bullets"_s << u"[Xã A\nXã B]"_s << u"- Xã A\n- Xã B"_s;
        QTest::newRow("bullets off") << u"bullets"_s << u"[- Xã A\n- Xã B]"_s << u"Xã A\nXã B"_s;
        QTest::newRow("numbered") << u"numbered"_s << u"[Một\nHai\nBa]"_s << u"1. Một\n2. Hai\n3. Ba"_s;
        QTest::newRow("numbered off") << u"numbered"_s << u"[1. Một\n2. Hai]"_s << u"Một\nHai"_s;
        QTest::newRow("quote") << u"quote"_s << u"Trích |dẫn"_s << u"> Trích dẫn"_s;
        QTest::newRow("link") << u"link"_s << u"Xem [Cổng tỉnh]"_s << u"Xem [Cổng tỉnh](https://example.gov.vn/a%20b)"_s;
        QTest::newRow("link, no selection") << u"link"_s << u"Xem |"_s
                                            << u"Xem [https://example.gov.vn/a b](https://example.gov.vn/a%20b)"_s;
    }

    void formatting()
    {
        QFETCH(QString, command);
        QFETCH(QString, before);
        QFETCH(QString, after);
        QPlainTextEdit edit;
        QString text = before;
        QTextCursor cursor(edit.document());
        if (const qsizetype at = text.indexOf(u'|'); at >= 0) {
            text.remove(at, 1);
            edit.setPlainText(text);
            cursor.setPosition(int(at));
        } else {
            const qsizetype open = text.indexOf(u'[');
            const qsizetype close = text.indexOf(u']');
            text.remove(close, 1).remove(open, 1);
            edit.setPlainText(text);
            cursor.setPosition(int(open));
            cursor.setPosition(int(close - 1), QTextCursor::KeepAnchor);
        }
        edit.setTextCursor(cursor);
        const QString address = u"https://example.gov.vn/a b"_s;
        if (command == u"bold")
            MarkdownFormat::toggleInline(&edit, u"**"_s);
        else if (command == u"italic")
            MarkdownFormat::toggleInline(&edit, u"*"_s);
        else if (command == u"heading")
            MarkdownFormat::toggleHeading(&edit, 2);
        else if (command == u"subheading")
            MarkdownFormat::toggleHeading(&edit, 3);
        else if (command == u"bullets")
            MarkdownFormat::toggleLinePrefix(&edit, u"- "_s);
        else if (command == u"numbered")
            MarkdownFormat::toggleNumbered(&edit);
        else if (command == u"quote")
            MarkdownFormat::toggleLinePrefix(&edit, u"> "_s);
        else if (command == u"link")
            MarkdownFormat::insertLink(&edit, address);
        QCOMPARE(edit.toPlainText(), after);
        // One step to undo.
        edit.undo();
        QCOMPARE(edit.toPlainText(), text);
    }

    // The shortcuts work in the body, Ctrl+K too (the text field would
    // take it for "delete to the end of the line"), and nowhere else.
    void formattingShortcuts()
    {
        QWidget window;
        auto *title = new QLineEdit(&window);
        auto *edit = new MarkdownEdit(&window);
        FormatActions format(edit);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(title);
        layout->addWidget(edit);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        edit->setPlainText(u"Tỉnh Quảng Trị họp"_s);
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(5);
        cursor.setPosition(14, QTextCursor::KeepAnchor);
        edit->setTextCursor(cursor);
        QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(edit->toPlainText(), u"Tỉnh **Quảng Trị** họp"_s);
        bool asked = false;
        whenModal([&asked](QWidget *widget) {
            auto *dialog = qobject_cast<QInputDialog *>(widget);
            QVERIFY(dialog);
            asked = true;
            dialog->setTextValue(u"https://quangtri.gov.vn"_s);
            dialog->accept();
        });
        QTest::keyClick(edit, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(asked);
        QCOMPARE(edit->toPlainText(), u"Tỉnh **[Quảng Trị](https://quangtri.gov.vn)** họp"_s);
        // A javascript: address is refused with a word why.
        whenModal([](QWidget *widget) {
            qobject_cast<QInputDialog *>(widget)->setTextValue(u"javascript:alert(1)"_s);
            qobject_cast<QInputDialog *>(widget)->accept();
            whenModal([](QWidget *message) { qobject_cast<QMessageBox *>(message)->accept(); });
        });
        format.action(FormatActions::Link)->trigger();
        QVERIFY(!edit->toPlainText().contains(u"javascript"_s));
        // In the title Ctrl+B does nothing to the body.
        window.activateWindow();
        title->setFocus();
        QTRY_VERIFY(title->hasFocus());
        const QString body = edit->toPlainText();
        QTest::keyClick(title, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(edit->toPlainText(), body);
        // Read only: the actions are off.
        format.setEnabled(false);
        QVERIFY(!format.action(FormatActions::Bold)->isEnabled());
    }

    // A heading gets a format of its own from the highlighter; a plain
    // paragraph does not.
    void highlightsHeading()
    {
        MarkdownEdit edit;
        edit.setPlainText(QStringLiteral("# Tiêu đề: Quảng Trị đón mưa lớn\n\nĐoạn văn thường, không định dạng."));
        edit.show();
        // The highlighter works a block at a time from the event loop.
        QTRY_VERIFY(!formatsOf(edit, 0).isEmpty());
        const auto heading = formatsOf(edit, 0);
        const bool distinct = std::any_of(heading.cbegin(), heading.cend(), [](const QTextLayout::FormatRange &range) {
            return range.format.fontWeight() >= QFont::Bold || range.format.hasProperty(QTextFormat::ForegroundBrush);
        });
        QVERIFY2(distinct, "the heading is bold or coloured");
        QCOMPARE(heading.first().start, 0);

        const auto paragraph = formatsOf(edit, 2);
        const bool plain = std::none_of(paragraph.cbegin(), paragraph.cend(), [](const QTextLayout::FormatRange &range) {
            return range.format.fontWeight() >= QFont::Bold;
        });
        QVERIFY(plain);
    }

    // Switching to a dark palette switches to the dark theme and re-colours
    // text already shown.
    void themeFollowsPalette()
    {
        MarkdownEdit edit;
        edit.setPalette(QApplication::palette());
        edit.setPlainText(QStringLiteral("## Kinh tế\n\nNội dung."));
        edit.show();
        QTRY_VERIFY(!formatsOf(edit, 0).isEmpty());
        const QString lightTheme = edit.themeName();
        const QColor lightHeading = headingColour(edit);
        QCOMPARE(lightTheme, themeForPalette(QApplication::palette()).name());

        edit.setPalette(darkPalette());
        QCOMPARE(edit.themeName(), themeForPalette(darkPalette()).name());
        QVERIFY(edit.themeName() != lightTheme);
        QTRY_VERIFY(headingColour(edit).isValid() && headingColour(edit) != lightHeading);
    }

    // Text typed in TCVN3 in an old Word document is offered for conversion,
    // with both versions shown; converting inserts Unicode in one undo step.
    void pastedLegacyTextIsConverted_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("vi") << QStringLiteral("vi");
    }

    void pastedLegacyTextIsConverted()
    {
        QFETCH(QString, language);
        QVERIFY(PortalDesk::Models::Localization::install(language));
        MarkdownEdit edit;
        edit.setPlainText(QStringLiteral("Mở đầu. "));
        edit.moveCursor(QTextCursor::End);
        edit.show();
        QString before, after;
        whenPasteDialog([&](LegacyPasteDialog *dialog) {
            QCOMPARE(dialog->encoding(), PortalDesk::Models::LegacyEncoding::Tcvn3);
            before = dialog->findChild<QPlainTextEdit *>(QStringLiteral("pastedPreview"))->toPlainText();
            after = dialog->findChild<QPlainTextEdit *>(QStringLiteral("convertedPreview"))->toPlainText();
            dialog->grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/legacy-paste-%1.png").arg(language));
            dialog->findChild<QPushButton *>(QStringLiteral("convertButton"))->click();
        });
        paste(edit, QStringLiteral("Uû ban nh©n d©n tØnh\u00A0Qu¶ng TrÞ\u200B häp phiªn th\u00adêng kú."));
        // QPlainTextEdit shows a no-break space as a space.
        QVERIFY2(before.startsWith(QStringLiteral("Uû ban nh©n d©n tØnh Qu¶ng TrÞ")), qPrintable(before));
        QVERIFY2(after.startsWith(QStringLiteral("Uỷ ban nhân dân tỉnh Quảng Trị")), qPrintable(after));
        QCOMPARE(edit.toPlainText(), QStringLiteral("Mở đầu. Uỷ ban nhân dân tỉnh Quảng Trị họp phiên thường kỳ."));
        edit.undo();
        QCOMPARE(edit.toPlainText(), QStringLiteral("Mở đầu. "));
        QVERIFY(PortalDesk::Models::Localization::install(QStringLiteral("en")));
    }

    // The user can pick another encoding in the dialog, paste as is, or
    // cancel; cancelling inserts nothing.
    void pasteDialogChoices()
    {
        MarkdownEdit edit;
        edit.show();
        const QString vni = QStringLiteral("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam");
        whenPasteDialog([](LegacyPasteDialog *dialog) {
            QCOMPARE(dialog->encoding(), PortalDesk::Models::LegacyEncoding::Vni);
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("encodingCombo"));
            combo->setCurrentIndex(combo->findData(int(PortalDesk::Models::LegacyEncoding::Tcvn3)));
            QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("convertedPreview"))->toPlainText()
                    != QStringLiteral("Cộng hòa xã hội chủ nghĩa Việt Nam"));
            dialog->findChild<QPushButton *>(QStringLiteral("pasteAsIsButton"))->click();
        });
        paste(edit, vni);
        QCOMPARE(edit.toPlainText(), vni);

        edit.clear();
        whenPasteDialog([](LegacyPasteDialog *dialog) { dialog->reject(); });
        paste(edit, vni);
        QCOMPARE(edit.toPlainText(), QString());
    }

    // Web text in Unicode goes in without a question, cleaned.
    void pastedWebTextIsCleaned()
    {
        MarkdownEdit edit;
        edit.show();
        const QString decomposed = QStringLiteral("Quảng Trị").normalized(QString::NormalizationForm_D);
        paste(edit, decomposed + QStringLiteral("\u200B\u00A0đón\uFEFF khách\r\nHải Lăng"));
        QCOMPARE(edit.toPlainText(), QStringLiteral("Quảng Trị đón khách\nHải Lăng"));
    }
};

QTEST_MAIN(TestMarkdownEdit)
#include "tst_markdownedit.moc"
