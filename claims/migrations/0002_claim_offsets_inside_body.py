"""Claim offsets must point inside their article's body: PostgreSQL triggers (see
claims/offset_triggers.py; SQLite's are managed around each migrate by claims.apps)."""

from django.db import migrations

from claims.offset_triggers import POSTGRES_BACKWARD, POSTGRES_FORWARD


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # No parameters: the SQL has % signs of its own (RAISE placeholders).
        schema_editor.execute(POSTGRES_FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]

    operations = [migrations.RunPython(forward, backward)]
