#include "documenttextbuilder.h"

namespace PortalDesk::Models {

namespace {

// Marks go inside the spaces: "**Điều 1.** Phạm vi", never "**Điều 1. **".
QString emphasised(const QString &text, const QString &mark)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return text;
    const qsizetype lead = text.indexOf(trimmed.at(0));
    const QString before = text.left(lead);
    const QString after = text.mid(lead + trimmed.size());
    return before + mark + trimmed + mark + after;
}

} // namespace

void DocumentTextBuilder::beginParagraph(const QString &prefix)
{
    if (m_inParagraph)
        endParagraph();
    m_inParagraph = true;
    m_prefix = prefix;
    m_runs.clear();
}

void DocumentTextBuilder::addRun(const QString &text, bool bold, bool italic)
{
    if (text.isEmpty())
        return;
    if (!m_runs.isEmpty() && m_runs.last().bold == bold && m_runs.last().italic == italic)
        m_runs.last().text += text;
    else
        m_runs.append({text, bold, italic});
}

QString DocumentTextBuilder::paragraphText() const
{
    QString line = m_prefix;
    for (const Run &run : m_runs) {
        QString text = run.text;
        if (run.italic)
            text = emphasised(text, QStringLiteral("*"));
        if (run.bold)
            text = emphasised(text, QStringLiteral("**"));
        line += text;
    }
    return line.trimmed();
}

void DocumentTextBuilder::endParagraph()
{
    if (!m_inParagraph)
        return;
    m_inParagraph = false;
    const QString line = paragraphText();
    if (m_tableDepth > 0) {
        if (!line.isEmpty())
            m_cellParagraphs << line;
        return;
    }
    m_lines << line;
}

void DocumentTextBuilder::beginTable()
{
    endParagraph();
    // A table inside a cell is flattened into that cell.
    if (m_tableDepth++ == 0)
        m_rows.clear();
}

void DocumentTextBuilder::beginRow()
{
    if (m_tableDepth == 1)
        m_rows.append(QStringList());
}

void DocumentTextBuilder::beginCell()
{
    if (m_tableDepth == 1)
        m_cellParagraphs.clear();
}

void DocumentTextBuilder::endCell()
{
    endParagraph();
    if (m_tableDepth != 1 || m_rows.isEmpty())
        return;
    QString cell = m_cellParagraphs.join(u' ');
    cell.replace(u'|', QStringLiteral("\\|"));
    m_rows.last() << cell;
}

void DocumentTextBuilder::endTable()
{
    endParagraph();
    if (--m_tableDepth > 0)
        return;
    qsizetype columns = 0;
    for (const QStringList &row : std::as_const(m_rows))
        columns = qMax(columns, row.size());
    if (columns == 0)
        return;
    if (!m_lines.isEmpty() && !m_lines.last().isEmpty())
        m_lines << QString();
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        QStringList cells = m_rows.at(r);
        while (cells.size() < columns)
            cells << QString();
        m_lines << QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
        if (r == 0) {
            QStringList rule(columns, QStringLiteral("---"));
            m_lines << QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |");
        }
    }
    m_lines << QString();
    m_rows.clear();
}

QString DocumentTextBuilder::text() const
{
    // No runs of blank lines, none at either end.
    QStringList lines;
    for (const QString &line : m_lines) {
        if (line.isEmpty() && (lines.isEmpty() || lines.last().isEmpty()))
            continue;
        lines << line;
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

} // namespace PortalDesk::Models
