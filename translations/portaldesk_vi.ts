<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Article</name>
    <message>
        <source>The article&apos;s text is %1; an article may hold at most %2.</source>
        <translation>Nội dung bài viết dài %1; mỗi bài chỉ được tối đa %2.</translation>
    </message>
    <message>
        <source>The title, the sapo, the tags and the source may each hold at most %1 KB of text.</source>
        <translation>Tiêu đề, sapo, từ khoá và nguồn mỗi mục chỉ được tối đa %1 KB.</translation>
    </message>
</context>
<context>
    <name>ArticleActions</name>
    <message>
        <source>No article has the id %1.</source>
        <translation>Không có bài viết nào mang mã %1.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Vui lòng đăng nhập trước.</translation>
    </message>
    <message>
        <source>To %1 an article, give a reason.</source>
        <translation>Để %1 bài viết, vui lòng nêu lý do.</translation>
    </message>
    <message>
        <source>The article is no longer approved; it was not published.</source>
        <translation>Bài viết không còn ở trạng thái Đã duyệt; bài chưa được đăng.</translation>
    </message>
    <message>
        <source>To schedule an article, give the time to publish it.</source>
        <translation>Để hẹn giờ đăng bài viết, vui lòng nêu thời điểm đăng.</translation>
    </message>
    <message>
        <source>to be published at %1</source>
        <translation>hẹn giờ đăng lúc %1</translation>
    </message>
    <message>
        <source>scheduled publication</source>
        <translation>đăng theo hẹn giờ</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Góp ý phải có nội dung.</translation>
    </message>
    <message>
        <source>To edit an article, save it; editing is not a workflow action.</source>
        <translation>Để sửa bài viết, hãy lưu bài viết; sửa không phải là một thao tác trong quy trình.</translation>
    </message>
    <message>
        <source>Published %1 of %2 due articles; then failed: %3</source>
        <translation>Đã đăng %1 trong số %2 bài viết đến giờ đăng; sau đó gặp lỗi: %3</translation>
    </message>
    <message>
        <source>The server refused to let %1 %2 this article.</source>
        <translation>Máy chủ không cho %1 %2 bài viết này.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) of the article have no caption or no credit; give each its caption and its credit (“Ảnh: …”) before you %1 it.</source>
        <translation>
            <numerusform>%n ảnh của bài chưa có chú thích hoặc tác giả; hãy ghi chú thích và tác giả (“Ảnh: …”) cho từng ảnh trước khi %1 bài.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleState</name>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Awaiting editing</source>
        <translation>Chờ biên tập</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã đăng</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã gỡ</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Lưu trữ</translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <source>No article has the id %1.</source>
        <translation>Không có bài viết nào mang mã %1.</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Bài viết phải có tiêu đề.</translation>
    </message>
    <message>
        <source>The article %1 has no revision %2.</source>
        <translation>Bài viết %1 không có phiên bản %2.</translation>
    </message>
    <message>
        <source>%1 may not write articles: only reporters may.</source>
        <translation>%1 không được phép viết bài: chỉ phóng viên mới được viết bài.</translation>
    </message>
    <message>
        <source>%1 saved this article at %2 after you opened it (now version %3, yours was based on version %4); nothing was overwritten.</source>
        <translation>%1 đã lưu bài viết này lúc %2, sau khi bạn mở bài (hiện là phiên bản %3, bản của bạn dựa trên phiên bản %4); không có nội dung nào bị ghi đè.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>phiên bản %1</translation>
    </message>
    <message>
        <source>The server refused to let %1 edit this article.</source>
        <translation>Máy chủ không cho %1 sửa bài viết này.</translation>
    </message>
    <message>
        <source>%1 is editing this article; it was not saved.</source>
        <translation>Bài viết đang được %1 sửa; chưa lưu được.</translation>
    </message>
    <message>
        <source>There is no section “%1”; only an administrator adds sections.</source>
        <translation>Không có chuyên mục “%1”; chỉ quản trị viên mới thêm được chuyên mục.</translation>
    </message>
    <message>
        <source>The server answered “%1” to the article&apos;s text.</source>
        <translation>Máy chủ trả lời “%1” cho nội dung bài viết.</translation>
    </message>
    <message>
        <source>The body contains a NUL byte (character 0), which text cannot hold; nothing was saved.</source>
        <translation>Nội dung bài có byte NUL (ký tự 0), thứ mà văn bản không thể chứa; chưa lưu gì.</translation>
    </message>
    <message>
        <source>The title, summary, section, tags or source contain a NUL byte (character 0); nothing was saved.</source>
        <translation>Tiêu đề, sapo, chuyên mục, thẻ hoặc nguồn có byte NUL (ký tự 0); chưa lưu gì.</translation>
    </message>
    <message>
        <source>There is no photo %1 in the newsroom to lead the article.</source>
        <translation>Tòa soạn không có ảnh %1 để làm ảnh đại diện cho bài viết.</translation>
    </message>
</context>
<context>
    <name>AutosaveStore</name>
    <message>
        <source>The unsaved text</source>
        <translation>Nội dung chưa lưu</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Unknown or incomplete command &apos;%1&apos;; see --help.</source>
        <translation>Lệnh không xác định hoặc chưa đầy đủ &apos;%1&apos;; xem --help.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; nothing was saved.</source>
        <translation>%1 không phải là văn bản UTF-8; không có gì được lưu.</translation>
    </message>
    <message>
        <source>Writing an article needs --as LOGIN.</source>
        <translation>Để viết bài, cần chỉ định --as LOGIN.</translation>
    </message>
    <message>
        <source>article new needs --title.</source>
        <translation>article new cần có --title.</translation>
    </message>
    <message>
        <source>Editing needs --as LOGIN.</source>
        <translation>Để sửa bài viết, cần chỉ định --as LOGIN.</translation>
    </message>
    <message>
        <source>article edit needs --base-version N, the version your edit is based on.</source>
        <translation>article edit cần có --base-version N, tức phiên bản mà bản sửa của bạn dựa trên.</translation>
    </message>
    <message>
        <source>This command needs --as LOGIN.</source>
        <translation>Lệnh này cần chỉ định --as LOGIN.</translation>
    </message>
    <message>
        <source>article schedule needs --at with an ISO 8601 time, e.g. 2026-12-01T07:00:00+07:00.</source>
        <translation>article schedule cần có --at với thời điểm theo ISO 8601, ví dụ 2026-12-01T07:00:00+07:00.</translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation>mã: %1</translation>
    </message>
    <message>
        <source>state: %1 (%2), version %3</source>
        <translation>trạng thái: %1 (%2), phiên bản %3</translation>
    </message>
    <message>
        <source>author: %1; section: %2</source>
        <translation>tác giả: %1; chuyên mục: %2</translation>
    </message>
    <message>
        <source>scheduled: %1</source>
        <translation>hẹn giờ đăng: %1</translation>
    </message>
    <message>
        <source>Unknown state &apos;%1&apos;.</source>
        <translation>Trạng thái không xác định &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>revision %1 saved by %2: %3</source>
        <translation>phiên bản %1 do %2 lưu: %3</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 do %2 thực hiện</translation>
    </message>
    <message>
        <source>(%1 → %2)</source>
        <translation>(%1 → %2)</translation>
    </message>
    <message>
        <source>article diff needs two revision numbers.</source>
        <translation>article diff cần hai số phiên bản.</translation>
    </message>
    <message>
        <source>Newsroom: a file, sqlite:PATH or postgresql://[user@]host[:port]/dbname; default: the embedded newsroom.</source>
        <translation>Cơ sở dữ liệu toà soạn: một tệp, sqlite:PATH hoặc postgresql://[user@]host[:port]/dbname; mặc định: cơ sở dữ liệu toà soạn tích hợp sẵn.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Act as this user; the password comes from PORTALDESK_PASSWORD.</source>
        <translation>Thao tác với tư cách người dùng này; mật khẩu lấy từ PORTALDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>tên-đăng-nhập</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>In kết quả dạng JSON thay cho văn bản.</translation>
    </message>
    <message>
        <source>Language of messages: vi or en.</source>
        <translation>Ngôn ngữ của thông báo: vi hoặc en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ngôn-ngữ</translation>
    </message>
    <message>
        <source>init: add demo users (password &quot;demo&quot;) and articles.</source>
        <translation>init: thêm người dùng mẫu (mật khẩu &quot;demo&quot;) và bài viết mẫu.</translation>
    </message>
    <message>
        <source>user add: roles, comma-separated.</source>
        <translation>user add: các vai trò, phân cách bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>vai-trò</translation>
    </message>
    <message>
        <source>user add: full name.</source>
        <translation>user add: họ và tên.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>text</source>
        <translation>văn-bản</translation>
    </message>
    <message>
        <source>article: read the Markdown body from this file (- for standard input).</source>
        <translation>article: đọc nội dung Markdown từ tệp này (- để đọc từ đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>article edit: the version the edit is based on.</source>
        <translation>article edit: phiên bản làm cơ sở cho bản sửa.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>article return, withdraw: why.</source>
        <translation>article return, withdraw: lý do.</translation>
    </message>
    <message>
        <source>article schedule: when to publish (ISO 8601).</source>
        <translation>article schedule: thời điểm đăng (ISO 8601).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>thời-điểm</translation>
    </message>
    <message>
        <source>article list, bench seed: the state.</source>
        <translation>article list, bench seed: trạng thái.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>trạng-thái</translation>
    </message>
    <message>
        <source>query</source>
        <translation>từ-khoá</translation>
    </message>
    <message>
        <source>bench seed: how many articles.</source>
        <translation>bench seed: số bài viết cần tạo.</translation>
    </message>
    <message>
        <source>See the list of commands above.</source>
        <translation>Xem danh sách lệnh ở trên.</translation>
    </message>
    <message>
        <source>No command given; see --help.</source>
        <translation>Chưa có lệnh nào; xem --help.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; see --help.</source>
        <translation>Lệnh không xác định &apos;%1&apos;; xem --help.</translation>
    </message>
    <message>
        <source>--as %1 needs the password in PORTALDESK_PASSWORD.</source>
        <translation>--as %1 cần có mật khẩu trong PORTALDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init không nhận tham số.</translation>
    </message>
    <message>
        <source>Newsroom %1 is ready (schema version %2).</source>
        <translation>Cơ sở dữ liệu toà soạn %1 đã sẵn sàng (lược đồ phiên bản %2).</translation>
    </message>
    <message>
        <source>user add needs --role.</source>
        <translation>user add cần có --role.</translation>
    </message>
    <message>
        <source>Use: comment add ID TEXT.</source>
        <translation>Cách dùng: comment add ID TEXT.</translation>
    </message>
    <message>
        <source>Commenting needs --as LOGIN.</source>
        <translation>Để góp ý, cần chỉ định --as LOGIN.</translation>
    </message>
    <message>
        <source>publish-due takes no arguments.</source>
        <translation>publish-due không nhận tham số.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n scheduled article(s).</source>
        <translation>
            <numerusform>Đã đăng %n bài viết hẹn giờ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: bench seed --articles N [--state S].</source>
        <translation>Cách dùng: bench seed --articles N [--state S].</translation>
    </message>
    <message>
        <source>--articles needs a number from 1 to 100000000.</source>
        <translation>--articles cần một số từ 1 đến 100000000.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s).</source>
        <translation>
            <numerusform>Đã thêm %n bài viết.</numerusform>
        </translation>
    </message>
    <message>
        <source>create</source>
        <translation>tạo</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>góp ý</translation>
    </message>
    <message>
        <source>%1 (refused) by %2</source>
        <translation>%1 (bị từ chối) do %2 thực hiện</translation>
    </message>
    <message>
        <source>(→ %1)</source>
        <translation>(→ %1)</translation>
    </message>
    <message>
        <source>(in %1)</source>
        <translation>(ở trạng thái %1)</translation>
    </message>
    <message>
        <source>user add needs the new user&apos;s password in PORTALDESK_NEW_PASSWORD.</source>
        <translation>user add cần mật khẩu của người dùng mới trong PORTALDESK_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Use: portal init [--portal URL].</source>
        <translation>Cách dùng: portal init [--portal URL].</translation>
    </message>
    <message>
        <source>The portal %1 has the reference schema.</source>
        <translation>Cổng %1 đã có lược đồ tham chiếu.</translation>
    </message>
    <message>
        <source>Would send %1, update %2, withdraw %3; %4 conflicts, %5 failed, %6 unchanged.</source>
        <translation>Sẽ gửi mới %1, cập nhật %2, gỡ %3; %4 xung đột, %5 lỗi, %6 không đổi.</translation>
    </message>
    <message>
        <source>Sent %1, updated %2, withdrew %3; %4 conflicts, %5 failed, %6 unchanged.</source>
        <translation>Đã gửi mới %1, cập nhật %2, gỡ %3; %4 xung đột, %5 lỗi, %6 không đổi.</translation>
    </message>
    <message>
        <source>sync: list what would change, write nothing.</source>
        <translation>sync: liệt kê những gì sẽ thay đổi, không ghi gì.</translation>
    </message>
    <message>
        <source>sync: settle the conflict of this article by overwriting the portal&apos;s text.</source>
        <translation>sync: giải quyết xung đột của bài viết này bằng cách ghi đè văn bản trên cổng.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Use: sync [--portal URL] [--mapping FILE] [--dry-run] [--retries N] [--overwrite ID | --take-portal ID].</source>
        <translation>Cách dùng: sync [--portal URL] [--mapping FILE] [--dry-run] [--retries N] [--overwrite ID | --take-portal ID].</translation>
    </message>
    <message>
        <source>Give --overwrite or --take-portal, not both.</source>
        <translation>Chỉ dùng một trong hai: --overwrite hoặc --take-portal.</translation>
    </message>
    <message>
        <source>Taking the portal&apos;s text back makes a new revision: it needs --as LOGIN.</source>
        <translation>Lấy văn bản trên cổng về sẽ tạo một phiên bản mới: cần chỉ định --as LOGIN.</translation>
    </message>
    <message>
        <source>--retries takes a number from 0 to 19.</source>
        <translation>--retries nhận một số từ 0 đến 19.</translation>
    </message>
    <message>
        <source>%1: the portal&apos;s text is now version %2 in the newsroom.</source>
        <translation>%1: văn bản trên cổng nay là phiên bản %2 trong toà soạn.</translation>
    </message>
    <message>
        <source>sync: settle the conflict of this article by taking the portal&apos;s text back as a new revision.</source>
        <translation>sync: giải quyết xung đột của bài viết này bằng cách lấy văn bản trên cổng về làm phiên bản mới.</translation>
    </message>
    <message>
        <source>sync: how often a batch that failed for a passing reason (lost connection, lock) is tried again; default 3.</source>
        <translation>sync: số lần thử lại một lô bị lỗi tạm thời (mất kết nối, bị khoá); mặc định 3.</translation>
    </message>
    <message>
        <source>Use: gazette doc import|check|list|submit|approve|return|withdraw …, or gazette issue new|add|show|export|submit|approve|return|withdraw …; see --help.</source>
        <translation>Cách dùng: gazette doc import|check|list|submit|approve|return|withdraw …, hoặc gazette issue new|add|show|export|submit|approve|return|withdraw …; xem --help.</translation>
    </message>
    <message>
        <source>gazette doc import needs --%1.</source>
        <translation>gazette doc import cần --%1.</translation>
    </message>
    <message>
        <source>--signed takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--signed nhận ngày dạng YYYY-MM-DD, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--effective takes a date as YYYY-MM-DD.</source>
        <translation>--effective nhận ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--part is 1 (legal normative documents) or 2 (other documents).</source>
        <translation>--part là 1 (văn bản quy phạm pháp luật) hoặc 2 (văn bản khác).</translation>
    </message>
    <message>
        <source>Use: gazette doc import FILE --type TYPE --symbol SYMBOL --issuer BODY --signed YYYY-MM-DD --summary TEXT [--part 1|2].</source>
        <translation>Cách dùng: gazette doc import TỆP --type LOẠI --symbol SỐ_KÝ_HIỆU --issuer CƠ_QUAN --signed YYYY-MM-DD --summary TRÍCH_YẾU [--part 1|2].</translation>
    </message>
    <message>
        <source>Importing a document needs --as LOGIN.</source>
        <translation>Nhập văn bản cần --as TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>portaldesk-cli: note: the text was in %1 and was converted to Unicode.</source>
        <translation>portaldesk-cli: lưu ý: văn bản được gõ bằng %1 và đã được chuyển sang Unicode.</translation>
    </message>
    <message>
        <source>Use: gazette doc check ID, or gazette doc check --file FILE.</source>
        <translation>Cách dùng: gazette doc check ID, hoặc gazette doc check --file TỆP.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>lưu ý: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the structure is in order (%n Điều).</source>
        <translation>
            <numerusform>%1: cấu trúc hợp lệ (%n Điều).</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening an issue needs --as LOGIN.</source>
        <translation>Mở số Công báo cần --as TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>gazette issue new needs --year YYYY.</source>
        <translation>gazette issue new cần --year YYYY.</translation>
    </message>
    <message>
        <source>--number takes an issue number, or two joined for a combined issue: 15 or 15+16.</source>
        <translation>--number nhận số Công báo, hoặc hai số ghép cho số gộp: 15 hoặc 15+16.</translation>
    </message>
    <message>
        <source>gazette issue new needs --date YYYY-MM-DD.</source>
        <translation>gazette issue new cần --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Changing an issue needs --as LOGIN.</source>
        <translation>Sửa số Công báo cần --as TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>Số %1/%2, %3, %4</source>
        <translation>Số %1/%2, %3, %4</translation>
    </message>
    <message>
        <source>gazette issue export needs --out FILE.pdf or --out FILE.odt.</source>
        <translation>gazette issue export cần --out TỆP.pdf hoặc --out TỆP.odt.</translation>
    </message>
    <message>
        <source>The cover names the province: give it once with --province NAME (e.g. --province &quot;Quảng Trị&quot;).</source>
        <translation>Trang bìa ghi tên tỉnh: cho biết một lần bằng --province TÊN (ví dụ --province &quot;Quảng Trị&quot;).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Đã ghi %1 (%n trang).</numerusform>
        </translation>
    </message>
    <message>
        <source>This needs --as LOGIN.</source>
        <translation>Việc này cần --as TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>Công báo: sent %1 issue(s), withdrew %2.</source>
        <translation>Công báo: đã gửi %1 số, đã gỡ %2.</translation>
    </message>
    <message>
        <source>article: the sapo; gazette doc import: the trích yếu.</source>
        <translation>article: sapo; gazette doc import: trích yếu.</translation>
    </message>
    <message>
        <source>gazette doc import: the document type (Nghị quyết, Quyết định, Chỉ thị, Kế hoạch, …).</source>
        <translation>gazette doc import: loại văn bản (Nghị quyết, Quyết định, Chỉ thị, Kế hoạch, …).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>gazette doc import: number and symbol, e.g. 15/2022/QĐ-UBND.</source>
        <translation>gazette doc import: số, ký hiệu, ví dụ 15/2022/QĐ-UBND.</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>số ký hiệu</translation>
    </message>
    <message>
        <source>gazette doc import: the issuing body (HĐND tỉnh, UBND tỉnh, …).</source>
        <translation>gazette doc import: cơ quan ban hành (HĐND tỉnh, UBND tỉnh, …).</translation>
    </message>
    <message>
        <source>body</source>
        <translation>cơ quan</translation>
    </message>
    <message>
        <source>gazette doc import: the signing date.</source>
        <translation>gazette doc import: ngày ký.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>gazette doc import: the date it takes effect.</source>
        <translation>gazette doc import: ngày có hiệu lực.</translation>
    </message>
    <message>
        <source>gazette doc import: who signed.</source>
        <translation>gazette doc import: người ký.</translation>
    </message>
    <message>
        <source>gazette doc import: the signer&apos;s title, e.g. &quot;TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH&quot;.</source>
        <translation>gazette doc import: chức danh người ký, ví dụ &quot;TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH&quot;.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>chức danh</translation>
    </message>
    <message>
        <source>gazette doc import: 1 for legal normative documents, 2 (the default) for others.</source>
        <translation>gazette doc import: 1 cho văn bản quy phạm pháp luật, 2 (mặc định) cho văn bản khác.</translation>
    </message>
    <message>
        <source>gazette issue new: the year.</source>
        <translation>gazette issue new: năm.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>gazette issue new: the number, or 15+16 for a combined issue.</source>
        <translation>gazette issue new: số, hoặc 15+16 cho số gộp.</translation>
    </message>
    <message>
        <source>gazette issue export: the province named on the cover (kept for next time).</source>
        <translation>gazette issue export: tên tỉnh in trên trang bìa (được nhớ cho lần sau).</translation>
    </message>
    <message numerus="yes">
        <source>Added %n feed(s).</source>
        <translation>
            <numerusform>Đã thêm %n nguồn tin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown section &quot;%1&quot;; the sections are: %2.</source>
        <translation>Không có chuyên mục &quot;%1&quot;; các chuyên mục là: %2.</translation>
    </message>
    <message>
        <source>error	%1: %2</source>
        <translation>lỗi	%1: %2</translation>
    </message>
    <message>
        <source>unchanged	%1</source>
        <translation>không đổi	%1</translation>
    </message>
    <message numerus="yes">
        <source>ok	%1: %n new item(s)</source>
        <translation>
            <numerusform>tốt	%1: %n tin mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 feeds fetched, %n new item(s).</source>
        <translation>
            <numerusform>Đã lấy %1/%2 nguồn tin, %n tin mới.</numerusform>
        </translation>
    </message>
    <message>
        <source>digest build needs --date YYYY-MM-DD.</source>
        <translation>digest build cần --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>digest build needs --out FILE.pdf, FILE.odt or FILE.html.</source>
        <translation>digest build cần --out TỆP.pdf, TỆP.odt hoặc TỆP.html.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n story(ies).</source>
        <translation>
            <numerusform>Đã ghi %1: %n tin.</numerusform>
        </translation>
    </message>
    <message>
        <source>article new, digest rule add: the section.</source>
        <translation>article new, digest rule add: chuyên mục.</translation>
    </message>
    <message>
        <source>gazette issue new: the publication date; digest build: the day.</source>
        <translation>gazette issue new: ngày phát hành; digest build: ngày điểm báo.</translation>
    </message>
    <message>
        <source>gazette issue export, digest build: the file to write.</source>
        <translation>gazette issue export, digest build: tệp cần ghi.</translation>
    </message>
    <message>
        <source>digest rule add: the sở, ngành or địa phương concerned.</source>
        <translation>digest rule add: sở, ngành hoặc địa phương liên quan.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>digest rule add: items that match are left out.</source>
        <translation>digest rule add: loại bỏ các tin khớp quy tắc.</translation>
    </message>
    <message>
        <source>digest build: who sends the digest, printed at its top.</source>
        <translation>digest build: đơn vị gửi bản tin, in ở đầu trang.</translation>
    </message>
    <message>
        <source>Use: digest feeds import FILE.opml | feeds list | feeds export | rule add PHRASE [--section S] [--concerns UNIT] [--exclude] | rule list | fetch | save --date D | submit|approve|return|withdraw --date D | build --date YYYY-MM-DD --out FILE.</source>
        <translation>Cách dùng: digest feeds import TỆP.opml | feeds list | feeds export | rule add CỤM_TỪ [--section CHUYÊN_MỤC] [--concerns ĐƠN_VỊ] [--exclude] | rule list | fetch | save --date NGÀY | submit|approve|return|withdraw --date NGÀY | build --date YYYY-MM-DD --out TỆP.</translation>
    </message>
    <message>
        <source>Saving the digest needs --as LOGIN.</source>
        <translation>Lưu bản tin cần --as TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>digest save needs --date YYYY-MM-DD.</source>
        <translation>digest save cần --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>This needs --date YYYY-MM-DD.</source>
        <translation>Việc này cần --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Press digests: %1 sent or withdrawn.</source>
        <translation>Bản tin điểm báo: đã gửi hoặc gỡ %1.</translation>
    </message>
    <message>
        <source>--date takes YYYY-MM-DD.</source>
        <translation>--date nhận ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Say which paper or site the page is from: --outlet NAME or --url URL.</source>
        <translation>Hãy cho biết trang lấy từ báo hay trang nào: --outlet TÊN hoặc --url ĐỊA_CHỈ.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;.</source>
        <translation>Đã thêm &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was already there.</source>
        <translation>&quot;%1&quot; đã có từ trước.</translation>
    </message>
    <message>
        <source>article, digest clip: the title.</source>
        <translation>article, digest clip: tiêu đề.</translation>
    </message>
    <message>
        <source>gazette doc check: check this file without storing it; digest clip: the page or text.</source>
        <translation>gazette doc check: kiểm tra tệp này mà không lưu; digest clip: trang web hoặc văn bản.</translation>
    </message>
    <message>
        <source>digest clip: the newspaper of a print clipping.</source>
        <translation>digest clip: tờ báo in của bài cắt.</translation>
    </message>
    <message>
        <source>digest clip: the page of a print clipping.</source>
        <translation>digest clip: trang báo của bài cắt.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>trang</translation>
    </message>
    <message>
        <source>digest clip: the paper or site of a web clipping.</source>
        <translation>digest clip: báo hoặc trang web của bài.</translation>
    </message>
    <message>
        <source>digest clip: the address of a web clipping.</source>
        <translation>digest clip: địa chỉ của bài trên web.</translation>
    </message>
    <message>
        <source>%1 may no longer sign in.</source>
        <translation>%1 không còn đăng nhập được nữa.</translation>
    </message>
    <message>
        <source>Use: user add LOGIN --role R[,R...] [--name NAME], user disable LOGIN, or user list.</source>
        <translation>Cách dùng: user add LOGIN --role R[,R...] [--name NAME], user disable LOGIN hoặc user list.</translation>
    </message>
    <message>
        <source>Use: admin user add LOGIN --role R[,R...] [--name NAME], or admin user disable LOGIN.</source>
        <translation>Cách dùng: admin user add LOGIN --role R[,R...] [--name NAME] hoặc admin user disable LOGIN.</translation>
    </message>
    <message>
        <source>%1 is %2; an article body may be at most %3 of text. Nothing was saved.</source>
        <translation>%1 có dung lượng %2; nội dung một bài viết tối đa %3 văn bản. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; has no word to search for, only punctuation, operators or words to leave out.</source>
        <translation>Chuỗi tìm kiếm &quot;%1&quot; không có từ nào để tìm, chỉ có dấu câu, toán tử hoặc từ cần loại trừ.</translation>
    </message>
    <message>
        <source>%1 is %2; a list of feeds (OPML) may be at most %3.</source>
        <translation>%1 có dung lượng %2; danh sách nguồn tin (OPML) tối đa %3.</translation>
    </message>
    <message>
        <source>digest clip needs --file with the saved page (.html) or the text.</source>
        <translation>digest clip cần --file là trang đã lưu (.html) hoặc văn bản.</translation>
    </message>
    <message>
        <source>%1 is %2; a saved page or clipping may be at most %3.</source>
        <translation>%1 có dung lượng %2; một trang đã lưu hoặc bài trích tối đa %3.</translation>
    </message>
    <message>
        <source>No one was editing &quot;%1&quot;.</source>
        <translation>Không ai đang sửa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is free; %2 was editing it.</source>
        <translation>Đã gỡ khoá &quot;%1&quot;; %2 đang sửa bài này.</translation>
    </message>
    <message>
        <source>The body refers to photo %1, which is not in this newsroom; nothing was saved.</source>
        <translation>Nội dung bài dẫn tới ảnh %1, nhưng ảnh này không có trong toà soạn; chưa lưu gì.</translation>
    </message>
    <message>
        <source>Use: media add FILE… | list | show ID | describe ID | export ID original|web|thumb --out FILE; see --help.</source>
        <translation>Cách dùng: media add TỆP… | list | show MÃ | describe MÃ | export MÃ original|web|thumb --out TỆP; xem --help.</translation>
    </message>
    <message>
        <source>Adding photos needs --as LOGIN.</source>
        <translation>Thêm ảnh cần --as TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>--limit takes a number above 0.</source>
        <translation>--limit nhận một số lớn hơn 0.</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(chưa có chú thích)</translation>
    </message>
    <message>
        <source>(no credit)</source>
        <translation>(chưa ghi tác giả)</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Ảnh %1</translation>
    </message>
    <message>
        <source>Type: %1, %2 × %3 pixels</source>
        <translation>Định dạng: %1, %2 × %3 điểm ảnh</translation>
    </message>
    <message>
        <source>Caption: %1</source>
        <translation>Chú thích: %1</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Tác giả: %1</translation>
    </message>
    <message>
        <source>Description for the blind: %1</source>
        <translation>Mô tả cho người khiếm thị: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Chụp lúc: %1</translation>
    </message>
    <message>
        <source>Added by %1 at %2</source>
        <translation>Do %1 thêm lúc %2</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <source>Describing a photo needs --as LOGIN.</source>
        <translation>Sửa mô tả ảnh cần --as TÊN_ĐĂNG_NHẬP.</translation>
    </message>
    <message>
        <source>media export takes original, web or thumb, not &quot;%1&quot;.</source>
        <translation>media export nhận original, web hoặc thumb, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>media export needs --out FILE.</source>
        <translation>media export cần --out TỆP.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>article list, media list: search the articles or photos (accents optional).</source>
        <translation>article list, media list: tìm bài viết hoặc ảnh (gõ dấu hay không đều được).</translation>
    </message>
    <message>
        <source>media add, media describe: the photo&apos;s caption.</source>
        <translation>media add, media describe: chú thích ảnh.</translation>
    </message>
    <message>
        <source>media add, media describe: who took the photo, as printed under it.</source>
        <translation>media add, media describe: tác giả ảnh, như in dưới ảnh.</translation>
    </message>
    <message>
        <source>media add, media describe: the photo described for readers who cannot see it.</source>
        <translation>media add, media describe: mô tả ảnh cho người đọc không nhìn thấy ảnh.</translation>
    </message>
    <message>
        <source>media list: how many photos to list (100 by default).</source>
        <translation>media list: số ảnh cần liệt kê (mặc định 100).</translation>
    </message>
    <message>
        <source>portaldesk-cli: note: this photo was in the newsroom already as %1; its description is unchanged (media describe changes it).</source>
        <translation>portaldesk-cli: lưu ý: ảnh này đã có trong toà soạn với mã %1; phần mô tả không đổi (dùng media describe để sửa).</translation>
    </message>
    <message>
        <source>There is no photo %1 in this newsroom; nothing was saved.</source>
        <translation>Tòa soạn này không có ảnh %1; chưa lưu gì.</translation>
    </message>
    <message>
        <source>article edit: the photo that leads the article (empty for none).</source>
        <translation>article edit: ảnh đại diện của bài viết (để trống nếu không có).</translation>
    </message>
    <message>
        <source>%1 is a WordPress site: it needs no portal init; sync writes its posts through WordPress&apos;s REST API.</source>
        <translation>%1 là một trang WordPress: không cần portal init; sync ghi bài qua REST API của WordPress.</translation>
    </message>
    <message numerus="yes">
        <source>Corrected the publication date of %n article(s) to their first publication.</source>
        <translation>
            <numerusform>Đã sửa ngày đăng của %n bài về lần đăng đầu tiên.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping %1 is for a WordPress site, and the portal %2 is a database.</source>
        <translation>Tệp ánh xạ %1 dành cho một trang WordPress, còn cổng %2 là một cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Set PORTALDESK_PORTAL_PASSWORD to the Application Password of the WordPress user %1 (in WordPress: Users, Profile, Application Passwords).</source>
        <translation>Hãy đặt PORTALDESK_PORTAL_PASSWORD là Mật khẩu ứng dụng của người dùng WordPress %1 (trong WordPress: Thành viên, Hồ sơ, Mật khẩu ứng dụng).</translation>
    </message>
    <message>
        <source>portal, sync: the portal database, sqlite:PATH, postgresql://[user@]host[:port]/dbname or mysql://[user@]host[:port]/dbname; or a WordPress site, https://USER@site.example/.</source>
        <translation>portal, sync: cơ sở dữ liệu của cổng, sqlite:ĐƯỜNG_DẪN, postgresql://[user@]host[:port]/dbname hoặc mysql://[user@]host[:port]/dbname; hoặc một trang WordPress, https://NGƯỜI_DÙNG@site.example/.</translation>
    </message>
    <message>
        <source>The mapping %1 describes a database table; a WordPress site takes a mapping with a &quot;wordpress&quot; object (README, &quot;WordPress (REST API)&quot;).</source>
        <translation>Tệp ánh xạ %1 mô tả một bảng cơ sở dữ liệu; trang WordPress cần tệp ánh xạ có đối tượng &quot;wordpress&quot; (README, &quot;WordPress (REST API)&quot;).</translation>
    </message>
    <message>
        <source>sync: write into another CMS&apos;s table as this JSON mapping file says, or map sections and authors onto a WordPress site&apos;s (README, &quot;Portal sync&quot;).</source>
        <translation>sync: ghi vào bảng của CMS khác theo tệp ánh xạ JSON này, hoặc ánh xạ chuyên mục và tác giả sang của trang WordPress (README, &quot;Portal sync&quot;).</translation>
    </message>
    <message>
        <source>--%1 is not valid UTF-8 text; check the encoding of the terminal or script.</source>
        <translation>--%1 không phải văn bản UTF-8 hợp lệ; hãy kiểm tra bảng mã của cửa sổ lệnh hoặc tập lệnh.</translation>
    </message>
    <message numerus="yes">
        <source>portaldesk-cli: note: the document&apos;s own heading (%n line(s): number, motto, type and summary) was left out; the Công báo prints it from the metadata.</source>
        <translation>
            <numerusform>portaldesk-cli: lưu ý: phần đầu của chính văn bản (%n dòng: số, quốc hiệu, tiêu ngữ, loại và trích yếu) đã được bỏ; Công báo in phần này từ thông tin văn bản.</numerusform>
        </translation>
    </message>
    <message>
        <source>portaldesk-cli: warning: printed as DỰ THẢO (draft): %1</source>
        <translation>portaldesk-cli: cảnh báo: đã in với dấu DỰ THẢO: %1</translation>
    </message>
    <message>
        <source>--deadline takes a number of seconds from 1 to 3600.</source>
        <translation>--deadline nhận số giây từ 1 đến 3600.</translation>
    </message>
    <message>
        <source>digest fetch: the most seconds one feed&apos;s transfer may take, however slowly it trickles; default 60.</source>
        <translation>digest fetch: số giây tối đa để tải một nguồn tin, dù máy chủ gửi chậm đến đâu; mặc định 60.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>số-giây</translation>
    </message>
    <message>
        <source>Use: royalty schedule import FILE | schedule show | contributor add CODE | contributor list | grade ID | ungrade ID | show ID | ungraded | statement | close | reopen; see --help.</source>
        <translation>Cách dùng: royalty schedule import TỆP | schedule show | contributor add MÃ | contributor list | grade MÃ_BÀI | ungrade MÃ_BÀI | show MÃ_BÀI | ungraded | statement | close | reopen; xem --help.</translation>
    </message>
    <message>
        <source>%1 is %2; a royalty schedule may be at most %3.</source>
        <translation>%1 có dung lượng %2; một khung nhuận bút tối đa %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  unit value from %1: %2 đồng</source>
        <translation>  giá trị một đơn vị hệ số từ %1: %2 đồng</translation>
    </message>
    <message>
        <source>  remuneration %1 (%2): at most %3 %</source>
        <translation>  thù lao %1 (%2): tối đa %3 %</translation>
    </message>
    <message>
        <source>  works of high value: up to %1 % more</source>
        <translation>  tác phẩm có giá trị cao: cộng thêm tối đa %1 %</translation>
    </message>
    <message>
        <source>  withheld: %1 % of each payment from %2 đồng</source>
        <translation>  khấu trừ thuế TNCN: %1 % mỗi lần chi trả từ %2 đồng</translation>
    </message>
    <message>
        <source>royalty contributor add needs --name, the contributor&apos;s full name.</source>
        <translation>royalty contributor add cần --name, họ và tên của cộng tác viên.</translation>
    </message>
    <message>
        <source>royalty grade needs --category, a code of the schedule (royalty schedule show lists them).</source>
        <translation>royalty grade cần --category, mã một thể loại của khung nhuận bút (royalty schedule show liệt kê các mã).</translation>
    </message>
    <message>
        <source>--coefficient takes a number with at most two decimals, like 3 or 2.5.</source>
        <translation>--coefficient nhận một số có tối đa hai chữ số thập phân, như 3 hoặc 2.5.</translation>
    </message>
    <message>
        <source>--bonus takes a percent, like 20.</source>
        <translation>--bonus nhận một tỷ lệ phần trăm, như 20.</translation>
    </message>
    <message>
        <source>--share takes LOGIN:PERCENT (an author) or LOGIN:PERCENT:CODE (a remuneration of the schedule), not &quot;%1&quot;.</source>
        <translation>--share nhận LOGIN:PHẦN_TRĂM (một tác giả) hoặc LOGIN:PHẦN_TRĂM:MÃ (một khoản thù lao của khung), không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>graded (version %1)</source>
        <translation>đã chấm (phiên bản %1)</translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation>ảnh %1</translation>
    </message>
    <message>
        <source>royalty %1 needs --month YYYY-MM.</source>
        <translation>royalty %1 cần --month YYYY-MM.</translation>
    </message>
    <message>
        <source>--month takes a month as YYYY-MM, not &quot;%1&quot;.</source>
        <translation>--month nhận một tháng dạng YYYY-MM, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>tổng cộng</translation>
    </message>
    <message>
        <source>Work with a PortalDesk newsroom from the command line.

Commands:
  init [--demo]                         create or migrate the newsroom; --demo adds demo users and articles
  user add LOGIN --role R[,R...] [--name NAME]   password from PORTALDESK_NEW_PASSWORD
  user list
  admin user add LOGIN --role R[,R...] [--name NAME]   the same as user add; on PostgreSQL a server login role
  admin user disable LOGIN              the user may no longer sign in; their work stays
  article new --title T [--summary S] [--section S] [--body-file F]   prints the new id
  article edit ID --base-version N [--title T] [--summary S] [--body-file F] [--lead-photo MEDIA_ID]
  article submit|forward|approve|publish ID
  article return|withdraw ID --reason TEXT
  article schedule ID --at ISO8601
  article show ID
  article list [--state S] [--search Q]
  article history ID                    revisions and audit entries, newest first
  article unlock ID                     a chief editor frees an article someone is editing (audited)
  article diff ID REV_A REV_B           word-level diff between two revisions
  comment add ID TEXT
  publish-due                           publish the scheduled articles whose time has come
  bench seed --articles N [--state S]   bulk realistic articles for benchmarks
  portal init [--portal URL]            create the reference portal schema (default: portal.sqlite beside the newsroom)
  sync [--portal URL] [--mapping FILE] [--dry-run]   send what was published, corrected or withdrawn to the portal; exit 6 if some items were not
  sync --overwrite ID                   settle a conflict by keeping the newsroom&apos;s text
  sync --take-portal ID --as LOGIN      settle a conflict by taking the portal&apos;s text back as a new revision
  gazette doc import FILE.docx|FILE.odt|FILE.txt --type TYPE --symbol SYMBOL --issuer BODY --signed YYYY-MM-DD
                     --summary TEXT [--part 1|2] [--effective DATE] [--signer NAME] [--signer-title TITLE]   prints the new id
  gazette doc check ID | --file F       list structure problems; exit 7 when there are some
  gazette doc list
  gazette issue new --year Y --number N[+M] --date DATE   prints the issue id
  gazette issue add ISSUE DOC_ID...
  gazette issue show ISSUE
  gazette issue export ISSUE --out FILE.pdf|FILE.odt [--province NAME]
  gazette doc|issue submit|approve|return|withdraw ID [--reason TEXT]
  digest feeds import FILE.opml | feeds list | feeds export
  digest rule add PHRASE [--section S] [--concerns UNIT] [--exclude] | rule list
  digest fetch [--deadline S]           fetch every enabled feed, a line per feed as it ends; exit 1 only when all fail
  digest clip --file PAGE.html|TEXT.txt [--url URL] [--outlet NAME] [--title T] [--date D]   a web clipping
  digest clip --paper NAME --page P --date D --file TEXT.txt [--title T]   a print clipping
  digest save --date D --as LOGIN       keep the day&apos;s draft as its digest, for review
  digest submit|approve|return|withdraw --date D --as LOGIN [--reason TEXT]
  digest build --date YYYY-MM-DD --out FILE.pdf|FILE.odt|FILE.html [--office NAME]   the saved digest, else a fresh draft
  media add FILE... [--caption T] [--credit C] [--alt A]   JPEG, PNG, WebP, HEIC, AVIF or TIFF photos; prints their ids
  media list [--search Q] [--limit N]   newest first; Q matches caption, credit and alt text, accents optional
  media show ID                         size, type, caption, credit and the renditions
  media describe ID [--caption T] [--credit C] [--alt A]   the uploader or an editor changes the description
  media export ID original|web|thumb --out FILE   the stored file (web and thumb carry no EXIF, no GPS)
  royalty schedule import FILE          a royalty schedule (JSON, README &quot;Royalties&quot;); chief editors and admins
  royalty schedule show [--json]        the schedule new grades are made under
  royalty contributor add CODE --name NAME [--unit UNIT] | contributor list   outside contributors who are paid
  royalty grade ID --category CODE --coefficient X [--bonus PERCENT] [--photo MEDIA_ID] [--share LOGIN:PERCENT[:CODE] ...]
                                        a chief editor grades an approved or published article or one of its photos
  royalty ungrade ID [--photo MEDIA_ID] | royalty show ID [--json]
  royalty ungraded --month YYYY-MM      the month&apos;s published works not graded yet
  royalty statement --month YYYY-MM [--json] [--out FILE.pdf|FILE.ods|FILE.csv]   what each is paid
  royalty close --month YYYY-MM | royalty reopen --month YYYY-MM --reason TEXT</source>
        <translation>Làm việc với cơ sở dữ liệu toà soạn PortalDesk từ dòng lệnh.

Các lệnh:
  init [--demo]                         tạo mới cơ sở dữ liệu toà soạn hoặc cập nhật lên lược đồ hiện hành; --demo thêm người dùng và bài viết mẫu
  user add LOGIN --role R[,R...] [--name NAME]   mật khẩu lấy từ PORTALDESK_NEW_PASSWORD
  user list
  admin user add LOGIN --role R[,R...] [--name NAME]   như user add; trên PostgreSQL là một vai trò đăng nhập của máy chủ
  admin user disable LOGIN              người dùng không đăng nhập được nữa; bài vở của họ vẫn giữ nguyên
  article new --title T [--summary S] [--section S] [--body-file F]   in ra mã của bài viết mới
  article edit ID --base-version N [--title T] [--summary S] [--body-file F] [--lead-photo MEDIA_ID]
  article submit|forward|approve|publish ID
  article return|withdraw ID --reason TEXT
  article schedule ID --at ISO8601
  article show ID
  article list [--state S] [--search Q]
  article history ID                    các phiên bản và mục nhật ký, mới nhất ở đầu
  article unlock ID                     lãnh đạo ban biên tập gỡ khoá bài người khác đang sửa (có ghi nhật ký)
  article diff ID REV_A REV_B           so sánh hai phiên bản theo từng từ
  comment add ID TEXT
  publish-due                           đăng các bài viết hẹn giờ đã đến giờ đăng
  bench seed --articles N [--state S]   tạo hàng loạt bài viết sát thực tế để đo hiệu năng
  portal init [--portal URL]            tạo lược đồ cổng tham chiếu (mặc định: portal.sqlite bên cạnh cơ sở dữ liệu toà soạn)
  sync [--portal URL] [--mapping FILE] [--dry-run]   gửi lên cổng những gì đã đăng, đính chính hoặc gỡ; mã thoát 6 nếu có mục chưa gửi được
  sync --overwrite ID                   giải quyết xung đột bằng cách giữ văn bản của toà soạn
  sync --take-portal ID --as LOGIN      giải quyết xung đột bằng cách lấy văn bản trên cổng về làm phiên bản mới
  gazette doc import TỆP.docx|TỆP.odt|TỆP.txt --type LOẠI --symbol SỐ_KÝ_HIỆU --issuer CƠ_QUAN --signed YYYY-MM-DD
                     --summary TRÍCH_YẾU [--part 1|2] [--effective NGÀY] [--signer TÊN] [--signer-title CHỨC_DANH]   in mã văn bản mới
  gazette doc check ID | --file TỆP     liệt kê lỗi cấu trúc; thoát với mã 7 khi có lỗi
  gazette doc list
  gazette issue new --year NĂM --number N[+M] --date NGÀY   in mã số Công báo
  gazette issue add SỐ MÃ_VĂN_BẢN...
  gazette issue show SỐ
  gazette issue export SỐ --out TỆP.pdf|TỆP.odt [--province TÊN]
  gazette doc|issue submit|approve|return|withdraw ID [--reason LÝ_DO]
  digest feeds import TỆP.opml | feeds list | feeds export
  digest rule add CỤM_TỪ [--section CHUYÊN_MỤC] [--concerns ĐƠN_VỊ] [--exclude] | rule list
  digest fetch [--deadline S]           lấy mọi nguồn tin đang bật, in một dòng cho mỗi nguồn khi xong; thoát với mã 1 chỉ khi tất cả đều lỗi
  digest clip --file TRANG.html|VĂN_BẢN.txt [--url ĐỊA_CHỈ] [--outlet TÊN] [--title TIÊU_ĐỀ] [--date NGÀY]   bài cắt từ web
  digest clip --paper TÊN_BÁO --page TRANG --date NGÀY --file VĂN_BẢN.txt [--title TIÊU_ĐỀ]   bài cắt từ báo in
  digest save --date NGÀY --as TÊN_ĐĂNG_NHẬP   lưu bản nháp trong ngày làm bản tin, để duyệt
  digest submit|approve|return|withdraw --date NGÀY --as TÊN_ĐĂNG_NHẬP [--reason LÝ_DO]
  digest build --date YYYY-MM-DD --out TỆP.pdf|TỆP.odt|TỆP.html [--office TÊN]   bản tin đã lưu, nếu chưa có thì bản nháp mới
  media add TỆP... [--caption CHÚ_THÍCH] [--credit TÁC_GIẢ] [--alt MÔ_TẢ]   ảnh JPEG, PNG, WebP, HEIC, AVIF hoặc TIFF; in mã của từng ảnh
  media list [--search TỪ_KHOÁ] [--limit N]   ảnh mới nhất trước; tìm trong chú thích, tác giả và mô tả, gõ dấu hay không đều được
  media show MÃ                         kích thước, định dạng, chú thích, tác giả và các bản thu nhỏ
  media describe MÃ [--caption CHÚ_THÍCH] [--credit TÁC_GIẢ] [--alt MÔ_TẢ]   người tải ảnh lên hoặc biên tập viên sửa phần mô tả
  media export MÃ original|web|thumb --out TỆP   tệp đã lưu (bản web và thumb không mang EXIF, không mang vị trí GPS)
  royalty schedule import TỆP          khung nhuận bút (JSON, README mục &quot;Royalties&quot;); lãnh đạo ban biên tập và quản trị viên
  royalty schedule show [--json]        khung nhuận bút dùng để chấm các tác phẩm mới
  royalty contributor add MÃ --name HỌ_TÊN [--unit ĐƠN_VỊ] | contributor list   cộng tác viên ngoài toà soạn được trả nhuận bút
  royalty grade MÃ_BÀI --category MÃ --coefficient X [--bonus PHẦN_TRĂM] [--photo MÃ_ẢNH] [--share LOGIN:PHẦN_TRĂM[:MÃ] ...]
                                        lãnh đạo ban biên tập chấm nhuận bút một bài đã duyệt hoặc đã đăng, hoặc một ảnh của bài
  royalty ungrade MÃ_BÀI [--photo MÃ_ẢNH] | royalty show MÃ_BÀI [--json]
  royalty ungraded --month YYYY-MM      các tác phẩm đăng trong tháng chưa được chấm nhuận bút
  royalty statement --month YYYY-MM [--json] [--out TỆP.pdf|TỆP.ods|TỆP.csv]   bảng thanh toán: mỗi người được nhận bao nhiêu
  royalty close --month YYYY-MM | royalty reopen --month YYYY-MM --reason LÝ_DO</translation>
    </message>
    <message>
        <source>royalty grade: the genre&apos;s code in the schedule.</source>
        <translation>royalty grade: mã thể loại trong khung nhuận bút.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>royalty grade: the coefficient, within the genre&apos;s range (2.5 allowed).</source>
        <translation>royalty grade: hệ số, trong khung hệ số của thể loại (được ghi 2.5).</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>royalty grade: the extra for a work of high value, in percent.</source>
        <translation>royalty grade: mức cộng thêm cho tác phẩm có giá trị cao, tính bằng phần trăm.</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>phần_trăm</translation>
    </message>
    <message>
        <source>royalty grade, ungrade: grade this photo of the article instead of its text.</source>
        <translation>royalty grade, ungrade: chấm ảnh này của bài thay cho phần chữ.</translation>
    </message>
    <message>
        <source>royalty grade: who is paid and how much, LOGIN:PERCENT; authors&apos; shares add up to 100; LOGIN:PERCENT:CODE for a remuneration. Repeat for each.</source>
        <translation>royalty grade: ai được hưởng và bao nhiêu, LOGIN:PHẦN_TRĂM; tỷ lệ của các tác giả cộng lại đủ 100; LOGIN:PHẦN_TRĂM:MÃ cho một khoản thù lao. Lặp lại cho từng người.</translation>
    </message>
    <message>
        <source>share</source>
        <translation>tỷ_lệ</translation>
    </message>
    <message>
        <source>royalty statement, ungraded, close, reopen: the month, YYYY-MM.</source>
        <translation>royalty statement, ungraded, close, reopen: tháng, dạng YYYY-MM.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>royalty contributor add: the contributor&apos;s unit or office.</source>
        <translation>royalty contributor add: đơn vị hoặc cơ quan của cộng tác viên.</translation>
    </message>
    <message>
        <source>  %1 (%2): up to %3 % more</source>
        <translation>  %1 (%2): thêm tối đa %3 %</translation>
    </message>
    <message>
        <source>  from %1, withheld: %2 % of each payment from %3 đồng</source>
        <translation>  từ %1, khấu trừ: %2 % mỗi lần chi từ %3 đồng</translation>
    </message>
    <message>
        <source>  in force until %1</source>
        <translation>  có hiệu lực đến hết ngày %1</translation>
    </message>
    <message numerus="yes">
        <source>Citizens&apos; questions: %n answer(s) published.</source>
        <translation>
            <numerusform>Hỏi đáp: đã đăng %n câu trả lời.</numerusform>
        </translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(ngừng sử dụng)</translation>
    </message>
    <message>
        <source>Use: agency add NAME | agency disable NAME | agency enable NAME | agency list; see --help.</source>
        <translation>Cách dùng: agency add TÊN | agency disable TÊN | agency enable TÊN | agency list; xem --help.</translation>
    </message>
    <message>
        <source>Use: qa pull | list | overdue | show ID | assign|answer|submit|approve|publish|return|reject|merge ID | stats --month M | workdays --from DAY --days N | calendar list|set|unset | erase-expired; see --help.</source>
        <translation>Cách dùng: qa pull | list | overdue | show MÃ | assign|answer|submit|approve|publish|return|reject|merge MÃ | stats --month THÁNG | workdays --from NGÀY --days N | calendar list|set|unset | erase-expired; xem --help.</translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s) from the portal</source>
        <translation>
            <numerusform>%n câu hỏi mới từ cổng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n deleted there</source>
        <translation>
            <numerusform>; %n câu hỏi đã bị xoá trên cổng</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown question state &apos;%1&apos;.</source>
        <translation>Trạng thái câu hỏi không xác định &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Asker: %1</source>
        <translation>Người hỏi: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Liên hệ: %1</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>đã xoá</translation>
    </message>
    <message>
        <source>Agency: %1, due %2</source>
        <translation>Cơ quan: %1, hạn trả lời %2</translation>
    </message>
    <message>
        <source>qa assign needs --agency NAME.</source>
        <translation>qa assign cần --agency TÊN.</translation>
    </message>
    <message>
        <source>--due is a day written YYYY-MM-DD.</source>
        <translation>--due nhận ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>qa answer needs --body-file FILE: the agency&apos;s text (.docx, .odt or text; - for standard input).</source>
        <translation>qa answer cần --body-file TỆP: văn bản trả lời của cơ quan (.docx, .odt hoặc văn bản thuần; - để đọc từ đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>--letter-date is a day written YYYY-MM-DD.</source>
        <translation>--letter-date nhận ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>qa merge needs --into ID, the question kept.</source>
        <translation>qa merge cần --into MÃ, mã của câu hỏi được giữ lại.</translation>
    </message>
    <message>
        <source>qa stats needs --month YYYY-MM.</source>
        <translation>qa stats cần --month YYYY-MM.</translation>
    </message>
    <message>
        <source>Agency	Received	Answered	On time	Late	Open	Average working days</source>
        <translation>Cơ quan	Tiếp nhận	Đã trả lời	Đúng hạn	Trễ hạn	Chưa trả lời	Số ngày làm việc trung bình</translation>
    </message>
    <message>
        <source>qa workdays needs --from YYYY-MM-DD and --days N (0 to 3650).</source>
        <translation>qa workdays cần --from YYYY-MM-DD và --days N (từ 0 đến 3650).</translation>
    </message>
    <message>
        <source>Use: qa calendar list | qa calendar set YYYY-MM-DD off|work [--reason NOTE] | qa calendar unset YYYY-MM-DD.</source>
        <translation>Cách dùng: qa calendar list | qa calendar set YYYY-MM-DD off|work [--reason GHI_CHÚ] | qa calendar unset YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 is not a day written YYYY-MM-DD.</source>
        <translation>%1 không phải ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>%n asker(s)&apos; contact details erased</source>
        <translation>
            <numerusform>Đã xoá thông tin liên hệ của %n người hỏi</numerusform>
        </translation>
    </message>
    <message>
        <source>qa assign, list: the agency, by name.</source>
        <translation>qa assign, list: cơ quan, theo tên.</translation>
    </message>
    <message>
        <source>qa assign: the due date, YYYY-MM-DD (default: the newsroom&apos;s due period in working days).</source>
        <translation>qa assign: hạn trả lời, dạng YYYY-MM-DD (mặc định: thời hạn trả lời tính bằng ngày làm việc theo thiết lập của toà soạn).</translation>
    </message>
    <message>
        <source>day</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>qa answer: the agency&apos;s letter, &quot;Công văn số …&quot;.</source>
        <translation>qa answer: công văn trả lời của cơ quan, &quot;Công văn số …&quot;.</translation>
    </message>
    <message>
        <source>qa answer: the letter&apos;s date, YYYY-MM-DD.</source>
        <translation>qa answer: ngày ban hành công văn, dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>qa merge: the question kept.</source>
        <translation>qa merge: câu hỏi được giữ lại.</translation>
    </message>
    <message>
        <source>qa workdays: the first day, YYYY-MM-DD.</source>
        <translation>qa workdays: ngày bắt đầu tính, dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>qa workdays: how many working days later.</source>
        <translation>qa workdays: số ngày làm việc tính từ ngày bắt đầu.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo article(s) and the users chief, editor, reporter, digest, gazette, qa and admin (password &quot;demo&quot;).</source>
        <translation>
            <numerusform>Đã thêm %n bài viết mẫu và các tài khoản chief, editor, reporter, digest, gazette, qa, admin (mật khẩu &quot;demo&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo citizens&apos; question(s), from just received to published.</source>
        <translation>
            <numerusform>Đã thêm %n câu hỏi mẫu của công dân, từ mới tiếp nhận đến đã đăng.</numerusform>
        </translation>
    </message>
    <message>
        <source>  user disable LOGIN                    the same as admin user disable
  qa pull                               take new citizens&apos; questions from the portal
  qa list|overdue [--state S] [--agency A]   the questions, or those past their due day
  qa show ID
  qa assign|answer|submit|approve|publish|return|reject|merge ID   [--agency A] [--due DAY] [--letter T] [--letter-date DAY] [--into ID] [--reason TEXT]
  qa stats --month YYYY-MM              questions received, answered and overdue
  qa workdays --from DAY --days N       the working day N working days later
  qa calendar list | set DAY off|work [--reason NOTE] | unset DAY   days off and make-up working days
  qa erase-expired                      erase the contact details kept past their time
  agency add|disable|enable NAME | agency list   the agencies questions are assigned to</source>
        <translation>  user disable LOGIN                    như admin user disable
  qa pull                               lấy các câu hỏi mới của công dân từ cổng
  qa list|overdue [--state TRẠNG_THÁI] [--agency CƠ_QUAN]   các câu hỏi, hoặc những câu đã quá hạn trả lời
  qa show MÃ
  qa assign|answer|submit|approve|publish|return|reject|merge MÃ   [--agency CƠ_QUAN] [--due NGÀY] [--letter CÔNG_VĂN] [--letter-date NGÀY] [--into MÃ] [--reason LÝ_DO]
  qa stats --month YYYY-MM              số câu hỏi đã nhận, đã trả lời và quá hạn
  qa workdays --from NGÀY --days N      ngày làm việc thứ N kể từ NGÀY
  qa calendar list | set NGÀY off|work [--reason GHI_CHÚ] | unset NGÀY   ngày nghỉ và ngày làm bù
  qa erase-expired                      xoá thông tin liên hệ của người hỏi đã quá thời hạn lưu
  agency add|disable|enable TÊN | agency list   các cơ quan được giao trả lời câu hỏi</translation>
    </message>
</context>
<context>
    <name>Clippings</name>
    <message>
        <source>The page cannot be read as HTML.</source>
        <translation>Không đọc được trang dưới dạng HTML.</translation>
    </message>
    <message>
        <source>The page has no article text.</source>
        <translation>Trang không có nội dung bài viết.</translation>
    </message>
    <message>
        <source>The clipping has no text.</source>
        <translation>Bài cắt không có nội dung.</translation>
    </message>
    <message>
        <source>Say which paper or site the clipping is from.</source>
        <translation>Hãy cho biết bài lấy từ báo hay trang nào.</translation>
    </message>
    <message>
        <source>A print clipping needs its paper and its date.</source>
        <translation>Bài cắt từ báo in cần tên báo và ngày.</translation>
    </message>
    <message>
        <source>The clipping holds a NUL byte: it is not text. Save the page as .html, or its text as .txt.</source>
        <translation>Bài trích có byte NUL: đây không phải văn bản. Hãy lưu trang dưới dạng .html, hoặc lưu chữ của bài dưới dạng .txt.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The newsroom&apos;s server does not allow this for your account: %1</source>
        <translation>Máy chủ của toà soạn không cho phép tài khoản của bạn làm việc này: %1</translation>
    </message>
    <message>
        <source>The disk of the newsroom&apos;s server is full: what PortalDesk was writing was not saved. Ask the server&apos;s administrator to free some space.</source>
        <translation>Ổ đĩa của máy chủ cơ sở dữ liệu toà soạn đã đầy: những gì PortalDesk đang ghi chưa được lưu. Hãy đề nghị quản trị viên máy chủ giải phóng dung lượng.</translation>
    </message>
    <message>
        <source>The disk is full: PortalDesk could not write to the newsroom, and what it was writing was not saved. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy: PortalDesk không ghi được vào cơ sở dữ liệu toà soạn, những gì đang ghi chưa được lưu. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>This newsroom already has users; --demo is for a new newsroom.</source>
        <translation>Cơ sở dữ liệu toà soạn này đã có người dùng; --demo chỉ dùng cho cơ sở dữ liệu toà soạn mới.</translation>
    </message>
</context>
<context>
    <name>DigestBuilder</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>There are no relevance rules yet: add the province&apos;s name, places and leaders first (digest rule add PHRASE).</source>
        <translation>Chưa có quy tắc lọc tin: hãy thêm tên tỉnh, địa danh, lãnh đạo trước (digest rule add CỤM_TỪ).</translation>
    </message>
    <message>
        <source>The digest template cannot be read: %1.</source>
        <translation>Không đọc được mẫu bản tin: %1.</translation>
    </message>
    <message>
        <source>The digest template failed: %1.</source>
        <translation>Mẫu bản tin bị lỗi: %1.</translation>
    </message>
    <message>
        <source>Write the digest as .pdf, .odt or .html, not &quot;%1&quot;.</source>
        <translation>Hãy ghi bản tin dạng .pdf, .odt hoặc .html, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The print face Liberation Serif is not installed (Debian package fonts-liberation).</source>
        <translation>Chưa cài phông chữ in Liberation Serif (gói Debian fonts-liberation).</translation>
    </message>
    <message>
        <source>Cannot write %1 as OpenDocument.</source>
        <translation>Không ghi được %1 dạng OpenDocument.</translation>
    </message>
</context>
<context>
    <name>DigestReview</name>
    <message>
        <source>Only digest staff and chief editors may save the digest.</source>
        <translation>Chỉ cán bộ điểm báo và lãnh đạo ban biên tập mới được lưu bản tin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tone: positive, neutral or negative.</source>
        <translation>&quot;%1&quot; không phải sắc thái: tích cực, trung lập hoặc tiêu cực.</translation>
    </message>
    <message>
        <source>The digest of %1 is %2 and cannot be changed by you.</source>
        <translation>Bản tin ngày %1 đang ở trạng thái %2, bạn không thể sửa.</translation>
    </message>
    <message>
        <source>The digest of %1 was saved by someone else meanwhile; reopen it.</source>
        <translation>Bản tin ngày %1 vừa được người khác lưu; hãy mở lại.</translation>
    </message>
    <message>
        <source>The digest of %1 is gone; reopen it.</source>
        <translation>Bản tin ngày %1 không còn; hãy mở lại.</translation>
    </message>
    <message>
        <source>The digest of %1</source>
        <translation>Bản tin ngày %1</translation>
    </message>
    <message>
        <source>%1 has not been saved yet.</source>
        <translation>%1 chưa được lưu.</translation>
    </message>
    <message>
        <source>Say why %1 is sent back or withdrawn.</source>
        <translation>Hãy nêu lý do trả lại hoặc gỡ %1.</translation>
    </message>
    <message>
        <source>%1 has no stories.</source>
        <translation>%1 chưa có tin nào.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; look again.</source>
        <translation>%1 vừa được người khác thay đổi; hãy xem lại.</translation>
    </message>
</context>
<context>
    <name>DigestStore</name>
    <message>
        <source>&quot;%1&quot; is not the address of a web feed (http or https).</source>
        <translation>&quot;%1&quot; không phải địa chỉ nguồn tin web (http hoặc https).</translation>
    </message>
    <message>
        <source>The feed %1 is already in the list.</source>
        <translation>Nguồn tin %1 đã có trong danh sách.</translation>
    </message>
    <message>
        <source>The OPML file is not well-formed XML: %1 (line %2).</source>
        <translation>Tệp OPML không phải XML hợp lệ: %1 (dòng %2).</translation>
    </message>
    <message>
        <source>The file is not OPML: it has no &lt;opml&gt; element.</source>
        <translation>Tệp không phải OPML: thiếu phần tử &lt;opml&gt;.</translation>
    </message>
    <message>
        <source>PortalDesk press digest feeds</source>
        <translation>Nguồn tin điểm báo PortalDesk</translation>
    </message>
    <message>
        <source>A rule needs a word or phrase.</source>
        <translation>Quy tắc cần có một từ hoặc cụm từ.</translation>
    </message>
    <message>
        <source>There is already a rule for &quot;%1&quot;.</source>
        <translation>Đã có quy tắc cho &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is listed twice.</source>
        <translation>Chuyên mục &quot;%1&quot; bị ghi hai lần.</translation>
    </message>
    <message>
        <source>The digest needs at least one section.</source>
        <translation>Bản tin cần ít nhất một chuyên mục.</translation>
    </message>
    <message>
        <source>The feed</source>
        <translation>Nguồn tin</translation>
    </message>
    <message>
        <source>The digest&apos;s items</source>
        <translation>Các tin của bản tin</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>Quy tắc lọc tin</translation>
    </message>
    <message>
        <source>The digest&apos;s sections</source>
        <translation>Các mục của bản tin</translation>
    </message>
</context>
<context>
    <name>DigestSync</name>
    <message>
        <source>The digest %1 is gone from the newsroom.</source>
        <translation>Bản tin %1 không còn trong toà soạn.</translation>
    </message>
    <message>
        <source>The digest of %1</source>
        <translation>Bản tin ngày %1</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>%1 was not sent: %2 has no portal_digests table; create it with &quot;portaldesk-cli portal init&quot; (%3).</source>
        <translation>%1 chưa được gửi: %2 chưa có bảng portal_digests; hãy tạo bằng &quot;portaldesk-cli portal init&quot; (%3).</translation>
    </message>
    <message>
        <source>%1 was not sent to %2: %3.</source>
        <translation>%1 chưa được gửi tới %2: %3.</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>%1 is not a %2 file (it is not a zip archive).</source>
        <translation>%1 không phải tệp %2 (không phải tệp nén zip).</translation>
    </message>
    <message>
        <source>%1 is not a Word document: it has no word/document.xml.</source>
        <translation>%1 không phải văn bản Word: thiếu word/document.xml.</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument text: it has no content.xml.</source>
        <translation>%1 không phải văn bản OpenDocument: thiếu content.xml.</translation>
    </message>
    <message>
        <source>%1 is not a text file; import .docx, .odt or plain text.</source>
        <translation>%1 không phải tệp văn bản; hãy nhập .docx, .odt hoặc văn bản thuần.</translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation>%1 không có nội dung.</translation>
    </message>
    <message>
        <source>word/document.xml is not well-formed XML: %1.</source>
        <translation>word/document.xml không phải XML hợp lệ: %1.</translation>
    </message>
    <message>
        <source>content.xml is not well-formed XML: %1.</source>
        <translation>content.xml không phải XML hợp lệ: %1.</translation>
    </message>
    <message>
        <source>%1 is %2; a gazette document is never larger than %3.</source>
        <translation>%1 có dung lượng %2; văn bản Công báo không bao giờ lớn hơn %3.</translation>
    </message>
    <message>
        <source>%1 is damaged: its %2 claims more than %3 bytes unpacked.</source>
        <translation>%1 bị hỏng: phần %2 của tệp khai là khi giải nén lớn hơn %3 byte.</translation>
    </message>
    <message>
        <source>%1 is damaged: its %2 cannot be read.</source>
        <translation>%1 bị hỏng: không đọc được phần %2 của tệp.</translation>
    </message>
</context>
<context>
    <name>EditLocks</name>
    <message>
        <source>%1 may not edit here.</source>
        <translation>%1 không được sửa ở đây.</translation>
    </message>
    <message>
        <source>Only an editor or a chief editor may take over an article %1 is editing.</source>
        <translation>Chỉ biên tập viên hoặc lãnh đạo ban biên tập mới được giành quyền sửa bài viết %1 đang sửa.</translation>
    </message>
    <message>
        <source>Only a chief editor may free an article someone else is editing.</source>
        <translation>Chỉ lãnh đạo ban biên tập mới được gỡ khoá bài người khác đang sửa.</translation>
    </message>
</context>
<context>
    <name>GazettePrint</name>
    <message>
        <source>The print face %1 is not installed (Debian package fonts-liberation).</source>
        <translation>Chưa cài phông chữ in %1 (gói Debian fonts-liberation).</translation>
    </message>
    <message>
        <source>Số %1 has no documents to print.</source>
        <translation>Số %1 chưa có văn bản nào để in.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Cannot render Số %1 as PDF.</source>
        <translation>Không tạo được PDF cho Số %1.</translation>
    </message>
    <message>
        <source>Cannot write %1 as OpenDocument.</source>
        <translation>Không ghi được %1 dạng OpenDocument.</translation>
    </message>
    <message>
        <source>Số %1 is %2, not approved.</source>
        <translation>Số %1 đang ở trạng thái %2, chưa được duyệt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n structure problem(s), the first on line %2: %3</source>
        <translation>
            <numerusform>%1 có %n lỗi bố cục, lỗi đầu tiên ở dòng %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GazetteStore</name>
    <message>
        <source>Only gazette staff may add documents to the Công báo.</source>
        <translation>Chỉ cán bộ Công báo mới được thêm văn bản vào Công báo.</translation>
    </message>
    <message>
        <source>The document needs its trích yếu (summary).</source>
        <translation>Văn bản cần có trích yếu.</translation>
    </message>
    <message>
        <source>%1 is already in the store (signed %2); a symbol is used once a year.</source>
        <translation>%1 đã có trong kho (ký ngày %2); mỗi số ký hiệu chỉ dùng một lần trong năm.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be edited by you.</source>
        <translation>%1 đang ở trạng thái %2, bạn không thể sửa.</translation>
    </message>
    <message>
        <source>%1 is already in the store; a symbol is used once a year.</source>
        <translation>%1 đã có trong kho; mỗi số ký hiệu chỉ dùng một lần trong năm.</translation>
    </message>
    <message>
        <source>%1 was saved by someone else since you opened it; reopen it.</source>
        <translation>%1 đã được người khác lưu sau khi bạn mở; hãy mở lại.</translation>
    </message>
    <message>
        <source>No gazette document has the id %1.</source>
        <translation>Không có văn bản Công báo nào có mã %1.</translation>
    </message>
    <message>
        <source>Only gazette staff may open an issue of the Công báo.</source>
        <translation>Chỉ cán bộ Công báo mới được mở số Công báo.</translation>
    </message>
    <message>
        <source>The issue needs its publication date (YYYY-MM-DD).</source>
        <translation>Số Công báo cần ngày phát hành (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Issues are numbered per year: an issue of %1 cannot be dated %2.</source>
        <translation>Số Công báo đánh theo năm: số của năm %1 không thể ghi ngày %2.</translation>
    </message>
    <message>
        <source>Số %1 of %2 already exists.</source>
        <translation>Số %1 năm %2 đã có.</translation>
    </message>
    <message>
        <source>Số %1</source>
        <translation>Số %1</translation>
    </message>
    <message>
        <source>No gazette issue has the id %1.</source>
        <translation>Không có số Công báo nào có mã %1.</translation>
    </message>
    <message>
        <source>Only gazette staff may change the contents of an issue.</source>
        <translation>Chỉ cán bộ Công báo mới được sửa nội dung số Công báo.</translation>
    </message>
    <message>
        <source>Số %1 is %2; its contents change only while it is a draft or returned.</source>
        <translation>Số %1 đang ở trạng thái %2; chỉ sửa được nội dung khi là bản nháp hoặc bị trả lại.</translation>
    </message>
    <message>
        <source>%1 is already in Số %2; a document is printed once.</source>
        <translation>%1 đã có trong Số %2; mỗi văn bản chỉ đăng một lần.</translation>
    </message>
    <message>
        <source>%1 was withdrawn and cannot be printed.</source>
        <translation>%1 đã bị gỡ, không thể đăng.</translation>
    </message>
    <message>
        <source>That document is not in Số %1.</source>
        <translation>Văn bản này không có trong Số %1.</translation>
    </message>
    <message>
        <source>No gazette document or issue has the id %1.</source>
        <translation>Không có văn bản hay số Công báo nào có mã %1.</translation>
    </message>
    <message>
        <source>Say why %1 is sent back or withdrawn.</source>
        <translation>Hãy nêu lý do trả lại hoặc gỡ %1.</translation>
    </message>
    <message>
        <source>%1 has no documents yet.</source>
        <translation>%1 chưa có văn bản nào.</translation>
    </message>
    <message>
        <source>%1 holds documents not yet approved: %2.</source>
        <translation>%1 còn văn bản chưa được duyệt: %2.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; look again.</source>
        <translation>%1 vừa được người khác thay đổi; hãy xem lại.</translation>
    </message>
    <message>
        <source>%1 is in Số %2, which is %3; its documents change only while it is a draft or returned.</source>
        <translation>%1 nằm trong Số %2, số này đang ở trạng thái %3; văn bản trong số chỉ được sửa khi số còn là bản nháp hoặc bị trả lại.</translation>
    </message>
</context>
<context>
    <name>GazetteSync</name>
    <message>
        <source>Công báo Số %1/%2</source>
        <translation>Công báo Số %1/%2</translation>
    </message>
    <message>
        <source>%1: the province&apos;s name for the cover is not set.</source>
        <translation>%1: chưa đặt tên tỉnh cho trang bìa.</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3.</source>
        <translation>%1: không ghi được %2: %3.</translation>
    </message>
    <message>
        <source>%1 was not sent: %2 has no gazette tables; create them with &quot;portaldesk-cli portal init&quot; (%3).</source>
        <translation>%1 chưa được gửi: %2 chưa có các bảng Công báo; hãy tạo bằng &quot;portaldesk-cli portal init&quot; (%3).</translation>
    </message>
    <message>
        <source>%1 was not sent to %2: %3.</source>
        <translation>%1 chưa được gửi tới %2: %3.</translation>
    </message>
</context>
<context>
    <name>LegalStructureParser</name>
    <message>
        <source>Chương %1 follows Chương %2; expected Chương %3.</source>
        <translation>Chương %1 đứng sau Chương %2; đúng ra là Chương %3.</translation>
    </message>
    <message>
        <source>Mục %1 follows Mục %2 in this Chương; expected Mục %3.</source>
        <translation>Mục %1 đứng sau Mục %2 trong Chương này; đúng ra là Mục %3.</translation>
    </message>
    <message>
        <source>The first Điều is Điều %1; expected Điều 1.</source>
        <translation>Điều đầu tiên là Điều %1; đúng ra là Điều 1.</translation>
    </message>
    <message>
        <source>Điều %1 follows Điều %2; expected Điều %3.</source>
        <translation>Điều %1 đứng sau Điều %2; đúng ra là Điều %3.</translation>
    </message>
    <message>
        <source>There is no letter %1 in the Vietnamese alphabet; after %2) in %3 comes %4).</source>
        <translation>Bảng chữ cái tiếng Việt không có chữ %1; sau %2) ở %3 là %4).</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>đầu</translation>
    </message>
    <message>
        <source>Điểm %1) starts %2; expected a).</source>
        <translation>Điểm %1) mở đầu %2; đúng ra là a).</translation>
    </message>
    <message>
        <source>Điểm %1) follows %2) in %3; expected %4).</source>
        <translation>Điểm %1) đứng sau %2) ở %3; đúng ra là %4).</translation>
    </message>
    <message>
        <source>%1 số %2 is not in the store.</source>
        <translation>%1 số %2 chưa có trong kho.</translation>
    </message>
    <message numerus="yes">
        <source>Chương numbered in Arabic numerals, as older drafting did (%n time(s)); Decree 30 writes Roman numerals.</source>
        <translation>
            <numerusform>Chương đánh số bằng chữ số Ả Rập theo cách soạn thảo cũ (%n lần); Nghị định 30 dùng chữ số La Mã.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;Điều&quot; without a full stop after its number, as older drafting did (%n time(s)); Decree 30 writes &quot;Điều 1.&quot;.</source>
        <translation>
            <numerusform>&quot;Điều&quot; không có dấu chấm sau số theo cách soạn thảo cũ (%n lần); Nghị định 30 viết &quot;Điều 1.&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;Điều 1:&quot; or &quot;Điều 1-&quot; (%n time(s)); Decree 30 writes &quot;Điều 1.&quot;.</source>
        <translation>
            <numerusform>&quot;Điều 1:&quot; hoặc &quot;Điều 1-&quot; (%n lần); Nghị định 30 viết &quot;Điều 1.&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Khoản numbered &quot;1)&quot; (%n time(s)); Decree 30 writes &quot;1.&quot;.</source>
        <translation>
            <numerusform>Khoản đánh số &quot;1)&quot; (%n lần); Nghị định 30 viết &quot;1.&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Khoản without the full stop after its number (%n time(s)); Decree 30 writes &quot;1.&quot;.</source>
        <translation>
            <numerusform>Khoản không có dấu chấm sau số (%n lần); Nghị định 30 viết &quot;1.&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Điểm written &quot;a.&quot; (%n time(s)); Decree 30 writes &quot;a)&quot;.</source>
        <translation>
            <numerusform>Điểm viết &quot;a.&quot; (%n lần); Nghị định 30 viết &quot;a)&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 không có nội dung.</translation>
    </message>
    <message>
        <source>The first Chương is Chương %1; expected Chương I.</source>
        <translation>Chương đầu tiên là Chương %1; đúng ra là Chương I.</translation>
    </message>
    <message>
        <source>The first Mục of this Chương is Mục %1; expected Mục 1.</source>
        <translation>Mục đầu tiên của Chương này là Mục %1; đúng ra là Mục 1.</translation>
    </message>
    <message>
        <source>%1 follows Điều %2; an inserted Điều follows the Điều it is numbered after.</source>
        <translation>%1 đứng sau Điều %2; điều được bổ sung phải đứng ngay sau điều mang số của nó.</translation>
    </message>
    <message>
        <source>Section %1 follows section %1; expected %2.</source>
        <translation>Mục %1 lặp lại mục %1; đúng ra là %2.</translation>
    </message>
    <message>
        <source>Section %1 follows section %2; expected %3.</source>
        <translation>Mục %1 đứng sau mục %2; đúng ra là %3.</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>phần %1</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>mục %1</translation>
    </message>
    <message>
        <source>Khoản %1%2 follows khoản %3 in %4; an inserted khoản follows the khoản it is numbered after.</source>
        <translation>Khoản %1%2 đứng sau khoản %3 ở %4; khoản được bổ sung phải đứng ngay sau khoản mang số của nó.</translation>
    </message>
    <message>
        <source>%1 starts at khoản %2; expected khoản 1.</source>
        <translation>%1 bắt đầu từ khoản %2; đúng ra là khoản 1.</translation>
    </message>
    <message>
        <source>Khoản %1 follows khoản %2 in %3; expected khoản %4.</source>
        <translation>Khoản %1 đứng sau khoản %2 ở %3; đúng ra là khoản %4.</translation>
    </message>
    <message>
        <source>khoản %1 of %2</source>
        <translation>khoản %1 %2</translation>
    </message>
    <message>
        <source>Điểm %1%2) follows %3) in %4; an inserted điểm follows the điểm it is numbered after.</source>
        <translation>Điểm %1%2) đứng sau %3) ở %4; điểm được bổ sung phải đứng ngay sau điểm mang chữ của nó.</translation>
    </message>
</context>
<context>
    <name>LegalSymbols</name>
    <message>
        <source>The symbol &quot;%1&quot; is not of the form number/type-issuer (1982/QĐ-UBND) or number/year/type-issuer (15/2022/QĐ-UBND).</source>
        <translation>Số ký hiệu &quot;%1&quot; không theo dạng số/loại-cơ quan (1982/QĐ-UBND) hay số/năm/loại-cơ quan (15/2022/QĐ-UBND).</translation>
    </message>
    <message>
        <source>The symbol &quot;%1&quot; has the number 0; numbers start at 1.</source>
        <translation>Số ký hiệu &quot;%1&quot; có số 0; số bắt đầu từ 1.</translation>
    </message>
    <message>
        <source>Unknown document type &quot;%1&quot;; known types: %2.</source>
        <translation>Không rõ loại văn bản &quot;%1&quot;; các loại đã biết: %2.</translation>
    </message>
    <message>
        <source>Unknown issuing body &quot;%1&quot;; known bodies: %2.</source>
        <translation>Không rõ cơ quan ban hành &quot;%1&quot;; các cơ quan đã biết: %2.</translation>
    </message>
    <message>
        <source>The signing date is missing or not a date (YYYY-MM-DD).</source>
        <translation>Thiếu ngày ký hoặc ngày không hợp lệ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The effective date %1 is before the signing date %2.</source>
        <translation>Ngày có hiệu lực %1 trước ngày ký %2.</translation>
    </message>
    <message>
        <source>The symbol &quot;%1&quot; has no year; a legal normative document is numbered number/year/type-issuer: %2.</source>
        <translation>Số ký hiệu &quot;%1&quot; thiếu năm; văn bản quy phạm pháp luật ghi số/năm/loại-cơ quan: %2.</translation>
    </message>
    <message>
        <source>The symbol &quot;%1&quot; carries a year, which only legal normative documents (Part I) do: %2.</source>
        <translation>Số ký hiệu &quot;%1&quot; có năm, điều chỉ văn bản quy phạm pháp luật (Phần I) mới có: %2.</translation>
    </message>
    <message>
        <source>The symbol &quot;%1&quot; says %2, but a %3 is abbreviated %4: %5.</source>
        <translation>Số ký hiệu &quot;%1&quot; ghi %2, nhưng %3 viết tắt là %4: %5.</translation>
    </message>
    <message>
        <source>The symbol &quot;%1&quot; names the issuer %2, but the document is issued by %3 (%4): %5.</source>
        <translation>Số ký hiệu &quot;%1&quot; ghi cơ quan %2, nhưng văn bản do %3 (%4) ban hành: %5.</translation>
    </message>
    <message>
        <source>The symbol &quot;%1&quot; has the year %2, but the document was signed on %3: %4.</source>
        <translation>Số ký hiệu &quot;%1&quot; ghi năm %2, nhưng văn bản ký ngày %3: %4.</translation>
    </message>
    <message>
        <source>The signing date %1 is after today (%2); the Công báo prints documents already signed.</source>
        <translation>Ngày ký %1 sau ngày hôm nay (%2); Công báo chỉ đăng văn bản đã ký.</translation>
    </message>
    <message>
        <source>A %1 of the %2 is not a legal normative document: a province&apos;s are the HĐND&apos;s Nghị quyết and the UBND&apos;s Quyết định. Put it in Part II.</source>
        <translation>%1 của %2 không phải văn bản quy phạm pháp luật: ở cấp tỉnh chỉ có Nghị quyết của HĐND và Quyết định của UBND. Hãy xếp vào Phần II.</translation>
    </message>
    <message>
        <source>The signature is on behalf of %1, but the issuer is %2.</source>
        <translation>Chữ ký thay mặt %1, nhưng cơ quan ban hành là %2.</translation>
    </message>
</context>
<context>
    <name>LimitedFile</name>
    <message>
        <source>%1 is %2, more than the %3 PortalDesk reads from such a file; nothing was read.</source>
        <translation>%1 có dung lượng %2, vượt quá %3 mà PortalDesk đọc từ loại tệp này; chưa đọc gì.</translation>
    </message>
    <message>
        <source>Cannot read %1: there is no such file.</source>
        <translation>Không đọc được %1: không có tệp này.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 là thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket); it was not opened.</source>
        <translation>%1 không phải là tệp thông thường (đó là thiết bị, đường ống hoặc socket); chưa mở tệp này.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>hơn %1</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1.</source>
        <translation>Không đọc được đầu vào chuẩn: %1.</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Đầu vào chuẩn</translation>
    </message>
</context>
<context>
    <name>Localization</name>
    <message>
        <source>Unknown language &apos;%1&apos;: use &apos;vi&apos; or &apos;en&apos;.</source>
        <translation>Ngôn ngữ không xác định &apos;%1&apos;: hãy dùng &apos;vi&apos; hoặc &apos;en&apos;.</translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <source>A caption, credit or description is longer than %1 bytes.</source>
        <translation>Chú thích, tác giả hoặc mô tả dài quá %1 byte.</translation>
    </message>
    <message>
        <source>A caption, credit or description holds a control character.</source>
        <translation>Chú thích, tác giả hoặc mô tả có ký tự điều khiển.</translation>
    </message>
    <message>
        <source>The photo has no renditions to store.</source>
        <translation>Ảnh chưa có bản thu nhỏ để lưu.</translation>
    </message>
    <message>
        <source>Only reporters, editors and chief editors add photos.</source>
        <translation>Chỉ phóng viên, biên tập viên và lãnh đạo ban biên tập được thêm ảnh.</translation>
    </message>
    <message>
        <source>the photo</source>
        <translation>ảnh</translation>
    </message>
    <message>
        <source>No photo %1 in this newsroom.</source>
        <translation>Không có ảnh %1 trong toà soạn.</translation>
    </message>
    <message>
        <source>Only the photo&apos;s uploader or an editor may change its caption.</source>
        <translation>Chỉ người tải ảnh lên hoặc biên tập viên được sửa chú thích ảnh.</translation>
    </message>
    <message>
        <source>No caption yet</source>
        <translation>Chưa có chú thích</translation>
    </message>
    <message>
        <source>No credit yet</source>
        <translation>Chưa ghi tác giả</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 điểm ảnh</translation>
    </message>
    <message>
        <source>The thumbnail of photo %1 is damaged.</source>
        <translation>Ảnh thu nhỏ của ảnh %1 bị hỏng.</translation>
    </message>
</context>
<context>
    <name>Newsroom</name>
    <message>
        <source>Cannot create the folder %1 for the newsroom.</source>
        <translation>Không tạo được thư mục %1 cho cơ sở dữ liệu toà soạn.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a newsroom file.</source>
        <translation>%1 là một thư mục, không phải tệp cơ sở dữ liệu toà soạn.</translation>
    </message>
    <message>
        <source>Cannot read the newsroom %1: %2.</source>
        <translation>Không đọc được cơ sở dữ liệu toà soạn %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a PortalDesk newsroom: it is not an SQLite database.</source>
        <translation>%1 không phải là cơ sở dữ liệu toà soạn PortalDesk: đây không phải là cơ sở dữ liệu SQLite.</translation>
    </message>
    <message>
        <source>Cannot open the newsroom %1: %2.</source>
        <translation>Không mở được cơ sở dữ liệu toà soạn %1: %2.</translation>
    </message>
    <message>
        <source>The newsroom %1 is damaged: %2.</source>
        <translation>Cơ sở dữ liệu toà soạn %1 bị hỏng: %2.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a PortalDesk newsroom.</source>
        <translation>%1 là cơ sở dữ liệu SQLite nhưng không phải là cơ sở dữ liệu toà soạn PortalDesk.</translation>
    </message>
    <message>
        <source>The newsroom %1 was written by a newer PortalDesk (schema version %2; this program knows up to %3). Nothing was changed; please update PortalDesk.</source>
        <translation>Cơ sở dữ liệu toà soạn %1 do một phiên bản PortalDesk mới hơn tạo ra (lược đồ phiên bản %2; chương trình này chỉ biết đến phiên bản %3). Không có gì bị thay đổi; vui lòng cập nhật PortalDesk.</translation>
    </message>
    <message>
        <source>Cannot switch the newsroom %1 to write-ahead logging: %2.</source>
        <translation>Không chuyển được cơ sở dữ liệu toà soạn %1 sang chế độ nhật ký ghi trước (WAL): %2.</translation>
    </message>
    <message>
        <source>Cannot update the newsroom %1 to the current schema: %2.</source>
        <translation>Không cập nhật được cơ sở dữ liệu toà soạn %1 lên lược đồ hiện hành: %2.</translation>
    </message>
    <message>
        <source>The database %1 holds other tables and is not a PortalDesk newsroom.</source>
        <translation>Cơ sở dữ liệu %1 chứa các bảng khác, không phải là cơ sở dữ liệu toà soạn PortalDesk.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Chưa cài đặt trình điều khiển PostgreSQL của Qt (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the newsroom %1: %2.</source>
        <translation>Không kết nối được với cơ sở dữ liệu toà soạn %1: %2.</translation>
    </message>
    <message>
        <source>Wrong login or password for &apos;%1&apos;.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu của &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is disabled.</source>
        <translation>Tài khoản &apos;%1&apos; đã bị vô hiệu hoá.</translation>
    </message>
    <message>
        <source>An embedded newsroom keeps its own users.</source>
        <translation>Toà soạn nhúng tự quản lý người dùng của mình.</translation>
    </message>
    <message>
        <source>The newsroom %1 needs an update (schema %2) that only its owner may make; ask the administrator to run &quot;portaldesk-cli init&quot; as the owner.</source>
        <translation>Toà soạn %1 cần được cập nhật (lược đồ %2) mà chỉ chủ sở hữu mới làm được; hãy nhờ quản trị viên chạy &quot;portaldesk-cli init&quot; với tư cách chủ sở hữu.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket), so it cannot be a newsroom; it was not opened.</source>
        <translation>%1 không phải là tệp thông thường (đó là thiết bị, đường ống hoặc socket) nên không thể là cơ sở dữ liệu toà soạn; chưa mở tệp này.</translation>
    </message>
</context>
<context>
    <name>NewsroomUrl</name>
    <message>
        <source>The newsroom URL is empty.</source>
        <translation>Địa chỉ cơ sở dữ liệu toà soạn đang để trống.</translation>
    </message>
    <message>
        <source>Unknown newsroom URL &apos;%1&apos;: use a file path, sqlite:PATH or postgresql://[user@]host[:port]/dbname.</source>
        <translation>Không nhận dạng được địa chỉ cơ sở dữ liệu toà soạn &apos;%1&apos;: hãy dùng đường dẫn tệp, sqlite:PATH hoặc postgresql://[user@]host[:port]/dbname.</translation>
    </message>
    <message>
        <source>The newsroom URL &apos;%1&apos; is not valid: %2.</source>
        <translation>Địa chỉ cơ sở dữ liệu toà soạn &apos;%1&apos; không hợp lệ: %2.</translation>
    </message>
    <message>
        <source>Do not put a password in the newsroom URL; set PGPASSWORD or use ~/.pgpass.</source>
        <translation>Không ghi mật khẩu vào địa chỉ cơ sở dữ liệu toà soạn; hãy đặt biến môi trường PGPASSWORD hoặc dùng ~/.pgpass.</translation>
    </message>
    <message>
        <source>The newsroom URL &apos;%1&apos; names no database: use postgresql://[user@]host[:port]/dbname.</source>
        <translation>Địa chỉ cơ sở dữ liệu toà soạn &apos;%1&apos; chưa nêu tên cơ sở dữ liệu: hãy dùng postgresql://[user@]host[:port]/dbname.</translation>
    </message>
    <message>
        <source>Unknown portal URL &apos;%1&apos;: use sqlite:PATH, postgresql://[user@]host[:port]/dbname or mysql://[user@]host[:port]/dbname.</source>
        <translation>URL cổng không xác định &apos;%1&apos;: hãy dùng sqlite:PATH, postgresql://[user@]host[:port]/dbname hoặc mysql://[user@]host[:port]/dbname.</translation>
    </message>
    <message>
        <source>The portal URL &apos;%1&apos; is not valid: %2.</source>
        <translation>URL cổng &apos;%1&apos; không hợp lệ: %2.</translation>
    </message>
    <message>
        <source>Do not put a password in the portal URL; set PORTALDESK_PORTAL_PASSWORD.</source>
        <translation>Không đặt mật khẩu trong URL cổng; hãy đặt PORTALDESK_PORTAL_PASSWORD.</translation>
    </message>
    <message>
        <source>The portal URL &apos;%1&apos; names no database: use mysql://[user@]host[:port]/dbname.</source>
        <translation>URL cổng &apos;%1&apos; không nêu cơ sở dữ liệu: hãy dùng mysql://[user@]host[:port]/dbname.</translation>
    </message>
</context>
<context>
    <name>PhotoImport</name>
    <message>
        <source>%1 could not be made into a web picture: %2</source>
        <translation>Không tạo được ảnh cho web từ %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2; PortalDesk takes photos of at most %3.</source>
        <translation>%1 có dung lượng %2; PortalDesk chỉ nhận ảnh tối đa %3.</translation>
    </message>
    <message>
        <source>%1 is not a photo PortalDesk can read (%2).</source>
        <translation>%1 không phải là ảnh mà PortalDesk đọc được (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged or cut short: the picture does not end.</source>
        <translation>%1 bị hỏng hoặc bị cắt cụt: ảnh không có phần kết thúc.</translation>
    </message>
    <message>
        <source>%1 is damaged: its size cannot be read.</source>
        <translation>%1 bị hỏng: không đọc được kích thước ảnh.</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels; PortalDesk takes photos of at most %4 megapixels.</source>
        <translation>%1 có %2 × %3 điểm ảnh; PortalDesk chỉ nhận ảnh tối đa %4 megapixel.</translation>
    </message>
    <message>
        <source>%1 is damaged or cut short: %2</source>
        <translation>%1 bị hỏng hoặc bị cắt cụt: %2</translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <source>Qt&apos;s %1 driver is not installed.</source>
        <translation>Chưa cài trình điều khiển %1 của Qt.</translation>
    </message>
    <message>
        <source>Cannot connect to the portal %1: %2.</source>
        <translation>Không kết nối được với cổng %1: %2.</translation>
    </message>
    <message>
        <source>The portal schema is missing from the program.</source>
        <translation>Chương trình thiếu lược đồ cổng.</translation>
    </message>
    <message>
        <source>Cannot create the portal schema in %1: %2.</source>
        <translation>Không tạo được lược đồ cổng trong %1: %2.</translation>
    </message>
    <message>
        <source>A PostgreSQL newsroom has no default portal; give --portal URL.</source>
        <translation>Cơ sở dữ liệu toà soạn PostgreSQL không có cổng mặc định; hãy chỉ định --portal URL.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a device, a pipe or a socket), so it cannot be a portal database; it was not opened.</source>
        <translation>%1 không phải là tệp thông thường (đó là thư mục, thiết bị, đường ống hoặc socket) nên không thể là cơ sở dữ liệu của cổng; chưa mở tệp này.</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Models::ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>chờ gửi</translation>
    </message>
    <message>
        <source>on the portal</source>
        <translation>đã có trên cổng</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>lỗi gửi</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Hẹn đăng</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Models::FeedFetcher</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>không trả lời trong %n giây</numerusform>
        </translation>
    </message>
    <message>
        <source>too many redirects (a redirect loop?)</source>
        <translation>chuyển hướng quá nhiều lần (vòng lặp chuyển hướng?)</translation>
    </message>
    <message>
        <source>redirected from https to http; not followed</source>
        <translation>bị chuyển từ https sang http; không đi theo</translation>
    </message>
    <message>
        <source>the server %1 is not known</source>
        <translation>không tìm thấy máy chủ %1</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>máy chủ từ chối kết nối</translation>
    </message>
    <message>
        <source>the feed is not there (HTTP 404)</source>
        <translation>không có nguồn tin tại địa chỉ này (HTTP 404)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>máy chủ trả lời HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>larger than %n MB; not read</source>
        <translation>
            <numerusform>lớn hơn %n MB; không đọc</numerusform>
        </translation>
    </message>
    <message>
        <source>the server sent an empty document</source>
        <translation>máy chủ gửi về tài liệu rỗng</translation>
    </message>
    <message>
        <source>not an RSS, Atom or RDF feed, or its XML is broken</source>
        <translation>không phải nguồn tin RSS, Atom hay RDF, hoặc XML bị hỏng</translation>
    </message>
    <message numerus="yes">
        <source>still arriving after %n second(s); stopped</source>
        <translation>
            <numerusform>vẫn đang tải sau %n giây; đã dừng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without title or text skipped</source>
        <translation>
            <numerusform>bỏ qua %n tin không có tiêu đề lẫn nội dung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Models::QueueModel</name>
    <message>
        <source>My Articles</source>
        <translation>Bài của tôi</translation>
    </message>
    <message>
        <source>Awaiting Editing</source>
        <translation>Chờ biên tập</translation>
    </message>
    <message>
        <source>Awaiting Approval</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Approved / To Publish</source>
        <translation>Đã duyệt / chờ đăng</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã đăng</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>Tất cả bài viết</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved search: %1</source>
        <translation>Tìm kiếm đã lưu: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Tìm: %1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Models::SearchResultsModel</name>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Đoạn khớp</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Models::SyncWorker</name>
    <message>
        <source>No portal is set for this newsroom.</source>
        <translation>Toà soạn này chưa được thiết lập cổng.</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Models::WebText</name>
    <message>
        <source>declared %1 but written in UTF-8; read as UTF-8</source>
        <translation>khai báo %1 nhưng viết bằng UTF-8; đã đọc theo UTF-8</translation>
    </message>
    <message>
        <source>the charset %1 is unknown; read as UTF-8</source>
        <translation>không biết bảng mã %1; đã đọc theo UTF-8</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::ArticleEditor</name>
    <message>
        <source>Title of the article</source>
        <translation>Tiêu đề bài viết</translation>
    </message>
    <message>
        <source>Sapo: one or two sentences that lead into the article</source>
        <translation>Sapo: một, hai câu dẫn vào bài viết</translation>
    </message>
    <message>
        <source>Body in Markdown</source>
        <translation>Nội dung bài viết (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>S&amp;apo:</source>
        <translation>S&amp;apo:</translation>
    </message>
    <message>
        <source>Source or credit</source>
        <translation>Nguồn tin hoặc tác giả ảnh/tin</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Se&amp;ction:</source>
        <translation>&amp;Chuyên mục:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Nguồn:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Từ khoá</translation>
    </message>
    <message>
        <source>Tags, comma-separated</source>
        <translation>Từ khoá, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>The article has no lead photo any more</source>
        <translation>Bài viết không còn ảnh đại diện</translation>
    </message>
    <message>
        <source>Lead photo:</source>
        <translation>Ảnh đại diện:</translation>
    </message>
    <message>
        <source>Photo without a caption</source>
        <translation>Ảnh chưa có chú thích</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <source>Right-click a photo in the text and choose “Set as Lead Photo”</source>
        <translation>Nhấp chuột phải vào một ảnh trong bài và chọn “Đặt làm ảnh đại diện”</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Từ &amp;khoá:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::ArticleListView</name>
    <message>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Show columns</source>
        <translation>Hiện các cột</translation>
    </message>
    <message>
        <source>The list is narrow: the columns are shown under each title.</source>
        <translation>Danh sách đang hẹp: các cột được hiện dưới mỗi tiêu đề.</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::ClippingDialog</name>
    <message>
        <source>Add a Clipping</source>
        <translation>Thêm bài cắt</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Printed article</source>
        <translation>Bài báo in</translation>
    </message>
    <message>
        <source>empty: the first line of the text</source>
        <translation>để trống: lấy dòng đầu của nội dung</translation>
    </message>
    <message>
        <source>&amp;Load a Saved Page…</source>
        <translation>&amp;Nạp trang đã lưu…</translation>
    </message>
    <message>
        <source>Load a Saved Page</source>
        <translation>Nạp trang đã lưu</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Trang web (*.html *.htm)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Paper or site:</source>
        <translation>&amp;Báo hoặc trang:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>Pa&amp;ge:</source>
        <translation>T&amp;rang:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <source>The article&apos;s text was taken from the page; menus and scripts were left out.</source>
        <translation>Đã lấy nội dung bài từ trang; bỏ qua menu và mã script.</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::CommentsPanel</name>
    <message>
        <source>Add &amp;Comment</source>
        <translation>Thêm &amp;ý kiến</translation>
    </message>
    <message>
        <source>A note for the desk about this article</source>
        <translation>Ghi chú cho ban biên tập về bài này</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <extracomment>who, when, then the comment on the next line</extracomment>
        <translation>%1 · %2
%3</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::ConflictDialog</name>
    <message>
        <source>Someone Saved This Article Before You</source>
        <translation>Có người đã lưu bài này trước bạn</translation>
    </message>
    <message>
        <source>Differences from their version (struck out) to yours (underlined):</source>
        <translation>Khác biệt giữa bản của họ (gạch ngang) và bản của bạn (gạch chân):</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Sapo</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>&amp;Keep Mine on Top</source>
        <translation>&amp;Giữ bản của tôi làm bản mới</translation>
    </message>
    <message>
        <source>Save your text as a new version after theirs; theirs stays in the history.</source>
        <translation>Lưu văn bản của bạn thành phiên bản mới sau bản của họ; bản của họ vẫn còn trong lịch sử.</translation>
    </message>
    <message>
        <source>&amp;Merge by Hand</source>
        <translation>&amp;Tự gộp hai bản</translation>
    </message>
    <message>
        <source>Keep editing your text, now based on their version, with these differences open beside it.</source>
        <translation>Tiếp tục sửa văn bản của bạn, nay dựa trên bản của họ, với bảng khác biệt này mở bên cạnh.</translation>
    </message>
    <message>
        <source>&amp;Drop Mine</source>
        <translation>&amp;Bỏ bản của tôi</translation>
    </message>
    <message>
        <source>Take their version and discard your changes.</source>
        <translation>Lấy bản của họ và bỏ các thay đổi của bạn.</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::DetailsPanel</name>
    <message>
        <source>waiting to be sent to the portal</source>
        <translation>đang chờ gửi lên cổng</translation>
    </message>
    <message>
        <source>on the portal</source>
        <translation>đã có trên cổng</translation>
    </message>
    <message>
        <source>conflict with the portal</source>
        <translation>xung đột với cổng</translation>
    </message>
    <message>
        <source>sending failed</source>
        <translation>gửi thất bại</translation>
    </message>
    <message>
        <source>not on the portal</source>
        <translation>chưa có trên cổng</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>Chưa mở bài nào.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Tác giả:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Chuyên mục:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Tạo lúc:</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Lưu lúc:</translation>
    </message>
    <message>
        <source>Scheduled:</source>
        <translation>Hẹn đăng:</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>chưa hẹn giờ</translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation>Cổng:</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::DigestSourcesDialog</name>
    <message>
        <source>Feeds and Rules</source>
        <translation>Nguồn tin và quy tắc</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Last fetch</source>
        <translation>Lần lấy gần nhất</translation>
    </message>
    <message>
        <source>Word or phrase</source>
        <translation>Từ hoặc cụm từ</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Đơn vị liên quan</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Loại trừ</translation>
    </message>
    <message>
        <source>&amp;Add Feed</source>
        <translation>&amp;Thêm nguồn</translation>
    </message>
    <message>
        <source>&amp;Remove Feed</source>
        <translation>&amp;Xóa nguồn</translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation>&amp;Xuất OPML…</translation>
    </message>
    <message>
        <source>Export Feeds</source>
        <translation>Xuất nguồn tin</translation>
    </message>
    <message>
        <source>nguon-tin.opml</source>
        <translation>nguon-tin.opml</translation>
    </message>
    <message>
        <source>OPML (*.opml)</source>
        <translation>OPML (*.opml)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>&amp;Exclude</source>
        <translation>&amp;Loại trừ</translation>
    </message>
    <message>
        <source>e.g. Quảng Trị, Cửa Việt, the chairman&apos;s name</source>
        <translation>ví dụ Quảng Trị, Cửa Việt, tên lãnh đạo tỉnh</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>Đơn vị liên quan</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>(không chuyên mục)</translation>
    </message>
    <message>
        <source>Add &amp;Rule</source>
        <translation>Thêm &amp;quy tắc</translation>
    </message>
    <message>
        <source>Remove R&amp;ule</source>
        <translation>Xóa q&amp;uy tắc</translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation>&amp;Nguồn tin</translation>
    </message>
    <message>
        <source>R&amp;ules</source>
        <translation>&amp;Quy tắc</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>lỗi: %1</translation>
    </message>
    <message>
        <source>not fetched yet</source>
        <translation>chưa lấy</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>tốt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>&amp;Save Sections</source>
        <translation>&amp;Lưu chuyên mục</translation>
    </message>
    <message>
        <source>One section per line, in the order the digest prints them:</source>
        <translation>Mỗi chuyên mục một dòng, theo thứ tự in trong bản tin:</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Chuyên mục</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::DigestWindow</name>
    <message>
        <source>Positive</source>
        <translation>Tích cực</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Trung lập</translation>
    </message>
    <message>
        <source>Negative (needs attention)</source>
        <translation>Tiêu cực (cần lưu ý)</translation>
    </message>
    <message>
        <source>Press Digest — PortalDesk</source>
        <translation>Điểm báo — PortalDesk</translation>
    </message>
    <message>
        <source>One recommendation per line.</source>
        <translation>Mỗi đề xuất một dòng.</translation>
    </message>
    <message>
        <source>Today&apos;s stories (drag into the digest):</source>
        <translation>Tin trong ngày (kéo vào bản tin):</translation>
    </message>
    <message>
        <source>The digest, in order:</source>
        <translation>Bản tin, theo thứ tự:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Tóm tắt:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Chuyên mục:</translation>
    </message>
    <message>
        <source>T&amp;one:</source>
        <translation>&amp;Sắc thái:</translation>
    </message>
    <message>
        <source>&amp;Concerns:</source>
        <translation>Đơn vị &amp;liên quan:</translation>
    </message>
    <message>
        <source>&amp;Recommendations:</source>
        <translation>Đề &amp;xuất:</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Nguồn tin</translation>
    </message>
    <message>
        <source>Fetched %1 of %2 feeds.</source>
        <translation>Đã lấy %1/%2 nguồn tin.</translation>
    </message>
    <message>
        <source>&amp;Digest</source>
        <translation>&amp;Bản tin</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Bản tin</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>&amp;Fetch Feeds</source>
        <translation>&amp;Lấy tin</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Nhập OPML…</translation>
    </message>
    <message>
        <source>Import Feeds</source>
        <translation>Nhập nguồn tin</translation>
    </message>
    <message>
        <source>OPML (*.opml *.xml);;All files (*)</source>
        <translation>OPML (*.opml *.xml);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n feed(s).</source>
        <translation>
            <numerusform>Đã thêm %n nguồn tin.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add to Digest</source>
        <translation>&amp;Đưa vào bản tin</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Su&amp;bmit for Approval</source>
        <translation>&amp;Trình duyệt</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>T&amp;rả lại…</translation>
    </message>
    <message>
        <source>Return the Digest</source>
        <translation>Trả lại bản tin</translation>
    </message>
    <message>
        <source>Why is it sent back?</source>
        <translation>Lý do trả lại?</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Export the Digest</source>
        <translation>Xuất bản tin</translation>
    </message>
    <message>
        <source>diem-bao-%1.pdf</source>
        <translation>diem-bao-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument (*.odt);;HTML for e-mail (*.html)</source>
        <translation>PDF (*.pdf);;OpenDocument (*.odt);;HTML để gửi thư (*.html)</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n feed(s)…</source>
        <translation>
            <numerusform>Đang lấy %n nguồn tin…</numerusform>
        </translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã tắt</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>tốt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>lỗi: %1</translation>
    </message>
    <message>
        <source>not fetched yet</source>
        <translation>chưa lấy</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n outlet(s))</source>
        <translation>
            <numerusform>%1 (%n báo)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the digest of %1.</source>
        <translation>Đã lưu bản tin ngày %1.</translation>
    </message>
    <message>
        <source>The digest is now %1.</source>
        <translation>Bản tin đã chuyển sang %1.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>Press Digest %1 (%2) — PortalDesk</source>
        <translation>Điểm báo %1 (%2) — PortalDesk</translation>
    </message>
    <message>
        <source>Press Digest</source>
        <translation>Điểm báo</translation>
    </message>
    <message>
        <source>Add a &amp;Clipping…</source>
        <translation>Thêm &amp;bài cắt…</translation>
    </message>
    <message>
        <source>Feeds and &amp;Rules…</source>
        <translation>Nguồn tin và &amp;quy tắc…</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Khớp: %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Clipping saved for %1: choose that day to see it.</source>
        <translation>Đã lưu bài trích cho ngày %1: chọn ngày đó để xem.</translation>
    </message>
    <message>
        <source>Clipping added to the digest; save the digest to keep it there.</source>
        <translation>Đã thêm bài trích vào bản tin; hãy lưu bản tin để giữ lại.</translation>
    </message>
    <message>
        <source>No relevance rule matches this clipping: it was added to the digest directly; save the digest to keep it there.</source>
        <translation>Không quy tắc lọc nào khớp bài trích này: bài đã được đưa thẳng vào bản tin; hãy lưu bản tin để giữ lại.</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Thay bằng</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>&amp;Trước</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>Th&amp;ay</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Thay &amp;tất cả</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Đóng thanh tìm kiếm</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>Đã thay %n chỗ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::FormatActions</name>
    <message>
        <source>&amp;Bold</source>
        <translation>In đậ&amp;m</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>In ng&amp;hiêng</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Tiêu đề mục</translation>
    </message>
    <message>
        <source>&amp;Subheading</source>
        <translation>Tiêu đề &amp;phụ</translation>
    </message>
    <message>
        <source>Bulleted &amp;List</source>
        <translation>Danh sách &amp;gạch đầu dòng</translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation>Danh sách đánh &amp;số</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>T&amp;rích dẫn</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>&amp;Liên kết…</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Chèn liên kết</translation>
    </message>
    <message>
        <source>Web address (https://…):</source>
        <translation>Địa chỉ web (https://…):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: a link starts with https://, http://, mailto: or tel:.</source>
        <translation>&quot;%1&quot; không phải địa chỉ web: liên kết phải bắt đầu bằng https://, http://, mailto: hoặc tel:.</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::GazetteDocumentForm</name>
    <message>
        <source>Part I: legal normative documents</source>
        <translation>Phần I: văn bản quy phạm pháp luật</translation>
    </message>
    <message>
        <source>Part II: other documents</source>
        <translation>Phần II: văn bản khác</translation>
    </message>
    <message>
        <source>e.g. 15/2026/QĐ-UBND</source>
        <translation>ví dụ 15/2026/QĐ-UBND</translation>
    </message>
    <message>
        <source>Trích yếu: what the document is about</source>
        <translation>Trích yếu: nội dung chính của văn bản</translation>
    </message>
    <message>
        <source>e.g. TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH</source>
        <translation>ví dụ TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Số ký hiệu:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Phần:</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>Ngày &amp;ký:</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>&amp;Hiệu lực từ:</translation>
    </message>
    <message>
        <source>Signe&amp;r:</source>
        <translation>&amp;Người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>C&amp;hức danh người ký:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <source>Enter the document&apos;s number and symbol.</source>
        <translation>Hãy nhập số, ký hiệu văn bản.</translation>
    </message>
    <message>
        <source>Enter the trích yếu (summary).</source>
        <translation>Hãy nhập trích yếu.</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::GazetteWindow</name>
    <message>
        <source>Công báo — PortalDesk</source>
        <translation>Công báo — PortalDesk</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Văn bản</translation>
    </message>
    <message>
        <source>Công báo</source>
        <translation>Công báo</translation>
    </message>
    <message>
        <source>&amp;New Document</source>
        <translation>Văn bản &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>&amp;Nhập từ tệp…</translation>
    </message>
    <message>
        <source>Import a Document</source>
        <translation>Nhập văn bản</translation>
    </message>
    <message>
        <source>Documents (*.docx *.odt *.txt);;All files (*)</source>
        <translation>Văn bản (*.docx *.odt *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>New from &amp;Clipboard</source>
        <translation>Mới từ &amp;bộ nhớ tạm</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Su&amp;bmit for Approval</source>
        <translation>&amp;Trình duyệt</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>T&amp;rả lại…</translation>
    </message>
    <message>
        <source>Return the Document</source>
        <translation>Trả lại văn bản</translation>
    </message>
    <message>
        <source>Why is it sent back?</source>
        <translation>Lý do trả lại?</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Số Công báo</translation>
    </message>
    <message>
        <source>&amp;New Issue…</source>
        <translation>Số &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Add Document to Issue</source>
        <translation>Đưa văn bản &amp;vào số</translation>
    </message>
    <message>
        <source>&amp;Remove from Issue</source>
        <translation>&amp;Bỏ khỏi số</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the Issue</source>
        <translation>Xuất số Công báo</translation>
    </message>
    <message>
        <source>cong-bao.pdf</source>
        <translation>cong-bao.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Xuất &amp;ODT…</translation>
    </message>
    <message>
        <source>cong-bao.odt</source>
        <translation>cong-bao.odt</translation>
    </message>
    <message>
        <source>OpenDocument (*.odt)</source>
        <translation>OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>S&amp;ubmit Issue for Approval</source>
        <translation>Trình &amp;duyệt số Công báo</translation>
    </message>
    <message>
        <source>&amp;Approve Issue</source>
        <translation>Duyệt &amp;số Công báo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Số ký hiệu</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Số Công báo</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Bố cục</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>%1 was written in %2 and was converted to Unicode.</source>
        <translation>%1 được gõ bằng %2 và đã được chuyển sang Unicode.</translation>
    </message>
    <message>
        <source>Imported %1. Fill in the metadata, then save.</source>
        <translation>Đã nhập %1. Hãy điền thông tin văn bản rồi lưu.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Make an issue first (Issue › New Issue…).</source>
        <translation>Hãy tạo số Công báo trước (Số Công báo › Số mới…).</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>The province&apos;s name, as the cover prints it:</source>
        <translation>Tên tỉnh, như in trên trang bìa:</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Đã ghi %1 (%n trang).</numerusform>
        </translation>
    </message>
    <message>
        <source>Now %1.</source>
        <translation>Đã chuyển sang %1.</translation>
    </message>
    <message>
        <source>Số %1/%2 — %3 (%4)</source>
        <translation>Số %1/%2 — %3 (%4)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Lỗi (%1)</translation>
    </message>
    <message>
        <source>The document has unsaved changes. Save them?</source>
        <translation>Văn bản có thay đổi chưa lưu. Lưu lại?</translation>
    </message>
    <message>
        <source>R&amp;eturn Issue…</source>
        <translation>T&amp;rả lại số Công báo…</translation>
    </message>
    <message>
        <source>Return the Issue</source>
        <translation>Trả lại số Công báo</translation>
    </message>
    <message>
        <source>&amp;Withdraw Issue…</source>
        <translation>&amp;Gỡ số Công báo…</translation>
    </message>
    <message>
        <source>Withdraw the Issue</source>
        <translation>Gỡ số Công báo</translation>
    </message>
    <message>
        <source>Why is it taken down from the portal?</source>
        <translation>Lý do gỡ khỏi cổng?</translation>
    </message>
    <message>
        <source>Exported as a draft</source>
        <translation>Đã xuất dưới dạng dự thảo</translation>
    </message>
    <message>
        <source>%1 is marked DỰ THẢO (draft) on every page:</source>
        <translation>%1 được đóng dấu DỰ THẢO trên mọi trang:</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::HistoryPanel</name>
    <message>
        <source>When</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Saved version %1</source>
        <translation>Lưu phiên bản %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>created</source>
        <translation>tạo bài</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>save</source>
        <translation>lưu</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>góp ý kiến</translation>
    </message>
    <message>
        <source>took over the editing</source>
        <translation>giành quyền sửa bài</translation>
    </message>
    <message>
        <source>freed the edit lock</source>
        <translation>mở khoá sửa bài</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::LegacyPasteDialog</name>
    <message>
        <source>Convert Pasted Text?</source>
        <translation>Chuyển đổi văn bản vừa dán?</translation>
    </message>
    <message>
        <source>The pasted text looks like it was typed in an old Vietnamese encoding. Convert it to Unicode so that it reads, searches and prints correctly?</source>
        <translation>Văn bản vừa dán có vẻ được gõ bằng một bảng mã tiếng Việt cũ. Chuyển sang Unicode để đọc, tìm kiếm và in đúng?</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <source>As pasted:</source>
        <translation>Như khi dán:</translation>
    </message>
    <message>
        <source>Converted:</source>
        <translation>Sau khi chuyển đổi:</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>&amp;Chuyển đổi</translation>
    </message>
    <message>
        <source>Paste &amp;As Is</source>
        <translation>&amp;Dán nguyên văn</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::LockBanner</name>
    <message>
        <source>&amp;Take Over</source>
        <translation>&amp;Giành quyền sửa</translation>
    </message>
    <message>
        <source>Edit the article yourself; the one editing it now is told and keeps their text.</source>
        <translation>Tự sửa bài viết; người đang sửa được báo và vẫn giữ văn bản của họ.</translation>
    </message>
    <message>
        <source>Being edited by %1: you can read it; it opens for editing when they close it.</source>
        <translation>Đang được %1 sửa: bạn có thể đọc; bài sẽ mở để sửa khi họ đóng lại.</translation>
    </message>
    <message>
        <source>%1 took over this article. Your unsaved text is kept on this PC (it is offered when you open the article again); the article is now read-only.</source>
        <translation>%1 đã giành quyền sửa bài viết này. Văn bản chưa lưu của bạn được giữ trên máy này (sẽ được đề nghị khôi phục khi bạn mở lại bài); bài viết giờ chỉ đọc.</translation>
    </message>
    <message>
        <source>The connection to the newsroom&apos;s server was lost. Your text stays on this PC; PortalDesk reconnects by itself.</source>
        <translation>Mất kết nối tới máy chủ của toà soạn. Văn bản của bạn vẫn được giữ trên máy này; PortalDesk sẽ tự kết nối lại.</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::MainWindow</name>
    <message>
        <source>Could not read the article list: %1</source>
        <translation>Không đọc được danh sách bài viết: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save the article as a new version</source>
        <translation>Lưu bài viết thành một phiên bản mới</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;About PortalDesk</source>
        <translation>&amp;Giới thiệu PortalDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>Không mở được bài viết</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>The article &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>Bài viết “%1” có thay đổi chưa được lưu. Lưu lại không?</translation>
    </message>
    <message>
        <source>Cannot save the article</source>
        <translation>Không lưu được bài viết</translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>Đã lưu phiên bản %1.</translation>
    </message>
    <message>
        <source>About PortalDesk</source>
        <translation>Giới thiệu PortalDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PortalDesk %1&lt;/h3&gt;&lt;p&gt;The editorial workstation of a provincial e-portal: articles, the official gazette and the daily press digest.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PortalDesk %1&lt;/h3&gt;&lt;p&gt;Phần mềm biên tập của Cổng Thông tin điện tử tỉnh: tin bài, Công báo và bản tin điểm báo hằng ngày.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Scheduled publication failed: %1</source>
        <translation>Đăng bài hẹn giờ không thành công: %1</translation>
    </message>
    <message numerus="yes">
        <source>Published %n scheduled article(s).</source>
        <translation>
            <numerusform>Đã đăng %n bài viết hẹn giờ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n từ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n ký tự</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count the queues: %1</source>
        <translation>Không đếm được các hàng chờ: %1</translation>
    </message>
    <message>
        <source>Editorial Desk — %1 [*]</source>
        <extracomment>Window title; Qt appends &quot; — PortalDesk&quot;. [*] marks unsaved changes.</extracomment>
        <translation>Bàn biên tập — %1 [*]</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Hàng chờ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Cannot add the comment</source>
        <translation>Không thêm được ý kiến</translation>
    </message>
    <message>
        <source>&amp;New Article…</source>
        <translation>Bài &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Tải lạ&amp;i</translation>
    </message>
    <message>
        <source>Save &amp;Search</source>
        <translation>Lưu tìm &amp;kiếm</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>&amp;Tìm và thay…</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Gửi biên tập</translation>
    </message>
    <message>
        <source>&amp;Forward for Approval</source>
        <translation>&amp;Chuyển duyệt</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>&amp;Trả lại…</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <source>Publish &amp;Now</source>
        <translation>Đăng &amp;ngay</translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation>&amp;Hẹn giờ đăng…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Gỡ bài…</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>&amp;Lưu trữ</translation>
    </message>
    <message>
        <source>Open Re&amp;cent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Bài viết</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Workflow Toolbar</source>
        <translation>Thanh quy trình</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Tìm kiếm thất bại: %1</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Không có bài nào khớp với &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match &quot;%1&quot;, best first.</source>
        <translation>
            <numerusform>%n bài khớp với &quot;%1&quot;, phù hợp nhất ở trên.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a search first, then save it.</source>
        <translation>Hãy gõ nội dung tìm trước rồi mới lưu.</translation>
    </message>
    <message>
        <source>Saved the search &quot;%1&quot; under the queues.</source>
        <translation>Đã lưu tìm kiếm &quot;%1&quot; dưới các hàng chờ.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Schedule Publication</source>
        <translation>Hẹn giờ đăng bài</translation>
    </message>
    <message>
        <source>Publish &amp;at:</source>
        <translation>Đăng &amp;lúc:</translation>
    </message>
    <message>
        <source>Unsaved Text Found</source>
        <translation>Có văn bản chưa lưu</translation>
    </message>
    <message>
        <source>You were editing &quot;%1&quot; at %2 and that text was never saved (the program may have been closed or crashed). Restore it?</source>
        <translation>Bạn đang sửa &quot;%1&quot; lúc %2 và văn bản đó chưa được lưu (chương trình có thể đã bị đóng hoặc gặp sự cố). Khôi phục lại?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ đi</translation>
    </message>
    <message>
        <source>Restored the unsaved text; save to keep it as a version.</source>
        <translation>Đã khôi phục văn bản chưa lưu; hãy lưu để giữ thành một phiên bản.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Tự động lưu thất bại: %1</translation>
    </message>
    <message>
        <source>Autosaved at %1.</source>
        <translation>Đã tự động lưu lúc %1.</translation>
    </message>
    <message>
        <source>Their Version and Yours</source>
        <translation>Bản của họ và bản của bạn</translation>
    </message>
    <message>
        <source>Your text is now based on version %1: bring in their changes, then save.</source>
        <translation>Văn bản của bạn nay dựa trên phiên bản %1: hãy đưa các thay đổi của họ vào rồi lưu.</translation>
    </message>
    <message>
        <source>New Article</source>
        <translation>Bài mới</translation>
    </message>
    <message>
        <source>Title of the new article:</source>
        <translation>Tiêu đề bài mới:</translation>
    </message>
    <message>
        <source>Cannot create the article</source>
        <translation>Không tạo được bài viết</translation>
    </message>
    <message>
        <source>Why is the article returned?</source>
        <translation>Lý do trả lại bài?</translation>
    </message>
    <message>
        <source>Why is the article withdrawn?</source>
        <translation>Lý do gỡ bài?</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Chưa thực hiện được</translation>
    </message>
    <message>
        <source>%1: the article is now &quot;%2&quot;.</source>
        <translation>%1: bài viết nay ở trạng thái &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Search articles, with or without diacritics</source>
        <translation>Tìm bài viết, gõ có dấu hay không dấu</translation>
    </message>
    <message>
        <source>&amp;Dark Mode</source>
        <translation>Chế độ &amp;tối</translation>
    </message>
    <message>
        <source>Could not read the newsroom&apos;s word list: %1</source>
        <translation>Không đọc được danh sách từ của toà soạn: %1</translation>
    </message>
    <message>
        <source>Could not add &quot;%1&quot; to the newsroom&apos;s word list: %2</source>
        <translation>Không thêm được &quot;%1&quot; vào danh sách từ của toà soạn: %2</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the newsroom&apos;s word list.</source>
        <translation>Đã thêm &quot;%1&quot; vào danh sách từ của toà soạn.</translation>
    </message>
    <message>
        <source>No Vietnamese dictionary is installed (hunspell-vi): spell checking is off.</source>
        <translation>Chưa cài từ điển tiếng Việt (hunspell-vi): đã tắt kiểm tra chính tả.</translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>Kiểm tra &amp;chính tả</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>S&amp;ync with Portal</source>
        <translation>Đồng &amp;bộ lên cổng</translation>
    </message>
    <message>
        <source>&amp;Gazette</source>
        <translation>&amp;Công báo</translation>
    </message>
    <message>
        <source>Open the &amp;Công báo Desk</source>
        <translation>Mở bàn làm việc &amp;Công báo</translation>
    </message>
    <message>
        <source>&amp;Press Digest</source>
        <translation>Điể&amp;m báo</translation>
    </message>
    <message>
        <source>Open the &amp;Press Digest</source>
        <translation>Mở &amp;bản tin điểm báo</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; was saved on another PC; reopen the article to see it.</source>
        <translation>Phiên bản %1 của &quot;%2&quot; vừa được lưu ở máy khác; hãy mở lại bài để xem.</translation>
    </message>
    <message>
        <source>You are editing the article now; the previous editor was told.</source>
        <translation>Giờ bạn đang sửa bài viết; người sửa trước đã được báo.</translation>
    </message>
    <message>
        <source>The newsroom&apos;s server cannot be reached; reconnecting…</source>
        <translation>Không kết nối được tới máy chủ của toà soạn; đang kết nối lại…</translation>
    </message>
    <message>
        <source>Connected to the newsroom&apos;s server again.</source>
        <translation>Đã kết nối lại với máy chủ của toà soạn.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Insert &amp;Photos…</source>
        <translation>Chèn ả&amp;nh…</translation>
    </message>
    <message>
        <source>Add photos from files to the article (you can also drop or paste them into the text)</source>
        <translation>Thêm ảnh từ tệp vào bài viết (cũng có thể kéo thả hoặc dán ảnh vào nội dung)</translation>
    </message>
    <message>
        <source>Insert Photos</source>
        <translation>Chèn ảnh</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Ảnh (%1)</translation>
    </message>
    <message>
        <source>Only reporters, editors and chief editors add photos.</source>
        <translation>Chỉ phóng viên, biên tập viên và lãnh đạo ban biên tập mới được thêm ảnh.</translation>
    </message>
    <message>
        <source>Open an article you may edit to insert the photo.</source>
        <translation>Hãy mở một bài viết bạn được sửa để chèn ảnh.</translation>
    </message>
    <message>
        <source>Alt Text</source>
        <translation>Mô tả ảnh</translation>
    </message>
    <message>
        <source>What the photo shows, for readers who cannot see it (screen readers read it aloud; the portal puts it in the picture&apos;s alt attribute):</source>
        <translation>Ảnh thể hiện điều gì, cho người đọc không nhìn thấy ảnh (phần mềm đọc màn hình sẽ đọc to; cổng đưa vào thuộc tính alt của ảnh):</translation>
    </message>
    <message>
        <source>Alt text saved for the photo.</source>
        <translation>Đã lưu mô tả ảnh.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added to the library; the article they were for is no longer open.</source>
        <translation>
            <numerusform>Đã thêm %n ảnh vào thư viện; bài viết cần chèn ảnh không còn mở.</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Định &amp;dạng</translation>
    </message>
    <message>
        <source>Portal S&amp;ync…</source>
        <translation>Đồng &amp;bộ với cổng…</translation>
    </message>
    <message>
        <source>Publish &quot;%1&quot; on the portal now?</source>
        <translation>Đăng ngay bài &quot;%1&quot; lên cổng?</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Lịch đăng</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Ý kiến (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match &quot;%1&quot; as typed</source>
        <translation>
            <numerusform>%n bài khớp đúng &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>below them, %n with its words only near each other or apart.</source>
        <translation>
            <numerusform>bên dưới là %n bài chỉ có các chữ ở gần hoặc rời nhau.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Royalties</source>
        <translation>&amp;Nhuận bút</translation>
    </message>
    <message>
        <source>Grade &amp;Royalty…</source>
        <translation>Chấ&amp;m nhuận bút…</translation>
    </message>
    <message>
        <source>Grade the royalty of the article&apos;s text and photos</source>
        <translation>Chấm nhuận bút phần chữ và ảnh của bài viết</translation>
    </message>
    <message>
        <source>Open the Royalties &amp;Window</source>
        <translation>Mở &amp;cửa sổ nhuận bút</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Hỏi đáp</translation>
    </message>
    <message>
        <source>Open the &amp;Questions Window</source>
        <translation>Mở &amp;cửa sổ hỏi đáp</translation>
    </message>
    <message>
        <source>New questions could not be brought from the portal: %1</source>
        <translation>Không lấy được câu hỏi mới từ cổng: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s) came from the portal.</source>
        <translation>
            <numerusform>Có %n câu hỏi mới từ cổng.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::MarkdownEdit</name>
    <message>
        <source>No Suggestions</source>
        <translation>Không có gợi ý</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Thêm vào từ điển</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation>Ảnh dán vào</translation>
    </message>
    <message>
        <source>Set as &amp;Lead Photo</source>
        <translation>Đặt làm ảnh đại &amp;diện</translation>
    </message>
    <message>
        <source>&amp;Alt Text for Readers Who Cannot See It…</source>
        <translation>&amp;Mô tả ảnh cho người không nhìn thấy…</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::NewIssueDialog</name>
    <message>
        <source>New Issue</source>
        <translation>Số Công báo mới</translation>
    </message>
    <message>
        <source>15, or 15+16 for a combined issue</source>
        <translation>15, hoặc 15+16 cho số gộp</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>&amp;Published on:</source>
        <translation>Ngày &amp;phát hành:</translation>
    </message>
    <message>
        <source>Số %1 of %2</source>
        <translation>Số %1 năm %2</translation>
    </message>
    <message>
        <source>Write the number: 15, or 15+16 for a combined issue.</source>
        <translation>Hãy ghi số: 15, hoặc 15+16 cho số gộp.</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::PhotoLibraryPanel</name>
    <message>
        <source>⚠ No caption</source>
        <translation>⚠ Chưa có chú thích</translation>
    </message>
    <message>
        <source>⚠ No credit: %1</source>
        <translation>⚠ Chưa ghi tác giả: %1</translation>
    </message>
    <message>
        <source>Search captions and credits…</source>
        <translation>Tìm theo chú thích, tác giả…</translation>
    </message>
    <message>
        <source>Photo library</source>
        <translation>Thư viện ảnh</translation>
    </message>
    <message>
        <source>The photos could not be read: %1</source>
        <translation>Không đọc được danh sách ảnh: %1</translation>
    </message>
    <message>
        <source>No photos in the newsroom yet.</source>
        <translation>Toà soạn chưa có ảnh nào.</translation>
    </message>
    <message>
        <source>No photo matches.</source>
        <translation>Không có ảnh nào khớp.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) shown, more as you scroll</source>
        <translation>
            <numerusform>Đang hiện %n ảnh, cuộn xuống để xem thêm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n ảnh</numerusform>
        </translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <source>Add photos from files; you can also drop them here</source>
        <translation>Thêm ảnh từ tệp; cũng có thể kéo thả ảnh vào đây</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.tif *.tiff);;All files (*)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n photo(s)…</source>
        <translation>
            <numerusform>Đang đọc %n ảnh…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some photos were not added</source>
        <translation>Một số ảnh chưa được thêm</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added. These files were not:</source>
        <translation>
            <numerusform>Đã thêm %n ảnh. Các tệp sau chưa được thêm:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::PortalSettingsDialog</name>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Ghi nhớ trong kho khoá của hệ thống</translation>
    </message>
    <message>
        <source>Portal Settings</source>
        <translation>Thiết lập cổng</translation>
    </message>
    <message>
        <source>Mapping file…</source>
        <translation>Tệp ánh xạ…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Mapping File</source>
        <translation>Tệp ánh xạ</translation>
    </message>
    <message>
        <source>JSON mapping (*.json)</source>
        <translation>Tệp ánh xạ JSON (*.json)</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Bảng dữ liệu:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Reference table portal_articles, or WordPress as it is</source>
        <translation>Bảng chuẩn portal_articles, hoặc WordPress như hiện có</translation>
    </message>
    <message>
        <source>SQLite file on this PC</source>
        <translation>Tệp SQLite trên máy này</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Máy chủ PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL or MariaDB server</source>
        <translation>Máy chủ MySQL hoặc MariaDB</translation>
    </message>
    <message>
        <source>WordPress site</source>
        <translation>Trang WordPress</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Portal File</source>
        <translation>Tệp cơ sở dữ liệu của cổng</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu SQLite (*.sqlite *.db);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>name or IP address, e.g. cong.example.gov.vn or 10.0.0.5</source>
        <translation>tên hoặc địa chỉ IP, ví dụ cong.example.gov.vn hoặc 10.0.0.5</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Cổng kết nối:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Tài khoản:</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Địa chỉ trang:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <source>The same portal as the address portaldesk-cli takes (--portal); it follows the fields above, and a pasted address fills them.</source>
        <translation>Cùng cổng đó, viết dưới dạng địa chỉ mà portaldesk-cli dùng (--portal); địa chỉ tự cập nhật theo các ô ở trên, và dán một địa chỉ vào đây sẽ điền các ô đó.</translation>
    </message>
    <message>
        <source>the database account&apos;s, or WordPress&apos;s Application Password</source>
        <translation>mật khẩu tài khoản cơ sở dữ liệu, hoặc Application Password của WordPress</translation>
    </message>
    <message>
        <source>The portal is a:</source>
        <translation>Cổng đặt ở:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>The portal cannot be reached: %1
Check the fields, or press OK again to keep them as they are.</source>
        <translation>Không kết nối được với cổng: %1
Hãy kiểm tra lại các ô, hoặc bấm OK lần nữa để vẫn lưu như vậy.</translation>
    </message>
    <message>
        <source>Create the Portal&apos;s Tables</source>
        <translation>Tạo các bảng của cổng</translation>
    </message>
    <message>
        <source>%1 is a new file. Create the portal&apos;s tables in it?</source>
        <translation>%1 là tệp mới. Tạo các bảng của cổng trong tệp này?</translation>
    </message>
    <message>
        <source>%1 has no PortalDesk tables yet (portal_articles and those for photos, the Công báo and answers). Create them now?</source>
        <translation>%1 chưa có các bảng của PortalDesk (portal_articles và các bảng cho ảnh, Công báo, trả lời). Tạo ngay bây giờ?</translation>
    </message>
    <message>
        <source>No tables were created: the portal needs them before the first sync.</source>
        <translation>Chưa tạo bảng nào: cổng cần các bảng này trước lần đồng bộ đầu tiên.</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::PublicationCalendar</name>
    <message>
        <source>Could not read the scheduled articles: %1</source>
        <translation>Không đọc được các bài hẹn giờ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) scheduled</source>
        <translation>
            <numerusform>%n bài hẹn đăng</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is scheduled on %1.</source>
        <translation>Không có bài nào hẹn đăng ngày %1.</translation>
    </message>
    <message>
        <source>Scheduled on %1 (double-click to open):</source>
        <translation>Hẹn đăng ngày %1 (nhấp đúp để mở):</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::QuestionAssignDialog</name>
    <message>
        <source>Send to an Agency</source>
        <translation>Chuyển cơ quan trả lời</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Hạn trả lời:</translation>
    </message>
    <message>
        <source>No agency is on the list yet: an administrator adds them (portaldesk-cli agency add).</source>
        <translation>Danh sách chưa có cơ quan nào: quản trị viên thêm cơ quan vào danh sách (portaldesk-cli agency add).</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) from today.</source>
        <translation>
            <numerusform>%n ngày làm việc kể từ hôm nay.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a working day.</source>
        <translation>%1 không phải ngày làm việc.</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::QuestionMergeDialog</name>
    <message>
        <source>Merge with Another Question</source>
        <translation>Gộp với câu hỏi khác</translation>
    </message>
    <message>
        <source>&quot;%1&quot; asks what another question asks. Find and pick the question that is kept: this one is answered there and is not published on its own.</source>
        <translation>&quot;%1&quot; hỏi cùng nội dung với một câu hỏi khác. Hãy tìm và chọn câu hỏi được giữ lại: câu hỏi này được trả lời chung ở đó và không đăng riêng.</translation>
    </message>
    <message>
        <source>Words of the title or text</source>
        <translation>Từ trong tiêu đề hoặc nội dung</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>&amp;Question kept:</source>
        <translation>&amp;Câu hỏi được giữ lại:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Gộp</translation>
    </message>
    <message>
        <source>%1 — %2, received %3</source>
        <translation>%1 — %2, tiếp nhận ngày %3</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::QuestionPane</name>
    <message>
        <source>&amp;Send to an Agency…</source>
        <translation>Ch&amp;uyển cơ quan…</translation>
    </message>
    <message>
        <source>Save the Ans&amp;wer</source>
        <translation>&amp;Lưu câu trả lời</translation>
    </message>
    <message>
        <source>Save the &amp;Edit</source>
        <translation>Lưu &amp;bản biên tập</translation>
    </message>
    <message>
        <source>Su&amp;bmit for Approval</source>
        <translation>&amp;Trình duyệt</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>Đă&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>T&amp;rả lại…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Từ &amp;chối…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Gộ&amp;p…</translation>
    </message>
    <message>
        <source>The agency&apos;s answer, in Markdown: typed, or pasted from its letter.</source>
        <translation>Câu trả lời của cơ quan, định dạng Markdown: gõ trực tiếp hoặc dán từ công văn.</translation>
    </message>
    <message>
        <source>Công văn số 123/SNV-VP</source>
        <translation>Công văn số 123/SNV-VP</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>chưa có ngày</translation>
    </message>
    <message>
        <source>&amp;Answer (Markdown):</source>
        <translation>Nội dung trả lời (Markd&amp;own):</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>Công &amp;văn:</translation>
    </message>
    <message>
        <source>Letter &amp;date:</source>
        <translation>Ngà&amp;y công văn:</translation>
    </message>
    <message>
        <source>No question chosen</source>
        <translation>Chưa chọn câu hỏi</translation>
    </message>
    <message>
        <source>Asked by %1</source>
        <translation>Người hỏi: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(không ghi tên)</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>lĩnh vực: %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gửi lúc %1</translation>
    </message>
    <message>
        <source>deleted on the portal %1</source>
        <translation>đã bị xoá trên cổng ngày %1</translation>
    </message>
    <message>
        <source>The asker&apos;s contact details were erased on %1.</source>
        <translation>Thông tin liên hệ của người hỏi đã được xoá ngày %1.</translation>
    </message>
    <message>
        <source>Contact (personal data, not for publication): %1</source>
        <extracomment>Decree 13/2023/NĐ-CP on personal data.</extracomment>
        <translation>Liên hệ (dữ liệu cá nhân, không công bố): %1</translation>
    </message>
    <message>
        <source>Not yet sent to an agency.</source>
        <translation>Chưa chuyển cơ quan trả lời.</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>Cơ quan trả lời: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Lý do từ chối: %1</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>Lý do trả lại: %1</translation>
    </message>
    <message>
        <source>Merged into question %1.</source>
        <translation>Đã gộp vào câu hỏi %1.</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>Hạn trả lời %1 (%2)</translation>
    </message>
    <message>
        <source>Answered on %1, on time (due %2).</source>
        <translation>Trả lời ngày %1, đúng hạn (hạn %2).</translation>
    </message>
    <message numerus="yes">
        <source>Answered on %1, %n working day(s) late (due %2).</source>
        <translation>
            <numerusform>Trả lời ngày %1, trễ %n ngày làm việc (hạn %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Was due %1.</source>
        <translation>Hạn trả lời là ngày %1.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s): the agency&apos;s answer was due %1.</source>
        <translation>
            <numerusform>Quá hạn %n ngày làm việc: hạn cơ quan trả lời là ngày %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today, %1.</source>
        <translation>Hạn trả lời là hôm nay, %1.</translation>
    </message>
    <message numerus="yes">
        <source>Due %1: %n working day(s) left.</source>
        <translation>
            <numerusform>Hạn trả lời %1: còn %n ngày làm việc.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Answer</source>
        <translation>Câu trả lời chưa lưu</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; has changes that are not saved. Leave them?</source>
        <translation>Câu trả lời cho &quot;%1&quot; có thay đổi chưa được lưu. Bỏ các thay đổi này?</translation>
    </message>
    <message>
        <source>Question Not Sent</source>
        <translation>Chưa chuyển được câu hỏi</translation>
    </message>
    <message>
        <source>Return the Answer</source>
        <translation>Trả lại câu trả lời</translation>
    </message>
    <message>
        <source>Reject the Question</source>
        <translation>Từ chối câu hỏi</translation>
    </message>
    <message>
        <source>Why does &quot;%1&quot; need another answer?</source>
        <translation>Vì sao &quot;%1&quot; cần được trả lời lại?</translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; not answered (out of scope, abusive)? It will never be published.</source>
        <translation>Vì sao không trả lời &quot;%1&quot; (ngoài phạm vi, lời lẽ thiếu chuẩn mực)? Câu hỏi sẽ không bao giờ được đăng.</translation>
    </message>
    <message>
        <source>The question staff and the history will show it.</source>
        <translation>Cán bộ hỏi đáp và lịch sử xử lý sẽ thấy lý do này.</translation>
    </message>
    <message>
        <source>Not Done: %1</source>
        <translation>Chưa thực hiện được: %1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::QuestionPuller</name>
    <message>
        <source>No portal is set for this newsroom.</source>
        <translation>Toà soạn này chưa được thiết lập cổng.</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::QuestionQueueModel</name>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — quá hạn</translation>
    </message>
    <message>
        <source>The agency&apos;s answer was due on %1.</source>
        <translation>Hạn cơ quan trả lời là ngày %1.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Người hỏi</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn trả lời</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::QuestionStatisticsView</name>
    <message>
        <source>Export as &amp;Spreadsheet…</source>
        <translation>Xuất &amp;bảng tính…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Tháng:</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <source>Average working days</source>
        <translation>Số ngày làm việc trung bình</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Questions per agency, %1</source>
        <translation>Số câu hỏi theo cơ quan, tháng %1</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Trả lời đúng hạn</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Trả lời trễ hạn</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <source>No question was sent to an agency in %1.</source>
        <translation>Tháng %1 không có câu hỏi nào được chuyển cơ quan trả lời.</translation>
    </message>
    <message>
        <source>Spreadsheet (*.ods)</source>
        <translation>Bảng tính (*.ods)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the Statistics as a Spreadsheet</source>
        <translation>Xuất thống kê ra bảng tính</translation>
    </message>
    <message>
        <source>Export the Statistics as PDF</source>
        <translation>Xuất thống kê ra PDF</translation>
    </message>
    <message>
        <source>Statistics Not Exported</source>
        <translation>Chưa xuất được thống kê</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::QuestionsWindow</name>
    <message>
        <source>Overdue onl&amp;y</source>
        <translation>Chỉ &amp;xem câu hỏi quá hạn</translation>
    </message>
    <message>
        <source>Citizens&apos; Questions — PortalDesk</source>
        <translation>Hỏi đáp — PortalDesk</translation>
    </message>
    <message>
        <source>Words of the title or text</source>
        <translation>Từ trong tiêu đề hoặc nội dung</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Sear&amp;ch:</source>
        <translation>Tì&amp;m:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Trạng thá&amp;i:</translation>
    </message>
    <message>
        <source>Age&amp;ncy:</source>
        <translation>Cơ qu&amp;an:</translation>
    </message>
    <message>
        <source>Agency and question</source>
        <translation>Cơ quan và câu hỏi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Enter opens the question in the queue.</source>
        <translation>Nhấn Enter để mở câu hỏi trong danh sách.</translation>
    </message>
    <message>
        <source>Q&amp;ueue</source>
        <translation>Danh &amp;sách</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Quá hạn</translation>
    </message>
    <message>
        <source>Stat&amp;istics</source>
        <translation>Thống &amp;kê</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Could not read the questions: %1</source>
        <translation>Không đọc được danh sách câu hỏi: %1</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Hỏi đáp</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Close &amp;Window</source>
        <translation>Đó&amp;ng cửa sổ</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <source>Could not read the agencies: %1</source>
        <translation>Không đọc được danh sách cơ quan: %1</translation>
    </message>
    <message>
        <source>%1 (no longer used)</source>
        <translation>%1 (ngừng sử dụng)</translation>
    </message>
    <message numerus="yes">
        <source>The first %n question(s); more as the list scrolls.</source>
        <translation>
            <numerusform>Đang hiện %n câu hỏi đầu tiên, cuộn xuống để xem thêm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s).</source>
        <translation>
            <numerusform>%n câu hỏi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the overdue questions: %1</source>
        <translation>Không đọc được các câu hỏi quá hạn: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n overdue</source>
        <translation>
            <numerusform>%1 — %n câu quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <source>(no agency)</source>
        <translation>(chưa có cơ quan)</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overdue (%1)</source>
        <translation>&amp;Quá hạn (%1)</translation>
    </message>
    <message>
        <source>No question is overdue.</source>
        <translation>Không có câu hỏi nào quá hạn.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;: %2.</source>
        <translation>Đã lưu &quot;%1&quot;: %2.</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::ReasonBanner</name>
    <message>
        <source>Returned by %1 on %2</source>
        <translation>Trả lại bởi %1 lúc %2</translation>
    </message>
    <message>
        <source>Withdrawn by %1 on %2</source>
        <translation>Gỡ bởi %1 lúc %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>không nêu lý do</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::ReasonDialog</name>
    <message>
        <source>The reporter and the history will show it.</source>
        <translation>Phóng viên và lịch sử bài sẽ thấy lý do này.</translation>
    </message>
    <message>
        <source>Enter sends the reason; Shift+Enter starts a new line.</source>
        <translation>Enter để gửi lý do; Shift+Enter để xuống dòng.</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::ReopenMonthDialog</name>
    <message>
        <source>Reopen %1</source>
        <translation>Mở lại %1</translation>
    </message>
    <message>
        <source>Why do the royalties of %1 change after closing? The reason is kept in the newsroom&apos;s log.</source>
        <translation>%1 đã khoá sổ: vì sao nhuận bút thay đổi? Lý do được lưu trong nhật ký của toà soạn.</translation>
    </message>
    <message>
        <source>For example: the coefficient of an article was wrong</source>
        <translation>Ví dụ: hệ số của một bài bị chấm sai</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Mở lại</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::RevisionDiffView</name>
    <message>
        <source>Compare with Approved</source>
        <translation>So với bản đã duyệt</translation>
    </message>
    <message>
        <source>Show what changed since the article was last approved</source>
        <translation>Xem những gì đã thay đổi từ lần duyệt gần nhất</translation>
    </message>
    <message>
        <source>Changes between the two versions</source>
        <translation>Thay đổi giữa hai phiên bản</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Từ:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Đến:</translation>
    </message>
    <message>
        <source>No version of this article has been saved yet, so there is nothing to compare.</source>
        <translation>Bài này chưa có phiên bản nào được lưu nên chưa có gì để so sánh.</translation>
    </message>
    <message>
        <source>Only one version of this article has been saved so far, so there is nothing to compare yet. Changes will show here once it is saved again.</source>
        <translation>Bài này mới có một phiên bản nên chưa có gì để so sánh. Thay đổi sẽ hiện ở đây khi bài được lưu lần nữa.</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <comment>version number, login of who saved it, when</comment>
        <translation>Phiên bản %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · approved</source>
        <comment>a version in the From/To lists that was the last one approved</comment>
        <translation>%1 · đã duyệt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>(no changes)</source>
        <translation>(không thay đổi)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>words added, words removed</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>thêm %n từ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>bớt %n từ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::RoyaltiesWindow</name>
    <message>
        <source>Royalties — PortalDesk</source>
        <translation>Nhuận bút — PortalDesk</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Tháng sau</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Tác phẩm</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Ngày đăng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Số tác phẩm</translation>
    </message>
    <message>
        <source>Gross (đ)</source>
        <translation>Thành tiền (đ)</translation>
    </message>
    <message>
        <source>Withheld (đ)</source>
        <translation>Thuế TNCN (đ)</translation>
    </message>
    <message>
        <source>Net (đ)</source>
        <translation>Thực nhận (đ)</translation>
    </message>
    <message>
        <source>Ungraded</source>
        <translation>Chưa chấm</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Bảng thanh toán</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Royalties</source>
        <translation>&amp;Nhuận bút</translation>
    </message>
    <message>
        <source>Royalties</source>
        <translation>Nhuận bút</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Tháng:</translation>
    </message>
    <message>
        <source>&amp;Grade…</source>
        <translation>&amp;Chấm nhuận bút…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>PDF, to print and sign (*.pdf)</source>
        <translation>PDF, để in và ký (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.ods)</source>
        <translation>Bảng tính (*.ods)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Text document (*.odt)</source>
        <translation>Văn bản (*.odt)</translation>
    </message>
    <message>
        <source>Export the Statement</source>
        <translation>Xuất bảng thanh toán</translation>
    </message>
    <message>
        <source>&amp;Close the Month…</source>
        <translation>&amp;Khoá sổ tháng…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Mở lại…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Close &amp;Window</source>
        <translation>Đó&amp;ng cửa sổ</translation>
    </message>
    <message>
        <source>The ungraded works cannot be read: %1</source>
        <translation>Không đọc được các tác phẩm chưa chấm: %1</translation>
    </message>
    <message>
        <source>The statement cannot be read: %1</source>
        <translation>Không đọc được bảng thanh toán: %1</translation>
    </message>
    <message>
        <source>Royalties %1 — PortalDesk</source>
        <translation>Nhuận bút %1 — PortalDesk</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Ảnh %1</translation>
    </message>
    <message>
        <source>Ungraded (%1)</source>
        <translation>Chưa chấm (%1)</translation>
    </message>
    <message>
        <source>%1 (contributor)</source>
        <translation>%1 (cộng tác viên)</translation>
    </message>
    <message>
        <source>%1 × %2 · %3</source>
        <translation>%1 × %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>%1 is closed: this statement is final. A chief editor reopens the month, with a reason, to change it.</source>
        <translation>%1 đã khoá sổ: đây là bảng thanh toán chính thức. Muốn sửa, lãnh đạo ban biên tập mở lại tháng, kèm lý do.</translation>
    </message>
    <message>
        <source>Draft: %1 is not closed; its grades may still change.</source>
        <translation>Bản nháp: %1 chưa khoá sổ, kết quả chấm nhuận bút còn có thể thay đổi.</translation>
    </message>
    <message>
        <source>No work of %1 is graded yet.</source>
        <translation>%1 chưa có tác phẩm nào được chấm nhuận bút.</translation>
    </message>
    <message>
        <source>The total is above the month&apos;s royalty fund of %1.</source>
        <translation>Tổng số vượt quỹ nhuận bút của tháng (%1).</translation>
    </message>
    <message>
        <source>Total %1 · withheld %2 · net %3</source>
        <translation>Tổng %1 · khấu trừ thuế TNCN %2 · thực nhận %3</translation>
    </message>
    <message>
        <source>No royalty schedule imported · %1</source>
        <translation>Chưa nhập khung nhuận bút · %1</translation>
    </message>
    <message>
        <source>Schedule in force: %1 · %2</source>
        <translation>Khung nhuận bút đang áp dụng: %1 · %2</translation>
    </message>
    <message>
        <source>Make the statement of %1 final</source>
        <translation>Chốt bảng thanh toán nhuận bút %1</translation>
    </message>
    <message>
        <source>%1 is not over yet</source>
        <translation>%1 chưa kết thúc</translation>
    </message>
    <message>
        <source>Only chief editors grade royalties.</source>
        <translation>Chỉ lãnh đạo ban biên tập được chấm nhuận bút.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>Statement Not Exported</source>
        <translation>Chưa xuất được bảng thanh toán</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Khoá sổ %1</translation>
    </message>
    <message>
        <source>Close the royalties of %1? Its statement becomes final: no grade of the month changes until a chief editor reopens it, with a reason.</source>
        <translation>Khoá sổ nhuận bút %1? Bảng thanh toán trở thành bản chính thức: không kết quả chấm nào của tháng được sửa cho đến khi lãnh đạo ban biên tập mở lại tháng, kèm lý do.</translation>
    </message>
    <message>
        <source>&amp;Close the Month</source>
        <translation>&amp;Khoá sổ tháng</translation>
    </message>
    <message>
        <source>Month Not Closed</source>
        <translation>Chưa khoá sổ được</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 đã khoá sổ.</translation>
    </message>
    <message>
        <source>Month Not Reopened</source>
        <translation>Chưa mở lại được tháng</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 đã được mở lại.</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::RoyaltyGradeDialog</name>
    <message>
        <source>A&amp;dd Payee</source>
        <translation>Thê&amp;m người nhận</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Grade Royalty</source>
        <translation>Chấm nhuận bút</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>&amp;Save and Next</source>
        <translation>Lư&amp;u, chấm tiếp</translation>
    </message>
    <message>
        <source>Save this work&apos;s grade and go on to the article&apos;s next work</source>
        <translation>Lưu kết quả chấm của tác phẩm này rồi chuyển sang tác phẩm tiếp theo của bài</translation>
    </message>
    <message>
        <source>&amp;Work:</source>
        <translation>&amp;Tác phẩm:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Thể &amp;loại:</translation>
    </message>
    <message>
        <source>C&amp;oefficient:</source>
        <translation>&amp;Hệ số:</translation>
    </message>
    <message>
        <source>E&amp;xtra for high value:</source>
        <translation>Cộng thêm (giá trị &amp;cao):</translation>
    </message>
    <message>
        <source>S&amp;hares:</source>
        <translation>&amp;Phân chia:</translation>
    </message>
    <message>
        <source>“%1” is %2: only approved or published articles are graded.</source>
        <translation>“%1” đang ở trạng thái %2: chỉ bài đã duyệt hoặc đã đăng mới được chấm nhuận bút.</translation>
    </message>
    <message>
        <source>First published on %1 · schedule %2</source>
        <translation>Đăng lần đầu ngày %1 · khung nhuận bút %2</translation>
    </message>
    <message>
        <source>First published on %1</source>
        <translation>Đăng lần đầu ngày %1</translation>
    </message>
    <message>
        <source>Not published yet: paid by today&apos;s unit value · schedule %1</source>
        <translation>Chưa đăng: tính theo giá trị đơn vị hệ số hôm nay · khung nhuận bút %1</translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation>Chưa đăng</translation>
    </message>
    <message>
        <source>The article&apos;s text</source>
        <translation>Phần chữ của bài</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Ảnh: %1</translation>
    </message>
    <message>
        <source>%1 (graded)</source>
        <translation>%1 (đã chấm)</translation>
    </message>
    <message>
        <source>Save the Grade?</source>
        <translation>Lưu kết quả chấm?</translation>
    </message>
    <message>
        <source>The grade of “%1” has changes. Save them before grading another work?</source>
        <translation>Kết quả chấm của “%1” đã thay đổi. Lưu lại trước khi chấm tác phẩm khác?</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3)</source>
        <translation>Từ %1 đến %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (contributor)</source>
        <translation>%1 (cộng tác viên)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>%1 (at most %2)</source>
        <translation>%1 (tối đa %2)</translation>
    </message>
    <message>
        <source>The share of %1 must be above zero.</source>
        <translation>Tỷ lệ của %1 phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>%1 is named twice for the same work.</source>
        <translation>%1 được ghi hai lần cho cùng một tác phẩm.</translation>
    </message>
    <message>
        <source>%1 is at most %2 of the work&apos;s royalty (%3).</source>
        <translation>%1 tối đa %2 nhuận bút của tác phẩm (%3).</translation>
    </message>
    <message>
        <source>The royalties of %1 are closed; a chief editor reopens the month, with a reason, to change them.</source>
        <translation>%1 đã khoá sổ nhuận bút; muốn sửa, lãnh đạo ban biên tập mở lại tháng, kèm lý do.</translation>
    </message>
    <message>
        <source>%1 has no category for an article&apos;s text.</source>
        <translation>%1 không có thể loại nào cho phần chữ của bài.</translation>
    </message>
    <message>
        <source>%1 has no category for photos.</source>
        <translation>%1 không có thể loại nào cho ảnh.</translation>
    </message>
    <message>
        <source>%1 has no unit value for %2: the amount cannot be worked out.</source>
        <translation>%1 không quy định giá trị đơn vị hệ số cho ngày %2: chưa tính được nhuận bút.</translation>
    </message>
    <message>
        <source>Name who is paid: add the author with their share.</source>
        <translation>Chưa có người nhận: thêm tác giả cùng tỷ lệ hưởng.</translation>
    </message>
    <message>
        <source>The authors&apos; shares add up to %1, not 100 %.</source>
        <translation>Tỷ lệ của các tác giả cộng lại là %1, phải đúng 100 %.</translation>
    </message>
    <message>
        <source>Royalty: %1 × %2 × (100 % + %3) = %4</source>
        <translation>Nhuận bút: %1 × %2 × (100 % + %3) = %4</translation>
    </message>
    <message>
        <source>Royalty: %1 × %2 = %3</source>
        <translation>Nhuận bút: %1 × %2 = %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>Unit value in force on %1: %2 since %3 (%4)</source>
        <translation>Giá trị đơn vị hệ số áp dụng ngày %1: %2, từ %3 (%4)</translation>
    </message>
    <message>
        <source>Royalty Not Saved</source>
        <translation>Chưa lưu được kết quả chấm</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Filter by name or key</source>
        <translation>Lọc theo tên hoặc phím</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Newsroom: %1</source>
        <translation>Tòa soạn: %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <source>This newsroom has no users yet. Create one with &quot;portaldesk-cli init --demo&quot; or &quot;portaldesk-cli user add&quot;.</source>
        <translation>Tòa soạn này chưa có người dùng. Hãy tạo bằng &quot;portaldesk-cli init --demo&quot; hoặc &quot;portaldesk-cli user add&quot;.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>Choose who you are first.</source>
        <translation>Hãy chọn bạn là ai trước.</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::SpellCheckHighlighter</name>
    <message>
        <source>This photo has no caption and no credit.</source>
        <translation>Ảnh này chưa có chú thích và tác giả.</translation>
    </message>
    <message>
        <source>This photo has no caption.</source>
        <translation>Ảnh này chưa có chú thích.</translation>
    </message>
    <message>
        <source>This photo has no credit (write it in quotes after the id).</source>
        <translation>Ảnh này chưa ghi tác giả (viết trong dấu ngoặc kép sau mã ảnh).</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::SyncConflictDialog</name>
    <message>
        <source>Changed on the Portal</source>
        <translation>Đã bị sửa trên cổng</translation>
    </message>
    <message>
        <source>This article was changed on the portal since PortalDesk last wrote it. Choose which text the portal and the newsroom keep.</source>
        <translation>Bài viết này đã bị sửa trên cổng kể từ lần PortalDesk ghi gần nhất. Hãy chọn văn bản mà cổng và toà soạn sẽ giữ.</translation>
    </message>
    <message>
        <source>Keep the Newsroom&apos;s Text</source>
        <translation>Giữ bản của toà soạn</translation>
    </message>
    <message>
        <source>The next sync overwrites the portal&apos;s text.</source>
        <translation>Lần đồng bộ tới sẽ ghi đè văn bản trên cổng.</translation>
    </message>
    <message>
        <source>Take the Portal&apos;s Text</source>
        <translation>Lấy bản trên cổng về</translation>
    </message>
    <message>
        <source>The portal&apos;s title, summary and body become a new revision of the article.</source>
        <translation>Tiêu đề, sapo và nội dung trên cổng trở thành một phiên bản mới của bài viết.</translation>
    </message>
    <message>
        <source>In the newsroom</source>
        <translation>Trong toà soạn</translation>
    </message>
    <message>
        <source>On the portal</source>
        <translation>Trên cổng</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::SyncPanel</name>
    <message>
        <source>Sync Now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Portal Settings…</source>
        <translation>Thiết lập cổng…</translation>
    </message>
    <message>
        <source>Needs an editor</source>
        <translation>Cần biên tập viên xử lý</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Double-click a conflict to compare it with the portal&apos;s version.</source>
        <translation>Nhấp đúp vào một xung đột để so sánh với bản trên cổng.</translation>
    </message>
    <message>
        <source>No portal is set for this newsroom.</source>
        <translation>Toà soạn này chưa được thiết lập cổng.</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Cổng: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) waiting for the portal</source>
        <translation>
            <numerusform>%n bài viết đang chờ gửi lên cổng</numerusform>
        </translation>
    </message>
    <message>
        <source>changed on the portal</source>
        <translation>bị sửa trên cổng</translation>
    </message>
    <message>
        <source>sending failed</source>
        <translation>gửi thất bại</translation>
    </message>
    <message>
        <source>Portal Password</source>
        <translation>Mật khẩu của cổng</translation>
    </message>
    <message>
        <source>Password for %1 (leave empty to use ~/.pgpass or the environment):</source>
        <translation>Mật khẩu cho %1 (để trống để dùng ~/.pgpass hoặc biến môi trường):</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Đang đồng bộ với %1…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Sẽ dừng sau lô hiện tại…</translation>
    </message>
    <message>
        <source>Last sync at %1 did not run.</source>
        <translation>Lần đồng bộ lúc %1 không chạy được.</translation>
    </message>
    <message>
        <source>Last sync at %1: sent %2, updated %3, withdrew %4; %5 conflicts, %6 failed.</source>
        <translation>Lần đồng bộ lúc %1: gửi mới %2, cập nhật %3, gỡ %4; %5 xung đột, %6 lỗi.</translation>
    </message>
    <message>
        <source>Cancelled; the rest waits for the next sync.</source>
        <translation>Đã huỷ; phần còn lại chờ lần đồng bộ sau.</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring (%1). It is used until PortalDesk closes and asked for again next time.</source>
        <translation>Không lưu được mật khẩu vào kho khoá của hệ thống (%1). Mật khẩu được dùng đến khi đóng PortalDesk và sẽ được hỏi lại lần sau.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message numerus="yes">
        <source>Công báo: %n issue(s).</source>
        <translation>
            <numerusform>Công báo: %n số.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping %1 describes a database table; a WordPress site takes a mapping with a &quot;wordpress&quot; object.</source>
        <translation>Tệp ánh xạ %1 mô tả một bảng cơ sở dữ liệu; trang WordPress cần tệp ánh xạ có đối tượng &quot;wordpress&quot;.</translation>
    </message>
    <message>
        <source>Portal: WordPress %1</source>
        <translation>Cổng: WordPress %1</translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::UserGuideDialog</name>
    <message>
        <source>PortalDesk User Guide</source>
        <translation>Hướng dẫn sử dụng PortalDesk</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>PortalMapping</name>
    <message>
        <source>The mapping %1 is not a JSON object: %2.</source>
        <translation>Tệp ánh xạ %1 không phải là một đối tượng JSON: %2.</translation>
    </message>
    <message>
        <source>The mapping %1: %2</source>
        <translation>Tệp ánh xạ %1: %2</translation>
    </message>
    <message>
        <source>&quot;table&quot;, &quot;key.column&quot; and &quot;status.column&quot; must be column names, not &apos;%1&apos;.</source>
        <translation>&quot;table&quot;, &quot;key.column&quot; và &quot;status.column&quot; phải là tên cột, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&quot;key.format&quot; must contain {uuid}.</source>
        <translation>&quot;key.format&quot; phải chứa {uuid}.</translation>
    </message>
    <message>
        <source>&quot;status&quot; needs the values for &quot;published&quot; and &quot;withdrawn&quot;.</source>
        <translation>&quot;status&quot; cần giá trị cho &quot;published&quot; và &quot;withdrawn&quot;.</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; in &quot;columns&quot;; known: %2.</source>
        <translation>trường không xác định &apos;%1&apos; trong &quot;columns&quot;; các trường hợp lệ: %2.</translation>
    </message>
    <message>
        <source>the column for &apos;%1&apos; is not a column name.</source>
        <translation>cột cho &apos;%1&apos; không phải là tên cột.</translation>
    </message>
    <message>
        <source>&quot;columns&quot; must map at least title and body_html.</source>
        <translation>&quot;columns&quot; phải ánh xạ ít nhất title và body_html.</translation>
    </message>
    <message>
        <source>&quot;utc_offset&quot; must look like +07:00, not &apos;%1&apos;.</source>
        <translation>&quot;utc_offset&quot; phải có dạng +07:00, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in &quot;on_insert&quot; is not a column name.</source>
        <translation>&apos;%1&apos; trong &quot;on_insert&quot; không phải là tên cột.</translation>
    </message>
    <message>
        <source>The mapping %1 is %2; a mapping is never larger than %3.</source>
        <translation>Tệp ánh xạ %1 có dung lượng %2; tệp ánh xạ không bao giờ lớn hơn %3.</translation>
    </message>
    <message>
        <source>&quot;media_table&quot; is not a table name.</source>
        <translation>&quot;media_table&quot; không phải là tên bảng.</translation>
    </message>
    <message>
        <source>&quot;media_url&quot; must be a path or an http(s) address with {id} and {rendition}, like /media/{id}-{rendition}.{ext}.</source>
        <translation>&quot;media_url&quot; phải là một đường dẫn hoặc địa chỉ http(s) có {id} và {rendition}, ví dụ /media/{id}-{rendition}.{ext}.</translation>
    </message>
    <message>
        <source>&quot;wordpress&quot; must be an object, and a WordPress mapping names no table.</source>
        <translation>&quot;wordpress&quot; phải là một đối tượng, và tệp ánh xạ WordPress không nêu bảng nào.</translation>
    </message>
    <message>
        <source>&quot;categories&quot; and &quot;authors&quot; map names to a WordPress name, slug or id, none empty.</source>
        <translation>&quot;categories&quot; và &quot;authors&quot; ánh xạ tên sang tên, slug hoặc mã của WordPress, không được để trống.</translation>
    </message>
    <message>
        <source>&quot;withdrawn_status&quot; is draft, pending or private.</source>
        <translation>&quot;withdrawn_status&quot; là draft, pending hoặc private.</translation>
    </message>
    <message>
        <source>WordPress is no longer written through its database tables: sync to the site&apos;s address instead, --portal https://USER@site.example/ with the user&apos;s Application Password in PORTALDESK_PORTAL_PASSWORD (README, &quot;WordPress (REST API)&quot;).</source>
        <translation>WordPress không còn được ghi thẳng vào các bảng cơ sở dữ liệu: hãy đồng bộ tới địa chỉ của trang, --portal https://NGƯỜI_DÙNG@site.example/, với Mật khẩu ứng dụng của người dùng trong PORTALDESK_PORTAL_PASSWORD (README, &quot;WordPress (REST API)&quot;).</translation>
    </message>
</context>
<context>
    <name>PortalSync</name>
    <message>
        <source>The portal %1 has no table portal_articles; create it with: portaldesk-cli portal init --portal URL.</source>
        <translation>Cổng %1 chưa có bảng portal_articles; hãy tạo bằng: portaldesk-cli portal init --portal URL.</translation>
    </message>
    <message>
        <source>Cannot write to the portal %1: %2</source>
        <translation>Không ghi được lên cổng %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: changed on the portal since the last sync; not overwritten.</source>
        <translation>%1: đã bị sửa trên cổng kể từ lần đồng bộ trước; không ghi đè.</translation>
    </message>
    <message>
        <source>The portal %1 has no table %2.</source>
        <translation>Cổng %1 không có bảng %2.</translation>
    </message>
    <message>
        <source>Cannot read the portal %1: %2</source>
        <translation>Không đọc được cổng %1: %2</translation>
    </message>
    <message>
        <source>The article %1 is not on the portal %2.</source>
        <translation>Bài viết %1 không có trên cổng %2.</translation>
    </message>
    <message>
        <source>Cannot write to the portal %1, gave up after %2 attempts: %3</source>
        <translation>Không ghi được lên cổng %1, đã dừng sau %2 lần thử: %3</translation>
    </message>
    <message>
        <source>No article has the id %1.</source>
        <translation>Không có bài viết nào mang mã %1.</translation>
    </message>
    <message>
        <source>Only editors and chief editors may run the sync on a shared newsroom.</source>
        <translation>Trên toà soạn dùng chung, chỉ biên tập viên và lãnh đạo ban biên tập mới được đồng bộ.</translation>
    </message>
    <message>
        <source>The portal %1 has no place for photos yet; add it with: portaldesk-cli portal init --portal URL.</source>
        <translation>Cổng %1 chưa có chỗ chứa ảnh; hãy bổ sung bằng: portaldesk-cli portal init --portal URL.</translation>
    </message>
    <message>
        <source>The portal %1 has no table %2 or no column %3 for photos.</source>
        <translation>Cổng %1 không có bảng %2 hoặc cột %3 dành cho ảnh.</translation>
    </message>
</context>
<context>
    <name>QuestionPull</name>
    <message>
        <source>its uuid is not one</source>
        <translation>uuid không hợp lệ</translation>
    </message>
    <message>
        <source>it has no title or no text</source>
        <translation>thiếu tiêu đề hoặc nội dung</translation>
    </message>
    <message>
        <source>its time of submission cannot be read</source>
        <translation>không đọc được thời điểm gửi</translation>
    </message>
    <message>
        <source>it is longer than %1 KB</source>
        <translation>dài hơn %1 KB</translation>
    </message>
    <message>
        <source>Cannot read the questions of %1: %2.</source>
        <translation>Không đọc được câu hỏi của cổng %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the questions of %1: %2. (Is it set up? &quot;portaldesk-cli portal init&quot; creates portal_questions.)</source>
        <translation>Không đọc được câu hỏi của cổng %1: %2. (Cổng đã được thiết lập chưa? &quot;portaldesk-cli portal init&quot; sẽ tạo bảng portal_questions.)</translation>
    </message>
    <message>
        <source>Only the question staff, chief editors and admins pull questions from the portal.</source>
        <translation>Chỉ cán bộ hỏi đáp, lãnh đạo ban biên tập và quản trị viên mới được lấy câu hỏi từ cổng.</translation>
    </message>
    <message>
        <source>Question %1 on the portal was not taken: %2.</source>
        <translation>Không tiếp nhận câu hỏi %1 trên cổng: %2.</translation>
    </message>
    <message>
        <source>its text is not valid UTF-8</source>
        <translation>nội dung không phải văn bản UTF-8 hợp lệ</translation>
    </message>
</context>
<context>
    <name>QuestionStates</name>
    <message>
        <source>Received</source>
        <translation>Mới tiếp nhận</translation>
    </message>
    <message>
        <source>With the agency</source>
        <translation>Chờ cơ quan trả lời</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã có trả lời</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã đăng</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Bị trả lại</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Đã gộp</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Deleted on the portal</source>
        <translation>Đã xoá trên cổng</translation>
    </message>
</context>
<context>
    <name>QuestionStatisticsExport</name>
    <message>
        <source>%1: the statistics are written as .ods or .pdf.</source>
        <translation>%1: thống kê chỉ ghi được ra tệp .ods hoặc .pdf.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>QuestionStore</name>
    <message>
        <source>The setting %1 is &quot;%2&quot;, not a whole number of days or months.</source>
        <translation>Thiết lập %1 có giá trị &quot;%2&quot;, không phải số ngày hoặc số tháng nguyên.</translation>
    </message>
    <message>
        <source>No agency is called &quot;%1&quot;; an admin adds it with &quot;portaldesk-cli agency add&quot;.</source>
        <translation>Không có cơ quan nào tên &quot;%1&quot;; quản trị viên thêm cơ quan bằng &quot;portaldesk-cli agency add&quot;.</translation>
    </message>
    <message>
        <source>No question has the id %1.</source>
        <translation>Không có câu hỏi nào mang mã %1.</translation>
    </message>
    <message>
        <source>Only the question staff and chief editors see an asker&apos;s contact details.</source>
        <translation>Chỉ cán bộ hỏi đáp và lãnh đạo ban biên tập được xem thông tin liên hệ của người hỏi.</translation>
    </message>
    <message>
        <source>A month is written YYYY-MM, as 2026-11: &quot;%1&quot; is not.</source>
        <translation>Tháng được ghi dạng YYYY-MM, ví dụ 2026-11: &quot;%1&quot; không đúng dạng này.</translation>
    </message>
    <message>
        <source>A reason may hold at most %1 KB of text.</source>
        <translation>Lý do chỉ được tối đa %1 KB.</translation>
    </message>
    <message>
        <source>Someone else changed the question &quot;%1&quot; meanwhile (now version %2, you saw %3); open it again.</source>
        <translation>Trong lúc đó người khác đã thay đổi câu hỏi &quot;%1&quot; (hiện là phiên bản %2, bạn đang xem phiên bản %3); hãy mở lại.</translation>
    </message>
    <message>
        <source>Choose an agency from the list to send the question to.</source>
        <translation>Hãy chọn trong danh sách một cơ quan để chuyển câu hỏi.</translation>
    </message>
    <message>
        <source>The due date %1 has passed already.</source>
        <translation>Hạn trả lời %1 đã qua.</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>Câu trả lời đang để trống.</translation>
    </message>
    <message>
        <source>An answer is valid text of at most %1 MB.</source>
        <translation>Câu trả lời phải là văn bản hợp lệ, tối đa %1 MB.</translation>
    </message>
    <message>
        <source>The letter&apos;s number and the asker&apos;s name may each hold at most %1 bytes.</source>
        <translation>Số công văn và tên người hỏi mỗi mục chỉ được tối đa %1 byte.</translation>
    </message>
    <message>
        <source>A question cannot be merged into itself.</source>
        <translation>Không thể gộp câu hỏi vào chính nó.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is %2: merge into one that will be answered.</source>
        <translation>Câu hỏi &quot;%1&quot; đang ở trạng thái %2: hãy gộp vào một câu hỏi sẽ được trả lời.</translation>
    </message>
    <message>
        <source>Say why: a question is returned or rejected with a reason.</source>
        <translation>Hãy nêu lý do: trả lại hoặc từ chối câu hỏi đều phải kèm lý do.</translation>
    </message>
    <message>
        <source>Someone else changed the question &quot;%1&quot; meanwhile; open it again.</source>
        <translation>Trong lúc đó người khác đã thay đổi câu hỏi &quot;%1&quot;; hãy mở lại.</translation>
    </message>
    <message>
        <source>Only admins keep the list of agencies.</source>
        <translation>Chỉ quản trị viên được cập nhật danh sách cơ quan.</translation>
    </message>
    <message>
        <source>An agency needs a name of at most 512 bytes of valid text.</source>
        <translation>Tên cơ quan phải là văn bản hợp lệ, tối đa 512 byte.</translation>
    </message>
    <message>
        <source>The agency &quot;%1&quot; is on the list already.</source>
        <translation>Cơ quan &quot;%1&quot; đã có trong danh sách.</translation>
    </message>
    <message>
        <source>No agency has the id %1.</source>
        <translation>Không có cơ quan nào mang mã %1.</translation>
    </message>
    <message>
        <source>Only admins correct the working calendar.</source>
        <translation>Chỉ quản trị viên được điều chỉnh lịch làm việc.</translation>
    </message>
    <message>
        <source>A calendar day is a valid date, &quot;off&quot; or &quot;work&quot;, and a note of at most 512 bytes.</source>
        <translation>Mỗi ngày trong lịch gồm một ngày hợp lệ, &quot;off&quot; hoặc &quot;work&quot;, và ghi chú tối đa 512 byte.</translation>
    </message>
    <message>
        <source>Only the question staff, chief editors and admins pull questions from the portal.</source>
        <translation>Chỉ cán bộ hỏi đáp, lãnh đạo ban biên tập và quản trị viên mới được lấy câu hỏi từ cổng.</translation>
    </message>
    <message>
        <source>Question %1 cannot be taken: it needs an id, a title, a text and a time, in at most %2 KB.</source>
        <translation>Không tiếp nhận được câu hỏi %1: câu hỏi cần có mã, tiêu đề, nội dung và thời điểm gửi, tổng cộng tối đa %2 KB.</translation>
    </message>
    <message>
        <source>the questions pulled</source>
        <translation>các câu hỏi lấy về</translation>
    </message>
    <message>
        <source>Only admins erase askers&apos; contact details.</source>
        <translation>Chỉ quản trị viên được xoá thông tin liên hệ của người hỏi.</translation>
    </message>
    <message>
        <source>Not connected to a PostgreSQL newsroom.</source>
        <translation>Chưa kết nối tới toà soạn PostgreSQL.</translation>
    </message>
    <message>
        <source>The newsroom&apos;s server does not allow this for your account: %1</source>
        <translation>Máy chủ của toà soạn không cho phép tài khoản của bạn làm việc này: %1</translation>
    </message>
    <message>
        <source>The newsroom did not take the questions pulled: %1</source>
        <translation>Toà soạn không nhận các câu hỏi vừa lấy về: %1</translation>
    </message>
</context>
<context>
    <name>QuestionSync</name>
    <message>
        <source>The answer to &quot;%1&quot;</source>
        <translation>Câu trả lời cho &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 was not sent: %2 has no table portal_answers; create it with &quot;portaldesk-cli portal init&quot; (%3).</source>
        <translation>%1 chưa được gửi: %2 chưa có bảng portal_answers; hãy tạo bằng &quot;portaldesk-cli portal init&quot; (%3).</translation>
    </message>
    <message>
        <source>%1 was not sent to %2: %3.</source>
        <translation>%1 chưa được gửi tới %2: %3.</translation>
    </message>
</context>
<context>
    <name>QuestionWorkflow</name>
    <message>
        <source>send to an agency</source>
        <translation>chuyển cơ quan trả lời</translation>
    </message>
    <message>
        <source>enter the answer</source>
        <translation>nhập câu trả lời</translation>
    </message>
    <message>
        <source>edit the answer</source>
        <translation>biên tập câu trả lời</translation>
    </message>
    <message>
        <source>submit for approval</source>
        <translation>trình duyệt</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>duyệt</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>đăng</translation>
    </message>
    <message>
        <source>return</source>
        <translation>trả lại</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>từ chối</translation>
    </message>
    <message>
        <source>merge into another question</source>
        <translation>gộp vào câu hỏi khác</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>không có thao tác nào</translation>
    </message>
    <message>
        <source>%1 may not %2 a question that is &quot;%3&quot;; allowed here: %4.</source>
        <translation>%1 không được phép %2 đối với câu hỏi đang ở trạng thái &quot;%3&quot;; thao tác được phép lúc này: %4.</translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>submit</source>
        <translation>trình</translation>
    </message>
    <message>
        <source>return</source>
        <translation>trả lại</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>duyệt</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>gỡ</translation>
    </message>
    <message>
        <source>Only gazette staff may %1 this.</source>
        <translation>Chỉ cán bộ Công báo mới được %1.</translation>
    </message>
    <message>
        <source>Only a chief editor may %1 this.</source>
        <translation>Chỉ lãnh đạo ban biên tập mới được %1.</translation>
    </message>
    <message>
        <source>Cannot %1 it: it is %2, and only what is %3 can be.</source>
        <translation>Không thể %1: đang ở trạng thái %2, chỉ mục ở trạng thái %3 mới được.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Thao tác không xác định.</translation>
    </message>
    <message>
        <source>Only digest staff may %1 this.</source>
        <translation>Chỉ cán bộ điểm báo mới được %1.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Reporter</source>
        <translation>Phóng viên</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Biên tập viên</translation>
    </message>
    <message>
        <source>Chief editor</source>
        <translation>Lãnh đạo ban biên tập</translation>
    </message>
    <message>
        <source>Press digest</source>
        <translation>Bản tin điểm báo</translation>
    </message>
    <message>
        <source>Official gazette</source>
        <translation>Công báo</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Citizens&apos; questions</source>
        <translation>Hỏi đáp</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;: use reporter, editor, chief_editor, digest, gazette, qa or admin.</source>
        <translation>Vai trò không xác định &apos;%1&apos;: hãy dùng reporter, editor, chief_editor, digest, gazette, qa hoặc admin.</translation>
    </message>
</context>
<context>
    <name>RoyaltyMonth</name>
    <message>
        <source>%1/%2</source>
        <comment>a month of payments: month/year, as in Tháng 7/2024</comment>
        <translation>Tháng %1/%2</translation>
    </message>
</context>
<context>
    <name>RoyaltySchedule</name>
    <message>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation>%1 thiếu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 is not text.</source>
        <translation>&quot;%2&quot; của %1 không phải là văn bản.</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 is not valid UTF-8 text.</source>
        <translation>&quot;%2&quot; của %1 không phải văn bản UTF-8 hợp lệ.</translation>
    </message>
    <message>
        <source>The schedule is larger than %1 MB; a royalty schedule is a few kilobytes.</source>
        <translation>Khung nhuận bút lớn hơn %1 MB; một khung nhuận bút chỉ vài kilobyte.</translation>
    </message>
    <message>
        <source>The schedule is not valid UTF-8 text (at byte %1); save it as UTF-8.</source>
        <translation>Khung nhuận bút không phải văn bản UTF-8 hợp lệ (tại byte %1); hãy lưu lại dưới dạng UTF-8.</translation>
    </message>
    <message>
        <source>The schedule is not valid JSON (at byte %1: %2).</source>
        <translation>Khung nhuận bút không phải JSON hợp lệ (tại byte %1: %2).</translation>
    </message>
    <message>
        <source>The schedule must be a JSON object; README, &quot;Royalties&quot;, shows its shape.</source>
        <translation>Khung nhuận bút phải là một đối tượng JSON; README, mục &quot;Royalties&quot;, trình bày cấu trúc của nó.</translation>
    </message>
    <message>
        <source>The schedule</source>
        <translation>Khung nhuận bút</translation>
    </message>
    <message>
        <source>&quot;signed_on&quot; is a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>&quot;signed_on&quot; là ngày dạng YYYY-MM-DD, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The schedule has no &quot;decision&quot;: the number of the document it comes from.</source>
        <translation>Khung nhuận bút thiếu &quot;decision&quot;: số hiệu văn bản ban hành khung.</translation>
    </message>
    <message>
        <source>The schedule has no &quot;unit_value&quot;: the value of one coefficient unit, from a date.</source>
        <translation>Khung nhuận bút thiếu &quot;unit_value&quot;: giá trị một đơn vị hệ số, kể từ một ngày.</translation>
    </message>
    <message>
        <source>unit_value %1</source>
        <translation>unit_value thứ %1</translation>
    </message>
    <message>
        <source>&quot;from&quot; of %1 is a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>&quot;from&quot; của %1 là ngày dạng YYYY-MM-DD, không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;dong&quot; of %1 must be a whole number of đồng above zero.</source>
        <translation>&quot;dong&quot; của %1 phải là số đồng nguyên lớn hơn 0.</translation>
    </message>
    <message>
        <source>Two unit values start on %1.</source>
        <translation>Có hai giá trị đơn vị hệ số cùng bắt đầu từ ngày %1.</translation>
    </message>
    <message>
        <source>The schedule has no &quot;categories&quot;: the genres and their ranges of coefficients.</source>
        <translation>Khung nhuận bút thiếu &quot;categories&quot;: các thể loại và khung hệ số của từng thể loại.</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>thể loại thứ %1</translation>
    </message>
    <message>
        <source>category &quot;%1&quot;</source>
        <translation>thể loại &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;kind&quot; of %1 is &quot;text&quot; or &quot;photo&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;kind&quot; của %1 là &quot;text&quot; hoặc &quot;photo&quot;, không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is not lower-case ASCII letters, digits and _.</source>
        <translation>Mã &quot;%1&quot; phải gồm chữ ASCII thường, chữ số và dấu _.</translation>
    </message>
    <message>
        <source>Two categories have the code &quot;%1&quot;.</source>
        <translation>Có hai thể loại cùng mã &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;remuneration&quot; must be a list.</source>
        <translation>&quot;remuneration&quot; phải là một danh sách.</translation>
    </message>
    <message>
        <source>a remuneration</source>
        <translation>một khoản thù lao</translation>
    </message>
    <message>
        <source>remuneration &quot;%1&quot;</source>
        <translation>khoản thù lao &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;percent&quot; of %1 is a number above 0 and at most 100.</source>
        <translation>&quot;percent&quot; của %1 là một số lớn hơn 0 và không quá 100.</translation>
    </message>
    <message>
        <source>The remuneration code &quot;%1&quot; is used twice or is reserved.</source>
        <translation>Mã thù lao &quot;%1&quot; bị dùng hai lần hoặc là mã dành riêng.</translation>
    </message>
    <message>
        <source>&quot;high_value&quot; needs &quot;max_percent&quot;, a number above 0.</source>
        <translation>&quot;high_value&quot; cần &quot;max_percent&quot;, một số lớn hơn 0.</translation>
    </message>
    <message>
        <source>&quot;dong&quot; of &quot;monthly_fund&quot; must be a whole number of đồng.</source>
        <translation>&quot;dong&quot; của &quot;monthly_fund&quot; phải là số đồng nguyên.</translation>
    </message>
    <message>
        <source>&quot;valid_until&quot; is a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>&quot;valid_until&quot; là ngày dạng YYYY-MM-DD, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 needs &quot;max&quot; (and may have &quot;min&quot;), numbers above zero with at most two decimals, min not above max.</source>
        <translation>%1 cần có &quot;max&quot; (và có thể có &quot;min&quot;), là các số lớn hơn 0, tối đa hai chữ số thập phân, min không lớn hơn max.</translation>
    </message>
    <message>
        <source>&quot;incentives&quot; must be a list.</source>
        <translation>&quot;incentives&quot; phải là một danh sách.</translation>
    </message>
    <message>
        <source>an incentive</source>
        <translation>một khoản hưởng thêm</translation>
    </message>
    <message>
        <source>incentive &quot;%1&quot;</source>
        <translation>khoản hưởng thêm &quot;%1&quot;</translation>
    </message>
    <message>
        <source>incentive &quot;%1&quot; needs &quot;max_percent&quot;, a number above 0.</source>
        <translation>khoản hưởng thêm &quot;%1&quot; cần &quot;max_percent&quot;, một số lớn hơn 0.</translation>
    </message>
    <message>
        <source>%1 needs &quot;threshold&quot; in whole đồng and &quot;rate&quot; between 0 and 1 (0.10 is 10 %).</source>
        <translation>%1 cần &quot;threshold&quot; là số đồng nguyên và &quot;rate&quot; từ 0 đến 1 (0.10 là 10 %).</translation>
    </message>
</context>
<context>
    <name>RoyaltyStatement</name>
    <message>
        <source>%1: graded under a schedule the newsroom no longer has.</source>
        <translation>%1: được chấm theo một khung nhuận bút toà soạn không còn lưu.</translation>
    </message>
    <message>
        <source>%1: %2 sets no unit value for %3 or has no category &quot;%4&quot;.</source>
        <translation>%1: %2 không quy định giá trị đơn vị hệ số cho ngày %3 hoặc không có thể loại &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Author</source>
        <comment>a royalty share</comment>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>A statement is written as .pdf, .ods, .csv or .odt, not &quot;%1&quot;.</source>
        <translation>Bảng thanh toán được ghi ra tệp .pdf, .ods, .csv hoặc .odt, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot render the statement as %1.</source>
        <translation>Không tạo được bảng thanh toán dạng %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>RoyaltyStore</name>
    <message>
        <source>Only chief editors and admins import royalty schedules.</source>
        <translation>Chỉ lãnh đạo ban biên tập và quản trị viên được nhập khung nhuận bút.</translation>
    </message>
    <message>
        <source>Royalty schedule %1 in the newsroom cannot be read: %2</source>
        <translation>Không đọc được khung nhuận bút %1 trong cơ sở dữ liệu toà soạn: %2</translation>
    </message>
    <message>
        <source>No royalty schedule has been imported yet: a chief editor imports the province&apos;s (portaldesk-cli royalty schedule import FILE).</source>
        <translation>Chưa nhập khung nhuận bút nào: lãnh đạo ban biên tập nhập khung của tỉnh (portaldesk-cli royalty schedule import TỆP).</translation>
    </message>
    <message>
        <source>Only chief editors and admins register contributors.</source>
        <translation>Chỉ lãnh đạo ban biên tập và quản trị viên được đăng ký cộng tác viên.</translation>
    </message>
    <message>
        <source>A contributor&apos;s code is 1 to 64 lower-case ASCII letters, digits, dots, dashes or underscores, like a login: &quot;%1&quot; is not.</source>
        <translation>Mã cộng tác viên gồm 1 đến 64 chữ ASCII thường, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, như tên đăng nhập: &quot;%1&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>A contributor needs a full name, in valid UTF-8 text.</source>
        <translation>Cộng tác viên cần có họ và tên, là văn bản UTF-8 hợp lệ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a user&apos;s login; a contributor needs a code of their own.</source>
        <translation>&quot;%1&quot; là tên đăng nhập của một người dùng; cộng tác viên cần một mã riêng.</translation>
    </message>
    <message>
        <source>No article has the id %1.</source>
        <translation>Không có bài viết nào mang mã %1.</translation>
    </message>
    <message>
        <source>“%1” is %2: only approved or published articles are graded.</source>
        <translation>“%1” đang ở trạng thái %2: chỉ bài đã duyệt hoặc đã đăng mới được chấm nhuận bút.</translation>
    </message>
    <message>
        <source>The royalties of %1 are closed; a chief editor reopens the month, with a reason, to change them.</source>
        <translation>%1 đã khoá sổ nhuận bút; muốn sửa, lãnh đạo ban biên tập mở lại tháng, kèm lý do.</translation>
    </message>
    <message>
        <source>Photo %1 is not in “%2”.</source>
        <translation>Ảnh %1 không có trong “%2”.</translation>
    </message>
    <message>
        <source>No photo has the id %1.</source>
        <translation>Không có ảnh nào mang mã %1.</translation>
    </message>
    <message>
        <source>%1 has no category &quot;%2&quot;; its categories for %3 are: %4.</source>
        <translation>%1 không có thể loại &quot;%2&quot;; các thể loại dành cho %3 là: %4.</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>bài viết</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>ảnh</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is for photos, not for an article&apos;s text.</source>
        <translation>&quot;%1&quot; (%2) dành cho ảnh, không dành cho phần chữ của bài.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is for an article&apos;s text, not for a photo.</source>
        <translation>&quot;%1&quot; (%2) dành cho phần chữ của bài, không dành cho ảnh.</translation>
    </message>
    <message>
        <source>The coefficient of %1 is from %2 to %3 (%4), not %5.</source>
        <translation>Hệ số của %1 từ %2 đến %3 (%4), không phải %5.</translation>
    </message>
    <message>
        <source>“%1” has no author in the newsroom; name who is paid with their shares.</source>
        <translation>“%1” không có tác giả trong toà soạn; hãy ghi rõ người nhận và tỷ lệ hưởng.</translation>
    </message>
    <message>
        <source>The photo&apos;s credit (“%1”) names no user or contributor of the newsroom; name the photographer with their share.</source>
        <translation>Dòng tác giả của ảnh (“%1”) không khớp với người dùng hay cộng tác viên nào của toà soạn; hãy ghi rõ người chụp và tỷ lệ hưởng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a user nor a registered contributor.</source>
        <translation>&quot;%1&quot; không phải người dùng, cũng không phải cộng tác viên đã đăng ký.</translation>
    </message>
    <message>
        <source>The share of %1 must be above zero.</source>
        <translation>Tỷ lệ của %1 phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>%1 is named twice.</source>
        <translation>%1 được ghi hai lần.</translation>
    </message>
    <message>
        <source>%1 pays no remuneration &quot;%2&quot;.</source>
        <translation>%1 không quy định khoản thù lao &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is at most %2 % of the work&apos;s royalty (%3).</source>
        <translation>%1 tối đa %2 % nhuận bút của tác phẩm (%3).</translation>
    </message>
    <message>
        <source>The authors&apos; shares add up to %1 %, not 100 %.</source>
        <translation>Tỷ lệ của các tác giả cộng lại là %1 %, phải đúng 100 %.</translation>
    </message>
    <message>
        <source>photo %1 </source>
        <translation>ảnh %1 </translation>
    </message>
    <message>
        <source>Only chief editors grade royalties.</source>
        <translation>Chỉ lãnh đạo ban biên tập được chấm nhuận bút.</translation>
    </message>
    <message>
        <source>The month of this article&apos;s royalties is closed.</source>
        <translation>Tháng tính nhuận bút của bài này đã khoá sổ.</translation>
    </message>
    <message>
        <source>Someone else changed this grade meanwhile; look at it again.</source>
        <translation>Trong lúc đó người khác đã sửa kết quả chấm này; hãy xem lại.</translation>
    </message>
    <message>
        <source>Only approved or published articles are graded.</source>
        <translation>Chỉ bài đã duyệt hoặc đã đăng mới được chấm nhuận bút.</translation>
    </message>
    <message>
        <source>That work has no grade.</source>
        <translation>Tác phẩm này chưa được chấm.</translation>
    </message>
    <message>
        <source>photo %1</source>
        <translation>ảnh %1</translation>
    </message>
    <message>
        <source>%1 — photo: %2</source>
        <translation>%1 — ảnh: %2</translation>
    </message>
    <message>
        <source>Only chief editors and admins see the royalty statements.</source>
        <translation>Chỉ lãnh đạo ban biên tập và quản trị viên được xem bảng thanh toán nhuận bút.</translation>
    </message>
    <message>
        <source>Only chief editors close and reopen royalty months.</source>
        <translation>Chỉ lãnh đạo ban biên tập được khoá sổ và mở lại tháng nhuận bút.</translation>
    </message>
    <message>
        <source>%1 is not over yet; a month is closed once its last work is published.</source>
        <translation>%1 chưa kết thúc; chỉ khoá sổ một tháng khi tác phẩm cuối cùng của tháng đã đăng.</translation>
    </message>
    <message>
        <source>Reopening a month needs a reason: say why its royalties change after closing.</source>
        <translation>Mở lại một tháng cần có lý do: hãy nói vì sao nhuận bút thay đổi sau khi khoá sổ.</translation>
    </message>
    <message>
        <source>The reason is not valid UTF-8 text; check the encoding of the terminal or script.</source>
        <translation>Lý do không phải văn bản UTF-8 hợp lệ; hãy kiểm tra bảng mã của cửa sổ dòng lệnh hoặc tập lệnh.</translation>
    </message>
    <message>
        <source>%1 is closed already.</source>
        <translation>%1 đã khoá sổ rồi.</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 chưa khoá sổ.</translation>
    </message>
    <message>
        <source>%1 pays no extra on top of a work&apos;s royalty.</source>
        <translation>%1 không quy định khoản hưởng thêm ngoài nhuận bút của tác phẩm.</translation>
    </message>
    <message>
        <source>The extra on top of a work&apos;s royalty is at most %1 % under %2.</source>
        <translation>Theo %2, khoản hưởng thêm ngoài nhuận bút của tác phẩm tối đa là %1 %.</translation>
    </message>
    <message>
        <source>%1 was in force until %2; a work published on %3 is paid under the schedule that replaced it: import it.</source>
        <translation>%1 chỉ có hiệu lực đến hết ngày %2; tác phẩm đăng ngày %3 được trả theo khung thay thế: hãy nhập khung đó.</translation>
    </message>
    <message>
        <source>%1 sets no unit value for %2.</source>
        <translation>%1 không quy định giá trị đơn vị hệ số cho ngày %2.</translation>
    </message>
    <message>
        <source>A contributor&apos;s name and unit may each hold at most %1 KB of text.</source>
        <translation>Họ tên và đơn vị của cộng tác viên mỗi mục chỉ được tối đa %1 KB.</translation>
    </message>
    <message>
        <source>The reason may hold at most %1 KB of text.</source>
        <translation>Lý do chỉ được tối đa %1 KB.</translation>
    </message>
</context>
<context>
    <name>RoyaltyText</name>
    <message>
        <source>%1 đ</source>
        <extracomment>an amount in đồng, grouped as the language groups it: 585.000 đ</extracomment>
        <translation>%1 đ</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <extracomment>a royalty category and the coefficients it allows: Tin (1–10)</extracomment>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a payee and their share: Nguyễn Minh Anh 100 %</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <extracomment>a payee, what they are paid for, and its percent: Phạm Văn Dũng (Biên tập) 10 %</extracomment>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>Royalty:</source>
        <translation>Nhuận bút:</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>chưa chấm</translation>
    </message>
    <message numerus="yes">
        <source>not graded (text and %n photo(s))</source>
        <translation>
            <numerusform>chưa chấm (phần chữ và %n ảnh)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 + %3</source>
        <translation>%1 × %2 + %3</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 — %2; %3</source>
        <extracomment>a graded work, its amount and who is paid: Tin × 3 — 702.000 đ; Nguyễn Minh Anh 100 %</extracomment>
        <translation>%1 — %2; %3</translation>
    </message>
    <message>
        <source>no unit value for %1</source>
        <translation>không có giá trị đơn vị hệ số cho ngày %1</translation>
    </message>
    <message>
        <source>text not graded</source>
        <translation>phần chữ chưa chấm</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Ảnh:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Ảnh:</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s), not graded</source>
        <translation>
            <numerusform>%n ảnh, chưa chấm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n graded — %2</source>
        <translation>
            <numerusform>đã chấm %1/%n ảnh — %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The sample articles are missing from this build.</source>
        <translation>Bản dựng này thiếu dữ liệu bài viết mẫu.</translation>
    </message>
    <message>
        <source>The sample articles are damaged: %1.</source>
        <translation>Dữ liệu bài viết mẫu bị hỏng: %1.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Type a word to search for.</source>
        <translation>Hãy nhập từ cần tìm.</translation>
    </message>
    <message>
        <source>Type a word to search for, not only words to leave out.</source>
        <translation>Hãy nhập từ cần tìm, không chỉ nhập các từ cần loại trừ.</translation>
    </message>
</context>
<context>
    <name>ServerOutcome</name>
    <message>
        <source>The server refused: you may not change %1 now.</source>
        <translation>Máy chủ từ chối: hiện bạn không được thay đổi %1.</translation>
    </message>
    <message>
        <source>%1 is no longer in the newsroom.</source>
        <translation>%1 không còn trong toà soạn.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; reopen it.</source>
        <translation>%1 vừa được người khác thay đổi; hãy mở lại.</translation>
    </message>
    <message>
        <source>%1 is in review or approved, and does not change now.</source>
        <translation>%1 đang chờ duyệt hoặc đã duyệt nên không thay đổi được.</translation>
    </message>
    <message>
        <source>%1 is already taken.</source>
        <translation>%1 đã được dùng.</translation>
    </message>
    <message>
        <source>%1 is too long for the newsroom.</source>
        <translation>%1 quá dài so với giới hạn của toà soạn.</translation>
    </message>
    <message>
        <source>Say why %1 is sent back or withdrawn.</source>
        <translation>Hãy nêu lý do trả lại hoặc gỡ %1.</translation>
    </message>
    <message>
        <source>The server did not accept %1 (%2).</source>
        <translation>Máy chủ không chấp nhận %1 (%2).</translation>
    </message>
    <message>
        <source>The server found %1 not valid and kept nothing of it.</source>
        <translation>Máy chủ thấy %1 không hợp lệ và không lưu gì.</translation>
    </message>
</context>
<context>
    <name>ServerRights</name>
    <message>
        <source>The server rights script is missing from this build.</source>
        <translation>Bản dựng này thiếu tệp lệnh phân quyền máy chủ.</translation>
    </message>
    <message>
        <source>%1 (while setting up the server&apos;s rights: %2)</source>
        <translation>%1 (khi thiết lập quyền trên máy chủ: %2)</translation>
    </message>
    <message>
        <source>Not connected to a PostgreSQL newsroom.</source>
        <translation>Chưa kết nối tới toà soạn PostgreSQL.</translation>
    </message>
    <message>
        <source>Cannot hash the password: %1</source>
        <translation>Không băm được mật khẩu: %1</translation>
    </message>
</context>
<context>
    <name>ServerWrites</name>
    <message>
        <source>The server refused the comment: %1 is not an active user of this newsroom.</source>
        <translation>Máy chủ từ chối ý kiến: %1 không phải người dùng đang hoạt động của toà soạn này.</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The password library (libsodium) could not start.</source>
        <translation>Không khởi động được thư viện mật khẩu (libsodium).</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Không đủ bộ nhớ để băm mật khẩu.</translation>
    </message>
    <message>
        <source>The login &apos;%1&apos; is not valid: use 2 to 63 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Tên đăng nhập &apos;%1&apos; không hợp lệ: hãy dùng từ 2 đến 63 ký tự gồm chữ thường không dấu, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;, bắt đầu bằng một chữ cái.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>Người dùng phải có ít nhất một vai trò.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 4 characters.</source>
        <translation>Mật khẩu quá ngắn: hãy dùng ít nhất 4 ký tự.</translation>
    </message>
    <message>
        <source>Only an administrator may add users.</source>
        <translation>Chỉ quản trị viên mới được thêm người dùng.</translation>
    </message>
    <message>
        <source>A user with the login &apos;%1&apos; already exists.</source>
        <translation>Đã có người dùng mang tên đăng nhập &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No user has the login &apos;%1&apos;.</source>
        <translation>Không có người dùng nào mang tên đăng nhập &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Wrong login or password for &apos;%1&apos;.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu của &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is disabled.</source>
        <translation>Tài khoản &apos;%1&apos; đã bị vô hiệu hoá.</translation>
    </message>
    <message>
        <source>The server already has a role &apos;%1&apos; that PortalDesk did not make; choose another login.</source>
        <translation>Máy chủ đã có vai trò &apos;%1&apos; không do PortalDesk tạo; hãy chọn tên đăng nhập khác.</translation>
    </message>
    <message>
        <source>Only an administrator may disable users.</source>
        <translation>Chỉ quản trị viên mới được vô hiệu hoá người dùng.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may sign in to the server but is not a user of this newsroom.</source>
        <translation>&apos;%1&apos; đăng nhập được vào máy chủ nhưng không phải người dùng của toà soạn này.</translation>
    </message>
    <message>
        <source>The server refused the login &apos;%1&apos; or its roles.</source>
        <translation>Máy chủ không chấp nhận tên đăng nhập &apos;%1&apos; hoặc vai trò của nó.</translation>
    </message>
</context>
<context>
    <name>WebText</name>
    <message numerus="yes">
        <source>%n byte sequence(s) not valid %1 replaced with �</source>
        <translation>
            <numerusform>đã thay %n chuỗi byte không hợp lệ trong %1 bằng �</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordPressClient</name>
    <message>
        <source>the answer is not WordPress&apos;s JSON (HTTP %1)</source>
        <translation>câu trả lời không phải JSON của WordPress (HTTP %1)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Cannot reach the WordPress site %1: %2</source>
        <translation>Không kết nối được trang WordPress %1: %2</translation>
    </message>
    <message>
        <source>WordPress at %1 refused the login of %2: check the user name and its Application Password (in WordPress: Users, Profile, Application Passwords).</source>
        <translation>WordPress tại %1 từ chối đăng nhập của %2: hãy kiểm tra tên người dùng và Mật khẩu ứng dụng (trong WordPress: Thành viên, Hồ sơ, Mật khẩu ứng dụng).</translation>
    </message>
    <message>
        <source>WordPress at %1 does not allow %2 to do this: %3</source>
        <translation>WordPress tại %1 không cho phép %2 làm việc này: %3</translation>
    </message>
    <message>
        <source>WordPress at %1 answered %2: %3</source>
        <translation>WordPress tại %1 trả lời %2: %3</translation>
    </message>
    <message>
        <source>%1 does not answer as a WordPress site: no REST API (wp/v2) at /wp-json/ or ?rest_route=/.</source>
        <translation>%1 không trả lời như một trang WordPress: không có REST API (wp/v2) tại /wp-json/ hay ?rest_route=/.</translation>
    </message>
    <message>
        <source>The WordPress user %1 at %2 may not publish and edit others&apos; posts: give it the Editor or Administrator role.</source>
        <translation>Người dùng WordPress %1 tại %2 không được đăng và sửa bài của người khác: hãy cấp vai trò Biên tập viên hoặc Quản trị viên.</translation>
    </message>
</context>
<context>
    <name>WordPressSite</name>
    <message>
        <source>The WordPress address &apos;%1&apos; is not valid: use https://USER@site.example/.</source>
        <translation>Địa chỉ WordPress &apos;%1&apos; không hợp lệ: hãy dùng https://NGƯỜI_DÙNG@site.example/.</translation>
    </message>
    <message>
        <source>Do not put a password in the WordPress address; set PORTALDESK_PORTAL_PASSWORD to the user&apos;s Application Password.</source>
        <translation>Đừng ghi mật khẩu vào địa chỉ WordPress; hãy đặt PORTALDESK_PORTAL_PASSWORD là Mật khẩu ứng dụng của người dùng.</translation>
    </message>
    <message>
        <source>The WordPress address &apos;%1&apos; names no user: use https://USER@site.example/, USER being the WordPress user whose Application Password the sync signs in with.</source>
        <translation>Địa chỉ WordPress &apos;%1&apos; không nêu người dùng: hãy dùng https://NGƯỜI_DÙNG@site.example/, NGƯỜI_DÙNG là người dùng WordPress có Mật khẩu ứng dụng mà việc đồng bộ dùng để đăng nhập.</translation>
    </message>
    <message>
        <source>The WordPress address &apos;%1&apos; must be the site&apos;s address, without ? or #.</source>
        <translation>Địa chỉ WordPress &apos;%1&apos; phải là địa chỉ của trang, không có ? hay #.</translation>
    </message>
</context>
<context>
    <name>WordPressSync</name>
    <message>
        <source>WordPress at %1 has no category %2 (the mapping&apos;s for %3).</source>
        <translation>WordPress tại %1 không có chuyên mục %2 (theo tệp ánh xạ cho %3).</translation>
    </message>
    <message>
        <source>%1: deleted on the portal (WordPress post %2); not brought back. Use --overwrite to publish it again as a new post.</source>
        <translation>%1: đã bị xóa trên cổng (bài WordPress %2); không đưa lại. Dùng --overwrite để đăng lại thành bài mới.</translation>
    </message>
    <message>
        <source>%1: in the portal&apos;s trash (WordPress post %2); not brought back. Use --overwrite to restore it.</source>
        <translation>%1: đang trong thùng rác của cổng (bài WordPress %2); không đưa lại. Dùng --overwrite để khôi phục.</translation>
    </message>
    <message>
        <source>%1: changed on the portal since the last sync; not overwritten.</source>
        <translation>%1: đã bị sửa trên cổng từ lần đồng bộ trước; không ghi đè.</translation>
    </message>
    <message>
        <source>%1: deleted on the portal while the sync ran; not brought back.</source>
        <translation>%1: bị xóa trên cổng trong khi đang đồng bộ; không đưa lại.</translation>
    </message>
    <message>
        <source>The article %1 is not on the portal %2.</source>
        <translation>Bài %1 không có trên cổng %2.</translation>
    </message>
    <message>
        <source>The article %1 was deleted on the portal %2.</source>
        <translation>Bài %1 đã bị xóa trên cổng %2.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>edit</source>
        <translation>sửa</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>gửi biên tập</translation>
    </message>
    <message>
        <source>forward for approval</source>
        <translation>chuyển duyệt</translation>
    </message>
    <message>
        <source>return</source>
        <translation>trả lại</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>duyệt</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>đăng</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>hẹn giờ đăng</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>gỡ</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>lưu trữ</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>không có thao tác nào</translation>
    </message>
    <message>
        <source>%1 may not %2 an article that is &quot;%3&quot;; allowed here: %4.</source>
        <translation>%1 không được phép %2 bài viết đang ở trạng thái &quot;%3&quot;; thao tác được phép lúc này: %4.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PortalDesk, the editorial desk of a provincial e-portal.</source>
        <translation>PortalDesk, phần mềm biên tập của Cổng Thông tin điện tử tỉnh.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Language of the interface: vi or en.</source>
        <translation>Ngôn ngữ giao diện: vi hoặc en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ngôn-ngữ</translation>
    </message>
    <message>
        <source>Show the window, save a PNG of it to &lt;file&gt;, and quit.</source>
        <translation>Hiện cửa sổ, lưu ảnh PNG của cửa sổ vào &lt;tệp&gt; rồi thoát.</translation>
    </message>
    <message>
        <source>Cannot open the newsroom</source>
        <translation>Không mở được cơ sở dữ liệu toà soạn</translation>
    </message>
    <message>
        <source>Open the newsroom &lt;url&gt; (a file, sqlite:PATH or postgresql://[user@]host[:port]/dbname) instead of the embedded one.</source>
        <translation>Mở cơ sở dữ liệu toà soạn &lt;url&gt; (một tệp, sqlite:PATH hoặc postgresql://[user@]host[:port]/dbname) thay cho cơ sở dữ liệu toà soạn tích hợp sẵn.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Sign in as &lt;login&gt; without the dialog; the password comes from PORTALDESK_PASSWORD.</source>
        <translation>Đăng nhập bằng &lt;login&gt; không qua hộp thoại; mật khẩu lấy từ PORTALDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>Open the article &lt;id&gt; for editing.</source>
        <translation>Mở bài viết &lt;id&gt; để sửa.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Demo newsroom</source>
        <translation>Tòa soạn mẫu</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>Không đăng nhập được</translation>
    </message>
    <message>
        <source>--screenshot needs --user LOGIN and PORTALDESK_PASSWORD.</source>
        <translation>--screenshot cần --user LOGIN và PORTALDESK_PASSWORD.</translation>
    </message>
</context>
</TS>
