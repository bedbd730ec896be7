"""Search at scale, on PostgreSQL (SQLite falls back to plain LIKE):

- a generated full-text vector on claims (text + claimant) and articles (title + body), each
  with a GIN index: claims.search.claims_matching / articles_matching use them;
- trigram (pg_trgm) GIN indexes behind the admin's substring search (ILIKE '%…%').

The columns are not Django fields: the database computes them, and only the search functions
read them.
"""

from django.db import migrations

FORWARD = """
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER TABLE claims_claim ADD COLUMN search tsvector GENERATED ALWAYS AS (
    to_tsvector('english'::regconfig, coalesce(text, '') || ' ' || coalesce(claimant, ''))
) STORED;
CREATE INDEX claim_search_gin ON claims_claim USING gin (search);
ALTER TABLE claims_article ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'B')
) STORED;
CREATE INDEX article_search_gin ON claims_article USING gin (search);
CREATE INDEX claim_text_trigram ON claims_claim USING gin (text gin_trgm_ops);
CREATE INDEX claim_claimant_trigram ON claims_claim USING gin (claimant gin_trgm_ops);
CREATE INDEX article_title_trigram ON claims_article USING gin (title gin_trgm_ops);
"""
BACKWARD = """
DROP INDEX IF EXISTS article_title_trigram;
DROP INDEX IF EXISTS claim_claimant_trigram;
DROP INDEX IF EXISTS claim_text_trigram;
ALTER TABLE claims_article DROP COLUMN IF EXISTS search;
ALTER TABLE claims_claim DROP COLUMN IF EXISTS search;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [("claims", "0008_claim_review_url")]

    operations = [migrations.RunPython(forward, backward)]
