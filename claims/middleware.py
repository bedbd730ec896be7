import zoneinfo

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
        from django.db import InterfaceError, OperationalError

        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        message = "The database is unavailable right now. Nothing was saved; try again shortly."
        if request.path.startswith("/api/"):
            return JsonResponse(
                {"error": {"code": "service_unavailable", "message": message}},
                status=503,
                headers={"Retry-After": "30"},
            )
        response = render_to_string("503.html", {"message": message})
        return HttpResponse(response, status=503, headers={"Retry-After": "30"})
