#pragma once

#include "article.h"

#include <QFrame>

class QLabel;

namespace PortalDesk::Widgets {

// The strip above an article returned or withdrawn that says by whom, when
// and why — "Trả lại bởi …: Thiếu nguồn ảnh" — so that the reporter reads
// the reason before the text, not in a tooltip of the history.
class ReasonBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ReasonBanner(QWidget *parent = nullptr);

    // Shown for a returned or withdrawn article from the newest audit entry
    // that put it in its state; hidden otherwise.
    void setArticle(const Models::Article &article, const QList<Models::AuditEntry> &audit);
    void clear();
    QString text() const;

private:
    QLabel *m_label;
};

} // namespace PortalDesk::Widgets
