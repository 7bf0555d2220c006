#include "gazettedocumentform.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace PortalDesk::Widgets {

namespace {

// The effective date is optional: its lowest value reads "not set".
const QDate notSet(1945, 9, 2);

} // namespace

GazetteDocumentForm::GazetteDocumentForm(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_symbol(new QLineEdit(this))
    , m_issuer(new QComboBox(this))
    , m_part(new QComboBox(this))
    , m_signed(new QDateEdit(this))
    , m_effective(new QDateEdit(this))
    , m_signer(new QLineEdit(this))
    , m_signerTitle(new QLineEdit(this))
    , m_summary(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("gazetteDocumentForm"));
    for (const Models::LegalDocumentType &type : Models::LegalDocumentTypes::all())
        m_type->addItem(QString::fromUtf8(type.name), QString::fromLatin1(type.key));
    for (const Models::LegalIssuer &issuer : Models::LegalDocumentTypes::issuers())
        m_issuer->addItem(QString::fromUtf8(issuer.name));
    m_part->addItem(tr("Part I: legal normative documents"), int(Models::GazettePart::Normative));
    m_part->addItem(tr("Part II: other documents"), int(Models::GazettePart::Other));
    m_symbol->setPlaceholderText(tr("e.g. 15/2026/QĐ-UBND"));
    m_symbol->setObjectName(QStringLiteral("symbolEdit"));
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setPlaceholderText(tr("Trích yếu: what the document is about"));
    m_signerTitle->setPlaceholderText(tr("e.g. TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"));
    for (QDateEdit *date : {m_signed, m_effective}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        date->setMinimumDate(notSet);
        date->setDate(QDate::currentDate());
    }
    m_effective->setSpecialValueText(tr("not set"));
    m_effective->setDate(notSet);
    m_problem->setObjectName(QStringLiteral("metaProblem"));
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(warning);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto row = [&](int r, int c, const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        layout->addWidget(caption, r, c * 2);
        layout->addWidget(field, r, c * 2 + 1);
    };
    row(0, 0, tr("&Type:"), m_type);
    row(0, 1, tr("S&ymbol:"), m_symbol);
    row(1, 0, tr("&Issued by:"), m_issuer);
    row(1, 1, tr("&Part:"), m_part);
    row(2, 0, tr("Si&gned on:"), m_signed);
    row(2, 1, tr("&Effective from:"), m_effective);
    row(3, 0, tr("Signe&r:"), m_signer);
    row(3, 1, tr("Signer's &title:"), m_signerTitle);
    auto *summaryLabel = new QLabel(tr("Su&mmary:"), this);
    summaryLabel->setBuddy(m_summary);
    layout->addWidget(summaryLabel, 4, 0);
    layout->addWidget(m_summary, 4, 1, 1, 3);
    layout->addWidget(m_problem, 5, 0, 1, 4);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(3, 1);

    const auto notify = [this] {
        validate();
        emit changed();
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, notify);
    connect(m_issuer, &QComboBox::currentIndexChanged, this, notify);
    connect(m_part, &QComboBox::currentIndexChanged, this, notify);
    for (QLineEdit *edit : {m_symbol, m_signer, m_signerTitle, m_summary})
        connect(edit, &QLineEdit::textEdited, this, notify);
    for (QDateEdit *date : {m_signed, m_effective})
        connect(date, &QDateEdit::dateChanged, this, notify);
    validate();
}

Models::LegalDocumentMeta GazetteDocumentForm::meta() const
{
    Models::LegalDocumentMeta meta;
    meta.typeKey = m_type->currentData().toString();
    meta.symbol = m_symbol->text().trimmed();
    meta.issuer = m_issuer->currentText();
    meta.part = Models::GazettePart(m_part->currentData().toInt());
    meta.signedOn = m_signed->date();
    meta.effectiveOn = m_effective->date() == notSet ? QDate() : m_effective->date();
    meta.signer = m_signer->text().trimmed();
    meta.signerTitle = m_signerTitle->text().trimmed();
    meta.summary = m_summary->text().simplified();
    return meta;
}

void GazetteDocumentForm::setMeta(const Models::LegalDocumentMeta &meta)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_type), QSignalBlocker(m_issuer), QSignalBlocker(m_part),
                                       QSignalBlocker(m_signed), QSignalBlocker(m_effective)};
    m_type->setCurrentIndex(qMax(0, m_type->findData(meta.typeKey)));
    m_symbol->setText(meta.symbol);
    m_issuer->setCurrentIndex(qMax(0, m_issuer->findText(meta.issuer)));
    m_part->setCurrentIndex(qMax(0, m_part->findData(int(meta.part))));
    m_signed->setDate(meta.signedOn.isValid() ? meta.signedOn : QDate::currentDate());
    m_effective->setDate(meta.effectiveOn.isValid() ? meta.effectiveOn : notSet);
    m_signer->setText(meta.signer);
    m_signerTitle->setText(meta.signerTitle);
    m_summary->setText(meta.summary);
    validate();
}

void GazetteDocumentForm::clear()
{
    Models::LegalDocumentMeta empty;
    empty.typeKey = QStringLiteral("quyet_dinh");
    empty.issuer = QString::fromUtf8(Models::LegalDocumentTypes::issuers().at(2).name);  // UBND tỉnh
    setMeta(empty);
}

QString GazetteDocumentForm::problem() const
{
    const Models::LegalDocumentMeta current = meta();
    if (current.symbol.isEmpty())
        return tr("Enter the document's number and symbol.");
    auto valid = Models::LegalSymbols::validate(current);
    if (!valid)
        return valid.error().message;
    if (current.summary.isEmpty())
        return tr("Enter the trích yếu (summary).");
    return {};
}

void GazetteDocumentForm::setReadOnly(bool readOnly)
{
    for (QWidget *field : std::initializer_list<QWidget *>{m_type, m_symbol, m_issuer, m_part, m_signed, m_effective, m_signer,
                                                          m_signerTitle, m_summary})
        field->setEnabled(!readOnly);
}

void GazetteDocumentForm::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace PortalDesk::Widgets
