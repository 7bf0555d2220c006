#include "digestsourcesdialog.h"

#include "digeststore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QMessageBox>
#include <QCheckBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace PortalDesk::Widgets {

using namespace Models;

namespace {

enum FeedColumn { FeedEnabled, FeedTitle, FeedGroup, FeedUrl, FeedStatus };
enum RuleColumn { RulePhrase, RuleSection, RuleConcerns, RuleExclude };

QTableWidgetItem *cell(const QString &text, bool editable = true)
{
    auto *item = new QTableWidgetItem(text);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

DigestSourcesDialog::DigestSourcesDialog(Newsroom &newsroom, QWidget *parent)
    : QDialog(parent)
    , m_newsroom(newsroom)
    , m_feeds(new QTableWidget(this))
    , m_rules(new QTableWidget(this))
{
    setObjectName(QStringLiteral("digestSourcesDialog"));
    setWindowTitle(tr("Feeds and Rules"));
    m_feeds->setObjectName(QStringLiteral("digestFeedTable"));
    m_rules->setObjectName(QStringLiteral("digestRuleTable"));
    m_feeds->setColumnCount(5);
    m_feeds->setHorizontalHeaderLabels({tr("On"), tr("Name"), tr("Group"), tr("Address"), tr("Last fetch")});
    m_rules->setColumnCount(4);
    m_rules->setHorizontalHeaderLabels({tr("Word or phrase"), tr("Section"), tr("Concerns"), tr("Exclude")});
    for (QTableWidget *table : {m_feeds, m_rules}) {
        table->verticalHeader()->hide();
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->horizontalHeader()->setStretchLastSection(true);
    }

    // Feeds: a row to add one, the table, and what can be done to it.
    auto *feedsPage = new QWidget(this);
    auto *feedsLayout = new QVBoxLayout(feedsPage);
    auto *newTitle = new QLineEdit(feedsPage);
    auto *newUrl = new QLineEdit(feedsPage);
    auto *newGroup = new QLineEdit(feedsPage);
    newTitle->setPlaceholderText(tr("Name"));
    newUrl->setPlaceholderText(QStringLiteral("https://…/rss"));
    newGroup->setPlaceholderText(tr("Group"));
    newUrl->setObjectName(QStringLiteral("newFeedUrl"));
    auto *addFeedButton = new QPushButton(tr("&Add Feed"), feedsPage);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(newTitle, 1);
    addRow->addWidget(newUrl, 2);
    addRow->addWidget(newGroup, 1);
    addRow->addWidget(addFeedButton);
    feedsLayout->addLayout(addRow);
    feedsLayout->addWidget(m_feeds);
    auto *removeFeed = new QPushButton(tr("&Remove Feed"), feedsPage);
    auto *exportOpml = new QPushButton(tr("E&xport OPML…"), feedsPage);
    auto *feedButtons = new QHBoxLayout;
    feedButtons->addWidget(removeFeed);
    feedButtons->addStretch();
    feedButtons->addWidget(exportOpml);
    feedsLayout->addLayout(feedButtons);
    connect(addFeedButton, &QPushButton::clicked, this, [=, this] {
        if (addFeed(newTitle->text(), newUrl->text(), newGroup->text())) {
            newTitle->clear();
            newUrl->clear();
        }
    });
    connect(removeFeed, &QPushButton::clicked, this, [this] {
        const int row = m_feeds->currentRow();
        if (row < 0)
            return;
        if (Status removed = DigestStore(m_newsroom).removeFeed(m_feeds->item(row, FeedTitle)->data(Qt::UserRole).toLongLong()); !removed)
            error(removed.error().message);
        loadFeeds();
    });
    connect(exportOpml, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Feeds"), tr("nguon-tin.opml"), tr("OPML (*.opml)"));
        if (path.isEmpty())
            return;
        auto opml = DigestStore(m_newsroom).exportOpml();
        QSaveFile file(path);
        if (!opml || !file.open(QIODevice::WriteOnly) || file.write(opml.value()) != opml->size() || !file.commit())
            error(opml ? tr("Cannot write %1: %2.").arg(path, file.errorString()) : opml.error().message);
    });
    connect(m_feeds, &QTableWidget::cellChanged, this, &DigestSourcesDialog::feedEdited);

    // Rules: phrase, section, unit, exclude.
    auto *rulesPage = new QWidget(this);
    auto *rulesLayout = new QVBoxLayout(rulesPage);
    auto *phrase = new QLineEdit(rulesPage);
    auto *section = new QComboBox(rulesPage);
    auto *concerns = new QLineEdit(rulesPage);
    auto *exclude = new QCheckBox(tr("&Exclude"), rulesPage);
    phrase->setPlaceholderText(tr("e.g. Quảng Trị, Cửa Việt, the chairman's name"));
    concerns->setPlaceholderText(tr("Unit concerned"));
    section->addItem(tr("(no section)"), QString());
    for (const QString &name : DigestStore(m_newsroom).sections().value_or(QStringList()))
        section->addItem(name, name);
    auto *addRuleButton = new QPushButton(tr("Add &Rule"), rulesPage);
    auto *ruleRow = new QHBoxLayout;
    ruleRow->addWidget(phrase, 2);
    ruleRow->addWidget(section, 1);
    ruleRow->addWidget(concerns, 1);
    ruleRow->addWidget(exclude);
    ruleRow->addWidget(addRuleButton);
    rulesLayout->addLayout(ruleRow);
    rulesLayout->addWidget(m_rules);
    auto *removeRule = new QPushButton(tr("Remove R&ule"), rulesPage);
    rulesLayout->addWidget(removeRule, 0, Qt::AlignLeft);
    connect(addRuleButton, &QPushButton::clicked, this, [=, this] {
        if (addRule(phrase->text(), section->currentData().toString(), concerns->text(), exclude->isChecked())) {
            phrase->clear();
            concerns->clear();
            exclude->setChecked(false);
        }
    });
    connect(removeRule, &QPushButton::clicked, this, [this] {
        const int row = m_rules->currentRow();
        if (row < 0)
            return;
        if (Status removed = DigestStore(m_newsroom).removeRule(m_rules->item(row, RulePhrase)->data(Qt::UserRole).toLongLong()); !removed)
            error(removed.error().message);
        loadRules();
    });

    // Sections: one per line, in the digest's order.
    auto *sectionsPage = new QWidget(this);
    auto *sectionsLayout = new QVBoxLayout(sectionsPage);
    auto *sectionNames = new QPlainTextEdit(sectionsPage);
    sectionNames->setObjectName(QStringLiteral("digestSectionNames"));
    sectionNames->setPlainText(DigestStore(m_newsroom).sections().value_or(QStringList()).join(u'\n'));
    auto *saveSections = new QPushButton(tr("&Save Sections"), sectionsPage);
    saveSections->setObjectName(QStringLiteral("saveSections"));
    sectionsLayout->addWidget(new QLabel(tr("One section per line, in the order the digest prints them:"), sectionsPage));
    sectionsLayout->addWidget(sectionNames);
    sectionsLayout->addWidget(saveSections, 0, Qt::AlignLeft);
    connect(saveSections, &QPushButton::clicked, this, [=, this] {
        if (Status saved = DigestStore(m_newsroom).setSections(sectionNames->toPlainText().split(u'\n')); !saved)
            error(saved.error().message);
    });

    auto *tabs = new QTabWidget(this);
    tabs->addTab(feedsPage, tr("&Feeds"));
    tabs->addTab(rulesPage, tr("R&ules"));
    tabs->addTab(sectionsPage, tr("&Sections"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    loadFeeds();
    loadRules();
    resize(900, 560);
}

bool DigestSourcesDialog::addFeed(const QString &title, const QString &url, const QString &group)
{
    auto added = DigestStore(m_newsroom).addFeed(title, url, group);
    if (!added) {
        error(added.error().message);
        return false;
    }
    loadFeeds();
    return true;
}

bool DigestSourcesDialog::addRule(const QString &phrase, const QString &section, const QString &concerns, bool exclude)
{
    auto added = DigestStore(m_newsroom).addRule({0, phrase, section, concerns, exclude});
    if (!added) {
        error(added.error().message);
        return false;
    }
    loadRules();
    return true;
}

void DigestSourcesDialog::loadFeeds()
{
    m_loading = true;
    const auto feeds = DigestStore(m_newsroom).feeds();
    m_feeds->setRowCount(0);
    for (const DigestFeed &feed : feeds.value_or(QList<DigestFeed>())) {
        const int row = m_feeds->rowCount();
        m_feeds->insertRow(row);
        auto *enabled = cell({}, false);
        enabled->setFlags(enabled->flags() | Qt::ItemIsUserCheckable);
        enabled->setCheckState(feed.enabled ? Qt::Checked : Qt::Unchecked);
        m_feeds->setItem(row, FeedEnabled, enabled);
        auto *title = cell(feed.title);
        title->setData(Qt::UserRole, feed.id);
        m_feeds->setItem(row, FeedTitle, title);
        m_feeds->setItem(row, FeedGroup, cell(feed.group));
        m_feeds->setItem(row, FeedUrl, cell(feed.url));
        const QString status = feed.lastStatus == u"error" ? tr("error: %1").arg(feed.lastError)
            : feed.lastStatus == u"ok"                     ? tr("ok")
            : feed.lastStatus == u"not-modified"           ? tr("unchanged")
                                                           : tr("not fetched yet");
        m_feeds->setItem(row, FeedStatus, cell(status, false));
    }
    m_feeds->resizeColumnsToContents();
    m_loading = false;
}

void DigestSourcesDialog::feedEdited(int row, int)
{
    if (m_loading)
        return;
    DigestFeed feed;
    feed.id = m_feeds->item(row, FeedTitle)->data(Qt::UserRole).toLongLong();
    feed.title = m_feeds->item(row, FeedTitle)->text().simplified();
    feed.group = m_feeds->item(row, FeedGroup)->text().simplified();
    feed.url = m_feeds->item(row, FeedUrl)->text().trimmed();
    feed.enabled = m_feeds->item(row, FeedEnabled)->checkState() == Qt::Checked;
    if (Status saved = DigestStore(m_newsroom).updateFeed(feed); !saved)
        error(saved.error().message);
    QMetaObject::invokeMethod(this, &DigestSourcesDialog::loadFeeds, Qt::QueuedConnection);
}

void DigestSourcesDialog::loadRules()
{
    const auto rules = DigestStore(m_newsroom).rules();
    m_rules->setRowCount(0);
    for (const DigestRule &rule : rules.value_or(QList<DigestRule>())) {
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        auto *phrase = cell(rule.phrase, false);
        phrase->setData(Qt::UserRole, rule.id);
        m_rules->setItem(row, RulePhrase, phrase);
        m_rules->setItem(row, RuleSection, cell(rule.section, false));
        m_rules->setItem(row, RuleConcerns, cell(rule.concerns, false));
        m_rules->setItem(row, RuleExclude, cell(rule.exclude ? tr("yes") : QString(), false));
    }
    m_rules->resizeColumnsToContents();
}

void DigestSourcesDialog::error(const QString &message)
{
    QMessageBox::warning(this, tr("Feeds and Rules"), message);
}

} // namespace PortalDesk::Widgets
