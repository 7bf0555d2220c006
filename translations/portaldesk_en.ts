<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArticleActions</name>
    <message numerus="yes">
        <source>%n photo(s) of the article have no caption or no credit; give each its caption and its credit (“Ảnh: …”) before you %1 it.</source>
        <translation>
            <numerusform>%n photo of the article has no caption or no credit; give it its caption and its credit (“Ảnh: …”) before you %1 it.</numerusform>
            <numerusform>%n photos of the article have no caption or no credit; give each its caption and its credit (“Ảnh: …”) before you %1 it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message numerus="yes">
        <source>Published %n scheduled article(s).</source>
        <translation>
            <numerusform>Published %n scheduled article.</numerusform>
            <numerusform>Published %n scheduled articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s).</source>
        <translation>
            <numerusform>Added %n article.</numerusform>
            <numerusform>Added %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the structure is in order (%n Điều).</source>
        <translation>
            <numerusform>%1: the structure is in order (%n Điều).</numerusform>
            <numerusform>%1: the structure is in order (%n Điều).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n feed(s).</source>
        <translation>
            <numerusform>Added %n feed.</numerusform>
            <numerusform>Added %n feeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok	%1: %n new item(s)</source>
        <translation>
            <numerusform>ok	%1: %n new item</numerusform>
            <numerusform>ok	%1: %n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 feeds fetched, %n new item(s).</source>
        <translation>
            <numerusform>%1 of %2 feeds fetched, %n new item.</numerusform>
            <numerusform>%1 of %2 feeds fetched, %n new items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n story(ies).</source>
        <translation>
            <numerusform>Wrote %1: %n story.</numerusform>
            <numerusform>Wrote %1: %n stories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Corrected the publication date of %n article(s) to their first publication.</source>
        <translation>
            <numerusform>Corrected the publication date of %n article to its first publication.</numerusform>
            <numerusform>Corrected the publication date of %n articles to their first publication.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>portaldesk-cli: note: the document&apos;s own heading (%n line(s): number, motto, type and summary) was left out; the Công báo prints it from the metadata.</source>
        <translation>
            <numerusform>portaldesk-cli: note: the document&apos;s own heading (%n line: number, motto, type and summary) was left out; the Công báo prints it from the metadata.</numerusform>
            <numerusform>portaldesk-cli: note: the document&apos;s own heading (%n lines: number, motto, type and summary) was left out; the Công báo prints it from the metadata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Citizens&apos; questions: %n answer(s) published.</source>
        <translation>
            <numerusform>Citizens&apos; questions: %n answer published.</numerusform>
            <numerusform>Citizens&apos; questions: %n answers published.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s) from the portal</source>
        <translation>
            <numerusform>%n new question from the portal</numerusform>
            <numerusform>%n new questions from the portal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n deleted there</source>
        <translation>
            <numerusform>; %n deleted there</numerusform>
            <numerusform>; %n deleted there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asker(s)&apos; contact details erased</source>
        <translation>
            <numerusform>%n asker&apos;s contact details erased</numerusform>
            <numerusform>%n askers&apos; contact details erased</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo article(s) and the users chief, editor, reporter, digest, gazette, qa and admin (password &quot;demo&quot;).</source>
        <translation>
            <numerusform>Added %n demo article and the users chief, editor, reporter, digest, gazette, qa and admin (password &quot;demo&quot;).</numerusform>
            <numerusform>Added %n demo articles and the users chief, editor, reporter, digest, gazette, qa and admin (password &quot;demo&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo citizens&apos; question(s), from just received to published.</source>
        <translation>
            <numerusform>Added %n demo citizens&apos; question, from just received to published.</numerusform>
            <numerusform>Added %n demo citizens&apos; questions, from just received to published.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GazettePrint</name>
    <message numerus="yes">
        <source>%1 has %n structure problem(s), the first on line %2: %3</source>
        <translation>
            <numerusform>%1 has %n structure problem, the first on line %2: %3</numerusform>
            <numerusform>%1 has %n structure problems, the first on line %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegalStructureParser</name>
    <message numerus="yes">
        <source>Chương numbered in Arabic numerals, as older drafting did (%n time(s)); Decree 30 writes Roman numerals.</source>
        <translation>
            <numerusform>Chương numbered in Arabic numerals, as older drafting did (%n time); Decree 30 writes Roman numerals.</numerusform>
            <numerusform>Chương numbered in Arabic numerals, as older drafting did (%n times); Decree 30 writes Roman numerals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;Điều&quot; without a full stop after its number, as older drafting did (%n time(s)); Decree 30 writes &quot;Điều 1.&quot;.</source>
        <translation>
            <numerusform>&quot;Điều&quot; without a full stop after its number, as older drafting did (%n time); Decree 30 writes &quot;Điều 1.&quot;.</numerusform>
            <numerusform>&quot;Điều&quot; without a full stop after its number, as older drafting did (%n times); Decree 30 writes &quot;Điều 1.&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;Điều 1:&quot; or &quot;Điều 1-&quot; (%n time(s)); Decree 30 writes &quot;Điều 1.&quot;.</source>
        <translation>
            <numerusform>&quot;Điều 1:&quot; or &quot;Điều 1-&quot; (%n time); Decree 30 writes &quot;Điều 1.&quot;.</numerusform>
            <numerusform>&quot;Điều 1:&quot; or &quot;Điều 1-&quot; (%n times); Decree 30 writes &quot;Điều 1.&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Khoản numbered &quot;1)&quot; (%n time(s)); Decree 30 writes &quot;1.&quot;.</source>
        <translation>
            <numerusform>Khoản numbered &quot;1)&quot; (%n time); Decree 30 writes &quot;1.&quot;.</numerusform>
            <numerusform>Khoản numbered &quot;1)&quot; (%n times); Decree 30 writes &quot;1.&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Khoản without the full stop after its number (%n time(s)); Decree 30 writes &quot;1.&quot;.</source>
        <translation>
            <numerusform>Khoản without the full stop after its number (%n time); Decree 30 writes &quot;1.&quot;.</numerusform>
            <numerusform>Khoản without the full stop after its number (%n times); Decree 30 writes &quot;1.&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Điểm written &quot;a.&quot; (%n time(s)); Decree 30 writes &quot;a)&quot;.</source>
        <translation>
            <numerusform>Điểm written &quot;a.&quot; (%n time); Decree 30 writes &quot;a)&quot;.</numerusform>
            <numerusform>Điểm written &quot;a.&quot; (%n times); Decree 30 writes &quot;a)&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Models::FeedFetcher</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>larger than %n MB; not read</source>
        <translation>
            <numerusform>larger than %n MB; not read</numerusform>
            <numerusform>larger than %n MB; not read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>still arriving after %n second(s); stopped</source>
        <translation>
            <numerusform>still arriving after %n second; stopped</numerusform>
            <numerusform>still arriving after %n seconds; stopped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) without title or text skipped</source>
        <translation>
            <numerusform>%n item without title or text skipped</numerusform>
            <numerusform>%n items without title or text skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::DigestWindow</name>
    <message numerus="yes">
        <source>Added %n feed(s).</source>
        <translation>
            <numerusform>Added %n feed.</numerusform>
            <numerusform>Added %n feeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n feed(s)…</source>
        <translation>
            <numerusform>Fetching %n feed…</numerusform>
            <numerusform>Fetching %n feeds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n outlet(s))</source>
        <translation>
            <numerusform>%1 (%n outlet)</numerusform>
            <numerusform>%1 (%n outlets)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::FindReplaceBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::GazetteWindow</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::MainWindow</name>
    <message numerus="yes">
        <source>Published %n scheduled article(s).</source>
        <translation>
            <numerusform>Published %n scheduled article.</numerusform>
            <numerusform>Published %n scheduled articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match &quot;%1&quot;, best first.</source>
        <translation>
            <numerusform>%n article matches &quot;%1&quot;, best first.</numerusform>
            <numerusform>%n articles match &quot;%1&quot;, best first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added to the library; the article they were for is no longer open.</source>
        <translation>
            <numerusform>%n photo added to the library; the article it was for is no longer open.</numerusform>
            <numerusform>%n photos added to the library; the article they were for is no longer open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match &quot;%1&quot; as typed</source>
        <translation>
            <numerusform>%n article matches &quot;%1&quot; as typed</numerusform>
            <numerusform>%n articles match &quot;%1&quot; as typed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>below them, %n with its words only near each other or apart.</source>
        <translation>
            <numerusform>below it, %n with its words only near each other or apart.</numerusform>
            <numerusform>below them, %n with its words only near each other or apart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s) came from the portal.</source>
        <translation>
            <numerusform>%n new question came from the portal.</numerusform>
            <numerusform>%n new questions came from the portal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::PhotoLibraryPanel</name>
    <message numerus="yes">
        <source>%n photo(s) shown, more as you scroll</source>
        <translation>
            <numerusform>%n photo shown, more as you scroll</numerusform>
            <numerusform>%n photos shown, more as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n photo(s)…</source>
        <translation>
            <numerusform>Reading %n photo…</numerusform>
            <numerusform>Reading %n photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added. These files were not:</source>
        <translation>
            <numerusform>%n photo added. These files were not:</numerusform>
            <numerusform>%n photos added. These files were not:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::PublicationCalendar</name>
    <message numerus="yes">
        <source>%n article(s) scheduled</source>
        <translation>
            <numerusform>%n article scheduled</numerusform>
            <numerusform>%n articles scheduled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::QuestionAssignDialog</name>
    <message numerus="yes">
        <source>%n working day(s) from today.</source>
        <translation>
            <numerusform>%n working day from today.</numerusform>
            <numerusform>%n working days from today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::QuestionPane</name>
    <message numerus="yes">
        <source>Answered on %1, %n working day(s) late (due %2).</source>
        <translation>
            <numerusform>Answered on %1, %n working day late (due %2).</numerusform>
            <numerusform>Answered on %1, %n working days late (due %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s): the agency&apos;s answer was due %1.</source>
        <translation>
            <numerusform>Overdue by %n working day: the agency&apos;s answer was due %1.</numerusform>
            <numerusform>Overdue by %n working days: the agency&apos;s answer was due %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due %1: %n working day(s) left.</source>
        <translation>
            <numerusform>Due %1: %n working day left.</numerusform>
            <numerusform>Due %1: %n working days left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::QuestionsWindow</name>
    <message numerus="yes">
        <source>The first %n question(s); more as the list scrolls.</source>
        <translation>
            <numerusform>The first %n question; more as the list scrolls.</numerusform>
            <numerusform>The first %n questions; more as the list scrolls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s).</source>
        <translation>
            <numerusform>%n question.</numerusform>
            <numerusform>%n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n overdue</source>
        <translation>
            <numerusform>%1 — %n overdue</numerusform>
            <numerusform>%1 — %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::RevisionDiffView</name>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n word added</numerusform>
            <numerusform>%n words added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>%n word removed</numerusform>
            <numerusform>%n words removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalDesk::Widgets::SyncPanel</name>
    <message numerus="yes">
        <source>%n article(s) waiting for the portal</source>
        <translation>
            <numerusform>%n article waiting for the portal</numerusform>
            <numerusform>%n articles waiting for the portal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Công báo: %n issue(s).</source>
        <translation>
            <numerusform>Công báo: %n issue.</numerusform>
            <numerusform>Công báo: %n issues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoyaltyText</name>
    <message numerus="yes">
        <source>not graded (text and %n photo(s))</source>
        <translation>
            <numerusform>not graded (text and %n photo)</numerusform>
            <numerusform>not graded (text and %n photos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s), not graded</source>
        <translation>
            <numerusform>%n photo, not graded</numerusform>
            <numerusform>%n photos, not graded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n graded — %2</source>
        <translation>
            <numerusform>%1 of %n photo graded — %2</numerusform>
            <numerusform>%1 of %n photos graded — %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebText</name>
    <message numerus="yes">
        <source>%n byte sequence(s) not valid %1 replaced with �</source>
        <translation>
            <numerusform>%n byte sequence not valid %1 replaced with �</numerusform>
            <numerusform>%n byte sequences not valid %1 replaced with �</numerusform>
        </translation>
    </message>
</context>
</TS>
