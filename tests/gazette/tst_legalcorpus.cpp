// The legal-text checker on real documents (tests/data/legal, sources in its
// SOURCES.md): no problem reported on what real drafters wrote, except the
// real mistakes listed in known-problems.tsv; and every mistake of a set
// planted into those same documents (an Điều skipped or repeated, two
// Chương swapped, a khoản skipped or repeated, a điểm f or out of order, an
// Điều emptied, a plan's section skipped) is caught at its line.
#include "documentimport.h"
#include "legalheading.h"
#include "legalstructure.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

const QString corpus = QStringLiteral(PORTALDESK_TEST_DATA "/legal/");

struct Document {
    QString path;  // relative to the corpus
    QString kind;  // its folder
    QString text;
};

QList<Document> documents()
{
    QList<Document> found;
    QDirIterator it(corpus, {u"*.txt"_s, u"*.docx"_s, u"*.odt"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(corpus.size());
        if (!relative.contains(u'/'))
            continue;  // SOURCES.md and the lists beside the folders
        Document document{relative, relative.section(u'/', 0, 0), {}};
        if (path.endsWith(u".txt")) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            document.text = QString::fromUtf8(file.readAll());
        } else {
            auto imported = DocumentImport::fromFile(path);
            if (!imported)
                continue;
            document.text = imported->text;
        }
        found << document;
    }
    std::sort(found.begin(), found.end(), [](const Document &a, const Document &b) { return a.path < b.path; });
    return found;
}

// "path<TAB>line<TAB>part of the message<TAB>why it is real"
QHash<QString, QString> knownProblems()
{
    QHash<QString, QString> known;  // "path:line" → message part
    QFile file(corpus + u"known-problems.tsv"_s);
    if (!file.open(QIODevice::ReadOnly))
        return known;
    const QStringList rows = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &row : rows) {
        const QStringList fields = row.split(u'\t');
        if (row.startsWith(u'#') || fields.size() < 3 || fields.at(0) == u"path")
            continue;
        known.insert(fields.at(0) + u':' + fields.at(1), fields.at(2));
    }
    return known;
}

// Text the checker counts as another document's: in quotation marks, or an
// older amendment's new text after "... như sau:" without them. No mistake
// is planted there: nothing tells a drafter's slip from the quoted text's
// own numbering.
bool hasQuotes(const QStringList &lines, int from, int to)
{
    static const QRegularExpression amends(QStringLiteral(R"(như\s+sau\s*:\s*$)"));
    for (int n = from; n < to && n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        if (line.contains(u'“') || line.contains(u'”') || line.contains(u'"') || line.contains(u'«') || amends.match(line).hasMatch())
            return true;
    }
    return false;
}

// A mistake planted into a real text, and the line that must report it.
struct Planted {
    QString kind;
    QString text;
    int line = 0;
};

const QRegularExpression articleNumber(QStringLiteral(R"(^(\W*(?:Điều|ĐIỀU|Ðiều)\s+)(\d+))"));
const QRegularExpression clauseLine(QStringLiteral(R"(^(\d+)\.\s+\S)"));
const QRegularExpression pointLine(QStringLiteral(R"(^([a-zđ])\)\s+\S)"));
const QRegularExpression romanLine(QStringLiteral(R"(^([IVX]+)\.\s+\p{Lu})"));
const QString alphabet = u"abcdđeghiklmnopqrstuvxy"_s;

QString romanOf(int value)
{
    static const QStringList numerals{u""_s,   u"I"_s,   u"II"_s,   u"III"_s, u"IV"_s, u"V"_s,   u"VI"_s,
                                      u"VII"_s, u"VIII"_s, u"IX"_s, u"X"_s,   u"XI"_s, u"XII"_s, u"XIII"_s};
    return value < numerals.size() ? numerals.at(value) : QString();
}

class Planter
{
public:
    Planter(const QString &text, const LegalStructure &structure)
        : m_lines(text.split(u'\n'))
        , m_structure(structure)
    {
    }

    QList<Planted> plant(size_t seed) const
    {
        QList<Planted> planted;
        articles(seed, planted);
        chapters(seed, planted);
        clausesAndPoints(seed, planted);
        emptyArticle(seed, planted);
        romanSections(seed, planted);
        return planted;
    }

private:
    // The outline's Điều that follow another of the same document (no
    // attachment between) numbered one less: where a skip or repeat shows.
    QList<int> followingArticles() const
    {
        QList<int> found;
        int previous = -1;
        int previousLine = 0;
        for (int i = 0; i < m_structure.outline.size(); ++i) {
            const LegalHeading &h = m_structure.outline.at(i);
            if (h.level == LegalLevel::Attachment)
                previous = -1;
            if (h.level != LegalLevel::Article || h.label.back().isLetter())
                continue;
            const int number = h.label.section(u' ', 1).toInt();
            if (previous >= 0 && number == previous + 1 && !hasQuotes(m_lines, previousLine, h.line))
                found << i;
            previous = number;
            previousLine = h.line;
        }
        return found;
    }

    QString with(int line, const QString &replacement) const
    {
        QStringList lines = m_lines;
        lines[line] = replacement;
        return lines.join(u'\n');
    }

    void articles(size_t seed, QList<Planted> &planted) const
    {
        const QList<int> candidates = followingArticles();
        if (candidates.isEmpty())
            return;
        const LegalHeading &h = m_structure.outline.at(candidates.at(seed % candidates.size()));
        const auto m = articleNumber.match(m_lines.at(h.line));
        if (!m.hasMatch())
            return;
        const int number = m.captured(2).toInt();
        const QString rest = m_lines.at(h.line).mid(m.capturedEnd(2));
        planted.append({u"Điều skipped"_s, with(h.line, m.captured(1) + QString::number(number + 1) + rest), h.line});
        planted.append({u"Điều repeated"_s, with(h.line, m.captured(1) + QString::number(number - 1) + rest), h.line});
    }

    void chapters(size_t seed, QList<Planted> &planted) const
    {
        QList<std::pair<int, int>> pairs;  // outline indexes of two chapters in a row
        int previous = -1;
        for (int i = 0; i < m_structure.outline.size(); ++i) {
            const LegalHeading &h = m_structure.outline.at(i);
            if (h.level == LegalLevel::Attachment)
                previous = -1;
            if (h.level != LegalLevel::Chapter)
                continue;
            if (previous >= 0)
                pairs.append({previous, i});
            previous = i;
        }
        if (pairs.isEmpty())
            return;
        const auto [first, second] = pairs.at(seed % pairs.size());
        const LegalHeading &a = m_structure.outline.at(first);
        const LegalHeading &b = m_structure.outline.at(second);
        const QString numeralA = a.label.section(u' ', 1);
        const QString numeralB = b.label.section(u' ', 1);
        QStringList lines = m_lines;
        const auto swapped = [](QString line, const QString &from, const QString &to) {
            const qsizetype at = line.indexOf(from, line.indexOf(u' '));
            return at < 0 ? line : line.replace(at, from.size(), to);
        };
        lines[a.line] = swapped(lines.at(a.line), numeralA, numeralB);
        lines[b.line] = swapped(lines.at(b.line), numeralB, numeralA);
        planted.append({u"Chương swapped"_s, lines.join(u'\n'), a.line});
    }

    // Where each Điều's text ends: the next heading of the outline.
    int endOf(int outlineIndex) const
    {
        return outlineIndex + 1 < m_structure.outline.size() ? m_structure.outline.at(outlineIndex + 1).line : int(m_lines.size());
    }

    void clausesAndPoints(size_t seed, QList<Planted> &planted) const
    {
        // Điều without quotation whose khoản run 1, 2, 3 (and whose điểm
        // run a, b, c within a khoản).
        QList<std::pair<int, int>> clauseSites;  // line, number
        QList<std::pair<int, int>> pointSites;   // line, index in the alphabet
        for (int i = 0; i < m_structure.outline.size(); ++i) {
            const LegalHeading &h = m_structure.outline.at(i);
            if (h.level != LegalLevel::Article || hasQuotes(m_lines, h.line, endOf(i)))
                continue;
            QList<std::pair<int, int>> clauses;
            QList<std::pair<int, int>> points;
            bool ordered = true;
            for (int n = h.line + 1; n < endOf(i); ++n) {
                const QString line = m_lines.at(n).trimmed();
                if (const auto m = clauseLine.match(line); m.hasMatch()) {
                    ordered = ordered && m.captured(1).toInt() == int(clauses.size()) + 1;
                    clauses.append({n, m.captured(1).toInt()});
                    points.clear();
                } else if (const auto p = pointLine.match(line); p.hasMatch()) {
                    const int index = int(alphabet.indexOf(p.captured(1))) + 1;
                    if (index == int(points.size()) + 1) {
                        points.append({n, index});
                        if (index >= 2)
                            pointSites.append({n, index});
                    }
                }
            }
            if (!ordered)
                continue;
            for (const auto &clause : std::as_const(clauses)) {
                if (clause.second >= 2)
                    clauseSites.append(clause);
            }
        }
        if (!clauseSites.isEmpty()) {
            const auto [line, number] = clauseSites.at(seed % clauseSites.size());
            const QString rest = m_lines.at(line).trimmed().mid(QString::number(number).size());
            planted.append({u"khoản skipped"_s, with(line, QString::number(number + 1) + rest), line});
            planted.append({u"khoản repeated"_s, with(line, QString::number(number - 1) + rest), line});
        }
        if (!pointSites.isEmpty()) {
            const auto [line, index] = pointSites.at((seed / 7) % pointSites.size());
            const QString rest = m_lines.at(line).trimmed().mid(1);
            planted.append({u"điểm f"_s, with(line, u"f"_s + rest), line});
            if (index + 1 <= alphabet.size())
                planted.append({u"điểm out of order"_s, with(line, alphabet.at(index) + rest), line});
        }
    }

    void emptyArticle(size_t seed, QList<Planted> &planted) const
    {
        // A Điều with a title and a text of its own, followed by another Điều.
        QList<int> candidates;
        for (int i = 0; i + 1 < m_structure.outline.size(); ++i) {
            const LegalHeading &h = m_structure.outline.at(i);
            const LegalHeading &next = m_structure.outline.at(i + 1);
            if (h.level == LegalLevel::Article && next.level == LegalLevel::Article && !h.title.isEmpty() && next.line > h.line + 1
                && !hasQuotes(m_lines, h.line, next.line))
                candidates << i;
        }
        if (candidates.isEmpty())
            return;
        const int i = candidates.at((seed / 3) % candidates.size());
        const LegalHeading &h = m_structure.outline.at(i);
        QStringList lines = m_lines;
        lines.remove(h.line + 1, m_structure.outline.at(i + 1).line - h.line - 1);
        planted.append({u"Điều emptied"_s, lines.join(u'\n'), h.line});
    }

    void romanSections(size_t seed, QList<Planted> &planted) const
    {
        // A plan's sections I., II., III. in a row, outside any Điều.
        if (std::any_of(m_structure.outline.cbegin(), m_structure.outline.cend(),
                        [](const LegalHeading &h) { return h.level == LegalLevel::Article; }))
            return;
        QList<std::pair<int, int>> sites;
        int expected = 1;
        for (int n = 0; n < m_lines.size(); ++n) {
            const auto m = romanLine.match(m_lines.at(n).trimmed());
            if (!m.hasMatch())
                continue;
            const int value = LegalStructureParser::romanValue(m.captured(1));
            if (value == expected && value >= 2 && !romanOf(value + 1).isEmpty())
                sites.append({n, value});
            expected = value + 1;
        }
        if (sites.isEmpty())
            return;
        const auto [line, value] = sites.at(seed % sites.size());
        const QString rest = m_lines.at(line).trimmed().mid(romanOf(value).size());
        planted.append({u"section skipped"_s, with(line, romanOf(value + 1) + rest), line});
    }

    QStringList m_lines;
    const LegalStructure &m_structure;
};

} // namespace

class TestLegalCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noFalseAlarms();
    void plantedMistakesCaught();
    void headingBlockStripsOnlyTheHeading();

private:
    QList<Document> m_documents;
};

void TestLegalCorpus::initTestCase()
{
    m_documents = documents();
    QHash<QString, int> perKind;
    for (const Document &d : std::as_const(m_documents))
        ++perKind[d.kind];
    QStringList counts;
    for (auto it = perKind.cbegin(); it != perKind.cend(); ++it)
        counts << u"%1: %2"_s.arg(it.key()).arg(it.value());
    counts.sort();
    qInfo("%s", qPrintable(u"corpus: %1 documents (%2)"_s.arg(m_documents.size()).arg(counts.join(u", "))));
    QVERIFY2(m_documents.size() >= 100, "the real-document corpus is missing from tests/data/legal");
}

void TestLegalCorpus::noFalseAlarms()
{
    const QHash<QString, QString> known = knownProblems();
    QSet<QString> reported;
    QStringList unexpected;
    for (const Document &d : std::as_const(m_documents)) {
        const LegalStructure structure = LegalStructureParser::parse(d.text);
        for (const LegalProblem &problem : structure.problems) {
            const QString where = d.path + u':' + QString::number(problem.line + 1);
            const auto expected = known.constFind(where);
            if (expected != known.constEnd() && problem.message.contains(*expected))
                reported.insert(where);
            else
                unexpected << where + u": "_s + problem.message + u"  | "_s + d.text.section(u'\n', problem.line, problem.line).left(80);
        }
    }
    QStringList missed;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!reported.contains(it.key()))
            missed << it.key() + u": "_s + it.value();
    }
    for (const QString &alarm : std::as_const(unexpected))
        qWarning("false alarm: %s", qPrintable(alarm));
    QVERIFY2(unexpected.isEmpty(), qPrintable(u"%1 false alarm(s), listed above"_s.arg(unexpected.size())));
    QVERIFY2(missed.isEmpty(), qPrintable(u"real mistakes no longer reported:\n"_s + missed.join(u'\n')));
}

void TestLegalCorpus::plantedMistakesCaught()
{
    const QHash<QString, QString> known = knownProblems();
    QHash<QString, int> plantedPerKind;
    QStringList missed;
    int total = 0;
    for (const Document &d : std::as_const(m_documents)) {
        const LegalStructure structure = LegalStructureParser::parse(d.text);
        if (!structure.problems.isEmpty())
            continue;  // the real mistakes of noFalseAlarms(): planting beside them proves less
        const Planter planter(d.text, structure);
        for (const Planted &planted : planter.plant(qHash(d.path))) {
            ++total;
            ++plantedPerKind[planted.kind];
            const LegalStructure mutated = LegalStructureParser::parse(planted.text);
            const bool caught = std::any_of(mutated.problems.cbegin(), mutated.problems.cend(),
                                            [&](const LegalProblem &p) { return p.line == planted.line; });
            if (!caught)
                missed << u"%1:%2: %3 not caught (%4)"_s.arg(d.path)
                              .arg(planted.line + 1)
                              .arg(planted.kind, planted.text.section(u'\n', planted.line, planted.line).left(80));
        }
    }
    QStringList counts;
    for (auto it = plantedPerKind.cbegin(); it != plantedPerKind.cend(); ++it)
        counts << u"%1: %2"_s.arg(it.key()).arg(it.value());
    counts.sort();
    qInfo("%s", qPrintable(u"planted: %1 mistakes (%2)"_s.arg(total).arg(counts.join(u", "))));
    for (const QString &miss : std::as_const(missed))
        qWarning("missed: %s", qPrintable(miss));
    QVERIFY2(missed.isEmpty(), qPrintable(u"%1 of %2 planted mistakes missed, listed above"_s.arg(missed.size()).arg(total)));
    // Every kind of mistake was planted somewhere, and many times.
    for (const char *kind : {"Điều skipped", "Điều repeated", "Chương swapped", "khoản skipped", "khoản repeated", "điểm f",
                             "điểm out of order", "Điều emptied"})
        QVERIFY2(plantedPerKind.value(QString::fromUtf8(kind)) >= 50, kind);
    Q_UNUSED(known);
}

void TestLegalCorpus::headingBlockStripsOnlyTheHeading()
{
    // The heading a document's own file starts with goes; its articles stay.
    int withHeading = 0;
    int stripped = 0;
    QStringList wrong;
    QStringList left;  // the motto still on top: layouts the strip does not know yet
    for (const Document &d : std::as_const(m_documents)) {
        int dropped = 0;
        const QString kept = LegalHeadingBlock::strip(d.text, &dropped);
        const auto articles = [](const QString &text) {
            const LegalStructure s = LegalStructureParser::parse(text);
            return std::count_if(s.outline.cbegin(), s.outline.cend(), [](const LegalHeading &h) { return h.level == LegalLevel::Article; });
        };
        if (articles(kept) != articles(d.text))
            wrong << d.path + u": articles lost"_s;
        const QString head = d.text.section(u'\n', 0, 11).toUpper();
        if (head.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA") || head.contains(u"CỘNG HOÀ XÃ HỘI CHỦ NGHĨA")) {
            ++withHeading;
            stripped += dropped > 0;
            // The motto as a heading line, not "nước Cộng hòa xã hội chủ nghĩa" in a "Căn cứ" line.
            for (const QString &line : kept.section(u'\n', 0, 5).split(u'\n')) {
                const QString plain = line.trimmed().remove(u'*').remove(u'|').trimmed();
                if (plain.startsWith(u"CỘNG HÒA XÃ HỘI") || plain.startsWith(u"CỘNG HOÀ XÃ HỘI") || plain.contains(u"Độc lập - Tự do"))
                    left << d.path;
            }
        }
    }
    qInfo("%s", qPrintable(u"heading: %1 of %2 documents with the motto on top had it dropped"_s.arg(stripped).arg(withHeading)));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 40).join(u'\n')));
    left.removeDuplicates();
    qInfo("%s", qPrintable(u"heading: the motto left on top in %1 document(s): %2"_s.arg(left.size()).arg(left.join(u", "))));
    QVERIFY(withHeading >= 50);
    // Most layouts are known; the rest are listed above for the next round.
    QVERIFY2(stripped - left.size() >= withHeading * 9 / 10, qPrintable(u"%1 of %2"_s.arg(stripped - left.size()).arg(withHeading)));
}

QTEST_GUILESS_MAIN(TestLegalCorpus)
#include "tst_legalcorpus.moc"
