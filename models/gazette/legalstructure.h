#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace PortalDesk::Models {

// The parts of a Vietnamese legal text, outermost first: a document issued
// with the text (the Quy định a Quyết định issues, an appendix: its numbering
// starts again), Phần, Chương, Mục, Điều, then khoản "1." and điểm "a)"
// inside an Điều.
// PlanPart and PlanSection: a plan's (Kế hoạch, Chương trình) lettered parts
// "A.", "B." and Roman sections "I.", "II.", where a legal text has Chương
// and Điều.
enum class LegalLevel { Attachment, Part, Chapter, Section, Article, Clause, Point, PlanPart, PlanSection };

// A heading of the outline (a document issued with the text, Phần, Chương,
// Mục, Điều).
struct LegalHeading {
    LegalLevel level = LegalLevel::Article;
    QString label;       // "Chương II", "Điều 5", "Điều 6a", "QUY ĐỊNH"
    QString title;       // the words after the label, or on the next line for a Chương
    int line = 0;        // 0-based line of the text
    int titleLine = -1;  // the line of a title written below its label
};

// A document cited in the text: "Nghị định số 34/2016/NĐ-CP".
struct LegalCitation {
    QString kind;    // "Nghị định"
    QString symbol;  // "34/2016/NĐ-CP"
    int line = 0;
};

struct LegalProblem {
    int line = 0;  // 0-based
    QString message;
};

// A legal text taken apart line by line. Cheap enough to run on every
// keystroke of a long decree.
struct LegalStructure {
    QList<LegalHeading> outline;
    QList<LegalCitation> citations;
    QList<LegalProblem> problems;  // numbering mistakes, at most one a line, sorted by line
    // Drafting habits that older law allowed and Decree 30 no longer writes
    // ("Chương 1", "Điều 1" without its full stop, "1)" for a khoản): one
    // note a habit, at its first line, never an error.
    QList<LegalProblem> notes;
};

class LegalStructureParser final
{
    Q_DECLARE_TR_FUNCTIONS(LegalStructureParser)

public:
    // The outline, the citations and every structure problem: Điều numbers
    // not continuous through the document, khoản not 1, 2, 3 within an Điều
    // (or a plan's Roman-numbered section), điểm out of the Vietnamese
    // alphabet (a, b, c, d, đ, e, g, ...: no f, j, w, z) within a khoản,
    // Chương out of order, Mục out of order within a Chương, a plan's
    // sections I, II, III out of order, an Điều without content.
    // As drafters write them: text in quotation marks belongs to the quoted
    // document and is not counted; inserted units ("Điều 6a", "khoản 2a",
    // "điểm đ1") follow their base; a document issued with the text (after
    // "Nơi nhận:", or under "(Ban hành kèm theo ...)") numbers from 1 again;
    // the look-alike "Ð" of legacy fonts reads "Đ"; footnote marks of
    // consolidated texts ("Điều 2a[3].") are ignored.
    static LegalStructure parse(const QString &text);

    // The citations whose symbol `isKnown` does not recognise, as problems
    // of their own ("not in the store"): listed, never blocking.
    static QList<LegalProblem> unknownCitations(const LegalStructure &structure,
                                                const std::function<bool(const QString &symbol)> &isKnown);

    // 1..3999 from "I".."MMMCMXCIX"; 0 when the text is not a Roman numeral.
    static int romanValue(const QString &roman);
    // Position of a điểm letter in the Vietnamese alphabet ("a" 1, "đ" 5,
    // "e" 6, "g" 7); 0 for letters the alphabet lacks (f, j, w, z).
    static int pointIndex(QChar letter);
    static QChar pointLetter(int index);
};

} // namespace PortalDesk::Models
