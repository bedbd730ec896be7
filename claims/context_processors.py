from django.utils.functional import SimpleLazyObject

from claims.models import Notification


def notifications(request):
    """The unread count in the admin header: counted only when a template shows it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "unread_notifications": SimpleLazyObject(
            lambda: Notification.objects.filter(recipient=user, read_at=None).count()
        )
    }
