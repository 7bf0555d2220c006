// Qt's own dialogs speak Vietnamese: Qt ships no Vietnamese for its strings,
// so translations/qt_vi.ts carries those the desk shows. The file dialog
// (open a .docx, save a PDF, import photos) is opened in English and in
// Vietnamese, and no text a user reads in it is the same in both, but for
// the few that are the same word in both languages.
#include "dialogtitles.h"
#include "localization.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

namespace {

// What a user reads in a dialog: labels, buttons and their tips, the
// file list's column names and the type filters; not file names.
QStringList textsOf(QWidget *dialog)
{
    QStringList texts;
    const auto add = [&texts](const QString &text) {
        const QString plain = QString(text).remove(u'&').trimmed();
        if (plain.contains(QRegularExpression(u"[A-Za-z]{2,}"_s)))
            texts.append(plain);
    };
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        add(label->text());
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        add(button->text());
        add(button->toolTip());
    }
    for (const QComboBox *box : dialog->findChildren<QComboBox *>()) {
        if (box->objectName() == u"fileTypeCombo") {
            for (int i = 0; i < box->count(); ++i)
                add(box->itemText(i));
        }
    }
    for (const QHeaderView *header : dialog->findChildren<QHeaderView *>()) {
        if (!header->model())
            continue;
        for (int section = 0; section < header->model()->columnCount(); ++section)
            add(header->model()->headerData(section, Qt::Horizontal).toString());
    }
    texts.removeDuplicates();
    return texts;
}

QStringList fileDialogTexts(const QString &language, const QString &directory)
{
    if (!Models::Localization::install(language).ok())
        return {};
    QFileDialog dialog(nullptr, {}, directory, u"Word (*.docx)"_s);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setViewMode(QFileDialog::Detail);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return {};
    QStringList texts = textsOf(&dialog);
    dialog.grab().save(QStringLiteral(PORTALDESK_SCREENSHOTS "/file-dialog-%1.png").arg(language));
    // The same dialog for saving: its own button and labels.
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    texts += textsOf(&dialog);
    texts.removeDuplicates();
    dialog.close();
    return texts;
}

} // namespace

class TestQtDialogs : public QObject
{
    Q_OBJECT

private slots:
    void fileDialogInVietnamese()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList english = fileDialogTexts(u"en"_s, dir.path());
        const QStringList vietnamese = fileDialogTexts(u"vi"_s, dir.path());
        QVERIFY2(english.size() >= 10, qPrintable(english.join(u" | "_s)));
        QVERIFY(english.contains(u"Look in:"_s));
        QVERIFY(vietnamese.size() >= 10);
        // The same word in both languages, or a name.
        const QStringList same{u"OK"_s, u"Word (*.docx)"_s};
        QStringList untranslated;
        for (const QString &text : vietnamese) {
            if (english.contains(text) && !same.contains(text))
                untranslated.append(text);
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(u"In English: "_s + untranslated.join(u" | "_s)));
    }

    // A small dialog is shown wide enough for its title, whole.
    void dialogsShowTheirTitles()
    {
        Widgets::fitDialogTitles(*qApp);
        QDialog dialog;
        dialog.setWindowTitle(u"Hẹn giờ đăng bài viết lên Cổng Thông tin điện tử tỉnh"_s);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLineEdit(&dialog));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QFont bold = dialog.font();
        bold.setBold(true);
        QVERIFY2(dialog.width() > QFontMetrics(bold).horizontalAdvance(dialog.windowTitle()),
                 qPrintable(QString::number(dialog.width())));
        // A dialog wider already keeps its width.
        QDialog wide;
        wide.setWindowTitle(u"Ngắn"_s);
        wide.resize(700, 200);
        wide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wide));
        QCOMPARE(wide.width(), 700);
    }

    // The context menus of text fields and of the date fields' spin boxes.
    void contextMenusInVietnamese()
    {
        QVERIFY(Models::Localization::install(u"vi"_s).ok());
        QLineEdit line(u"Quảng Trị"_s);
        std::unique_ptr<QMenu> menu(line.createStandardContextMenu());
        QStringList texts;
        for (const QAction *action : menu->actions()) {
            if (!action->isSeparator())
                texts.append(QString(action->text()).remove(u'&').section(u'\t', 0, 0));
        }
        QVERIFY(texts.contains(u"Chọn tất cả"_s));
        QVERIFY2(!texts.contains(u"Select All"_s) && !texts.contains(u"Copy"_s), qPrintable(texts.join(u" | "_s)));
        // A spin box's menu adds its steps; the texts come from QAbstractSpinBox.
        QCOMPARE(QCoreApplication::translate("QAbstractSpinBox", "&Step up").remove(u'&').isEmpty(), false);
        QVERIFY(QCoreApplication::translate("QAbstractSpinBox", "&Step up") != u"&Step up"_s);
        QVERIFY(QCoreApplication::translate("QScrollBar", "Scroll here") != u"Scroll here"_s);
    }
};

QTEST_MAIN(TestQtDialogs)
#include "tst_qtdialogs.moc"
