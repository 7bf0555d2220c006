#include "gradedialog.h"

#include "articlestore.h"
#include "localization.h"
#include "mediastore.h"
#include "newsroom.h"
#include "royaltytext.h"
#include "userstore.h"
#include "vietnamesetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace PortalDesk::Widgets {

using namespace Models;

namespace {

enum ShareColumn { PayeeColumn, RoleColumn, ShareColumn, ShareColumns };

const QString authorRole = QStringLiteral("author");

// Coefficients and percents as people write them: "2,5", not "2,50".
class HundredthsSpinBox final : public QDoubleSpinBox
{
public:
    explicit HundredthsSpinBox(QWidget *parent)
        : QDoubleSpinBox(parent)
    {
        setDecimals(2);
        setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }

    Hundredths hundredths() const { return std::llround(value() * 100.0); }
    void setHundredths(Hundredths value) { setValue(double(value) / 100.0); }

protected:
    QString textFromValue(double value) const override
    {
        QLocale shown = locale();
        shown.setNumberOptions(QLocale::OmitGroupSeparator);
        return shown.toString(std::round(value * 100.0) / 100.0, 'f', QLocale::FloatingPointShortest);
    }
};

Hundredths hundredthsOf(const QDoubleSpinBox *box)
{
    return std::llround(box->value() * 100.0);
}

QString nameKey(const QString &name)
{
    return foldDiacritics(name.simplified()).toLower();
}

} // namespace

RoyaltyGradeDialog::RoyaltyGradeDialog(Newsroom &newsroom, User user, const QString &articleId, const QString &mediaId,
                                       QWidget *parent)
    : QDialog(parent)
    , m_newsroom(newsroom)
    , m_user(std::move(user))
    , m_title(new QLabel(this))
    , m_info(new QLabel(this))
    , m_work(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_coefficient(new HundredthsSpinBox(this))
    , m_bonus(new HundredthsSpinBox(this))
    , m_shares(new QTableWidget(0, ShareColumns, this))
    , m_addShare(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("A&dd Payee"), this))
    , m_removeShare(new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Re&move"), this))
    , m_amount(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("royaltyGradeDialog"));
    setWindowTitle(tr("Grade Royalty"));
    m_title->setObjectName(QStringLiteral("royaltyArticleTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_info->setWordWrap(true);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_work->setObjectName(QStringLiteral("royaltyWork"));
    m_category->setObjectName(QStringLiteral("royaltyCategory"));
    m_coefficient->setObjectName(QStringLiteral("royaltyCoefficient"));
    m_coefficient->setSingleStep(0.5);
    m_bonus->setObjectName(QStringLiteral("royaltyBonus"));
    m_bonus->setSuffix(tr(" %"));
    m_bonus->setSingleStep(5);
    m_shares->setObjectName(QStringLiteral("royaltyShares"));
    m_shares->setHorizontalHeaderLabels({tr("Paid to"), tr("For"), tr("Share")});
    m_shares->verticalHeader()->hide();
    // The boxes of a row take the focus; a selection painted around them
    // would only show in the gaps. The row being edited is the current one.
    m_shares->setSelectionMode(QAbstractItemView::NoSelection);
    m_shares->horizontalHeader()->setSectionResizeMode(PayeeColumn, QHeaderView::Stretch);
    m_shares->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::Stretch);
    m_shares->horizontalHeader()->setSectionResizeMode(ShareColumn, QHeaderView::Fixed);
    {
        // Rows as tall as the boxes in them, the percent wide enough for "12,5 %" and its arrows.
        HundredthsSpinBox probe(nullptr);
        probe.setRange(0, 100);
        probe.setSuffix(tr(" %"));
        QComboBox combo;
        const int row = qMax(probe.sizeHint().height(), combo.sizeHint().height()) + 2;
        m_shares->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_shares->verticalHeader()->setDefaultSectionSize(row);
        m_shares->setColumnWidth(ShareColumn, probe.sizeHint().width() + fontMetrics().averageCharWidth() * 2);
        m_shares->setMinimumHeight(m_shares->horizontalHeader()->sizeHint().height() + 4 * row + 2 * m_shares->frameWidth());
    }
    m_addShare->setObjectName(QStringLiteral("royaltyAddShare"));
    m_removeShare->setObjectName(QStringLiteral("royaltyRemoveShare"));
    // Enter in a field saves the grade; it never adds or removes a payee.
    m_addShare->setAutoDefault(false);
    m_removeShare->setAutoDefault(false);
    m_amount->setObjectName(QStringLiteral("royaltyAmount"));
    m_amount->setWordWrap(true);
    m_amount->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("royaltyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x20));
    m_problem->setPalette(warning);
    m_buttons->button(QDialogButtonBox::Apply)->setText(tr("&Save and Next"));
    m_buttons->button(QDialogButtonBox::Apply)->setToolTip(tr("Save this work's grade and go on to the article's next work"));

    m_form->addRow(tr("&Work:"), m_work);
    m_form->addRow(tr("&Category:"), m_category);
    m_form->addRow(tr("C&oefficient:"), m_coefficient);
    m_form->addRow(tr("E&xtra for high value:"), m_bonus);
    auto *shareButtons = new QHBoxLayout;
    shareButtons->addWidget(m_addShare);
    shareButtons->addWidget(m_removeShare);
    shareButtons->addStretch(1);
    auto *sharesLabel = new QLabel(tr("S&hares:"), this);
    sharesLabel->setBuddy(m_shares);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_info);
    layout->addLayout(m_form);
    layout->addWidget(sharesLabel);
    layout->addWidget(m_shares, 1);
    layout->addLayout(shareButtons);
    layout->addWidget(m_amount);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoyaltyGradeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        if (!save())
            return;
        // On to the next work not graded yet, if any.
        for (int i = 1; i <= m_works.size(); ++i) {
            const int next = (m_shownWork + i) % int(m_works.size());
            if (!m_grades.contains(m_works.at(next).mediaId)) {
                m_work->setCurrentIndex(next);
                return;
            }
        }
    });
    connect(m_work, &QComboBox::currentIndexChanged, this, &RoyaltyGradeDialog::onWorkChosen);
    connect(m_category, &QComboBox::currentIndexChanged, this, &RoyaltyGradeDialog::onCategoryChosen);
    connect(m_coefficient, &QDoubleSpinBox::valueChanged, this, &RoyaltyGradeDialog::validate);
    connect(m_bonus, &QDoubleSpinBox::valueChanged, this, &RoyaltyGradeDialog::validate);
    connect(m_addShare, &QPushButton::clicked, this, [this] { addShare(); });
    connect(m_removeShare, &QPushButton::clicked, this, &RoyaltyGradeDialog::removeShare);

    load(articleId);
    const int start = int(std::find_if(m_works.cbegin(), m_works.cend(), [&](const Work &work) { return work.mediaId == mediaId; })
                          - m_works.cbegin());
    showWork(start < m_works.size() ? start : 0);
    validate();
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 80), sizeHint().height());
}

RoyaltyGradeDialog::~RoyaltyGradeDialog() = default;

QPushButton *RoyaltyGradeDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

// Everything the dialog shows, read once.
void RoyaltyGradeDialog::load(const QString &articleId)
{
    RoyaltyStore store(m_newsroom);
    auto article = ArticleStore(m_newsroom).load(articleId);
    if (!article) {
        m_loadProblem = article.error().message;
        m_article.id = articleId;
        return;
    }
    m_article = article.value();
    m_title->setText(m_article.title);
    if (auto users = UserStore(m_newsroom).list()) {
        for (const User &each : std::as_const(users.value())) {
            if (each.id == m_article.authorId)
                m_authorLogin = each.login;
        }
    }
    m_works.append({QString(), QString(), QString()});
    MediaStore media(m_newsroom);
    for (const QString &id : RoyaltyText::photoIds(m_article)) {
        auto info = media.get(id);
        m_works.append({id, info ? info->caption.simplified() : QString(), info ? info->credit : QString()});
    }
    auto schedule = store.currentSchedule();
    auto payees = store.payees();
    auto grades = store.grades(articleId);
    auto published = store.firstPublished(articleId);
    if (!schedule || !payees || !grades || !published) {
        m_loadProblem = (!schedule ? schedule.error() : !payees ? payees.error() : !grades ? grades.error() : published.error()).message;
    } else {
        m_schedule = schedule.value();
        m_payees = payees.value();
        for (const RoyaltyGrade &grade : std::as_const(grades.value()))
            m_grades.insert(grade.mediaId, grade);
    }
    if (m_article.state != ArticleState::Approved && m_article.state != ArticleState::Published && m_loadProblem.isEmpty())
        m_loadProblem = tr("“%1” is %2: only approved or published articles are graded.")
                            .arg(m_article.title, articleStateDisplayName(m_article.state));
    // Paid by the unit value of the day it was first published; an
    // approved article not yet out, by today's.
    const QDateTime when = published && published->has_value() ? published->value() : QDateTime::currentDateTimeUtc();
    m_day = RoyaltyMonth::localDate(when);
    if (published && published->has_value()) {
        const RoyaltyMonth month = RoyaltyMonth::of(when);
        m_closed = store.isClosed(month).value_or(false);
        m_monthName = month.displayName();
        m_info->setText(m_schedule ? tr("First published on %1 · schedule %2").arg(Localization::dateText(m_day), m_schedule->decision)
                                   : tr("First published on %1").arg(Localization::dateText(m_day)));
    } else {
        m_info->setText(m_schedule ? tr("Not published yet: paid by today's unit value · schedule %1").arg(m_schedule->decision)
                                   : tr("Not published yet"));
    }
    if (m_schedule) {
        m_unit = m_schedule->unitValueOn(m_day);
        m_bonus->setRange(0, double(m_schedule->highValueMax) / 100.0);
        // A schedule that pays no extra for high value shows no field for it.
        m_form->setRowVisible(m_bonus, m_schedule->highValueMax > 0);
    } else {
        m_form->setRowVisible(m_bonus, false);
    }
    fillPayees();
    {
        const QSignalBlocker blocker(m_work);
        for (const Work &work : std::as_const(m_works))
            m_work->addItem(workLabel(work));
    }
}

void RoyaltyGradeDialog::fillPayees()
{
    // Staff by name, then outside contributors, each by name.
    m_payeeOrder = m_payees.keys();
    std::sort(m_payeeOrder.begin(), m_payeeOrder.end(), [this](const QString &a, const QString &b) {
        const RoyaltyPayee &left = m_payees[a];
        const RoyaltyPayee &right = m_payees[b];
        if (left.staff != right.staff)
            return left.staff;
        const int byName = QString::localeAwareCompare(left.name, right.name);
        return byName != 0 ? byName < 0 : a < b;
    });
}

QString RoyaltyGradeDialog::workLabel(const Work &work) const
{
    QString label = work.mediaId.isEmpty() ? tr("The article's text")
                                           : tr("Photo: %1").arg(work.caption.isEmpty() ? work.mediaId : work.caption);
    return m_grades.contains(work.mediaId) ? tr("%1 (graded)").arg(label) : label;
}

QList<RoyaltyGradedWork::Share> RoyaltyGradeDialog::defaultShares(const Work &work) const
{
    if (work.mediaId.isEmpty())
        return m_authorLogin.isEmpty() || !m_payees.contains(m_authorLogin)
                   ? QList<RoyaltyGradedWork::Share>{}
                   : QList<RoyaltyGradedWork::Share>{{m_authorLogin, authorRole, wholeShare}};
    // The photographer, by the name in the credit ("Ảnh: Nguyễn Văn A"), as
    // the newsroom itself would find them.
    const QString wanted = nameKey(work.credit.section(u':', -1));
    for (const QString &payee : m_payeeOrder) {
        if (!wanted.isEmpty() && nameKey(m_payees.value(payee).name) == wanted)
            return {{payee, authorRole, wholeShare}};
    }
    return {};
}

void RoyaltyGradeDialog::showWork(int index)
{
    if (index < 0 || index >= m_works.size())
        return;
    m_shownWork = index;
    {
        const QSignalBlocker blocker(m_work);
        m_work->setCurrentIndex(index);
    }
    const Work &work = m_works.at(index);
    const bool photo = !work.mediaId.isEmpty();
    RoyaltyGrade grade = m_grades.value(work.mediaId);
    grade.articleId = m_article.id;
    grade.mediaId = work.mediaId;
    if (grade.version == 0)
        grade.shares = defaultShares(work);
    {
        const QSignalBlocker blocker(m_category);
        m_category->clear();
        if (m_schedule) {
            for (const auto &category : std::as_const(m_schedule->categories)) {
                if (category.photo == photo)
                    m_category->addItem(RoyaltyText::categoryLabel(category), category.code);
            }
        }
        m_category->setCurrentIndex(qMax(0, m_category->findData(grade.category)));
    }
    onCategoryChosen();
    if (grade.version > 0) {
        static_cast<HundredthsSpinBox *>(m_coefficient)->setHundredths(grade.coefficient);
        static_cast<HundredthsSpinBox *>(m_bonus)->setHundredths(grade.bonus);
    } else {
        m_coefficient->setValue(m_coefficient->minimum());
        m_bonus->setValue(0);
    }
    m_shares->setRowCount(0);
    for (const auto &share : std::as_const(grade.shares))
        addShare(share.payee, share.role, share.share);
    m_shown = currentGrade();
    validate();
}

void RoyaltyGradeDialog::onWorkChosen(int index)
{
    if (index == m_shownWork)
        return;
    if (isModified()) {
        const auto answer = QMessageBox::question(this, tr("Save the Grade?"),
                                                  tr("The grade of “%1” has changes. Save them before grading another work?")
                                                      .arg(workLabel(m_works.at(m_shownWork))),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            const QSignalBlocker blocker(m_work);
            m_work->setCurrentIndex(m_shownWork);
            return;
        }
    }
    showWork(index);
}

void RoyaltyGradeDialog::onCategoryChosen()
{
    const auto *category = m_schedule ? m_schedule->category(m_category->currentData().toString()) : nullptr;
    if (category) {
        m_coefficient->setRange(double(category->min) / 100.0, double(category->max) / 100.0);
        m_coefficient->setToolTip(tr("From %1 to %2 (%3)")
                                      .arg(RoyaltyText::number(category->min), RoyaltyText::number(category->max),
                                           category->article.isEmpty() ? m_schedule->decision : category->article));
    }
    m_coefficient->setEnabled(category != nullptr);
    validate();
}

void RoyaltyGradeDialog::addShare(const QString &payee, const QString &role, Hundredths share)
{
    const int row = m_shares->rowCount();
    m_shares->insertRow(row);
    auto *payeeBox = new QComboBox(m_shares);
    payeeBox->setObjectName(QStringLiteral("royaltyPayee"));
    for (const QString &each : std::as_const(m_payeeOrder)) {
        const RoyaltyPayee &who = m_payees[each];
        payeeBox->addItem(who.staff ? who.name : tr("%1 (contributor)").arg(who.name), each);
        payeeBox->setItemData(payeeBox->count() - 1, who.unit, Qt::ToolTipRole);
    }
    payeeBox->setCurrentIndex(qMax(0, payeeBox->findData(payee)));
    auto *roleBox = new QComboBox(m_shares);
    roleBox->setObjectName(QStringLiteral("royaltyRole"));
    roleBox->addItem(tr("Author"), authorRole);
    if (m_schedule) {
        for (const auto &remuneration : std::as_const(m_schedule->remunerations))
            roleBox->addItem(tr("%1 (at most %2)").arg(remuneration.name, RoyaltyText::percent(remuneration.percent)), remuneration.code);
    }
    roleBox->setCurrentIndex(qMax(0, roleBox->findData(role)));
    auto *shareBox = new HundredthsSpinBox(m_shares);
    shareBox->setObjectName(QStringLiteral("royaltyShare"));
    shareBox->setRange(0, 100);
    shareBox->setSuffix(tr(" %"));
    shareBox->setFrame(false);
    if (share == 0 && payee.isEmpty()) {
        // A new row takes what the authors' shares leave of 100 %.
        Hundredths authors = 0;
        for (const auto &each : sharesInTable())
            authors += each.role == authorRole ? each.share : 0;
        share = qMax<Hundredths>(0, wholeShare - authors);
    }
    shareBox->setHundredths(share);
    m_shares->setCellWidget(row, PayeeColumn, payeeBox);
    m_shares->setCellWidget(row, RoleColumn, roleBox);
    m_shares->setCellWidget(row, ShareColumn, shareBox);
    for (QWidget *cell : std::initializer_list<QWidget *>{payeeBox, roleBox, shareBox})
        cell->installEventFilter(this);
    connect(payeeBox, &QComboBox::currentIndexChanged, this, &RoyaltyGradeDialog::validate);
    connect(roleBox, &QComboBox::currentIndexChanged, this, [this, roleBox, shareBox] {
        // A remuneration is a few percent at most: start at its ceiling.
        const auto *remuneration = m_schedule ? m_schedule->remuneration(roleBox->currentData().toString()) : nullptr;
        if (remuneration && shareBox->hundredths() > remuneration->percent)
            shareBox->setHundredths(remuneration->percent);
        validate();
    });
    connect(shareBox, &QDoubleSpinBox::valueChanged, this, &RoyaltyGradeDialog::validate);
    m_shares->setCurrentCell(row, PayeeColumn);
    if (isVisible())
        payeeBox->setFocus();
    validate();
}

void RoyaltyGradeDialog::removeShare()
{
    const int row = m_shares->currentRow();
    if (row < 0)
        return;
    m_shares->removeRow(row);
    if (m_shares->rowCount() > 0)
        m_shares->setCurrentCell(qMin(row, m_shares->rowCount() - 1), PayeeColumn);
    validate();
}

int RoyaltyGradeDialog::rowOf(const QWidget *cellWidget) const
{
    for (int row = 0; row < m_shares->rowCount(); ++row) {
        for (int column = 0; column < ShareColumns; ++column) {
            if (m_shares->cellWidget(row, column) == cellWidget)
                return row;
        }
    }
    return -1;
}

bool RoyaltyGradeDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A row's boxes take the focus, not the table: the row they are in is
    // the one Remove removes.
    if (event->type() == QEvent::FocusIn) {
        if (const int row = rowOf(qobject_cast<QWidget *>(watched)); row >= 0 && row != m_shares->currentRow())
            m_shares->setCurrentCell(row, m_shares->currentColumn() < 0 ? PayeeColumn : m_shares->currentColumn());
    }
    return QDialog::eventFilter(watched, event);
}

QList<RoyaltyGradedWork::Share> RoyaltyGradeDialog::sharesInTable() const
{
    QList<RoyaltyGradedWork::Share> shares;
    for (int row = 0; row < m_shares->rowCount(); ++row) {
        const auto *payee = qobject_cast<QComboBox *>(m_shares->cellWidget(row, PayeeColumn));
        const auto *role = qobject_cast<QComboBox *>(m_shares->cellWidget(row, RoleColumn));
        const auto *share = qobject_cast<QDoubleSpinBox *>(m_shares->cellWidget(row, ShareColumn));
        if (payee && role && share)
            shares.append({payee->currentData().toString(), role->currentData().toString(), hundredthsOf(share)});
    }
    return shares;
}

RoyaltyGrade RoyaltyGradeDialog::currentGrade() const
{
    RoyaltyGrade grade;
    if (m_shownWork >= 0)
        grade = m_grades.value(m_works.at(m_shownWork).mediaId);
    grade.articleId = m_article.id;
    grade.mediaId = m_shownWork >= 0 ? m_works.at(m_shownWork).mediaId : QString();
    grade.category = m_category->currentData().toString();
    grade.coefficient = hundredthsOf(m_coefficient);
    grade.bonus = m_form->isRowVisible(m_bonus) ? hundredthsOf(m_bonus) : 0;
    grade.shares = sharesInTable();
    return grade;
}

bool RoyaltyGradeDialog::isModified() const
{
    const RoyaltyGrade now = currentGrade();
    if (now.category != m_shown.category || now.coefficient != m_shown.coefficient || now.bonus != m_shown.bonus
        || now.shares.size() != m_shown.shares.size())
        return true;
    for (qsizetype i = 0; i < now.shares.size(); ++i) {
        const auto &a = now.shares.at(i);
        const auto &b = m_shown.shares.at(i);
        if (a.payee != b.payee || a.role != b.role || a.share != b.share)
            return true;
    }
    return false;
}

// The checks RoyaltyStore::grade() makes that need no newsroom, worded
// before the user presses OK; the store makes them again.
void RoyaltyGradeDialog::validate()
{
    const RoyaltyGrade grade = currentGrade();
    const auto *category = m_schedule ? m_schedule->category(grade.category) : nullptr;
    const auto name = [this](const QString &payee) { return m_payees.contains(payee) ? m_payees.value(payee).name : payee; };
    QString problem;
    Hundredths authors = 0;
    QSet<QString> seen;
    for (const auto &share : grade.shares) {
        if (!problem.isEmpty())
            break;
        if (share.share <= 0)
            problem = tr("The share of %1 must be above zero.").arg(name(share.payee));
        else if (seen.contains(share.role + u'/' + share.payee))
            problem = tr("%1 is named twice for the same work.").arg(name(share.payee));
        seen.insert(share.role + u'/' + share.payee);
        if (share.role == authorRole) {
            authors += share.share;
        } else if (const auto *remuneration = m_schedule ? m_schedule->remuneration(share.role) : nullptr;
                   remuneration && share.share > remuneration->percent && problem.isEmpty()) {
            problem = tr("%1 is at most %2 of the work's royalty (%3).")
                          .arg(remuneration->name, RoyaltyText::percent(remuneration->percent), remuneration->article);
        }
    }
    if (!m_loadProblem.isEmpty())
        problem = m_loadProblem;
    else if (m_closed)
        problem = tr("The royalties of %1 are closed; a chief editor reopens the month, with a reason, to change them.")
                      .arg(m_monthName);
    else if (!category)
        problem = m_works.value(m_shownWork).mediaId.isEmpty() ? tr("%1 has no category for an article's text.").arg(m_schedule->decision)
                                                                : tr("%1 has no category for photos.").arg(m_schedule->decision);
    else if (!m_unit)
        problem = tr("%1 has no unit value for %2: the amount cannot be worked out.")
                      .arg(m_schedule->decision, Localization::dateText(m_day));
    else if (problem.isEmpty() && grade.shares.isEmpty())
        problem = tr("Name who is paid: add the author with their share.");
    else if (problem.isEmpty() && authors != wholeShare)
        problem = tr("The authors' shares add up to %1, not 100 %.").arg(RoyaltyText::percent(authors));

    QStringList amount;
    if (category && m_unit) {
        const qint64 work = RoyaltyAmounts::workAmount(grade.coefficient, *m_unit, grade.bonus);
        amount << (grade.bonus > 0 ? tr("Royalty: %1 × %2 × (100 % + %3) = %4")
                                         .arg(RoyaltyText::number(grade.coefficient), RoyaltyText::money(*m_unit),
                                              RoyaltyText::percent(grade.bonus), RoyaltyText::money(work))
                                   : tr("Royalty: %1 × %2 = %3")
                                         .arg(RoyaltyText::number(grade.coefficient), RoyaltyText::money(*m_unit),
                                              RoyaltyText::money(work)));
        if (problem.isEmpty()) {
            // Who gets what, as the statement will pay it.
            QList<Hundredths> authorShares;
            for (const auto &share : grade.shares) {
                if (share.role == authorRole)
                    authorShares << share.share;
            }
            const QList<qint64> parts = RoyaltyAmounts::split(work, authorShares);
            QStringList paid;
            int next = 0;
            for (const auto &share : grade.shares) {
                if (share.role == authorRole) {
                    paid << tr("%1 %2").arg(name(share.payee), RoyaltyText::money(parts.value(next++)));
                } else {
                    const auto *remuneration = m_schedule->remuneration(share.role);
                    paid << tr("%1 (%2) %3").arg(name(share.payee), remuneration ? remuneration->name : share.role,
                                                 RoyaltyText::money(RoyaltyAmounts::percentOf(work, share.share)));
                }
            }
            amount << paid.join(QStringLiteral("; "));
        }
        const auto unit = std::find_if(m_schedule->unitValues.crbegin(), m_schedule->unitValues.crend(),
                                       [this](const auto &each) { return each.from <= m_day; });
        if (unit != m_schedule->unitValues.crend())
            m_amount->setToolTip(tr("Unit value in force on %1: %2 since %3 (%4)")
                                     .arg(Localization::dateText(m_day), RoyaltyText::money(unit->dong), Localization::dateText(unit->from),
                                          unit->basis.isEmpty() ? m_schedule->decision : unit->basis));
    }
    m_amount->setText(amount.join(u'\n'));
    m_amount->setVisible(!amount.isEmpty());
    m_problemText = problem;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Apply)->setVisible(m_works.size() > 1);
    m_removeShare->setEnabled(m_shares->rowCount() > 0);
    const bool editable = m_loadProblem.isEmpty() && !m_closed;
    for (QWidget *field : std::initializer_list<QWidget *>{m_category, m_bonus, m_shares, m_addShare})
        field->setEnabled(editable);
    m_coefficient->setEnabled(editable && category);
    m_removeShare->setEnabled(editable && m_shares->rowCount() > 0);
}

bool RoyaltyGradeDialog::save()
{
    validate();
    if (!m_problemText.isEmpty())
        return false;
    RoyaltyStore store(m_newsroom);
    auto saved = store.grade(currentGrade(), m_user);
    if (!saved) {
        QMessageBox::critical(this, tr("Royalty Not Saved"), saved.error().message);
        if (saved.error().code == ErrorCode::Conflict) {
            // Someone changed the grade, or closed the month, meanwhile:
            // show the newsroom's grade as it is now.
            if (auto grades = store.grades(m_article.id)) {
                m_grades.clear();
                for (const RoyaltyGrade &grade : std::as_const(grades.value()))
                    m_grades.insert(grade.mediaId, grade);
            }
            if (auto published = store.firstPublished(m_article.id); published && published->has_value())
                m_closed = store.isClosed(RoyaltyMonth::of(published->value())).value_or(m_closed);
            showWork(m_shownWork);
        }
        return false;
    }
    m_grades.insert(saved->mediaId, saved.value());
    m_work->setItemText(m_shownWork, workLabel(m_works.at(m_shownWork)));
    m_shown = currentGrade();
    Q_EMIT graded(saved.value());
    return true;
}

void RoyaltyGradeDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace PortalDesk::Widgets
