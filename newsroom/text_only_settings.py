"""Settings for the commands that read text and print JSON: extract_claims (and any other
command in manage.TEXT_ONLY_COMMANDS). They touch no database, broker, cache or secret, so
manage.py runs them with these settings unless DJANGO_SETTINGS_MODULE names others: they work
from a fresh clone with no environment variables set, as the extraction contract promises.
"""

from newsroom.limits import ARTICLE_MAX_CHARACTERS  # noqa: F401 (read by extract_claims)

INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "claims"]
# No database: a command run with these settings that tried to query would fail loudly.
DATABASES: dict = {}
USE_TZ = True
TIME_ZONE = "UTC"
LOGGING_CONFIG = None
