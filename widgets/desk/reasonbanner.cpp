#include "reasonbanner.h"

#include "localization.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace PortalDesk::Widgets {

ReasonBanner::ReasonBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("reasonBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_label->setObjectName(QStringLiteral("reasonBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    hide();
}

void ReasonBanner::setArticle(const Models::Article &article, const QList<Models::AuditEntry> &audit)
{
    const QString state = Models::articleStateKey(article.state);
    if (article.state != Models::ArticleState::Returned && article.state != Models::ArticleState::Withdrawn) {
        clear();
        return;
    }
    // The audit comes newest first.
    const auto entry = std::find_if(audit.cbegin(), audit.cend(), [&state](const Models::AuditEntry &each) {
        return !each.refused && each.toState == state;
    });
    if (entry == audit.cend()) {
        clear();
        return;
    }
    const QString who = (entry->fullName.isEmpty() ? entry->login : entry->fullName).toHtmlEscaped();
    const QString when = Models::Localization::dateTimeText(entry->at);
    const QString heading = article.state == Models::ArticleState::Returned
        ? tr("Returned by %1 on %2").arg(who, when)
        : tr("Withdrawn by %1 on %2").arg(who, when);
    // The reason as typed, its line breaks kept.
    const QString reason = entry->reason.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    m_label->setText(QStringLiteral("<b>%1:</b> %2").arg(heading, reason.isEmpty() ? tr("no reason given") : reason));
    show();
}

void ReasonBanner::clear()
{
    m_label->clear();
    hide();
}

QString ReasonBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace PortalDesk::Widgets
