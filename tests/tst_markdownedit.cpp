// The Markdown body editor: KSyntaxHighlighting formats the text, and the
// theme follows the palette.
#include "highlighting.h"
#include "markdownedit.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace PortalDesk::Widgets;

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

} // namespace

class TestMarkdownEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One repository for the whole process, with the Markdown definition in it.
    void repositoryIsShared()
    {
        QCOMPARE(&syntaxRepository(), &syntaxRepository());
        QVERIFY(syntaxRepository().definitionForName(QStringLiteral("Markdown")).isValid());
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
};

QTEST_MAIN(TestMarkdownEdit)
#include "tst_markdownedit.moc"
