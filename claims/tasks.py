"""Celery tasks: thin doors that take ids, call a service and own their retries."""

from celery import shared_task
from django.conf import settings

from claims import memory, notifications, services, snapshots


@shared_task(name="claims.tasks.fetch_article", acks_late=True)
def fetch_article(article_id: int) -> None:
    # Fetch failures are recorded on the article by the service (a person must act on them);
    # a worker lost mid-fetch leaves the article "fetching", and the message is delivered again
    # because it is acknowledged only after the service returns.
    services.article_fetch_complete(article_id=article_id)


@shared_task(name="claims.tasks.sweep_reminders", acks_late=True)
def sweep_reminders() -> dict:
    result = notifications.sweep_reminders()
    return {"created": result.created, "dispatched": result.dispatched}


@shared_task(name="claims.tasks.sweep_digests", acks_late=True)
def sweep_digests() -> int:
    return notifications.sweep_digests()


@shared_task(bind=True, name="claims.tasks.send_notification", acks_late=True, max_retries=None)
def send_notification(self, notification_id: int) -> str:
    try:
        return notifications.notification_send(notification_id=notification_id)
    except notifications.DeliveryFailed as failure:
        if not failure.retry:
            return "failed"  # recorded on the row, visible in the admin
        # Exponential backoff; the row's attempts count, not Celery's, decides when to stop.
        delay = settings.NOTIFICATION_RETRY_BACKOFF * 2 ** min(self.request.retries, 8)
        raise self.retry(countdown=delay) from failure


@shared_task(name="claims.tasks.redispatch_fetches", acks_late=True)
def redispatch_fetches() -> int:
    """URL fetches recorded while the broker was away, or whose worker died: send them again."""
    return services.article_fetch_redispatch()


@shared_task(name="claims.tasks.match_article", acks_late=True)
def match_article(article_id: int) -> int:
    """Match an article's claims against the desk (safe to run twice: it replaces its own
    suggestions and keeps what people decided)."""
    return memory.article_match(article_id=article_id)


@shared_task(name="claims.tasks.redispatch_matching", acks_late=True)
def redispatch_matching() -> int:
    """Articles whose matching was never done (broker away, worker lost): send it again."""
    return memory.article_match_redispatch()


@shared_task(name="claims.tasks.capture_source", acks_late=True)
def capture_source(source_id: int) -> int | None:
    """Capture the page of a source attached to a claim (evidence snapshot)."""
    snapshot = snapshots.capture(source_id=source_id)
    return snapshot.pk if snapshot else None


@shared_task(name="claims.tasks.recapture_source", acks_late=True)
def recapture_source(source_id: int) -> int | None:
    """Capture a watched source's page again and report a change to its claims."""
    snapshot = snapshots.recapture(source_id=source_id)
    return snapshot.pk if snapshot else None


@shared_task(name="claims.tasks.sweep_snapshots", acks_late=True)
def sweep_snapshots() -> int:
    """The sources of open and recently published claims due for a new capture."""
    return snapshots.sweep()
