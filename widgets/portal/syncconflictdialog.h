#pragma once

#include <QDialog>

class QTextBrowser;

namespace PortalDesk::Widgets {

// A portal-side edit next to the newsroom's version, for an editor to
// settle: keep the newsroom's (the portal is overwritten at the next sync)
// or take the portal's text back as a new revision.
class SyncConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Choice { KeepNewsroom = 2, TakePortal = 3 };

    // Both sides as HTML: the newsroom's as the portal would receive it.
    SyncConflictDialog(const QString &newsroomHtml, const QString &portalHtml, bool mayChoose, QWidget *parent = nullptr);

    QTextBrowser *newsroomView() const { return m_newsroom; }
    QTextBrowser *portalView() const { return m_portal; }

private:
    QTextBrowser *m_newsroom = nullptr;
    QTextBrowser *m_portal = nullptr;
};

} // namespace PortalDesk::Widgets
