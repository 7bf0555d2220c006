#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>

// What a benchmark measured next to its reference, as one line that
// tests/bench/report.py reads into build/bench/report.md and its charts:
//   RESULT key portaldesk=… reference=… unit=ms better=lower goal=0.3
//          runs=5 min=… max=… | what was measured
// ratio = portaldesk / reference; for a time (better=lower) the goal is the
// largest ratio allowed, for a rate (better=higher) the smallest.
namespace PortalDesk::Bench {

struct Result {
    QString key;       // "gazette_pdf"
    QString label;     // "a 300-page Công báo to PDF, against LibreOffice converting its ODT"
    QString reference; // "LibreOffice"
    QString unit;      // "ms", "rows/s"
    bool higherIsBetter = false;
    double goal = 0;   // a ratio; 0: none
    QList<double> ours;
    QList<double> theirs;
};

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

inline void printResult(QTextStream &out, const Result &r)
{
    const auto [ourMin, ourMax] = std::minmax_element(r.ours.cbegin(), r.ours.cend());
    const auto [theirMin, theirMax] = std::minmax_element(r.theirs.cbegin(), r.theirs.cend());
    if (r.ours.isEmpty() || r.theirs.isEmpty())
        return;
    out << "RESULT " << r.key << " portaldesk=" << median(r.ours) << " reference=" << median(r.theirs) << " unit=" << r.unit
        << " better=" << (r.higherIsBetter ? "higher" : "lower") << " goal=" << r.goal << " runs=" << r.ours.size()
        << " min=" << *ourMin << " max=" << *ourMax << " refmin=" << *theirMin << " refmax=" << *theirMax << " refname="
        << QString(r.reference).replace(u' ', u'_') << " | " << r.label << Qt::endl;
}

} // namespace PortalDesk::Bench
