-- PortalDesk's reference portal schema (PostgreSQL). Created by
-- `portaldesk-cli portal init --portal postgresql://…`; safe to run again.
CREATE TABLE IF NOT EXISTS portal_articles (
    uuid TEXT PRIMARY KEY,            -- the newsroom article's stable id
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL,          -- md4c-html, exactly as the editor previews it
    section TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    published_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('published', 'withdrawn')),
    content_hash TEXT NOT NULL        -- SHA-256 of what PortalDesk wrote; tells portal-side edits
);
CREATE INDEX IF NOT EXISTS portal_articles_by_published ON portal_articles(status, published_at DESC);

-- The Công báo: each approved issue with its PDF (in pdf, or in pdf_file
-- when the mapping sends PDFs to a folder) and its table of contents.
CREATE TABLE IF NOT EXISTS portal_gazette_issues (
    uuid TEXT PRIMARY KEY,            -- the newsroom issue's stable id
    year INTEGER NOT NULL,
    number INTEGER NOT NULL,
    last_number INTEGER NOT NULL,     -- a combined issue "Số 15 + 16": 15 and 16
    title TEXT NOT NULL,              -- "Số 15 + 16"
    published_on DATE NOT NULL,
    pages INTEGER NOT NULL,
    pdf BYTEA,
    pdf_file TEXT,
    status TEXT NOT NULL CHECK (status IN ('published', 'withdrawn')),
    updated_at TIMESTAMPTZ NOT NULL,
    content_hash TEXT NOT NULL        -- BLAKE2b-256 of the PDF
);
CREATE TABLE IF NOT EXISTS portal_gazette_documents (
    issue_uuid TEXT NOT NULL REFERENCES portal_gazette_issues(uuid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    uuid TEXT NOT NULL,               -- the newsroom document's stable id
    doc_type TEXT NOT NULL,           -- "Quyết định"
    symbol TEXT NOT NULL,             -- "15/2022/QĐ-UBND"
    issuer TEXT NOT NULL,
    signed_on DATE NOT NULL,
    summary TEXT NOT NULL,            -- trích yếu
    page INTEGER NOT NULL,            -- where it starts in the PDF
    PRIMARY KEY (issue_uuid, position)
);

-- The daily press digest, approved: its HTML as the internal page shows it.
CREATE TABLE IF NOT EXISTS portal_digests (
    uuid TEXT PRIMARY KEY,            -- the newsroom digest's stable id
    day DATE NOT NULL,
    title TEXT NOT NULL,
    html TEXT,
    status TEXT NOT NULL CHECK (status IN ('published', 'withdrawn')),
    updated_at TIMESTAMPTZ NOT NULL,
    content_hash TEXT NOT NULL        -- BLAKE2b-256 of the HTML
);

-- Photos (schema of 2026-12): the lead photo's id on the article, and the
-- renditions of every photo an article shows, written with the article in
-- one transaction and removed when it is withdrawn. body_html names them by
-- the mapping's media_url ("/media/{id}-{rendition}.{ext}" here): the
-- portal serves file_name from these rows. The bytes are PortalDesk's
-- renditions, without EXIF, XMP or GPS.
ALTER TABLE portal_articles ADD COLUMN IF NOT EXISTS lead_photo TEXT NOT NULL DEFAULT '';
CREATE TABLE IF NOT EXISTS portal_media (
    article_uuid TEXT NOT NULL,       -- portal_articles.uuid
    media_uuid TEXT NOT NULL,         -- the newsroom photo's stable id
    rendition TEXT NOT NULL CHECK (rendition IN ('web', 'thumb')),
    position INTEGER NOT NULL,        -- order in the body, from 1; 0 for a lead photo the body does not show
    is_lead BOOLEAN NOT NULL,
    file_name TEXT NOT NULL,          -- the address body_html gives it
    mime_type TEXT NOT NULL,          -- image/jpeg, or image/png for a picture with transparency
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    caption TEXT NOT NULL,            -- as the article gives it
    credit TEXT NOT NULL,
    alt TEXT NOT NULL,
    content_hash TEXT NOT NULL,       -- SHA-256 of content
    content BYTEA NOT NULL,
    PRIMARY KEY (article_uuid, media_uuid, rendition)
);
CREATE INDEX IF NOT EXISTS portal_media_by_file ON portal_media(file_name);

-- Citizens' questions (hỏi đáp). The portal's public form INSERTs one row
-- per question with status 'new' and uuid a fresh UUID; it never updates
-- it. `portaldesk-cli qa pull` (and the desk, every few minutes) takes the
-- new rows into the newsroom, then blanks asker_email, asker_phone and
-- asker_address and sets status 'received': the asker's contact details
-- stay in the newsroom only (Nghị định 13/2023/NĐ-CP). A row PortalDesk
-- cannot take (no title or text, too long) is set 'refused'. To throw a
-- question away as spam, the portal sets status 'spam' or deletes the row;
-- the newsroom marks it, and keeps it.
CREATE TABLE IF NOT EXISTS portal_questions (
    uuid TEXT PRIMARY KEY,
    asker_name TEXT NOT NULL,         -- as the asker wants to be named
    asker_email TEXT NOT NULL DEFAULT '',
    asker_phone TEXT NOT NULL DEFAULT '',
    asker_address TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',   -- lĩnh vực, as the form offers it
    submitted_at TIMESTAMPTZ NOT NULL,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'received', 'refused', 'spam'))
);
CREATE INDEX IF NOT EXISTS portal_questions_new ON portal_questions(submitted_at, uuid) WHERE status = 'new';

-- The answers PortalDesk publishes, one row per question, written whole by
-- the sync: the question as published (edited, naming the asker only as
-- asker_shown says) and the answer's HTML, sanitised.
CREATE TABLE IF NOT EXISTS portal_answers (
    question_uuid TEXT PRIMARY KEY,   -- portal_questions.uuid
    title TEXT NOT NULL,
    question TEXT NOT NULL,           -- the question as published
    asker TEXT NOT NULL DEFAULT '',   -- the asker as named there
    field TEXT NOT NULL DEFAULT '',
    answer_html TEXT NOT NULL,
    agency TEXT NOT NULL,             -- who answered
    letter TEXT NOT NULL DEFAULT '',  -- the agency's official letter, "Công văn số …"
    answered_at DATE,
    published_at TIMESTAMPTZ NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('published', 'withdrawn')),
    content_hash TEXT NOT NULL        -- BLAKE2b-256 of what PortalDesk wrote
);
CREATE INDEX IF NOT EXISTS portal_answers_by_published ON portal_answers(status, published_at DESC);
