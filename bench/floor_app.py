"""A bench-only WSGI app: the project's own URLs plus a bare "floor" view.

    gunicorn --pythonpath bench floor_app:application

GET /bench-floor/claims/<page>/ returns the same 50 rows as the API page of that name
(bench/api_throughput.py PAGES: the default page, and filtered by status, assignee, article,
due time and a search), with the article title, as `.values()` dicts through JsonResponse: no
auth, no serializer, no pagination object. It is what the API's throughput is measured
against. The project's URL configuration is not touched: this module is the URL configuration
here.
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

from django.conf import settings

settings.ROOT_URLCONF = __name__

from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import Http404, JsonResponse  # noqa: E402
from django.urls import include, path  # noqa: E402

application = get_wsgi_application()

from api_pages import floor_rows  # noqa: E402

FIELDS = (
    "id", "article_id", "article__title", "ordinal", "text", "start", "end", "claimant",
    "claimant_start", "claimant_end", "claimant_kind", "cue", "cue_start", "cue_end", "kind",
    "checkworthiness", "status", "verdict", "assignee_id", "due_at", "priority", "version",
    "updated_at",
)  # fmt: skip


def floor(request, page):
    try:
        rows = list(floor_rows(page).values(*FIELDS)[:50])
    except KeyError:
        raise Http404(page) from None
    return JsonResponse({"results": rows})


urlpatterns = [
    path("bench-floor/claims/<str:page>/", floor),
    path("", include("newsroom.urls")),
]
