#include "digestwindow.h"

#include "clippingdialog.h"
#include "digestreview.h"
#include "digestsorting.h"
#include "digestsourcesdialog.h"
#include "digeststore.h"
#include "feedfetcher.h"
#include "helpdialogs.h"
#include "localization.h"
#include "newsroom.h"
#include "newsroomsettings.h"
#include "windowsize.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

using namespace Models;

namespace {

enum Roles { KeyRole = Qt::UserRole };

struct Tone {
    const char *key;
    const char *name;
};
constexpr Tone tones[] = {
    {"positive", QT_TRANSLATE_NOOP("PortalDesk::Widgets::DigestWindow", "Positive")},
    {"neutral", QT_TRANSLATE_NOOP("PortalDesk::Widgets::DigestWindow", "Neutral")},
    {"negative", QT_TRANSLATE_NOOP("PortalDesk::Widgets::DigestWindow", "Negative (needs attention)")},
};

} // namespace

DigestWindow::DigestWindow(Newsroom &newsroom, User user, QWidget *parent)
    : QMainWindow(parent)
    , m_newsroom(newsroom)
    , m_user(std::move(user))
    , m_day(new QDateEdit(QDate::currentDate(), this))
    , m_candidates(new QListWidget(this))
    , m_digest(new QListWidget(this))
    , m_feeds(new QListWidget(this))
    , m_title(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_section(new QComboBox(this))
    , m_tone(new QComboBox(this))
    , m_concerns(new QLineEdit(this))
    , m_recommendations(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_previewTimer(new QTimer(this))
    , m_fetcher(new FeedFetcher(newsroom, this))
{
    setObjectName(QStringLiteral("digestWindow"));
    setWindowTitle(tr("Press Digest — PortalDesk"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_sections = DigestStore(m_newsroom).sections().value_or(QStringList());
    m_section->addItems(m_sections);
    for (const Tone &tone : tones)
        m_tone->addItem(tr(tone.name), QString::fromLatin1(tone.key));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_day->setObjectName(QStringLiteral("digestDay"));
    m_candidates->setObjectName(QStringLiteral("digestCandidates"));
    m_digest->setObjectName(QStringLiteral("digestEntries"));
    m_tone->setObjectName(QStringLiteral("digestTone"));
    m_recommendations->setObjectName(QStringLiteral("digestRecommendations"));
    m_preview->setObjectName(QStringLiteral("digestPreview"));
    m_preview->setOpenExternalLinks(true);
    m_summary->setTabChangesFocus(true);
    m_recommendations->setPlaceholderText(tr("One recommendation per line."));
    for (QListWidget *list : {m_candidates, m_digest}) {
        list->setWordWrap(true);
        list->setDragDropMode(QAbstractItemView::DragDrop);
        list->setDefaultDropAction(Qt::MoveAction);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
    }

    // Left: candidates; middle: the digest and the story being edited.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Today's stories (drag into the digest):"), left));
    leftLayout->addWidget(m_candidates);
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(new QLabel(tr("The digest, in order:"), middle));
    middleLayout->addWidget(m_digest, 2);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ummary:"), m_summary);
    form->addRow(tr("&Section:"), m_section);
    form->addRow(tr("T&one:"), m_tone);
    form->addRow(tr("&Concerns:"), m_concerns);
    form->addRow(tr("&Recommendations:"), m_recommendations);
    middleLayout->addLayout(form, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(2, 1);
    setCentralWidget(splitter);

    auto *feedsDock = new QDockWidget(tr("Feeds"), this);
    feedsDock->setObjectName(QStringLiteral("digestFeedsDock"));
    m_feeds->setObjectName(QStringLiteral("digestFeeds"));
    feedsDock->setWidget(m_feeds);
    addDockWidget(Qt::BottomDockWidgetArea, feedsDock);
    resizeDocks({feedsDock}, {fontMetrics().height() * 7}, Qt::Vertical);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &DigestWindow::updatePreview);
    connect(m_day, &QDateEdit::dateChanged, this, &DigestWindow::loadDay);
    connect(m_digest, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) { showEntry(item); });
    connect(m_digest->model(), &QAbstractItemModel::rowsInserted, this, &DigestWindow::schedulePreview);
    connect(m_digest->model(), &QAbstractItemModel::rowsRemoved, this, &DigestWindow::schedulePreview);
    connect(m_digest->model(), &QAbstractItemModel::rowsMoved, this, &DigestWindow::schedulePreview);
    connect(m_title, &QLineEdit::textEdited, this, &DigestWindow::applyEntryEdits);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &DigestWindow::applyEntryEdits);
    connect(m_section, &QComboBox::currentIndexChanged, this, &DigestWindow::applyEntryEdits);
    connect(m_tone, &QComboBox::currentIndexChanged, this, &DigestWindow::applyEntryEdits);
    connect(m_concerns, &QLineEdit::textEdited, this, &DigestWindow::applyEntryEdits);
    connect(m_recommendations, &QPlainTextEdit::textChanged, this, &DigestWindow::schedulePreview);
    connect(m_fetcher, &FeedFetcher::feedFinished, this, &DigestWindow::refreshFeeds);
    connect(m_fetcher, &FeedFetcher::finished, this, [this](const QList<FeedResult> &results) {
        int failed = 0;
        for (const FeedResult &result : results)
            failed += result.status == u"error" ? 1 : 0;
        statusBar()->showMessage(tr("Fetched %1 of %2 feeds.").arg(results.size() - failed).arg(results.size()), 8000);
        m_actions.value(QStringLiteral("actionDigestFetch"))->setEnabled(true);
        loadDay();
        Q_EMIT fetchFinished();
    });

    const QString province = NewsroomSettings(m_newsroom).value(NewsroomSettings::provinceName).value_or(QString());
    m_office = province.isEmpty() ? QStringLiteral("Cổng Thông tin điện tử") : QStringLiteral("Cổng Thông tin điện tử tỉnh ") + province;
    createActions();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    addHelpActions(help, this);
    refreshFeeds();
    loadDay();
    fitToScreen(this, QSize(1400, 880));
}

DigestWindow::~DigestWindow() = default;

void DigestWindow::createActions()
{
    const auto action = [this](const char *key, const QString &icon, const QString &text, const QKeySequence &shortcut = {}) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(QString::fromLatin1(key));
        a->setShortcut(shortcut);
        m_actions.insert(QString::fromLatin1(key), a);
        return a;
    };
    QMenu *menu = menuBar()->addMenu(tr("&Digest"));
    QToolBar *toolbar = addToolBar(tr("Digest"));
    toolbar->setObjectName(QStringLiteral("digestToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(new QLabel(tr("Day:"), this));
    toolbar->addWidget(m_day);

    QAction *fetch = action("actionDigestFetch", QStringLiteral("view-refresh"), tr("&Fetch Feeds"), Qt::Key_F5);
    connect(fetch, &QAction::triggered, this, &DigestWindow::fetchFeeds);
    QAction *importOpml = action("actionDigestImportOpml", QStringLiteral("document-import"), tr("&Import OPML…"));
    connect(importOpml, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Feeds"), {}, tr("OPML (*.opml *.xml);;All files (*)"));
        if (path.isEmpty())
            return;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error(tr("Cannot read %1: %2.").arg(path, file.errorString()));
            return;
        }
        auto added = DigestStore(m_newsroom).importOpml(file.readAll());
        if (!added) {
            error(added.error().message);
            return;
        }
        statusBar()->showMessage(tr("Added %n feed(s).", nullptr, added.value()), 8000);
        refreshFeeds();
    });
    QAction *sources = action("actionDigestSources", QStringLiteral("configure"), tr("Feeds and &Rules…"));
    connect(sources, &QAction::triggered, this, [this] {
        DigestSourcesDialog dialog(m_newsroom, this);
        dialog.exec();
        refreshFeeds();
        loadDay();
    });
    QAction *clip = action("actionDigestClip", QStringLiteral("edit-paste"), tr("Add a &Clipping…"));
    connect(clip, &QAction::triggered, this, [this] {
        ClippingDialog dialog(m_day->date(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        auto item = dialog.clipping();
        if (!item) {
            error(item.error().message);
            return;
        }
        if (auto added = DigestStore(m_newsroom).addItems({item.value()}); !added) {
            error(added.error().message);
            return;
        }
        loadDay();
        // A clipping chosen by a person goes into the digest being composed,
        // whatever the relevance rules (which sort the feeds) make of it;
        // for another day, a word where it is.
        const QDate day = item->publishedAt.toLocalTime().date();
        if (day != m_day->date()) {
            statusBar()->showMessage(tr("Clipping saved for %1: choose that day to see it.").arg(Localization::dateText(day)), 15000);
            return;
        }
        const auto stored = DigestStore(m_newsroom).itemsOn(day);
        const auto it = stored ? std::find_if(stored->cbegin(), stored->cend(),
                                              [&](const DigestItem &each) { return each.key == item->key; })
                               : QList<DigestItem>::const_iterator();
        if (!stored || it == stored->cend())
            return;
        for (int row = 0; row < m_candidates->count(); ++row) {
            if (m_entries.value(m_candidates->item(row)->data(KeyRole).toInt()).itemIds.contains(it->id)) {
                addCandidate(row);
                statusBar()->showMessage(tr("Clipping added to the digest; save the digest to keep it there."), 10000);
                return;
            }
        }
        DigestEntry entry;
        entry.title = it->title;
        entry.summary = DigestBuilder::summaryOf(it->body.isEmpty() ? it->title : it->body);
        entry.itemIds << it->id;
        entry.outlets.append({it->page.isEmpty() ? it->outlet : QStringLiteral("%1, trang %2").arg(it->outlet, it->page),
                              it->url});
        entry.section = m_sections.isEmpty() ? QString() : m_sections.constLast();
        QListWidgetItem *added = makeItem(entry);
        m_digest->addItem(added);
        m_digest->setCurrentItem(added);
        updatePreview();
        statusBar()->showMessage(tr("No relevance rule matches this clipping: it was added to the digest directly; "
                                    "save the digest to keep it there."),
                                 15000);
    });
    QAction *add = action("actionDigestAdd", QStringLiteral("go-next"), tr("&Add to Digest"), Qt::CTRL | Qt::Key_Return);
    connect(add, &QAction::triggered, this, [this] {
        if (m_candidates->currentRow() >= 0)
            addCandidate(m_candidates->currentRow());
    });
    QAction *saveAction = action("actionDigestSave", QStringLiteral("document-save"), tr("&Save"), QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &DigestWindow::save);
    QAction *submit = action("actionDigestSubmit", QStringLiteral("mail-send"), tr("Su&bmit for Approval"));
    connect(submit, &QAction::triggered, this, [this] { perform(ReviewAction::Submit); });
    QAction *approve = action("actionDigestApprove", QStringLiteral("dialog-ok-apply"), tr("A&pprove"));
    connect(approve, &QAction::triggered, this, [this] { perform(ReviewAction::Approve); });
    QAction *sendBack = action("actionDigestReturn", QStringLiteral("edit-undo"), tr("&Return…"));
    connect(sendBack, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Return the Digest"), tr("Why is it sent back?"), QLineEdit::Normal, {}, &ok);
        if (ok)
            perform(ReviewAction::Return, reason);
    });
    QAction *exportAction = action("actionDigestExport", QStringLiteral("document-export"), tr("&Export…"));
    connect(exportAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the Digest"),
                                                          tr("diem-bao-%1.pdf").arg(m_day->date().toString(Qt::ISODate)),
                                                          tr("PDF (*.pdf);;OpenDocument (*.odt);;HTML for e-mail (*.html)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    for (QAction *a : {sources, fetch, importOpml, clip, add, saveAction, submit, approve, sendBack, exportAction})
        menu->addAction(a);
    for (QAction *a : {fetch, add, saveAction, submit, approve, exportAction})
        toolbar->addAction(a);
}

void DigestWindow::fetchFeeds()
{
    auto feeds = DigestStore(m_newsroom).feeds();
    if (!feeds) {
        error(feeds.error().message);
        return;
    }
    m_actions.value(QStringLiteral("actionDigestFetch"))->setEnabled(false);
    statusBar()->showMessage(tr("Fetching %n feed(s)…", nullptr, int(feeds->size())));
    m_fetcher->fetch(feeds.value());
}

void DigestWindow::refreshFeeds()
{
    auto feeds = DigestStore(m_newsroom).feeds();
    m_feeds->clear();
    if (!feeds)
        return;
    for (const DigestFeed &feed : std::as_const(feeds.value())) {
        QString status = !feed.enabled ? tr("disabled")
            : feed.lastStatus == u"ok"  ? tr("ok")
            : feed.lastStatus == u"not-modified" ? tr("unchanged")
            : feed.lastStatus == u"error"        ? tr("error: %1").arg(feed.lastError)
                                                 : tr("not fetched yet");
        auto *item = new QListWidgetItem(QIcon::fromTheme(feed.lastStatus == u"error" ? QStringLiteral("dialog-error")
                                                                                    : QStringLiteral("application-rss+xml")),
                                         tr("%1 — %2").arg(feed.title, status), m_feeds);
        item->setToolTip(feed.url);
    }
}

QListWidgetItem *DigestWindow::makeItem(const DigestEntry &entry)
{
    const int key = m_nextKey++;
    m_entries.insert(key, entry);
    auto *item = new QListWidgetItem(tr("%1 (%n outlet(s))", nullptr, int(entry.outlets.size())).arg(entry.title));
    item->setData(KeyRole, key);
    if (entry.tone == u"negative")
        item->setIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")));
    return item;
}

void DigestWindow::setDay(const QDate &day)
{
    m_day->setDate(day);
    loadDay();
}

void DigestWindow::loadDay()
{
    m_loading = true;
    m_candidates->clear();
    m_digest->clear();
    m_entries.clear();
    const QDate day = m_day->date();
    auto saved = DigestReview(m_newsroom).forDay(day);
    QSet<QString> inDigest;
    m_version = 0;
    m_state = ArticleState::Draft;
    m_recommendations->clear();
    if (saved && saved->has_value()) {
        const StoredDigest &stored = saved->value();
        m_version = stored.version;
        m_state = stored.state;
        for (const DigestEntry &entry : stored.draft.entries) {
            m_digest->addItem(makeItem(entry));
            inDigest.insert(entry.title);
        }
        m_recommendations->setPlainText(stored.draft.recommendations.join(u'\n'));
    }
    DigestStore store(m_newsroom);
    auto draft = DigestBuilder::draft(store, day, m_office);
    if (draft) {
        for (const DigestEntry &entry : std::as_const(draft->entries)) {
            if (!inDigest.contains(entry.title))
                m_candidates->addItem(makeItem(entry));
        }
    } else {
        statusBar()->showMessage(draft.error().message, 10000);
    }
    m_loading = false;
    showEntry(nullptr);
    updateActions();
    updatePreview();
}

void DigestWindow::addCandidate(int row)
{
    QListWidgetItem *item = m_candidates->takeItem(row);
    if (!item)
        return;
    m_digest->addItem(item);
    m_digest->setCurrentItem(item);
}

// The words the relevance rules matched, marked in the summary.
void DigestWindow::highlightMatches()
{
    const RelevanceMatch match = RelevanceRules(DigestStore(m_newsroom).rules().value_or(QList<DigestRule>())).match(m_summary->toPlainText());
    QList<QTextEdit::ExtraSelection> selections;
    for (const auto &[start, length] : match.ranges) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_summary->document());
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(start + length, QTextCursor::KeepAnchor);
        selection.format.setBackground(QColor(0xff, 0xe0, 0x82));
        selection.format.setForeground(Qt::black);
        selections << selection;
    }
    m_summary->setExtraSelections(selections);
    m_summary->setToolTip(match.phrases.isEmpty() ? QString() : tr("Matched: %1").arg(match.phrases.join(QStringLiteral(", "))));
}

void DigestWindow::showEntry(QListWidgetItem *item)
{
    const bool editable = item && ReviewRules::mayEdit(m_state, m_user, Role::Digest);
    m_loading = true;
    const DigestEntry entry = item ? m_entries.value(item->data(KeyRole).toInt()) : DigestEntry{};
    m_title->setText(entry.title);
    m_summary->setPlainText(entry.summary);
    m_section->setCurrentIndex(qMax(0, m_sections.indexOf(entry.section)));
    m_tone->setCurrentIndex(qMax(0, m_tone->findData(entry.tone)));
    m_concerns->setText(entry.concerns.join(QStringLiteral("; ")));
    for (QWidget *field : std::initializer_list<QWidget *>{m_title, m_summary, m_section, m_tone, m_concerns})
        field->setEnabled(editable);
    m_loading = false;
    highlightMatches();
}

void DigestWindow::applyEntryEdits()
{
    QListWidgetItem *item = m_digest->currentItem();
    if (m_loading || !item)
        return;
    DigestEntry &entry = m_entries[item->data(KeyRole).toInt()];
    entry.title = m_title->text().simplified();
    entry.summary = m_summary->toPlainText().simplified();
    entry.section = m_section->currentText();
    entry.tone = m_tone->currentData().toString();
    entry.concerns = m_concerns->text().split(u';', Qt::SkipEmptyParts);
    for (QString &unit : entry.concerns)
        unit = unit.trimmed();
    item->setText(tr("%1 (%n outlet(s))", nullptr, int(entry.outlets.size())).arg(entry.title));
    item->setIcon(entry.tone == u"negative" ? QIcon::fromTheme(QStringLiteral("dialog-warning")) : QIcon());
    schedulePreview();
}

DigestDraft DigestWindow::currentDraft() const
{
    DigestDraft draft{m_day->date(), m_office, {}, {}};
    for (int i = 0; i < m_digest->count(); ++i)
        draft.entries << m_entries.value(m_digest->item(i)->data(KeyRole).toInt());
    for (const QString &line : m_recommendations->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            draft.recommendations << line.trimmed();
    }
    return draft;
}

void DigestWindow::schedulePreview()
{
    if (!m_loading)
        m_previewTimer->start();
}

void DigestWindow::updatePreview()
{
    auto html = DigestBuilder::html(currentDraft(), m_sections);
    m_preview->setHtml(html ? html.value() : html.error().message);
}

QString DigestWindow::previewHtml() const
{
    return DigestBuilder::html(currentDraft(), m_sections).value_or(QString());
}

bool DigestWindow::save()
{
    auto saved = DigestReview(m_newsroom).save(currentDraft(), m_version, m_user);
    if (!saved) {
        error(saved.error().message);
        return false;
    }
    m_version = saved->version;
    m_state = saved->state;
    statusBar()->showMessage(tr("Saved the digest of %1.").arg(m_day->date().toString(QStringLiteral("dd/MM/yyyy"))), 5000);
    updateActions();
    return true;
}

bool DigestWindow::perform(ReviewAction action, const QString &reason)
{
    if (ReviewRules::mayEdit(m_state, m_user, Role::Digest) && !save())
        return false;
    auto state = DigestReview(m_newsroom).perform(m_day->date(), action, m_user, reason);
    if (!state) {
        error(state.error().message);
        return false;
    }
    loadDay();
    statusBar()->showMessage(tr("The digest is now %1.").arg(articleStateDisplayName(state.value())), 5000);
    return true;
}

bool DigestWindow::exportTo(const QString &path)
{
    if (Status written = DigestBuilder::write(currentDraft(), m_sections, path); !written) {
        error(written.error().message);
        return false;
    }
    statusBar()->showMessage(tr("Wrote %1.").arg(path), 8000);
    return true;
}

void DigestWindow::updateActions()
{
    if (m_actions.isEmpty())
        return;
    const bool staff = m_user.has(Role::Digest);
    const bool chief = m_user.has(Role::ChiefEditor);
    const bool editable = ReviewRules::mayEdit(m_state, m_user, Role::Digest);
    for (QListWidget *list : {m_candidates, m_digest})
        list->setDragDropMode(editable ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
    m_recommendations->setReadOnly(!editable);
    for (const char *key : {"actionDigestFetch", "actionDigestImportOpml", "actionDigestSubmit", "actionDigestClip", "actionDigestSources"})
        m_actions.value(QString::fromLatin1(key))->setVisible(staff);
    for (const char *key : {"actionDigestApprove", "actionDigestReturn"})
        m_actions.value(QString::fromLatin1(key))->setVisible(chief);
    m_actions.value(QStringLiteral("actionDigestAdd"))->setEnabled(editable);
    m_actions.value(QStringLiteral("actionDigestSave"))->setEnabled(editable);
    m_actions.value(QStringLiteral("actionDigestSubmit"))->setEnabled(ReviewRules::check(ReviewAction::Submit, m_state, m_user, Role::Digest).ok());
    m_actions.value(QStringLiteral("actionDigestApprove"))->setEnabled(ReviewRules::check(ReviewAction::Approve, m_state, m_user, Role::Digest).ok());
    m_actions.value(QStringLiteral("actionDigestReturn"))->setEnabled(ReviewRules::check(ReviewAction::Return, m_state, m_user, Role::Digest).ok());
    setWindowTitle(tr("Press Digest %1 (%2) — PortalDesk")
                       .arg(m_day->date().toString(QStringLiteral("dd/MM/yyyy")), articleStateDisplayName(m_state)));
}

void DigestWindow::error(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("Press Digest"), message);
}

} // namespace PortalDesk::Widgets
