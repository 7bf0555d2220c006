// DocumentImport::odtText: OpenDocument's content.xml (with the styles of
// styles.xml, where named styles and list styles may live) to legal text.
#include "documentimport.h"
#include "documenttextbuilder.h"

#include <QHash>
#include <QXmlStreamReader>

namespace PortalDesk::Models {

namespace {

const QString textNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString styleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString foNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString tableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");

struct TextStyle {
    QString parent;
    std::optional<bool> bold;
    std::optional<bool> italic;
};

struct ListLevel {
    QString format;  // "1", "a", "A", "i", "I", or empty for bullets
    QString prefix;
    QString suffix;
    int start = 1;
};

// Character styles and list styles, from both files.
class Styles
{
public:
    void read(const QByteArray &xml)
    {
        QXmlStreamReader reader(xml);
        QString style;
        QString listStyle;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            const auto attrs = reader.attributes();
            if (reader.name() == u"style" && reader.namespaceUri() == styleNs) {
                style = attrs.value(styleNs, QStringLiteral("name")).toString();
                m_text[style].parent = attrs.value(styleNs, QStringLiteral("parent-style-name")).toString();
            } else if (reader.name() == u"text-properties" && !style.isEmpty()) {
                const auto weight = attrs.value(foNs, QStringLiteral("font-weight"));
                if (!weight.isEmpty())
                    m_text[style].bold = weight == u"bold" || weight.toInt() >= 600;
                const auto slant = attrs.value(foNs, QStringLiteral("font-style"));
                if (!slant.isEmpty())
                    m_text[style].italic = slant == u"italic" || slant == u"oblique";
            } else if (reader.name() == u"list-style" && reader.namespaceUri() == textNs) {
                listStyle = attrs.value(styleNs, QStringLiteral("name")).toString();
                style.clear();
            } else if (reader.name() == u"list-level-style-number") {
                ListLevel level;
                level.format = attrs.value(styleNs, QStringLiteral("num-format")).toString();
                level.prefix = attrs.value(styleNs, QStringLiteral("num-prefix")).toString();
                level.suffix = attrs.value(styleNs, QStringLiteral("num-suffix")).toString();
                level.start = attrs.hasAttribute(textNs, QStringLiteral("start-value"))
                    ? attrs.value(textNs, QStringLiteral("start-value")).toInt()
                    : 1;
                m_lists[listStyle].insert(attrs.value(textNs, QStringLiteral("level")).toInt(), level);
            } else if (reader.name() == u"list-level-style-bullet") {
                m_lists[listStyle].insert(attrs.value(textNs, QStringLiteral("level")).toInt(), ListLevel{});
            }
        }
    }

    bool bold(const QString &name) const { return lookup(name, &TextStyle::bold); }
    bool italic(const QString &name) const { return lookup(name, &TextStyle::italic); }
    ListLevel listLevel(const QString &list, int level) const { return m_lists.value(list).value(level); }

private:
    bool lookup(QString name, std::optional<bool> TextStyle::*property) const
    {
        for (int depth = 0; depth < 16 && !name.isEmpty(); ++depth) {
            const auto style = m_text.constFind(name);
            if (style == m_text.constEnd())
                return false;
            if (((*style).*property).has_value())
                return *((*style).*property);
            name = style->parent;
        }
        return false;
    }

    QHash<QString, TextStyle> m_text;
    QHash<QString, QHash<int, ListLevel>> m_lists;
};

QString formatNumber(const QString &format, int n)
{
    if (format == u"a" || format == u"A") {
        const QString letter = QString(QChar(u'a' + (n - 1) % 26)).repeated((n - 1) / 26 + 1);
        return format == u"A" ? letter.toUpper() : letter;
    }
    if (format == u"i" || format == u"I") {
        static const std::pair<int, const char *> digits[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                                              {90, "XC"},  {50, "L"},   {40, "XL"},  {10, "X"},   {9, "IX"},
                                                              {5, "V"},    {4, "IV"},   {1, "I"}};
        QString roman;
        for (const auto &[amount, digit] : digits) {
            for (; n >= amount; n -= amount)
                roman += QLatin1String(digit);
        }
        return format == u"i" ? roman.toLower() : roman;
    }
    return QString::number(n);
}

} // namespace

Result<QString> DocumentImport::odtText(const QByteArray &contentXml, const QByteArray &stylesXml)
{
    Styles styles;
    styles.read(stylesXml);
    styles.read(contentXml);

    DocumentTextBuilder builder;
    QXmlStreamReader reader(contentXml);
    QStringList spanStyles;  // innermost last; a paragraph's own style first
    QStringList listStyles;  // per open text:list, inherited when unnamed
    QList<int> counters;     // per list level
    bool listItemNumbered = false;
    int paragraphDepth = 0;
    int skipDepth = 0;       // inside text:note: footnotes are not the text

    const auto addText = [&](const QString &text) {
        bool bold = false;
        bool italic = false;
        for (const QString &s : std::as_const(spanStyles)) {
            bold = bold || styles.bold(s);
            italic = italic || styles.italic(s);
        }
        builder.addRun(text, bold, italic);
    };

    while (!reader.atEnd()) {
        reader.readNext();
        const auto name = reader.name();
        const auto ns = reader.namespaceUri();
        if (reader.isStartElement()) {
            const auto attrs = reader.attributes();
            if (skipDepth > 0 || (ns == textNs && name == u"note")) {
                ++skipDepth;
                continue;
            }
            if (ns == textNs && (name == u"p" || name == u"h")) {
                QString prefix;
                if (listItemNumbered && !listStyles.isEmpty()) {
                    const int level = int(counters.size());
                    const ListLevel format = styles.listLevel(listStyles.last(), level);
                    int &counter = counters.last();
                    counter = counter == 0 ? format.start : counter + 1;
                    prefix = format.format.isEmpty() ? QStringLiteral("- ")
                                                     : format.prefix + formatNumber(format.format, counter) + format.suffix + u' ';
                    listItemNumbered = false;  // the item's further paragraphs carry no number
                }
                if (paragraphDepth++ == 0)
                    builder.beginParagraph(prefix);
                spanStyles << attrs.value(textNs, QStringLiteral("style-name")).toString();
            } else if (ns == textNs && name == u"span") {
                spanStyles << attrs.value(textNs, QStringLiteral("style-name")).toString();
            } else if (ns == textNs && name == u"s") {
                const int count = attrs.hasAttribute(textNs, QStringLiteral("c")) ? attrs.value(textNs, QStringLiteral("c")).toInt() : 1;
                addText(QString(qBound(1, count, 100), u' '));
            } else if (ns == textNs && (name == u"tab" || name == u"line-break")) {
                addText(QStringLiteral(" "));
            } else if (ns == textNs && name == u"list") {
                const QString style = attrs.value(textNs, QStringLiteral("style-name")).toString();
                listStyles << (style.isEmpty() && !listStyles.isEmpty() ? listStyles.last() : style);
                counters << 0;
            } else if (ns == textNs && name == u"list-item") {
                listItemNumbered = true;
            } else if (ns == textNs && name == u"list-header") {
                listItemNumbered = false;
            } else if (ns == tableNs && name == u"table") {
                builder.beginTable();
            } else if (ns == tableNs && name == u"table-row") {
                builder.beginRow();
            } else if (ns == tableNs && name == u"table-cell") {
                builder.beginCell();
            }
        } else if (reader.isEndElement()) {
            if (skipDepth > 0) {
                --skipDepth;
                continue;
            }
            if (ns == textNs && (name == u"p" || name == u"h")) {
                spanStyles.removeLast();
                if (--paragraphDepth == 0)
                    builder.endParagraph();
            } else if (ns == textNs && name == u"span") {
                spanStyles.removeLast();
            } else if (ns == textNs && name == u"list") {
                listStyles.removeLast();
                counters.removeLast();
            } else if (ns == tableNs && name == u"table-cell") {
                builder.endCell();
            } else if (ns == tableNs && name == u"table") {
                builder.endTable();
            }
        } else if (reader.isCharacters() && skipDepth == 0 && paragraphDepth > 0) {
            addText(reader.text().toString());
        }
    }
    if (reader.hasError())
        return Error{ErrorCode::InvalidInput, tr("content.xml is not well-formed XML: %1.").arg(reader.errorString())};
    return builder.text();
}

} // namespace PortalDesk::Models
