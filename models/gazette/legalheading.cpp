#include "legalheading.h"

#include "legaldocument.h"
#include "legallines.h"
#include "vietnamesetext.h"

#include <QRegularExpression>
#include <QStringList>

namespace PortalDesk::Models {

namespace {

using LegalLines::isCapitals;

// The heading's lines are compared without accents or case: "CỘNG HOÀ" and
// "Cộng hòa", the look-alike Ð, Word's bold marks.
QString folded(const QString &line)
{
    QString text = line;
    text.remove(u'*');
    text.replace(QChar(0x00D0), QChar(0x0110)).replace(QChar(0x00F0), QChar(0x0111));
    return foldDiacritics(text.simplified()).toCaseFolded();
}

bool isMotto(const QString &f)
{
    return f.contains(u"cong hoa xa hoi chu nghia viet nam") || f.contains(u"doc lap - tu do - hanh phuc")
        || f.contains(u"doc lap – tu do – hanh phuc") || f.contains(u"doc lap-tu do-hanh phuc");
}

bool isNumberLine(const QString &f)
{
    static const QRegularExpression number(QStringLiteral(R"(^\|?\s*(?:luat\s+|phap\s+lenh\s+)?so\s*:\s*\S)"));
    return number.match(f).hasMatch();
}

bool isPlaceAndDate(const QString &f)
{
    static const QRegularExpression date(QStringLiteral(R"(ngay\s+\S{1,4}\s+thang\s+\S{1,4}\s+nam\s+\S{2,4})"));
    return f.size() < 120 && date.match(f).hasMatch();
}

bool isRule(const QString &line)
{
    static const QRegularExpression rule(QStringLiteral(R"(^[\s\-_–—=.*]{3,}$)"));
    return rule.match(line).hasMatch();
}

bool isTypeName(const QString &line)
{
    if (!isCapitals(line))
        return false;
    const QString name = line.simplified().remove(u'*');
    const auto type = LegalDocumentTypes::find(name);
    return type && name.size() < 30;
}

// A summary line: "Về việc ...", "Ban hành Quy định ...", not the text.
bool isSummaryLine(const QString &line)
{
    static const QRegularExpression text(QStringLiteral(R"(^(?:Căn cứ|Thực hiện|Theo |Xét |Điều\s+\d|Chương\s|PHẦN\s|Phần\s|[IVX]+\.\s))"));
    const QString plain = line.simplified().remove(u'*');
    if (plain.isEmpty() || isCapitals(plain) || text.match(plain).hasMatch())
        return false;
    return !QStringView(u".;:").contains(plain.back());
}

} // namespace

QString LegalHeadingBlock::strip(const QString &text, int *droppedLines)
{
    if (droppedLines)
        *droppedLines = 0;
    const QStringList lines = text.split(u'\n');
    const int limit = int(std::min<qsizetype>(lines.size(), 40));
    bool evidence = false;
    int end = -1;  // the last line of the heading
    int i = 0;
    for (; i < limit; ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || isRule(line))
            continue;
        const QString f = folded(line);
        if (line.startsWith(u'|')) {
            // Word's header table: issuer and number left, motto and date right.
            if (isMotto(f) || f.contains(u"| so:") || f.contains(u"|so:") || isNumberLine(f) || isPlaceAndDate(f)) {
                evidence = evidence || isMotto(f) || f.contains(u"so:");
                end = i;
                continue;
            }
            if (end >= 0 && lines.at(end).trimmed().startsWith(u'|') && end == i - 1) {
                end = i;  // the table's other rows
                continue;
            }
            break;
        }
        if (isMotto(f) || isNumberLine(f)) {
            evidence = true;
            end = i;
            continue;
        }
        if (isPlaceAndDate(f) || f == u"du thao" || (isCapitals(line) && !isTypeName(line) && !evidence)) {
            end = i;  // the place and date, "DỰ THẢO", the issuing body above the number
            continue;
        }
        break;
    }
    if (!evidence || end < 0)
        return text;
    // The type and the summary under it.
    int next = i;
    while (next < limit && (lines.at(next).trimmed().isEmpty() || isRule(lines.at(next).trimmed())))
        ++next;
    if (next < limit && isTypeName(lines.at(next).trimmed())) {
        end = next;
        int summaryLines = 0;
        for (int s = next + 1; s < limit && summaryLines < 4; ++s) {
            const QString line = lines.at(s).trimmed();
            if (line.isEmpty() || isRule(line)) {
                if (summaryLines > 0 || isRule(line))
                    end = s;
                if (summaryLines > 0)
                    break;
                continue;
            }
            if (!isSummaryLine(line))
                break;
            end = s;
            ++summaryLines;
        }
        while (end + 1 < lines.size() && isRule(lines.at(end + 1).trimmed()))
            ++end;
    }
    if (droppedLines)
        *droppedLines = end + 1;
    return lines.mid(end + 1).join(u'\n');
}

} // namespace PortalDesk::Models
