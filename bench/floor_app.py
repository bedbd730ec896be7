"""A bench-only WSGI app: the project's own URLs plus a bare "floor" view.

    gunicorn --pythonpath bench floor_app:application

GET /bench-floor/claims/ returns the same 50 rows as GET /api/claims/?status=in_review&page_size=50
(newest first, with the article title) as `.values()` dicts through JsonResponse: no auth, no
serializer, no pagination object. It is what the API's throughput is measured against. The
project's URL configuration is not touched: this module is the URL configuration here.
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

from django.conf import settings

settings.ROOT_URLCONF = __name__

from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import JsonResponse  # noqa: E402
from django.urls import include, path  # noqa: E402

application = get_wsgi_application()

from claims.models import Claim  # noqa: E402

FIELDS = (
    "id", "article_id", "article__title", "ordinal", "text", "start", "end", "claimant",
    "claimant_start", "claimant_end", "claimant_kind", "cue", "cue_start", "cue_end", "kind",
    "checkworthiness", "status", "verdict", "assignee_id", "due_at", "priority", "version",
    "updated_at",
)  # fmt: skip


def floor(request):
    rows = list(Claim.objects.filter(status="in_review").order_by("-id").values(*FIELDS)[:50])
    return JsonResponse({"results": rows})


urlpatterns = [
    path("bench-floor/claims/", floor),
    path("", include("newsroom.urls")),
]
