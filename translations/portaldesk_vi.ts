<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
        <source>Someone saved this article after you opened it (now version %1, yours was %2); nothing was overwritten.</source>
        <translation>Đã có người lưu bài viết này sau khi bạn mở (nay là phiên bản %1, bản của bạn dựa trên phiên bản %2); không có gì bị ghi đè.</translation>
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
        <source>Select an article in the list to open it.</source>
        <translation>Chọn một bài viết trong danh sách để mở.</translation>
    </message>
    <message>
        <source>no section</source>
        <translation>chưa có chuyên mục</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>chưa rõ tác giả</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · version %4 · saved %5</source>
        <extracomment>state · section · author · version · last saved</extracomment>
        <translation>%1 · %2 · %3 · phiên bản %4 · lưu lúc %5</translation>
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
        <source>&amp;Reload List</source>
        <translation>&amp;Tải lại danh sách</translation>
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
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n bài viết</numerusform>
        </translation>
    </message>
    <message>
        <source>Newsroom: %1 — %2</source>
        <translation>Toà soạn: %1 — %2</translation>
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
        <source>Editorial Desk [*]</source>
        <extracomment>Window title; Qt appends &quot; — PortalDesk&quot;. [*] marks unsaved changes.</extracomment>
        <translation>Bàn biên tập [*]</translation>
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
    <name>cli</name>
    <message>
        <source>Newsroom %1 is ready (schema version %2).</source>
        <translation>Cơ sở dữ liệu toà soạn %1 đã sẵn sàng (lược đồ phiên bản %2).</translation>
    </message>
    <message>
        <source>Work with a PortalDesk newsroom from the command line.

Commands:
  init              create the newsroom, or bring it to the current schema
  article list      list the articles: id, state, title (newest first)</source>
        <translation>Làm việc với cơ sở dữ liệu toà soạn PortalDesk từ dòng lệnh.

Các lệnh:
  init              tạo cơ sở dữ liệu toà soạn, hoặc cập nhật lên lược đồ hiện hành
  article list      liệt kê bài viết: mã, trạng thái, tiêu đề (mới nhất trước)</translation>
    </message>
    <message>
        <source>The newsroom file; default: the embedded newsroom.</source>
        <translation>Tệp cơ sở dữ liệu toà soạn; mặc định: toà soạn nhúng trên máy này.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
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
        <source>article list: only articles in &lt;state&gt;.</source>
        <translation>article list: chỉ các bài viết ở &lt;trạng-thái&gt;.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>trạng-thái</translation>
    </message>
    <message>
        <source>init, article list</source>
        <translation>init hoặc article list</translation>
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
        <source>Unknown state &apos;%1&apos;.</source>
        <translation>Trạng thái không xác định &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PortalDesk, the editorial desk of a provincial e-portal.</source>
        <translation>PortalDesk, phần mềm biên tập của Cổng Thông tin điện tử tỉnh.</translation>
    </message>
    <message>
        <source>Open the newsroom in &lt;file&gt; instead of the embedded one.</source>
        <translation>Mở cơ sở dữ liệu toà soạn trong &lt;tệp&gt; thay cho toà soạn nhúng.</translation>
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
        <source>Sample articles</source>
        <translation>Bài viết mẫu</translation>
    </message>
</context>
</TS>
