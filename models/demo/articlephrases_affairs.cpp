// The topics of Thời sự, Kinh tế and Văn hoá – Xã hội (sections 0-2).
#include "articlephrases.h"

namespace PortalDesk::Models::ArticlePhrases {

namespace {

constexpr std::u16string_view affairsList[] = {
    uR"(@topic 0 6
agency = Sở Tài chính
source = Cổng TTĐT tỉnh | Cổng TTĐT tỉnh | Văn phòng UBND tỉnh | Sở Tài chính
tag = kinh tế – xã hội | phiên họp thường kỳ | UBND tỉnh | đầu tư công | thu ngân sách | tăng trưởng kinh tế
$indicator = tổng mức bán lẻ hàng hoá và doanh thu dịch vụ | kim ngạch xuất khẩu | chỉ số sản xuất công nghiệp
| thu ngân sách nhà nước | lượng khách du lịch | vốn đầu tư toàn xã hội
indicatorGoal = tăng trưởng trên {#7-9}% | thu ngân sách vượt {#3-12}% dự toán | giải ngân trên {#90-98}% kế hoạch vốn
task = đẩy nhanh giải ngân vốn đầu tư công | tháo gỡ vướng mắc trong giải phóng mặt bằng
| hỗ trợ doanh nghiệp mở rộng sản xuất
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
tag = giao thông nông thôn | khánh thành | khởi công | đường giao thông | đầu tư công | hạ tầng giao thông
| cầu dân sinh
$work = cầu {otherPlaceName} | cầu {otherPlaceName} và tuyến đường kết nối
| tuyến đường giao thông từ {place} đi {otherPlace}
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
heading = Công trình được mong đợi nhiều năm | Mở ra động lực phát triển mới | Quy mô đầu tư
| Bảo đảm chất lượng, an toàn thi công
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
$concern = sửa chữa đường giao thông xuống cấp | cấp nước sạch sinh hoạt | chống sạt lở bờ sông
| đầu tư đường giao thông, trường học | giải quyết chế độ cho người có công | cấp giấy chứng nhận quyền sử dụng đất
| xử lý ô nhiễm môi trường làng nghề | nâng cấp trạm y tế xã | bố trí việc làm cho cán bộ dôi dư sau sắp xếp
sapo = [session] {When}, {$meeting} khai mạc tại Hội trường Tỉnh uỷ; các đại biểu tập trung thảo luận, cho ý kiến vào các báo cáo, tờ trình và dự thảo nghị quyết trình kỳ họp.
| [voters] {When}, Tổ đại biểu HĐND tỉnh tiếp xúc cử tri {place} và {otherPlace}; cử tri tập trung kiến nghị về {$concern} và nhiều vấn đề dân sinh bức xúc.
| [session] Sau {#2-4} ngày làm việc khẩn trương, {$meeting} đã hoàn thành chương trình đề ra, thông qua {$resolutions} nghị quyết quan trọng phục vụ phát triển kinh tế – xã hội của tỉnh.
| [question] Tại phiên chất vấn của {$meeting}, các đại biểu HĐND tỉnh đã tập trung chất vấn lãnh đạo các sở, ngành về {$concern}, vấn đề được cử tri {place} đặc biệt quan tâm.
heading = Nhiều kiến nghị sát thực tế | Trả lời thẳng thắn, rõ trách nhiệm | Các nghị quyết được thông qua
| Giám sát việc thực hiện
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
listIntro = Các nghị quyết được thông qua tại kỳ họp gồm:
| Kỳ họp đã thông qua nhiều nghị quyết quan trọng, trong đó có:
voice = Chúng tôi mong các kiến nghị được trả lời cụ thể, có thời hạn, để cử tri theo dõi được kết quả giải quyết.
| Đường vào thôn xuống cấp đã lâu, mùa mưa rất khó đi, bà con mong tỉnh sớm đầu tư.
$resolutions = {#8-30}
$reports = {#12-38}
policy = chính sách hỗ trợ phát triển sản phẩm OCOP | chính sách thu hút nguồn nhân lực chất lượng cao
| chính sách hỗ trợ phát triển hợp tác xã | mức hỗ trợ người dân sử dụng dịch vụ công trực tuyến
| chính sách hỗ trợ học sinh bán trú
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
heading = Bộ máy vận hành thông suốt | Gần dân, sát dân hơn | Khó khăn về nhân lực và cơ sở vật chất
| Tiếp tục kiện toàn, nâng chất
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
$product = bưởi sấy dẻo | trà hoa vàng | mật ong rừng | nước mắm truyền thống | miến dong | chè xanh | gạo hữu cơ
| cà phê rang xay
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
quote = {Person}, Giám đốc Hợp tác xã {placeName}, cho biết: “{voice}”
| {Person}, chủ cơ sở sản xuất {$product} ở {place}, chia sẻ: “{voice}”
voice = Từ khi sản phẩm đạt 4 sao, đơn hàng của hợp tác xã tăng gần gấp đôi, giá bán ổn định hơn và thành viên có thêm việc làm quanh năm.
| Có sao OCOP rồi, siêu thị nhận hàng, khách ở {bigCity} đặt qua mạng đều đặn, bà con yên tâm mở rộng vùng trồng.
$newProducts = {#12-68}
$stars = {#3-4}
)",
    uR"(@topic 1 6
agency = Sở Tài chính
source = Sở Tài chính | Ban Quản lý các khu công nghiệp tỉnh | Cổng TTĐT tỉnh
| Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch tỉnh
tag = thu hút đầu tư | khu công nghiệp | doanh nghiệp | xúc tiến đầu tư | môi trường kinh doanh | đầu tư công
$sector = chế biến nông sản | may mặc xuất khẩu | linh kiện điện tử | năng lượng tái tạo | logistics | chế biến gỗ
| du lịch nghỉ dưỡng
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
investorMotto = thành công của doanh nghiệp là thành công của tỉnh
| ba cùng: cùng lắng nghe, cùng chia sẻ, cùng giải quyết
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
heading = Xuất khẩu duy trì đà tăng | Hàng hoá dồi dào, giá cả ổn định | Phát triển thương mại điện tử
| Tăng cường kiểm tra thị trường
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
fair = Hội chợ sản phẩm OCOP, đặc sản địa phương | Phố ẩm thực, đặc sản vùng miền
| Không gian trưng bày nông sản, hàng thủ công
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
heading = Mái ấm cho người khó khăn | Chung tay vì người nghèo | Giảm nghèo bền vững | Tạo sinh kế lâu dài
| Cơ hội việc làm cho lao động địa phương
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
$relic = đình {otherPlaceName} | miếu Bà {otherPlaceName} | địa đạo {otherPlaceName}
| nhà lưu niệm cách mạng {otherPlaceName}
sapo = [games] {When}, tại {place} diễn ra lễ khai mạc Đại hội Thể dục thể thao lần thứ {$roman} với sự tham gia của {$athletes} vận động viên tranh tài ở {#8-16} môn thể thao.
| [relic] UBND tỉnh vừa phê duyệt dự án tu bổ, tôn tạo {$relic} với tổng kinh phí {$relicCost} tỷ đồng, nhằm bảo tồn giá trị di tích và phục vụ phát triển du lịch.
| [medals] Tại giải vô địch quốc gia môn {$sport} năm {year}, đoàn vận động viên của tỉnh đã xuất sắc giành {$medals} huy chương các loại, trong đó có {#1-3} huy chương vàng, vượt chỉ tiêu đề ra.
| [library] Mô hình thư viện lưu động của Thư viện tỉnh đã phục vụ {$readers} lượt bạn đọc tại {place} và các xã lân cận, góp phần phát triển văn hoá đọc ở vùng sâu, vùng xa.
heading = Phong trào thể thao quần chúng phát triển | Giữ gìn giá trị di sản | Đầu tư thiết chế văn hoá cơ sở
| Gặt hái thành tích cao
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
};

} // namespace

const std::span<const std::u16string_view> affairsTopicRules = affairsList;

} // namespace PortalDesk::Models::ArticlePhrases
