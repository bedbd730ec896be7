"""Claim offsets must point inside their article's body.

A CHECK constraint cannot read another table, so the rule is kept by triggers, one set per
database engine: inserting or moving a claim past the end of its article's body, or shortening
a body under its claims, is refused by the database itself (an IntegrityError in Django).

PostgreSQL's triggers are created once by migration 0002. SQLite rebuilds a table to alter it,
which drops triggers on it and fails on triggers that name it, so on SQLite they are dropped
before every migrate and created again after it (claims.apps).
"""

# The largest end offset a claim row holds.
POSTGRES_CLAIM_END = (
    'GREATEST(NEW."end", NEW.sentence_end, COALESCE(NEW.claimant_end, 0), COALESCE(NEW.cue_end, 0))'
)
POSTGRES_FORWARD = f"""
CREATE FUNCTION claims_claim_offsets_inside_body() RETURNS trigger AS $$
DECLARE body_length integer;
BEGIN
    SELECT char_length(body) INTO body_length FROM claims_article WHERE id = NEW.article_id;
    IF {POSTGRES_CLAIM_END} > body_length THEN
        RAISE EXCEPTION 'claim offsets outside the article body (article %, length %)',
            NEW.article_id, body_length USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER claims_claim_offsets_inside_body
    BEFORE INSERT OR UPDATE OF article_id, "end", sentence_end, claimant_end, cue_end
    ON claims_claim FOR EACH ROW EXECUTE FUNCTION claims_claim_offsets_inside_body();

CREATE FUNCTION claims_article_body_covers_claims() RETURNS trigger AS $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM claims_claim c WHERE c.article_id = NEW.id AND GREATEST(
            c."end", c.sentence_end, COALESCE(c.claimant_end, 0), COALESCE(c.cue_end, 0)
        ) > char_length(NEW.body)
    ) THEN
        RAISE EXCEPTION 'article body too short for its claims (article %)', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER claims_article_body_covers_claims
    BEFORE UPDATE OF body ON claims_article FOR EACH ROW
    WHEN (OLD.body IS DISTINCT FROM NEW.body)
    EXECUTE FUNCTION claims_article_body_covers_claims();
"""
POSTGRES_BACKWARD = """
DROP TRIGGER IF EXISTS claims_article_body_covers_claims ON claims_article;
DROP FUNCTION IF EXISTS claims_article_body_covers_claims();
DROP TRIGGER IF EXISTS claims_claim_offsets_inside_body ON claims_claim;
DROP FUNCTION IF EXISTS claims_claim_offsets_inside_body();
"""

SQLITE_CLAIM_END = (
    'max(NEW."end", NEW.sentence_end, coalesce(NEW.claimant_end, 0), coalesce(NEW.cue_end, 0))'
)
SQLITE_FORWARD = [
    f"""
CREATE TRIGGER IF NOT EXISTS claims_claim_offsets_inside_body_insert BEFORE INSERT ON claims_claim
WHEN {SQLITE_CLAIM_END} > (SELECT length(body) FROM claims_article WHERE id = NEW.article_id)
BEGIN SELECT RAISE(ABORT, 'claim offsets outside the article body'); END;
""",
    f"""
CREATE TRIGGER IF NOT EXISTS claims_claim_offsets_inside_body_update
BEFORE UPDATE OF article_id, "end", sentence_end, claimant_end, cue_end ON claims_claim
WHEN {SQLITE_CLAIM_END} > (SELECT length(body) FROM claims_article WHERE id = NEW.article_id)
BEGIN SELECT RAISE(ABORT, 'claim offsets outside the article body'); END;
""",
    """
CREATE TRIGGER IF NOT EXISTS claims_article_body_covers_claims
BEFORE UPDATE OF body ON claims_article
WHEN EXISTS (
    SELECT 1 FROM claims_claim c WHERE c.article_id = NEW.id AND max(
        c."end", c.sentence_end, coalesce(c.claimant_end, 0), coalesce(c.cue_end, 0)
    ) > length(NEW.body)
)
BEGIN SELECT RAISE(ABORT, 'article body too short for its claims'); END;
""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS claims_claim_offsets_inside_body_insert;",
    "DROP TRIGGER IF EXISTS claims_claim_offsets_inside_body_update;",
    "DROP TRIGGER IF EXISTS claims_article_body_covers_claims;",
]
