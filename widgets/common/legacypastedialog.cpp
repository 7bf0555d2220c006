#include "legacypastedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PortalDesk::Widgets {

namespace {

// A preview of a huge paste would take longer to lay out than it is worth.
constexpr qsizetype previewLength = 4000;

QPlainTextEdit *previewEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setMinimumSize(320, 200);
    return edit;
}

} // namespace

LegacyPasteDialog::LegacyPasteDialog(const QString &pasted, Models::LegacyEncoding guess, QWidget *parent)
    : QDialog(parent)
    , m_pasted(pasted)
    , m_encoding(new QComboBox(this))
    , m_before(previewEdit(this, u"pastedPreview"_s))
    , m_after(previewEdit(this, u"convertedPreview"_s))
{
    setObjectName(u"legacyPasteDialog"_s);
    setWindowTitle(tr("Convert Pasted Text?"));

    auto *intro = new QLabel(tr("The pasted text looks like it was typed in an old Vietnamese encoding. "
                                "Convert it to Unicode so that it reads, searches and prints correctly?"),
                             this);
    intro->setWordWrap(true);

    m_encoding->setObjectName(u"encodingCombo"_s);
    for (const auto encoding : {Models::LegacyEncoding::Tcvn3, Models::LegacyEncoding::Vni, Models::LegacyEncoding::Viqr})
        m_encoding->addItem(Models::legacyEncodingName(encoding), QVariant::fromValue(int(encoding)));
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(int(guess))));
    auto *encodingForm = new QFormLayout;
    encodingForm->addRow(tr("&Encoding:"), m_encoding);

    auto *previews = new QGridLayout;
    auto *beforeLabel = new QLabel(tr("As pasted:"), this);
    auto *afterLabel = new QLabel(tr("Converted:"), this);
    beforeLabel->setBuddy(m_before);
    afterLabel->setBuddy(m_after);
    previews->addWidget(beforeLabel, 0, 0);
    previews->addWidget(afterLabel, 0, 1);
    previews->addWidget(m_before, 1, 0);
    previews->addWidget(m_after, 1, 1);
    m_before->setPlainText(m_pasted.left(previewLength));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *convert = buttons->addButton(tr("&Convert"), QDialogButtonBox::AcceptRole);
    convert->setObjectName(u"convertButton"_s);
    convert->setDefault(true);
    QPushButton *asIs = buttons->addButton(tr("Paste &As Is"), QDialogButtonBox::ActionRole);
    asIs->setObjectName(u"pasteAsIsButton"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(convert, &QPushButton::clicked, this, [this] {
        m_result = Models::convertLegacyToUnicode(m_pasted, encoding());
        done(Convert);
    });
    connect(asIs, &QPushButton::clicked, this, [this] {
        m_result = m_pasted;
        done(PasteAsIs);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &LegacyPasteDialog::updatePreview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(encodingForm);
    layout->addLayout(previews, 1);
    layout->addWidget(buttons);
    updatePreview();
}

Models::LegacyEncoding LegacyPasteDialog::encoding() const
{
    return Models::LegacyEncoding(m_encoding->currentData().toInt());
}

void LegacyPasteDialog::updatePreview()
{
    m_after->setPlainText(Models::convertLegacyToUnicode(m_pasted.left(previewLength), encoding()));
}

} // namespace PortalDesk::Widgets
