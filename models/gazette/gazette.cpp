#include "gazette.h"

#include <QRegularExpression>

namespace PortalDesk::Models {

std::optional<GazetteIssueNumber> GazetteIssueNumber::parse(const QString &text)
{
    static const QRegularExpression form(QStringLiteral(R"(^\s*(\d{1,3})\s*(?:\+\s*(\d{1,3}))?\s*$)"));
    const auto match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    GazetteIssueNumber number{match.captured(1).toInt(), match.captured(2).isEmpty() ? match.captured(1).toInt() : match.captured(2).toInt()};
    // A combined issue joins consecutive numbers.
    if (number.first < 1 || number.last < number.first || number.last > number.first + 9)
        return std::nullopt;
    return number;
}

QString GazetteIssueNumber::text() const
{
    const QString head = QStringLiteral("%1").arg(first, 2, 10, QChar(u'0'));
    return last == first ? head : QStringLiteral("%1 + %2").arg(head).arg(last, 2, 10, QChar(u'0'));
}

} // namespace PortalDesk::Models
