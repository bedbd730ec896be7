"""Reminder sweeps and sending, with a frozen clock (each call is given its `now`)."""

import threading
from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.db import connection

from claims import notifications
from claims.models import Article, Claim, Notification, Profile, Webhook
from claims.notifications import DeliveryFailed, notification_send, sweep_digests, sweep_reminders
from claims.services import claim_transition, claim_update

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BODY = "Officials said 40 people were injured in the blast. The hospital put the number at 25."


@pytest.fixture(autouse=True)
def reminder_settings(settings):
    settings.REMINDER_DUE_SOON_BEFORE = timedelta(hours=2)
    settings.REMINDER_ESCALATE_AFTER = timedelta(hours=4)
    settings.REMINDER_STALE_AFTER = timedelta(hours=48)
    settings.REMINDER_UNASSIGNED_AFTER = timedelta(hours=1)
    settings.REMINDER_UNASSIGNED_MIN_WORTHINESS = 0.6
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def article(db):
    return Article.objects.create(title="Blast injuries", body=BODY, desk="Metro")


def make_claim(article, *, ordinal=1, assignee=None, due_at=None, status="new", worth=0.8):
    claim = Claim.objects.create(
        article=article,
        ordinal=ordinal,
        text=BODY[15:49],
        start=15,
        end=49,
        sentence_start=0,
        sentence_end=50,
        assignee=assignee,
        due_at=due_at,
        status=status,
        checkworthiness=worth,
    )
    # created an hour and a half before the frozen "now"
    Claim.objects.filter(pk=claim.pk).update(
        created_at=NOW - timedelta(minutes=90), last_activity_at=NOW - timedelta(minutes=90)
    )
    claim.refresh_from_db()
    return claim


def kinds_for(person) -> list[str]:
    return sorted(Notification.objects.filter(recipient=person).values_list("kind", flat=True))


def send_all(now=NOW) -> list[str]:
    return [
        notification_send(notification_id=pk, now=now)
        for pk in Notification.objects.order_by("pk").values_list("pk", flat=True)
    ]


def test_a_claim_due_soon_reminds_its_assignee_once(article, fact_checker):
    make_claim(article, assignee=fact_checker, due_at=NOW + timedelta(hours=1))
    first = sweep_reminders(now=NOW)
    second = sweep_reminders(now=NOW + timedelta(minutes=1))
    assert first.created["due_soon"] == 1 and second.created["due_soon"] == 0
    assert kinds_for(fact_checker) == ["due_soon"]


def test_nothing_is_said_about_a_claim_due_later(article, fact_checker):
    make_claim(article, assignee=fact_checker, due_at=NOW + timedelta(hours=5))
    sweep_reminders(now=NOW)
    assert Notification.objects.count() == 0


def test_an_overdue_claim_reminds_then_escalates_to_the_editors(
    article, fact_checker, editor, other_fact_checker
):
    claim = make_claim(article, assignee=fact_checker, due_at=NOW - timedelta(hours=1))
    sweep_reminders(now=NOW)
    assert kinds_for(fact_checker) == ["overdue"]
    assert kinds_for(editor) == []
    sweep_reminders(now=NOW + timedelta(hours=4))  # five hours late: past the grace period
    assert kinds_for(fact_checker) == ["overdue"]
    assert kinds_for(editor) == ["escalation"]
    assert kinds_for(other_fact_checker) == []
    escalation = Notification.objects.get(kind="escalation")
    assert escalation.claim == claim and escalation.about_deadline == claim.due_at


def test_escalation_goes_to_the_articles_own_editors_when_it_has_some(
    article, fact_checker, editor, django_user_model
):
    from django.contrib.auth.models import Group

    desk_editor = django_user_model.objects.create_user("dora", "dora@example.org", "x")
    desk_editor.groups.add(Group.objects.get(name="Editors"))
    article.editors.add(desk_editor)
    make_claim(article, assignee=fact_checker, due_at=NOW - timedelta(hours=6))
    sweep_reminders(now=NOW)
    assert kinds_for(desk_editor) == ["escalation"]
    assert kinds_for(editor) == []


def test_a_claim_in_review_without_activity_gets_a_nudge(article, fact_checker):
    claim = make_claim(article, assignee=fact_checker, status="in_review")
    Claim.objects.filter(pk=claim.pk).update(last_activity_at=NOW - timedelta(hours=50))
    sweep_reminders(now=NOW)
    sweep_reminders(now=NOW + timedelta(minutes=5))
    assert kinds_for(fact_checker) == ["stale"]


def test_a_checkworthy_claim_nobody_took_goes_to_the_editors_and_the_desk_chat(
    article, editor, fact_checker
):
    chat = Webhook.objects.create(name="Metro chat", url="https://chat.example/hook", desk="Metro")
    Webhook.objects.create(name="Sports chat", url="https://chat.example/s", desk="Sports")
    make_claim(article, worth=0.9)
    make_claim(article, ordinal=2, worth=0.2)
    sweep_reminders(now=NOW)
    assert kinds_for(editor) == ["unassigned"]
    assert kinds_for(fact_checker) == []
    assert list(
        Notification.objects.filter(webhook__isnull=False).values_list("webhook", flat=True)
    ) == [chat.pk]


def test_sending_delivers_an_html_and_text_email_once(article, fact_checker):
    make_claim(article, assignee=fact_checker, due_at=NOW + timedelta(hours=1))
    sweep_reminders(now=NOW)
    assert send_all() == ["sent"]
    assert send_all() == ["taken"]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [fact_checker.email]
    assert "Due soon" in message.subject
    assert "40 people were injured" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and "Open the claim" in html
    assert Notification.objects.get().sent_at is not None


def test_nothing_is_sent_for_a_claim_resolved_in_the_meantime(article, fact_checker):
    claim = make_claim(article, assignee=fact_checker, due_at=NOW + timedelta(hours=1))
    sweep_reminders(now=NOW)
    claim_transition(claim=claim, to_status="dismissed", by=fact_checker, expected_version=1)
    assert send_all() == ["obsolete"]
    assert mail.outbox == []
    assert "resolved" in Notification.objects.get().last_error


def test_a_rescheduled_claim_gets_new_reminders_and_not_the_old_ones(article, fact_checker):
    claim = make_claim(article, assignee=fact_checker, due_at=NOW - timedelta(hours=1))
    sweep_reminders(now=NOW)
    old = Notification.objects.get(kind="overdue")
    new_due = NOW + timedelta(minutes=90)
    claim_update(claim=claim, by=fact_checker, expected_version=1, changes={"due_at": new_due})
    old.refresh_from_db()
    assert old.obsolete_at is not None
    sweep_reminders(now=NOW)
    fresh = Notification.objects.get(obsolete_at=None)
    assert fresh.kind == "due_soon" and fresh.about_deadline == new_due
    assert send_all() == ["taken", "sent"]
    assert len(mail.outbox) == 1 and "Due soon" in mail.outbox[0].subject


def test_a_failing_mail_server_is_retried_then_given_up_with_the_error_visible(
    article, fact_checker, settings
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    settings.NOTIFICATION_MAX_ATTEMPTS = 2
    make_claim(article, assignee=fact_checker, due_at=NOW + timedelta(hours=1))
    sweep_reminders(now=NOW)
    notification = Notification.objects.get()
    with pytest.raises(DeliveryFailed) as first:
        notification_send(notification_id=notification.pk, now=NOW)
    assert first.value.retry
    notification.refresh_from_db()
    assert notification.claimed_at is None and notification.failed_at is None
    assert "ConnectionRefusedError" in notification.last_error
    with pytest.raises(DeliveryFailed) as second:
        notification_send(notification_id=notification.pk, now=NOW)
    assert not second.value.retry
    notification.refresh_from_db()
    assert notification.failed_at is not None and notification.state == "failed"
    # the mail server is back: a failed notification is not sent again by itself
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert notification_send(notification_id=notification.pk, now=NOW) == "taken"


def test_a_notification_held_by_a_dead_worker_is_sent_after_the_lease(
    article, fact_checker, settings
):
    settings.NOTIFICATION_LEASE = timedelta(minutes=5)
    make_claim(article, assignee=fact_checker, due_at=NOW + timedelta(hours=1))
    sweep_reminders(now=NOW)
    Notification.objects.update(claimed_at=NOW)  # a worker took it and died
    assert send_all(now=NOW + timedelta(minutes=1)) == ["taken"]
    assert sweep_reminders(now=NOW + timedelta(minutes=2)).dispatched == 0
    assert sweep_reminders(now=NOW + timedelta(minutes=10)).dispatched == 1
    assert send_all(now=NOW + timedelta(minutes=10)) == ["sent"]
    assert len(mail.outbox) == 1


def test_a_lost_message_is_dispatched_again_by_a_later_sweep(
    article, fact_checker, settings, django_capture_on_commit_callbacks
):
    settings.NOTIFICATION_REDISPATCH_AFTER = timedelta(minutes=5)
    make_claim(article, assignee=fact_checker, due_at=NOW + timedelta(hours=1))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert sweep_reminders(now=NOW).dispatched == 1
        assert sweep_reminders(now=NOW + timedelta(minutes=1)).dispatched == 0
        assert sweep_reminders(now=NOW + timedelta(minutes=6)).dispatched == 1
    assert len(callbacks) == 2


def test_the_daily_digest_comes_once_in_the_persons_morning(article, fact_checker):
    Profile.objects.create(user=fact_checker, time_zone="America/New_York", digest_hour=7)
    make_claim(article, assignee=fact_checker, due_at=NOW - timedelta(hours=1))
    make_claim(article, ordinal=2, assignee=fact_checker, due_at=NOW + timedelta(days=3))
    new_york_seven = datetime(2026, 3, 2, 12, 15, tzinfo=UTC)  # 07:15 in New York
    assert sweep_digests(now=new_york_seven - timedelta(hours=2)) == 0
    assert sweep_digests(now=new_york_seven) == 1
    assert sweep_digests(now=new_york_seven + timedelta(minutes=30)) == 0
    digest = Notification.objects.get(kind="digest")
    notification_send(notification_id=digest.pk, now=new_york_seven)
    body = mail.outbox[0].body
    assert "OVERDUE" in body and "OPEN" in body and "America/New_York" in body


def test_webhook_payload_is_slack_compatible(article, editor):
    claim = make_claim(article)
    chat = Webhook.objects.create(name="Desk chat", url="https://chat.example/hook")
    notification = Notification.objects.create(
        kind="unassigned", claim=claim, webhook=chat, dedupe_key="k", subject="Nobody took it"
    )
    payload = notifications.webhook_payload(notification)
    assert payload["text"].startswith("*Nobody took it*")
    assert payload["blocks"][0]["text"]["type"] == "mrkdwn"
    assert f"/admin/claims/claim/{claim.pk}/change/" in payload["text"]


def test_marking_read_clears_the_unread_count(client, article, fact_checker):
    make_claim(article, assignee=fact_checker, due_at=NOW + timedelta(hours=1))
    sweep_reminders(now=NOW)
    client.force_login(fact_checker)
    page = client.get("/admin/").content.decode()
    assert 'aria-label="1 unread"' in page
    notifications.notifications_mark_read(user=fact_checker)
    assert "unread-count" not in client.get("/admin/").content.decode()


def test_the_articles_deadline_sets_due_times_by_priority(article, fact_checker, settings):
    from claims.services import article_update

    settings.CLAIM_DUE_LEAD_MINUTES = {1: 240, 2: 120, 3: 60, 4: 0}
    urgent = make_claim(article)
    Claim.objects.filter(pk=urgent.pk).update(priority=1)
    by_hand = make_claim(article, ordinal=2, due_at=NOW)
    Claim.objects.filter(pk=by_hand.pk).update(due_set_by_hand=True)
    article_update(article=article, by=fact_checker, changes={"verify_by": NOW + timedelta(days=1)})
    urgent.refresh_from_db()
    by_hand.refresh_from_db()
    assert urgent.due_at == NOW + timedelta(days=1) - timedelta(minutes=240)
    assert by_hand.due_at == NOW


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_sweeps_at_once_create_each_reminder_once(article, fact_checker, editor):
    for ordinal in range(1, 21):
        make_claim(article, ordinal=ordinal, assignee=fact_checker, due_at=NOW - timedelta(hours=5))
    barrier = threading.Barrier(2)
    errors = []

    def sweep():
        try:
            barrier.wait()
            sweep_reminders(now=NOW)
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sweep) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Notification.objects.filter(kind="overdue").count() == 20
    assert Notification.objects.filter(kind="escalation").count() == 20


def test_a_backlog_is_worked_through_in_batches_without_repeating_itself(
    article, fact_checker, settings
):
    settings.REMINDER_SWEEP_BATCH = 2
    for ordinal in range(1, 6):
        make_claim(article, ordinal=ordinal, assignee=fact_checker, due_at=NOW - timedelta(hours=1))
    created = [sweep_reminders(now=NOW).created["overdue"] for _ in range(4)]
    assert created == [2, 2, 1, 0]
    assert Notification.objects.filter(kind="overdue").count() == 5


def test_a_mail_server_that_comes_back_delivers_the_pending_reminder_once(
    article, fact_checker, settings
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    make_claim(article, assignee=fact_checker, due_at=NOW + timedelta(hours=1))
    sweep_reminders(now=NOW)
    notification = Notification.objects.get()
    with pytest.raises(DeliveryFailed):
        notification_send(notification_id=notification.pk, now=NOW)
    notification.refresh_from_db()
    assert notification.state == "pending" and "Attempt 1" in notification.last_error
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # it is back
    assert notification_send(notification_id=notification.pk, now=NOW) == "sent"
    assert notification_send(notification_id=notification.pk, now=NOW) == "taken"
    assert len(mail.outbox) == 1
    notification.refresh_from_db()
    assert notification.attempts == 2 and notification.last_error == ""
