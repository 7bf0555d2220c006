#pragma once

#include "digeststore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace PortalDesk::Widgets {

// A clipping added by hand: a web page (its address, the site, the text
// pasted or taken from a saved .html page) or a printed article (paper,
// date, page, text). Legacy TCVN3/VNI text is converted as it is added.
class ClippingDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ClippingDialog(const QDate &day, QWidget *parent = nullptr);

    // The clipping, or an error saying what is missing.
    Models::Result<Models::DigestItem> clipping() const;
    bool loadPage(const QString &path);

private:
    void updateKind();
    void accept() override;

    QComboBox *m_kind;
    QLineEdit *m_outlet;
    QLineEdit *m_url;
    QLineEdit *m_page;
    QDateEdit *m_date;
    QLineEdit *m_title;
    QPlainTextEdit *m_text;
    QLabel *m_problem;
};

} // namespace PortalDesk::Widgets
