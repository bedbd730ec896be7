"""The claims' full-text index without GIN's pending list (PostgreSQL only).

With ``fastupdate`` on (the default), new claims wait in an unsorted pending list until a
vacuum or 4 MB of them, and every search reads the whole list: on a desk that has just taken
in a few thousand claims, each of an article's ~35 candidate searches took 4-5 ms instead of
0.1 ms. The desk searches claims on every article it stores (the memory's matching), so the
index is kept sorted as claims come in; what is already pending is merged now.
"""

from django.db import migrations

FORWARD = """
ALTER INDEX claim_search_gin SET (fastupdate = off);
SELECT gin_clean_pending_list('claim_search_gin'::regclass);
"""
BACKWARD = "ALTER INDEX claim_search_gin RESET (fastupdate);"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [("claims", "0023_list_orders")]

    operations = [migrations.RunPython(forward, backward)]
