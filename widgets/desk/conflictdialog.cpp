#include "conflictdialog.h"

#include "worddiff.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

ConflictDialog::ConflictDialog(const QString &message, const Models::Article &theirs, const Models::Article &mine,
                               QWidget *parent)
    : QDialog(parent)
    , m_differences(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone Saved This Article Before You"));
    auto *label = new QLabel(message + u"\n\n" + tr("Differences from their version (struck out) to yours (underlined):"), this);
    label->setObjectName(QStringLiteral("conflictMessage"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);

    m_differences->setObjectName(QStringLiteral("conflictDifferences"));
    const QPalette palette = m_differences->palette();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QString css = QStringLiteral("del { background: %1; text-decoration: line-through; }"
                                       " ins { background: %2; text-decoration: underline; }")
                            .arg(dark ? QStringLiteral("#5c2b2b") : QStringLiteral("#f8d7d7"),
                                 dark ? QStringLiteral("#264d2e") : QStringLiteral("#d4f2d9"));
    m_differences->document()->setDefaultStyleSheet(css);
    const auto part = [](const QString &heading, const QString &before, const QString &after) {
        return QStringLiteral("<h4>%1</h4><pre style='white-space: pre-wrap'>%2</pre>")
            .arg(heading.toHtmlEscaped(), Models::wordDiffHtml(Models::wordDiff(before, after)));
    };
    m_differences->setHtml(part(tr("Title"), theirs.title, mine.title) + part(tr("Sapo"), theirs.summary, mine.summary)
                           + part(tr("Body"), theirs.body, mine.body));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("&Keep Mine on Top"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMineButton"));
    keep->setToolTip(tr("Save your text as a new version after theirs; theirs stays in the history."));
    QPushButton *merge = buttons->addButton(tr("&Merge by Hand"), QDialogButtonBox::ActionRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    merge->setToolTip(tr("Keep editing your text, now based on their version, with these differences open beside it."));
    QPushButton *drop = buttons->addButton(tr("&Drop Mine"), QDialogButtonBox::DestructiveRole);
    drop->setObjectName(QStringLiteral("dropMineButton"));
    drop->setToolTip(tr("Take their version and discard your changes."));
    connect(keep, &QPushButton::clicked, this, [this] { m_choice = Choice::KeepMine; accept(); });
    connect(merge, &QPushButton::clicked, this, [this] { m_choice = Choice::MergeByHand; accept(); });
    connect(drop, &QPushButton::clicked, this, [this] { m_choice = Choice::DropMine; accept(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_differences, 1);
    layout->addWidget(buttons);
    resize(760, 560);
}

} // namespace PortalDesk::Widgets
