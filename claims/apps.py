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
    from claims import offset_triggers, summary_triggers

    connection = connections[using]
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            for statement in (*offset_triggers.SQLITE_BACKWARD, *summary_triggers.SQLITE_BACKWARD):
                cursor.execute(statement)


def _install_sqlite_triggers(sender, using, apps=None, **kwargs) -> None:
    from claims import offset_triggers, summary_triggers
    from claims.roles import sync_groups

    connection = connections[using]
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            for statement in offset_triggers.SQLITE_FORWARD:
                cursor.execute(statement)
        if "claims_openclaimcount" in connection.introspection.table_names():
            with connection.cursor() as cursor:
                for statement in summary_triggers.SQLITE_FORWARD:
                    cursor.execute(statement)
            # Rows written while the triggers were away (during the migrate) are counted.
            summary_triggers.rebuild(connection)
    # The roles are data: put them back after a flush (tests) or a partial migrate.
    sync_groups(apps or global_apps, create_missing_permissions=False)
