// The sections, the reporters, the places and the rules all topics share.
#include "articlephrases.h"

namespace PortalDesk::Models::ArticlePhrases {

namespace {

constexpr std::u16string_view sectionList[] = {u"Thời sự", u"Kinh tế", u"Văn hoá – Xã hội", u"Chỉ đạo – Điều hành",
                                               u"Quốc phòng – An ninh", u"Giáo dục", u"Y tế", u"Nông nghiệp"};

} // namespace

const std::span<const std::u16string_view> sectionNames = sectionList;

// Three reporters to a desk, in section order.
const std::u16string_view authorList = uR"(Nguyễn Thị Hồng Nhung | Trần Minh Khôi | Đỗ Quang Vinh |
Phạm Quốc Bảo | Võ Thị Kim Ngân | Huỳnh Tấn Lộc | Lê Phương Thảo | Đặng Thu Hà | Bùi Ngọc Anh |
Hoàng Văn Thành | Ngô Thị Thanh Tâm | Trương Đình Nguyên | Phan Thanh Sơn | Vũ Đức Trung | Lâm Quốc Hưng |
Dương Thị Mỹ Linh | Hồ Minh Triết | Tạ Thu Trang | Đinh Thị Thu Hương | Lương Văn Khải | Mai Phương Anh |
Cao Văn Tư | Lý Thị Bích Ngọc | Hà Xuân Trường)";

// The province's invented wards and communes (no districts: abolished in 2025).
// The first ones are in the news most.
const std::u16string_view placeList = uR"(phường Bình Giang | phường Thanh Hà | xã Tân Phước | phường Ngọc Châu |
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

const std::u16string_view commonRules = uR"(
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
| Phát biểu tại buổi làm việc, {leader} nhấn mạnh: “{leaderVoice}”
| Kết luận buổi làm việc, {leader} yêu cầu: “{leaderVoice}”
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

} // namespace PortalDesk::Models::ArticlePhrases
