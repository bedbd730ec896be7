import zoneinfo

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
