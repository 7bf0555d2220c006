#include "clippingdialog.h"

#include "clippings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>

namespace PortalDesk::Widgets {

ClippingDialog::ClippingDialog(const QDate &day, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_outlet(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_page(new QLineEdit(this))
    , m_date(new QDateEdit(day, this))
    , m_title(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("clippingDialog"));
    setWindowTitle(tr("Add a Clipping"));
    m_kind->addItem(tr("Web page"), QStringLiteral("web"));
    m_kind->addItem(tr("Printed article"), QStringLiteral("print"));
    m_kind->setObjectName(QStringLiteral("clippingKind"));
    m_outlet->setObjectName(QStringLiteral("clippingOutlet"));
    m_url->setObjectName(QStringLiteral("clippingUrl"));
    m_page->setObjectName(QStringLiteral("clippingPage"));
    m_title->setObjectName(QStringLiteral("clippingTitle"));
    m_text->setObjectName(QStringLiteral("clippingText"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_title->setPlaceholderText(tr("empty: the first line of the text"));
    m_problem->setWordWrap(true);

    auto *load = new QPushButton(tr("&Load a Saved Page…"), this);
    load->setObjectName(QStringLiteral("clippingLoad"));
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load a Saved Page"), {}, tr("Web pages (*.html *.htm)"));
        if (!path.isEmpty())
            loadPage(path);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClippingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Paper or site:"), m_outlet);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("Pa&ge:"), m_page);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Te&xt:"), m_text);
    form->addRow(QString(), load);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ClippingDialog::updateKind);
    updateKind();
    resize(640, 520);
}

void ClippingDialog::updateKind()
{
    const bool print = m_kind->currentData().toString() == u"print";
    m_url->setEnabled(!print);
    m_page->setEnabled(print);
}

bool ClippingDialog::loadPage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem->setText(tr("Cannot read %1: %2.").arg(path, file.errorString()));
        return false;
    }
    const QByteArray html = file.readAll();
    auto item = Models::Clippings::fromHtml(html, m_url->text(), m_outlet->text(), {});
    if (!item) {
        m_problem->setText(item.error().message);
        return false;
    }
    m_text->setPlainText(item->body);
    if (m_title->text().isEmpty())
        m_title->setText(item->title);
    m_problem->setText(tr("The article's text was taken from the page; menus and scripts were left out."));
    return true;
}

Models::Result<Models::DigestItem> ClippingDialog::clipping() const
{
    const QDateTime when(m_date->date(), QTime(6, 0));
    if (m_kind->currentData().toString() == u"print")
        return Models::Clippings::fromPrint(m_outlet->text(), m_date->date(), m_page->text(), m_title->text(), m_text->toPlainText());
    QString outlet = m_outlet->text().trimmed();
    if (outlet.isEmpty())
        outlet = QUrl(m_url->text().trimmed()).host();
    return Models::Clippings::fromText(m_text->toPlainText(), m_title->text(), m_url->text(), outlet, when);
}

void ClippingDialog::accept()
{
    if (auto item = clipping(); !item) {
        m_problem->setText(item.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace PortalDesk::Widgets
