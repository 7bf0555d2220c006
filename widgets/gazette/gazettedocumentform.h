#pragma once

#include "legaldocument.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace PortalDesk::Widgets {

// The metadata of a Công báo document, checked as it is typed: the line
// under the fields says what is wrong with the symbol, type, issuer or
// dates, in the words of LegalSymbols::validate.
class GazetteDocumentForm final : public QWidget
{
    Q_OBJECT

public:
    explicit GazetteDocumentForm(QWidget *parent = nullptr);

    Models::LegalDocumentMeta meta() const;
    void setMeta(const Models::LegalDocumentMeta &meta);
    void clear();
    // Empty when the metadata is valid.
    QString problem() const;
    void setReadOnly(bool readOnly);

signals:
    void changed();

private:
    void validate();

    QComboBox *m_type;
    QLineEdit *m_symbol;
    QComboBox *m_issuer;
    QComboBox *m_part;
    QDateEdit *m_signed;
    QDateEdit *m_effective;
    QLineEdit *m_signer;
    QLineEdit *m_signerTitle;
    QLineEdit *m_summary;
    QLabel *m_problem;
};

} // namespace PortalDesk::Widgets
