-- Rights held by the server, concluded (schema 13, PostgreSQL only).
--
-- Up to schema 12 the Công báo and digest desks, the sync and each desk's
-- autosaves wrote their tables directly, and the server guarded only who
-- may set an approving state. Anyone with a staff login could therefore
-- rewrite an approved document, reopen an approved issue, mark a chief
-- editor's withdrawal as already sent to the portal, or forge the history.
-- Here every write of a table staff can reach goes through a function
-- below that applies the rules the embedded newsroom applies, and the
-- server words the audit entry itself; staff keep SELECT and lose
-- INSERT, UPDATE, DELETE and TRUNCATE on every table.
--
-- Each function takes p_as first, the user the action is for: read only
-- from a trusted session (the owner's night jobs), otherwise the signed-in
-- role acts. Outcomes are words the desk turns into its own messages.
--
-- @SCHEMA@, @MAX_BODY_BYTES@ and @MAX_FIELD_BYTES@ as in schema 12.

-- The newsroom's owner acting as itself (a night job, a test's set-up).
-- A trusted session that names a user gets that user's rights, no more.
CREATE FUNCTION pd_owner(p_login text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT pd_trusted() AND p_login = session_user::text $$;

-- Who may act for a desk ('gazette' or 'digest'): its staff, a chief
-- editor, or the newsroom's owner.
CREATE FUNCTION pd_desk_staff(p_login text, p_desk text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT pd_owner(p_login) OR pd_has(p_login, p_desk) OR pd_has(p_login, 'chief_editor') $$;

-- The review chain of the Công báo and the digest, as ReviewRules has it:
-- the state an action leads to from p_from, or NULL when p_login may not
-- take it from there.
CREATE FUNCTION pd_review_to(p_login text, p_desk text, p_action text, p_from text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT CASE
        WHEN p_action = 'submit' AND (pd_owner(p_login) OR pd_has(p_login, p_desk)) AND p_from IN ('draft', 'returned') THEN 'submitted'
        WHEN p_action = 'return' AND (pd_owner(p_login) OR pd_has(p_login, 'chief_editor')) AND p_from IN ('submitted', 'approved') THEN 'returned'
        WHEN p_action = 'approve' AND (pd_owner(p_login) OR pd_has(p_login, 'chief_editor')) AND p_from = 'submitted' THEN 'approved'
        WHEN p_action = 'withdraw' AND (pd_owner(p_login) OR pd_has(p_login, 'chief_editor')) AND p_from = 'approved' THEN 'withdrawn'
    END
$$;

-- ReviewRules::mayEdit: the desk's staff while it is a draft or returned,
-- a chief editor while it waits for review. Nothing else changes an
-- approved, withdrawn or submitted document, issue or digest.
CREATE FUNCTION pd_review_may_edit(p_login text, p_desk text, p_state text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT ((pd_owner(p_login) OR pd_has(p_login, p_desk)) AND p_state IN ('draft', 'returned'))
        OR ((pd_owner(p_login) OR pd_has(p_login, 'chief_editor')) AND p_state = 'submitted')
$$;

CREATE FUNCTION pd_field_too_large(p_values text[]) RETURNS boolean LANGUAGE sql IMMUTABLE
    SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT coalesce((SELECT max(octet_length(v)) FROM unnest(p_values) v), 0) > @MAX_FIELD_BYTES@ $$;

-- ---------------------------------------------------------------- Công báo

-- A document's fields, as the desk checked them (LegalSymbols), in JSON:
-- doc_type, symbol, year, issuer, signed_on, effective_on, signer,
-- signer_title, summary, part, body. Outcome: invalid, too_large, taken (the
-- symbol is used that year), or NULL.
CREATE FUNCTION pd_gazette_problem(p_doc jsonb, p_except text) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT CASE
        WHEN coalesce(btrim(p_doc->>'summary'), '') = '' OR coalesce(btrim(p_doc->>'symbol'), '') = ''
             OR coalesce(p_doc->>'doc_type', '') = '' OR (p_doc->>'year') !~ '^[0-9]{4}$'
             OR coalesce(p_doc->>'part', '') !~ '^[0-9]{1,2}$' THEN 'invalid'
        WHEN octet_length(coalesce(p_doc->>'body', '')) > @MAX_BODY_BYTES@
             OR pd_field_too_large(ARRAY[p_doc->>'summary', p_doc->>'symbol', p_doc->>'issuer', p_doc->>'signer',
                                         p_doc->>'signer_title', p_doc->>'doc_type']) THEN 'too_large'
        WHEN EXISTS (SELECT FROM gazette_documents d WHERE d.year = (p_doc->>'year')::integer
                     AND d.symbol = p_doc->>'symbol' AND d.id IS DISTINCT FROM p_except) THEN 'taken'
    END
$$;

-- Adds a document, with the original file it came from. Outcome: done
-- (with the server's id), refused, and pd_gazette_problem's.
CREATE FUNCTION pd_gazette_add(p_as text, p_doc jsonb, p_file_name text, p_mime_type text, p_original bytea)
    RETURNS TABLE (outcome text, id text) LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_stamp text := pd_now();
    v_id text := gen_random_uuid()::text;
    v_problem text;
BEGIN
    IF NOT (pd_owner(v_login) OR pd_has(v_login, 'gazette')) THEN
        PERFORM pd_log(v_user, v_login, 'gazette.add', NULL, NULL, NULL, true, 'only gazette staff may add documents');
        RETURN QUERY SELECT 'refused', NULL::text;
        RETURN;
    END IF;
    -- The original file: DocumentImport::maxFileBytes, 64 MB.
    v_problem := CASE WHEN coalesce(length(p_original), 0) > 67108864 THEN 'too_large' ELSE pd_gazette_problem(p_doc, NULL) END;
    IF v_problem IS NOT NULL THEN
        RETURN QUERY SELECT v_problem, NULL::text;
        RETURN;
    END IF;
    INSERT INTO gazette_documents (id, doc_type, symbol, year, issuer, signed_on, effective_on, signer, signer_title,
                                   summary, part, body, created_by, created_at, updated_at)
    VALUES (v_id, p_doc->>'doc_type', p_doc->>'symbol', (p_doc->>'year')::integer, coalesce(p_doc->>'issuer', ''),
            nullif(p_doc->>'signed_on', ''), nullif(p_doc->>'effective_on', ''), coalesce(p_doc->>'signer', ''),
            coalesce(p_doc->>'signer_title', ''), btrim(p_doc->>'summary'), (p_doc->>'part')::integer,
            coalesce(p_doc->>'body', ''), v_user, v_stamp, v_stamp);
    IF p_original IS NOT NULL AND length(p_original) > 0 THEN
        INSERT INTO gazette_attachments (document_id, file_name, mime_type, content, added_at)
        VALUES (v_id, coalesce(nullif(p_file_name, ''), 'clipboard.txt'), coalesce(p_mime_type, ''), p_original, v_stamp);
    END IF;
    PERFORM pd_log(v_user, v_login, 'gazette.add', v_id, NULL, 'draft', false, p_doc->>'symbol');
    RETURN QUERY SELECT 'done', v_id;
END
$$;

-- A document's new text, against the version the desk read. Outcome: done,
-- not_found, refused (its state or the caller's roles), in_issue (it is in
-- an issue that is no longer a draft), conflict, and pd_gazette_problem's.
CREATE FUNCTION pd_gazette_edit(p_as text, p_id text, p_base_version integer, p_doc jsonb) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_problem text;
    d record;
    v_issue_state text;
BEGIN
    SELECT x.state, x.version, x.symbol INTO d FROM gazette_documents x WHERE x.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 'not_found';
    END IF;
    IF NOT pd_review_may_edit(v_login, 'gazette', d.state) THEN
        PERFORM pd_log(v_user, v_login, 'gazette.edit', p_id, d.state, NULL, true,
                       format('%s may not edit a document that is %s', v_login, d.state));
        RETURN 'refused';
    END IF;
    SELECT i.state INTO v_issue_state FROM gazette_issue_documents c JOIN gazette_issues i ON i.id = c.issue_id
    WHERE c.document_id = p_id FOR UPDATE OF i;
    IF v_issue_state IS NOT NULL AND v_issue_state NOT IN ('draft', 'returned') THEN
        PERFORM pd_log(v_user, v_login, 'gazette.edit', p_id, d.state, NULL, true,
                       format('the document is in an issue that is %s', v_issue_state));
        RETURN 'in_issue';
    END IF;
    IF d.version <> p_base_version THEN
        RETURN 'conflict';
    END IF;
    v_problem := pd_gazette_problem(p_doc, p_id);
    IF v_problem IS NOT NULL THEN
        RETURN v_problem;
    END IF;
    UPDATE gazette_documents SET doc_type = p_doc->>'doc_type', symbol = p_doc->>'symbol', year = (p_doc->>'year')::integer,
        issuer = coalesce(p_doc->>'issuer', ''), signed_on = nullif(p_doc->>'signed_on', ''),
        effective_on = nullif(p_doc->>'effective_on', ''), signer = coalesce(p_doc->>'signer', ''),
        signer_title = coalesce(p_doc->>'signer_title', ''), summary = btrim(p_doc->>'summary'),
        part = (p_doc->>'part')::integer, body = coalesce(p_doc->>'body', ''), version = version + 1, updated_at = pd_now()
    WHERE gazette_documents.id = p_id;
    PERFORM pd_log(v_user, v_login, 'gazette.edit', p_id, d.state, d.state, false, '');
    RETURN 'done';
END
$$;

-- A new issue. Outcome: done (with its id), refused, invalid, taken (one of
-- its numbers is used that year).
CREATE FUNCTION pd_gazette_new_issue(p_as text, p_year integer, p_number integer, p_last_number integer, p_published_on text)
    RETURNS TABLE (outcome text, id text) LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_stamp text := pd_now();
    v_id text := gen_random_uuid()::text;
BEGIN
    IF NOT (pd_owner(v_login) OR pd_has(v_login, 'gazette')) THEN
        PERFORM pd_log(v_user, v_login, 'gazette.issue', NULL, NULL, NULL, true, 'only gazette staff may open an issue');
        RETURN QUERY SELECT 'refused', NULL::text;
        RETURN;
    END IF;
    IF p_number IS NULL OR p_last_number IS NULL OR p_number < 1 OR p_last_number < p_number
       OR coalesce(p_published_on, '') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' OR left(p_published_on, 4)::integer <> p_year THEN
        RETURN QUERY SELECT 'invalid', NULL::text;
        RETURN;
    END IF;
    -- Two desks opening the same number at once: one of them waits here.
    PERFORM pg_advisory_xact_lock(hashtext('gazette_issues'), p_year);
    IF EXISTS (SELECT FROM gazette_issues i WHERE i.year = p_year AND i.number <= p_last_number AND i.last_number >= p_number) THEN
        RETURN QUERY SELECT 'taken', NULL::text;
        RETURN;
    END IF;
    INSERT INTO gazette_issues (id, year, number, last_number, published_on, created_by, created_at, updated_at)
    VALUES (v_id, p_year, p_number, p_last_number, p_published_on, v_user, v_stamp, v_stamp);
    PERFORM pd_log(v_user, v_login, 'gazette.issue', v_id, NULL, 'draft', false,
                   'Số ' || p_number || CASE WHEN p_last_number > p_number THEN '+' || p_last_number ELSE '' END);
    RETURN QUERY SELECT 'done', v_id;
END
$$;

-- The issue p_issue, locked, if p_login may change its contents; else the
-- refusal is logged and NULL returned with p_why set.
CREATE FUNCTION pd_gazette_open_issue(p_login text, p_user bigint, p_issue text, p_action text, OUT r_state text, OUT r_why text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
BEGIN
    SELECT i.state INTO r_state FROM gazette_issues i WHERE i.id = p_issue FOR UPDATE;
    IF NOT FOUND THEN
        r_why := 'not_found';
    ELSIF NOT (pd_owner(p_login) OR pd_has(p_login, 'gazette')) THEN
        r_why := 'refused';
        PERFORM pd_log(p_user, p_login, p_action, p_issue, r_state, NULL, true, 'only gazette staff may change an issue''s contents');
    ELSIF r_state NOT IN ('draft', 'returned') THEN
        r_why := 'closed';
        PERFORM pd_log(p_user, p_login, p_action, p_issue, r_state, NULL, true,
                       format('the contents of an issue that is %s do not change', r_state));
    END IF;
END
$$;

-- Puts a document at the end of an issue (the desk then sorts it with
-- pd_gazette_order). Outcome: done, not_found, refused, closed, taken (in
-- another issue), withdrawn.
CREATE FUNCTION pd_gazette_place(p_as text, p_issue text, p_document text) RETURNS text LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_open record;
    d record;
    v_in text;
BEGIN
    v_open := pd_gazette_open_issue(v_login, v_user, p_issue, 'gazette.add-to-issue');
    IF v_open.r_why IS NOT NULL THEN
        RETURN v_open.r_why;
    END IF;
    SELECT x.state, x.symbol INTO d FROM gazette_documents x WHERE x.id = p_document FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 'not_found';
    END IF;
    SELECT c.issue_id INTO v_in FROM gazette_issue_documents c WHERE c.document_id = p_document;
    IF v_in = p_issue THEN
        RETURN 'done';
    ELSIF v_in IS NOT NULL THEN
        RETURN 'taken';
    ELSIF d.state = 'withdrawn' THEN
        RETURN 'withdrawn';
    END IF;
    INSERT INTO gazette_issue_documents (issue_id, document_id, position)
    SELECT p_issue, p_document, coalesce(max(position), -1) + 1 FROM gazette_issue_documents WHERE issue_id = p_issue;
    UPDATE gazette_issues SET version = version + 1, updated_at = pd_now() WHERE gazette_issues.id = p_issue;
    PERFORM pd_log(v_user, v_login, 'gazette.add-to-issue', p_issue, NULL, NULL, false, d.symbol);
    RETURN 'done';
END
$$;

-- Takes a document out of an issue. Outcome: done, not_found, refused, closed.
CREATE FUNCTION pd_gazette_unplace(p_as text, p_issue text, p_document text) RETURNS text LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_open record;
    v_symbol text;
BEGIN
    v_open := pd_gazette_open_issue(v_login, v_user, p_issue, 'gazette.remove-from-issue');
    IF v_open.r_why IS NOT NULL THEN
        RETURN v_open.r_why;
    END IF;
    DELETE FROM gazette_issue_documents c WHERE c.issue_id = p_issue AND c.document_id = p_document;
    IF NOT FOUND THEN
        RETURN 'not_found';
    END IF;
    SELECT symbol INTO v_symbol FROM gazette_documents WHERE gazette_documents.id = p_document;
    UPDATE gazette_issues SET version = version + 1, updated_at = pd_now() WHERE gazette_issues.id = p_issue;
    PERFORM pd_log(v_user, v_login, 'gazette.remove-from-issue', p_issue, NULL, NULL, false, coalesce(v_symbol, p_document));
    RETURN 'done';
END
$$;

-- The order of an issue's documents: p_documents must be exactly what the
-- issue holds. p_manual marks an order someone chose (the desk keeps it),
-- as against the printing order the desk works out itself. Outcome: done,
-- not_found, refused, closed, mismatch.
CREATE FUNCTION pd_gazette_order(p_as text, p_issue text, p_documents text[], p_manual boolean) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_open record;
BEGIN
    v_open := pd_gazette_open_issue(v_login, v_user, p_issue, 'gazette.reorder');
    IF v_open.r_why IS NOT NULL THEN
        RETURN v_open.r_why;
    END IF;
    IF cardinality(p_documents) <> (SELECT count(*) FROM gazette_issue_documents WHERE issue_id = p_issue)
       OR EXISTS (SELECT FROM gazette_issue_documents c WHERE c.issue_id = p_issue AND c.document_id <> ALL (p_documents))
       OR cardinality(p_documents) <> (SELECT count(DISTINCT x) FROM unnest(p_documents) x) THEN
        RETURN 'mismatch';
    END IF;
    UPDATE gazette_issue_documents c SET position = o.n - 1
    FROM unnest(p_documents) WITH ORDINALITY AS o(document_id, n)
    WHERE c.issue_id = p_issue AND c.document_id = o.document_id AND c.position IS DISTINCT FROM o.n - 1;
    UPDATE gazette_issues SET version = version + 1, updated_at = pd_now(),
        manual_order = CASE WHEN p_manual THEN 1 ELSE manual_order END
    WHERE gazette_issues.id = p_issue;
    IF p_manual THEN
        PERFORM pd_log(v_user, v_login, 'gazette.reorder', p_issue, NULL, NULL, false, '');
    END IF;
    RETURN 'done';
END
$$;

-- ----------------------------------------------------------- the reviews

-- Moves a Công báo document, a Công báo issue or a digest (p_kind
-- 'document', 'issue', 'digest') along the review chain. An approved issue
-- or digest is queued for the portal, and taken down when it leaves
-- approval. Outcome: done, not_found, refused, needs_reason, empty (an issue
-- or digest with nothing in it), pending (an issue holding documents not
-- approved; p_detail lists them), conflict.
CREATE FUNCTION pd_review(p_as text, p_kind text, p_id text, p_action text, p_reason text)
    RETURNS TABLE (outcome text, from_state text, to_state text, detail text) LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_desk text := CASE WHEN p_kind = 'digest' THEN 'digest' ELSE 'gazette' END;
    v_key text := v_desk || '.' || p_action;
    v_reason text := btrim(coalesce(p_reason, ''));
    v_from text;
    v_version integer;
    v_to text;
    v_pending text;
BEGIN
    IF p_kind = 'document' THEN
        SELECT x.state, x.version INTO v_from, v_version FROM gazette_documents x WHERE x.id = p_id FOR UPDATE;
    ELSIF p_kind = 'issue' THEN
        SELECT x.state, x.version INTO v_from, v_version FROM gazette_issues x WHERE x.id = p_id FOR UPDATE;
    ELSIF p_kind = 'digest' THEN
        SELECT x.state, x.version INTO v_from, v_version FROM digests x WHERE x.id = p_id FOR UPDATE;
    END IF;
    IF v_from IS NULL THEN
        RETURN QUERY SELECT 'not_found', NULL::text, NULL::text, NULL::text;
        RETURN;
    END IF;
    v_to := pd_review_to(v_login, v_desk, p_action, v_from);
    IF v_to IS NULL THEN
        PERFORM pd_log(v_user, v_login, v_key, p_id, v_from, NULL, true,
                       format('%s may not %s what is %s', v_login, p_action, v_from));
        RETURN QUERY SELECT 'refused', v_from, NULL::text, NULL::text;
        RETURN;
    END IF;
    IF p_action IN ('return', 'withdraw') AND v_reason = '' THEN
        PERFORM pd_log(v_user, v_login, v_key, p_id, v_from, NULL, true, 'no reason given');
        RETURN QUERY SELECT 'needs_reason', v_from, NULL::text, NULL::text;
        RETURN;
    END IF;
    IF p_kind = 'issue' AND p_action IN ('submit', 'approve') THEN
        IF NOT EXISTS (SELECT FROM gazette_issue_documents WHERE issue_id = p_id) THEN
            PERFORM pd_log(v_user, v_login, v_key, p_id, v_from, NULL, true, 'the issue has no documents');
            RETURN QUERY SELECT 'empty', v_from, NULL::text, NULL::text;
            RETURN;
        END IF;
        SELECT string_agg(d.symbol, ', ' ORDER BY c.position) INTO v_pending
        FROM gazette_issue_documents c JOIN gazette_documents d ON d.id = c.document_id
        WHERE c.issue_id = p_id AND d.state <> 'approved' AND (p_action = 'approve' OR d.state = 'withdrawn');
        IF v_pending IS NOT NULL THEN
            PERFORM pd_log(v_user, v_login, v_key, p_id, v_from, NULL, true, 'documents not yet approved: ' || v_pending);
            RETURN QUERY SELECT 'pending', v_from, NULL::text, v_pending;
            RETURN;
        END IF;
    END IF;
    IF p_kind = 'digest' AND p_action = 'submit' AND NOT EXISTS (SELECT FROM digest_entries WHERE digest_id = p_id) THEN
        PERFORM pd_log(v_user, v_login, v_key, p_id, v_from, NULL, true, 'the digest has no stories');
        RETURN QUERY SELECT 'empty', v_from, NULL::text, NULL::text;
        RETURN;
    END IF;
    IF p_kind = 'document' THEN
        UPDATE gazette_documents SET state = v_to, version = version + 1, updated_at = pd_now() WHERE gazette_documents.id = p_id;
    ELSIF p_kind = 'issue' THEN
        UPDATE gazette_issues SET state = v_to, version = version + 1, updated_at = pd_now() WHERE gazette_issues.id = p_id;
    ELSE
        UPDATE digests SET state = v_to, version = version + 1, updated_at = pd_now() WHERE digests.id = p_id;
    END IF;
    IF v_to = 'approved' OR v_from = 'approved' THEN
        IF p_kind = 'issue' THEN
            INSERT INTO gazette_outbox (issue_id, version, action, queued_at)
            VALUES (p_id, v_version + 1, CASE WHEN v_to = 'approved' THEN 'publish' ELSE 'withdraw' END, pd_now());
        ELSIF p_kind = 'digest' THEN
            INSERT INTO digest_outbox (digest_id, version, action, queued_at)
            VALUES (p_id, v_version + 1, CASE WHEN v_to = 'approved' THEN 'publish' ELSE 'withdraw' END, pd_now());
        END IF;
    END IF;
    PERFORM pd_log(v_user, v_login, v_key, p_id, v_from, v_to, false, v_reason);
    RETURN QUERY SELECT 'done', v_from, v_to, NULL::text;
END
$$;

-- -------------------------------------------------------------- the digest

-- Adds (p_id NULL), changes or removes (p_remove) a feed. Outcome: done
-- (with the feed's id), refused, not_found, taken (the address is listed),
-- invalid.
CREATE FUNCTION pd_digest_feed(p_as text, p_id bigint, p_title text, p_url text, p_group text, p_enabled boolean,
                               p_remove boolean) RETURNS TABLE (outcome text, id bigint) LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_id bigint := p_id;
    v_url text := btrim(coalesce(p_url, ''));
BEGIN
    IF NOT pd_desk_staff(v_login, 'digest') THEN
        PERFORM pd_log(v_user, v_login, 'digest.feed', NULL, NULL, NULL, true, 'only digest staff may change the feeds');
        RETURN QUERY SELECT 'refused', NULL::bigint;
        RETURN;
    END IF;
    IF p_remove THEN
        DELETE FROM digest_feeds f WHERE f.id = p_id RETURNING f.url INTO v_url;
        IF NOT FOUND THEN
            RETURN QUERY SELECT 'not_found', p_id;
            RETURN;
        END IF;
        PERFORM pd_log(v_user, v_login, 'digest.feed-remove', NULL, NULL, NULL, false, v_url);
        RETURN QUERY SELECT 'done', p_id;
        RETURN;
    END IF;
    IF v_url !~* '^https?://[^/\s]+' OR pd_field_too_large(ARRAY[p_title, p_url, p_group]) THEN
        RETURN QUERY SELECT 'invalid', NULL::bigint;
        RETURN;
    END IF;
    IF EXISTS (SELECT FROM digest_feeds f WHERE f.url = v_url AND f.id IS DISTINCT FROM p_id) THEN
        RETURN QUERY SELECT 'taken', NULL::bigint;
        RETURN;
    END IF;
    IF p_id IS NULL THEN
        INSERT INTO digest_feeds (title, url, feed_group) VALUES (coalesce(p_title, ''), v_url, coalesce(p_group, ''))
        RETURNING digest_feeds.id INTO v_id;
        PERFORM pd_log(v_user, v_login, 'digest.feed-add', NULL, NULL, NULL, false, v_url);
    ELSE
        UPDATE digest_feeds f SET title = coalesce(p_title, ''), url = v_url, feed_group = coalesce(p_group, ''),
            enabled = CASE WHEN coalesce(p_enabled, true) THEN 1 ELSE 0 END
        WHERE f.id = p_id;
        IF NOT FOUND THEN
            RETURN QUERY SELECT 'not_found', p_id;
            RETURN;
        END IF;
        PERFORM pd_log(v_user, v_login, 'digest.feed-change', NULL, NULL, NULL, false, v_url);
    END IF;
    RETURN QUERY SELECT 'done', v_id;
END
$$;

-- What a fetch of a feed found: its status and, after a good fetch, the
-- validators for the next one. Routine, so not audited.
CREATE FUNCTION pd_digest_fetched(p_as text, p_id bigint, p_status text, p_error text, p_etag text, p_last_modified text)
    RETURNS text LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
BEGIN
    IF NOT pd_desk_staff(pd_actor(p_as), 'digest') THEN
        RETURN 'refused';
    END IF;
    IF p_status = 'error' THEN
        UPDATE digest_feeds SET last_status = p_status, last_error = left(coalesce(p_error, ''), 2000), last_fetched = pd_now()
        WHERE id = p_id;
    ELSE
        UPDATE digest_feeds SET last_status = left(p_status, 100), last_error = left(coalesce(p_error, ''), 2000),
            last_fetched = pd_now(), etag = left(coalesce(p_etag, ''), 1000), last_modified = left(coalesce(p_last_modified, ''), 1000)
        WHERE id = p_id;
    END IF;
    RETURN CASE WHEN FOUND THEN 'done' ELSE 'not_found' END;
END
$$;

-- New items from feeds and clippings, a JSON array of objects with
-- item_key, feed_id, kind, outlet, url, title, body, page, published_at;
-- an item already kept (by item_key) is left alone. Returns how many were
-- new, or -1 when refused.
CREATE FUNCTION pd_digest_add_items(p_as text, p_items jsonb) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_added integer;
BEGIN
    IF NOT pd_desk_staff(v_login, 'digest') THEN
        PERFORM pd_log(pd_user_id(v_login), v_login, 'digest.items', NULL, NULL, NULL, true, 'only digest staff may add items');
        RETURN -1;
    END IF;
    INSERT INTO digest_items (item_key, feed_id, kind, outlet, url, title, body, page, published_at, fetched_at)
    SELECT i->>'item_key', (SELECT f.id FROM digest_feeds f WHERE f.id = (i->>'feed_id')::bigint),
           CASE WHEN i->>'kind' IN ('feed', 'print', 'web') THEN i->>'kind' ELSE 'web' END,
           coalesce(i->>'outlet', ''), coalesce(i->>'url', ''), left(coalesce(i->>'title', ''), 4000),
           left(coalesce(i->>'body', ''), @MAX_BODY_BYTES@), coalesce(i->>'page', ''), i->>'published_at', pd_now()
    FROM jsonb_array_elements(p_items) i
    WHERE coalesce(i->>'item_key', '') <> '' AND coalesce(i->>'published_at', '') <> ''
    ON CONFLICT (item_key) DO NOTHING;
    GET DIAGNOSTICS v_added = ROW_COUNT;
    RETURN v_added;
END
$$;

-- Adds (p_id NULL) or removes a sorting rule. Outcome: done (with its id),
-- refused, not_found, taken, invalid.
CREATE FUNCTION pd_digest_rule(p_as text, p_id bigint, p_phrase text, p_folded text, p_section text, p_concerns text,
                               p_exclude boolean) RETURNS TABLE (outcome text, id bigint) LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_id bigint;
    v_phrase text;
BEGIN
    IF NOT pd_desk_staff(v_login, 'digest') THEN
        PERFORM pd_log(v_user, v_login, 'digest.rule', NULL, NULL, NULL, true, 'only digest staff may change the rules');
        RETURN QUERY SELECT 'refused', NULL::bigint;
        RETURN;
    END IF;
    IF p_id IS NOT NULL THEN
        DELETE FROM digest_rules r WHERE r.id = p_id RETURNING r.phrase INTO v_phrase;
        IF NOT FOUND THEN
            RETURN QUERY SELECT 'not_found', p_id;
            RETURN;
        END IF;
        PERFORM pd_log(v_user, v_login, 'digest.rule-remove', NULL, NULL, NULL, false, v_phrase);
        RETURN QUERY SELECT 'done', p_id;
        RETURN;
    END IF;
    IF coalesce(btrim(p_phrase), '') = '' OR coalesce(p_folded, '') = ''
       OR pd_field_too_large(ARRAY[p_phrase, p_folded, p_section, p_concerns]) THEN
        RETURN QUERY SELECT 'invalid', NULL::bigint;
        RETURN;
    END IF;
    IF EXISTS (SELECT FROM digest_rules r WHERE r.folded = p_folded) THEN
        RETURN QUERY SELECT 'taken', NULL::bigint;
        RETURN;
    END IF;
    INSERT INTO digest_rules (phrase, folded, section, concerns, exclude)
    VALUES (btrim(p_phrase), p_folded, coalesce(p_section, ''), coalesce(p_concerns, ''), CASE WHEN p_exclude THEN 1 ELSE 0 END)
    RETURNING digest_rules.id INTO v_id;
    PERFORM pd_log(v_user, v_login, 'digest.rule-add', NULL, NULL, NULL, false, btrim(p_phrase));
    RETURN QUERY SELECT 'done', v_id;
END
$$;

-- The digest's sections, in order. Outcome: done, refused, invalid.
CREATE FUNCTION pd_digest_sections(p_as text, p_names text[]) RETURNS text LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
BEGIN
    IF NOT pd_desk_staff(v_login, 'digest') THEN
        PERFORM pd_log(pd_user_id(v_login), v_login, 'digest.sections', NULL, NULL, NULL, true,
                       'only digest staff may change the sections');
        RETURN 'refused';
    END IF;
    IF coalesce(cardinality(p_names), 0) = 0 OR EXISTS (SELECT FROM unnest(p_names) n WHERE coalesce(btrim(n), '') = '')
       OR cardinality(p_names) <> (SELECT count(DISTINCT lower(n)) FROM unnest(p_names) n) OR pd_field_too_large(p_names) THEN
        RETURN 'invalid';
    END IF;
    DELETE FROM digest_sections;
    INSERT INTO digest_sections (name, position) SELECT n, o FROM unnest(p_names) WITH ORDINALITY AS s(n, o);
    PERFORM pd_log(pd_user_id(v_login), v_login, 'digest.sections', NULL, NULL, NULL, false, array_to_string(p_names, '; '));
    RETURN 'done';
END
$$;

-- Saves the digest of a day: its office, recommendations and stories (a
-- JSON array of objects with title, summary, section, concerns, tone,
-- outlets, item_ids), against the version the desk read (0: a new one).
-- Outcome: done (with id and version), refused, conflict, invalid, too_large.
CREATE FUNCTION pd_digest_save(p_as text, p_day text, p_base_version integer, p_office text, p_recommendations text,
                               p_entries jsonb) RETURNS TABLE (outcome text, id text, version integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_stamp text := pd_now();
    d record;
    v_id text;
BEGIN
    IF NOT pd_desk_staff(v_login, 'digest') THEN
        PERFORM pd_log(v_user, v_login, 'digest.save', NULL, NULL, NULL, true, 'only digest staff may save the digest');
        RETURN QUERY SELECT 'refused', NULL::text, NULL::integer;
        RETURN;
    END IF;
    IF coalesce(p_day, '') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' OR jsonb_typeof(p_entries) IS DISTINCT FROM 'array'
       OR EXISTS (SELECT FROM jsonb_array_elements(p_entries) e WHERE e->>'tone' NOT IN ('positive', 'neutral', 'negative')) THEN
        RETURN QUERY SELECT 'invalid', NULL::text, NULL::integer;
        RETURN;
    END IF;
    IF octet_length(p_entries::text) > @MAX_BODY_BYTES@ OR pd_field_too_large(ARRAY[p_office, p_recommendations]) THEN
        RETURN QUERY SELECT 'too_large', NULL::text, NULL::integer;
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('digests'), hashtext(p_day));
    SELECT x.id, x.state, x.version INTO d FROM digests x WHERE x.day = p_day FOR UPDATE;
    IF FOUND THEN
        IF NOT pd_review_may_edit(v_login, 'digest', d.state) THEN
            PERFORM pd_log(v_user, v_login, 'digest.save', d.id, d.state, NULL, true,
                           format('%s may not change a digest that is %s', v_login, d.state));
            RETURN QUERY SELECT 'refused', d.id, d.version;
            RETURN;
        END IF;
        IF d.version <> p_base_version THEN
            RETURN QUERY SELECT 'conflict', d.id, d.version;
            RETURN;
        END IF;
        v_id := d.id;
        UPDATE digests SET office = coalesce(p_office, ''), recommendations = coalesce(p_recommendations, ''),
            version = digests.version + 1, updated_at = v_stamp WHERE digests.id = v_id;
        DELETE FROM digest_entries WHERE digest_id = v_id;
    ELSE
        IF p_base_version <> 0 THEN
            RETURN QUERY SELECT 'conflict', NULL::text, NULL::integer;
            RETURN;
        END IF;
        v_id := gen_random_uuid()::text;
        INSERT INTO digests (id, day, office, recommendations, created_by, created_at, updated_at)
        VALUES (v_id, p_day, coalesce(p_office, ''), coalesce(p_recommendations, ''), v_user, v_stamp, v_stamp);
    END IF;
    INSERT INTO digest_entries (digest_id, position, title, summary, section, concerns, tone, outlets, item_ids)
    SELECT v_id, (o - 1)::integer, coalesce(e->>'title', ''), coalesce(e->>'summary', ''), coalesce(e->>'section', ''),
           coalesce(e->>'concerns', ''), e->>'tone', coalesce(e->>'outlets', '[]'), coalesce(e->>'item_ids', '[]')
    FROM jsonb_array_elements(p_entries) WITH ORDINALITY AS s(e, o);
    PERFORM pd_log(v_user, v_login, 'digest.save', v_id, NULL, NULL, false, p_day);
    RETURN QUERY SELECT 'done', v_id, (SELECT x.version FROM digests x WHERE x.id = v_id);
END
$$;

-- --------------------------------------------------------------- the sync

-- Who runs the sync: editors, chief editors, admins, the owner's night job.
CREATE FUNCTION pd_may_sync(p_login text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT pd_owner(p_login) OR pd_has(p_login, 'editor') OR pd_has(p_login, 'chief_editor') OR pd_has(p_login, 'admin')
$$;

-- Marks outbox entries (p_outbox 'portal', 'gazette' or 'digest') as sent
-- once the portal has committed them. Only pending entries. A withdrawal
-- is a chief editor's decision, and the server cannot see the portal: so
-- only a chief editor's sync or the owner's night job confirms one (an
-- editor's sync takes the item down, and the entry stays pending until
-- then), and each confirmation is audited. Returns how many were marked,
-- or -1 when refused.
CREATE FUNCTION pd_sync_sent(p_as text, p_outbox text, p_ids bigint[]) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_count integer := 0;
    v_confirms boolean := pd_owner(v_login) OR pd_has(v_login, 'chief_editor');
    w record;
BEGIN
    IF NOT pd_may_sync(v_login) OR p_outbox NOT IN ('portal', 'gazette', 'digest') THEN
        PERFORM pd_log(v_user, v_login, 'sync.sent', NULL, NULL, NULL, true, 'only editors and chief editors run the sync');
        RETURN -1;
    END IF;
    IF p_outbox = 'portal' THEN
        FOR w IN UPDATE portal_outbox o SET done_at = pd_now() WHERE o.id = ANY (p_ids) AND o.done_at IS NULL
                   AND (o.action <> 'withdraw' OR v_confirms)
                 RETURNING o.article_id AS key, o.action LOOP
            v_count := v_count + 1;
            IF w.action = 'withdraw' THEN
                PERFORM pd_log(v_user, v_login, 'sync.withdrawn', w.key, NULL, NULL, false, 'taken down from the portal');
            END IF;
        END LOOP;
    ELSIF p_outbox = 'gazette' THEN
        FOR w IN UPDATE gazette_outbox o SET done_at = pd_now() WHERE o.id = ANY (p_ids) AND o.done_at IS NULL
                   AND (o.action <> 'withdraw' OR v_confirms)
                 RETURNING o.issue_id AS key, o.action LOOP
            v_count := v_count + 1;
            PERFORM pd_log(v_user, v_login, 'sync.gazette-' || w.action, w.key, NULL, NULL, false, '');
        END LOOP;
    ELSE
        FOR w IN UPDATE digest_outbox o SET done_at = pd_now() WHERE o.id = ANY (p_ids) AND o.done_at IS NULL
                   AND (o.action <> 'withdraw' OR v_confirms)
                 RETURNING o.digest_id AS key, o.action LOOP
            v_count := v_count + 1;
            PERFORM pd_log(v_user, v_login, 'sync.digest-' || w.action, w.key, NULL, NULL, false, '');
        END LOOP;
    END IF;
    RETURN v_count;
END
$$;

-- What the last sync found for articles: synced, conflict or failed.
-- Returns how many, or -1 when refused.
CREATE FUNCTION pd_sync_status(p_as text, p_articles text[], p_status text) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_count integer;
BEGIN
    IF NOT pd_may_sync(v_login) OR p_status NOT IN ('synced', 'conflict', 'failed') THEN
        PERFORM pd_log(pd_user_id(v_login), v_login, 'sync.status', NULL, NULL, NULL, true, 'only editors and chief editors run the sync');
        RETURN -1;
    END IF;
    INSERT INTO article_sync (article_id, status)
    SELECT a.id, p_status FROM articles a WHERE a.id = ANY (p_articles)
    ON CONFLICT (article_id) DO UPDATE SET status = excluded.status;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- The portal rows' content hashes as the sync wrote them (for portals
-- without a hash column of their own). Returns how many, or -1 when refused.
CREATE FUNCTION pd_sync_state(p_as text, p_portal text, p_articles text[], p_hashes text[]) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_count integer;
BEGIN
    IF NOT pd_may_sync(v_login) OR cardinality(p_articles) IS DISTINCT FROM cardinality(p_hashes) THEN
        PERFORM pd_log(pd_user_id(v_login), v_login, 'sync.state', NULL, NULL, NULL, true, 'only editors and chief editors run the sync');
        RETURN -1;
    END IF;
    INSERT INTO portal_sync_state (portal, article_id, content_hash)
    SELECT p_portal, s.a, s.h FROM unnest(p_articles, p_hashes) AS s(a, h)
    WHERE EXISTS (SELECT FROM articles x WHERE x.id = s.a)
    ON CONFLICT (portal, article_id) DO UPDATE SET content_hash = excluded.content_hash;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- --------------------------------------------------- each desk's own rows

-- A desk's unsaved text of an article, kept for its signed-in user only.
CREATE FUNCTION pd_autosave(p_as text, p_article text, p_base_version integer, p_title text, p_summary text, p_body text,
                            p_section text, p_tags text, p_source text) RETURNS text LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_user bigint := pd_user_id(pd_actor(p_as));
BEGIN
    IF v_user IS NULL THEN
        RETURN 'refused';
    END IF;
    IF octet_length(coalesce(p_body, '')) > @MAX_BODY_BYTES@
       OR pd_field_too_large(ARRAY[p_title, p_summary, p_section, p_tags, p_source]) THEN
        RETURN 'too_large';
    END IF;
    IF NOT EXISTS (SELECT FROM articles WHERE id = p_article) THEN
        RETURN 'not_found';
    END IF;
    DELETE FROM autosaves WHERE article_id = p_article AND user_id = v_user;
    INSERT INTO autosaves (article_id, user_id, base_version, title, summary, body, section, tags, source, saved_at)
    VALUES (p_article, v_user, p_base_version, coalesce(p_title, ''), coalesce(p_summary, ''), coalesce(p_body, ''),
            coalesce(p_section, ''), coalesce(p_tags, ''), coalesce(p_source, ''), pd_now());
    RETURN 'done';
END
$$;

CREATE FUNCTION pd_drop_autosave(p_as text, p_article text) RETURNS void LANGUAGE sql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$ DELETE FROM autosaves WHERE article_id = p_article AND user_id = pd_user_id(pd_actor(p_as)) $$;

-- A word the spelling checker should accept, for every desk.
CREATE FUNCTION pd_add_word(p_as text, p_word text) RETURNS text LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
    v_user bigint := pd_user_id(v_login);
    v_word text := normalize(btrim(coalesce(p_word, '')), NFC);
BEGIN
    IF v_user IS NULL AND NOT pd_owner(v_login) THEN
        RETURN 'refused';
    END IF;
    IF v_word = '' OR octet_length(v_word) > 200 OR v_word ~ '[\n\r\t]' THEN
        RETURN 'invalid';
    END IF;
    INSERT INTO spelling_words (word, added_by, added_at) VALUES (v_word, v_user, pd_now()) ON CONFLICT DO NOTHING;
    IF FOUND THEN
        PERFORM pd_log(v_user, v_login, 'spelling.add', NULL, NULL, NULL, false, v_word);
    END IF;
    RETURN 'done';
END
$$;

-- A newsroom setting, by an admin.
CREATE FUNCTION pd_set_setting(p_as text, p_key text, p_value text) RETURNS text LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    v_login text := pd_actor(p_as);
BEGIN
    IF NOT (pd_owner(v_login) OR pd_has(v_login, 'admin')) THEN
        PERFORM pd_log(pd_user_id(v_login), v_login, 'settings', NULL, NULL, NULL, true, 'only an admin changes the settings');
        RETURN 'refused';
    END IF;
    IF coalesce(p_key, '') = '' OR pd_field_too_large(ARRAY[p_key, p_value]) THEN
        RETURN 'invalid';
    END IF;
    INSERT INTO newsroom_settings (key, value) VALUES (p_key, coalesce(p_value, ''))
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
    PERFORM pd_log(pd_user_id(v_login), v_login, 'settings', NULL, NULL, NULL, false, p_key);
    RETURN 'done';
END
$$;

-- ------------------------------------------------------------- privileges

-- The review triggers of schema 11 stay as a second guard under the
-- functions. What staff wrote directly, they now write through the above.
DO $grants$
DECLARE
    staff text := 'portaldesk_reporter, portaldesk_editor, portaldesk_chief_editor, portaldesk_digest, portaldesk_gazette, portaldesk_admin';
    t text;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON %I FROM %s', t, staff);
    END LOOP;
    -- Nothing staff write takes a number any more; the desks only read the
    -- servers' change counts.
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %s FROM %s', '@SCHEMA@', staff);
    EXECUTE format('GRANT SELECT ON SEQUENCE pd_article_changes, pd_lock_changes TO %s', staff);
    EXECUTE format('REVOKE EXECUTE ON FUNCTION pd_audit FROM %s', staff);
    EXECUTE format('GRANT EXECUTE ON FUNCTION pd_gazette_add, pd_gazette_edit, pd_gazette_new_issue, pd_gazette_place,'
                   ' pd_gazette_unplace, pd_gazette_order, pd_review, pd_digest_feed, pd_digest_fetched, pd_digest_add_items,'
                   ' pd_digest_rule, pd_digest_sections, pd_digest_save, pd_sync_sent, pd_sync_status, pd_sync_state,'
                   ' pd_autosave, pd_drop_autosave, pd_add_word, pd_set_setting TO %s', staff);
END
$grants$;
REVOKE ALL ON FUNCTION pd_owner, pd_desk_staff, pd_review_to, pd_review_may_edit, pd_field_too_large, pd_gazette_problem,
    pd_gazette_open_issue, pd_may_sync FROM PUBLIC;
