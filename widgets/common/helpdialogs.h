#pragma once

#include <QDialog>

class QLineEdit;
class QMenu;
class QListWidget;
class QTextBrowser;
class QTreeWidget;

namespace PortalDesk::Widgets {

// Help › Keyboard Shortcuts: every action of a window that has a key, by the
// menu it is in, read from the window itself so that the list is never out
// of date; a field filters it by name or key.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // "Ctrl+B" → the action's name without its accelerator, in the window's language.
    QString actionForKey(const QString &key) const;

private:
    void filter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_list;
};

// Help › User Guide: the guide's pages (Markdown compiled into the program,
// one per role), listed on the left, shown on the right; links between
// pages follow within the dialog, links out open in the browser.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // Shows a page by its file name ("phong-vien.md"); false if there is none.
    bool showPage(const QString &name);
    QStringList pages() const;
    QString currentPage() const { return m_current; }
    QTextBrowser *browser() const { return m_browser; }

    // Where the pages are: ":/guide/vi/".
    static QString guideFolder();

private:
    QListWidget *m_pages;
    QTextBrowser *m_browser;
    QString m_current;
};

// Adds "User Guide" (F1) and "Keyboard Shortcuts" to a window's Help menu.
void addHelpActions(QMenu *help, QWidget *window);

} // namespace PortalDesk::Widgets
