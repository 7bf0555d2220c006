#include "syncconflictdialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>

namespace PortalDesk::Widgets {

SyncConflictDialog::SyncConflictDialog(const QString &newsroomHtml, const QString &portalHtml, bool mayChoose, QWidget *parent)
    : QDialog(parent)
    , m_newsroom(new QTextBrowser(this))
    , m_portal(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("syncConflictDialog"));
    setWindowTitle(tr("Changed on the Portal"));
    // The portal's HTML is shown, never run: QTextBrowser has no scripts,
    // and neither side fetches anything from the network.
    for (QTextBrowser *view : {m_newsroom, m_portal}) {
        view->setOpenLinks(false);
        view->setMinimumSize(fontMetrics().averageCharWidth() * 45, fontMetrics().height() * 20);
    }
    m_newsroom->setObjectName(QStringLiteral("newsroomVersion"));
    m_portal->setObjectName(QStringLiteral("portalVersion"));
    m_newsroom->setHtml(newsroomHtml);
    m_portal->setHtml(portalHtml);

    auto *explanation = new QLabel(tr("This article was changed on the portal since PortalDesk last wrote it. "
                                      "Choose which text the portal and the newsroom keep."),
                                   this);
    explanation->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (mayChoose) {
        auto *keep = buttons->addButton(tr("Keep the Newsroom's Text"), QDialogButtonBox::AcceptRole);
        keep->setObjectName(QStringLiteral("keepNewsroom"));
        keep->setToolTip(tr("The next sync overwrites the portal's text."));
        connect(keep, &QPushButton::clicked, this, [this] { done(KeepNewsroom); });
        auto *take = buttons->addButton(tr("Take the Portal's Text"), QDialogButtonBox::AcceptRole);
        take->setObjectName(QStringLiteral("takePortal"));
        take->setToolTip(tr("The portal's title, summary and body become a new revision of the article."));
        connect(take, &QPushButton::clicked, this, [this] { done(TakePortal); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QGridLayout(this);
    layout->addWidget(explanation, 0, 0, 1, 2);
    layout->addWidget(new QLabel(tr("In the newsroom"), this), 1, 0);
    layout->addWidget(new QLabel(tr("On the portal"), this), 1, 1);
    layout->addWidget(m_newsroom, 2, 0);
    layout->addWidget(m_portal, 2, 1);
    layout->addWidget(buttons, 3, 0, 1, 2);
}

} // namespace PortalDesk::Widgets
