// The review diff view: which versions it compares, how the word diff lands
// in the document (struck-through deletions, underlined insertions, tints
// that follow the palette), and what it says when there is nothing to compare.
#include "articlepanels.h"
#include "localization.h"
#include "revisiondiffview.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTimeZone>

#include <cmath>
#include <optional>

using namespace PortalDesk;
using namespace PortalDesk::Widgets;
using namespace Qt::StringLiterals;

namespace {

Models::Revision revision(int version, const QString &title, const QString &summary, const QString &body,
    const QString &savedBy = u"editor"_s)
{
    return { version, title, summary, body, savedBy,
        QDateTime(QDate(2026, 11, 28), QTime(8, 0), QTimeZone::UTC).addSecs(version * 3600) };
}

// Three versions of a short report, newest first, as the store gives them.
QList<Models::Revision> threeVersions()
{
    return {
        revision(3, u"Quảng Trị đón mưa lớn"_s, u"Mưa lớn kéo dài."_s, u"UBND tỉnh Quảng Trị họp khẩn."_s, u"chief"_s),
        revision(2, u"Quảng Trị đón mưa lớn"_s, u"Mưa lớn kéo dài."_s, u"Ủy ban nhân dân tỉnh họp khẩn."_s),
        revision(1, u"Quảng Trị mưa"_s, u"Mưa."_s, u"Ủy ban nhân dân tỉnh họp."_s, u"reporter"_s),
    };
}

struct Marked {
    QStringList deleted; // text of the struck-through fragments
    QStringList inserted; // text of the underlined fragments
    QList<QTextCharFormat> deletedFormats;
    QList<QTextCharFormat> insertedFormats;
};

Marked marked(const QTextDocument *document)
{
    Marked result;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.fontStrikeOut()) {
                result.deleted.append(fragment.text());
                result.deletedFormats.append(format);
            } else if (format.fontUnderline()) {
                result.inserted.append(fragment.text());
                result.insertedFormats.append(format);
            }
        }
    }
    return result;
}

QStringList syllables(const QStringList &texts)
{
    return texts.join(u' ').split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
}

// WCAG 2 contrast ratio, written out here rather than taken from the view.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &colour) {
        const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette makePalette(const QColor &base, const QColor &text)
{
    QPalette palette;
    for (const auto role : { QPalette::Window, QPalette::Base, QPalette::Button })
        palette.setColor(role, base);
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(role, text);
    palette.setColor(QPalette::AlternateBase, base.lighter(110));
    return palette;
}

QPalette lightPalette()
{
    return makePalette(QColor(0xff, 0xff, 0xff), QColor(0x23, 0x26, 0x29));
}

QPalette darkPalette()
{
    return makePalette(QColor(0x1b, 0x1e, 0x20), QColor(0xfc, 0xfc, 0xfc));
}

QComboBox *fromCombo(const RevisionDiffView &view)
{
    return view.findChild<QComboBox *>(u"fromVersionCombo"_s);
}

QComboBox *toCombo(const RevisionDiffView &view)
{
    return view.findChild<QComboBox *>(u"toVersionCombo"_s);
}

QPushButton *approvedButton(const RevisionDiffView &view)
{
    return view.findChild<QPushButton *>(u"compareApprovedButton"_s);
}

QLabel *summaryLabel(const RevisionDiffView &view)
{
    return view.findChild<QLabel *>(u"diffSummary"_s);
}

} // namespace

class TestRevisionDiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The desk's dates, as the combo labels show them.
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    }

    // The history shown again for the same article (another desk saved, a
    // comment came) keeps the versions the user chose to compare; the
    // default comparison moves on to the newest version; another article
    // starts from its own default.
    void historyKeepsTheChosenComparison()
    {
        HistoryPanel panel;
        QList<Models::Revision> versions = threeVersions();
        panel.setHistory(u"bai-a"_s, versions, {});
        QCOMPARE(std::pair(panel.diffView()->fromVersion(), panel.diffView()->toVersion()), std::pair(2, 3));
        versions.prepend(revision(4, u"Quảng Trị đón mưa lớn"_s, u"Mưa lớn kéo dài."_s, u"UBND tỉnh họp khẩn lần hai."_s));
        panel.setHistory(u"bai-a"_s, versions, {});
        QCOMPARE(std::pair(panel.diffView()->fromVersion(), panel.diffView()->toVersion()), std::pair(3, 4));

        auto *from = panel.diffView()->findChild<QComboBox *>(u"fromVersionCombo"_s);
        QVERIFY(from);
        from->setCurrentIndex(from->findData(1));  // the user picks version 1 against 4
        QCOMPARE(std::pair(panel.diffView()->fromVersion(), panel.diffView()->toVersion()), std::pair(1, 4));
        versions.prepend(revision(5, u"Quảng Trị đón mưa lớn"_s, u"Mưa lớn kéo dài."_s, u"UBND tỉnh họp khẩn lần ba."_s));
        panel.setHistory(u"bai-a"_s, versions, {});
        QCOMPARE(std::pair(panel.diffView()->fromVersion(), panel.diffView()->toVersion()), std::pair(1, 4));
        QCOMPARE(panel.diffView()->findChild<QComboBox *>(u"fromVersionCombo"_s)->currentData().toInt(), 1);

        panel.setHistory(u"bai-b"_s, threeVersions(), {});
        QCOMPARE(std::pair(panel.diffView()->fromVersion(), panel.diffView()->toVersion()), std::pair(2, 3));
    }

    // Every widget the view creates has an objectName, so the main window,
    // tests and style sheets can find it.
    void childrenHaveObjectNames()
    {
        RevisionDiffView view;
        QCOMPARE(view.objectName(), u"revisionDiffView"_s);
        const auto children = view.findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        QVERIFY(children.size() >= 5);
        for (const QWidget *child : children)
            QVERIFY2(!child->objectName().isEmpty(), child->metaObject()->className());
    }

    void defaultComparison_data()
    {
        QTest::addColumn<QList<Models::Revision>>("revisions");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");

        QTest::newRow("nominal: three versions, newest first") << threeVersions() << 2 << 3;
        const auto all = threeVersions();
        QTest::newRow("nominal: two versions") << all.mid(1) << 1 << 2;
        QTest::newRow("robustness: versions out of order") << QList{ all.at(2), all.at(0), all.at(1) } << 2 << 3;
    }

    // Without a choice from the user the view shows the newest version against
    // the one before it, and both lists name every version, newest first, by
    // number, login and time.
    void defaultComparison()
    {
        QFETCH(QList<Models::Revision>, revisions);
        QFETCH(int, from);
        QFETCH(int, to);

        RevisionDiffView view;
        QSignalSpy changed(&view, &RevisionDiffView::comparisonChanged);
        view.setRevisions(revisions);
        QCOMPARE(view.fromVersion(), from);
        QCOMPARE(view.toVersion(), to);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first(), (QVariantList{ from, to }));
        QCOMPARE(fromCombo(view)->currentData().toInt(), from);
        QCOMPARE(toCombo(view)->currentData().toInt(), to);
        QVERIFY(fromCombo(view)->isEnabled());

        QCOMPARE(fromCombo(view)->count(), revisions.size());
        QCOMPARE(toCombo(view)->count(), revisions.size());
        QCOMPARE(toCombo(view)->itemData(0).toInt(), to);
        const Models::Revision newest = *std::max_element(
            revisions.cbegin(), revisions.cend(), [](const auto &a, const auto &b) { return a.version < b.version; });
        const QString when = Models::Localization::dateTimeText(newest.savedAt);
        QCOMPARE(toCombo(view)->itemText(0), u"Version %1 · %2 · %3"_s.arg(newest.version).arg(newest.savedBy, when));
    }

    // Replacing "Ủy ban nhân dân tỉnh" by "UBND tỉnh Quảng Trị" strikes out
    // the old phrase and underlines the new one, each as one run (wordDiff
    // joins a replaced multi-syllable word, "tỉnh" included), leaves the rest
    // of the sentence unmarked, counts the syllables in the summary line, and
    // says "(no changes)" for the two fields that stayed the same.
    void marksDeletedAndInsertedSyllables()
    {
        RevisionDiffView view;
        view.setRevisions({
            revision(2, u"Họp khẩn"_s, u"Mưa lớn."_s, u"UBND tỉnh Quảng Trị họp khẩn."_s),
            revision(1, u"Họp khẩn"_s, u"Mưa lớn."_s, u"Ủy ban nhân dân tỉnh họp khẩn."_s),
        });
        const Marked marks = marked(view.document());
        QCOMPARE(marks.deleted, QStringList{ u"Ủy ban nhân dân tỉnh"_s });
        QCOMPARE(marks.inserted, QStringList{ u"UBND tỉnh Quảng Trị"_s });
        // A fragment is struck out or underlined, never both.
        QVERIFY(!marks.deletedFormats.first().fontUnderline());
        QVERIFY(!marks.insertedFormats.first().fontStrikeOut());
        QVERIFY(view.document()->toPlainText().contains(u"UBND tỉnh Quảng Trị họp khẩn."_s));

        QCOMPARE(view.addedWords(), 4);
        QCOMPARE(view.removedWords(), 5);
        QCOMPARE(summaryLabel(view)->text(), u"4 word(s) added, 5 word(s) removed"_s);

        const QString shown = view.document()->toPlainText();
        QCOMPARE(shown.count(u"(no changes)"_s), 2);
        for (const QString &heading : { u"Title"_s, u"Summary"_s, u"Body"_s })
            QVERIFY2(shown.contains(heading), qPrintable(heading));
        QVERIFY(shown.indexOf(u"Title"_s) < shown.indexOf(u"Summary"_s));
        QVERIFY(shown.indexOf(u"Summary"_s) < shown.indexOf(u"Body"_s));
    }

    // Runs of spaces and line breaks in the Markdown survive into the view, and
    // the document uses the application font, chosen to cover Vietnamese.
    void keepsWhitespaceAndFont()
    {
        RevisionDiffView view;
        const QString body = u"Đoạn một.\n\n    mã   thụt lề\nĐoạn cuối."_s;
        view.setRevisions({ revision(2, u"T"_s, u"S"_s, body + u" Thêm."_s), revision(1, u"T"_s, u"S"_s, body) });
        QVERIFY2(view.document()->toPlainText().contains(body), qPrintable(view.document()->toPlainText()));
        QCOMPARE(view.document()->defaultFont().family(), QApplication::font().family());
    }

    void compareWithApproved_data()
    {
        QTest::addColumn<std::optional<int>>("approved");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");

        QTest::newRow("nominal: an older version was approved") << std::optional<int>(1) << true << 1 << 3;
        QTest::newRow("nominal: the newest version was approved") << std::optional<int>(3) << true << 3 << 3;
        QTest::newRow("robustness: nothing approved yet") << std::optional<int>() << false << 2 << 3;
        QTest::newRow("robustness: approved version not among the revisions")
            << std::optional<int>(7) << false << 2 << 3;
    }

    // "Compare with Approved" is offered only for an approved version the view
    // has, and shows it against the newest; the lists mark it as approved.
    void compareWithApproved()
    {
        QFETCH(std::optional<int>, approved);
        QFETCH(bool, enabled);
        QFETCH(int, from);
        QFETCH(int, to);

        RevisionDiffView view;
        view.setRevisions(threeVersions(), approved);
        QCOMPARE(approvedButton(view)->isEnabled(), enabled);
        if (enabled) {
            const int index = fromCombo(view)->findData(*approved);
            QVERIFY(fromCombo(view)->itemText(index).endsWith(u"approved"_s));
        }
        for (int i = 0; i < fromCombo(view)->count(); ++i)
            QCOMPARE(fromCombo(view)->itemText(i).endsWith(u"approved"_s), enabled && i == 3 - *approved);

        QTest::mouseClick(approvedButton(view), Qt::LeftButton);
        QCOMPARE(view.fromVersion(), from);
        QCOMPARE(view.toVersion(), to);
        QCOMPARE(fromCombo(view)->currentData().toInt(), from);
        QCOMPARE(toCombo(view)->currentData().toInt(), to);
        if (from == to)
            QCOMPARE(view.document()->toPlainText().count(u"(no changes)"_s), 3);
        if (from == 1) {
            // Everything since approval: the body's "Ủy ban nhân dân" went and "khẩn" came.
            QVERIFY(syllables(marked(view.document()).inserted).contains(u"khẩn"_s));
        }
    }

    void singleRevision_data()
    {
        QTest::addColumn<QList<Models::Revision>>("revisions");
        QTest::addColumn<QString>("message");

        QTest::newRow("nominal: one saved version") << threeVersions().mid(2) << u"nothing to compare yet"_s;
        QTest::newRow("robustness: no saved version") << QList<Models::Revision>() << u"nothing to compare"_s;
    }

    // With fewer than two versions the view says there is nothing to compare,
    // offers no choice, and recovers once a second version arrives.
    void singleRevision()
    {
        QFETCH(QList<Models::Revision>, revisions);
        QFETCH(QString, message);

        RevisionDiffView view;
        view.setRevisions(threeVersions(), 1);
        QSignalSpy changed(&view, &RevisionDiffView::comparisonChanged);
        view.setRevisions(revisions, 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(view.fromVersion(), 0);
        QCOMPARE(view.toVersion(), 0);
        QVERIFY(view.document()->toPlainText().contains(message));
        QVERIFY(!view.document()->toPlainText().contains(u"(no changes)"_s));
        QVERIFY(marked(view.document()).deleted.isEmpty());
        QVERIFY(!fromCombo(view)->isEnabled());
        QVERIFY(!toCombo(view)->isEnabled());
        QVERIFY(!approvedButton(view)->isEnabled());
        QVERIFY(summaryLabel(view)->isHidden());

        view.compare(1, 1); // nothing to compare stays nothing
        QCOMPARE(view.fromVersion(), 0);
        QCOMPARE(changed.size(), 0);

        view.setRevisions(threeVersions());
        QCOMPARE(view.fromVersion(), 2);
        QVERIFY(!summaryLabel(view)->isHidden());
        QVERIFY(!marked(view.document()).inserted.isEmpty());
    }

    void hostileText_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");

        QTest::newRow("robustness: script tag in the title") << u"title"_s << u"<script>alert('x')</script>"_s;
        QTest::newRow("robustness: entity in the summary") << u"summary"_s << u"AT&amp;T &lt;b&gt; &#65;"_s;
        QTest::newRow("robustness: markup in the body") << u"body"_s << u"<b>đậm</b> <img src=x> <a href=y>z</a>"_s;
        QTest::newRow("robustness: placeholders in the body") << u"body"_s << u"%1 %2 %n"_s;
    }

    // Text that looks like HTML is shown as typed, character for character,
    // and never becomes markup.
    void hostileText()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);

        Models::Revision before = revision(1, u"Tin"_s, u"Tóm tắt"_s, u"Nội dung"_s);
        Models::Revision after = before;
        after.version = 2;
        QString &changed = field == u"title" ? after.title : field == u"summary" ? after.summary : after.body;
        changed += u' ' + text;

        RevisionDiffView view;
        view.setRevisions({ after, before });
        QVERIFY2(view.document()->toPlainText().contains(text), qPrintable(view.document()->toPlainText()));
        QCOMPARE(marked(view.document()).inserted.join(QString()).trimmed(), text);
        for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                QVERIFY(!it.fragment().charFormat().isImageFormat());
                QVERIFY(!it.fragment().charFormat().isAnchor());
                QVERIFY(it.fragment().charFormat().fontWeight() <= QFont::Normal || it.fragment().text() == u"Title"
                    || it.fragment().text() == u"Summary" || it.fragment().text() == u"Body");
            }
        }
    }

    void paletteColours_data()
    {
        QTest::addColumn<QPalette>("palette");

        QTest::newRow("nominal: light palette") << lightPalette();
        QTest::newRow("nominal: dark palette") << darkPalette();
        QTest::newRow("robustness: grey base with black text")
            << makePalette(QColor(0xa0, 0xa0, 0xa0), QColor(0x00, 0x00, 0x00));
    }

    // Under any palette the deletions sit on a red tint and the insertions on
    // a green one, both distinct from the base, and the text on them keeps a
    // WCAG AA contrast (4.5:1).
    void paletteColours()
    {
        QFETCH(QPalette, palette);

        RevisionDiffView view;
        view.setPalette(palette);
        view.setRevisions(threeVersions());
        const Marked marks = marked(view.document());
        QVERIFY(!marks.deletedFormats.isEmpty());
        QVERIFY(!marks.insertedFormats.isEmpty());

        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        const QColor deletion = marks.deletedFormats.first().background().color();
        const QColor insertion = marks.insertedFormats.first().background().color();
        QVERIFY(deletion != base);
        QVERIFY(insertion != base);
        QVERIFY(deletion != insertion);
        QVERIFY2(deletion.red() > deletion.green() && deletion.red() > deletion.blue(), qPrintable(deletion.name()));
        QVERIFY2(
            insertion.green() > insertion.red() && insertion.green() > insertion.blue(), qPrintable(insertion.name()));
        for (const QTextCharFormat &format : marks.deletedFormats + marks.insertedFormats) {
            QCOMPARE(format.foreground().color(), text);
            const double ratio = contrast(format.foreground().color(), format.background().color());
            QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
        }
    }

    // Switching an open view from a light to a dark palette re-tints the diff
    // already shown.
    void paletteChangeRetints()
    {
        RevisionDiffView view;
        view.setPalette(lightPalette());
        view.setRevisions(threeVersions());
        const QColor lightDeletion = marked(view.document()).deletedFormats.first().background().color();
        const QColor lightText = marked(view.document()).deletedFormats.first().foreground().color();

        view.setPalette(darkPalette());
        const Marked dark = marked(view.document());
        QVERIFY(dark.deletedFormats.first().background().color() != lightDeletion);
        QVERIFY(dark.deletedFormats.first().foreground().color() != lightText);
        QCOMPARE(dark.deletedFormats.first().foreground().color(), darkPalette().color(QPalette::Text));
        // Still the same diff.
        QCOMPARE(dark.deleted, QStringList{ u"Ủy ban nhân dân tỉnh"_s });
    }

    // Choosing a version in either list shows that comparison and announces
    // it once; choosing the same again, or asking for an unknown version,
    // changes nothing.
    void comboChangesEmitComparisonChanged()
    {
        RevisionDiffView view;
        view.setRevisions(threeVersions());
        QSignalSpy changed(&view, &RevisionDiffView::comparisonChanged);

        QVERIFY(!syllables(marked(view.document()).inserted).contains(u"đón"_s));
        fromCombo(view)->setCurrentIndex(fromCombo(view)->findData(1));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst(), (QVariantList{ 1, 3 }));
        QCOMPARE(view.fromVersion(), 1);
        QVERIFY(syllables(marked(view.document()).inserted).contains(u"đón"_s)); // not in the v1 title

        toCombo(view)->setCurrentIndex(toCombo(view)->findData(2));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst(), (QVariantList{ 1, 2 }));
        QCOMPARE(view.toVersion(), 2);

        toCombo(view)->setCurrentIndex(toCombo(view)->findData(2));
        QCOMPARE(changed.size(), 0);

        view.compare(2, 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(fromCombo(view)->currentData().toInt(), 2);
        QCOMPARE(toCombo(view)->currentData().toInt(), 3);

        view.compare(9, 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(view.fromVersion(), 2);
    }

    // Painted on screen, the deletion tint is really there (not only in the
    // document); with PORTALDESK_SCREENSHOT_DIR set, the light and dark
    // renderings are saved there for a person to look at.
    void screenshot()
    {
        const QString directory = qEnvironmentVariable("PORTALDESK_SCREENSHOT_DIR");
        const QList<Models::Revision> revisions{
            revision(4, u"Quảng Trị: mưa lớn gây ngập sâu nhiều tuyến đường"_s,
                u"UBND tỉnh Quảng Trị họp khẩn, yêu cầu sơ tán người dân vùng trũng."_s,
                u"Chiều 28/11, UBND tỉnh Quảng Trị họp khẩn với các sở, ngành.\n\n"
                "Theo Đài Khí tượng Thủy văn tỉnh, lượng mưa phổ biến 200–350 mm, có nơi trên 400 mm. "
                "Nhiều tuyến đường ở Đông Hà và Hải Lăng ngập sâu 0,5–1 m.\n\n"
                "Lực lượng chức năng đã sơ tán 1.250 hộ dân đến nơi an toàn."_s,
                u"chief"_s),
            revision(3, u"Quảng Trị: mưa lớn gây ngập nhiều tuyến đường"_s,
                u"Ủy ban nhân dân tỉnh họp khẩn, yêu cầu sơ tán người dân vùng trũng."_s,
                u"Chiều 28/11, Ủy ban nhân dân tỉnh họp khẩn với các sở, ngành.\n\n"
                "Theo Đài Khí tượng Thủy văn tỉnh, lượng mưa phổ biến 200–300 mm. "
                "Nhiều tuyến đường ở Đông Hà ngập sâu.\n\n"
                "Lực lượng chức năng đã sơ tán hơn 1.000 hộ dân đến nơi an toàn."_s),
        };
        for (const auto &[palette, name] : { std::pair{ lightPalette(), u"revisiondiffview.png"_s },
                 std::pair{ darkPalette(), u"revisiondiffview-dark.png"_s } }) {
            RevisionDiffView view;
            view.setPalette(palette);
            view.setRevisions(revisions, 3);
            view.resize(620, 560);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            const QImage image = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
            QVERIFY(!image.isNull());

            const QRgb deletion = marked(view.document()).deletedFormats.first().background().color().rgb();
            bool painted = false;
            for (int y = 0; y < image.height() && !painted; ++y) {
                const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
                painted = std::find(line, line + image.width(), deletion) != line + image.width();
            }
            QVERIFY2(painted, qPrintable(name));
            if (!directory.isEmpty())
                QVERIFY(image.save(directory + u'/' + name));
        }
    }
};

QTEST_MAIN(TestRevisionDiffView)
#include "tst_revisiondiffview.moc"
