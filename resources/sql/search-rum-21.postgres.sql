-- Schema 21 (PostgreSQL only), run when the server has the RUM index
-- (Debian's postgresql-17-rum; CREATE EXTENSION rum in the newsroom's
-- database): the two search vectors indexed with their words' positions.
--
-- A GIN index holds which articles have a word, not where: a phrase
-- ("quang tri", each step of a search but the last is one) is checked
-- against every candidate's vector in the table, read from TOAST and
-- decompressed. With words as common as "quang" and "tri" that is tens of
-- thousands of vectors for a hundred matches, and the planner, which
-- cannot know how rare the phrase is, walks the articles newest first
-- testing each: 1.1 s on 100,000 articles for a phrase found in 143 of
-- them, seconds under load. RUM keeps the positions in the index and
-- answers the phrase there (17 ms); see README, "Search".
CREATE INDEX articles_search_exact_rum ON articles USING rum (search_exact rum_tsvector_ops);
CREATE INDEX articles_search_folded_rum ON articles USING rum (search_folded rum_tsvector_ops);
DROP INDEX articles_search_exact;
DROP INDEX articles_search_folded;

-- One step of a search: the newest p_window matches of the query, the
-- best p_limit of them by ts_rank. The settings make the planner take the
-- matches from the index (a bitmap scan, no vector read but the window's):
-- its estimate of a phrase's matches is that of its words, so it would
-- otherwise walk the articles newest first or read them all. Run with the
-- caller's rights: the same rows as the caller's own SELECT.
CREATE FUNCTION pd_search_newest(p_exact boolean, p_query tsquery, p_window integer, p_limit integer)
    RETURNS SETOF text LANGUAGE plpgsql STABLE
    SET search_path = @SCHEMA@, pg_temp
    SET enable_seqscan = off
    SET enable_indexscan = off
AS $$
BEGIN
    IF p_exact THEN
        RETURN QUERY SELECT n.id FROM (SELECT a.id, a.search_exact AS v FROM articles a
                                       WHERE a.search_exact @@ p_query ORDER BY a.updated_at DESC LIMIT p_window) AS n
                     ORDER BY pg_catalog.ts_rank(n.v, p_query) DESC, n.id LIMIT p_limit;
    ELSE
        RETURN QUERY SELECT n.id FROM (SELECT a.id, a.search_folded AS v FROM articles a
                                       WHERE a.search_folded @@ p_query ORDER BY a.updated_at DESC LIMIT p_window) AS n
                     ORDER BY pg_catalog.ts_rank(n.v, p_query) DESC, n.id LIMIT p_limit;
    END IF;
END
$$;

REVOKE ALL ON FUNCTION pd_search_newest FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pd_search_newest TO portaldesk_reporter, portaldesk_editor, portaldesk_chief_editor,
    portaldesk_digest, portaldesk_gazette, portaldesk_admin, portaldesk_qa;
