#pragma once

#include "article.h"

#include <QDialog>

class QTextBrowser;

namespace PortalDesk::Widgets {

// Shown when a save meets a newer version: who saved, what differs between
// their text and the user's, and the three ways out. Neither text is lost by
// any of them.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { KeepMine, MergeByHand, DropMine };

    ConflictDialog(const QString &message, const Models::Article &theirs, const Models::Article &mine,
                   QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QTextBrowser *differences() const { return m_differences; }

private:
    Choice m_choice = Choice::MergeByHand;
    QTextBrowser *m_differences = nullptr;
};

} // namespace PortalDesk::Widgets
