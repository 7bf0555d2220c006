-- Photos on a shared newsroom (schema 14, PostgreSQL only).
--
-- The tables (media, media_files) are made by the migration on both
-- backends. Here: the functions staff add and describe photos with, and
-- the privileges: staff read the photos, and write them only through these
-- functions, audited in the server's words.
--
-- The server cannot decode a picture; the desk makes the renditions. What
-- the server checks itself: the caller's roles, the sizes, that every file
-- starts as the type it claims (so nothing but a JPEG, PNG, WebP, HEIF,
-- AVIF or TIFF picture is ever stored, whatever a modified desk sends), and
-- the content hash of each file, which it computes.

-- The type a file's first bytes say it is, or NULL.
CREATE FUNCTION pd_media_sniff(p_bytes bytea) RETURNS text LANGUAGE sql IMMUTABLE
    SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT CASE
        WHEN substring(p_bytes FROM 1 FOR 3) = '\xffd8ff'::bytea THEN 'image/jpeg'
        WHEN substring(p_bytes FROM 1 FOR 8) = '\x89504e470d0a1a0a'::bytea THEN 'image/png'
        WHEN substring(p_bytes FROM 1 FOR 4) = '\x52494646'::bytea
             AND substring(p_bytes FROM 9 FOR 4) = '\x57454250'::bytea THEN 'image/webp'
        WHEN substring(p_bytes FROM 5 FOR 4) = '\x66747970'::bytea
             AND substring(p_bytes FROM 9 FOR 4) IN ('\x68656963'::bytea, '\x68656978'::bytea, '\x6d696631'::bytea,
                                                    '\x6d736631'::bytea, '\x68657663'::bytea, '\x68656966'::bytea)
             THEN 'image/heif'
        WHEN substring(p_bytes FROM 5 FOR 4) = '\x66747970'::bytea
             AND substring(p_bytes FROM 9 FOR 4) IN ('\x61766966'::bytea, '\x61766973'::bytea) THEN 'image/avif'
        WHEN substring(p_bytes FROM 1 FOR 4) IN ('\x49492a00'::bytea, '\x4d4d002a'::bytea) THEN 'image/tiff'
        ELSE NULL
    END
$$;

-- Whether a claimed type agrees with what the bytes say (HEIC is HEIF).
CREATE FUNCTION pd_media_type_ok(p_claimed text, p_bytes bytea) RETURNS boolean LANGUAGE sql IMMUTABLE
    SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT coalesce(pd_media_sniff(p_bytes) = CASE WHEN p_claimed = 'image/heic' THEN 'image/heif' ELSE p_claimed END,
                    false)
$$;

-- The text a photo is searched by, as MediaStore::searchText makes it: folded,
-- lower case, every word break (the same list) a space, a space at each end.
CREATE FUNCTION pd_media_search_text(p_caption text, p_credit text, p_alt text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT ' ' || btrim(regexp_replace(translate(lower(pd_fold(p_caption || ' ' || p_credit || ' ' || p_alt)),
                                                 '!"#$%&''()*+,-./:;<=>?@[\]^_`{|}~“”‘’…–—«»·• ' || E'\t\n\r', repeat(' ', 47)), ' +', ' ', 'g')) || ' '
$$;

-- Who may add photos: whoever writes or edits articles.
CREATE FUNCTION pd_may_add_media(p_login text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT pd_owner(p_login) OR pd_has(p_login, 'reporter') OR pd_has(p_login, 'editor')
           OR pd_has(p_login, 'chief_editor')
$$;

-- A photo and its renditions. p_meta: mime_type, width, height, caption,
-- credit, alt, taken_at, and per rendition web_/thumb_ mime_type, width,
-- height. Outcome: done (a new photo), exists (the same bytes were added
-- before: that photo's id, nothing changed), refused, invalid, too_large.
CREATE FUNCTION pd_media_add(p_as text, p_meta jsonb, p_original bytea, p_web bytea, p_thumb bytea)
    RETURNS TABLE (outcome text, id text) LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_stamp text := pd_now();
    v_id text := gen_random_uuid()::text;
    v_hash text;
    v_existing text;
    v_caption text := normalize(btrim(coalesce(p_meta->>'caption', '')), NFC);
    v_credit text := normalize(btrim(coalesce(p_meta->>'credit', '')), NFC);
    v_alt text := normalize(btrim(coalesce(p_meta->>'alt', '')), NFC);
    v_width integer;
    v_height integer;
BEGIN
    IF NOT pd_may_add_media(v_login) THEN
        PERFORM pd_log(v_user, v_login, 'media.add', NULL, NULL, NULL, true, 'only reporters and editors add photos');
        RETURN QUERY SELECT 'refused', NULL::text;
        RETURN;
    END IF;
    -- PhotoImport::maxFileBytes, 64 MB; a rendition is far smaller.
    IF coalesce(length(p_original), 0) > 67108864 OR coalesce(length(p_web), 0) > 16777216
       OR coalesce(length(p_thumb), 0) > 4194304 OR pd_field_too_large(ARRAY[v_caption, v_credit, v_alt]) THEN
        RETURN QUERY SELECT 'too_large', NULL::text;
        RETURN;
    END IF;
    BEGIN
        v_width := (p_meta->>'width')::integer;
        v_height := (p_meta->>'height')::integer;
    EXCEPTION WHEN others THEN
        v_width := NULL;
    END;
    IF p_original IS NULL OR p_web IS NULL OR p_thumb IS NULL OR v_width IS NULL OR v_height IS NULL
       OR v_width NOT BETWEEN 1 AND 100000 OR v_height NOT BETWEEN 1 AND 100000
       OR NOT pd_media_type_ok(p_meta->>'mime_type', p_original)
       OR NOT pd_media_type_ok(p_meta->>'web_mime_type', p_web)
       OR NOT pd_media_type_ok(p_meta->>'thumb_mime_type', p_thumb)
       OR p_meta->>'web_mime_type' NOT IN ('image/jpeg', 'image/png')
       OR p_meta->>'thumb_mime_type' NOT IN ('image/jpeg', 'image/png')
       OR v_caption ~ '[\x00-\x08\x0b-\x1f]' OR v_credit ~ '[\x00-\x1f]' OR v_alt ~ '[\x00-\x1f]' THEN
        RETURN QUERY SELECT 'invalid', NULL::text;
        RETURN;
    END IF;
    v_hash := encode(sha256(p_original), 'hex');
    -- The same bytes twice are one photo, also when two desks add them at once.
    PERFORM pg_advisory_xact_lock(hashtext('pd_media_add'), hashtext(v_hash));
    SELECT m.id INTO v_existing FROM media m WHERE m.sha256 = v_hash;
    IF FOUND THEN
        RETURN QUERY SELECT 'exists', v_existing;
        RETURN;
    END IF;
    INSERT INTO media (id, sha256, mime_type, width, height, byte_size, caption, credit, alt, taken_at,
                       uploaded_by, uploaded_at, updated_at, search_folded)
    VALUES (v_id, v_hash, p_meta->>'mime_type', v_width, v_height, length(p_original), v_caption, v_credit, v_alt,
            nullif(p_meta->>'taken_at', ''), v_user, v_stamp, v_stamp,
            pd_media_search_text(v_caption, v_credit, v_alt));
    INSERT INTO media_files (media_id, name, mime_type, width, height, byte_size, sha256, content)
    VALUES (v_id, 'original', p_meta->>'mime_type', v_width, v_height, length(p_original), v_hash, p_original),
           (v_id, 'web', p_meta->>'web_mime_type', (p_meta->>'web_width')::integer, (p_meta->>'web_height')::integer,
            length(p_web), encode(sha256(p_web), 'hex'), p_web),
           (v_id, 'thumb', p_meta->>'thumb_mime_type', (p_meta->>'thumb_width')::integer,
            (p_meta->>'thumb_height')::integer, length(p_thumb), encode(sha256(p_thumb), 'hex'), p_thumb);
    PERFORM pd_log(v_user, v_login, 'media.add', v_id, NULL, NULL, false, v_hash);
    RETURN QUERY SELECT 'done', v_id;
END
$$;

-- A photo's caption, credit and alternative text, by its uploader or an
-- editor. Outcome: done, not_found, refused, too_large, invalid.
CREATE FUNCTION pd_media_describe(p_as text, p_id text, p_caption text, p_credit text, p_alt text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_caption text := normalize(btrim(coalesce(p_caption, '')), NFC);
    v_credit text := normalize(btrim(coalesce(p_credit, '')), NFC);
    v_alt text := normalize(btrim(coalesce(p_alt, '')), NFC);
    v_owner bigint;
BEGIN
    SELECT m.uploaded_by INTO v_owner FROM media m WHERE m.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 'not_found';
    END IF;
    IF NOT (pd_owner(v_login) OR pd_has(v_login, 'editor') OR pd_has(v_login, 'chief_editor')
            OR (v_user IS NOT NULL AND v_owner = v_user AND pd_has(v_login, 'reporter'))) THEN
        PERFORM pd_log(v_user, v_login, 'media.describe', p_id, NULL, NULL, true,
                       format('%s may not describe a photo someone else added', v_login));
        RETURN 'refused';
    END IF;
    IF pd_field_too_large(ARRAY[v_caption, v_credit, v_alt]) THEN
        RETURN 'too_large';
    END IF;
    IF v_caption ~ '[\x00-\x08\x0b-\x1f]' OR v_credit ~ '[\x00-\x1f]' OR v_alt ~ '[\x00-\x1f]' THEN
        RETURN 'invalid';
    END IF;
    UPDATE media SET caption = v_caption, credit = v_credit, alt = v_alt, updated_at = pd_now(),
                     search_folded = pd_media_search_text(v_caption, v_credit, v_alt)
    WHERE id = p_id;
    PERFORM pd_log(v_user, v_login, 'media.describe', p_id, NULL, NULL, false, '');
    RETURN 'done';
END
$$;

DO $grants$
DECLARE
    staff text := 'portaldesk_reporter, portaldesk_editor, portaldesk_chief_editor, portaldesk_digest, portaldesk_gazette, portaldesk_admin';
BEGIN
    EXECUTE format('GRANT SELECT ON media, media_files TO %s', staff);
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_media_add, pd_media_describe TO %s', staff);
END
$grants$;
REVOKE ALL ON FUNCTION pd_media_sniff, pd_media_type_ok, pd_may_add_media, pd_media_search_text FROM PUBLIC;
