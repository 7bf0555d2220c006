-- PortalDesk's reference portal schema (SQLite). Created by
-- `portaldesk-cli portal init --portal sqlite:PATH`; safe to run again.
CREATE TABLE IF NOT EXISTS portal_articles (
    uuid TEXT PRIMARY KEY,            -- the newsroom article's stable id
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL,          -- md4c-html, exactly as the editor previews it
    section TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    published_at TEXT NOT NULL,       -- ISO 8601, UTC
    updated_at TEXT NOT NULL,         -- ISO 8601, UTC
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
    published_on TEXT NOT NULL,       -- YYYY-MM-DD
    pages INTEGER NOT NULL,
    pdf BLOB,
    pdf_file TEXT,
    status TEXT NOT NULL CHECK (status IN ('published', 'withdrawn')),
    updated_at TEXT NOT NULL,         -- ISO 8601, UTC
    content_hash TEXT NOT NULL        -- BLAKE2b-256 of the PDF
);
CREATE TABLE IF NOT EXISTS portal_gazette_documents (
    issue_uuid TEXT NOT NULL REFERENCES portal_gazette_issues(uuid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    uuid TEXT NOT NULL,               -- the newsroom document's stable id
    doc_type TEXT NOT NULL,           -- "Quyết định"
    symbol TEXT NOT NULL,             -- "15/2022/QĐ-UBND"
    issuer TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    summary TEXT NOT NULL,            -- trích yếu
    page INTEGER NOT NULL,            -- where it starts in the PDF
    PRIMARY KEY (issue_uuid, position)
);

-- The daily press digest, approved: its HTML as the internal page shows it.
CREATE TABLE IF NOT EXISTS portal_digests (
    uuid TEXT PRIMARY KEY,            -- the newsroom digest's stable id
    day TEXT NOT NULL,                -- YYYY-MM-DD
    title TEXT NOT NULL,
    html TEXT,
    status TEXT NOT NULL CHECK (status IN ('published', 'withdrawn')),
    updated_at TEXT NOT NULL,         -- ISO 8601, UTC
    content_hash TEXT NOT NULL        -- BLAKE2b-256 of the HTML
);

-- Photos (schema of 2026-12): the lead photo's id on the article, and the
-- renditions of every photo an article shows, written with the article in
-- one transaction and removed when it is withdrawn. body_html names them by
-- the mapping's media_url ("/media/{id}-{rendition}.{ext}" here): the
-- portal serves file_name from these rows. The bytes are PortalDesk's
-- renditions, without EXIF, XMP or GPS.
-- (SQLite has no ADD COLUMN IF NOT EXISTS: `portal init` passes over this
-- statement when the column is there.)
ALTER TABLE portal_articles ADD COLUMN lead_photo TEXT NOT NULL DEFAULT '';
CREATE TABLE IF NOT EXISTS portal_media (
    article_uuid TEXT NOT NULL,       -- portal_articles.uuid
    media_uuid TEXT NOT NULL,         -- the newsroom photo's stable id
    rendition TEXT NOT NULL CHECK (rendition IN ('web', 'thumb')),
    position INTEGER NOT NULL,        -- order in the body, from 1; 0 for a lead photo the body does not show
    is_lead INTEGER NOT NULL,
    file_name TEXT NOT NULL,          -- the address body_html gives it
    mime_type TEXT NOT NULL,          -- image/jpeg, or image/png for a picture with transparency
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    caption TEXT NOT NULL,            -- as the article gives it
    credit TEXT NOT NULL,
    alt TEXT NOT NULL,
    content_hash TEXT NOT NULL,       -- SHA-256 of content
    content BLOB NOT NULL,
    PRIMARY KEY (article_uuid, media_uuid, rendition)
);
CREATE INDEX IF NOT EXISTS portal_media_by_file ON portal_media(file_name);

-- Citizens' questions (hỏi đáp): see portal-postgresql.sql for the rules
-- the portal's form and PortalDesk keep on these tables.
CREATE TABLE IF NOT EXISTS portal_questions (
    uuid TEXT PRIMARY KEY,
    asker_name TEXT NOT NULL,
    asker_email TEXT NOT NULL DEFAULT '',
    asker_phone TEXT NOT NULL DEFAULT '',
    asker_address TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    submitted_at TEXT NOT NULL,       -- ISO 8601, UTC
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'received', 'refused', 'spam'))
);
CREATE INDEX IF NOT EXISTS portal_questions_new ON portal_questions(submitted_at, uuid) WHERE status = 'new';
CREATE TABLE IF NOT EXISTS portal_answers (
    question_uuid TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    question TEXT NOT NULL,
    asker TEXT NOT NULL DEFAULT '',
    field TEXT NOT NULL DEFAULT '',
    answer_html TEXT NOT NULL,
    agency TEXT NOT NULL,
    letter TEXT NOT NULL DEFAULT '',
    answered_at TEXT,                 -- YYYY-MM-DD
    published_at TEXT NOT NULL,       -- ISO 8601, UTC
    status TEXT NOT NULL CHECK (status IN ('published', 'withdrawn')),
    content_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS portal_answers_by_published ON portal_answers(status, published_at DESC);
