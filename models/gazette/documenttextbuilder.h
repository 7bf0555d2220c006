#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace PortalDesk::Models {

// Collects the runs of an office document's paragraphs and tables and
// writes them out as the gazette's plain legal text. Shared by the .docx
// and .odt readers, which only walk their XML.
class DocumentTextBuilder final
{
public:
    void beginParagraph(const QString &prefix = {});
    void addRun(const QString &text, bool bold, bool italic);
    void endParagraph();

    // Paragraphs between these become cells; a cell's paragraphs are joined
    // by a space, as a pipe table row holds one line.
    void beginTable();
    void beginRow();
    void beginCell();
    void endCell();
    void endTable();

    QString text() const;

private:
    struct Run {
        QString text;
        bool bold = false;
        bool italic = false;
    };
    QString paragraphText() const;

    QStringList m_lines;
    QList<Run> m_runs;
    QString m_prefix;
    bool m_inParagraph = false;
    int m_tableDepth = 0;
    QList<QStringList> m_rows;
    QStringList m_cellParagraphs;
};

} // namespace PortalDesk::Models
