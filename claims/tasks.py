"""Celery tasks: thin doors that take ids, call a service and own their retries."""

from celery import shared_task

from claims import services


@shared_task(name="claims.tasks.fetch_article", acks_late=True)
def fetch_article(article_id: int) -> None:
    # Fetch failures are recorded on the article by the service (a person must act on them);
    # a worker lost mid-fetch leaves the article "fetching", and the message is delivered again
    # because it is acknowledged only after the service returns.
    services.article_fetch_complete(article_id=article_id)
