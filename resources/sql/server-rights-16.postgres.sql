-- A portal reached through its CMS's API (schema 16, PostgreSQL only).
--
-- The columns portal_sync_state.remote_id and remote_version are made by
-- the migration on both backends. The sync of a WordPress site records
-- there, through this function as through pd_sync_state, the post each
-- article became and its version (modification time, digest of its text)
-- as our write left it.

-- Returns how many rows were written, or -1 when refused.
CREATE FUNCTION pd_sync_remote(p_as text, p_portal text, p_articles text[], p_hashes text[], p_remote_ids text[],
                               p_versions text[]) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_count integer;
BEGIN
    IF NOT pd_may_sync(v_login) OR cardinality(p_articles) IS DISTINCT FROM cardinality(p_hashes)
       OR cardinality(p_articles) IS DISTINCT FROM cardinality(p_remote_ids)
       OR cardinality(p_articles) IS DISTINCT FROM cardinality(p_versions) THEN
        PERFORM pd_log(pd_user_id(v_login), v_login, 'sync.state', NULL, NULL, NULL, true, 'only editors and chief editors run the sync');
        RETURN -1;
    END IF;
    INSERT INTO portal_sync_state (portal, article_id, content_hash, remote_id, remote_version)
    SELECT p_portal, s.a, s.h, NULLIF(s.r, ''), NULLIF(s.m, '') FROM unnest(p_articles, p_hashes, p_remote_ids, p_versions) AS s(a, h, r, m)
    WHERE EXISTS (SELECT FROM articles x WHERE x.id = s.a)
    ON CONFLICT (portal, article_id) DO UPDATE
        SET content_hash = excluded.content_hash, remote_id = excluded.remote_id, remote_version = excluded.remote_version;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- The photos uploaded to such a site, once each. Returns how many rows were
-- written, or -1 when refused.
CREATE FUNCTION pd_sync_media(p_as text, p_portal text, p_media text[], p_remote_ids text[], p_urls text[],
                              p_small_urls text[]) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_count integer;
BEGIN
    IF NOT pd_may_sync(v_login) OR cardinality(p_media) IS DISTINCT FROM cardinality(p_remote_ids)
       OR cardinality(p_media) IS DISTINCT FROM cardinality(p_urls)
       OR cardinality(p_media) IS DISTINCT FROM cardinality(p_small_urls) THEN
        PERFORM pd_log(pd_user_id(v_login), v_login, 'sync.state', NULL, NULL, NULL, true, 'only editors and chief editors run the sync');
        RETURN -1;
    END IF;
    INSERT INTO portal_media_state (portal, media_id, remote_id, url, small_url)
    SELECT p_portal, s.m, s.r, s.u, s.s FROM unnest(p_media, p_remote_ids, p_urls, p_small_urls) AS s(m, r, u, s)
    WHERE EXISTS (SELECT FROM media x WHERE x.id = s.m)
    ON CONFLICT (portal, media_id) DO UPDATE SET remote_id = excluded.remote_id, url = excluded.url, small_url = excluded.small_url;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

REVOKE ALL ON FUNCTION pd_sync_remote, pd_sync_media FROM PUBLIC;
REVOKE ALL ON portal_media_state FROM PUBLIC;
DO $grants$
DECLARE
    staff text := 'portaldesk_reporter, portaldesk_editor, portaldesk_chief_editor, portaldesk_digest, portaldesk_gazette, portaldesk_admin';
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_sync_remote, pd_sync_media TO %s', staff);
    EXECUTE format('GRANT SELECT ON portal_media_state TO %s', staff);
END
$grants$;
