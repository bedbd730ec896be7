from django.apps import AppConfig
from django.apps import apps as global_apps
from django.db import connections
from django.db.models.signals import post_migrate, pre_migrate


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = "Claim desk"

    def ready(self) -> None:
        pre_migrate.connect(_drop_sqlite_triggers, sender=self)
        post_migrate.connect(_install_sqlite_triggers, sender=self)


def _drop_sqlite_triggers(sender, using, **kwargs) -> None:
    from claims.offset_triggers import drop_sqlite_triggers

    if connections[using].vendor == "sqlite":
        drop_sqlite_triggers(connections[using])


def _install_sqlite_triggers(sender, using, apps=None, **kwargs) -> None:
    from claims.offset_triggers import install_sqlite_triggers
    from claims.roles import sync_groups

    if connections[using].vendor == "sqlite":
        install_sqlite_triggers(connections[using])
    # The roles are data: put them back after a flush (tests) or a partial migrate.
    sync_groups(apps or global_apps, create_missing_permissions=False)
