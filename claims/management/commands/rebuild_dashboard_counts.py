"""Recompute the dashboard's whole-desk counts from the rows (claims/summary_triggers.py)."""

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from claims import summary_triggers
from claims.models import OpenClaimCount, ResolvedCount


class Command(BaseCommand):
    help = (
        "Recompute open claims per person and claims resolved per quarter hour from the claims "
        "and their history. The database's triggers keep both exact; this is the repair if a "
        "count is ever in doubt (after restoring only some tables, say)."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            summary_triggers.rebuild(connection)
        people = OpenClaimCount.objects.exclude(open_claims=0).count()
        quarters = ResolvedCount.objects.exclude(resolved=0).count()
        self.stdout.write(
            f"Recounted open claims for {people} people and resolutions in {quarters} "
            "quarter hours."
        )
