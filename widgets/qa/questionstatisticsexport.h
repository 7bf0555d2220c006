#pragma once

#include "questionstore.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace PortalDesk::Widgets {

// A month's answers per agency as the files the portal's office files and
// sends up (the province's report on citizens' questions): Vietnamese
// administrative documents whatever the desk's language, so their words are
// Vietnamese, not translated. Nothing in them names an asker.
namespace QuestionStatisticsExport {

struct Report {
    QString month;   // YYYY-MM
    QString office;  // "Cổng Thông tin điện tử tỉnh …"
    QList<Models::AgencyMonth> rows;
};

// "Thống kê trả lời câu hỏi tháng 05/2026"
QString title(const QString &month);

// By the file's suffix, .ods or .pdf; written whole or not at all.
Models::Status write(const Report &report, const QString &file);

QByteArray ods(const Report &report);
QByteArray pdf(const Report &report);

} // namespace QuestionStatisticsExport
} // namespace PortalDesk::Widgets
