#include "legalstructure.h"

#include "legallines.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace PortalDesk::Models {

namespace {

// The letters điểm are numbered with: the Vietnamese alphabet without the
// letters that carry diacritics as separate letters (ă, â, ê, ô, ơ, ư),
// and with đ after d. There is no f, j, w or z.
const QString pointAlphabet = QStringLiteral(u"abcdđeghiklmnopqrstuvxy");

// The habits of older drafting the checker notes once each.
enum class Habit { ChapterArabic, ArticleNoStop, ArticleOtherStop, ClauseParenthesis, ClauseNoStop, PointStop, Count };

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(LegalStructureParser)

public:
    Checker(LegalStructure &structure, const QStringList &lines)
        : m_structure(structure)
        , m_lines(lines)
    {
    }

    void line(int number)
    {
        m_line = number;
        const QString &raw = m_lines.at(number);
        citations(raw);
        const QString text = LegalLines::normalized(raw);
        if (text.isEmpty())
            return;
        if (text.startsWith(u'|'))  // a table row is content, never numbering
            return content();

        // Text in quotation marks belongs to the document it quotes: an
        // amendment's "Điều 6a." and its "1." are not this document's.
        const bool quoted = m_quotes.quoted(text);
        m_quotes.scan(text);
        if (quoted)
            return content();

        const LegalLines::Patterns &p = LegalLines::patterns();
        if (p.recipients.match(text).hasMatch()) {
            m_amending = false;
            closeArticle();
            m_afterRecipients = true;
            return;
        }
        // "PHỤ LỤC II", or with its title and "(Kèm theo …)" on the same
        // line, as web pages that put the heading block in one cell write it.
        if (p.appendix.match(text).hasMatch() && LegalLines::isCapitals(text.section(u'(', 0, 0)))
            return newDocument(Start::Appendix);
        if (p.issuedWith.match(text).hasMatch())
            return newDocument(Start::IssuedWith);

        if (m_titlePending) {
            m_titlePending = false;
            if (!LegalLines::isHeadingStart(text)) {
                LegalHeading &heading = m_structure.outline.last();
                heading.title = LegalLines::plainTitle(text);
                heading.titleLine = m_line;
                return;
            }
        }
        if (LegalLines::isCapitals(text) && p.documentName.match(text).hasMatch())
            m_documentNameLine = m_line;  // "QUY ĐỊNH": numbering from 1 below it is another document's
        if (auto m = p.part.match(text); m.hasMatch() && LegalLines::isHeadingRest(m.captured(u"stop"), m.captured(u"rest")))
            return part(m);
        if (auto m = p.chapter.match(text); m.hasMatch() && LegalLines::isHeadingRest(m.captured(u"stop"), m.captured(u"rest")))
            return chapter(m);
        if (auto m = p.section.match(text); m.hasMatch() && LegalLines::isHeadingRest(m.captured(u"stop"), m.captured(u"rest")))
            return section(m);
        if (auto m = p.article.match(text); m.hasMatch() && isArticleHeading(m)) {
            // An amended Điều quoted without quotation marks is not this
            // document's; this document's next one is.
            if (m_amending && (m.captured(1).toInt() != m_lastArticle + 1 || !m.captured(2).isEmpty()))
                return content();
            m_amending = false;
            return article(m);
        }
        if (auto m = p.letterPart.match(text); m.hasMatch() && isLetterPart(m.captured(1).at(0)))
            return letterPart(m.captured(1).at(0), text.mid(m.capturedEnd()));
        if (auto m = p.romanSection.match(text); m.hasMatch())
            return romanSection(m.captured(1), text.mid(m.capturedEnd()));
        if (!inList())
            return;  // the preamble ("Căn cứ ...", "QUYẾT ĐỊNH:"), the signature
        content();
        if (m_amending && !amendingGoesOn(text))
            return;
        if (p.amends.match(text).hasMatch() && !nextLineQuoted())
            startAmending();
        if (p.subClause.match(text).hasMatch()) {
            // "1.1.", "2.3.1", "3.b.": a plan's own decimal numbering; its
            // điểm are its own.
            m_point = 0;
            m_romanPoint = 0;
            m_pointListBroken = false;
            return;
        }
        if (auto m = p.clause.match(text); m.hasMatch())
            return clause(m.captured(1).toInt(), m.captured(2));
        if (auto m = p.clauseNoStop.match(text); m.hasMatch() && m.captured(1).toInt() == m_clause + 1) {
            note(Habit::ClauseNoStop);
            return clause(m.captured(1).toInt(), QString());
        }
        if (auto m = p.clauseParenthesis.match(text); m.hasMatch()) {
            // "1)" is a khoản in older drafting; under a điểm or after a
            // khoản "1." it is a list of the paragraph's own.
            if (m_clauseStyleParenthesis || (m_clause == 0 && m_point == 0)) {
                m_clauseStyleParenthesis = true;
                note(Habit::ClauseParenthesis);
                return clause(m.captured(1).toInt(), m.captured(2));
            }
            return;
        }
        if (auto m = p.romanPoint.match(text); m.hasMatch() && (m_romanPoint > 0 || (m.captured(1) == u"i" && m_point == 0)))
            return romanPoint(m.captured(1));
        if (auto m = p.point.match(text); m.hasMatch())
            return point(m.captured(1).at(0), m.captured(2));
        if (auto m = p.pointStop.match(text); m.hasMatch()) {
            note(Habit::PointStop);
            return point(m.captured(1).at(0), QString());
        }
        m_pointListBroken = m_point > 0;  // a paragraph between lists of điểm
    }

    // Older amendments give the new text on the lines after "... như sau:"
    // without quotation marks. Its numbering is the amended document's,
    // until this document's own next khoản ("2. Sửa đổi ...", "3. Bãi bỏ
    // ...") or Điều.
    void startAmending()
    {
        m_amending = true;
        m_amendingClause = m_clause;
        m_amendingPoint = m_point;
    }

    bool amendingGoesOn(const QString &text)
    {
        const LegalLines::Patterns &p = LegalLines::patterns();
        const bool instruction = p.amendment.match(text).hasMatch();
        if (auto m = p.clause.match(text); m.hasMatch() && instruction && m.captured(1).toInt() == m_amendingClause + 1) {
            m_amending = false;
            m_clause = m_amendingClause;
            return true;
        }
        if (auto m = p.point.match(text); m.hasMatch() && instruction && m_amendingPoint > 0
            && LegalStructureParser::pointIndex(m.captured(1).at(0)) == m_amendingPoint + 1) {
            m_amending = false;
            m_clause = m_amendingClause;
            m_point = m_amendingPoint;
            return true;
        }
        return false;
    }

    bool nextLineQuoted() const
    {
        for (int n = m_line + 1; n < m_lines.size(); ++n) {
            const QString next = LegalLines::normalized(m_lines.at(n));
            if (!next.isEmpty())
                return LegalLines::Quotes().quoted(next);
        }
        return false;
    }

    void finish()
    {
        closeArticle();
        for (int habit = 0; habit < int(Habit::Count); ++habit) {
            if (m_habitCount[habit] > 0)
                m_structure.notes.append({m_habitLine[habit], habitNote(Habit(habit), m_habitCount[habit])});
        }
        std::stable_sort(m_structure.notes.begin(), m_structure.notes.end(),
                         [](const LegalProblem &a, const LegalProblem &b) { return a.line < b.line; });
    }

private:
    void problem(const QString &message, int line = -1)
    {
        m_structure.problems.append({line < 0 ? m_line : line, message});
    }

    void note(Habit habit)
    {
        if (m_habitCount[int(habit)]++ == 0)
            m_habitLine[int(habit)] = m_line;
    }

    QString habitNote(Habit habit, int count) const
    {
        switch (habit) {
        case Habit::ChapterArabic:
            return tr("Chương numbered in Arabic numerals, as older drafting did (%n time(s)); Decree 30 writes Roman numerals.", nullptr, count);
        case Habit::ArticleNoStop:
            return tr("\"Điều\" without a full stop after its number, as older drafting did (%n time(s)); Decree 30 writes \"Điều 1.\".", nullptr, count);
        case Habit::ArticleOtherStop:
            return tr("\"Điều 1:\" or \"Điều 1-\" (%n time(s)); Decree 30 writes \"Điều 1.\".", nullptr, count);
        case Habit::ClauseParenthesis:
            return tr("Khoản numbered \"1)\" (%n time(s)); Decree 30 writes \"1.\".", nullptr, count);
        case Habit::ClauseNoStop:
            return tr("Khoản without the full stop after its number (%n time(s)); Decree 30 writes \"1.\".", nullptr, count);
        case Habit::PointStop:
            return tr("Điểm written \"a.\" (%n time(s)); Decree 30 writes \"a)\".", nullptr, count);
        case Habit::Count:
            break;
        }
        return {};
    }

    void heading(LegalLevel level, const QString &label, const QString &title)
    {
        m_structure.outline.append({level, label, LegalLines::plainTitle(title), m_line});
        m_titlePending = title.trimmed().isEmpty()
            && (level == LegalLevel::Part || level == LegalLevel::Chapter || level == LegalLevel::Section);
    }

    void content()
    {
        if (m_article.isEmpty() || m_afterRecipients)
            return;
        m_articleHasContent = true;
    }

    bool inList() const { return !m_article.isEmpty() || m_romanSection > 0 || m_letterPart > 0; }

    // "Điều 5." then its title: a heading. "Điều 5" alone or before a
    // capital is one in older drafting, when it is the Điều that comes next;
    // "Điều 5 của Luật" is running text.
    bool isArticleHeading(const QRegularExpressionMatch &m) const
    {
        const QString rest = m.captured(u"rest");
        if (!m.captured(u"stop").isEmpty() || rest.isEmpty())
            return true;
        if (!rest.at(0).isUpper())
            return false;
        const int number = m.captured(1).toInt();
        return m_habitCount[int(Habit::ArticleNoStop)] > 0 || number == m_lastArticle + 1
            || (!m.captured(2).isEmpty() && number == m_lastArticle);
    }

    // "A.", "B.", "C.": the parts of a plan above its Roman sections. "C."
    // and "D." are Roman numerals too: they are parts when they follow B.
    // and C. Capital parts run A, B, C, D, Đ, E or, as many drafters write
    // them, A, B, C, D, E, G without the Đ.
    bool isLetterPart(QChar letter) const
    {
        const int index = letterPartIndex(letter);
        return letter == u'A' || index == m_letterPart + 1
            || (index == letterPartIndex(u'E') && m_letterPart == letterPartIndex(u'D'));
    }

    // A, B, C, D, Đ, E, G, H: the Vietnamese alphabet's capitals.
    static int letterPartIndex(QChar letter)
    {
        return int(QStringView(u"ABCDĐEGH").indexOf(letter)) + 1;
    }

    void closeArticle()
    {
        if (!m_article.isEmpty() && !m_articleHasContent)
            problem(tr("%1 is empty.").arg(m_article), m_articleLine);
        m_article.clear();
    }

    // What starts a document issued with the text: an appendix's name, the
    // line "(Ban hành kèm theo ...)" under the name, or numbering that
    // starts again after "Nơi nhận:".
    enum class Start { Appendix, IssuedWith, Again };

    // A document issued with the text, or an appendix: numbering starts again.
    void newDocument(Start start)
    {
        closeArticle();
        m_lastArticle = 0;
        m_chapter = 0;
        m_section = 0;
        m_romanSection = 0;
        m_letterPart = 0;
        m_clause = 0;
        m_clauseRunsOn = 0;
        m_point = 0;
        m_romanPoint = 0;
        m_afterRecipients = false;
        m_clauseStyleParenthesis = false;
        m_quotes = {};
        m_titlePending = false;
        m_amending = false;
        m_outerPoint = 0;
        // Its name is the nearest line above that names a kind of document
        // ("QUY ĐỊNH", "PHỤ LỤC II"), below the last heading.
        if (start == Start::IssuedWith && !m_structure.outline.isEmpty()
            && m_structure.outline.last().level == LegalLevel::Attachment && m_line - m_structure.outline.last().line <= 6)
            return;  // "PHỤ LỤC" then "(Kèm theo ...)": one document
        const int floor = m_structure.outline.isEmpty() ? 0 : m_structure.outline.last().line + 1;
        int first = start == Start::Appendix ? m_line : -1;
        for (int n = m_line; n >= floor && n >= m_line - 6 && first < 0; --n) {
            if (LegalLines::patterns().documentName.match(LegalLines::normalized(m_lines.at(n))).hasMatch())
                first = n;
        }
        const QString name = first < 0 ? QStringLiteral("Văn bản kèm theo") : LegalLines::normalized(m_lines.at(first));
        m_structure.outline.append({LegalLevel::Attachment, name, QString(), first < 0 ? m_line : first});
    }

    // After "Nơi nhận:" the text is done; a heading that starts again at 1
    // is a document issued with it.
    void startsAgain(int number)
    {
        const int lastHeading = m_structure.outline.isEmpty() ? -1 : m_structure.outline.last().line;
        const bool named = m_documentNameLine > lastHeading && m_line - m_documentNameLine <= 6;
        if (number == 1 && (m_afterRecipients || (named && m_lastArticle > 0)))
            newDocument(Start::Again);
    }

    void part(const QRegularExpressionMatch &m)
    {
        closeArticle();
        QString numeral = m.captured(1);
        if (numeral.contains(u' '))
            numeral = numeral.toLower();  // "THỨ NHẤT" reads "thứ nhất" in the outline
        m_romanSection = 0;
        m_letterPart = 0;
        heading(LegalLevel::Part, QStringLiteral("Phần %1").arg(numeral), m.captured(u"rest"));
    }

    void chapter(const QRegularExpressionMatch &m)
    {
        const QString numeral = m.captured(1);
        int value = LegalStructureParser::romanValue(numeral);
        if (value == 0) {
            value = numeral.toInt();
            note(Habit::ChapterArabic);
        }
        startsAgain(value);
        closeArticle();
        heading(LegalLevel::Chapter, QStringLiteral("Chương %1").arg(numeral), m.captured(u"rest"));
        m_section = 0;
        m_romanSection = 0;
        m_letterPart = 0;
        sequence(value, m_chapter, [&](int expected) {
            return m_chapter == 0 ? tr("The first Chương is Chương %1; expected Chương I.").arg(numeral)
                                  : tr("Chương %1 follows Chương %2; expected Chương %3.")
                                        .arg(numeral, LegalLines::romanNumeral(m_chapter), LegalLines::romanNumeral(expected));
        });
    }

    void section(const QRegularExpressionMatch &m)
    {
        closeArticle();
        const QString numeral = m.captured(1);
        const int number = numeral.at(0).isDigit() ? numeral.toInt() : LegalStructureParser::romanValue(numeral);
        heading(LegalLevel::Section, QStringLiteral("Mục %1").arg(numeral), m.captured(u"rest"));
        sequence(number, m_section, [&](int expected) {
            return m_section == 0 ? tr("The first Mục of this Chương is Mục %1; expected Mục 1.").arg(numeral)
                                  : tr("Mục %1 follows Mục %2 in this Chương; expected Mục %3.").arg(numeral).arg(m_section).arg(expected);
        });
    }

    void article(const QRegularExpressionMatch &m)
    {
        const int number = m.captured(1).toInt();
        const QString suffix = m.captured(2);
        startsAgain(suffix.isEmpty() ? number : 0);
        closeArticle();
        const QString label = QStringLiteral("Điều %1%2").arg(number).arg(suffix);
        const QString stop = m.captured(u"stop");
        const QString rest = m.captured(u"rest");
        heading(LegalLevel::Article, label, LegalLines::isSentence(rest) ? QString() : rest);
        if (stop.isEmpty())
            note(Habit::ArticleNoStop);
        else if (stop != u".")
            note(Habit::ArticleOtherStop);
        if (!suffix.isEmpty()) {
            // An inserted Điều follows its base: "Điều 6a" after "Điều 6".
            if (number != m_lastArticle)
                problem(tr("%1 follows Điều %2; an inserted Điều follows the Điều it is numbered after.").arg(label).arg(m_lastArticle));
        } else {
            sequence(number, m_lastArticle, [&](int expected) {
                return m_lastArticle == 0
                    ? tr("The first Điều is Điều %1; expected Điều 1.").arg(number)
                    : tr("Điều %1 follows Điều %2; expected Điều %3.").arg(number).arg(m_lastArticle).arg(expected);
            });
        }
        m_article = label;
        m_articleLine = m_line;
        // A title is not content, a sentence is; so is a repeal that names
        // what it repeals, which says all in its title: "Điều 5. Bãi bỏ
        // khoản 5 của Điều 12" (not "Bãi bỏ toàn bộ Quyết định", which
        // goes on below).
        static const QRegularExpression repeal(QStringLiteral(R"(^(?:Bãi|Hủy|Huỷ)\s+bỏ\s.*\d)"), QRegularExpression::CaseInsensitiveOption);
        m_articleHasContent = LegalLines::isSentence(rest) || repeal.match(rest).hasMatch();
        m_clause = 0;
        m_point = 0;
        m_romanPoint = 0;
        m_outerPoint = 0;
        m_pointListBroken = false;
        m_clauseStyleParenthesis = false;
        m_amending = false;
    }

    // A plan's section "I.", "II.": khoản start again at 1, or run on.
    void romanSection(const QString &numeral, const QString &title)
    {
        const int value = LegalStructureParser::romanValue(numeral);
        if (value == 0)
            return;
        startsAgain(value);
        heading(LegalLevel::PlanSection, numeral, title);
        if (m_romanSection > 0 && value != 1 && value != m_romanSection + 1) {
            problem(value == m_romanSection ? tr("Section %1 follows section %1; expected %2.").arg(numeral, LegalLines::romanNumeral(m_romanSection + 1))
                                            : tr("Section %1 follows section %2; expected %3.")
                                                  .arg(numeral, LegalLines::romanNumeral(m_romanSection), LegalLines::romanNumeral(m_romanSection + 1)));
        }
        m_romanSection = value;
        m_clauseRunsOn = m_clause;
        m_clause = 0;
        m_point = 0;
        m_romanPoint = 0;
        m_pointListBroken = false;
    }

    // A lettered part "A.", "B.": khoản start again at 1, or run on (the
    // parts of a form: "A. … 1. … 2. … B. … 3. …").
    void letterPart(QChar letter, const QString &title)
    {
        heading(LegalLevel::PlanPart, letter, title);
        m_letterPart = letterPartIndex(letter);
        m_letterPartName = letter;
        m_romanSection = 0;
        m_clauseRunsOn = m_clause;
        m_clause = 0;
        m_point = 0;
        m_romanPoint = 0;
    }

    QString where() const
    {
        if (!m_article.isEmpty())
            return m_article;
        if (m_romanSection == 0 && m_letterPart > 0)
            return tr("part %1").arg(m_letterPartName);
        return tr("section %1").arg(LegalLines::romanNumeral(m_romanSection));
    }

    void clause(int number, const QString &suffix)
    {
        if (!suffix.isEmpty()) {
            // "2a." is inserted after khoản 2.
            m_romanPoint = 0;
            if (number != m_clause)
                problem(tr("Khoản %1%2 follows khoản %3 in %4; an inserted khoản follows the khoản it is numbered after.")
                            .arg(number)
                            .arg(suffix)
                            .arg(m_clause)
                            .arg(where()));
            m_point = 0;
            m_pointListBroken = false;
            return;
        }
        if (m_clause == 0 && m_clauseRunsOn > 0 && number == m_clauseRunsOn + 1) {
            m_clause = number;  // a plan numbering khoản on through its sections
        } else {
            sequence(number, m_clause, [&](int expected) {
                return m_clause == 0 ? tr("%1 starts at khoản %2; expected khoản 1.").arg(where()).arg(number)
                                     : tr("Khoản %1 follows khoản %2 in %3; expected khoản %4.")
                                           .arg(number)
                                           .arg(m_clause)
                                           .arg(where())
                                           .arg(expected);
            });
        }
        m_clauseRunsOn = 0;
        m_point = 0;
        m_romanPoint = 0;
        m_outerPoint = 0;
        m_pointListBroken = false;
    }

    void point(QChar letter, const QString &suffix)
    {
        const int index = LegalStructureParser::pointIndex(letter);
        const QString where = m_clause > 0 ? tr("khoản %1 of %2").arg(m_clause).arg(this->where()) : this->where();
        if (index == 0) {
            problem(tr("There is no letter %1 in the Vietnamese alphabet; after %2) in %3 comes %4).")
                        .arg(letter, m_point ? QString(LegalStructureParser::pointLetter(m_point)) : tr("the start"), where,
                             QString(LegalStructureParser::pointLetter(m_point + 1))));
            return;
        }
        if (!suffix.isEmpty()) {
            // "đ1)" is inserted after điểm đ); "b1)", "b2)" may also number
            // the items of a list of their own.
            if (m_point == 0)
                m_point = index;
            if (index != m_point)
                problem(tr("Điểm %1%2) follows %3) in %4; an inserted điểm follows the điểm it is numbered after.")
                            .arg(letter)
                            .arg(suffix, QString(LegalStructureParser::pointLetter(m_point)), where));
            return;
        }
        // A second list of điểm after a paragraph of its own starts at a);
        // so does a list under a điểm that ends with a colon, until the
        // outer list goes on.
        if (index == 1 && std::exchange(m_pointListBroken, false)) {
            m_point = 0;
        } else if (index == 1 && m_point > 0 && m_pointEndsWithColon && m_outerPoint == 0) {
            m_outerPoint = m_point;
            m_point = 0;
        } else if (m_outerPoint > 0 && index != m_point + 1 && index == m_outerPoint + 1) {
            m_point = std::exchange(m_outerPoint, 0);
        }
        m_pointEndsWithColon = m_lines.at(m_line).trimmed().endsWith(u':');
        sequence(index, m_point, [&](int expected) {
            return m_point == 0
                ? tr("Điểm %1) starts %2; expected a).").arg(letter).arg(where)
                : tr("Điểm %1) follows %2) in %3; expected %4).")
                      .arg(letter, LegalStructureParser::pointLetter(m_point), where, LegalStructureParser::pointLetter(expected));
        });
    }

    // "i)", "ii)", "iii)": some drafters number điểm in lower-case Roman
    // numerals. A list that starts at "i)" is one of them (a list of letters
    // starts at a), and its "v)" and "x)" are numerals, not letters.
    void romanPoint(const QString &numeral)
    {
        const int value = LegalStructureParser::romanValue(numeral.toUpper());
        const QString where = m_clause > 0 ? tr("khoản %1 of %2").arg(m_clause).arg(this->where()) : this->where();
        sequence(value, m_romanPoint, [&](int expected) {
            return tr("Điểm %1) follows %2) in %3; expected %4).")
                .arg(numeral, LegalLines::romanNumeral(m_romanPoint).toLower(), where, LegalLines::romanNumeral(expected).toLower());
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

    void citations(const QString &raw)
    {
        if (!raw.contains(u'/'))
            return;
        auto it = LegalLines::patterns().citation.globalMatch(raw);
        while (it.hasNext()) {
            const auto m = it.next();
            m_structure.citations.append({m.captured(1), LegalLines::normalized(m.captured(2)), m_line});
        }
    }

    LegalStructure &m_structure;
    const QStringList &m_lines;
    LegalLines::Quotes m_quotes;
    int m_line = 0;
    int m_chapter = 0;
    int m_section = 0;
    int m_romanSection = 0;
    int m_letterPart = 0;
    QChar m_letterPartName;
    int m_lastArticle = 0;
    QString m_article;  // "Điều 5", "Điều 6a": the Điều being read, empty before the first
    int m_articleLine = 0;
    bool m_articleHasContent = false;
    bool m_afterRecipients = false;
    bool m_titlePending = false;
    int m_clause = 0;
    int m_clauseRunsOn = 0;  // the last khoản of the section before, for plans that number on
    bool m_clauseStyleParenthesis = false;
    int m_point = 0;
    int m_romanPoint = 0;  // the last "i)", "ii)" of a list numbered so, 0 outside one
    int m_outerPoint = 0;  // the list a nested list of điểm is under
    bool m_pointEndsWithColon = false;
    bool m_pointListBroken = false;
    int m_documentNameLine = -1;
    bool m_amending = false;  // inside an amendment's unquoted new text
    int m_amendingClause = 0;
    int m_amendingPoint = 0;
    int m_habitCount[int(Habit::Count)] = {};
    int m_habitLine[int(Habit::Count)] = {};
};

} // namespace

LegalStructure LegalStructureParser::parse(const QString &text)
{
    LegalStructure structure;
    const QStringList lines = text.split(u'\n');
    Checker checker(structure, lines);
    for (int i = 0; i < lines.size(); ++i)
        checker.line(i);
    checker.finish();
    // One problem a line: the first found is the one to fix.
    std::stable_sort(structure.problems.begin(), structure.problems.end(),
                     [](const LegalProblem &a, const LegalProblem &b) { return a.line < b.line; });
    structure.problems.erase(std::unique(structure.problems.begin(), structure.problems.end(),
                                         [](const LegalProblem &a, const LegalProblem &b) { return a.line == b.line; }),
                             structure.problems.end());
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
