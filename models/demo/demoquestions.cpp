// The demo's citizens' questions: the agencies a province's portal sends
// them to, and a handful of questions at each step of their life, so that
// the desk's Questions window has something to show on a new newsroom.
#include "demodata.h"

#include "newsroom.h"
#include "questionstore.h"
#include "sqlsupport.h"
#include "user.h"
#include "userstore.h"

#include <QTimeZone>

namespace PortalDesk::Models {

namespace {

struct DemoQuestion {
    const char *title;
    const char *body;
    const char *field;
    const char *asker;
    int agency;  // index in agencies
    int steps;   // 0 received, 1 sent to the agency, 2 answered, 3 submitted, 4 approved, 5 published
    const char *answer;
};

const char *const agencies[] = {"Sở Tài nguyên và Môi trường", "Sở Nội vụ", "Sở Giáo dục và Đào tạo", "Sở Y tế",
                                "UBND huyện Gio Linh", "UBND thành phố Đông Hà"};

const DemoQuestion questions[] = {
    {"Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu",
     "Gia đình tôi sử dụng thửa đất ở ổn định từ năm 1995, không có tranh chấp. Xin hỏi hồ sơ và thời hạn cấp giấy chứng nhận?",
     "Đất đai", "Nguyễn Văn Hùng", 0, 5,
     "Căn cứ Luật Đất đai năm 2024, hồ sơ gồm đơn đăng ký và giấy tờ về quyền sử dụng đất (nếu có). Thời hạn giải quyết không quá 20 ngày làm việc."},
    {"Chế độ thai sản khi sinh con thứ ba", "Tôi là viên chức, sinh con thứ ba vào tháng 10/2026. Tôi có được hưởng chế độ thai sản không?",
     "Lao động", "Trần Thị Mai", 1, 4, "Theo Luật Bảo hiểm xã hội năm 2024, lao động nữ sinh con được hưởng chế độ thai sản không phân biệt con thứ mấy."},
    {"Miễn học phí cho học sinh vùng khó khăn", "Con tôi học lớp 10 ở xã đặc biệt khó khăn. Gia đình có được miễn học phí không?",
     "Giáo dục", "Hồ Thị Lan", 2, 3, "Học sinh có hộ khẩu thường trú tại xã đặc biệt khó khăn được miễn học phí theo Nghị định 81/2021/NĐ-CP."},
    {"Tiêm chủng mở rộng cho trẻ dưới 1 tuổi", "Lịch tiêm chủng mở rộng năm 2026 tại trạm y tế xã gồm những vắc xin nào?", "Y tế",
     "Lê Thị Hoa", 3, 2, "Trạm y tế xã tiêm miễn phí các vắc xin trong Chương trình tiêm chủng mở rộng theo lịch của Bộ Y tế."},
    {"Hỗ trợ ngư dân đóng mới tàu cá", "Xin hỏi chính sách hỗ trợ ngư dân đóng mới tàu cá vỏ thép năm 2026?", "Nông nghiệp",
     "Lê Văn Nam", 4, 1, nullptr},
    {"Cấp phép xây dựng nhà ở riêng lẻ", "Nhà tôi ở phường 1 muốn xây 3 tầng thì có phải xin giấy phép xây dựng không?", "Xây dựng",
     "Phan Văn Tài", 5, 1, nullptr},
    {"Đăng ký kinh doanh hộ cá thể", "Tôi muốn mở cửa hàng tạp hóa thì đăng ký hộ kinh doanh ở đâu, cần giấy tờ gì?", "Kinh doanh",
     "Võ Thị Thu", 5, 0, nullptr},
    {"Bồi thường khi thu hồi đất làm đường", "Đất vườn của gia đình bị thu hồi làm đường tỉnh thì được bồi thường theo giá nào?", "Đất đai",
     "Nguyễn Hữu Phước", 0, 0, nullptr},
};

} // namespace

Result<int> DemoData::addQuestions(Newsroom &newsroom)
{
    QuestionStore store(newsroom);
    UserStore users(newsroom);
    auto admin = users.find(QStringLiteral("admin"));
    auto qa = users.find(QStringLiteral("qa"));
    auto chief = users.find(QStringLiteral("chief"));
    auto existing = store.agencies();
    if (!existing)
        return existing.error();
    if (!admin || !qa || !chief || !existing->isEmpty())
        return 0;
    WriteTransaction transaction(newsroom.database());
    if (!transaction.begun())
        return transaction.error();
    QList<qint64> ids;
    for (const char *name : agencies) {
        auto agency = store.addAgency(QString::fromUtf8(name), admin.value());
        if (!agency)
            return agency.error();
        ids << agency->id;
    }
    QList<IncomingQuestion> incoming;
    int n = 0;
    for (const DemoQuestion &q : questions) {
        ++n;
        incoming.append({QStringLiteral("0d3a7c5e-2f4b-4e8a-9c1d-%1").arg(n, 12, 10, QLatin1Char('0')), QString::fromUtf8(q.title),
                         QString::fromUtf8(q.body), QString::fromUtf8(q.field), QDateTime::currentDateTimeUtc().addSecs(-3600 * (24 * 3 + n)),
                         {QString::fromUtf8(q.asker), QStringLiteral("nguoihoi%1@example.vn").arg(n), QStringLiteral("0912 000 %1").arg(n, 3, 10, QLatin1Char('0')),
                          QStringLiteral("Quảng Trị"), {}}});
    }
    if (auto received = store.receive(incoming, qa.value()); !received)
        return received.error();
    n = 0;
    for (const DemoQuestion &q : questions) {
        const QString id = incoming.at(n++).id;
        const QList<std::pair<QuestionAction, const User *>> path{{QuestionAction::Assign, &qa.value()}, {QuestionAction::Answer, &qa.value()},
                                                                   {QuestionAction::Submit, &qa.value()}, {QuestionAction::Approve, &chief.value()},
                                                                   {QuestionAction::Publish, &chief.value()}};
        for (int step = 0; step < q.steps; ++step) {
            QuestionStep details;
            details.agencyId = ids.at(q.agency);
            if (q.answer) {
                details.answer = QString::fromUtf8(q.answer);
                details.letter = QStringLiteral("Công văn số %1/UBND-VP").arg(100 + n);
                details.letterDate = QuestionStore::today();
            }
            if (auto done = store.act(id, path.at(step).first, details, *path.at(step).second); !done)
                return done.error();
        }
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return int(incoming.size());
}

} // namespace PortalDesk::Models
