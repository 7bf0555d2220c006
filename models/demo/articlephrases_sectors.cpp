// The topics of Chỉ đạo – Điều hành, Quốc phòng – An ninh, Giáo dục, Y tế and Nông nghiệp (sections 3-7).
#include "articlephrases.h"

namespace PortalDesk::Models::ArticlePhrases {

namespace {

constexpr std::u16string_view sectorList[] = {
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
heading = Mục tiêu cụ thể | Kết quả bước đầu khả quan | Nộp hồ sơ trực tuyến dễ dàng hơn
| Xử lý nghiêm hành vi gây phiền hà
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
heading = Hạ tầng số được mở rộng | Dữ liệu là tài nguyên | Người dân hưởng lợi | Bảo đảm an toàn thông tin
| Những việc cần làm ngay
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
$directive = tăng cường kỷ luật, kỷ cương hành chính | thực hành tiết kiệm, chống lãng phí
| nâng cao chất lượng công tác tham mưu
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
heading = Không để bị động, bất ngờ | Nhiệm vụ trọng tâm của các đơn vị | Lực lượng vũ trang sẵn sàng
| Khẩn trương khắc phục hậu quả
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
heading = Quyết liệt tấn công trấn áp tội phạm | Kéo giảm tai nạn giao thông | Phát huy sức mạnh toàn dân
| Cảnh giác với lừa đảo qua mạng
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
heading = Nhanh gọn, an toàn, đúng luật | Nâng cao khả năng sẵn sàng chiến đấu | Phòng cháy từ sớm, từ xa
| Quân với dân một ý chí
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
heading = Sẵn sàng cho năm học mới | Chất lượng giáo dục từng bước nâng lên | Khắc phục thiếu giáo viên
| Chuyển đổi số trong trường học
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
quote = {Person}, phụ huynh học sinh ở {place}, chia sẻ: “{voice}”
| Em {surname} {femaleMiddle} {femaleName}, học sinh lớp 12 Trường THPT {placeName}, chia sẻ: “{pupilVoice}”
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
$technique = can thiệp mạch vành | phẫu thuật nội soi khớp gối | lọc máu liên tục | phẫu thuật thay khớp háng
| điều trị đột quỵ não
sapo = [clinic] {When}, Sở Y tế phối hợp với UBND {place} tổ chức khám bệnh, tư vấn sức khoẻ và cấp thuốc miễn phí cho {$patients} người dân, chủ yếu là người cao tuổi, người có công và hộ nghèo.
| [insurance] Đến nay, tỷ lệ người dân tham gia bảo hiểm y tế của tỉnh đạt {#92.0-97.8}%; 100% cơ sở khám chữa bệnh đã triển khai khám bằng căn cước công dân gắn chip.
| [food] Đoàn kiểm tra liên ngành về an toàn thực phẩm của tỉnh đã kiểm tra {#200-900} cơ sở sản xuất, kinh doanh thực phẩm, phát hiện và xử lý {$violations} cơ sở vi phạm.
| [station] Trạm Y tế {place} vừa được đầu tư {$stationCost} tỷ đồng xây mới, nâng cấp với đầy đủ phòng khám, phòng tiêm chủng và trang thiết bị thiết yếu, phục vụ hơn {#4000-18000/100} người dân.
| [technique] Bệnh viện Đa khoa tỉnh vừa triển khai thành công kỹ thuật {$technique}, giúp người bệnh được điều trị ngay tại tỉnh, không phải chuyển lên tuyến trên, tiết kiệm đáng kể chi phí.
heading = Chăm sóc sức khoẻ từ cơ sở | Bảo hiểm y tế – chỗ dựa của người dân | Bảo đảm an toàn thực phẩm
| Ứng dụng kỹ thuật cao
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
heading = Được mùa, được giá | Diện mạo nông thôn đổi thay | Liên kết sản xuất, tiêu thụ | Ứng dụng khoa học kỹ thuật
| Hướng đến nông nghiệp xanh
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
heading = Khoanh vùng, dập dịch | Bảo đảm nước cho sản xuất | Quyết tâm gỡ “thẻ vàng” | Phát triển rừng bền vững
| Chăn nuôi an toàn sinh học
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

} // namespace

const std::span<const std::u16string_view> sectorTopicRules = sectorList;

} // namespace PortalDesk::Models::ArticlePhrases
