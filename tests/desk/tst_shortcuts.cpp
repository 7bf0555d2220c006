// Every keyboard shortcut of every window does something: no key is given to
// two actions that are live in the same window (Qt then does neither and
// prints "Ambiguous shortcut overload"), and no menu has two entries with
// the same underlined letter, in Vietnamese as in English (a translation
// easily picks a letter already taken).
#include "digestwindow.h"
#include "gazettewindow.h"
#include "localization.h"
#include "mainwindow.h"
#include "questionswindow.h"
#include "royaltieswindow.h"

#include "demodesk.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTest>

using namespace PortalDesk;
using namespace Qt::StringLiterals;

namespace {

QString nameOf(const QObject *object, const QString &text)
{
    const QString name = object->objectName();
    return name.isEmpty() ? u"\""_s + text + u'"' : name;
}

// Whether an action's shortcut is live while `window` is active.
bool liveIn(const QAction *action, const QWidget *window)
{
    if (action->shortcutContext() == Qt::ApplicationShortcut)
        return true;
    if (action->shortcutContext() != Qt::WindowShortcut)
        return false;  // a widget's own: live only where the widget has focus
    const auto objects = action->associatedObjects();
    for (const QObject *object : objects) {
        if (auto *widget = qobject_cast<const QWidget *>(object); widget && widget->window() == window)
            return true;
        // A menu's entry is live in the window whose menu bar holds the menu.
        if (auto *menu = qobject_cast<const QMenu *>(object)) {
            const auto menuObjects = menu->menuAction()->associatedObjects();
            for (const QObject *holder : menuObjects) {
                if (auto *widget = qobject_cast<const QWidget *>(holder); widget && widget->window() == window)
                    return true;
            }
        }
    }
    return false;
}

// "Ctrl+S → actionSave, actionOther" for every key given twice.
QStringList ambiguousKeys(QWidget *window)
{
    QHash<QString, QStringList> owners;
    QList<QAction *> actions = window->findChildren<QAction *>();
    actions += window->actions();
    QSet<QAction *> seen;
    for (QAction *action : std::as_const(actions)) {
        if (seen.contains(action) || !liveIn(action, window))
            continue;
        seen.insert(action);
        for (const QKeySequence &key : action->shortcuts())
            owners[key.toString(QKeySequence::PortableText)].append(nameOf(action, action->text()));
    }
    const auto shortcuts = window->findChildren<QShortcut *>();
    for (const QShortcut *shortcut : shortcuts) {
        auto *parent = qobject_cast<QWidget *>(shortcut->parent());
        if (!parent || parent->window() != window || shortcut->context() == Qt::WidgetShortcut
            || shortcut->context() == Qt::WidgetWithChildrenShortcut)
            continue;
        for (const QKeySequence &key : shortcut->keys())
            owners[key.toString(QKeySequence::PortableText)].append(nameOf(shortcut, u"QShortcut"_s));
    }
    QStringList ambiguous;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            ambiguous.append(it.key() + u" → "_s + it.value().join(u", "_s));
    }
    return ambiguous;
}

// "menu Tệp: T → Tải lại, Thoát" for every letter two entries of a menu share.
QStringList clashingMnemonics(QWidget *window)
{
    QStringList clashes;
    const auto check = [&clashes](const QString &where, const QList<QAction *> &actions) {
        QHash<QString, QStringList> letters;
        for (const QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QKeySequence mnemonic = QKeySequence::mnemonic(action->text());
            if (!mnemonic.isEmpty())
                letters[mnemonic.toString()].append(QString(action->text()).remove(u'&'));
        }
        for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
            if (it.value().size() > 1)
                clashes.append(where + u": "_s + it.key() + u" → "_s + it.value().join(u", "_s));
        }
    };
    const auto bars = window->findChildren<QMenuBar *>();
    for (const QMenuBar *bar : bars) {
        if (bar->window() == window)
            check(u"menu bar"_s, bar->actions());
    }
    const auto menus = window->findChildren<QMenu *>();
    for (const QMenu *menu : menus)
        check(u"menu "_s + QString(menu->title()).remove(u'&'), menu->actions());
    return clashes;
}

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString problem;
        QVERIFY2(m_desk.setUp(&problem), qPrintable(problem));
    }

    void everyKeyDoesOneThing_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("which");
        for (const QString &language : {u"vi"_s, u"en"_s}) {
            for (const QString &login : {u"reporter"_s, u"editor"_s, u"chief"_s, u"admin"_s}) {
                QTest::addRow("%s-%s-main", qPrintable(language), qPrintable(login)) << language << login << u"main"_s;
            }
            QTest::addRow("%s-gazette", qPrintable(language)) << language << u"chief"_s << u"gazette"_s;
            QTest::addRow("%s-digest", qPrintable(language)) << language << u"chief"_s << u"digest"_s;
            QTest::addRow("%s-royalties", qPrintable(language)) << language << u"chief"_s << u"royalties"_s;
            QTest::addRow("%s-questions", qPrintable(language)) << language << u"chief"_s << u"questions"_s;
        }
    }

    void everyKeyDoesOneThing()
    {
        QFETCH(QString, language);
        QFETCH(QString, login);
        QFETCH(QString, which);
        QVERIFY(Models::Localization::install(language).ok());
        const Models::User user = m_desk.user(login);
        QVERIFY2(!user.login.isEmpty(), qPrintable(login));
        std::unique_ptr<QWidget> window;
        if (which == u"main")
            window = std::make_unique<Widgets::MainWindow>(m_desk.newsroom(), user);
        else if (which == u"gazette")
            window = std::make_unique<Widgets::GazetteWindow>(m_desk.newsroom(), user);
        else if (which == u"digest")
            window = std::make_unique<Widgets::DigestWindow>(m_desk.newsroom(), user);
        else if (which == u"royalties")
            window = std::make_unique<Widgets::RoyaltiesWindow>(m_desk.newsroom(), user);
        else
            window = std::make_unique<Widgets::QuestionsWindow>(m_desk.newsroom(), user);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const QStringList ambiguous = ambiguousKeys(window.get());
        QVERIFY2(ambiguous.isEmpty(), qPrintable(ambiguous.join(u"; "_s)));
        const QStringList clashes = clashingMnemonics(window.get());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
        QVERIFY(window->close());
    }

    // The checks above see a clash: two live actions on one key are found,
    // and so are two entries of a menu with one letter.
    void theChecksCanFail()
    {
        QWidget window;
        auto *first = new QAction(u"&First"_s, &window);
        auto *second = new QAction(u"&Fourth"_s, &window);
        first->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        second->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        window.addAction(first);
        window.addAction(second);
        QCOMPARE(ambiguousKeys(&window).size(), 1);
        auto *bar = new QMenuBar(&window);
        QMenu *menu = bar->addMenu(u"&File"_s);
        menu->addAction(first);
        menu->addAction(second);
        QCOMPARE(clashingMnemonics(&window).size(), 1);
    }

private:
    DemoDesk m_desk;
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
