#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace PortalDesk::Widgets {

// Find and replace in the article body, as a bar under the editor (like
// Kate's), so the text stays visible while searching.
class FindReplaceBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindReplaceBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    void activate();  // shows the bar with the selection as the search text
    bool findNext(bool backwards = false);
    bool replaceCurrent();
    int replaceAll();  // one undo step; returns how many were replaced
    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPlainTextEdit *m_editor = nullptr;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace PortalDesk::Widgets
