#pragma once

#include "legacyencoding.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace PortalDesk::Widgets {

// Asked when pasted text looks like an old Vietnamese encoding: shows the
// text as pasted and as it would read converted, lets the user pick another
// encoding if the guess was wrong, and converts or pastes it as it is.
class LegacyPasteDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Convert = QDialog::Accepted + 1, PasteAsIs };

    LegacyPasteDialog(const QString &pasted, Models::LegacyEncoding guess, QWidget *parent = nullptr);

    Models::LegacyEncoding encoding() const;
    // The text to insert for the user's choice: converted or as pasted.
    QString result() const { return m_result; }

private:
    void updatePreview();

    QString m_pasted;
    QString m_result;
    QComboBox *m_encoding = nullptr;
    QPlainTextEdit *m_before = nullptr;
    QPlainTextEdit *m_after = nullptr;
};

} // namespace PortalDesk::Widgets
