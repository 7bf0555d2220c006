-- PortalDesk's reference portal schema (MySQL 8 / MariaDB 10.5 and later).
-- Created by `portaldesk-cli portal init --portal mysql://…`; safe to run again.
CREATE TABLE IF NOT EXISTS portal_articles (
    uuid VARCHAR(36) NOT NULL PRIMARY KEY,   -- the newsroom article's stable id
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body_html MEDIUMTEXT NOT NULL,           -- md4c-html, exactly as the editor previews it
    section VARCHAR(255) NOT NULL DEFAULT '',
    author VARCHAR(255) NOT NULL DEFAULT '',
    published_at DATETIME(3) NOT NULL,       -- UTC
    updated_at DATETIME(3) NOT NULL,         -- UTC
    status VARCHAR(16) NOT NULL CHECK (status IN ('published', 'withdrawn')),
    content_hash CHAR(64) NOT NULL,          -- SHA-256 of what PortalDesk wrote; tells portal-side edits
    INDEX portal_articles_by_published (status, published_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The Công báo: each approved issue with its PDF (in pdf, or in pdf_file
-- when the mapping sends PDFs to a folder) and its table of contents.
CREATE TABLE IF NOT EXISTS portal_gazette_issues (
    uuid VARCHAR(36) NOT NULL PRIMARY KEY,   -- the newsroom issue's stable id
    year INT NOT NULL,
    number INT NOT NULL,
    last_number INT NOT NULL,                -- a combined issue "Số 15 + 16": 15 and 16
    title VARCHAR(64) NOT NULL,              -- "Số 15 + 16"
    published_on DATE NOT NULL,
    pages INT NOT NULL,
    pdf LONGBLOB,
    pdf_file VARCHAR(1024),
    status VARCHAR(16) NOT NULL CHECK (status IN ('published', 'withdrawn')),
    updated_at DATETIME(3) NOT NULL,         -- UTC
    content_hash CHAR(64) NOT NULL           -- BLAKE2b-256 of the PDF
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE IF NOT EXISTS portal_gazette_documents (
    issue_uuid VARCHAR(36) NOT NULL,
    position INT NOT NULL,
    uuid VARCHAR(36) NOT NULL,               -- the newsroom document's stable id
    doc_type VARCHAR(64) NOT NULL,           -- "Quyết định"
    symbol VARCHAR(64) NOT NULL,             -- "15/2022/QĐ-UBND"
    issuer VARCHAR(255) NOT NULL,
    signed_on DATE NOT NULL,
    summary TEXT NOT NULL,                   -- trích yếu
    page INT NOT NULL,                       -- where it starts in the PDF
    PRIMARY KEY (issue_uuid, position),
    FOREIGN KEY (issue_uuid) REFERENCES portal_gazette_issues(uuid) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The daily press digest, approved: its HTML as the internal page shows it.
CREATE TABLE IF NOT EXISTS portal_digests (
    uuid VARCHAR(36) NOT NULL PRIMARY KEY,   -- the newsroom digest's stable id
    day DATE NOT NULL,
    title VARCHAR(255) NOT NULL,
    html MEDIUMTEXT,
    status VARCHAR(16) NOT NULL CHECK (status IN ('published', 'withdrawn')),
    updated_at DATETIME(3) NOT NULL,         -- UTC
    content_hash CHAR(64) NOT NULL           -- BLAKE2b-256 of the HTML
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Photos (schema of 2026-12): the lead photo's id on the article, and the
-- renditions of every photo an article shows, written with the article in
-- one transaction and removed when it is withdrawn. body_html names them by
-- the mapping's media_url ("/media/{id}-{rendition}.{ext}" here): the
-- portal serves file_name from these rows. The bytes are PortalDesk's
-- renditions, without EXIF, XMP or GPS.
-- (MySQL 8 has no ADD COLUMN IF NOT EXISTS: `portal init` passes over
-- this statement when the column is there.)
ALTER TABLE portal_articles ADD COLUMN lead_photo VARCHAR(36) NOT NULL DEFAULT '';
CREATE TABLE IF NOT EXISTS portal_media (
    article_uuid VARCHAR(36) NOT NULL,       -- portal_articles.uuid
    media_uuid VARCHAR(36) NOT NULL,         -- the newsroom photo's stable id
    rendition VARCHAR(8) NOT NULL CHECK (rendition IN ('web', 'thumb')),
    position INTEGER NOT NULL,               -- order in the body, from 1; 0 for a lead photo the body does not show
    is_lead BOOLEAN NOT NULL,
    file_name VARCHAR(255) NOT NULL,         -- the address body_html gives it
    mime_type VARCHAR(32) NOT NULL,          -- image/jpeg, or image/png for a picture with transparency
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    caption TEXT NOT NULL,                   -- as the article gives it
    credit TEXT NOT NULL,
    alt TEXT NOT NULL,
    content_hash CHAR(64) NOT NULL,          -- SHA-256 of content
    content MEDIUMBLOB NOT NULL,
    PRIMARY KEY (article_uuid, media_uuid, rendition),
    INDEX portal_media_by_file (file_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Citizens' questions (hỏi đáp): see portal-postgresql.sql for the rules
-- the portal's form and PortalDesk keep on these tables.
CREATE TABLE IF NOT EXISTS portal_questions (
    uuid VARCHAR(64) NOT NULL PRIMARY KEY,
    asker_name VARCHAR(255) NOT NULL,
    asker_email VARCHAR(255) NOT NULL DEFAULT '',
    asker_phone VARCHAR(64) NOT NULL DEFAULT '',
    asker_address VARCHAR(1024) NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    body MEDIUMTEXT NOT NULL,
    field VARCHAR(255) NOT NULL DEFAULT '',
    submitted_at DATETIME(3) NOT NULL,       -- UTC
    status VARCHAR(16) NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'received', 'refused', 'spam')),
    INDEX portal_questions_new (status, submitted_at, uuid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE IF NOT EXISTS portal_answers (
    question_uuid VARCHAR(64) NOT NULL PRIMARY KEY,
    title TEXT NOT NULL,
    question MEDIUMTEXT NOT NULL,
    asker VARCHAR(255) NOT NULL DEFAULT '',
    field VARCHAR(255) NOT NULL DEFAULT '',
    answer_html MEDIUMTEXT NOT NULL,
    agency VARCHAR(512) NOT NULL,
    letter VARCHAR(512) NOT NULL DEFAULT '',
    answered_at DATE,
    published_at DATETIME(3) NOT NULL,       -- UTC
    status VARCHAR(16) NOT NULL CHECK (status IN ('published', 'withdrawn')),
    content_hash CHAR(64) NOT NULL,
    INDEX portal_answers_by_published (status, published_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
