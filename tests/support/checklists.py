"""Checklist steps done, for tests about what comes after them (a verdict, a carried verdict)."""

from claims import checklists


def complete(claim, by) -> None:
    """Give the claim the checklists it fits and tick every step."""
    checklists.attach(claim=claim, by=by)
    for step in claim.checklist_steps.filter(state="open"):
        checklists.step_update(
            step=step, by=by, expected_version=step.version, state="done", note="Checked."
        )


def ship_templates() -> None:
    """The templates of the data migration, again: a transactional test's flush empties them."""
    import importlib

    from django.apps import apps

    # Only the templates: the migration's create() also syncs the groups with the historical
    # registry's tricks, which must not touch the live app registry.
    importlib.import_module("claims.migrations.0017_checklist_templates").create_templates(apps)
