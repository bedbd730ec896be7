"""The periodic sweeps, stored with django-celery-beat so that an editor can change their
schedules in the admin (Periodic tasks). Idempotent: rows are looked up by name."""

from django.db import migrations

SWEEPS = (
    # name, task, every (minutes)
    (
        "Reminders: due soon, overdue, escalation, stale, unassigned",
        "claims.tasks.sweep_reminders",
        1,
    ),
    ("Daily digests (checked every 15 minutes)", "claims.tasks.sweep_digests", 15),
    ("Articles waiting for their page: fetch again", "claims.tasks.redispatch_fetches", 5),
)


def create_sweeps(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    for name, task, minutes in SWEEPS:
        schedule, _ = IntervalSchedule.objects.get_or_create(every=minutes, period="minutes")
        PeriodicTask.objects.get_or_create(
            name=name, defaults={"task": task, "interval": schedule, "enabled": True}
        )


def remove_sweeps(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(
        name__in=[name for name, _, _ in SWEEPS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0005_reminders"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_sweeps, remove_sweeps)]
