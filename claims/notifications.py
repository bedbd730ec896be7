"""Deadlines, reminders and escalations: on time, exactly once.

How "exactly once" holds:
- A notification is a row with a unique dedupe key (kind, claim, destination, and the deadline
  it is about). Sweeps insert with ON CONFLICT DO NOTHING, so two sweeps, or one sweep run
  twice, create each reminder once.
- Sending is a task handed to the broker after the sweep commits. The worker first claims the
  row with a conditional UPDATE (only an unsent row nobody holds, or whose holder went silent
  past the lease), checks that the reminder still makes sense, sends, and records sent_at.
- Everything is derived from what the database says: a message lost between sweep and worker,
  or a worker killed mid-send, leaves an unsent row that the next sweep dispatches again.
- A changed due time changes the dedupe key: the old reminder is marked obsolete when it is
  sent or swept, the new deadline gets reminders of its own.
"""

from __future__ import annotations

import zoneinfo
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Count, Exists, F, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from claims import roles
from claims.dispatch import send_after_commit
from claims.models import Article, Claim, Notification, Profile, Webhook

Kind = Notification.Kind
DEADLINE_KINDS = (Kind.DUE_SOON, Kind.OVERDUE, Kind.ESCALATION)


class DeliveryFailed(Exception):
    def __init__(self, message: str, *, retry: bool):
        self.retry = retry
        super().__init__(message)


@dataclass
class SweepResult:
    created: dict[str, int] = field(default_factory=dict)
    obsoleted: int = 0
    dispatched: int = 0


# --- deadlines ---------------------------------------------------------------------------------


def derived_due_at(*, verify_by: datetime | None, priority: int) -> datetime | None:
    """A claim's due time when nobody set one: ahead of its article's deadline by priority."""
    if verify_by is None:
        return None
    try:
        return verify_by - timedelta(minutes=settings.CLAIM_DUE_LEAD_MINUTES.get(priority, 0))
    except OverflowError:  # a deadline at the very start of the calendar
        return verify_by


def article_apply_deadline(*, article: Article) -> int:
    """Give the article's claims that have no hand-set due time the one its deadline implies.
    One UPDATE per priority; returns how many claims changed."""
    changed = 0
    claims = article.claims.filter(due_set_by_hand=False)
    for priority in Claim.Priority.values:
        due_at = derived_due_at(verify_by=article.verify_by, priority=priority)
        changed += (
            claims.filter(priority=priority)
            .exclude(due_at=due_at)
            .update(due_at=due_at, version=F("version") + 1)
            if due_at is not None
            else claims.filter(priority=priority).exclude(due_at=None).update(due_at=None)
        )
    if changed:
        obsolete_outdated(claim_ids=list(article.claims.values_list("pk", flat=True)))
    return changed


def obsolete_outdated(*, claim_ids: list[int], now: datetime | None = None) -> int:
    """Mark unsent deadline reminders whose deadline is no longer the claim's as obsolete."""
    now = now or timezone.now()
    outdated = Notification.objects.filter(
        claim_id__in=claim_ids,
        kind__in=DEADLINE_KINDS,
        sent_at=None,
        obsolete_at=None,
        failed_at=None,
    ).exclude(about_deadline=F("claim__due_at"))
    return outdated.update(obsolete_at=now, last_error="The claim's due time changed.")


# --- sweeps ------------------------------------------------------------------------------------


def sweep_reminders(*, now: datetime | None = None) -> SweepResult:
    """Create the reminders that are due and hand every unsent one to a worker. Its cost follows
    the number of claims near or past their due time, not the number of claims (the partial
    index claim_open_due)."""
    now = now or timezone.now()
    result = SweepResult()
    editors = _editors()
    webhooks = list(Webhook.objects.filter(is_active=True))
    rows: list[Notification] = []
    rows += _due_soon(now)
    rows += _overdue(now)
    rows += _escalations(now, editors, webhooks)
    rows += _stale(now, editors)
    rows += _unassigned(now, editors, webhooks)
    with transaction.atomic():
        for kind in Kind.values:
            result.created[kind] = 0
        # Conflicts are reminders that exist already: skipped, never duplicated.
        before = _count_by_kind({row.dedupe_key for row in rows})
        Notification.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)
        after = _count_by_kind({row.dedupe_key for row in rows})
        for kind, count in after.items():
            result.created[kind] = count - before.get(kind, 0)
        result.obsoleted = obsolete_outdated(
            claim_ids=sorted({row.claim_id for row in rows if row.claim_id}), now=now
        )
    result.dispatched = dispatch_pending(now=now)
    return result


def sweep_digests(*, now: datetime | None = None) -> int:
    """Each desk member's morning digest, once a day at their digest hour (their time zone)."""
    now = now or timezone.now()
    profiles = {profile.user_id: profile for profile in Profile.objects.all()}
    open_counts = dict(
        Claim.objects.filter(status__in=Claim.OPEN_STATUSES, assignee__isnull=False)
        .values_list("assignee")
        .annotate(total=Count("pk"))
    )
    rows = []
    for member in roles.desk_members():
        profile = profiles.get(member.pk) or Profile(user=member)
        local = now.astimezone(zoneinfo.ZoneInfo(profile.time_zone))
        if local.hour != profile.digest_hour or not open_counts.get(member.pk):
            continue
        rows.append(
            Notification(
                recipient=member,
                kind=Kind.DIGEST,
                dedupe_key=f"digest:u{member.pk}:{local.date().isoformat()}",
                subject=f"Your claims for {local:%A %d %B}",
            )
        )
    before = Notification.objects.filter(kind=Kind.DIGEST).count()
    Notification.objects.bulk_create(rows, ignore_conflicts=True)
    created = Notification.objects.filter(kind=Kind.DIGEST).count() - before
    dispatch_pending(now=now)
    return created


def dispatch_pending(*, now: datetime | None = None, limit: int = 5000) -> int:
    """Hand unsent notifications to the workers: new ones, ones whose message was lost, and
    ones whose worker died mid-send (claimed longer ago than the lease)."""
    now = now or timezone.now()
    pending = Notification.objects.filter(sent_at=None, failed_at=None, obsolete_at=None).filter(
        Q(dispatched_at=None) | Q(dispatched_at__lt=now - settings.NOTIFICATION_REDISPATCH_AFTER),
        Q(claimed_at=None) | Q(claimed_at__lt=now - settings.NOTIFICATION_LEASE),
    )
    ids = list(pending.order_by("created_at").values_list("pk", flat=True)[:limit])
    if not ids:
        return 0
    Notification.objects.filter(pk__in=ids).update(dispatched_at=now)

    def not_sent(unsent: list) -> None:
        # The broker is away: let the next sweep try these again straight away.
        Notification.objects.filter(pk__in=[arguments[0] for arguments in unsent]).update(
            dispatched_at=None
        )

    send_after_commit("claims.tasks.send_notification", [[pk] for pk in ids], on_failure=not_sent)
    return len(ids)


def _count_by_kind(keys: set[str]) -> dict[str, int]:
    if not keys:
        return {}
    return dict(
        Notification.objects.filter(dedupe_key__in=keys)
        .values_list("kind")
        .annotate(total=Count("pk"))
    )


def _key(kind: str, claim_id: int, *, user=None, webhook=None, about=None) -> str:
    destination = f"u{user.pk}" if user is not None else f"w{webhook.pk}"
    return f"{kind}:{claim_id}:{destination}:{about.isoformat() if about else '-'}"


def _row(kind: str, claim: Claim, *, about, user=None, webhook=None, subject: str) -> Notification:
    return Notification(
        kind=kind,
        claim=claim,
        article_id=claim.article_id,
        recipient=user,
        webhook=webhook,
        about_deadline=about,
        dedupe_key=_key(kind, claim.pk, user=user, webhook=webhook, about=about),
        subject=subject[:300],
    )


def _open_claims():
    return _with_people(Claim.objects.filter(status__in=Claim.OPEN_STATUSES))


def _with_people(claims):
    # The article's body can be long and a reminder needs only its title.
    return claims.select_related("article", "assignee").defer("article__body")


def _not_yet_notified(claims, kind: str, about: str | None, order: str):
    """The claims still owed a reminder of this kind about this deadline, the most pressing
    first, at most REMINDER_SWEEP_BATCH of them: a backlog of thousands is worked through
    over a few sweeps instead of being rebuilt in memory every minute."""
    sent = Notification.objects.filter(claim=OuterRef("pk"), kind=kind)
    if about is not None:
        sent = sent.filter(about_deadline=OuterRef(about))
    return claims.exclude(Exists(sent)).order_by(order)[: settings.REMINDER_SWEEP_BATCH]


def _due_soon(now: datetime) -> list[Notification]:
    claims = _open_claims().filter(
        assignee__isnull=False,
        due_at__gte=now,
        due_at__lt=now + settings.REMINDER_DUE_SOON_BEFORE,
    )
    claims = _not_yet_notified(claims, Kind.DUE_SOON, "due_at", "due_at")
    return [
        _row(
            Kind.DUE_SOON,
            claim,
            about=claim.due_at,
            user=claim.assignee,
            subject=f"Due soon: claim #{claim.ordinal} of “{claim.article}”",
        )
        for claim in claims
    ]


def _overdue(now: datetime) -> list[Notification]:
    claims = _open_claims().filter(assignee__isnull=False, due_at__lt=now)
    claims = _not_yet_notified(claims, Kind.OVERDUE, "due_at", "due_at")
    return [
        _row(
            Kind.OVERDUE,
            claim,
            about=claim.due_at,
            user=claim.assignee,
            subject=f"Overdue: claim #{claim.ordinal} of “{claim.article}”",
        )
        for claim in claims
    ]


def _escalations(now: datetime, editors: list, webhooks: list[Webhook]) -> list[Notification]:
    claims = _open_claims().filter(due_at__lt=now - settings.REMINDER_ESCALATE_AFTER)
    claims = list(_not_yet_notified(claims, Kind.ESCALATION, "due_at", "due_at"))
    article_editors = _article_editors({claim.article_id for claim in claims})
    rows = []
    for claim in claims:
        subject = f"Escalation: claim #{claim.ordinal} of “{claim.article}” is still overdue"
        for editor in article_editors.get(claim.article_id) or editors:
            rows.append(
                _row(Kind.ESCALATION, claim, about=claim.due_at, user=editor, subject=subject)
            )
        for webhook in _webhooks_for(webhooks, claim, Kind.ESCALATION):
            rows.append(
                _row(Kind.ESCALATION, claim, about=claim.due_at, webhook=webhook, subject=subject)
            )
    return rows


def _stale(now: datetime, editors: list) -> list[Notification]:
    claims = _with_people(
        Claim.objects.filter(
            status=Claim.Status.IN_REVIEW,
            last_activity_at__lt=now - settings.REMINDER_STALE_AFTER,
        )
    )
    claims = _not_yet_notified(claims, Kind.STALE, "last_activity_at", "last_activity_at")
    rows = []
    for claim in claims:
        subject = f"No activity: claim #{claim.ordinal} of “{claim.article}” is waiting"
        for person in [claim.assignee] if claim.assignee else editors:
            # The inactivity it is about: new activity, then new silence, is a new nudge.
            rows.append(
                _row(Kind.STALE, claim, about=claim.last_activity_at, user=person, subject=subject)
            )
    return rows


def _unassigned(now: datetime, editors: list, webhooks: list[Webhook]) -> list[Notification]:
    claims = _with_people(
        Claim.objects.filter(
            status=Claim.Status.NEW,
            assignee=None,
            checkworthiness__gte=settings.REMINDER_UNASSIGNED_MIN_WORTHINESS,
            created_at__lt=now - settings.REMINDER_UNASSIGNED_AFTER,
        )
    )
    claims = list(_not_yet_notified(claims, Kind.UNASSIGNED, None, "-checkworthiness"))
    article_editors = _article_editors({claim.article_id for claim in claims})
    rows = []
    for claim in claims:
        subject = f"Nobody has taken claim #{claim.ordinal} of “{claim.article}”"
        for editor in article_editors.get(claim.article_id) or editors:
            rows.append(_row(Kind.UNASSIGNED, claim, about=None, user=editor, subject=subject))
        for webhook in _webhooks_for(webhooks, claim, Kind.UNASSIGNED):
            rows.append(_row(Kind.UNASSIGNED, claim, about=None, webhook=webhook, subject=subject))
    return rows


def _editors() -> list:
    return list(
        get_user_model().objects.filter(is_active=True, groups__name=roles.EDITORS).distinct()
    )


def _article_editors(article_ids: set[int]) -> dict[int, list]:
    chosen: dict[int, list] = defaultdict(list)
    through = Article.editors.through.objects.filter(article_id__in=article_ids).select_related(
        "user"
    )
    for link in through:
        if link.user.is_active:
            chosen[link.article_id].append(link.user)
    return chosen


def _webhooks_for(webhooks: list[Webhook], claim: Claim, kind: str) -> list[Webhook]:
    return [
        webhook
        for webhook in webhooks
        if webhook.wants(kind) and webhook.desk in ("", claim.article.desk)
    ]


# --- sending -----------------------------------------------------------------------------------


def notification_send(*, notification_id: int, now: datetime | None = None) -> str:
    """Deliver one notification if it is still unsent and nobody else holds it. Returns what
    happened: "sent", "obsolete", or "taken" (someone else has it, or it is done)."""
    now = now or timezone.now()
    taken = (
        Notification.objects.filter(
            pk=notification_id, sent_at=None, failed_at=None, obsolete_at=None
        )
        .filter(Q(claimed_at=None) | Q(claimed_at__lt=now - settings.NOTIFICATION_LEASE))
        .update(claimed_at=now, attempts=F("attempts") + 1)
    )
    if taken != 1:
        return "taken"  # another worker got there first, or it is already done
    notification = Notification.objects.select_related(
        "recipient", "webhook", "claim__article", "claim__assignee"
    ).get(pk=notification_id)
    reason = _no_longer_needed(notification, now)
    if reason:
        Notification.objects.filter(pk=notification_id).update(
            obsolete_at=now, claimed_at=None, last_error=reason
        )
        return "obsolete"
    try:
        _deliver(notification, now)
    except Exception as error:  # a mail server or chat that fails, whatever the exception
        give_up = notification.attempts >= settings.NOTIFICATION_MAX_ATTEMPTS
        Notification.objects.filter(pk=notification_id).update(
            claimed_at=None,
            last_error=f"Attempt {notification.attempts}: {type(error).__name__}: {error}"[:2000],
            failed_at=now if give_up else None,
        )
        raise DeliveryFailed(str(error), retry=not give_up) from error
    Notification.objects.filter(pk=notification_id).update(sent_at=timezone.now(), last_error="")
    return "sent"


def notifications_mark_read(*, user, notification_ids: list[int] | None = None) -> int:
    unread = Notification.objects.filter(recipient=user, read_at=None)
    if notification_ids is not None:
        unread = unread.filter(pk__in=notification_ids)
    return unread.update(read_at=timezone.now())


def _no_longer_needed(notification: Notification, now: datetime) -> str:
    claim = notification.claim
    if claim is None:
        return ""
    if notification.kind not in (Kind.DIGEST, Kind.EVIDENCE) and not claim.is_open:
        return "The claim was resolved before the reminder went out."
    if notification.kind in DEADLINE_KINDS and notification.about_deadline != claim.due_at:
        return "The claim's due time changed."
    if notification.kind in (Kind.DUE_SOON, Kind.OVERDUE) and (
        notification.recipient_id != claim.assignee_id
    ):
        return "The claim was reassigned."
    if notification.kind == Kind.UNASSIGNED and claim.assignee_id is not None:
        return "Someone took the claim."
    if notification.kind == Kind.STALE and (
        claim.status != Claim.Status.IN_REVIEW
        or notification.about_deadline != claim.last_activity_at
    ):
        return "There was activity on the claim."
    return ""


def _deliver(notification: Notification, now: datetime) -> None:
    if notification.webhook_id:
        from claims.fetching import post_json

        post_json(notification.webhook.url, webhook_payload(notification))
        return
    recipient = notification.recipient
    profile = Profile.objects.filter(user=recipient).first()
    if not recipient.email or (profile is not None and not profile.email_notifications):
        return  # in-app only: the row itself is the notification
    subject, text, html = render_email(notification, now=now)
    message = EmailMultiAlternatives(subject, text, to=[recipient.email])
    message.attach_alternative(html, "text/html")
    message.send()


def render_email(
    notification: Notification, *, now: datetime | None = None
) -> tuple[str, str, str]:
    """Subject, text and HTML of a notification's e-mail (templates/emails/)."""
    context = email_context(notification, now=now or timezone.now())
    text = render_to_string("emails/notification.txt", context)
    html = render_to_string("emails/notification.html", context)
    return notification.subject or context["headline"], text, html


def email_context(notification: Notification, *, now: datetime) -> dict:
    recipient = notification.recipient
    profile = Profile.objects.filter(user=recipient).first() if recipient else None
    zone = zoneinfo.ZoneInfo(profile.time_zone if profile else "UTC")
    claim = notification.claim
    context = {
        "notification": notification,
        "recipient": recipient,
        "claim": claim,
        "article": claim.article if claim else notification.article,
        "headline": notification.subject,
        "time_zone": zone.key,
        "site_url": settings.SITE_URL,
        "now": now.astimezone(zone),
    }
    if claim is not None:
        context["claim_url"] = settings.SITE_URL + reverse(
            "admin:claims_claim_change", args=[claim.pk]
        )
        context["due_local"] = claim.due_at.astimezone(zone) if claim.due_at else None
    if notification.kind == Kind.DIGEST and recipient is not None:
        mine = (
            Claim.objects.filter(assignee=recipient, status__in=Claim.OPEN_STATUSES)
            .select_related("article")
            .order_by(F("due_at").asc(nulls_last=True), "-checkworthiness")
        )
        end_of_day = now.astimezone(zone).replace(hour=23, minute=59, second=59)
        context["overdue"] = [c for c in mine if c.due_at and c.due_at < now]
        context["due_today"] = [c for c in mine if c.due_at and now <= c.due_at <= end_of_day]
        context["open"] = [c for c in mine if not c.due_at or c.due_at > end_of_day]
        context["claims_url"] = settings.SITE_URL + reverse("admin:claims_claim_changelist")
    return context


def webhook_payload(notification: Notification) -> dict:
    """A Slack-compatible message (also understood by Mattermost and Rocket.Chat)."""
    claim = notification.claim
    lines = [f"*{notification.subject}*"]
    if claim is not None:
        lines.append(f"> {claim.text[:300]}")
        if claim.due_at:
            lines.append(f"Due {claim.due_at:%Y-%m-%d %H:%M} UTC")
        lines.append(settings.SITE_URL + reverse("admin:claims_claim_change", args=[claim.pk]))
    text = "\n".join(lines)
    return {"text": text, "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]}
