#include "legalstructure.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace PortalDesk::Models {

namespace {

// The letters điểm are numbered with: the Vietnamese alphabet without the
// letters that carry diacritics as separate letters (ă, â, ê, ô, ơ, ư),
// and with đ after d. There is no f, j, w or z.
const QString pointAlphabet = QStringLiteral(u"abcdđeghiklmnopqrstuvxy");

// Imported text keeps bold as "**...**"; a heading may be wrapped in it.
QString withoutEmphasis(const QString &line)
{
    QString text = line.trimmed();
    while (text.startsWith(u'*') || text.startsWith(u'_'))
        text.remove(0, 1);
    while (text.endsWith(u'*') || text.endsWith(u'_'))
        text.chop(1);
    return text.trimmed();
}

struct Patterns {
    QRegularExpression part{QStringLiteral(R"(^(?:PHẦN|Phần)\s+(THỨ\s+\S+|thứ\s+\S+|[IVXLCDM]+)\b\.?\s*(.*)$)")};
    QRegularExpression chapter{QStringLiteral(R"(^(?:CHƯƠNG|Chương)\s+(\S+?)\.?(?:\s+(.*))?$)")};
    QRegularExpression section{QStringLiteral(R"(^(?:MỤC|Mục)\s+(\d+)\.?(?:\s+(.*))?$)")};
    // "Điều 5." then the title; "Điều 5" alone or before a capital is a
    // heading missing its full stop; "Điều 5 của Luật" is running text.
    QRegularExpression article{QStringLiteral(R"(^Điều\s+(\d+)\s*([.:]?)\s*(.*)$)")};
    QRegularExpression clause{QStringLiteral(R"(^(\d+)\.\s+\S)")};
    QRegularExpression clauseWrongStyle{QStringLiteral(R"(^(\d+)\)\s+\S)")};
    QRegularExpression point{QStringLiteral(R"(^(\p{Ll})\)\s+\S)")};
    QRegularExpression pointWrongStyle{QStringLiteral(R"(^([a-zđ])\.\s+\S)")};
    QRegularExpression citation{QStringLiteral(
        R"((Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư liên tịch|Thông tư|Chỉ thị|Kế hoạch|Thông báo)\s+(?:số\s+)?(\d+/(?:\d{4}/)?[\p{L}\d]+(?:-[\p{L}\d]+)+))")};
};

const Patterns &patterns()
{
    static const Patterns instance;
    return instance;
}

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(LegalStructureParser)

public:
    explicit Checker(LegalStructure &structure)
        : m_structure(structure)
    {
    }

    void line(const QString &raw, int number)
    {
        m_line = number;
        const QString text = withoutEmphasis(raw);
        citations(raw);
        if (text.isEmpty())
            return;
        const Patterns &p = patterns();
        // A Chương's title is often on the line below its number.
        if (std::exchange(m_chapterTitlePending, false) && !p.section.match(text).hasMatch()
            && !p.article.match(text).hasMatch()) {
            m_structure.outline.last().title = plainTitle(text);
            return;
        }
        if (auto m = p.part.match(text); m.hasMatch())
            return part(m);
        if (auto m = p.chapter.match(text); m.hasMatch())
            return chapter(m);
        if (auto m = p.section.match(text); m.hasMatch())
            return section(m);
        if (auto m = p.article.match(text); m.hasMatch() && isArticleHeading(m))
            return article(m);
        if (m_article == 0)
            return;  // the preamble: "Căn cứ ...", "QUYẾT ĐỊNH:"
        m_articleHasContent = true;
        if (auto m = p.clause.match(text); m.hasMatch())
            return clause(m.captured(1).toInt());
        if (auto m = p.clauseWrongStyle.match(text); m.hasMatch()) {
            problem(tr("Khoản \"%1)\" in Điều %2 is numbered \"%1.\" by the law's style.").arg(m.captured(1)).arg(m_article));
            return clause(m.captured(1).toInt());
        }
        if (auto m = p.point.match(text); m.hasMatch())
            return point(m.captured(1).at(0));
        if (auto m = p.pointWrongStyle.match(text); m.hasMatch()) {
            problem(tr("Điểm \"%1.\" in Điều %2 is written \"%1)\" by the law's style.").arg(m.captured(1)).arg(m_article));
            return point(m.captured(1).at(0));
        }
    }

    void finish() { closeArticle(); }

private:
    void problem(const QString &message, int line = -1)
    {
        m_structure.problems.append({line < 0 ? m_line : line, message});
    }

    void heading(LegalLevel level, const QString &label, const QString &title)
    {
        m_structure.outline.append({level, label, plainTitle(title), m_line});
    }

    // "**Phạm vi điều chỉnh**" reads "Phạm vi điều chỉnh" in the outline.
    static QString plainTitle(QString title)
    {
        title.remove(QStringLiteral("**"));
        return withoutEmphasis(title);
    }

    bool isArticleHeading(const QRegularExpressionMatch &m) const
    {
        const QString rest = m.captured(3);
        return !m.captured(2).isEmpty() || rest.isEmpty() || rest.at(0).isUpper();
    }

    void closeArticle()
    {
        if (m_article != 0 && !m_articleHasContent)
            problem(tr("Điều %1 is empty.").arg(m_article), m_articleLine);
        m_article = 0;
    }

    void part(const QRegularExpressionMatch &m)
    {
        closeArticle();
        QString numeral = m.captured(1);
        if (numeral.contains(u' '))
            numeral = numeral.toLower();  // "THỨ NHẤT" reads "thứ nhất" in the outline
        heading(LegalLevel::Part, QStringLiteral("Phần %1").arg(numeral), m.captured(2));
    }

    void chapter(const QRegularExpressionMatch &m)
    {
        closeArticle();
        const QString numeral = m.captured(1);
        const int value = LegalStructureParser::romanValue(numeral);
        heading(LegalLevel::Chapter, QStringLiteral("Chương %1").arg(numeral), m.captured(2));
        m_chapterTitlePending = m.captured(2).trimmed().isEmpty();
        m_section = 0;
        if (value == 0) {
            bool arabic = false;
            const int number = numeral.toInt(&arabic);
            problem(arabic ? tr("Chương %1 is numbered in Roman numerals: Chương %2.").arg(numeral, romanNumeral(number))
                           : tr("\"%1\" is not a Roman numeral.").arg(numeral));
            m_chapter = arabic ? number : m_chapter + 1;
            return;
        }
        sequence(value, m_chapter, [&](int expected) {
            return tr("Chương %1 follows Chương %2; expected Chương %3.")
                .arg(numeral, romanNumeral(m_chapter), romanNumeral(expected));
        });
    }

    void section(const QRegularExpressionMatch &m)
    {
        closeArticle();
        const int number = m.captured(1).toInt();
        heading(LegalLevel::Section, QStringLiteral("Mục %1").arg(number), m.captured(2));
        sequence(number, m_section, [&](int expected) {
            return tr("Mục %1 follows Mục %2 in this Chương; expected Mục %3.").arg(number).arg(m_section).arg(expected);
        });
    }

    void article(const QRegularExpressionMatch &m)
    {
        closeArticle();
        const int number = m.captured(1).toInt();
        heading(LegalLevel::Article, QStringLiteral("Điều %1").arg(number), m.captured(3));
        if (m.captured(2).isEmpty())
            problem(tr("\"Điều %1\" needs a full stop: \"Điều %1.\"").arg(number));
        sequence(number, m_lastArticle, [&](int expected) {
            return m_lastArticle == 0 ? tr("The first Điều is Điều %1; expected Điều 1.").arg(number)
                                      : tr("Điều %1 follows Điều %2; expected Điều %3.").arg(number).arg(m_lastArticle).arg(expected);
        });
        m_article = number;
        m_articleLine = m_line;
        m_articleHasContent = false;  // its title is not its content
        m_clause = 0;
        m_point = 0;
    }

    void clause(int number)
    {
        sequence(number, m_clause, [&](int expected) {
            return m_clause == 0 ? tr("Điều %1 starts at khoản %2; expected khoản 1.").arg(m_article).arg(number)
                                 : tr("Khoản %1 follows khoản %2 in Điều %3; expected khoản %4.")
                                       .arg(number)
                                       .arg(m_clause)
                                       .arg(m_article)
                                       .arg(expected);
        });
        m_point = 0;
    }

    void point(QChar letter)
    {
        const int index = LegalStructureParser::pointIndex(letter);
        const QString where = m_clause > 0 ? tr("khoản %1 of Điều %2").arg(m_clause).arg(m_article) : tr("Điều %1").arg(m_article);
        if (index == 0) {
            problem(tr("There is no letter %1 in the Vietnamese alphabet; after %2) in %3 comes %4).")
                        .arg(letter, m_point ? QString(LegalStructureParser::pointLetter(m_point)) : tr("the start"), where,
                             QString(LegalStructureParser::pointLetter(m_point + 1))));
            return;
        }
        sequence(index, m_point, [&](int expected) {
            return m_point == 0
                ? tr("Điểm %1) starts %2; expected a).").arg(letter).arg(where)
                : tr("Điểm %1) follows %2) in %3; expected %4).")
                      .arg(letter, LegalStructureParser::pointLetter(m_point), where, LegalStructureParser::pointLetter(expected));
        });
    }

    // Numbers that must run 1, 2, 3: a repeat or a gap is reported once, and
    // counting goes on from the number found, so one slip is one problem.
    template<typename Message>
    void sequence(int found, int &last, Message message)
    {
        const int expected = last + 1;
        if (found != expected)
            problem(message(expected));
        last = found;
    }

    static QString romanNumeral(int value)
    {
        static const std::pair<int, const char *> digits[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                                              {90, "XC"},  {50, "L"},   {40, "XL"},  {10, "X"},   {9, "IX"},
                                                              {5, "V"},    {4, "IV"},   {1, "I"}};
        QString roman;
        for (const auto &[amount, digit] : digits) {
            while (value >= amount) {
                roman += QLatin1String(digit);
                value -= amount;
            }
        }
        return roman;
    }

    void citations(const QString &raw)
    {
        auto it = patterns().citation.globalMatch(raw);
        while (it.hasNext()) {
            const auto m = it.next();
            m_structure.citations.append({m.captured(1), m.captured(2), m_line});
        }
    }

    LegalStructure &m_structure;
    int m_line = 0;
    int m_chapter = 0;
    int m_section = 0;
    int m_lastArticle = 0;
    int m_article = 0;  // the Điều being read, 0 before the first
    int m_articleLine = 0;
    bool m_articleHasContent = false;
    int m_clause = 0;
    int m_point = 0;
    bool m_chapterTitlePending = false;
};

} // namespace

LegalStructure LegalStructureParser::parse(const QString &text)
{
    LegalStructure structure;
    Checker checker(structure);
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i)
        checker.line(lines.at(i), i);
    checker.finish();
    std::stable_sort(structure.problems.begin(), structure.problems.end(),
                     [](const LegalProblem &a, const LegalProblem &b) { return a.line < b.line; });
    return structure;
}

QList<LegalProblem> LegalStructureParser::unknownCitations(const LegalStructure &structure,
                                                           const std::function<bool(const QString &)> &isKnown)
{
    QList<LegalProblem> unknown;
    for (const LegalCitation &citation : structure.citations) {
        if (!isKnown(citation.symbol))
            unknown.append({citation.line, tr("%1 số %2 is not in the store.").arg(citation.kind, citation.symbol)});
    }
    return unknown;
}

int LegalStructureParser::romanValue(const QString &roman)
{
    static const QRegularExpression form(QStringLiteral("^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$"));
    if (roman.isEmpty() || !form.match(roman).hasMatch())
        return 0;
    const auto digit = [](QChar c) {
        switch (c.unicode()) {
        case 'I': return 1;
        case 'V': return 5;
        case 'X': return 10;
        case 'L': return 50;
        case 'C': return 100;
        case 'D': return 500;
        default: return 1000;
        }
    };
    int value = 0;
    for (qsizetype i = 0; i < roman.size(); ++i) {
        const int here = digit(roman.at(i));
        value += (i + 1 < roman.size() && digit(roman.at(i + 1)) > here) ? -here : here;
    }
    return value;
}

int LegalStructureParser::pointIndex(QChar letter)
{
    return int(pointAlphabet.indexOf(letter.toLower())) + 1;
}

QChar LegalStructureParser::pointLetter(int index)
{
    return index >= 1 && index <= pointAlphabet.size() ? pointAlphabet.at(index - 1) : QChar(u'?');
}

} // namespace PortalDesk::Models
