#include "lockbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace PortalDesk::Widgets {

LockBanner::LockBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_takeOver(new QPushButton(tr("&Take Over"), this))
{
    setObjectName(QStringLiteral("lockBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_label->setObjectName(QStringLiteral("lockBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_takeOver->setObjectName(QStringLiteral("takeOverButton"));
    m_takeOver->setToolTip(tr("Edit the article yourself; the one editing it now is told and keeps their text."));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_takeOver);
    connect(m_takeOver, &QPushButton::clicked, this, &LockBanner::takeOverRequested);
    hide();
}

void LockBanner::showHeld(const QString &name, bool mayTakeOver)
{
    showText(tr("Being edited by %1: you can read it; it opens for editing when they close it.").arg(name), mayTakeOver);
}

void LockBanner::showTakenOver(const QString &name)
{
    showText(tr("%1 took over this article. Your unsaved text is kept on this PC (it is offered when you "
                "open the article again); the article is now read-only.").arg(name), false);
}

void LockBanner::showDisconnected()
{
    showText(tr("The connection to the newsroom's server was lost. Your text stays on this PC; "
                "PortalDesk reconnects by itself."), false);
}

QString LockBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void LockBanner::showText(const QString &text, bool takeOver)
{
    m_label->setText(text);
    m_takeOver->setVisible(takeOver);
    show();
}

} // namespace PortalDesk::Widgets
