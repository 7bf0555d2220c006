#include "helpdialogs.h"

#include "markdownhtml.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

namespace {

QString plainName(const QString &text)
{
    return QString(text).remove(QRegularExpression(QStringLiteral("&(?!&)"))).remove(u'…').trimmed();
}

// The menus of a window, with their submenus, in the order shown.
void collectMenus(QMenu *menu, const QString &path, QList<std::pair<QString, QAction *>> &into, QSet<QAction *> &seen)
{
    const auto actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (QMenu *sub = action->menu()) {
            collectMenus(sub, path + QStringLiteral(" › ") + plainName(sub->title()), into, seen);
            continue;
        }
        if (!action->shortcuts().isEmpty() && !seen.contains(action)) {
            seen.insert(action);
            into.append({path, action});
        }
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Filter by name or key"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    QList<std::pair<QString, QAction *>> entries;
    QSet<QAction *> seen;
    if (auto *bar = window->findChild<QMenuBar *>()) {
        const auto menus = bar->actions();
        for (QAction *top : menus) {
            if (QMenu *menu = top->menu())
                collectMenus(menu, plainName(menu->title()), entries, seen);
        }
    }
    // Keys that are in no menu (the window's own, the editors').
    const auto all = window->findChildren<QAction *>();
    for (QAction *action : all) {
        if (!action->shortcuts().isEmpty() && !seen.contains(action) && !action->text().isEmpty()) {
            seen.insert(action);
            entries.append({tr("Other"), action});
        }
    }
    QHash<QString, QTreeWidgetItem *> groups;
    for (const auto &[group, action] : std::as_const(entries)) {
        QTreeWidgetItem *&parent = groups[group];
        if (!parent) {
            parent = new QTreeWidgetItem(m_list, {group});
            QFont bold = parent->font(0);
            bold.setBold(true);
            parent->setFont(0, bold);
            parent->setFirstColumnSpanned(true);
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        new QTreeWidgetItem(parent, {plainName(action->text()), keys.join(QStringLiteral(", "))});
    }
    m_list->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 32);
}

QString ShortcutsDialog::actionForKey(const QString &key) const
{
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->text(1).split(QStringLiteral(", ")).contains(key))
                return group->child(i)->text(0);
        }
    }
    return {};
}

void ShortcutsDialog::filter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = wanted.isEmpty() || item->text(0).contains(wanted, Qt::CaseInsensitive)
                               || item->text(1).contains(wanted, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("PortalDesk User Guide"));
    m_pages->setObjectName(QStringLiteral("guidePages"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenLinks(false);
    // The pages' order: the overview first, then as the roles work.
    static const QStringList order{QStringLiteral("index.md"),     QStringLiteral("phong-vien.md"),
                                   QStringLiteral("bien-tap-vien.md"), QStringLiteral("lanh-dao.md"),
                                   QStringLiteral("cong-bao.md"),  QStringLiteral("diem-bao.md"),
                                   QStringLiteral("quan-tri.md")};
    QStringList files = QDir(guideFolder()).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    std::stable_sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &name) {
            const qsizetype at = order.indexOf(name);
            return at < 0 ? order.size() : at;
        };
        return rank(a) < rank(b);
    });
    for (const QString &file : std::as_const(files)) {
        QFile page(guideFolder() + file);
        QString title = file;
        if (page.open(QIODevice::ReadOnly)) {
            // The page's first heading names it in the list.
            const QString first = QString::fromUtf8(page.readLine()).trimmed();
            if (first.startsWith(u'#'))
                title = QString(first).remove(QRegularExpression(QStringLiteral("^#+\\s*")));
        }
        auto *item = new QListWidgetItem(title, m_pages);
        item->setData(Qt::UserRole, file);
    }
    connect(m_pages, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showPage(item->data(Qt::UserRole).toString());
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.isRelative() && url.path().endsWith(QStringLiteral(".md")))
            showPage(url.path());
        else if (url.scheme() == u"https" || url.scheme() == u"http")
            QDesktopServices::openUrl(url);
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().averageCharWidth() * 36, fontMetrics().averageCharWidth() * 80});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 115, fontMetrics().height() * 40);
    if (m_pages->count() > 0)
        m_pages->setCurrentRow(0);
}

QString UserGuideDialog::guideFolder()
{
    return QStringLiteral(":/guide/vi/");
}

QStringList UserGuideDialog::pages() const
{
    QStringList names;
    for (int row = 0; row < m_pages->count(); ++row)
        names.append(m_pages->item(row)->data(Qt::UserRole).toString());
    return names;
}

bool UserGuideDialog::showPage(const QString &name)
{
    QFile page(guideFolder() + QFileInfo(name).fileName());
    if (!page.open(QIODevice::ReadOnly))
        return false;
    m_current = QFileInfo(name).fileName();
    m_browser->setHtml(Models::markdownToHtml(QString::fromUtf8(page.readAll())));
    for (int row = 0; row < m_pages->count(); ++row) {
        if (m_pages->item(row)->data(Qt::UserRole).toString() == m_current && m_pages->currentRow() != row) {
            const QSignalBlocker blocker(m_pages);
            m_pages->setCurrentRow(row);
        }
    }
    return true;
}

} // namespace PortalDesk::Widgets

namespace PortalDesk::Widgets {

void addHelpActions(QMenu *help, QWidget *window)
{
    auto *guide = new QAction(QIcon::fromTheme(QStringLiteral("help-contents")), UserGuideDialog::tr("User &Guide"), window);
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QObject::connect(guide, &QAction::triggered, window, [window] {
        auto *dialog = new UserGuideDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    auto *keys = new QAction(QIcon::fromTheme(QStringLiteral("configure-shortcuts")),
                             ShortcutsDialog::tr("&Keyboard Shortcuts"), window);
    keys->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    QObject::connect(keys, &QAction::triggered, window, [window] {
        auto *dialog = new ShortcutsDialog(window, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QAction *first = help->actions().value(0);
    help->insertAction(first, guide);
    help->insertAction(first, keys);
    if (first)
        help->insertSeparator(first);
}

} // namespace PortalDesk::Widgets
