#include "revisiondiffview.h"

#include "localization.h"
#include "worddiff.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace PortalDesk::Widgets {

namespace {

// The hues the tints are mixed from; the palette decides how they end up.
constexpr QColor deletionHue(0xda, 0x44, 0x53);
constexpr QColor insertionHue(0x27, 0xae, 0x60);

QColor mixed(const QColor &from, const QColor &to, float amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amount, a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount);
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto linear = [](float channel) {
        return channel <= 0.04045F ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A quarter of the hue over the base reads as a clear tint on white and on
// near-black alike, and keeps the text far above WCAG AA. A mid-tone base
// leaves less room: back off until the text reads again.
QColor tint(const QPalette &palette, const QColor &hue)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor tinted;
    for (const float amount : { 0.25F, 0.2F, 0.15F, 0.1F }) {
        tinted = mixed(base, hue, amount);
        if (contrast(tinted, text) >= 4.5)
            break;
    }
    return tinted;
}

// Vietnamese writes a word as syllables separated by spaces, and a syllable
// is what a desk counts. A token without a letter or digit (a dash, a
// comma) is punctuation, not a word.
int countWords(QStringView text)
{
    int words = 0;
    bool inToken = false;
    bool counted = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            inToken = false;
            continue;
        }
        if (!inToken) {
            inToken = true;
            counted = false;
        }
        if (!counted && c.isLetterOrNumber()) {
            ++words;
            counted = true;
        }
    }
    return words;
}

QString paragraph(const QString &text, QStringView cssClass = {})
{
    const QString open = cssClass.isEmpty() ? u"<p>"_s : u"<p class=\""_s + cssClass + u"\">"_s;
    return open + text.toHtmlEscaped() + u"</p>"_s;
}

} // namespace

RevisionDiffView::RevisionDiffView(QWidget *parent)
    : QWidget(parent)
    , m_fromCombo(new QComboBox(this))
    , m_toCombo(new QComboBox(this))
    , m_approvedButton(new QPushButton(tr("Compare with Approved"), this))
    , m_summary(new QLabel(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("revisionDiffView"));
    m_fromCombo->setObjectName(QStringLiteral("fromVersionCombo"));
    m_toCombo->setObjectName(QStringLiteral("toVersionCombo"));
    m_approvedButton->setObjectName(QStringLiteral("compareApprovedButton"));
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_browser->setObjectName(QStringLiteral("diffBrowser"));

    // The history dock can be narrow; a long login must not widen it.
    for (QComboBox *combo : { m_fromCombo, m_toCombo }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        connect(combo, &QComboBox::currentIndexChanged, this, &RevisionDiffView::selectionChanged);
    }
    m_approvedButton->setToolTip(tr("Show what changed since the article was last approved"));
    connect(m_approvedButton, &QPushButton::clicked, this, &RevisionDiffView::compareWithApproved);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_browser->setOpenLinks(false);
    m_browser->setUndoRedoEnabled(false);
    m_browser->setAccessibleName(tr("Changes between the two versions"));

    auto *fromLabel = new QLabel(tr("From:"), this);
    fromLabel->setObjectName(QStringLiteral("fromVersionLabel"));
    fromLabel->setBuddy(m_fromCombo);
    auto *toLabel = new QLabel(tr("To:"), this);
    toLabel->setObjectName(QStringLiteral("toVersionLabel"));
    toLabel->setBuddy(m_toCombo);

    auto *versions = new QFormLayout;
    versions->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    versions->addRow(fromLabel, m_fromCombo);
    versions->addRow(toLabel, m_toCombo);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_approvedButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(versions);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);

    setRevisions({});
}

QTextDocument *RevisionDiffView::document() const
{
    return m_browser->document();
}

void RevisionDiffView::setRevisions(const QList<Models::Revision> &revisions, std::optional<int> approvedVersion)
{
    m_revisions = revisions;
    std::stable_sort(m_revisions.begin(), m_revisions.end(),
        [](const Models::Revision &a, const Models::Revision &b) { return a.version > b.version; });
    m_approved = approvedVersion && revision(*approvedVersion) ? approvedVersion : std::nullopt;
    fillCombos();

    const bool comparable = m_revisions.size() >= 2;
    m_fromCombo->setEnabled(comparable);
    m_toCombo->setEnabled(comparable);
    m_approvedButton->setEnabled(comparable && m_approved.has_value());
    if (!comparable) {
        m_from = 0;
        m_to = 0;
        m_addedWords = 0;
        m_removedWords = 0;
        showMessage(m_revisions.isEmpty()
                ? tr("No version of this article has been saved yet, so there is nothing to compare.")
                : tr("Only one version of this article has been saved so far, so there is nothing to "
                     "compare yet. Changes will show here once it is saved again."));
        return;
    }
    // New revisions are news even when the version numbers are the same
    // (another article, or the same one reloaded), so no early return here.
    m_from = 0;
    m_to = 0;
    compare(m_revisions.at(1).version, m_revisions.at(0).version);
}

void RevisionDiffView::compare(int fromVersion, int toVersion)
{
    if (m_revisions.size() < 2 || !revision(fromVersion) || !revision(toVersion))
        return;
    if (fromVersion == m_from && toVersion == m_to)
        return;
    m_from = fromVersion;
    m_to = toVersion;
    {
        const QSignalBlocker fromBlocker(m_fromCombo);
        const QSignalBlocker toBlocker(m_toCombo);
        m_fromCombo->setCurrentIndex(m_fromCombo->findData(fromVersion));
        m_toCombo->setCurrentIndex(m_toCombo->findData(toVersion));
    }
    render();
    Q_EMIT comparisonChanged(m_from, m_to);
}

void RevisionDiffView::compareWithApproved()
{
    if (m_approved && !m_revisions.isEmpty())
        compare(*m_approved, m_revisions.constFirst().version);
}

void RevisionDiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The tints are mixed from the palette: a switch between light and dark
    // has to mix them again.
    if (event->type() == QEvent::PaletteChange && m_from != 0)
        render();
}

const Models::Revision *RevisionDiffView::revision(int version) const
{
    const auto it = std::find_if(m_revisions.cbegin(), m_revisions.cend(),
        [version](const Models::Revision &revision) { return revision.version == version; });
    return it == m_revisions.cend() ? nullptr : &*it;
}

QString RevisionDiffView::revisionLabel(const Models::Revision &revision) const
{
    const QString label = tr("Version %1 · %2 · %3", "version number, login of who saved it, when")
                              .arg(QString::number(revision.version), revision.savedBy,
                                  Models::Localization::dateTimeText(revision.savedAt));
    if (m_approved == revision.version)
        return tr("%1 · approved", "a version in the From/To lists that was the last one approved").arg(label);
    return label;
}

void RevisionDiffView::fillCombos()
{
    const QSignalBlocker fromBlocker(m_fromCombo);
    const QSignalBlocker toBlocker(m_toCombo);
    m_fromCombo->clear();
    m_toCombo->clear();
    for (const Models::Revision &revision : std::as_const(m_revisions)) {
        const QString label = revisionLabel(revision);
        m_fromCombo->addItem(label, revision.version);
        m_toCombo->addItem(label, revision.version);
    }
}

void RevisionDiffView::selectionChanged()
{
    compare(m_fromCombo->currentData().toInt(), m_toCombo->currentData().toInt());
}

void RevisionDiffView::render()
{
    const Models::Revision *from = revision(m_from);
    const Models::Revision *to = revision(m_to);
    Q_ASSERT(from && to);

    const QPalette colours = palette();
    const QString text = colours.color(QPalette::Text).name();
    // pre-wrap keeps the spaces and line breaks of the Markdown as typed. No
    // font family: the application font is the one chosen to cover Vietnamese.
    const QString css = uR"(
h3 { margin-top: 10px; margin-bottom: 4px; }
p.diff { white-space: pre-wrap; margin-top: 0px; margin-bottom: 0px; }
p.unchanged { font-style: italic; }
del.diff-del { text-decoration: line-through; background-color: %1; color: %3; }
ins.diff-ins { text-decoration: underline; background-color: %2; color: %3; }
)"_s.arg(tint(colours, deletionHue).name(), tint(colours, insertionHue).name(), text);

    struct Field {
        QString heading;
        const QString &before;
        const QString &after;
    };
    const Field fields[] = {
        { tr("Title"), from->title, to->title },
        { tr("Summary"), from->summary, to->summary },
        { tr("Body"), from->body, to->body },
    };

    QString body;
    m_addedWords = 0;
    m_removedWords = 0;
    for (const Field &field : fields) {
        body += u"<h3>"_s + field.heading.toHtmlEscaped() + u"</h3>"_s;
        const QList<Models::DiffSegment> segments = Models::wordDiff(field.before, field.after);
        const bool changed = std::any_of(segments.cbegin(), segments.cend(),
            [](const Models::DiffSegment &segment) { return segment.kind != Models::DiffSegment::Kind::Equal; });
        if (!changed) {
            body += paragraph(tr("(no changes)"), u"unchanged");
            continue;
        }
        for (const Models::DiffSegment &segment : segments) {
            if (segment.kind == Models::DiffSegment::Kind::Inserted)
                m_addedWords += countWords(segment.text);
            else if (segment.kind == Models::DiffSegment::Kind::Deleted)
                m_removedWords += countWords(segment.text);
        }
        body += u"<p class=\"diff\">"_s + Models::wordDiffHtml(segments) + u"</p>"_s;
    }

    m_summary->setText(
        tr("%1, %2", "words added, words removed")
            .arg(tr("%n word(s) added", nullptr, m_addedWords), tr("%n word(s) removed", nullptr, m_removedWords)));
    m_summary->setVisible(true);
    m_html = u"<html><head><style>"_s + css + u"</style></head><body>"_s + body + u"</body></html>"_s;
    m_browser->setHtml(m_html);
}

void RevisionDiffView::showMessage(const QString &message)
{
    m_summary->clear();
    m_summary->setVisible(false);
    m_html = u"<html><body>"_s + paragraph(message) + u"</body></html>"_s;
    m_browser->setHtml(m_html);
}

} // namespace PortalDesk::Widgets
