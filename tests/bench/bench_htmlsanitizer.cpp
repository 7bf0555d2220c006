// The HTML sanitiser's benchmark (issue 20), run by hand, reported in
// README:
//
//   bench_htmlsanitizer [BODIES]
// sanitizedHtml() runs on every article body of a sync; this times it on
// two bodies of about 5 KB, BODIES times each (default 20,000): one as
// markdownToHtml() writes it (paragraphs, links, a figure, a list, a table),
// one as a CMS writes it (wrappers, classes, styles, a script, an iframe,
// relative addresses resolved against a base). Prints the median of five
// rounds per body in microseconds, and the throughput.
#include "htmlsanitizer.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace PortalDesk::Models;
using namespace Qt::StringLiterals;

namespace {

QString ownBody()
{
    QString html;
    for (int i = 1; html.toUtf8().size() < 5000; ++i) {
        html += u"<p>Sáng %1/11, <strong>UBND tỉnh Quảng Trị</strong> tổ chức hội nghị triển khai kế hoạch phát triển "
                "kinh tế – xã hội; theo <a href=\"https://quangtri.gov.vn/tin-tuc/bai-%1.html\" title=\"Cổng\">Cổng "
                "thông tin</a>, tổng vốn đầu tư đạt <em>8.000 tỷ đồng</em> &amp; tăng 12%.</p>\n"_s.arg(i);
        if (i % 3 == 0)
            html += u"<figure><img src=\"/media/%1-web.jpg\" srcset=\"/media/%1-thumb.jpg 320w, /media/%1-web.jpg 1600w\" "
                    "sizes=\"(max-width: 1600px) 100vw, 1600px\" width=\"1600\" height=\"1067\" alt=\"Hội nghị\">"
                    "<figcaption>Quang cảnh hội nghị <span class=\"credit\">Ảnh: Tiến Nhất</span></figcaption></figure>\n"_s.arg(i);
        if (i % 4 == 0)
            html += u"<ul>\n<li>Gio Linh</li>\n<li>Vĩnh Linh</li>\n</ul>\n<table>\n<thead>\n<tr>\n<th align=\"left\">Xã</th>\n"
                    "<th align=\"right\">Số hộ</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align=\"left\">Tân Phước</td>\n"
                    "<td align=\"right\">120</td>\n</tr>\n</tbody>\n</table>\n"_s;
    }
    return html;
}

QString cmsBody()
{
    QString html = u"<div class=\"entry-content\" style=\"margin:0\"><script>window.dataLayer = [];</script>"_s;
    for (int i = 1; html.toUtf8().size() < 5000; ++i) {
        html += u"<section class=\"block\"><p class=\"lead\" data-id=\"%1\" style=\"text-align:justify\">Chiều %1/11, "
                "<span style=\"font-weight:bold\">Sở Y tế</span> cho biết <a href=\"/suc-khoe/tin-%1.html\" "
                "onclick=\"track(%1)\" target=\"_blank\">đợt tiêm chủng</a> đã hoàn thành<br/>tại 141 xã.</p>"
                "<img src=\"../uploads/anh-%1.jpg\" loading=\"lazy\" alt=\"Tiêm chủng\" onerror=\"this.remove()\">"
                "</section>"_s.arg(i);
        if (i % 4 == 0)
            html += u"<iframe src=\"https://video.example/embed/1\" width=\"560\"></iframe><!-- quảng cáo -->"_s;
    }
    return html + u"</div>"_s;
}

// Microseconds per body: the median of five rounds of `bodies` each.
double timed(const QString &html, const QUrl &base, int bodies)
{
    QList<double> rounds;
    qsizetype sink = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < bodies; ++i)
            sink += sanitizedHtml(html, base).size();
        rounds << double(timer.nsecsElapsed()) / 1000.0 / bodies;
    }
    std::sort(rounds.begin(), rounds.end());
    return sink > 0 ? rounds.at(2) : 0.0;
}

} // namespace

int main(int argc, char *argv[])
{
    const int bodies = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 20000;
    QTextStream out(stdout);
    const QList<std::tuple<const char *, QString, QUrl>> cases{
        {"markdownToHtml body", ownBody(), QUrl()},
        {"CMS body, with base", cmsBody(), QUrl(u"https://soyte.quangtri.gov.vn/tin-tuc/"_s)},
    };
    for (const auto &[name, html, base] : cases) {
        const double micros = timed(html, base, bodies);
        const double bytes = double(html.toUtf8().size());
        out << name << ": " << int(bytes) << " bytes, " << QString::number(micros, 'f', 1) << " µs per body, "
            << QString::number(bytes / micros, 'f', 1) << " MB/s; " << bodies << " bodies a round, median of 5\n";
    }
    return 0;
}
