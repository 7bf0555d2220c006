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
