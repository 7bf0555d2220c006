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
