"""Reminders through a real broker, a real Celery worker and beat: delivered exactly once, also
when a worker is killed mid-send."""

import signal
from datetime import timedelta

import pytest
from django.utils import timezone
from django_celery_beat.models import IntervalSchedule, PeriodicTask

from claims.models import Article, Claim, Notification
from tests import workers

pytestmark = [
    pytest.mark.slow,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not workers.broker_is_real(), reason="needs a Redis or RabbitMQ broker"),
]

BODY = "The ministry said 40 people were injured. The hospital put the number at 25. " * 3


@pytest.fixture(autouse=True)
def empty_queue():
    from newsroom.celery import app

    app.control.purge()
    yield
    app.control.purge()


def due_claims(article: Article, assignee, count: int) -> list[Claim]:
    due = timezone.now() + timedelta(minutes=30)
    return [
        Claim.objects.create(
            article=article,
            ordinal=ordinal,
            text=BODY[18:40],
            start=18,
            end=40,
            sentence_start=0,
            sentence_end=42,
            assignee=assignee,
            due_at=due,
        )
        for ordinal in range(1, count + 1)
    ]


def notification_states() -> list:
    return list(Notification.objects.values_list("attempts", "claimed_at", "sent_at", "last_error"))


def sweep_every_two_seconds() -> None:
    # The migration's schedule, made fast; a transactional test's flush may have emptied it.
    fast, _ = IntervalSchedule.objects.get_or_create(every=2, period=IntervalSchedule.SECONDS)
    PeriodicTask.objects.update_or_create(
        task="claims.tasks.sweep_reminders",
        defaults={"name": "Reminders (test)", "interval": fast, "enabled": True},
    )
    PeriodicTask.objects.exclude(task="claims.tasks.sweep_reminders").update(enabled=False)


def test_worker_and_beat_deliver_each_reminder_once(tmp_path, fact_checker):
    article = Article.objects.create(title="Injuries", body=BODY)
    due_claims(article, fact_checker, 5)
    sweep_every_two_seconds()
    env = workers.worker_environment(tmp_path)
    log = tmp_path / "celery.log"
    worker = workers.start_worker(env, log, "first")
    beat = workers.start_beat(env, log, tmp_path)
    try:
        workers.wait_until(
            lambda: Notification.objects.filter(sent_at__isnull=False).count() == 5,
            seconds=90,
            what=f"five reminders sent ({notification_states()})",
            logs=[log],
        )
        # Let beat sweep a few more times: nothing more may be created or sent.
        import time

        time.sleep(6)
    finally:
        workers.stop(beat)
        workers.stop(worker)
    assert Notification.objects.count() == 5
    subjects = workers.sent_messages(tmp_path / "mail")
    assert len(subjects) == 5
    assert all(subject.startswith("Due soon: claim #") for subject in subjects)
    assert len(set(subjects)) == 5


def test_a_worker_killed_while_sending_loses_and_doubles_nothing(tmp_path, fact_checker):
    article = Article.objects.create(title="Injuries", body=BODY)
    due_claims(article, fact_checker, 4)
    sweep_every_two_seconds()
    env = workers.worker_environment(
        tmp_path,
        EMAIL_BACKEND="slow_email.SlowFileBackend",
        SLOW_EMAIL_SECONDS="4",
        NOTIFICATION_LEASE_SECONDS="8",
        NOTIFICATION_REDISPATCH_SECONDS="8",
    )
    log = tmp_path / "celery.log"
    beat = workers.start_beat(env, log, tmp_path)
    first = workers.start_worker(env, log, "first")
    try:
        workers.wait_until(
            lambda: Notification.objects.filter(claimed_at__isnull=False, sent_at=None).exists(),
            seconds=60,
            what="a worker sending",
            logs=[log],
        )
        workers.stop(first, signal.SIGKILL)  # mid-send: no ack, no sent_at
        assert Notification.objects.filter(sent_at=None).exists()
        second = workers.start_worker(env, log, "second")
        try:
            workers.wait_until(
                lambda: Notification.objects.filter(sent_at=None).count() == 0,
                seconds=120,
                what=f"every reminder sent after the restart ({notification_states()})",
                logs=[log],
            )
        finally:
            workers.stop(second)
    finally:
        workers.stop(beat)
        workers.stop(first, signal.SIGKILL)
    subjects = workers.sent_messages(tmp_path / "mail")
    assert Notification.objects.count() == 4
    assert sorted(subjects) == sorted(set(subjects)) and len(subjects) == 4
