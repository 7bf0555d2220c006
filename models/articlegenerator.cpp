#include "articlegenerator.h"

#include <QDate>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <bit>
#include <string_view>
#include <utility>
#include <vector>

namespace PortalDesk::Models {

namespace {

// ---- the phrase grammar ----
// "name = alternative | alternative"; a line starting with "|" adds
// alternatives to the rule above. In an alternative, {name} expands a rule
// (the topic's own, else the common one), {*name} the same, in bold three
// times in ten, {#lo-hi} a number ("/step" rounds it, "5.0-9.9" gives one
// decimal), and {place}, {placeName}, {otherPlace}, {otherPlaceName},
// {hamlet}, {date}, {month}, {nextMonth}, {year}, {nextYear}, {lastYear},
// {quarter} come from the article: its main xã/phường and its date;
// {Place} is {place} starting a sentence. A rule named "$name" is expanded
// once an article ("{$work}" says the same thing wherever it appears).
// A title or sapo may start with "[story]": the sapo then follows its title.
// The engine asks each topic for: title, sapo, sapoTail, lead, heading,
// sentence, quote, listIntro, item, tag, source. All text is NFC.

constexpr std::u16string_view sectionNames[] = {u"Thời sự", u"Kinh tế", u"Văn hoá – Xã hội", u"Chỉ đạo – Điều hành",
                                                u"Quốc phòng – An ninh", u"Giáo dục", u"Y tế", u"Nông nghiệp"};

// Three reporters to a desk, in section order.
constexpr std::u16string_view authorList = uR"(Nguyễn Thị Hồng Nhung | Trần Minh Khôi | Đỗ Quang Vinh |
Phạm Quốc Bảo | Võ Thị Kim Ngân | Huỳnh Tấn Lộc | Lê Phương Thảo | Đặng Thu Hà | Bùi Ngọc Anh |
Hoàng Văn Thành | Ngô Thị Thanh Tâm | Trương Đình Nguyên | Phan Thanh Sơn | Vũ Đức Trung | Lâm Quốc Hưng |
Dương Thị Mỹ Linh | Hồ Minh Triết | Tạ Thu Trang | Đinh Thị Thu Hương | Lương Văn Khải | Mai Phương Anh |
Cao Văn Tư | Lý Thị Bích Ngọc | Hà Xuân Trường)";

// The province's invented wards and communes (no districts: abolished in 2025).
// The first ones are in the news most.
constexpr std::u16string_view placeList = uR"(phường Bình Giang | phường Thanh Hà | xã Tân Phước | phường Ngọc Châu |
xã An Thạnh Đông | xã Mây Ngàn | phường Phú Lâm | xã Mỹ Giang | phường An Hội | xã Phước Hoà | xã Tân Lập |
phường Hưng Long | xã Hoà Bình | xã Long Điền | xã Vĩnh Thạnh | phường Thạnh Mỹ | xã Phú Mỹ | xã Xuân Sơn |
xã Đức Hưng | phường Đông Thành | xã Thuận An | xã Hải Ninh | xã Sơn Thuỷ | xã Trung Lương | phường Hoà Khánh |
xã Đông Hải | xã Hưng Thịnh | xã Thạnh Phú | xã An Lạc | xã Bình Minh | phường Nam Sơn | xã Tân Hưng |
xã Phước Sơn | xã Hoà Phong | xã Long Hưng | xã Vĩnh An | phường Vĩnh Phú | xã Phú Hưng | xã Xuân Lộc |
xã Đức Thạnh | xã Thuận Hoà | xã Hải Thượng | xã Sơn Lâm | phường Trường Xuân | xã Trung Sơn | xã Đông Phú |
xã Hưng Phú | xã Thạnh Lợi | xã An Phước | xã Bình Thuận | xã Tân Thành | phường Quảng Phú | xã Phước Hưng |
xã Hoà Thắng | xã Long Phú | xã Vĩnh Hoà | xã Phú Lộc | xã Xuân Hoà | xã Đức Lập | xã Thuận Lợi | xã Sơn Hà |
phường Minh Khai | xã Trung Phước | xã Đông Sơn | xã Hưng Lộc | xã Thạnh Hoà | xã An Nghĩa | xã Bình Phú |
xã Tân Hoà | xã Phước Lộc | xã Hoà Tiến | phường Kim Long | xã Long Sơn | xã Vĩnh Lợi | xã Phú Thạnh |
xã Xuân Phước | xã Đức Phú | xã Thuận Thành | xã Hải An | xã Sơn Thành | xã Trung Hoà | phường Cẩm Lệ |
xã Đông Xuân | xã Cát Tiên | xã Ngọc Lâm | xã Đắk Rêu | xã Ia Khươl | xã Tà Lung | xã Pa Cheo |
xã Mường Lò | xã Hướng Sơn | xã Quế Trung | xã Lộc Ninh | xã Kỳ Sơn | xã Ba Tầng | xã Hồng Thuỷ)";

constexpr std::u16string_view commonRules = uR"(
surname = Nguyễn | Nguyễn | Nguyễn | Trần | Trần | Lê | Lê | Phạm | Hoàng | Huỳnh | Phan | Vũ | Võ | Đặng | Bùi | Đỗ
| Hồ | Ngô | Dương | Lý | Trương | Đinh | Lâm | Hà | Mai | Lương | Cao
maleMiddle = Văn | Văn | Văn | Hữu | Đức | Minh | Quốc | Thanh | Công | Xuân | Ngọc | Đình | Trọng | Quang | Tấn
maleName = Tám | Hùng | Dũng | Sơn | Tuấn | Hải | Long | Phúc | Thắng | Bình | Cường | Lợi | Nam | Quang | Tài | Thành
| Trung | Vinh | Hoà | Khánh | Lộc | Tùng | Đạt | Hiếu | Nghĩa | Toàn | Phong | Tâm | Thịnh | Hưng | Kiên | Sáu
femaleMiddle = Thị | Thị | Thị | Ngọc | Thu | Thanh | Kim | Bích | Mỹ | Hồng | Minh | Phương
femaleName = Mai | Lan | Hoa | Hương | Hạnh | Liên | Nga | Thuỷ | Yến | Hằng | Nhung | Trang | Phương | Oanh | Dung
| Thảo | Vân | Loan | Ánh | Hiền | Huyền | Ly | Tuyết | Xuân | Bảy
Person = Ông {surname} {maleMiddle} {maleName} | Bà {surname} {femaleMiddle} {femaleName}
person = ông {surname} {maleMiddle} {maleName} | bà {surname} {femaleMiddle} {femaleName}
hamletCommune = thôn {hamletName} | thôn {hamletName} | thôn {#1-14} | bản {villageName}
hamletWard = khu phố {#1-9} | tổ dân phố {#1-32}
hamletName = Bình Lộc | Phú An | Đồng Me | Gò Sỏi | Cây Da | Bàu Sen | Trung Hoà | Tân Hiệp | Xuân Luỹ | Đông Yên
| Thượng Đông | An Phú | Mỹ Lợi | Bến Đình | Phước Lâm | Cửa Khe | Vạn Ninh | Hà Thanh | Lương Điền
villageName = Nà Khoang | Khe Mơ | Pa Ngoài | Tà Lang | Cò Lượt | Nà Lầu | Kon Brai | Ka Lô
leader = Chủ tịch UBND tỉnh | Phó Chủ tịch UBND tỉnh | Phó Chủ tịch UBND tỉnh | Phó Chủ tịch Thường trực UBND tỉnh
| Bí thư Tỉnh uỷ | Phó Bí thư Thường trực Tỉnh uỷ | Chủ tịch HĐND tỉnh
bigCity = Hà Nội | Hà Nội | Hà Nội | Hà Nội | Thành phố Hồ Chí Minh | Thành phố Hồ Chí Minh | Thành phố Hồ Chí Minh
| Thành phố Hồ Chí Minh | Hải Phòng | Hải Phòng | Cần Thơ | Cần Thơ | Huế | Huế | Đà Nẵng
season = Đông Xuân | Hè Thu | Thu Đông
When = Sáng {date} | Sáng {date} | Chiều {date} | Chiều {date} | Ngày {date} | Tối {date}
when = sáng {date} | chiều {date} | ngày {date} | ngày {date}
expressway = tuyến cao tốc Bắc – Nam | tuyến cao tốc Bắc – Nam | tuyến cao tốc Bắc – Nam | tuyến cao tốc Bắc – Nam
| cảng biển và sân bay của tỉnh | ga đường sắt và cảng cạn | tuyến đường ven biển | tuyến cao tốc đi Đà Nẵng
travelHubs = Hà Nội và Thành phố Hồ Chí Minh | Hà Nội và Thành phố Hồ Chí Minh | Hà Nội và Thành phố Hồ Chí Minh
| Huế và Hải Phòng | Cần Thơ và Thành phố Hồ Chí Minh | Hà Nội và Hải Phòng | Huế và Cần Thơ | Đà Nẵng và Huế
say = cho biết | cho biết | thông tin | khẳng định | nhấn mạnh
agency = Văn phòng UBND tỉnh
difficulty = nguồn lực đầu tư còn hạn chế | nhân lực chuyên môn ở cơ sở còn thiếu | thời tiết diễn biến phức tạp
| hạ tầng số ở một số xã vùng sâu, vùng xa chưa đồng bộ | ý thức chấp hành của một bộ phận người dân chưa cao
| giá vật liệu, nhân công tăng cao | sự phối hợp giữa một số đơn vị có lúc chưa chặt chẽ
lead = {sentence} {sentence}
sapoTail = , góp phần nâng cao chất lượng cuộc sống của người dân | , tạo chuyển biến rõ nét ngay trong năm {year}
| , bảo đảm hoàn thành các mục tiêu, chỉ tiêu đã đề ra | , phục vụ ngày càng tốt hơn người dân và doanh nghiệp
listIntro = {agency} đề ra một số giải pháp trọng tâm: | Cụ thể, {agency} yêu cầu các đơn vị tập trung:
| Kế hoạch tập trung vào các nhiệm vụ sau: | Theo đó, các nội dung chính gồm:
quote = {Person}, {hamlet}, {place}, chia sẻ: “{voice}” | {Person}, người dân {hamlet}, {place}, cho biết: “{voice}”
| Phát biểu tại buổi làm việc, {leader} nhấn mạnh: “{leaderVoice}” | Kết luận buổi làm việc, {leader} yêu cầu: “{leaderVoice}”
voice = Chúng tôi rất phấn khởi, mong chính quyền tiếp tục quan tâm để bà con yên tâm làm ăn.
| Bây giờ mọi việc nhanh gọn hơn trước nhiều, cán bộ hướng dẫn tận tình, bà con ai cũng mừng.
leaderVoice = Từng sở, ngành, địa phương phải xác định rõ người, rõ việc, rõ thời hạn và rõ trách nhiệm; việc gì đã cam kết thì phải làm đến nơi đến chốn.
| Không được chủ quan, lơ là; phải đặt lợi ích của người dân lên trên hết, trước hết.
| Việc gì có lợi cho dân thì phải làm ngay, làm bằng được; tuyệt đối không để người dân phải chờ đợi, đi lại nhiều lần.
| Thời gian còn lại không nhiều, các đơn vị phải tập trung cao độ, chỉ tiêu nào có nguy cơ không đạt thì phải có giải pháp cụ thể.
common = Trong thời gian tới, {agency} sẽ tiếp tục phối hợp chặt chẽ với các sở, ngành và UBND các xã, phường để kịp thời tháo gỡ khó khăn, vướng mắc.
| Theo đánh giá của {agency}, kết quả trên có được là nhờ sự vào cuộc đồng bộ của cả hệ thống chính trị và sự đồng thuận của người dân.
| Tuy vậy, quá trình triển khai vẫn còn một số khó khăn như {difficulty}, {difficulty}.
| Các xã, phường được yêu cầu báo cáo kết quả thực hiện về {agency} trước ngày {#1-28}/{nextMonth} để tổng hợp, báo cáo UBND tỉnh.
| Đến nay, đã có {#12-96} xã, phường triển khai thực hiện, đạt {#60.0-99.9}% kế hoạch đề ra.
| Lãnh đạo {agency} cho biết sẽ tăng cường kiểm tra, giám sát, kịp thời chấn chỉnh những tồn tại, hạn chế.
| Các cơ quan báo chí và hệ thống thông tin cơ sở được đề nghị đẩy mạnh tuyên truyền để người dân nắm bắt, đồng tình và cùng tham gia.
| Người đứng đầu các cơ quan, đơn vị, địa phương chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện.
| UBND {place} đã thành lập tổ công tác, phân công cán bộ phụ trách từng thôn, khu phố, bảo đảm rõ người, rõ việc, rõ thời hạn.
| Thông tin chi tiết được đăng tải trên Cổng Thông tin điện tử tỉnh và trang thông tin điện tử của {agency}.
| Người dân cần hỗ trợ có thể liên hệ đường dây nóng của {agency} hoặc bộ phận một cửa của UBND xã, phường nơi cư trú.
| Việc vận hành chính quyền địa phương hai cấp giúp nhiều công việc ở cơ sở được giải quyết nhanh hơn, gần dân hơn.
| Năm {lastYear}, kết quả này chỉ đạt khoảng {#40.0-80.0}%, cho thấy sự chuyển biến rõ nét trong công tác chỉ đạo, điều hành.
| Kinh phí thực hiện được bố trí từ ngân sách tỉnh, ngân sách xã và các nguồn vốn huy động hợp pháp khác.
| Theo kế hoạch, đến hết năm {year} sẽ hoàn thành {#70-100}% khối lượng công việc, phần còn lại chuyển sang năm {nextYear}.
| Lãnh đạo {agency} {say}, đơn vị đã chủ động rà soát, đề xuất UBND tỉnh điều chỉnh một số cơ chế, chính sách cho phù hợp với thực tiễn.
| Đại diện UBND {place} {say}, địa phương sẽ tiếp tục vận động người dân đồng thuận, chung tay cùng chính quyền thực hiện.
| Trong quý {quarter}, {agency} đã tổ chức {#3-18} đoàn kiểm tra tại các xã, phường, kịp thời hướng dẫn, tháo gỡ vướng mắc ở cơ sở.
| Kết quả thực hiện sẽ được sơ kết vào cuối quý {quarter} và tổng kết vào tháng 12/{year}.
| So với cùng kỳ năm {lastYear}, nhiều chỉ tiêu đã có bước tiến rõ rệt, tạo niềm tin cho người dân và doanh nghiệp.
| Mọi ý kiến phản ánh của người dân đều được tiếp nhận, xử lý và trả lời công khai trên Cổng Thông tin điện tử tỉnh.
| {agency} đề nghị UBND các xã, phường bố trí cán bộ đầu mối, cập nhật số liệu định kỳ hằng tháng.
)";

// One block a topic: "@topic SECTION WEIGHT" (WEIGHT in percent of articles).
constexpr std::u16string_view topicRules[] = {
    uR"(@topic 0 6
agency = Sở Tài chính
source = Cổng TTĐT tỉnh | Cổng TTĐT tỉnh | Văn phòng UBND tỉnh | Sở Tài chính
tag = kinh tế – xã hội | phiên họp thường kỳ | UBND tỉnh | đầu tư công | thu ngân sách | tăng trưởng kinh tế
$indicator = tổng mức bán lẻ hàng hoá và doanh thu dịch vụ | kim ngạch xuất khẩu | chỉ số sản xuất công nghiệp
| thu ngân sách nhà nước | lượng khách du lịch | vốn đầu tư toàn xã hội
indicatorGoal = tăng trưởng trên {#7-9}% | thu ngân sách vượt {#3-12}% dự toán | giải ngân trên {#90-98}% kế hoạch vốn
task = đẩy nhanh giải ngân vốn đầu tư công | tháo gỡ vướng mắc trong giải phóng mặt bằng | hỗ trợ doanh nghiệp mở rộng sản xuất
| hoàn thành các chỉ tiêu kế hoạch năm {year} | chăm lo đời sống người dân, nhất là hộ nghèo, gia đình chính sách
title = [figures] Kinh tế – xã hội tháng {month}/{year}: {$indicator} tăng {$growth}% so với cùng kỳ
| [meeting] Phiên họp thường kỳ tháng {month}/{year}: UBND tỉnh yêu cầu {task}, bảo đảm {indicatorGoal}
| [meeting] {leader} yêu cầu các sở, ngành {task} trong quý {quarter}/{year}, {indicatorGoal}
| [figures] Tăng trưởng kinh tế quý {quarter}/{year} của tỉnh ước đạt {#5.0-9.9}%, cao hơn cùng kỳ năm trước
| [figures] Thu ngân sách nhà nước từ đầu năm {year} đạt {$revenue} tỷ đồng, bằng {#62.0-98.5}% dự toán
| [figures] Giải ngân vốn đầu tư công đạt {$disbursed}% kế hoạch, còn {#900-4200/10} tỷ đồng chưa giải ngân
sapo = [meeting] {When}, UBND tỉnh tổ chức phiên họp thường kỳ tháng {month} để đánh giá tình hình kinh tế – xã hội, thảo luận nhiệm vụ, giải pháp trọng tâm những tháng tiếp theo nhằm {task}.
| [figures] Từ đầu năm {year} đến nay, tình hình kinh tế – xã hội của tỉnh tiếp tục chuyển biến tích cực; {$indicator} tăng {$growth}% so với cùng kỳ, thu ngân sách đạt {#62.0-98.5}% dự toán năm.
| [meeting] Chủ trì phiên họp UBND tỉnh tháng {month}, {leader} yêu cầu các sở, ngành, địa phương {task}, bảo đảm hoàn thành toàn diện các chỉ tiêu kế hoạch năm {year}.
lead = {leader} chủ trì phiên họp, được kết nối trực tuyến đến {#60-110} xã, phường trên địa bàn tỉnh. {sentence}
heading = Nhiều chỉ tiêu tăng trưởng khá | Một số tồn tại, hạn chế | Tập trung cao độ cho những tháng cuối năm
| Thu ngân sách đạt khá | Giải ngân vốn đầu tư công còn chậm | Nhiệm vụ trọng tâm thời gian tới | Chăm lo an sinh xã hội
sentence = Theo báo cáo của Sở Tài chính, từ đầu năm {year} đến nay, tình hình kinh tế – xã hội của tỉnh tiếp tục chuyển biến tích cực.
| Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng ước đạt {#12000-48900/10} tỷ đồng, tăng {$growth}% so với cùng kỳ năm trước.
| Thu ngân sách nhà nước trên địa bàn đạt {$revenue} tỷ đồng, bằng {*budgetShare}.
| Giải ngân vốn đầu tư công đạt {#1500-6900/10} tỷ đồng, bằng {$disbursed}% kế hoạch vốn được giao.
| Toàn tỉnh có {#320-1400} doanh nghiệp thành lập mới với tổng vốn đăng ký {#2100-9800/10} tỷ đồng.
| Sản xuất nông nghiệp cơ bản thuận lợi, năng suất lúa vụ {season} đạt {#52.0-64.9} tạ/ha.
| Chỉ số sản xuất công nghiệp tăng {#4.0-14.9}% so với cùng kỳ; thương mại, dịch vụ và du lịch tiếp tục sôi động.
| Kim ngạch xuất khẩu hàng hoá ước đạt {#420-1900} triệu đô la Mỹ, chủ yếu là gỗ và sản phẩm gỗ, dệt may, thuỷ sản chế biến.
| Công tác an sinh xã hội được quan tâm; toàn tỉnh đã hỗ trợ xoá {#120-1800} nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo.
| Các đại biểu cho rằng tiến độ giải ngân ở một số dự án còn chậm, chủ yếu do vướng mắc trong bồi thường, giải phóng mặt bằng.
| {leader} yêu cầu các sở, ngành, địa phương rà soát từng chỉ tiêu, chỉ tiêu nào có nguy cơ không đạt thì phải có giải pháp cụ thể.
| {leader} giao Sở Tài chính chủ trì, phối hợp với các chủ đầu tư {*task}, phấn đấu giải ngân trên 95% kế hoạch vốn.
| {common} | {common} | {common}
budgetShare = {#62.0-98.5}% dự toán năm | {#62.0-98.5}% dự toán HĐND tỉnh giao
item = Tập trung tháo gỡ khó khăn, vướng mắc trong bồi thường, giải phóng mặt bằng các dự án trọng điểm
| Đẩy mạnh thu ngân sách, chống thất thu, xử lý nợ đọng thuế
| Tăng cường xúc tiến đầu tư, cải thiện môi trường kinh doanh, hỗ trợ doanh nghiệp
| Chủ động phương án bảo đảm cung cầu hàng hoá, bình ổn giá cả thị trường dịp cuối năm
| Chăm lo đời sống người có công, hộ nghèo, người lao động có hoàn cảnh khó khăn
| Nâng cao hiệu quả vận hành chính quyền địa phương hai cấp, nhất là ở các xã vùng sâu, vùng xa
$growth = {#3.0-15.9}
$revenue = {#4100-12900/10}
$disbursed = {#55.0-96.0}
)",
    uR"(@topic 0 7
agency = Sở Xây dựng
source = Sở Xây dựng | Cổng TTĐT tỉnh | Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh
tag = giao thông nông thôn | khánh thành | khởi công | đường giao thông | đầu tư công | hạ tầng giao thông | cầu dân sinh
$work = cầu {otherPlaceName} | cầu {otherPlaceName} và tuyến đường kết nối | tuyến đường giao thông từ {place} đi {otherPlace}
| đường giao thông liên xã {placeName} – {otherPlaceName} | tuyến đường ven sông {otherPlaceName}
| kè chống sạt lở bờ sông đoạn qua {place} | tuyến đường tránh trung tâm {place} | cầu treo dân sinh {otherPlaceName}
title = [open] Khánh thành {$work}, xoá cảnh đi lại khó khăn cho {$households} hộ dân
| [start] Khởi công {$work} với tổng mức đầu tư {$cost} tỷ đồng
| [open] Đưa vào sử dụng {$work} sớm hơn {#1-4} tháng so với kế hoạch
| [build] Đẩy nhanh tiến độ thi công {$work}, phấn đấu hoàn thành trong năm {year}
| [open] {Place} đón nhận {$work} sau nhiều năm mong đợi
| [donate] Người dân {place} hiến {$donated} m² đất làm đường giao thông nông thôn
sapo = [open] {When}, UBND tỉnh tổ chức lễ khánh thành, đưa vào sử dụng {$work}, chấm dứt cảnh đi lại khó khăn của hơn {$households} hộ dân {place} và {otherPlace}.
| [start] {When}, Sở Xây dựng phối hợp với UBND {place} tổ chức lễ khởi công {$work}; dự án có tổng mức đầu tư {$cost} tỷ đồng từ nguồn ngân sách tỉnh và vốn hỗ trợ có mục tiêu của Trung ương.
| [open] Sau {#9-26} tháng thi công, {$work} đã hoàn thành và được đưa vào sử dụng, góp phần hoàn thiện mạng lưới đường giao thông nông thôn và thúc đẩy phát triển kinh tế – xã hội của địa phương.
| [build] Đến nay, {$work} đã hoàn thành {#45-85}% khối lượng; chủ đầu tư và các nhà thầu đang tăng ca, tăng kíp, phấn đấu đưa công trình vào sử dụng trong năm {year}.
| [donate] Hưởng ứng phong trào xây dựng nông thôn mới, {#20-180} hộ dân {place} đã tự nguyện hiến {$donated} m² đất, tháo dỡ tường rào, vật kiến trúc để mở rộng đường giao thông nông thôn.
lead = Dự lễ có {leader}, lãnh đạo các sở: Xây dựng, Tài chính, Nông nghiệp và Môi trường cùng đông đảo cán bộ, nhân dân {place}.
| Theo Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh (chủ đầu tư), dự án có tổng mức đầu tư {$cost} tỷ đồng, khởi công tháng {#1-12}/{lastYear}.
heading = Công trình được mong đợi nhiều năm | Mở ra động lực phát triển mới | Quy mô đầu tư | Bảo đảm chất lượng, an toàn thi công
| Sự đồng thuận của người dân | Khai thác hiệu quả công trình
sentence = Quy mô dự án gồm cầu bê tông cốt thép dài {#60-420} m, rộng {#7-12} m và đường dẫn hai đầu cầu dài {#0.5-8.9} km.
| Nhờ chủ động tổ chức thi công ngay từ mùa khô, các nhà thầu đã hoàn thành công trình {*early}.
| Công tác giải phóng mặt bằng nhận được sự đồng thuận cao: {#20-180} hộ dân có đất bị ảnh hưởng đã tự nguyện bàn giao mặt bằng, nhiều hộ hiến đất làm đường.
| Trước đây, để sang trung tâm xã hay đưa nông sản ra chợ, người dân phải đi đò hoặc đi vòng thêm gần {#5-25} km.
| Vào mùa mưa lũ, nước sông dâng cao, bến đò nhiều ngày phải tạm dừng hoạt động, việc đi lại của người dân và học sinh gặp nhiều khó khăn.
| Công trình góp phần hoàn thiện mạng lưới đường giao thông nông thôn, thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới.
| {leader} đề nghị UBND {place} tiếp nhận, quản lý, khai thác công trình đúng quy định, tuyên truyền người dân bảo vệ hành lang an toàn đường bộ.
| Tuyến đường mới mở ra cơ hội thu hút đầu tư vùng sản xuất tập trung, phát triển dịch vụ, du lịch dọc hai bên tuyến.
| Đây là một trong {#5-24} dự án giao thông trọng điểm của tỉnh giai đoạn 2026–2030, kết nối với quốc lộ và {expressway}.
| Dịp này, {leader} trao Bằng khen của Chủ tịch UBND tỉnh cho {#2-8} tập thể và {#3-15} cá nhân có thành tích xuất sắc trong triển khai dự án.
| {common} | {common}
early = sớm hơn gần {#1-3} tháng so với hợp đồng | vượt tiến độ {#20-75} ngày
listIntro = Quy mô chính của công trình gồm: | Theo thiết kế, dự án gồm các hạng mục:
item = Cầu bê tông cốt thép dự ứng lực dài {#60-420} m, rộng {#7-12} m, gồm {#3-12} nhịp
| Đường dẫn hai đầu cầu và tuyến đường kết nối dài {#0.8-9.6} km, mặt đường bê tông nhựa rộng {#5-9} m
| Hệ thống thoát nước dọc và cống ngang đường bằng bê tông cốt thép
| Hệ thống chiếu sáng, cọc tiêu, biển báo và vạch sơn bảo đảm an toàn giao thông
| Nút giao với quốc lộ và đường tỉnh được mở rộng, có làn rẽ riêng
| Vỉa hè, cây xanh và điểm dừng xe buýt dọc tuyến
voice = Mấy chục năm nay bà con mong có cây cầu. Giờ xe tải vào tận ruộng thu mua nông sản, con cháu đi học cũng không còn phải lo mỗi mùa nước lớn.
| Đường mới làm xong, đi chợ, đi làm chỉ mất chừng mười lăm phút, không còn cảnh lội bùn như trước.
| Gia đình tôi hiến gần {#100-900/10} m² đất làm đường mà không nhận bồi thường, vì con đường này là của chung cả làng.
$households = {#800-5600/100}
$cost = {#40-980}
$donated = {#2000-18000/100}
)",
    uR"(@topic 0 3
agency = Thường trực HĐND tỉnh
source = Văn phòng Đoàn ĐBQH và HĐND tỉnh | Cổng TTĐT tỉnh
tag = HĐND tỉnh | kỳ họp | tiếp xúc cử tri | đại biểu HĐND | nghị quyết | giám sát
$meeting = kỳ họp thứ {#2-14} HĐND tỉnh khoá XI | kỳ họp thứ {#2-14} HĐND tỉnh khoá XI | kỳ họp chuyên đề HĐND tỉnh
title = [session] Khai mạc {$meeting}, xem xét {$reports} nội dung quan trọng
| [session] HĐND tỉnh thông qua {$resolutions} nghị quyết tại {$meeting}
| [voters] Đại biểu HĐND tỉnh tiếp xúc cử tri {place} trước {$meeting}
| [voters] Cử tri {place} kiến nghị {$concern}, đề nghị sớm có phương án giải quyết
| [question] Chất vấn làm rõ trách nhiệm trong {$concern} tại {place}
$concern = sửa chữa đường giao thông xuống cấp | cấp nước sạch sinh hoạt | chống sạt lở bờ sông | đầu tư đường giao thông, trường học | giải quyết chế độ cho người có công | cấp giấy chứng nhận quyền sử dụng đất
| xử lý ô nhiễm môi trường làng nghề | nâng cấp trạm y tế xã | bố trí việc làm cho cán bộ dôi dư sau sắp xếp
sapo = [session] {When}, {$meeting} khai mạc tại Hội trường Tỉnh uỷ; các đại biểu tập trung thảo luận, cho ý kiến vào các báo cáo, tờ trình và dự thảo nghị quyết trình kỳ họp.
| [voters] {When}, Tổ đại biểu HĐND tỉnh tiếp xúc cử tri {place} và {otherPlace}; cử tri tập trung kiến nghị về {$concern} và nhiều vấn đề dân sinh bức xúc.
| [session] Sau {#2-4} ngày làm việc khẩn trương, {$meeting} đã hoàn thành chương trình đề ra, thông qua {$resolutions} nghị quyết quan trọng phục vụ phát triển kinh tế – xã hội của tỉnh.
| [question] Tại phiên chất vấn của {$meeting}, các đại biểu HĐND tỉnh đã tập trung chất vấn lãnh đạo các sở, ngành về {$concern}, vấn đề được cử tri {place} đặc biệt quan tâm.
heading = Nhiều kiến nghị sát thực tế | Trả lời thẳng thắn, rõ trách nhiệm | Các nghị quyết được thông qua | Giám sát việc thực hiện
| Cử tri quan tâm vấn đề dân sinh
sentence = Tại buổi tiếp xúc, cử tri {place} kiến nghị tỉnh quan tâm {$concern}.
| {Person}, cử tri {hamlet}, {place}, đề nghị sớm có giải pháp đối với việc {$concern}.
| Thay mặt Tổ đại biểu, đại biểu HĐND tỉnh đã tiếp thu, giải trình nhiều ý kiến thuộc thẩm quyền và hứa chuyển các kiến nghị đến cơ quan chức năng.
| Kỳ họp đã xem xét {$reports} báo cáo, tờ trình và dự thảo nghị quyết, trong đó có nghị quyết về kế hoạch đầu tư công trung hạn.
| Chủ tịch HĐND tỉnh đề nghị UBND tỉnh chỉ đạo các sở, ngành trả lời dứt điểm kiến nghị của cử tri trước kỳ họp tới.
| Phiên chất vấn diễn ra thẳng thắn, các giám đốc sở đã nhận trách nhiệm và cam kết giải pháp khắc phục cụ thể.
| Tỷ lệ kiến nghị của cử tri được giải quyết dứt điểm đạt {#72.0-96.8}%, tăng so với kỳ họp trước.
| HĐND tỉnh cũng thông qua nghị quyết về {policy} giai đoạn 2026–2030.
| {common} | {common}
item = Nghị quyết về kế hoạch đầu tư công năm {nextYear}
| Nghị quyết về dự toán ngân sách địa phương và phân bổ ngân sách cấp tỉnh năm {nextYear}
| Nghị quyết về chính sách hỗ trợ người dân bị ảnh hưởng bởi thiên tai
| Nghị quyết quy định mức chi bảo đảm cho công tác chuyển đổi số
| Nghị quyết về bảng giá đất điều chỉnh, bổ sung trên địa bàn tỉnh
| Nghị quyết về chương trình giám sát của HĐND tỉnh năm {nextYear}
listIntro = Các nghị quyết được thông qua tại kỳ họp gồm: | Kỳ họp đã thông qua nhiều nghị quyết quan trọng, trong đó có:
voice = Chúng tôi mong các kiến nghị được trả lời cụ thể, có thời hạn, để cử tri theo dõi được kết quả giải quyết.
| Đường vào thôn xuống cấp đã lâu, mùa mưa rất khó đi, bà con mong tỉnh sớm đầu tư.
$resolutions = {#8-30}
$reports = {#12-38}
policy = chính sách hỗ trợ phát triển sản phẩm OCOP | chính sách thu hút nguồn nhân lực chất lượng cao
| chính sách hỗ trợ phát triển hợp tác xã | mức hỗ trợ người dân sử dụng dịch vụ công trực tuyến | chính sách hỗ trợ học sinh bán trú
| chương trình phát triển đô thị | chính sách hỗ trợ đầu tư hạ tầng giao thông nông thôn
)",
    uR"(@topic 0 3
agency = Sở Nội vụ
source = Sở Nội vụ | Cổng TTĐT tỉnh
tag = chính quyền địa phương hai cấp | sắp xếp bộ máy | cán bộ, công chức | UBND tỉnh | cải cách hành chính
title = [local] {Place} sau {$months} tháng vận hành chính quyền địa phương hai cấp
| [training] Kiện toàn đội ngũ cán bộ cấp xã: bố trí thêm {#40-380} công chức chuyên môn cho {#20-96} xã, phường
| [training] Bồi dưỡng kỹ năng cho {#300-2600/10} cán bộ, công chức cấp xã trong năm {year}
| [local] Chính quyền hai cấp: {place} giải quyết {$dossiers} hồ sơ, không có hồ sơ trễ hạn
| [local] Tỉnh sắp xếp, bố trí {#3-14} trụ sở dôi dư tại {place} làm trường học, trạm y tế
sapo = [local] Sau hơn {$months} tháng vận hành mô hình chính quyền địa phương hai cấp, bộ máy ở {place} đã đi vào nền nếp; việc giải quyết thủ tục hành chính cho người dân được thực hiện nhanh chóng, thuận lợi.
| [training] Sở Nội vụ vừa tham mưu UBND tỉnh ban hành kế hoạch bồi dưỡng, nâng cao năng lực cho đội ngũ cán bộ, công chức cấp xã năm {year}, tập trung vào các lĩnh vực đất đai, xây dựng, tài chính và chuyển đổi số.
heading = Bộ máy vận hành thông suốt | Gần dân, sát dân hơn | Khó khăn về nhân lực và cơ sở vật chất | Tiếp tục kiện toàn, nâng chất
sentence = Trung tâm Phục vụ hành chính công {place} đã tiếp nhận {$dossiers} hồ sơ, tỷ lệ giải quyết đúng và trước hạn đạt {#94.0-99.8}%.
| Nhiều trụ sở dôi dư sau sắp xếp được chuyển sang làm trường học, trạm y tế, nhà văn hoá cộng đồng.
| Một số xã còn thiếu công chức có chuyên môn về đất đai, xây dựng, tài chính và công nghệ thông tin.
| Tỉnh đã điều động, biệt phái {#40-380} công chức cấp tỉnh về hỗ trợ các xã, phường.
| Chủ tịch UBND {place} cho biết, khối lượng công việc ở cấp xã tăng nhiều nhưng cán bộ đều tận tâm, trách nhiệm.
| Sở Nội vụ phối hợp với các sở, ngành tổ chức {#6-24} lớp bồi dưỡng chuyên sâu cho cán bộ, công chức cấp xã.
| Người dân không còn phải đi xa để làm thủ tục như trước, nhiều việc được giải quyết ngay tại xã hoặc qua dịch vụ công trực tuyến.
| {common} | {common} | {common}
item = Rà soát, bố trí đủ công chức chuyên môn cho các xã còn thiếu
| Đầu tư trang thiết bị, hạ tầng số cho Trung tâm Phục vụ hành chính công cấp xã
| Bồi dưỡng kỹ năng quản lý nhà nước về đất đai, xây dựng, tài chính
| Sử dụng hiệu quả trụ sở, tài sản công dôi dư sau sắp xếp
| Thực hiện tốt chính sách đối với cán bộ nghỉ việc theo chế độ
voice = Trước đây đi làm giấy tờ phải lên tận trung tâm, mất cả ngày, giờ làm ngay ở xã, có khi nộp trên điện thoại là xong.
$months = {#3-18}
$dossiers = {#1200-9800}
)",
    uR"(@topic 1 4
agency = Sở Nông nghiệp và Môi trường
source = Sở Nông nghiệp và Môi trường | Cổng TTĐT tỉnh | Văn phòng Điều phối nông thôn mới tỉnh
tag = OCOP | nông sản | hợp tác xã | nông thôn mới | sản phẩm đặc trưng | thương mại điện tử
$product = bưởi sấy dẻo | trà hoa vàng | mật ong rừng | nước mắm truyền thống | miến dong | chè xanh | gạo hữu cơ | cà phê rang xay
| tinh dầu sả | bánh tráng | dầu lạc ép thủ công | rượu men lá | măng khô | nấm linh chi | mứt gừng | khô cá
title = [rating] Tỉnh công nhận thêm {$newProducts} sản phẩm OCOP năm {year}, {$product} {placeName} đạt {$stars} sao
| [rating] Sản phẩm {$product} {placeName} đạt chuẩn OCOP {$stars} sao, mở rộng thị trường tiêu thụ
| [market] Nâng tầm sản phẩm OCOP: {$product} của {place} lên sàn thương mại điện tử
| [market] Hợp tác xã {placeName} đưa {$product} vào hệ thống siêu thị tại {bigCity}
| [fair] Hội chợ OCOP năm {year} thu hút {#80-260} gian hàng, doanh thu hơn {#2-18} tỷ đồng
sapo = [rating] Hội đồng đánh giá, phân hạng sản phẩm cấp tỉnh vừa công nhận thêm {$newProducts} sản phẩm đạt chuẩn OCOP từ 3 sao trở lên, nâng tổng số sản phẩm OCOP còn hiệu lực của tỉnh lên {#220-520} sản phẩm.
| [rating] Từ một sản phẩm truyền thống, {$product} của Hợp tác xã {placeName} đã đạt chuẩn OCOP {$stars} sao, có mã truy xuất nguồn gốc và được tiêu thụ ổn định tại {bigCity}.
| [fair] {When}, tại {place}, Sở Nông nghiệp và Môi trường khai mạc Hội chợ sản phẩm OCOP năm {year} với {#80-260} gian hàng của các chủ thể trong và ngoài tỉnh.
| [market] Sản phẩm {$product} của Hợp tác xã {placeName} vừa chính thức có mặt trên các sàn thương mại điện tử và hệ thống siêu thị tại {bigCity}, mở ra hướng tiêu thụ ổn định cho nông sản địa phương.
heading = Chất lượng sản phẩm ngày càng nâng lên | Hỗ trợ chủ thể tiếp cận thị trường | Mục tiêu giai đoạn 2026–2030
| Câu chuyện từ một hợp tác xã | Đưa nông sản lên sàn thương mại điện tử
sentence = Đợt đánh giá có {#40-90} sản phẩm của {#25-60} chủ thể đăng ký tham gia.
| Hội đồng đã công nhận {$newProducts} sản phẩm, trong đó {#2-9} sản phẩm đạt 4 sao, còn lại đạt 3 sao.
| Nhiều sản phẩm đã được đầu tư bài bản về bao bì, nhãn mác, có mã truy xuất nguồn gốc và câu chuyện sản phẩm gắn với văn hoá địa phương.
| Sản phẩm {$product} của {place} được đề nghị Trung ương xem xét, đánh giá đạt hạng 5 sao.
| Mỗi năm, hợp tác xã tiêu thụ khoảng {#8-120} tấn sản phẩm, doanh thu đạt {#1.2-9.8} tỷ đồng, tạo việc làm cho {#15-90} lao động địa phương.
| Tỉnh phấn đấu đến năm 2030 có ít nhất {*ocopTarget}, mỗi xã có ít nhất một sản phẩm chủ lực.
| Sở Công Thương hỗ trợ đưa sản phẩm OCOP lên các sàn thương mại điện tử và kết nối với hệ thống siêu thị tại {bigCity}.
| Chương trình OCOP góp phần nâng cao giá trị nông sản, tăng thu nhập và giữ chân lao động trẻ ở lại quê hương.
| {common} | {common}
ocopTarget = 500 sản phẩm OCOP còn hiệu lực | 100 sản phẩm OCOP đạt 4 sao trở lên
item = Hỗ trợ kinh phí thiết kế bao bì, đăng ký nhãn hiệu và chứng nhận chất lượng
| Đưa sản phẩm lên các sàn thương mại điện tử, kết nối tiêu thụ với hệ thống siêu thị
| Xây dựng điểm giới thiệu và bán sản phẩm OCOP tại các khu, điểm du lịch
| Tập huấn kỹ năng quản trị, tiếp thị cho cán bộ quản lý hợp tác xã
| Phát triển vùng nguyên liệu ổn định, gắn với truy xuất nguồn gốc
quote = {Person}, Giám đốc Hợp tác xã {placeName}, cho biết: “{voice}” | {Person}, chủ cơ sở sản xuất {$product} ở {place}, chia sẻ: “{voice}”
voice = Từ khi sản phẩm đạt 4 sao, đơn hàng của hợp tác xã tăng gần gấp đôi, giá bán ổn định hơn và thành viên có thêm việc làm quanh năm.
| Có sao OCOP rồi, siêu thị nhận hàng, khách ở {bigCity} đặt qua mạng đều đặn, bà con yên tâm mở rộng vùng trồng.
$newProducts = {#12-68}
$stars = {#3-4}
)",
    uR"(@topic 1 6
agency = Sở Tài chính
source = Sở Tài chính | Ban Quản lý các khu công nghiệp tỉnh | Cổng TTĐT tỉnh | Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch tỉnh
tag = thu hút đầu tư | khu công nghiệp | doanh nghiệp | xúc tiến đầu tư | môi trường kinh doanh | đầu tư công
$sector = chế biến nông sản | may mặc xuất khẩu | linh kiện điện tử | năng lượng tái tạo | logistics | chế biến gỗ | du lịch nghỉ dưỡng
title = [license] Trao quyết định chủ trương đầu tư dự án {$sector} {$capital} tỷ đồng tại {place}
| [promo] Xúc tiến đầu tư tại {bigCity}: trao chứng nhận cho {$projects} dự án, tổng vốn {#8000-45000/100} tỷ đồng
| [park] Khu công nghiệp {placeName} thu hút thêm {$parkProjects} dự án {$sector} trong năm {year}
| [dialogue] Tháo gỡ vướng mắc cho {#20-90} dự án đầu tư chậm tiến độ, có {#3-12} dự án tại {place}
| [dialogue] Đối thoại với {#40-200} doanh nghiệp quý {quarter}/{year}: {$requests} kiến nghị được giải đáp tại chỗ
| [promo] Đoàn doanh nghiệp {bigCity} khảo sát cơ hội đầu tư {$sector} tại {place}
sapo = [license] {When}, UBND tỉnh trao quyết định chấp thuận chủ trương đầu tư dự án {$sector} tại {place}, tổng vốn đầu tư {$capital} tỷ đồng, dự kiến tạo việc làm cho {#400-3500/10} lao động.
| [promo] Tại Hội nghị xúc tiến đầu tư tổ chức ở {bigCity} {when}, tỉnh đã trao chứng nhận đầu tư và ký biên bản ghi nhớ với {$projects} nhà đầu tư, tổng vốn đăng ký hơn {#8000-45000/100} tỷ đồng.
| [dialogue] {When}, {leader} chủ trì hội nghị đối thoại với doanh nghiệp quý {quarter}; {$requests} kiến nghị về đất đai, thuế, thủ tục đầu tư đã được các sở, ngành giải đáp.
| [park] Từ đầu năm {year}, Khu công nghiệp {placeName} đã thu hút thêm {$parkProjects} dự án {$sector} với tổng vốn đăng ký {#800-6800/10} tỷ đồng, nâng tỷ lệ lấp đầy lên {#45.0-92.0}%.
heading = Dòng vốn đầu tư tăng mạnh | Cam kết đồng hành cùng nhà đầu tư | Gỡ khó cho dự án chậm tiến độ
| Cải thiện môi trường kinh doanh | Hạ tầng khu công nghiệp được đầu tư đồng bộ
sentence = Từ đầu năm {year} đến nay, tỉnh đã cấp mới chủ trương đầu tư cho {#18-75} dự án với tổng vốn đăng ký hơn {#8000-45000/100} tỷ đồng.
| Tỷ lệ lấp đầy của khu công nghiệp {placeName} đạt {#45.0-92.0}%, thu hút {#3-12} dự án mới.
| {leader} khẳng định tỉnh luôn đồng hành, tạo điều kiện thuận lợi nhất cho nhà đầu tư theo tinh thần “{*investorMotto}”.
| Nhà đầu tư cam kết khởi công dự án trong quý {quarter} năm {nextYear}, sử dụng tối đa lao động địa phương.
| Các doanh nghiệp đến từ {bigCity} đánh giá cao hạ tầng giao thông, quỹ đất sạch và nguồn nhân lực của tỉnh.
| Hội nghị cũng giới thiệu danh mục {#20-60} dự án kêu gọi đầu tư, tập trung vào công nghiệp chế biến, logistics và du lịch.
| Nhiều dự án chậm tiến độ do vướng mắc về giải phóng mặt bằng, điều chỉnh quy hoạch và thủ tục đất đai.
| Sở Tài chính được giao rà soát, đề xuất thu hồi các dự án chậm triển khai quá {#12-36} tháng mà không có lý do chính đáng.
| {common} | {common}
investorMotto = thành công của doanh nghiệp là thành công của tỉnh | ba cùng: cùng lắng nghe, cùng chia sẻ, cùng giải quyết
item = Rút ngắn thời gian giải quyết thủ tục đầu tư, đất đai, xây dựng
| Chuẩn bị quỹ đất sạch, hạ tầng đồng bộ tại các khu, cụm công nghiệp
| Cung cấp thông tin quy hoạch công khai, minh bạch trên Cổng TTĐT tỉnh
| Tổ chức đối thoại định kỳ với doanh nghiệp, giải quyết dứt điểm kiến nghị
| Đào tạo nguồn nhân lực đáp ứng nhu cầu của nhà đầu tư
quote = {Person}, Tổng Giám đốc một doanh nghiệp {$sector} đến từ {bigCity}, cho biết: “{voice}”
| Phát biểu tại buổi làm việc, {leader} nhấn mạnh: “{leaderVoice}”
voice = Chúng tôi chọn tỉnh vì thủ tục nhanh, lãnh đạo các sở đều sẵn sàng gặp gỡ khi doanh nghiệp có vướng mắc.
$capital = {#300-4800}
$projects = {#5-18}
$requests = {#30-85}
$parkProjects = {#3-12}
)",
    uR"(@topic 1 1
agency = Sở Nông nghiệp và Môi trường
source = Sở Nông nghiệp và Môi trường | Cổng TTĐT tỉnh
tag = đất đai | bảng giá đất | lấy ý kiến | dự thảo | giá đất | quy hoạch sử dụng đất
title = Lấy ý kiến dự thảo bảng giá đất áp dụng từ ngày 01/01/{nextYear}, bổ sung {$roads} tuyến đường
| Bảng giá đất mới: giá đất ở tại {place} tăng bình quân {$increase}%
| Bổ sung giá đất cho {$roads} tuyến đường mới hình thành, có tuyến qua {place}
| HĐND tỉnh thông qua bảng giá đất điều chỉnh, giá đất ở tại phường tăng bình quân {$increase}%
| Công khai bảng giá đất {#60-320} tuyến đường, người dân {place} dễ tra cứu
sapo = Sở Nông nghiệp và Môi trường đang lấy ý kiến rộng rãi của cơ quan, tổ chức và người dân đối với dự thảo điều chỉnh, bổ sung bảng giá đất trên địa bàn tỉnh áp dụng từ ngày 01/01/{nextYear}.
| Theo dự thảo bảng giá đất mới, giá đất ở tại các phường tăng bình quân {$increase}%, tại các xã tăng {#2.0-8.5}%; giá đất nông nghiệp cơ bản giữ ổn định.
heading = Những điểm mới của dự thảo | Mức điều chỉnh chủ yếu | Cách thức góp ý | Hài hoà lợi ích các bên
sentence = Theo Luật Đất đai năm 2024, hằng năm UBND tỉnh trình HĐND tỉnh quyết định điều chỉnh, bổ sung bảng giá đất để áp dụng từ ngày 01/01 năm tiếp theo.
| Dự thảo được xây dựng trên cơ sở kết quả điều tra, khảo sát giá đất thị trường tại {#60-110} xã, phường với hơn {#2000-9800/100} phiếu điều tra.
| Mức cao nhất của đất ở tại phường theo dự thảo là {#38000-89000/500} nghìn đồng/m², tăng {$increase}% so với hiện hành.
| Dự thảo bổ sung giá đất cho {*newRoads} mới hình thành sau khi sắp xếp đơn vị hành chính và hoàn thành các dự án đường giao thông.
| Mức điều chỉnh nhìn chung vẫn thấp hơn mức biến động của giá đất trên thị trường, nhằm hài hoà lợi ích của Nhà nước, người sử dụng đất và nhà đầu tư.
| Cơ quan, tổ chức, cá nhân có thể góp ý trực tiếp trên Cổng TTĐT tỉnh hoặc gửi văn bản về Sở Nông nghiệp và Môi trường trước ngày {#1-28}/{nextMonth}.
| Giá đất trồng cây lâu năm tại {place} được giữ ổn định ở mức {#150-420} nghìn đồng/m².
| {common}
newRoads = {$roads} tuyến đường, đoạn đường
listIntro = Dự thảo có một số điểm mới đáng chú ý: | Những điểm mới của dự thảo gồm:
item = Cơ bản giữ ổn định giá đất nông nghiệp, không làm tăng gánh nặng cho người sử dụng đất sản xuất
| Điều chỉnh tăng giá đất ở tại các tuyến đường mới được đầu tư hạ tầng đồng bộ
| Bổ sung giá đất cho các tuyến đường hình thành sau khi hoàn thành dự án giao thông
| Chuẩn hoá tên tuyến đường, địa danh theo đơn vị hành chính xã, phường hiện hành
| Công khai bảng giá đất trên Cổng TTĐT tỉnh để người dân dễ tra cứu
voice = Giá đất công khai rõ ràng thì bà con làm thủ tục chuyển mục đích, tách thửa cũng biết trước phải nộp bao nhiêu.
$increase = {#3.0-12.5}
$roads = {#60-320}
)",
    uR"(@topic 1 4
agency = Sở Công Thương
source = Sở Công Thương | Cổng TTĐT tỉnh | Cục Thống kê tỉnh
tag = thương mại | xuất khẩu | bình ổn giá | thị trường | thương mại điện tử | hàng Việt
title = [export] Kim ngạch xuất khẩu {#10-11} tháng năm {year} đạt {$exports} triệu đô la Mỹ
| [tet] Chuẩn bị {$goods} tỷ đồng hàng hoá bình ổn thị trường dịp Tết, {#60-240} điểm bán tại các xã, phường
| [fair] Đưa hàng Việt về {place}: {$stalls} gian hàng phục vụ người dân
| [market] Chợ {placeName} được đầu tư {$marketCost} tỷ đồng, bố trí {$marketStalls} điểm kinh doanh
| [online] Thương mại điện tử tăng trưởng {$online}%, hợp tác xã ở {place} bán hàng trực tuyến
sapo = [export] Theo Sở Công Thương, từ đầu năm {year} đến nay kim ngạch xuất khẩu hàng hoá của tỉnh ước đạt {$exports} triệu đô la Mỹ, tăng {#4.0-16.5}% so với cùng kỳ, trong đó gỗ, dệt may và thuỷ sản là các mặt hàng chủ lực.
| [tet] Để phục vụ nhu cầu mua sắm dịp cuối năm, các doanh nghiệp phân phối trên địa bàn tỉnh đã chuẩn bị lượng hàng hoá trị giá khoảng {$goods} tỷ đồng, tăng {#8.0-20.0}% so với năm trước.
| [fair] {When}, Chương trình “Đưa hàng Việt về nông thôn” được tổ chức tại {place} với {$stalls} gian hàng, thu hút đông đảo người dân đến tham quan, mua sắm.
| [market] Sau {#8-14} tháng thi công, chợ {placeName} đã hoàn thành với tổng vốn đầu tư {$marketCost} tỷ đồng, bố trí {$marketStalls} điểm kinh doanh, bảo đảm phòng cháy chữa cháy và vệ sinh môi trường.
| [online] Theo Sở Công Thương, thương mại điện tử trên địa bàn tỉnh tăng trưởng {$online}% so với cùng kỳ; nhiều hợp tác xã ở {place} đã bán nông sản qua sàn thương mại điện tử và mạng xã hội.
heading = Xuất khẩu duy trì đà tăng | Hàng hoá dồi dào, giá cả ổn định | Phát triển thương mại điện tử | Tăng cường kiểm tra thị trường
sentence = Các mặt hàng thiết yếu như gạo, thịt, rau củ, xăng dầu bảo đảm cung ứng đầy đủ, giá cả ổn định.
| Lực lượng quản lý thị trường đã kiểm tra {#120-640} vụ việc, xử lý {#30-210} vụ vi phạm, thu nộp ngân sách {#0.8-6.5} tỷ đồng.
| Thị trường xuất khẩu chính vẫn là Hoa Kỳ, Nhật Bản, Hàn Quốc và Liên minh châu Âu.
| Nhiều hợp tác xã đã bán nông sản qua sàn thương mại điện tử, đơn hàng đến từ {bigCity} tăng mạnh.
| Sở Công Thương khuyến cáo người tiêu dùng lựa chọn hàng hoá có nguồn gốc rõ ràng, ưu tiên dùng hàng Việt Nam.
| Doanh thu bán lẻ qua kênh trực tuyến tăng {#15.0-38.0}% so với cùng kỳ năm trước.
| Sở Công Thương phối hợp với các doanh nghiệp tổ chức {#6-24} phiên chợ hàng Việt tại các xã vùng sâu, vùng xa.
| {common} | {common}
item = Bảo đảm nguồn cung hàng hoá thiết yếu, không để xảy ra khan hiếm, sốt giá
| Tăng cường kiểm tra, xử lý hàng giả, hàng kém chất lượng, gian lận thương mại
| Hỗ trợ doanh nghiệp tìm kiếm đơn hàng, mở rộng thị trường xuất khẩu
| Khuyến khích thanh toán không dùng tiền mặt tại các chợ, cửa hàng
| Tổ chức các phiên chợ hàng Việt, chợ OCOP phục vụ người dân
voice = Hàng hoá ở phiên chợ rẻ mà chất lượng, lại có cả đặc sản của các xã nên bà con mua nhiều.
$exports = {#900-2400}
$goods = {#300-1500/10}
$stalls = {#40-120}
$marketCost = {#12-95}
$marketStalls = {#150-600}
$online = {#15.0-38.0}
)",
    uR"(@topic 2 6
agency = Sở Văn hoá, Thể thao và Du lịch
source = Sở Văn hoá, Thể thao và Du lịch | Cổng TTĐT tỉnh | Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch tỉnh
tag = lễ hội | du lịch | văn hoá dân tộc | du lịch cộng đồng | hồ Mây Ngàn | di sản | OCOP
$festival = Lễ hội Văn hoá – Du lịch Hồ Mây Ngàn | Lễ hội cầu ngư {placeName} | Lễ hội đua ghe {placeName}
| Ngày hội văn hoá các dân tộc {place} | Lễ hội mùa xuân {placeName} | Tuần lễ du lịch biển {placeName}
title = [festival] {$festival} lần thứ {$roman} sẽ diễn ra từ ngày {#1-20} đến {#21-28}/{nextMonth}
| [festival] Khai mạc {$festival} năm {year}, thu hút {#8000-60000/1000} lượt du khách
| [tourism] Du lịch cộng đồng ở {place}: đón {#8000-65000/100} lượt khách từ đầu năm
| [tourism] Tỉnh đón {#2.1-6.8} triệu lượt khách du lịch trong {#6-11} tháng năm {year}, doanh thu hơn {#3000-12000/100} tỷ đồng
| [tourism] Mở tuyến du lịch kết nối {bigCity} với {place}, đón {#20-60} đoàn khách đầu tiên
| [tourism] Phát triển du lịch sinh thái tại {place}, đón {#5000-48000/100} lượt khách mỗi năm
$roman = II | III | IV | V | VI | VII
sapo = [festival] Với chủ đề “{$theme}”, {$festival} năm {year} sẽ diễn ra tại {place} với hơn {#20-45} hoạt động văn hoá, thể thao, ẩm thực và xúc tiến du lịch.
| [tourism] Từ đầu năm {year} đến nay, ngành du lịch tỉnh đã đón {#2.1-6.8} triệu lượt khách, tăng {#8.0-24.5}% so với cùng kỳ; doanh thu từ du lịch ước đạt {#3000-12000/100} tỷ đồng.
| [festival] {When}, tại {place}, UBND tỉnh tổ chức khai mạc {$festival} năm {year}, thu hút đông đảo người dân và du khách trong, ngoài tỉnh.
$theme = Sắc màu đại ngàn – Hội tụ và lan toả | Về miền di sản | Biển xanh – Khát vọng vươn khơi | Hương sắc quê hương
heading = Nhiều hoạt động đặc sắc | Bảo đảm an toàn, văn minh | Kỳ vọng tăng lượng khách | Sản phẩm du lịch mới
| Bảo tồn bản sắc văn hoá | Liên kết phát triển du lịch
sentence = Lễ hội là dịp quảng bá hình ảnh vùng hồ Mây Ngàn – điểm du lịch sinh thái nổi bật của tỉnh, đồng thời tôn vinh bản sắc văn hoá của đồng bào các dân tộc.
| Ban Tổ chức đã xây dựng phương án bảo đảm an ninh trật tự, an toàn giao thông, phòng cháy chữa cháy và vệ sinh an toàn thực phẩm.
| Các cơ sở lưu trú, nhà hàng được yêu cầu niêm yết công khai giá và bán đúng giá niêm yết, tuyệt đối không để xảy ra tình trạng chèo kéo, ép giá du khách.
| Hiện {place} có {#20-120} cơ sở lưu trú với khoảng {#300-2400/10} phòng, trong đó có nhiều cơ sở lưu trú du lịch cộng đồng tại nhà dân.
| Năm {lastYear}, lễ hội thu hút khoảng {#20000-60000/1000} lượt khách, doanh thu từ hoạt động du lịch đạt gần {#12-48} tỷ đồng.
| Tỉnh đã phối hợp với các doanh nghiệp lữ hành ở {travelHubs} xây dựng tuyến du lịch liên vùng, kết nối di sản, biển và rừng.
| Du khách được trải nghiệm liên hoan cồng chiêng, hát dân ca, trình diễn trang phục truyền thống và thưởng thức ẩm thực địa phương.
| {fair} với hơn {#60-180} gian hàng là điểm nhấn của lễ hội.
| Lượng khách quốc tế đạt {#40000-380000/1000} lượt, chủ yếu đến từ Hàn Quốc, Nhật Bản, Úc và các nước châu Âu.
| {common} | {common}
listIntro = Trong khuôn khổ lễ hội, du khách sẽ được trải nghiệm: | Chuỗi hoạt động của lễ hội gồm:
item = Lễ khai mạc với chương trình nghệ thuật và màn thả {#500-2000/100} chiếc đèn hoa đăng trên mặt hồ
| Liên hoan cồng chiêng, hát dân ca và trình diễn trang phục truyền thống
| {fair} và phố ẩm thực
| Giải đua thuyền độc mộc, giải chạy việt dã và các trò chơi dân gian
| Triển lãm ảnh nghệ thuật về thiên nhiên, con người {place}
| Khảo sát tuyến du lịch mới dành cho các doanh nghiệp lữ hành trong và ngoài tỉnh
voice = Năm nay nhà tôi đón khách từ {bigCity} lên ở homestay, có tháng kín phòng, thu nhập khá hơn làm rẫy nhiều.
| Khách đến đông, bà con trong bản vừa bán được đặc sản, vừa có dịp giới thiệu văn hoá của dân tộc mình.
fair = Hội chợ sản phẩm OCOP, đặc sản địa phương | Phố ẩm thực, đặc sản vùng miền | Không gian trưng bày nông sản, hàng thủ công
| Chợ phiên vùng cao, đặc sản địa phương
)",
    uR"(@topic 2 5
agency = Sở Nội vụ
source = Sở Nội vụ | Cổng TTĐT tỉnh | Uỷ ban MTTQ Việt Nam tỉnh
tag = an sinh xã hội | xoá nhà tạm | hộ nghèo | giảm nghèo bền vững | việc làm | người có công
title = [houses] {Place} bàn giao {$houses} căn nhà cho hộ nghèo, hộ cận nghèo
| [houses] Hoàn thành xoá {$removed} nhà tạm, nhà dột nát trên toàn tỉnh trước thời hạn {#1-3} tháng
| [poverty] Tỷ lệ hộ nghèo của tỉnh giảm còn {$poor}%, {place} giảm {$leftPoverty} hộ nghèo trong năm {year}
| [jobs] Phiên giao dịch việc làm tại {place} tuyển dụng {$jobs} lao động
| [gifts] Trao {$gifts} suất quà cho người có công và hộ khó khăn tại {place}
sapo = [houses] {When}, UBND {place} tổ chức bàn giao {$houses} căn nhà cho hộ nghèo, hộ cận nghèo được hỗ trợ từ chương trình xoá nhà tạm, nhà dột nát; mỗi căn được hỗ trợ {#40-80} triệu đồng.
| [houses] Đến nay, toàn tỉnh đã hoàn thành xoá {$removed} nhà tạm, nhà dột nát với tổng kinh phí hơn {#80-520} tỷ đồng, giúp hàng nghìn gia đình có hoàn cảnh khó khăn an cư, lạc nghiệp.
| [jobs] Phiên giao dịch việc làm tổ chức tại {place} {when} có {#20-70} doanh nghiệp tham gia, tuyển dụng {$jobs} lao động trong các lĩnh vực may mặc, điện tử và dịch vụ.
| [poverty] Nhờ triển khai đồng bộ các chương trình giảm nghèo, tỷ lệ hộ nghèo của tỉnh giảm còn {$poor}%; riêng {place} đã có {$leftPoverty} hộ thoát nghèo, nhiều hộ vươn lên khá giả nhờ chăn nuôi, trồng trọt.
| [gifts] {When}, đoàn công tác của tỉnh do {leader} dẫn đầu đã đến thăm, tặng {$gifts} suất quà cho người có công với cách mạng và hộ có hoàn cảnh khó khăn tại {place}.
heading = Mái ấm cho người khó khăn | Chung tay vì người nghèo | Giảm nghèo bền vững | Tạo sinh kế lâu dài | Cơ hội việc làm cho lao động địa phương
sentence = Kinh phí hỗ trợ được huy động từ ngân sách nhà nước, Quỹ Vì người nghèo và sự đóng góp của các doanh nghiệp, nhà hảo tâm.
| Mỗi căn nhà có diện tích tối thiểu {#30-60} m², bảo đảm tiêu chí “ba cứng”: nền cứng, khung – tường cứng, mái cứng.
| Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều của tỉnh giảm còn {#1.2-4.9}%, hộ cận nghèo còn {#2.0-6.5}%.
| Lực lượng vũ trang, đoàn viên thanh niên đã hỗ trợ {#2000-18000/100} ngày công giúp các gia đình dựng nhà.
| Sở Nội vụ phối hợp với Uỷ ban MTTQ Việt Nam tỉnh rà soát, bảo đảm hỗ trợ đúng đối tượng, công khai, minh bạch.
| Nhiều lao động sau khi học nghề đã có việc làm ổn định với mức thu nhập từ {#6-12} triệu đồng mỗi tháng.
| Tỉnh chi trả kịp thời, đầy đủ trợ cấp ưu đãi hằng tháng cho {#8000-26000/100} người có công với cách mạng.
| {common} | {common}
item = Hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo, hộ cận nghèo
| Đào tạo nghề, giới thiệu việc làm cho lao động nông thôn
| Cho vay vốn ưu đãi qua Ngân hàng Chính sách xã hội
| Hỗ trợ phát triển sinh kế, chăn nuôi, trồng trọt cho hộ mới thoát nghèo
| Bảo đảm 100% người nghèo được cấp thẻ bảo hiểm y tế miễn phí
voice = Cả đời tôi chưa dám nghĩ có được căn nhà kiên cố như thế này. Mùa mưa bão năm nay gia đình không còn phải lo nữa.
| Nhờ được vay vốn nuôi bò, nhà tôi đã thoát nghèo, con cái được đi học đầy đủ.
$houses = {#12-160}
$removed = {#400-2600}
$jobs = {#300-2200/10}
$poor = {#1.2-4.9}
$leftPoverty = {#50-400}
$gifts = {#500-4800/10}
)",
    uR"(@topic 2 3
agency = Sở Văn hoá, Thể thao và Du lịch
source = Sở Văn hoá, Thể thao và Du lịch | Cổng TTĐT tỉnh
tag = thể thao | di tích | văn hoá | đại hội thể dục thể thao | bảo tồn | thư viện
title = [games] Đại hội Thể dục thể thao {place} lần thứ {$roman} thu hút {$athletes} vận động viên
| [relic] Trùng tu di tích {$relic} với kinh phí {$relicCost} tỷ đồng
| [relic] Di tích {$relic} ở {place} được xếp hạng di tích cấp tỉnh
| [medals] Vận động viên của tỉnh giành {$medals} huy chương tại giải vô địch quốc gia môn {$sport} năm {year}
| [library] Thư viện lưu động phục vụ {$readers} lượt bạn đọc tại {place}
$sport = điền kinh | bơi lội | vật | võ cổ truyền | bắn cung | cầu lông | quần vợt | cờ vua | karate | đua thuyền
$roman = V | VI | VII | VIII | IX | X
$relic = đình {otherPlaceName} | miếu Bà {otherPlaceName} | địa đạo {otherPlaceName} | nhà lưu niệm cách mạng {otherPlaceName}
sapo = [games] {When}, tại {place} diễn ra lễ khai mạc Đại hội Thể dục thể thao lần thứ {$roman} với sự tham gia của {$athletes} vận động viên tranh tài ở {#8-16} môn thể thao.
| [relic] UBND tỉnh vừa phê duyệt dự án tu bổ, tôn tạo {$relic} với tổng kinh phí {$relicCost} tỷ đồng, nhằm bảo tồn giá trị di tích và phục vụ phát triển du lịch.
| [medals] Tại giải vô địch quốc gia môn {$sport} năm {year}, đoàn vận động viên của tỉnh đã xuất sắc giành {$medals} huy chương các loại, trong đó có {#1-3} huy chương vàng, vượt chỉ tiêu đề ra.
| [library] Mô hình thư viện lưu động của Thư viện tỉnh đã phục vụ {$readers} lượt bạn đọc tại {place} và các xã lân cận, góp phần phát triển văn hoá đọc ở vùng sâu, vùng xa.
heading = Phong trào thể thao quần chúng phát triển | Giữ gìn giá trị di sản | Đầu tư thiết chế văn hoá cơ sở | Gặt hái thành tích cao
sentence = Phong trào “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại” được duy trì rộng khắp ở các thôn, khu phố.
| Tỷ lệ người tập luyện thể dục thể thao thường xuyên trên toàn tỉnh đạt {#32.0-45.0}%.
| Công trình tu bổ sẽ giữ nguyên kiến trúc gốc, sử dụng vật liệu truyền thống theo đúng quy định của Luật Di sản văn hoá.
| Toàn tỉnh hiện có {#150-420} di tích được xếp hạng, trong đó có {#12-40} di tích quốc gia.
| Nhà văn hoá {hamlet}, {place} đã được nâng cấp, trở thành điểm sinh hoạt cộng đồng của người dân.
| Đoàn vận động viên của tỉnh xếp thứ {#5-20} toàn đoàn tại giải vô địch quốc gia, vượt chỉ tiêu đề ra.
| {common} | {common}
item = Tu bổ, tôn tạo các di tích xuống cấp, có nguy cơ sụp đổ
| Số hoá hồ sơ di tích, hiện vật để phục vụ nghiên cứu và quảng bá
| Đầu tư nhà văn hoá, sân thể thao tại các thôn, khu phố
| Tổ chức giải thể thao quần chúng định kỳ hằng năm
| Đào tạo vận động viên trẻ ở các môn thể thao thế mạnh
voice = Sân bóng, nhà văn hoá được làm mới, chiều nào thanh niên trong thôn cũng ra tập, vui lắm.
$athletes = {#300-1800}
$relicCost = {#3-28}
$medals = {#3-24}
$readers = {#2000-15000/100}
)",
    uR"(@topic 3 6
agency = Trung tâm Phục vụ hành chính công tỉnh
source = Trung tâm Phục vụ hành chính công tỉnh | Văn phòng UBND tỉnh | Cổng TTĐT tỉnh
tag = cải cách hành chính | dịch vụ công trực tuyến | chuyển đổi số | thủ tục hành chính | một cửa | Đề án 06
title = {Place} đẩy mạnh dịch vụ công trực tuyến toàn trình, phấn đấu {$target}% hồ sơ nộp trực tuyến
| {Place}: {#72.0-96.5}% hồ sơ thủ tục hành chính được nộp qua dịch vụ công trực tuyến
| Cắt giảm {#20-85} thủ tục hành chính, tiết kiệm {#20-180} tỷ đồng chi phí cho người dân và doanh nghiệp
| Tỉnh tiếp nhận {$received} hồ sơ thủ tục hành chính, {#96.0-99.8}% giải quyết đúng hạn
| Tổ công nghệ số cộng đồng {place} hướng dẫn {#300-4800/10} người dân dùng dịch vụ công trực tuyến
| {Place}: {#1200-9800} hồ sơ không phải nộp lại giấy tờ đã có trong cơ sở dữ liệu
sapo = UBND tỉnh vừa ban hành kế hoạch đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt trên {$target}% và không yêu cầu người dân nộp lại giấy tờ đã có trong cơ sở dữ liệu.
| Từ đầu năm {year}, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận {$received} hồ sơ thủ tục hành chính, trong đó {#65.0-88.0}% được nộp qua dịch vụ công trực tuyến.
| Tại {place}, Tổ công nghệ số cộng đồng đã hướng dẫn hàng nghìn lượt người dân cài đặt định danh điện tử, nộp hồ sơ và thanh toán lệ phí trực tuyến.
heading = Mục tiêu cụ thể | Kết quả bước đầu khả quan | Nộp hồ sơ trực tuyến dễ dàng hơn | Xử lý nghiêm hành vi gây phiền hà
| Lấy người dân làm trung tâm
sentence = Kế hoạch nhằm thực hiện hiệu quả cải cách thủ tục hành chính gắn với chuyển đổi số, lấy người dân, doanh nghiệp làm trung tâm phục vụ.
| Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn đạt {#96.0-99.8}%; mức độ hài lòng của người dân đạt trên {#90-98}%.
| Tuy vậy, một số thủ tục vẫn còn yêu cầu bản giấy; việc kết nối, chia sẻ dữ liệu giữa một số hệ thống chuyên ngành chưa đồng bộ.
| Người dân có thể truy cập Cổng Dịch vụ công của tỉnh, đăng nhập bằng tài khoản định danh điện tử để nộp hồ sơ mọi lúc, mọi nơi.
| Các thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư được hệ thống tự động điền sẵn vào tờ khai điện tử.
| Chủ tịch UBND tỉnh yêu cầu tuyệt đối không yêu cầu người dân cung cấp thêm giấy tờ ngoài quy định.
| Trường hợp phát hiện cán bộ, công chức gây phiền hà, nhũng nhiễu, người dân có thể phản ánh qua đường dây nóng {*hotline}.
| Tại {place}, {#70.0-97.0}% hồ sơ đã được nộp qua dịch vụ công trực tuyến, nhiều hồ sơ được trả kết quả trong ngày.
| {common} | {common}
hotline = của Trung tâm Phục vụ hành chính công tỉnh | 1022 của tỉnh
listIntro = Đến ngày 31/12/{year}, tỉnh phấn đấu đạt các chỉ tiêu sau: | Kế hoạch đặt ra các mục tiêu cụ thể:
item = {*onlineShare} thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình
| Tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến đạt trên {$target}% tổng số hồ sơ
| 100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hoá và lưu trữ điện tử
| Mức độ hài lòng của người dân, doanh nghiệp đạt trên {#90-98}%
| Thanh toán trực tuyến phí, lệ phí đạt trên {#60-85}% số giao dịch
onlineShare = 100% | Toàn bộ
voice = Tôi làm giấy chứng nhận quyền sử dụng đất qua dịch vụ công trực tuyến, không phải đi lại lần nào, kết quả gửi về tận nhà.
| Lúc đầu tôi không biết dùng điện thoại để nộp hồ sơ, được các cháu đoàn viên chỉ tận tình nên giờ làm được rồi.
$target = {#80-95}
$received = {#120000-480000/10}
)",
    uR"(@topic 3 5
agency = Sở Khoa học và Công nghệ
source = Sở Khoa học và Công nghệ | Cổng TTĐT tỉnh
tag = chuyển đổi số | chính quyền số | dữ liệu số | Đề án 06 | an toàn thông tin | kinh tế số
title = Chuyển đổi số năm {year}: tỉnh tăng {$rank} bậc, {place} dẫn đầu về chính quyền số
| {Place} ra mắt mô hình “{$digitalModel}”, hướng dẫn {#300-4800/10} hộ dân dùng tiện ích số
| Trung tâm Giám sát, điều hành thông minh tỉnh kết nối {#40-110} xã, phường, {#800-5200/10} camera
| Kinh tế số chiếm {#8.0-16.5}% GRDP, tỉnh đặt mục tiêu {#18-25}% vào năm 2030
| Phủ sóng 5G tại {#60-110} xã, phường, xoá vùng lõm sóng ở {place}
$digitalModel = Thôn thông minh | Chợ không dùng tiền mặt | Xã số | Bình dân học vụ số | Khu phố số
sapo = Năm {year}, chỉ số chuyển đổi số của tỉnh tăng {$rank} bậc so với năm trước; {#60-110} xã, phường đã triển khai hệ thống quản lý văn bản và điều hành điện tử, ký số toàn trình.
| {When}, UBND {place} ra mắt mô hình “{$digitalModel}”, giúp người dân tiếp cận dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và các tiện ích số trong đời sống hằng ngày.
| Ban Chỉ đạo chuyển đổi số tỉnh vừa họp phiên quý {quarter}/{year}, đánh giá kết quả triển khai chính quyền số, kinh tế số, xã hội số và Đề án 06 trên địa bàn.
heading = Hạ tầng số được mở rộng | Dữ liệu là tài nguyên | Người dân hưởng lợi | Bảo đảm an toàn thông tin | Những việc cần làm ngay
sentence = Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt {#95.0-99.9}%, phần lớn được ký số.
| Toàn tỉnh đã thành lập {#600-1400} Tổ công nghệ số cộng đồng với hơn {#3000-9000/100} thành viên.
| Trung tâm Giám sát, điều hành thông minh tỉnh đã kết nối dữ liệu từ camera an ninh, giao thông và phản ánh hiện trường của người dân.
| Đề án 06 được triển khai hiệu quả; {#85.0-98.0}% người dân trong độ tuổi đã kích hoạt tài khoản định danh điện tử.
| Sở Khoa học và Công nghệ đã phối hợp với doanh nghiệp viễn thông phủ sóng 5G tại trung tâm các xã, phường.
| Việc thanh toán không dùng tiền mặt đã phổ biến tại chợ, trường học, bệnh viện và trong chi trả an sinh xã hội.
| Các hệ thống thông tin của tỉnh được giám sát an toàn thông tin 24/7, kịp thời ngăn chặn các cuộc tấn công mạng.
| Kết nối dịch vụ công trực tuyến với Cổng Dịch vụ công quốc gia giúp người dân nộp hồ sơ không phụ thuộc địa giới hành chính.
| {common} | {common}
item = Hoàn thiện hạ tầng số, phủ sóng băng rộng đến tất cả các thôn, bản
| Xây dựng kho dữ liệu dùng chung, kết nối các cơ sở dữ liệu chuyên ngành
| Phổ cập kỹ năng số cho người dân thông qua Tổ công nghệ số cộng đồng
| Thúc đẩy thanh toán không dùng tiền mặt trong các dịch vụ công
| Bảo đảm an toàn, an ninh mạng cho các hệ thống thông tin của tỉnh
voice = Giờ đi chợ chỉ cần quét mã là trả tiền được, con cháu ở xa gửi tiền về cũng nhanh.
$rank = {#3-12}
)",
    uR"(@topic 3 3
agency = Văn phòng UBND tỉnh
source = Văn phòng UBND tỉnh | Cổng TTĐT tỉnh
tag = chỉ đạo, điều hành | kỷ luật, kỷ cương | UBND tỉnh | chỉ thị | kế hoạch | tiết kiệm chi
title = [directive] Chủ tịch UBND tỉnh ban hành Chỉ thị số {$number}/CT-UBND về {$directive}
| [directive] UBND tỉnh yêu cầu {$directive}, các sở, ngành báo cáo trước ngày {#1-28}/{nextMonth}
| [inspect] Siết chặt kỷ luật, kỷ cương hành chính: kiểm tra {$inspected} cơ quan, phát hiện {$violators} trường hợp vi phạm
| [index] Công bố chỉ số hài lòng năm {lastYear}: {place} dẫn đầu với {#88.0-97.5}% người dân hài lòng
| [saving] Tiết kiệm thêm {$saving}% chi thường xuyên năm {year}, dành {#40-320} tỷ đồng cho đầu tư phát triển
$directive = tăng cường kỷ luật, kỷ cương hành chính | thực hành tiết kiệm, chống lãng phí | nâng cao chất lượng công tác tham mưu
| đẩy mạnh giải quyết đơn thư, khiếu nại ở cơ sở | chấn chỉnh tình trạng né tránh, đùn đẩy trách nhiệm
sapo = [directive] Chủ tịch UBND tỉnh vừa ký ban hành Chỉ thị số {$number}/CT-UBND về {$directive}, yêu cầu thủ trưởng các sở, ngành và Chủ tịch UBND các xã, phường trực tiếp chỉ đạo, chịu trách nhiệm về kết quả thực hiện.
| [directive] Văn phòng UBND tỉnh vừa có thông báo kết luận của {leader} về việc {$directive}; các đơn vị được yêu cầu báo cáo kết quả trước ngày {#1-28}/{nextMonth}.
| [inspect] Trong quý {quarter}/{year}, Đoàn kiểm tra công vụ của tỉnh đã kiểm tra đột xuất {$inspected} cơ quan, đơn vị, phát hiện {$violators} trường hợp vi phạm giờ giấc làm việc và quy chế văn hoá công sở.
| [index] UBND tỉnh vừa công bố kết quả đo lường sự hài lòng của người dân đối với sự phục vụ của các cơ quan hành chính năm {lastYear}; chỉ số chung đạt {#82.0-94.5}%, {place} dẫn đầu khối xã, phường.
| [saving] UBND tỉnh yêu cầu các sở, ngành, địa phương tiết kiệm thêm {$saving}% chi thường xuyên năm {year} để bổ sung nguồn vốn cho các công trình, dự án đầu tư phát triển cấp bách.
heading = Yêu cầu cụ thể | Xử lý nghiêm vi phạm | Tổ chức thực hiện | Nâng cao trách nhiệm người đứng đầu
sentence = Chỉ thị yêu cầu thủ trưởng các cơ quan, đơn vị chấp hành nghiêm giờ giấc làm việc, quy chế văn hoá công sở.
| Đoàn kiểm tra công vụ của tỉnh đã kiểm tra đột xuất {#20-90} cơ quan, đơn vị, phát hiện {#3-25} trường hợp vi phạm.
| Cán bộ, công chức có hành vi nhũng nhiễu, gây phiền hà sẽ bị xử lý nghiêm, kể cả người đứng đầu cơ quan để xảy ra sai phạm.
| Các sở, ngành phải giải quyết dứt điểm văn bản quá hạn, không để tồn đọng, kéo dài.
| Kết quả thực hiện là căn cứ để đánh giá, xếp loại cán bộ, công chức và thi đua, khen thưởng cuối năm.
| Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính đạt {#82.0-94.5}%, tăng so với năm trước.
| {common} | {common} | {common}
item = Thực hiện nghiêm quy chế làm việc, văn hoá công sở
| Giải quyết đúng hạn các nhiệm vụ UBND tỉnh giao
| Kiểm tra, giám sát việc thực thi công vụ của cán bộ, công chức
| Công khai kết quả giải quyết thủ tục hành chính trên Cổng TTĐT tỉnh
| Khen thưởng kịp thời tập thể, cá nhân có thành tích xuất sắc
$number = {#1-40}
$inspected = {#20-90}
$violators = {#3-25}
$saving = {#5-10}
)",
    uR"(@topic 4 4
agency = Ban Chỉ huy Phòng thủ dân sự tỉnh
source = Ban Chỉ huy Phòng thủ dân sự tỉnh | Cổng TTĐT tỉnh | Đài Khí tượng Thuỷ văn tỉnh
tag = phòng chống thiên tai | mưa lũ | phòng thủ dân sự | lực lượng vũ trang | sạt lở đất | bão
$hazard = mưa lũ | bão số {#3-9} | áp thấp nhiệt đới | lũ quét, sạt lở đất | triều cường | nắng nóng, hạn hán
title = [warning] {Place} chủ động ứng phó {$hazard}, sẵn sàng sơ tán {$evacuated} hộ dân
| [warning] Sơ tán {$evacuated} hộ dân ở vùng nguy cơ sạt lở tại {place}
| [flood] Mưa lớn gây chia cắt {#3-18} tuyến đường giao thông, cô lập {place}
| [flood] Khắc phục hậu quả {$hazard}, sớm ổn định đời sống người dân {place}
| [drill] Diễn tập phòng chống thiên tai và tìm kiếm cứu nạn tại {place} với {#200-900} người tham gia
| [flood] Hỗ trợ {#1-12} tỷ đồng khắc phục thiệt hại do {$hazard} tại {place}
sapo = [warning] Trước dự báo từ nay đến cuối năm có thể xuất hiện {#2-4} đợt mưa lớn diện rộng, Chủ tịch UBND tỉnh vừa ký ban hành chỉ thị yêu cầu các cấp, các ngành không chủ quan, chủ động phòng chống thiên tai, bảo vệ tính mạng, tài sản của nhân dân.
| [flood] Do ảnh hưởng của {$hazard}, từ đêm {date} trên địa bàn tỉnh có mưa rất to; nhiều tuyến đường giao thông qua {place} và {otherPlace} bị ngập sâu, sạt lở, gây chia cắt cục bộ.
| [drill] {When}, UBND {place} tổ chức diễn tập phòng chống thiên tai và tìm kiếm cứu nạn với sự tham gia của hơn {#200-900} cán bộ, chiến sĩ, dân quân và người dân.
heading = Không để bị động, bất ngờ | Nhiệm vụ trọng tâm của các đơn vị | Lực lượng vũ trang sẵn sàng | Khẩn trương khắc phục hậu quả
| Bảo đảm an toàn hồ đập | Thiệt hại ban đầu
sentence = Theo Đài Khí tượng Thuỷ văn tỉnh, từ nay đến hết tháng 12/{year}, khu vực tỉnh có khả năng chịu ảnh hưởng của {#1-3} cơn bão hoặc áp thấp nhiệt đới.
| Các cấp, các ngành thực hiện nghiêm phương châm “bốn tại chỗ” và “ba sẵn sàng” trong phòng chống thiên tai.
| Mục tiêu cao nhất là {*lifeFirst}.
| UBND các xã, phường kiên quyết di dời người dân ra khỏi khu vực có nguy cơ sạt lở, lũ quét khi có mưa lớn kéo dài.
| Bộ Chỉ huy Quân sự tỉnh duy trì lực lượng thường trực sẵn sàng cơ động cứu hộ, cứu nạn, hỗ trợ nhân dân sơ tán.
| Sở Nông nghiệp và Môi trường giám sát vận hành an toàn {#18-40} hồ chứa thuỷ lợi, kiểm tra đê điều, kè bờ sông.
| Mưa lũ đã làm {#20-380} ngôi nhà bị ngập, {#40-900/10} ha lúa và hoa màu bị hư hại, ước thiệt hại khoảng {#5-120} tỷ đồng.
| Lực lượng chức năng đã tổ chức phân luồng, chốt chặn tại các đoạn đường giao thông bị ngập sâu, sạt lở.
| Công an tỉnh bảo đảm an ninh trật tự tại các khu vực sơ tán, không để kẻ xấu lợi dụng trộm cắp tài sản.
| Tỉnh đã chuẩn bị {#800-2500/10} cán bộ, chiến sĩ, {#20-80} xuồng, ca nô và {#2000-5000/100} áo phao sẵn sàng ứng cứu.
| {common} | {common}
lifeFirst = hạn chế đến mức thấp nhất thiệt hại về người | không để người dân bị đói, rét, thiếu nơi ở
item = UBND các xã, phường rà soát, cập nhật phương án sơ tán dân
| Bộ Chỉ huy Quân sự tỉnh chủ trì hiệp đồng lực lượng, phương tiện cứu hộ
| Công an tỉnh phân luồng giao thông tại các đoạn đường bị ngập, sạt lở
| Sở Nông nghiệp và Môi trường giám sát an toàn hồ chứa, hướng dẫn thu hoạch sớm lúa, hoa màu
| Sở Xây dựng bố trí vật tư, phương tiện tại các vị trí xung yếu, bảo đảm giao thông thông suốt
| Không để người dân đi qua ngầm tràn, đò ngang khi không bảo đảm an toàn
voice = Nước lên nhanh quá, may có bộ đội và dân quân về kịp, giúp gia đình tôi chuyển đồ đạc, đưa người già, trẻ nhỏ lên chỗ cao.
| Năm nào mùa mưa cũng lo sạt lở, nay được bố trí đất tái định cư, cả xóm yên tâm rồi.
$evacuated = {#120-3400}
)",
    uR"(@topic 4 4
agency = Công an tỉnh
source = Công an tỉnh | Cổng TTĐT tỉnh | Phòng Cảnh sát giao thông Công an tỉnh
tag = an ninh trật tự | an toàn giao thông | ma tuý | phòng chống tội phạm | tai nạn giao thông | lừa đảo qua mạng
title = [drugs] Triệt phá đường dây ma tuý ở {place}, bắt {$suspects} đối tượng, thu giữ {$heroin} bánh heroin
| [traffic] Tai nạn giao thông {#9-11} tháng năm {year} giảm {#5-40} vụ, {#3-25} người chết so với cùng kỳ
| [fraud] Cảnh báo thủ đoạn lừa đảo qua mạng, người dân {place} mất {$lost} triệu đồng
| [model] Ra mắt mô hình “{$safetyModel}” tại {place}
| [traffic] Công an {place} xử lý {#40-860} trường hợp vi phạm nồng độ cồn trong đợt cao điểm
$safetyModel = Camera an ninh | Khu dân cư an toàn | Tuyến đường tự quản | Cổng trường an toàn giao thông
sapo = [drugs] Công an tỉnh vừa phối hợp với các lực lượng chức năng triệt phá đường dây mua bán trái phép chất ma tuý, bắt giữ {$suspects} đối tượng, thu giữ {$heroin} bánh heroin và hơn {#1000-9000/100} viên ma tuý tổng hợp.
| [traffic] Từ đầu năm {year} đến nay, trên địa bàn tỉnh xảy ra {#60-240} vụ tai nạn giao thông, làm chết {#30-120} người, giảm cả ba tiêu chí về số vụ, số người chết và số người bị thương.
| [model] {When}, Công an {place} phối hợp với Uỷ ban MTTQ xã ra mắt mô hình “{$safetyModel}”, huy động người dân cùng tham gia bảo đảm an ninh trật tự.
| [fraud] Công an tỉnh vừa phát đi cảnh báo sau khi {person} ở {place} bị các đối tượng giả danh cán bộ công an gọi điện, yêu cầu chuyển khoản và chiếm đoạt {$lost} triệu đồng.
heading = Quyết liệt tấn công trấn áp tội phạm | Kéo giảm tai nạn giao thông | Phát huy sức mạnh toàn dân | Cảnh giác với lừa đảo qua mạng
sentence = Qua công tác nắm tình hình, Công an tỉnh phát hiện nhóm đối tượng thường xuyên vận chuyển ma tuý từ khu vực biên giới về tiêu thụ.
| Tại cơ quan công an, các đối tượng đã khai nhận toàn bộ hành vi phạm tội; vụ án đang được mở rộng điều tra.
| Lực lượng cảnh sát giao thông đã kiểm tra {#12000-46000/100} lượt phương tiện, xử phạt {#8-36} tỷ đồng.
| Nguyên nhân chủ yếu của tai nạn giao thông là đi không đúng phần đường, vượt ẩu và điều khiển phương tiện sau khi uống rượu, bia.
| Các đối tượng giả danh cán bộ công an, ngân hàng gọi điện yêu cầu người dân chuyển tiền hoặc cài ứng dụng lạ trên điện thoại.
| Công an tỉnh khuyến cáo người dân tuyệt đối không cung cấp mã OTP, không bấm vào đường dẫn lạ.
| Toàn tỉnh đã lắp đặt {#1200-6800} camera an ninh, kết nối về Trung tâm chỉ huy Công an tỉnh.
| Công an {place} đã tiếp nhận, giải quyết {#40-260} tin báo, tố giác tội phạm, đạt tỷ lệ {#90.0-99.0}%.
| {common}
item = Tăng cường tuần tra, kiểm soát trên các tuyến đường trọng điểm
| Kiểm tra, xử lý nghiêm vi phạm nồng độ cồn, tốc độ
| Tuyên truyền thủ đoạn lừa đảo qua mạng đến từng thôn, khu phố
| Lắp đặt camera an ninh tại các khu dân cư, trường học
| Quản lý chặt người nghiện, người sử dụng trái phép chất ma tuý
voice = Từ khi thôn có camera an ninh, tình trạng trộm cắp vặt giảm hẳn, bà con yên tâm làm ăn.
$heroin = {#2-18}
$suspects = {#3-12}
$lost = {#200-2400/10}
)",
    uR"(@topic 4 2
agency = Bộ Chỉ huy Quân sự tỉnh
source = Bộ Chỉ huy Quân sự tỉnh | Cổng TTĐT tỉnh | Công an tỉnh
tag = quốc phòng | giao nhận quân | diễn tập | phòng cháy chữa cháy | dân quân tự vệ | lực lượng vũ trang
title = [recruit] Tỉnh tổ chức giao nhận quân năm {year}: {$recruits} thanh niên lên đường nhập ngũ
| [drill] Diễn tập khu vực phòng thủ {place} năm {year}, huy động {#300-1200} người tham gia
| [fire] {Place} thực tập phương án chữa cháy, cứu nạn tại khu dân cư với {#100-400} người tham gia
| [drill] Huấn luyện dân quân tự vệ năm {year}: {place} có {#92.0-99.5}% đạt yêu cầu
| [houses] Bộ Chỉ huy Quân sự tỉnh giúp dân {place} xây {$comradeHouses} nhà đồng đội
sapo = [recruit] {When}, các xã, phường trên địa bàn tỉnh đồng loạt tổ chức lễ giao nhận quân năm {year}; {$recruits} thanh niên ưu tú đã lên đường thực hiện nghĩa vụ quân sự, nghĩa vụ tham gia Công an nhân dân.
| [drill] Sau {#2-4} ngày thực hiện nghiêm túc, cuộc diễn tập khu vực phòng thủ {place} năm {year} đã kết thúc thành công, đạt mục đích, yêu cầu đề ra.
| [fire] {When}, Công an tỉnh phối hợp với UBND {place} tổ chức thực tập phương án chữa cháy và cứu nạn, cứu hộ tại khu dân cư với sự tham gia của {#100-400} người.
| [houses] Bộ Chỉ huy Quân sự tỉnh vừa bàn giao {$comradeHouses} căn nhà đồng đội cho gia đình quân nhân có hoàn cảnh khó khăn tại {place}; mỗi căn được hỗ trợ từ {#60-100} triệu đồng.
heading = Nhanh gọn, an toàn, đúng luật | Nâng cao khả năng sẵn sàng chiến đấu | Phòng cháy từ sớm, từ xa | Quân với dân một ý chí
sentence = Tất cả tân binh đều có trình độ văn hoá từ trung học phổ thông trở lên, nhiều thanh niên đã tốt nghiệp đại học, cao đẳng.
| Cuộc diễn tập giúp nâng cao năng lực lãnh đạo, chỉ đạo của cấp uỷ, chính quyền cơ sở trong xử lý các tình huống quốc phòng, an ninh.
| Lực lượng dân quân tự vệ của tỉnh được huấn luyện bài bản, sẵn sàng tham gia phòng chống thiên tai, cứu hộ, cứu nạn.
| Từ đầu năm {year}, trên địa bàn tỉnh xảy ra {#8-40} vụ cháy, giảm {#10.0-45.0}% so với cùng kỳ.
| Cơ quan chức năng khuyến cáo người dân không câu móc, sử dụng điện tuỳ tiện, trang bị bình chữa cháy tại gia đình.
| {#5-30} căn nhà đồng đội được Bộ Chỉ huy Quân sự tỉnh hỗ trợ xây dựng với kinh phí {#60-100} triệu đồng mỗi căn.
| {common} | {common}
item = Tổ chức giao nhận quân nhanh gọn, an toàn, đúng luật
| Huấn luyện dân quân tự vệ sát thực tế, sẵn sàng cơ động
| Tuyên truyền kiến thức phòng cháy chữa cháy đến từng hộ gia đình
| Xây dựng mô hình “Tổ liên gia an toàn phòng cháy chữa cháy”
| Chăm lo hậu phương quân đội, gia đình chính sách
voice = Con tôi lên đường nhập ngũ, gia đình vừa lo vừa tự hào; mong cháu rèn luyện tốt, hoàn thành nhiệm vụ.
$recruits = {#800-1600}
$comradeHouses = {#5-30}
)",
    uR"(@topic 5 5
agency = Sở Giáo dục và Đào tạo
source = Sở Giáo dục và Đào tạo | Cổng TTĐT tỉnh
tag = giáo dục | năm học mới | thi tốt nghiệp THPT | học sinh | giáo viên | chuyển đổi số trong giáo dục
title = [year] Hơn {$students} nghìn học sinh bước vào năm học {year}–{nextYear}, tỉnh tuyển thêm {#200-900} giáo viên
| [exam] Kỳ thi tốt nghiệp THPT năm {year}: tỉnh có {#9000-16000/10} thí sinh dự thi tại {#28-60} điểm thi
| [exam] Tỷ lệ tốt nghiệp THPT của tỉnh đạt {$passRate}%, {#12-160} thí sinh đạt điểm 10
| [year] {Place} khánh thành Trường Tiểu học {placeName} với {#12-30} phòng học
| [year] Tuyển dụng {#200-900} giáo viên, khắc phục tình trạng thiếu giáo viên ở vùng khó khăn
| [review] Ngành giáo dục tập huấn chuyển đổi số cho {#1200-6800} cán bộ quản lý, giáo viên tại {#30-110} điểm
sapo = [year] {When}, hơn {$students} nghìn học sinh các cấp trên địa bàn tỉnh đồng loạt dự lễ khai giảng năm học {year}–{nextYear}; ngành giáo dục đã chuẩn bị đầy đủ trường lớp, sách giáo khoa và đội ngũ giáo viên.
| [exam] Kỳ thi tốt nghiệp THPT năm {year} tại tỉnh diễn ra nghiêm túc, an toàn, đúng quy chế; tỷ lệ tốt nghiệp đạt {$passRate}%, nhiều môn có điểm trung bình cao hơn bình quân cả nước.
| [review] Sở Giáo dục và Đào tạo vừa tổng kết năm học {lastYear}–{year}, nhiều chỉ tiêu về phổ cập giáo dục, xây dựng trường chuẩn quốc gia và chuyển đổi số đã hoàn thành vượt kế hoạch.
heading = Sẵn sàng cho năm học mới | Chất lượng giáo dục từng bước nâng lên | Khắc phục thiếu giáo viên | Chuyển đổi số trong trường học
| Kỳ thi nghiêm túc, an toàn
sentence = Năm học này, toàn tỉnh có {#420-680} trường học với hơn {#6000-9800/10} lớp học.
| Tỷ lệ trường đạt chuẩn quốc gia đạt {#62.0-88.0}%, tăng {#2.0-6.5}% so với năm học trước.
| Ngành giáo dục còn thiếu {#300-1100} giáo viên, chủ yếu ở bậc mầm non và các môn tin học, tiếng Anh, nghệ thuật.
| Sở Giáo dục và Đào tạo đã phối hợp với Công an tỉnh, ngành điện lực, y tế bảo đảm an toàn tuyệt đối cho kỳ thi.
| {#40-120} học sinh của tỉnh đạt giải trong kỳ thi chọn học sinh giỏi quốc gia.
| Nhiều trường đã triển khai học bạ số, sổ điểm điện tử và thu học phí không dùng tiền mặt.
| Chính sách miễn học phí đã giúp giảm gánh nặng chi phí cho hàng chục nghìn gia đình.
| Trường Tiểu học {placeName} có {#12-30} phòng học, phòng chức năng được trang bị hiện đại, tổng kinh phí {#12-48} tỷ đồng.
| {common} | {common}
item = Bảo đảm đủ phòng học, bàn ghế, thiết bị dạy học trước ngày khai giảng
| Tuyển dụng, bố trí đủ giáo viên ở các môn học còn thiếu
| Triển khai học bạ số, sổ điểm điện tử ở tất cả các trường
| Tăng cường giáo dục kỹ năng sống, an toàn giao thông cho học sinh
| Nâng cao chất lượng dạy học ngoại ngữ, tin học
quote = {Person}, phụ huynh học sinh ở {place}, chia sẻ: “{voice}” | Em {surname} {femaleMiddle} {femaleName}, học sinh lớp 12 Trường THPT {placeName}, chia sẻ: “{pupilVoice}”
| Phát biểu tại buổi lễ, {leader} nhấn mạnh: “{leaderVoice}”
voice = Trường mới khang trang, các cháu có phòng học tin học, thư viện riêng, phụ huynh chúng tôi rất yên tâm.
| Năm nay nhà trường nhắn tin báo điểm, học phí qua điện thoại, phụ huynh theo dõi việc học của con dễ hơn nhiều.
pupilVoice = Em sẽ cố gắng học thật tốt để thi đỗ đại học, sau này về giúp quê hương.
| Thầy cô ôn tập rất kỹ nên em tự tin hơn khi bước vào kỳ thi.
$students = {#180-320/10}
$passRate = {#96.0-99.8}
)",
    uR"(@topic 5 4
agency = Sở Giáo dục và Đào tạo
source = Sở Giáo dục và Đào tạo | Cổng TTĐT tỉnh | Hội Khuyến học tỉnh
tag = giáo dục | học bổng | khuyến học | trường học | giáo dục nghề nghiệp | bữa ăn bán trú
title = [scholarship] Trao {$scholarships} suất học bổng cho học sinh nghèo vượt khó tại {place}
| [schools] Xây dựng {$schools} trường học mới ở các xã vùng sâu, vùng xa, tổng kinh phí {#400-1800/10} tỷ đồng
| [meals] {Place}: {$fed}% học sinh bán trú được hỗ trợ bữa ăn
| [schools] Trường Trung học cơ sở {placeName} đạt chuẩn quốc gia mức độ {#1-2}
| [vocational] Tuyển sinh giáo dục nghề nghiệp năm {year} đạt {$trainees} học viên
sapo = [scholarship] {When}, Hội Khuyến học tỉnh phối hợp với các doanh nghiệp trao {$scholarships} suất học bổng cho học sinh, sinh viên có hoàn cảnh khó khăn, vượt khó học giỏi tại {place} và các xã lân cận.
| [schools] UBND tỉnh vừa phê duyệt đề án đầu tư xây dựng {$schools} trường học ở các xã vùng sâu, vùng xa, tổng kinh phí hơn {#400-1800/10} tỷ đồng, hoàn thành trong giai đoạn 2026–2030.
| [meals] Năm học {year}–{nextYear}, {place} có {#300-1800} học sinh bán trú; {$fed}% các em được hỗ trợ gạo và tiền ăn theo quy định, bữa ăn bán trú ngày càng đầy đủ, bảo đảm dinh dưỡng.
| [vocational] Năm {year}, các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh tuyển sinh được {$trainees} học viên, đạt {#95.0-112.0}% kế hoạch; phần lớn học viên có việc làm ngay sau khi tốt nghiệp.
heading = Tiếp sức đến trường | Đầu tư trường lớp vùng khó | Bữa ăn bán trú cho học trò | Hướng nghiệp, dạy nghề
sentence = Mỗi suất học bổng trị giá từ {#2-10} triệu đồng, kèm theo sách vở, đồ dùng học tập.
| Nhiều học sinh dân tộc thiểu số ở {place} phải đi bộ hàng chục cây số đến trường, nay đã có nhà bán trú kiên cố.
| Ngành giáo dục đã huy động xã hội hoá hơn {#5-40} tỷ đồng để sửa chữa trường lớp, mua sắm thiết bị.
| Trường Trung học cơ sở {placeName} có {#400-1200} học sinh, tỷ lệ học sinh khá, giỏi đạt {#45.0-78.0}%.
| Các cơ sở giáo dục nghề nghiệp đã liên kết với doanh nghiệp, bảo đảm việc làm cho học viên sau khi tốt nghiệp.
| {#90.0-100.0}% học sinh bán trú được hỗ trợ gạo và tiền ăn theo quy định.
| {common} | {common}
item = Ưu tiên đầu tư trường lớp ở các xã vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số
| Xoá phòng học tạm, phòng học mượn
| Hỗ trợ bữa ăn bán trú, nhà ở cho học sinh ở xa
| Phát triển phong trào khuyến học, khuyến tài, xây dựng xã hội học tập
| Gắn đào tạo nghề với nhu cầu của doanh nghiệp
quote = Em {surname} {maleMiddle} {maleName}, học sinh Trường Trung học cơ sở {placeName}, xúc động: “{voice}”
| {Person}, Chủ tịch Hội Khuyến học {place}, cho biết: “Mỗi suất học bổng là sự động viên kịp thời để các em vững bước đến trường.”
voice = Nhà em khó khăn, có học bổng em đỡ lo tiền sách vở, sẽ cố gắng học tốt để không phụ lòng mọi người.
$scholarships = {#100-800}
$schools = {#12-45}
$fed = {#90.0-100.0}
$trainees = {#8000-16000/10}
)",
    uR"(@topic 6 5
agency = Sở Y tế
source = Sở Y tế | Trung tâm Kiểm soát bệnh tật tỉnh | Cổng TTĐT tỉnh
tag = y tế | tiêm chủng | phòng chống dịch | sốt xuất huyết | sức khoẻ trẻ em | vắc xin
$vaccine = vắc xin sởi | vắc xin sởi – rubella | vắc xin bạch hầu, ho gà, uốn ván | vắc xin phòng viêm não Nhật Bản
| vắc xin phòng bệnh tay chân miệng
$disease = sốt xuất huyết | tay chân miệng | sởi | cúm mùa | bạch hầu
title = [campaign] Tiêm bổ sung {$vaccine} miễn phí cho hơn {#12000-68000/100} trẻ em
| [outbreak] Ca mắc {$disease} tăng, {place} ra quân diệt lăng quăng, phun hoá chất
| [campaign] Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi ở {place} đạt {#92.0-98.9}%
| [outbreak] {Place} chủ động phòng chống {$disease} mùa mưa năm {year}
| [outbreak] {Place} ghi nhận {$cases} ca mắc {$disease}, chưa có trường hợp tử vong
| [campaign] Triển khai chiến dịch tiêm chủng {$vaccine} tại {#60-110} xã, phường
sapo = [campaign] Từ ngày 1 đến 20/{nextMonth}, ngành Y tế tỉnh tổ chức chiến dịch tiêm bổ sung {$vaccine} miễn phí cho trẻ em tại {#60-110} xã, phường, nhằm tạo miễn dịch cộng đồng, phòng ngừa nguy cơ bùng phát dịch.
| [outbreak] Từ đầu năm {year}, toàn tỉnh ghi nhận {#120-2400} ca mắc {$disease}, tăng {#10.0-60.0}% so với cùng kỳ; riêng {place} có {$cases} ca, tập trung ở các khu dân cư đông đúc.
| [outbreak] Sở Y tế vừa có văn bản đề nghị UBND các xã, phường tăng cường công tác tiêm chủng, giám sát chặt chẽ, phát hiện sớm các trường hợp mắc {$disease} để khoanh vùng, xử lý kịp thời.
heading = Vì sao cần tiêm bổ sung? | Đối tượng, thời gian và địa điểm | Phụ huynh cần lưu ý | Không để dịch lan rộng
| Ra quân diệt lăng quăng | Tình hình dịch bệnh
sentence = Theo Trung tâm Kiểm soát bệnh tật tỉnh, phần lớn ca mắc là trẻ chưa tiêm hoặc tiêm chưa đủ mũi vắc xin.
| Tỷ lệ tiêm chủng cần đạt trên 95% mới bảo đảm miễn dịch cộng đồng, ngăn chặn dịch lây lan.
| {*vaccinePoint} là biện pháp phòng bệnh hiệu quả nhất, an toàn và tiết kiệm.
| Ngành Y tế bảo đảm đủ vắc xin, vật tư tiêm chủng; 100% điểm tiêm được bố trí tổ cấp cứu và khám sàng lọc trước tiêm.
| Tại các thôn, bản vùng sâu, vùng xa, ngành Y tế bố trí thêm điểm tiêm chủng lưu động.
| Trạm Y tế {place} đã phối hợp với các đoàn thể ra quân diệt lăng quăng, vệ sinh môi trường tại {#300-2400/10} hộ gia đình.
| Người dân có biểu hiện sốt cao, phát ban cần đến ngay cơ sở y tế gần nhất để được khám, điều trị kịp thời.
| Trung tâm Kiểm soát bệnh tật tỉnh đã phun hoá chất diệt muỗi tại {#8-40} ổ dịch, không để dịch lan rộng.
| {common} | {common}
vaccinePoint = Tiêm vắc xin | Tiêm chủng đầy đủ, đúng lịch
listIntro = Phụ huynh đưa trẻ đi tiêm cần lưu ý: | Ngành Y tế khuyến cáo người dân:
item = Mang theo sổ hoặc phiếu tiêm chủng của trẻ
| Thông báo cho nhân viên y tế về tình trạng sức khoẻ, tiền sử dị ứng của trẻ
| Ở lại điểm tiêm ít nhất 30 phút sau tiêm để được theo dõi
| Theo dõi trẻ tại nhà trong 24–48 giờ, đưa trẻ đến cơ sở y tế nếu có biểu hiện bất thường
| Đậy kín dụng cụ chứa nước, thả cá diệt lăng quăng, ngủ màn kể cả ban ngày
voice = Trạm y tế nhắn tin báo lịch tiêm chủng tận nơi, tôi đưa cháu đi tiêm rất thuận tiện.
$cases = {#12-160}
)",
    uR"(@topic 6 4
agency = Sở Y tế
source = Sở Y tế | Cổng TTĐT tỉnh | Bảo hiểm xã hội tỉnh
tag = y tế | khám chữa bệnh | bảo hiểm y tế | an toàn thực phẩm | trạm y tế | y tế cơ sở
title = [clinic] Khám bệnh, cấp thuốc miễn phí cho {$patients} người dân {place}
| [insurance] Tỷ lệ bao phủ bảo hiểm y tế của tỉnh đạt {#92.0-97.8}%, {place} đạt {#93.0-99.5}%
| [station] Trạm Y tế {place} được đầu tư {$stationCost} tỷ đồng nâng cấp cơ sở vật chất
| [food] Kiểm tra an toàn thực phẩm: phát hiện {$violations} cơ sở vi phạm, xử phạt {#50-600/10} triệu đồng
| [technique] Bệnh viện Đa khoa tỉnh triển khai thành công kỹ thuật {$technique} cho bệnh nhân {#38-86} tuổi ở {place}
| [insurance] Khám chữa bệnh bằng căn cước công dân, người dân {place} không cần thẻ bảo hiểm y tế giấy
$technique = can thiệp mạch vành | phẫu thuật nội soi khớp gối | lọc máu liên tục | phẫu thuật thay khớp háng | điều trị đột quỵ não
sapo = [clinic] {When}, Sở Y tế phối hợp với UBND {place} tổ chức khám bệnh, tư vấn sức khoẻ và cấp thuốc miễn phí cho {$patients} người dân, chủ yếu là người cao tuổi, người có công và hộ nghèo.
| [insurance] Đến nay, tỷ lệ người dân tham gia bảo hiểm y tế của tỉnh đạt {#92.0-97.8}%; 100% cơ sở khám chữa bệnh đã triển khai khám bằng căn cước công dân gắn chip.
| [food] Đoàn kiểm tra liên ngành về an toàn thực phẩm của tỉnh đã kiểm tra {#200-900} cơ sở sản xuất, kinh doanh thực phẩm, phát hiện và xử lý {$violations} cơ sở vi phạm.
| [station] Trạm Y tế {place} vừa được đầu tư {$stationCost} tỷ đồng xây mới, nâng cấp với đầy đủ phòng khám, phòng tiêm chủng và trang thiết bị thiết yếu, phục vụ hơn {#4000-18000/100} người dân.
| [technique] Bệnh viện Đa khoa tỉnh vừa triển khai thành công kỹ thuật {$technique}, giúp người bệnh được điều trị ngay tại tỉnh, không phải chuyển lên tuyến trên, tiết kiệm đáng kể chi phí.
heading = Chăm sóc sức khoẻ từ cơ sở | Bảo hiểm y tế – chỗ dựa của người dân | Bảo đảm an toàn thực phẩm | Ứng dụng kỹ thuật cao
sentence = Trạm Y tế {place} hiện có {#5-12} cán bộ, trong đó có {#1-3} bác sĩ, bảo đảm khám, chữa bệnh ban đầu cho người dân.
| Mỗi năm, Bệnh viện Đa khoa tỉnh tiếp nhận hơn {#180000-420000/1000} lượt khám bệnh, điều trị nội trú cho {#30000-60000/100} lượt bệnh nhân.
| Việc triển khai thành công kỹ thuật mới giúp người bệnh không phải chuyển lên tuyến trên, tiết kiệm chi phí.
| Đoàn kiểm tra đã tiêu huỷ {#200-2400/10} kg thực phẩm không rõ nguồn gốc, xử phạt {#50-600/10} triệu đồng.
| Người dân được khám bằng căn cước công dân hoặc ứng dụng định danh điện tử, không cần xuất trình thẻ bảo hiểm y tế giấy.
| Tỉnh hỗ trợ {#30-70}% mức đóng bảo hiểm y tế cho hộ cận nghèo và hộ làm nông, lâm, ngư nghiệp có mức sống trung bình.
| Hồ sơ sức khoẻ điện tử của người dân đã được cập nhật trên ứng dụng định danh điện tử.
| {common} | {common}
item = Nâng cấp trạm y tế xã, bảo đảm đủ trang thiết bị thiết yếu
| Luân phiên bác sĩ tuyến tỉnh về hỗ trợ y tế cơ sở
| Vận động người dân tham gia bảo hiểm y tế hộ gia đình
| Kiểm tra, xử lý nghiêm cơ sở vi phạm an toàn thực phẩm
| Quản lý bệnh không lây nhiễm như tăng huyết áp, đái tháo đường tại trạm y tế
voice = Được bác sĩ tỉnh về tận xã khám, cấp thuốc, người già như tôi đỡ phải đi xa, tốn kém.
$patients = {#300-1500}
$violations = {#20-160}
$stationCost = {#3-12}
)",
    uR"(@topic 7 6
agency = Sở Nông nghiệp và Môi trường
source = Sở Nông nghiệp và Môi trường | Cổng TTĐT tỉnh | Văn phòng Điều phối nông thôn mới tỉnh
tag = nông nghiệp | nông thôn mới | sản xuất lúa | chuyển đổi cây trồng | hợp tác xã | nông nghiệp công nghệ cao
$crop = lúa | ngô | sắn | mía | rau màu | cây ăn quả | cà phê | hồ tiêu
title = [nrd] {Place} đạt chuẩn nông thôn mới nâng cao năm {year}, thu nhập bình quân {#52-78} triệu đồng/người
| [harvest] Vụ {season} {year}: năng suất lúa đạt {$yield} tạ/ha, nông dân {place} phấn khởi
| [crop] Chuyển đổi {$area} ha đất lúa kém hiệu quả sang trồng {$crop} tại {place}
| [nrd] Xây dựng nông thôn mới: {place} về đích, toàn tỉnh có {#40-90} xã đạt chuẩn
| [crop] Cánh đồng lớn ở {place} liên kết tiêu thụ {#500-4000/10} tấn {$crop}
| [crop] Ứng dụng công nghệ cao trong sản xuất {$crop} tại {place}
sapo = [harvest] Vụ {season} năm {year}, toàn tỉnh gieo trồng {#18000-62000/100} ha lúa, năng suất bình quân đạt {$yield} tạ/ha; nhiều cánh đồng ở {place} đạt trên 70 tạ/ha nhờ áp dụng giống mới và cơ giới hoá.
| [nrd] {When}, UBND tỉnh tổ chức lễ công bố {place} đạt chuẩn nông thôn mới nâng cao năm {year}; diện mạo nông thôn đổi thay rõ rệt, thu nhập bình quân đạt {#52-78} triệu đồng/người/năm.
| [crop] Thực hiện chủ trương chuyển đổi cơ cấu cây trồng, nông dân {place} đã chuyển {$area} ha đất lúa kém hiệu quả sang trồng {$crop}, cho thu nhập cao gấp {#2-4} lần.
heading = Được mùa, được giá | Diện mạo nông thôn đổi thay | Liên kết sản xuất, tiêu thụ | Ứng dụng khoa học kỹ thuật | Hướng đến nông nghiệp xanh
sentence = Nông dân đã đưa các giống lúa chất lượng cao vào sản xuất, tỷ lệ cơ giới hoá khâu làm đất và thu hoạch đạt trên 95%.
| Giá lúa tươi tại ruộng dao động từ {#6000-8400/100} đến {#7000-9200/100} đồng/kg, nông dân có lãi khá.
| {place} đã huy động hơn {#12-90} tỷ đồng xây dựng nông thôn mới, trong đó người dân đóng góp tiền, ngày công và hiến đất làm đường giao thông.
| 100% tuyến đường giao thông trục xã, liên thôn đã được cứng hoá, có điện chiếu sáng.
| Hợp tác xã {placeName} liên kết với doanh nghiệp bao tiêu {#500-4000/10} tấn sản phẩm mỗi vụ.
| Thu nhập bình quân đầu người ở khu vực nông thôn đạt {#52-78} triệu đồng/năm, tăng {#8.0-15.0}% so với năm trước.
| Nhiều hộ đã ứng dụng tưới nhỏ giọt, nhà màng, nhật ký điện tử và truy xuất nguồn gốc trong sản xuất {$crop}.
| Toàn tỉnh có {#40-90} xã đạt chuẩn nông thôn mới, {#8-30} xã đạt chuẩn nông thôn mới nâng cao và {#2-12} xã đạt chuẩn kiểu mẫu.
| Sản phẩm {$crop} của {place} đã có {#2-8} sản phẩm đạt chuẩn OCOP.
| {common} | {common}
item = Đưa giống mới năng suất, chất lượng cao vào sản xuất
| Phát triển vùng nguyên liệu tập trung gắn với chế biến, tiêu thụ
| Đẩy mạnh cơ giới hoá, ứng dụng công nghệ cao
| Hoàn thiện hạ tầng giao thông, thuỷ lợi nội đồng
| Xây dựng mã số vùng trồng, truy xuất nguồn gốc sản phẩm
voice = Năm nay được mùa lại được giá, trừ chi phí nhà tôi lãi hơn {#30-120} triệu đồng, cả nhà ai cũng vui.
| Chuyển sang trồng {$crop} theo hợp đồng với doanh nghiệp, đầu ra ổn định nên bà con không còn lo được mùa mất giá.
$yield = {#52.0-68.0}
$area = {#200-1800}
)",
    uR"(@topic 7 4
agency = Sở Nông nghiệp và Môi trường
source = Sở Nông nghiệp và Môi trường | Chi cục Chăn nuôi và Thú y tỉnh | Chi cục Thuỷ sản tỉnh | Cổng TTĐT tỉnh
tag = thuỷ lợi | chăn nuôi | thuỷ sản | dịch tả lợn châu Phi | chống khai thác IUU | trồng rừng
title = [pigs] Khống chế dịch tả lợn châu Phi tại {place}, tiêu huỷ {$pigs} con lợn bệnh
| [iuu] Chống khai thác IUU: {place} quản lý chặt {#40-380} tàu cá, {#98.0-100.0}% lắp thiết bị giám sát
| [reservoir] Nâng cấp hồ chứa nước {$reservoir} bảo đảm tưới cho {#200-1600} ha lúa
| [vet] Tiêm phòng vắc xin cho {$vaccinated} con gia súc, gia cầm tại {#40-110} xã, phường
| [forest] Trồng mới {$forest} ha rừng tập trung, {place} đạt tỷ lệ che phủ rừng {$cover}%
sapo = [pigs] Chi cục Chăn nuôi và Thú y tỉnh cho biết, dịch tả lợn châu Phi đã xuất hiện tại {#2-6} thôn của {place}; lực lượng chức năng đã tiêu huỷ {$pigs} con lợn bệnh và khoanh vùng, khống chế ổ dịch.
| [iuu] Thực hiện các giải pháp chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU), đến nay {#98.0-100.0}% tàu cá dài từ 15 m trở lên của tỉnh đã lắp thiết bị giám sát hành trình.
| [reservoir] Dự án nâng cấp hồ chứa nước {$reservoir} tại {place} có tổng mức đầu tư {#30-180} tỷ đồng, bảo đảm nước tưới cho {#200-1600} ha lúa và cấp nước sinh hoạt cho hàng nghìn hộ dân.
| [vet] Chi cục Chăn nuôi và Thú y tỉnh đã tiêm phòng vắc xin lở mồm long móng, tụ huyết trùng cho {$vaccinated} con gia súc, gia cầm tại {#40-110} xã, phường, đạt {#85.0-98.0}% tổng đàn thuộc diện tiêm.
| [forest] Năm {year}, toàn tỉnh trồng mới {$forest} ha rừng tập trung, chủ yếu là keo, thông và cây bản địa; tỷ lệ che phủ rừng của {place} đạt {$cover}%.
heading = Khoanh vùng, dập dịch | Bảo đảm nước cho sản xuất | Quyết tâm gỡ “thẻ vàng” | Phát triển rừng bền vững | Chăn nuôi an toàn sinh học
sentence = Ngay khi phát hiện ổ dịch, UBND {place} đã lập chốt kiểm dịch, phun khử trùng, tiêu độc toàn bộ khu vực chăn nuôi.
| Ngành thú y khuyến cáo người chăn nuôi không giấu dịch, không bán chạy lợn bệnh, không vứt xác động vật ra môi trường.
| Lực lượng chức năng tuần tra, kiểm soát chặt tàu cá ra vào cảng, xử lý nghiêm tàu vi phạm vùng biển nước ngoài.
| Toàn tỉnh hiện có {#800-2600} tàu cá, trong đó {#200-700} tàu có chiều dài từ 15 m trở lên.
| Công trình thuỷ lợi được nâng cấp giúp nông dân chủ động nước tưới, giảm thiệt hại do hạn hán, xâm nhập mặn.
| Tỉnh đã tiêm phòng vắc xin lở mồm long móng, tụ huyết trùng cho {#120000-480000/1000} con gia súc, gia cầm.
| Diện tích rừng trồng mới chủ yếu là keo, thông và các loài cây bản địa, gắn với chứng chỉ quản lý rừng bền vững.
| {common} | {common}
item = Khoanh vùng, xử lý triệt để ổ dịch, không để lây lan
| Tiêm phòng vắc xin định kỳ cho đàn gia súc, gia cầm
| Kiểm soát 100% tàu cá ra vào cảng, xử lý nghiêm vi phạm IUU
| Nạo vét kênh mương, sửa chữa công trình thuỷ lợi trước mùa khô
| Giao đất, giao rừng cho cộng đồng dân cư quản lý, bảo vệ
voice = Nhờ hồ chứa được nâng cấp, vụ {season} này ruộng nhà tôi đủ nước, không phải bỏ hoang như mấy năm trước.
$pigs = {#40-900}
$reservoir = {otherPlaceName}
$vaccinated = {#120000-480000/1000}
$forest = {#3000-9000/100}
$cover = {#45.0-68.0}
)",
};
// ---- the engine: the grammar parsed once, then expanded with no parsing and few allocations ----

enum class Op : quint8 {
    Text,
    Rule,
    Number,
    Place,
    CapitalPlace,
    PlaceName,
    OtherPlace,
    OtherPlaceName,
    Hamlet,
    Date,
    Month,
    NextMonth,
    Year,
    NextYear,
    LastYear,
    Quarter,
};

constexpr std::pair<std::u16string_view, Op> builtins[] = {
    {u"place", Op::Place},         {u"Place", Op::CapitalPlace},     {u"placeName", Op::PlaceName},
    {u"otherPlace", Op::OtherPlace}, {u"otherPlaceName", Op::OtherPlaceName}, {u"hamlet", Op::Hamlet},
    {u"date", Op::Date},           {u"month", Op::Month},            {u"nextMonth", Op::NextMonth},
    {u"year", Op::Year},           {u"nextYear", Op::NextYear},      {u"lastYear", Op::LastYear},
    {u"quarter", Op::Quarter},
};

struct Segment {
    Op op = Op::Text;
    bool bold = false;     // Rule: "{*name}"
    bool sticky = false;   // Rule: "{$name}", one expansion for the whole article
    quint8 decimals = 0;   // Number
    int symbol = -1;       // Rule
    qint64 low = 0;        // Number: low + step * [0, steps)
    qint64 steps = 1;
    qint64 step = 1;
    QStringView text;      // Text
    quint16 spaces = 0;    // Text: its spaces, and its " – ", so that
    quint16 dashes = 0;    // words are counted without reading them again
};

struct Alternative {
    int first = 0;
    int count = 0;
    QString plain;          // the text when there is nothing to expand: copied, never rebuilt
    bool isPlain = false;
    bool isDelegate = false;  // nothing but "{rule}": freshness is that rule's business
    int story = -1;           // "[key] ...": a sapo follows its title's story
};

struct Rule {
    int first = 0;
    int count = 0;
    bool fresh = false;  // never the same alternative twice in one article
};

struct Topic {
    int section = 0;
    int weight = 0;
    std::vector<int> rules;  // symbol -> rule, -1 where undefined
};

// The symbols the engine itself asks for.
enum EngineSymbol {
    Title,
    Sapo,
    SapoTail,
    Lead,
    Heading,
    Sentence,
    Quote,
    ListIntro,
    Item,
    Tag,
    Source,
    HamletCommune,
    HamletWard,
    EngineSymbolCount
};
constexpr std::u16string_view engineSymbols[] = {u"title",   u"sapo",     u"sapoTail",  u"lead",  u"heading",
                                                 u"sentence", u"quote",   u"listIntro", u"item",  u"tag",
                                                 u"source",  u"hamletCommune", u"hamletWard"};
// The rules a reader would notice repeated within one article.
constexpr std::u16string_view freshRules[] = {u"sentence", u"common", u"lead", u"quote", u"voice", u"leaderVoice"};

constexpr int maxAlternatives = 8192;  // the size of an article's "already used" bitmap
constexpr int maxSticky = 8;

QStringView view(std::u16string_view text)
{
    return QStringView(text.data(), qsizetype(text.size()));
}

class Grammar
{
public:
    Grammar()
    {
        for (std::u16string_view name : engineSymbols)
            symbolOf(view(name));
        std::vector<int> common;
        parse(view(commonRules), common, nullptr);
        for (std::u16string_view text : topicRules) {
            topics.emplace_back();
            parse(view(text), topics.back().rules, &topics.back());
        }
        common.resize(m_symbols.size(), -1);
        for (Topic &topic : topics) {
            topic.rules.resize(m_symbols.size(), -1);
            for (size_t i = 0; i < common.size(); ++i) {
                if (topic.rules[i] < 0)
                    topic.rules[i] = common[i];
            }
            totalWeight += topic.weight;
            cumulativeWeights.push_back(totalWeight);
        }
        check();
        for (QStringView place : view(placeList).split(u'|'))
            places.append(place.trimmed().toString());
        for (const QString &place : std::as_const(places)) {
            placeNames.push_back(QStringView(place).sliced(place.indexOf(u' ') + 1));
            wards.push_back(place.startsWith(u'p'));
            placeSpaces.push_back(int(place.count(u' ')));
            capitalPlaces.append(place.first(1).toUpper() + place.sliced(1));
        }
        for (QStringView name : view(authorList).split(u'|'))
            authors.append(name.trimmed().toString());
        for (std::u16string_view name : sectionNames)
            sections.append(view(name).toString());
    }

    std::vector<Segment> segments;
    std::vector<Alternative> alternatives;
    std::vector<Rule> rules;
    std::vector<Topic> topics;
    std::vector<int> cumulativeWeights;
    int totalWeight = 0;
    QStringList places;         // "xã Tân Phước"
    QStringList capitalPlaces;  // "Xã Tân Phước"
    std::vector<QStringView> placeNames;  // "Tân Phước", a view into places
    std::vector<bool> wards;
    std::vector<int> placeSpaces;
    QStringList authors;
    QStringList sections;

private:
    int storyOf(QStringView key)
    {
        const QString name = key.toString();
        if (!m_stories.contains(name))
            m_stories.insert(name, int(m_stories.size()));
        return m_stories.value(name);
    }

    int symbolOf(QStringView name)
    {
        const QString key = name.toString();
        const auto found = m_symbols.constFind(key);
        if (found != m_symbols.cend())
            return *found;
        const int symbol = int(m_symbols.size());
        m_symbols.insert(key, symbol);
        return symbol;
    }

    void parse(QStringView text, std::vector<int> &table, Topic *topic)
    {
        int current = -1;
        for (QStringView line : text.split(u'\n')) {
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            if (line.startsWith(u"@topic ")) {
                const auto fields = line.split(u' ');
                topic->section = fields.at(1).toInt();
                topic->weight = fields.at(2).toInt();
                continue;
            }
            if (!line.startsWith(u'|')) {
                const qsizetype equals = line.indexOf(u" = ");
                if (equals < 0)
                    qFatal("ArticleGenerator: not a rule: %s", qPrintable(line.toString()));
                const QStringView name = line.first(equals);
                const int symbol = symbolOf(name);
                if (table.size() <= size_t(symbol))
                    table.resize(symbol + 1, -1);
                if (table[symbol] >= 0)
                    qFatal("ArticleGenerator: rule defined twice: %s", qPrintable(name.toString()));
                table[symbol] = current = int(rules.size());
                const bool fresh = std::any_of(std::begin(freshRules), std::end(freshRules),
                                               [&](std::u16string_view rule) { return view(rule) == name; });
                rules.push_back({int(alternatives.size()), 0, fresh});
                line = line.sliced(equals + 3);
            } else {
                line = line.sliced(1);
            }
            for (QStringView alternative : line.split(u'|')) {
                parseAlternative(alternative.trimmed());
                ++rules[current].count;
            }
        }
        if (alternatives.size() > size_t(maxAlternatives))
            qFatal("ArticleGenerator: more than %d alternatives", maxAlternatives);
    }

    void parseAlternative(QStringView text)
    {
        Q_ASSERT(text.toString() == text.toString().normalized(QString::NormalizationForm_C));
        // Word counts rest on single spaces between words, never two.
        if (text.isEmpty() || text.contains(u"  "))
            qFatal("ArticleGenerator: empty alternative or double space: %s", qPrintable(text.toString()));
        Alternative alternative{int(segments.size()), 0, {}, true, false, -1};
        if (text.startsWith(u'[')) {
            const qsizetype close = text.indexOf(u']');
            alternative.story = storyOf(text.sliced(1, close - 1));
            text = text.sliced(close + 1).trimmed();
        }
        while (!text.isEmpty()) {
            const qsizetype open = text.indexOf(u'{');
            if (open != 0) {
                Segment literal;
                literal.text = open < 0 ? text : text.first(open);
                literal.spaces = quint16(literal.text.count(u' '));
                literal.dashes = quint16(literal.text.count(u" – "));
                segments.push_back(literal);
                text = open < 0 ? QStringView() : text.sliced(open);
                continue;
            }
            const qsizetype close = text.indexOf(u'}');
            QStringView inner = text.sliced(1, close - 1);
            text = text.sliced(close + 1);
            alternative.isPlain = false;
            if (inner.startsWith(u'#')) {
                segments.push_back(number(inner.sliced(1)));
                continue;
            }
            const auto builtin = std::find_if(std::begin(builtins), std::end(builtins),
                                              [&](const auto &entry) { return view(entry.first) == inner; });
            Segment segment;
            if (builtin != std::end(builtins)) {
                segment.op = builtin->second;
            } else {
                segment.op = Op::Rule;
                segment.bold = inner.startsWith(u'*');
                if (segment.bold)
                    inner = inner.sliced(1);
                segment.sticky = inner.startsWith(u'$');
                segment.symbol = symbolOf(inner);
            }
            segments.push_back(segment);
        }
        alternative.count = int(segments.size()) - alternative.first;
        if (alternative.isPlain)
            alternative.plain = alternative.count ? segments.back().text.toString() : QString();
        alternative.isDelegate = alternative.count == 1 && segments.back().op == Op::Rule;
        alternatives.push_back(alternative);
    }

    // "lo-hi", "lo-hi/step" or, with one decimal, "5.0-9.9".
    static Segment number(QStringView spec)
    {
        Segment segment;
        segment.op = Op::Number;
        const qsizetype slash = spec.indexOf(u'/');
        if (slash >= 0) {
            segment.step = spec.sliced(slash + 1).toLongLong();
            spec = spec.first(slash);
        }
        const qsizetype dash = spec.indexOf(u'-');
        QString low = spec.first(dash).toString();
        QString high = spec.sliced(dash + 1).toString();
        if (low.contains(u'.')) {
            segment.decimals = 1;
            low.remove(u'.');
            high.remove(u'.');
        }
        segment.low = low.toLongLong();
        segment.steps = (high.toLongLong() - segment.low) / segment.step + 1;
        return segment;
    }

    // Every rule a topic can reach is defined for it, or the generator could not run.
    void check() const
    {
        for (const Topic &topic : topics) {
            const int index = int(&topic - topics.data());
            for (int symbol = 0; symbol < EngineSymbolCount; ++symbol) {
                if (topic.rules[symbol] < 0)
                    qFatal("ArticleGenerator: topic %d lacks %s", index, qPrintable(m_symbols.key(symbol)));
            }
            const Rule &titles = rules[topic.rules[Title]];
            const Rule &sapos = rules[topic.rules[Sapo]];
            for (int t = titles.first; t < titles.first + titles.count; ++t) {
                bool told = alternatives[t].story < 0;
                for (int s = sapos.first; !told && s < sapos.first + sapos.count; ++s)
                    told = alternatives[s].story < 0 || alternatives[s].story == alternatives[t].story;
                if (!told)
                    qFatal("ArticleGenerator: topic %d has no sapo for the story %s", index,
                           qPrintable(m_stories.key(alternatives[t].story)));
            }
            int sticky = 0;
            for (const auto &[name, symbol] : m_symbols.asKeyValueRange())
                sticky += name.startsWith(u'$') && topic.rules[symbol] >= 0;
            if (sticky > maxSticky)
                qFatal("ArticleGenerator: topic %d has more than %d sticky rules", index, maxSticky);
            for (const int rule : topic.rules) {
                if (rule < 0)
                    continue;
                for (int a = rules[rule].first; a < rules[rule].first + rules[rule].count; ++a) {
                    for (int s = alternatives[a].first; s < alternatives[a].first + alternatives[a].count; ++s) {
                        if (segments[s].symbol >= 0 && topic.rules[segments[s].symbol] < 0)
                            qFatal("ArticleGenerator: topic %d uses the undefined rule %s", index,
                                   qPrintable(m_symbols.key(segments[s].symbol)));
                    }
                }
            }
        }
    }

    QHash<QString, int> m_symbols;
    QHash<QString, int> m_stories;
};

const Grammar &grammar()
{
    static const Grammar instance;
    return instance;
}

void seedState(std::array<quint64, 4> &state, quint64 seed)
{
    for (quint64 &word : state) {  // splitmix64
        quint64 z = (seed += 0x9e3779b97f4a7c15);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
        z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
        word = z ^ (z >> 31);
    }
}

// xoshiro256** (Blackman and Vigna): small, fast, good enough for text.
class Rng
{
public:
    explicit Rng(std::array<quint64, 4> &state)
        : m_s(state)
    {
    }

    quint64 next()
    {
        const quint64 result = std::rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = std::rotl(m_s[3], 45);
        return result;
    }
    // Uniform in [0, n) by multiply-shift: no division, bias below 2^-32.
    int below(int n) { return int(((next() >> 32) * quint64(n)) >> 32); }
    qint64 below64(qint64 n) { return qint64(next() % quint64(n)); }
    bool percent(int p) { return below(100) < p; }

private:
    std::array<quint64, 4> &m_s;
};

// Vietnamese style: "5.200", "2026" (years are not grouped).
void appendInteger(QString &out, qint64 value, bool grouped)
{
    char16_t digits[24];
    int n = 0;
    do {
        if (grouped && n % 4 == 3)
            digits[n++] = u'.';
        digits[n++] = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value);
    std::reverse(digits, digits + n);
    out.append(QStringView(digits, n));
}

// What the text says about the article itself: where and when.
struct Facts {
    int place = 0;
    int day = 1;
    int month = 1;
    int year = 2026;
};

class Writer
{
public:
    Writer(const Grammar &grammar, const Topic &topic, Rng &rng, const Facts &facts)
        : m_grammar(grammar)
        , m_topic(topic)
        , m_rng(&rng)
        , m_facts(facts)
    {
    }

    QString title()
    {
        QString out;
        out.reserve(192);
        for (int attempt = 0;; ++attempt) {
            out.truncate(0);
            m_stickyCount = 0;  // nothing depends on them yet: a shorter "$work" may do
            const Tally before = tally();
            const int chosen = pick(Title);
            write(out, chosen);
            const int words = wordsSince(before);
            if ((words >= 8 && words <= 20) || attempt == 50) {
                m_story = m_grammar.alternatives[chosen].story;
                return out;
            }
        }
    }

    QString sapo()
    {
        QString out;
        out.reserve(512);
        for (int attempt = 0;; ++attempt) {
            out.truncate(0);
            const Tally before = tally();
            int chosen = pick(Sapo);
            for (int tries = 0; tries < 32 && !follows(chosen); ++tries)
                chosen = pick(Sapo);
            write(out, chosen);
            int words = wordsSince(before);
            for (int tail = 0; words < 30 && tail < 3; ++tail) {
                if (out.endsWith(u'.'))
                    out.chop(1);
                expand(out, SapoTail);
                out.append(u'.');
                words = wordsSince(before);
            }
            if ((words >= 30 && words <= 60) || attempt == 50)
                return out;
        }
    }

    // 150-500 words: a lead paragraph, then 1-3 "## " parts of paragraphs,
    // sometimes a quote, sometimes a list.
    QString body()
    {
        QString out;
        out.reserve(4096);
        for (int attempt = 0;; ++attempt) {
            out.truncate(0);
            m_used.fill(0);
            const int target = 170 + m_rng->below(251);
            const int parts = 1 + (m_rng->percent(75) ? 1 : 0) + (m_rng->percent(40) ? 1 : 0);
            int headings[3];
            const int headingCount = pickDistinct(Heading, parts, headings);
            int words = paragraph(out, Lead);
            const int listPart = m_rng->percent(45) ? m_rng->below(headingCount) : -1;
            bool quoted = false;
            const int perPart = std::max(45, (target - words) / headingCount);
            for (int part = 0; part < headingCount; ++part) {
                out.append(u"## ");
                const Tally before = tally();
                write(out, headings[part]);
                words += wordsSince(before);
                out.append(u"\n\n");
                int partWords = part == listPart ? list(out) : 0;
                do {
                    const bool quote = !quoted && m_rng->percent(18);
                    quoted = quoted || quote;
                    partWords += paragraph(out, quote ? Quote : Sentence);
                } while (partWords < perPart);
                words += partWords;
            }
            out.chop(2);
            if ((words >= 150 && words <= 500) || attempt == 50)
                return out;
        }
    }

    QStringList tags()
    {
        QStringList out;
        const int wanted = std::array{1, 2, 2, 3, 3, 3, 4, 4, 4, 4}[m_rng->below(10)];
        out.reserve(wanted);
        if (m_rng->percent(30))
            out.append(m_grammar.places.at(m_facts.place));
        int picked[4];
        const int count = pickDistinct(Tag, wanted - int(out.size()), picked);
        for (int i = 0; i < count; ++i)
            out.append(text(picked[i]));
        return out;
    }

    QString source() { return text(pick(Source)); }

private:
    int pick(int symbol)
    {
        const Rule &rule = m_grammar.rules[m_topic.rules[symbol]];
        int alternative = rule.first + m_rng->below(rule.count);
        if (rule.fresh) {
            // The next unused one; delegates ("{common}") are never used up.
            for (int probe = 0; probe < rule.count && used(alternative); ++probe)
                alternative = alternative + 1 < rule.first + rule.count ? alternative + 1 : rule.first;
            if (!m_grammar.alternatives[alternative].isDelegate)
                m_used[alternative >> 6] |= quint64(1) << (alternative & 63);
        }
        return alternative;
    }

    // Words are counted as they are written: on one line, they are the
    // spaces plus one, less the " – " that stand between words.
    struct Tally {
        int spaces;
        int dashes;
    };
    Tally tally() const { return {m_spaces, m_dashes}; }
    int wordsSince(Tally before) const { return m_spaces - before.spaces + 1 - (m_dashes - before.dashes); }

    // Whether a sapo tells the story its title announced.
    bool follows(int alternative) const
    {
        const int story = m_grammar.alternatives[alternative].story;
        return m_story < 0 || story < 0 || story == m_story;
    }

    bool used(int alternative) const { return m_used[alternative >> 6] & (quint64(1) << (alternative & 63)); }

    // Up to count different alternatives of a rule, for headings, list items and tags.
    int pickDistinct(int symbol, int count, int *picked)
    {
        const Rule &rule = m_grammar.rules[m_topic.rules[symbol]];
        count = std::min(count, rule.count);
        for (int i = 0; i < count; ++i) {
            int candidate;
            do
                candidate = rule.first + m_rng->below(rule.count);
            while (std::find(picked, picked + i, candidate) != picked + i);
            picked[i] = candidate;
        }
        return count;
    }

    void expand(QString &out, int symbol) { write(out, pick(symbol)); }

    // A sticky rule is expanded with a generator of its own, seeded once per
    // article, so that every mention of it says the same thing.
    void expandSticky(QString &out, int symbol)
    {
        int slot = 0;
        while (slot < m_stickyCount && m_sticky[slot].first != symbol)
            ++slot;
        if (slot == m_stickyCount) {
            if (m_stickyCount == maxSticky)
                return expand(out, symbol);
            m_sticky[m_stickyCount++] = {symbol, m_rng->next()};
        }
        std::array<quint64, 4> state;
        seedState(state, m_sticky[slot].second);
        Rng replay(state);
        Rng *const outer = std::exchange(m_rng, &replay);
        expand(out, symbol);
        m_rng = outer;
    }

    void write(QString &out, int alternative)
    {
        const Alternative &a = m_grammar.alternatives[alternative];
        for (const Segment *s = m_grammar.segments.data() + a.first, *end = s + a.count; s != end; ++s) {
            switch (s->op) {
            case Op::Text:
                out.append(s->text);
                m_spaces += s->spaces;
                m_dashes += s->dashes;
                break;
            case Op::Rule: {
                const bool bold = s->bold && !m_bold && m_rng->percent(30);
                if (bold) {
                    m_bold = true;
                    out.append(u"**");
                }
                if (s->sticky)
                    expandSticky(out, s->symbol);
                else
                    expand(out, s->symbol);
                if (bold) {
                    out.append(u"**");
                    m_bold = false;
                }
                break;
            }
            case Op::Number: {
                const qint64 value = s->low + s->step * m_rng->below64(s->steps);
                appendInteger(out, s->decimals ? value / 10 : value, true);
                if (s->decimals && value % 10)
                    out.append(u',').append(QChar(char16_t(u'0' + value % 10)));
                break;
            }
            case Op::Place:
                out.append(m_grammar.places.at(m_facts.place));
                m_spaces += m_grammar.placeSpaces[m_facts.place];
                break;
            case Op::CapitalPlace:
                out.append(m_grammar.capitalPlaces.at(m_facts.place));
                m_spaces += m_grammar.placeSpaces[m_facts.place];
                break;
            case Op::PlaceName:
                out.append(m_grammar.placeNames[m_facts.place]);
                m_spaces += m_grammar.placeSpaces[m_facts.place] - 1;
                break;
            case Op::OtherPlace: {
                const int other = otherPlace();
                out.append(m_grammar.places.at(other));
                m_spaces += m_grammar.placeSpaces[other];
                break;
            }
            case Op::OtherPlaceName: {
                const int other = otherPlace();
                out.append(m_grammar.placeNames[other]);
                m_spaces += m_grammar.placeSpaces[other] - 1;
                break;
            }
            case Op::Hamlet:
                expand(out, m_grammar.wards[m_facts.place] ? HamletWard : HamletCommune);
                break;
            case Op::Date:
                appendInteger(out, m_facts.day, false);
                out.append(u'/');
                appendInteger(out, m_facts.month, false);
                break;
            case Op::Month:
                appendInteger(out, m_facts.month, false);
                break;
            case Op::NextMonth:
                appendInteger(out, m_facts.month % 12 + 1, false);
                break;
            case Op::Year:
                appendInteger(out, m_facts.year, false);
                break;
            case Op::NextYear:
                appendInteger(out, m_facts.year + 1, false);
                break;
            case Op::LastYear:
                appendInteger(out, m_facts.year - 1, false);
                break;
            case Op::Quarter:
                out.append(std::array{u"I", u"II", u"III", u"IV"}[(m_facts.month - 1) / 3]);
                break;
            }
        }
    }

    QString text(int alternative)
    {
        if (m_grammar.alternatives[alternative].isPlain)
            return m_grammar.alternatives[alternative].plain;
        QString out;
        write(out, alternative);
        return out;
    }

    int otherPlace()
    {
        const int other = m_rng->below(int(m_grammar.places.size()) - 1);
        return other >= m_facts.place ? other + 1 : other;
    }

    // 2-4 sentences (or whatever the rule gives), then a blank line.
    int paragraph(QString &out, int symbol)
    {
        const Tally before = tally();
        if (symbol == Sentence) {
            for (int i = 0, count = 2 + m_rng->below(3); i < count; ++i) {
                if (i) {
                    out.append(u' ');
                    ++m_spaces;
                }
                expand(out, Sentence);
            }
        } else {
            expand(out, symbol);
        }
        out.append(u"\n\n");
        return wordsSince(before);
    }

    int list(QString &out)
    {
        Tally before = tally();
        expand(out, ListIntro);
        out.append(u"\n\n");
        int words = wordsSince(before);
        int picked[5];
        const int count = pickDistinct(Item, 3 + m_rng->below(3), picked);
        for (int i = 0; i < count; ++i) {
            out.append(u"- ");
            before = tally();
            write(out, picked[i]);
            out.append(i + 1 < count ? u";\n" : u".\n");
            words += wordsSince(before);
        }
        out.append(u'\n');
        return words;
    }

    const Grammar &m_grammar;
    const Topic &m_topic;
    Rng *m_rng;
    const Facts &m_facts;
    bool m_bold = false;
    int m_story = -1;
    int m_spaces = 0;
    int m_dashes = 0;
    std::array<quint64, maxAlternatives / 64> m_used{};
    std::array<std::pair<int, quint64>, maxSticky> m_sticky{};
    int m_stickyCount = 0;
};

constexpr qint64 msPerHour = 3'600'000;
constexpr qint64 msPerDay = 24 * msPerHour;
constexpr qint64 vietnamOffset = 7 * msPerHour;  // the portal's news happen in UTC+7

// A portal's stock: mostly published, some archived, a few in the workflow.
constexpr std::array<std::pair<ArticleState, int>, 8> stateWeights{{
    {ArticleState::Draft, 50},
    {ArticleState::Submitted, 30},
    {ArticleState::Edited, 20},
    {ArticleState::Approved, 15},
    {ArticleState::Published, 737},
    {ArticleState::Returned, 20},
    {ArticleState::Withdrawn, 8},
    {ArticleState::Archived, 120},
}};

// How long before the anchor an article in a state was created (days), and
// how long after that it was last touched (ms).
struct Timing {
    int minDays;
    int maxDays;
    qint64 minDelta;
    qint64 maxDelta;
};

Timing timingOf(ArticleState state)
{
    switch (state) {
    case ArticleState::Draft:
        return {0, 30, 0, 3 * msPerDay};
    case ArticleState::Submitted:
    case ArticleState::Edited:
    case ArticleState::Approved:
    case ArticleState::Returned:
        return {0, 45, 10 * 60'000, 4 * msPerDay};
    case ArticleState::Published:
        return {0, 1095, 20 * 60'000, 30 * msPerHour};
    case ArticleState::Withdrawn:
        return {0, 1095, msPerDay, 60 * msPerDay};
    case ArticleState::Archived:
        return {365, 1095, 180 * msPerDay, 700 * msPerDay};
    }
    return {0, 1095, 0, msPerDay};
}

// Local hours newsrooms write in: mornings and afternoons, a few evenings.
constexpr std::array workingHours{6,  7,  7,  8,  8,  8,  9,  9,  9,  10, 10, 10, 11, 11, 13,
                                  14, 14, 15, 15, 15, 16, 16, 17, 17, 18, 19, 20, 21, 22};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace

ArticleGenerator::ArticleGenerator(quint64 seed, const QDateTime &anchor)
{
    seedState(m_rng, seed);
    m_anchorMs = anchor.isValid()
        ? anchor.toMSecsSinceEpoch()
        : QDateTime::currentDateTimeUtc().date().startOfDay(QTimeZone::UTC).toMSecsSinceEpoch();
}

QDateTime ArticleGenerator::anchor() const
{
    return QDateTime::fromMSecsSinceEpoch(m_anchorMs, QTimeZone::UTC);
}

QStringList ArticleGenerator::sections()
{
    return grammar().sections;
}

Article ArticleGenerator::next()
{
    Rng rng(m_rng);
    int roll = rng.below(1000);
    for (const auto &[state, weight] : stateWeights) {
        if (roll < weight)
            return next(state);
        roll -= weight;
    }
    return next(ArticleState::Published);
}

Article ArticleGenerator::next(ArticleState forcedState)
{
    const Grammar &g = grammar();
    Rng rng(m_rng);
    Article article;
    article.state = forcedState;

    const Timing timing = timingOf(forcedState);
    const qint64 anchorDay = floorDiv(m_anchorMs - 1 + vietnamOffset, msPerDay);
    const qint64 day = anchorDay - timing.minDays - rng.below(timing.maxDays - timing.minDays);
    const qint64 local = day * msPerDay + workingHours[rng.below(int(workingHours.size()))] * msPerHour
        + rng.below(3600) * 1000;
    qint64 created = local - vietnamOffset;
    if (created >= m_anchorMs)
        created -= msPerDay;
    const qint64 delta = timing.minDelta + rng.below64(timing.maxDelta - timing.minDelta + 1) / 1000 * 1000;
    const qint64 updated = std::max(created, std::min(created + delta, m_anchorMs - 1));
    article.created = QDateTime::fromMSecsSinceEpoch(created, QTimeZone::UTC);
    article.updated = QDateTime::fromMSecsSinceEpoch(updated, QTimeZone::UTC);

    // The text speaks of the day the article was written, in Vietnam.
    Facts facts;
    QDate::fromJulianDay(floorDiv(created + vietnamOffset, msPerDay) + 2440588)
        .getDate(&facts.year, &facts.month, &facts.day);
    // A few wards and communes are in the news far more often than the rest.
    const int placeCount = int(g.places.size());
    facts.place = std::min(rng.below(placeCount), rng.below(placeCount));

    const auto topic = std::upper_bound(g.cumulativeWeights.cbegin(), g.cumulativeWeights.cend(),
                                        rng.below(g.totalWeight));
    const Topic &t = g.topics[topic - g.cumulativeWeights.cbegin()];
    Writer writer(g, t, rng, facts);
    article.section = g.sections.at(t.section);
    // Reporters mostly write for their own desk (three to a section).
    article.author = g.authors.at(rng.percent(65) ? t.section * 3 + rng.below(3) : rng.below(int(g.authors.size())));
    article.title = writer.title();
    article.summary = writer.sapo();
    article.body = writer.body();
    article.tags = writer.tags();
    article.source = writer.source();
    return article;
}

} // namespace PortalDesk::Models
