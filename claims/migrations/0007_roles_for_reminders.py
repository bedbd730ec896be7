from django.db import migrations

from claims.roles import sync_groups


def update_groups(apps, schema_editor):
    sync_groups(apps)  # editors manage webhooks and people's notification settings


class Migration(migrations.Migration):
    dependencies = [("claims", "0006_periodic_sweeps")]

    operations = [migrations.RunPython(update_groups, migrations.RunPython.noop)]
