#pragma once

#include <QList>
#include <QTreeView>

namespace PortalDesk::Widgets {

// A list of articles that keeps their titles readable in a narrow pane.
//
// The user chooses which columns besides the title are shown (the header's
// context menu). When the pane cannot give the title room for
// `readableTitleCharacters` beside those columns — a 1366×768 laptop, a
// pane made narrow — each row becomes two lines, as mail clients' narrow
// layouts do: the title across the whole width, and under it, smaller, the
// chosen columns' values joined by " · ". Widened again, the columns return.
class ArticleListView final : public QTreeView
{
    Q_OBJECT

public:
    explicit ArticleListView(QWidget *parent = nullptr);

    // The title column, every other column the user may show, and those
    // shown until the user chooses. Call after setModel().
    void setColumns(int titleColumn, const QList<int> &choosable, const QList<int> &shown);
    QList<int> shownColumns() const { return m_shown; }
    void setShownColumns(const QList<int> &columns);
    // One of the shown columns that takes the width left after the others
    // (a search's matched text); the title takes it when there is none.
    // `markedRole`, if any, gives its text as HTML with the matched words
    // in <b>, drawn in bold in the two-line layout.
    void setStretchColumn(int column, int markedRole = -1);

    bool isCompact() const { return m_compact; }
    int titleColumn() const { return m_titleColumn; }
    // The text under the title of a row in the two-line layout.
    QString detailLine(const QModelIndex &index) const;

    static constexpr int readableTitleCharacters = 45;

Q_SIGNALS:
    // The user showed or hid a column: worth keeping.
    void shownColumnsChanged(const QList<int> &columns);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Focus coming back (a dialog closed) makes no row current by itself:
    // QAbstractItemView would make the first one current, and the desk
    // would open that article in place of the one being worked on.
    void focusInEvent(QFocusEvent *event) override;

private:
    void showHeaderMenu(const QPoint &position);
    void updateLayout();
    // Measures again on the next layout: the rows, the columns or the font changed.
    void remeasure();
    int widthNeededBeside() const;

    int m_titleColumn = 0;
    int m_stretchColumn = -1;
    QList<int> m_choosable;
    QList<int> m_shown;
    bool m_compact = false;
    // widthNeededBeside() measures rows' text, so a resize (many a second
    // while a splitter is dragged) reuses it; -1 until measured.
    mutable int m_neededBeside = -1;
};

} // namespace PortalDesk::Widgets
