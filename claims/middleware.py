import zoneinfo

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import timezone

from claims.models import Profile


class UserTimeZoneMiddleware:
    """Times are stored in UTC and shown in the person's own time zone (their profile)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        zone = None
        if request.user.is_authenticated:
            name = (
                Profile.objects.filter(user=request.user)
                .values_list("time_zone", flat=True)
                .first()
            )
            if name:
                try:
                    zone = zoneinfo.ZoneInfo(name)
                except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                    zone = None
        if zone is None:
            timezone.deactivate()
        else:
            timezone.activate(zone)
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """When the database is unreachable, answer a clean 503 (JSON for the API, a page for
    people) instead of a 500; the request's transaction, if any, has rolled back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return database_unavailable(request) if is_database_gone(exception) else None


def is_database_gone(exception) -> bool:
    return isinstance(exception, OperationalError | InterfaceError)


def database_unavailable(request) -> HttpResponse:
    """The one 503 for an unreachable database: JSON under /api/, a page for people. Used by
    the middleware (errors in views) and by handler500 (errors anywhere else)."""
    message = "The database is unavailable right now. Nothing was saved; try again shortly."
    headers = {"Retry-After": "30"}
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"error": {"code": "service_unavailable", "message": message}},
            status=503,
            headers=headers,
        )
    page = render_to_string("503.html", {"message": message})
    return HttpResponse(page, status=503, headers=headers)
