// A legal text typed or imported into the gazette: its outline, citations
// and numbering problems, the heading block the import strips, and the
// symbols (số, ký hiệu) staff type.

#include "fuzzsupport.h"
#include "legaldocument.h"
#include "legalheading.h"
#include "legalstructure.h"

using namespace PortalDesk::Models;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = PortalDesk::Fuzz::text(data, size);
    const LegalStructure structure = LegalStructureParser::parse(text);
    const qsizetype lines = text.count(QChar(u'\n')) + 1;
    for (const LegalProblem &problem : structure.problems) {
        // A problem points at a line of the text the editor can scroll to.
        if (problem.line < 0 || problem.line >= lines)
            PortalDesk::Fuzz::violated("a structure problem points outside the text", QString::number(problem.line));
    }
    (void)LegalStructureParser::unknownCitations(structure, [](const QString &symbol) { return symbol.size() % 2 == 0; });
    int dropped = 0;
    const QString stripped = LegalHeadingBlock::strip(text, &dropped);
    if (dropped < 0 || stripped.size() > text.size())
        PortalDesk::Fuzz::violated("stripping the heading block grew the text");
    const QStringList textLines = text.split(QChar(u'\n'));
    for (qsizetype i = 0; i < textLines.size() && i < 16; ++i) {
        (void)LegalSymbols::parse(textLines.at(i));
        (void)LegalStructureParser::romanValue(textLines.at(i).trimmed());
    }
    return 0;
}
