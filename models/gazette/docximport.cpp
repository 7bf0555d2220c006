// DocumentImport::docxText: WordprocessingML's document.xml (and the
// numbering.xml that turns w:numPr into "Điều 3." or "a)") to legal text.
#include "documentimport.h"
#include "documenttextbuilder.h"

#include <QHash>
#include <QXmlStreamReader>

#include <array>

namespace PortalDesk::Models {

namespace {

const QString wordNs = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

struct Level {
    int start = 1;
    QString format = QStringLiteral("decimal");
    QString text = QStringLiteral("%1.");
};

// numbering.xml: which format each level of each list instance has.
class Numbering
{
public:
    explicit Numbering(const QByteArray &xml)
    {
        QXmlStreamReader reader(xml);
        QString abstractId;
        int level = -1;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            const auto name = reader.name();
            const auto attrs = reader.attributes();
            const QString val = attrs.value(wordNs, QStringLiteral("val")).toString();
            if (name == u"abstractNum") {
                abstractId = attrs.value(wordNs, QStringLiteral("abstractNumId")).toString();
            } else if (name == u"lvl") {
                level = attrs.value(wordNs, QStringLiteral("ilvl")).toInt();
            } else if (name == u"start" && level >= 0) {
                m_abstract[abstractId][level].start = val.toInt();
            } else if (name == u"numFmt" && level >= 0) {
                m_abstract[abstractId][level].format = val;
            } else if (name == u"lvlText" && level >= 0) {
                m_abstract[abstractId][level].text = val;
            } else if (name == u"num") {
                m_currentNum = attrs.value(wordNs, QStringLiteral("numId")).toString();
                level = -1;
            } else if (name == u"abstractNumId") {
                m_numToAbstract.insert(m_currentNum, val);
            }
        }
    }

    // The label of the next paragraph at that level of that list.
    QString next(const QString &numId, int level)
    {
        if (numId.isEmpty() || numId == u"0" || level < 0 || level > 8)
            return {};
        const auto &levels = m_abstract.value(m_numToAbstract.value(numId));
        auto &counters = m_counters[numId];
        if (counters.empty())
            counters.fill(0);
        counters[level] = counters[level] == 0 ? levels.value(level).start : counters[level] + 1;
        for (int deeper = level + 1; deeper < 9; ++deeper)
            counters[deeper] = 0;
        QString label = levels.value(level).text;
        if (levels.value(level).format == u"bullet")
            return QStringLiteral("- ");
        for (int l = 0; l <= level; ++l)
            label.replace(QStringLiteral("%%1").arg(l + 1), format(levels.value(l).format, qMax(counters[l], levels.value(l).start)));
        return label.isEmpty() ? QString() : label + u' ';
    }

private:
    static QString format(const QString &kind, int n)
    {
        if (kind == u"lowerLetter" || kind == u"upperLetter") {
            // Word's letters: a..z, then aa, bb...
            QString letter(QChar(u'a' + (n - 1) % 26));
            letter = letter.repeated((n - 1) / 26 + 1);
            return kind == u"upperLetter" ? letter.toUpper() : letter;
        }
        if (kind == u"lowerRoman" || kind == u"upperRoman") {
            static const std::pair<int, const char *> digits[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
                                                                  {100, "C"},  {90, "XC"},  {50, "L"},  {40, "XL"},
                                                                  {10, "X"},   {9, "IX"},   {5, "V"},   {4, "IV"}, {1, "I"}};
            QString roman;
            for (const auto &[amount, digit] : digits) {
                for (; n >= amount; n -= amount)
                    roman += QLatin1String(digit);
            }
            return kind == u"lowerRoman" ? roman.toLower() : roman;
        }
        if (kind == u"decimalZero")
            return QStringLiteral("%1").arg(n, 2, 10, QChar(u'0'));
        if (kind == u"none")
            return {};
        return QString::number(n);
    }

    QHash<QString, QHash<int, Level>> m_abstract;
    QHash<QString, QString> m_numToAbstract;
    QHash<QString, std::array<int, 9>> m_counters;
    QString m_currentNum;
};

// w:b and w:i are on unless w:val says 0 or false.
bool isOn(const QXmlStreamAttributes &attrs)
{
    const auto val = attrs.value(wordNs, QStringLiteral("val"));
    return val.isEmpty() || (val != u"0" && val != u"false" && val != u"none");
}

} // namespace

Result<QString> DocumentImport::docxText(const QByteArray &documentXml, const QByteArray &numberingXml)
{
    Numbering numbering(numberingXml);
    DocumentTextBuilder builder;
    QXmlStreamReader reader(documentXml);

    bool inParagraphProperties = false;
    bool inRunProperties = false;
    bool bold = false;
    bool italic = false;
    QString numId;
    int level = -1;
    // A paragraph's runs wait for its end: its number is known by then.
    struct PendingRun {
        QString text;
        bool bold;
        bool italic;
    };
    QList<PendingRun> runs;

    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.namespaceUri() != wordNs)
                continue;
            const auto name = reader.name();
            if (name == u"p") {
                numId.clear();
                level = -1;
                runs.clear();
            } else if (name == u"pPr") {
                inParagraphProperties = true;
            } else if (name == u"numId" && inParagraphProperties) {
                numId = reader.attributes().value(wordNs, QStringLiteral("val")).toString();
            } else if (name == u"ilvl" && inParagraphProperties) {
                level = reader.attributes().value(wordNs, QStringLiteral("val")).toInt();
            } else if (name == u"r") {
                bold = italic = false;
            } else if (name == u"rPr") {
                inRunProperties = true;
            } else if (name == u"b" && inRunProperties && !inParagraphProperties) {
                bold = isOn(reader.attributes());
            } else if (name == u"i" && inRunProperties && !inParagraphProperties) {
                italic = isOn(reader.attributes());
            } else if (name == u"t") {
                runs.append({reader.readElementText(), bold, italic});
            } else if (name == u"tab") {
                if (!inParagraphProperties)
                    runs.append({QStringLiteral(" "), bold, italic});
            } else if (name == u"br" || name == u"cr") {
                runs.append({QStringLiteral(" "), bold, italic});
            } else if (name == u"tbl") {
                builder.beginTable();
            } else if (name == u"tr") {
                builder.beginRow();
            } else if (name == u"tc") {
                builder.beginCell();
            }
        } else if (reader.isEndElement() && reader.namespaceUri() == wordNs) {
            const auto name = reader.name();
            if (name == u"pPr") {
                inParagraphProperties = false;
            } else if (name == u"rPr") {
                inRunProperties = false;
            } else if (name == u"p") {
                builder.beginParagraph(numbering.next(numId, level == -1 && !numId.isEmpty() ? 0 : level));
                for (const PendingRun &run : std::as_const(runs))
                    builder.addRun(run.text, run.bold, run.italic);
                builder.endParagraph();
            } else if (name == u"tc") {
                builder.endCell();
            } else if (name == u"tbl") {
                builder.endTable();
            }
        }
    }
    if (reader.hasError())
        return Error{ErrorCode::InvalidInput, tr("word/document.xml is not well-formed XML: %1.").arg(reader.errorString())};
    return builder.text();
}

} // namespace PortalDesk::Models
