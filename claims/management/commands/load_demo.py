"""Load the demo desk: the seed article with its claims, a fact-checker, an editor and an admin.

Idempotent: a second run finds everything in place and creates nothing. Passwords are random and
printed once, when the account is created (use --reset-passwords to print new ones).
"""

import secrets
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from claims import roles
from claims.services import DuplicateArticle, article_ingest

SEED_FOLDER = Path(__file__).resolve().parents[2] / "fixtures" / "seed"
SEED_FILE = SEED_FOLDER / "china-daily-2013-03-18-khalluf.txt"

# username, e-mail, group (None: superuser)
DEMO_ACCOUNTS = (
    ("factchecker", "factchecker@example.org", roles.FACT_CHECKERS),
    ("editor", "editor@example.org", roles.EDITORS),
    ("admin", "admin@example.org", None),
)


class Command(BaseCommand):
    help = "Load the demo desk (seed article, demo fact-checker, editor and admin). Idempotent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset-passwords",
            action="store_true",
            help="Give the demo accounts new random passwords and print them.",
        )

    def handle(self, *args, reset_passwords: bool = False, **options):
        with transaction.atomic():
            logins = self._accounts(reset_passwords=reset_passwords)
        self._seed_article()
        self.stdout.write("Demo logins:")
        for username, password in logins:
            shown = password or "(set when first created; --reset-passwords prints new ones)"
            self.stdout.write(f"  {username:<12} {shown}")

    def _accounts(self, *, reset_passwords: bool) -> list[tuple[str, str | None]]:
        User = get_user_model()
        logins = []
        for username, email, group_name in DEMO_ACCOUNTS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "email": email,
                    "is_staff": True,
                    "is_superuser": group_name is None,
                },
            )
            password = None
            if created or reset_passwords:
                password = secrets.token_urlsafe(12)
                user.set_password(password)
                user.save(update_fields=["password"])
            if group_name is not None:
                user.groups.add(Group.objects.get(name=group_name))
            logins.append((username, password))
        return logins

    def _seed_article(self) -> None:
        User = get_user_model()
        try:
            article = article_ingest(
                text=SEED_FILE.read_text(encoding="utf-8"),
                by=User.objects.get(username="factchecker"),
                desk="World",
                verify_by=timezone.now() + timedelta(hours=24),
            )
        except DuplicateArticle as duplicate:
            self.stdout.write(f"Seed article already loaded: {duplicate.article}")
            return
        self.stdout.write(
            f"Loaded the seed article “{article}” with {article.claims.count()} claims."
        )
