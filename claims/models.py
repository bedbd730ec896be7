"""The domain model: articles, the claims they make, the sources behind them, and the work done on
each claim (notes, history, notifications).

Rules that must always hold are database constraints, so that no code path (admin, API, task,
shell) can break them. Each index names the query it serves.
"""

import hashlib
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone


def person_field(**options) -> models.ForeignKey:
    """Who did something (created, proposed, signed off …): kept as null if the account goes."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        **options,
    )


def body_hash(body: str) -> str:
    """The fingerprint used to find the same article pasted twice: whitespace runs folded."""
    normalised = " ".join(body.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


class Article(models.Model):
    class IngestStatus(models.TextChoices):
        READY = "ready", "Ready"
        FETCHING = "fetching", "Fetching"
        FAILED = "failed", "Failed"

    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    dateline = models.CharField(max_length=200, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    # The canonical text: every claim, claimant and cue offset points into it.
    body = models.TextField(blank=True)
    content_hash = models.CharField(max_length=64, blank=True)
    desk = models.CharField(max_length=100, blank=True)
    verify_by = models.DateTimeField("verify by", null=True, blank=True)
    # Who is told when this article's claims run late (empty: every editor).
    editors = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")
    ingest_status = models.CharField(
        max_length=16, choices=IngestStatus.choices, default=IngestStatus.READY
    )
    ingest_error = models.TextField(blank=True)
    # When its claims were last matched against the desk (claims.memory); null while matching
    # is pending (the article page says so) or for articles stored before matching existed.
    matched_at = models.DateTimeField(null=True, blank=True)
    created_by = person_field()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=~Q(url=""), name="article_url_unique_when_present"
            ),
            models.UniqueConstraint(
                fields=["content_hash"],
                condition=~Q(content_hash=""),
                name="article_body_unique",
            ),
        ]
        indexes = [
            # Dashboard: articles in a desk ordered by how soon they must be verified.
            models.Index(fields=["desk", "verify_by"], name="article_desk_verify_by"),
            # Dashboard "at risk first" and deadline-window filter across all desks.
            models.Index(fields=["verify_by"], name="article_verify_by"),
            # Admin and API default ordering: newest first.
            models.Index(fields=["-created_at"], name="article_created_desc"),
            # The admin's outlet filter: the outlets, read one index step each
            # (selectors.outlets).
            models.Index(fields=["outlet"], condition=~Q(outlet=""), name="article_outlet"),
        ]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"

    def save(self, *args, **kwargs):
        self.content_hash = body_hash(self.body) if self.body.strip() else ""
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("admin:claims_article_change", args=[self.pk])


class ClaimStatus(models.TextChoices):
    NEW = "new", "New"
    IN_REVIEW = "in_review", "In review"
    VERDICT_PROPOSED = "verdict_proposed", "Verdict proposed"
    SIGNED_OFF = "signed_off", "Signed off"
    DISMISSED = "dismissed", "Dismissed"


class ClaimVerdict(models.TextChoices):
    TRUE = "true", "True"
    MOSTLY_TRUE = "mostly_true", "Mostly true"
    HALF_TRUE = "half_true", "Half true"
    MISLEADING = "misleading", "Misleading"
    MOSTLY_FALSE = "mostly_false", "Mostly false"
    FALSE = "false", "False"
    UNPROVEN = "unproven", "Unproven"


class ClaimKind(models.TextChoices):
    STATEMENT = "statement", "Statement"
    STATISTIC = "statistic", "Statistic"
    QUOTE = "quote", "Quote"
    ACCUSATION = "accusation", "Accusation"
    DENIAL = "denial", "Denial"
    ESTIMATE = "estimate", "Estimate"
    PREDICTION = "prediction", "Prediction"


class ClaimPriority(models.IntegerChoices):
    URGENT = 1, "Urgent"
    HIGH = 2, "High"
    NORMAL = 3, "Normal"
    LOW = 4, "Low"


class ClaimOrigin(models.TextChoices):
    EXTRACTED = "extracted", "Extracted"
    MANUAL = "manual", "Added by hand"


# Claims still being worked: what reminders, queues and "open" counts look at.
OPEN_STATUSES = (
    ClaimStatus.NEW.value,
    ClaimStatus.IN_REVIEW.value,
    ClaimStatus.VERDICT_PROPOSED.value,
)

# The workflow, defined here and nowhere else: from each status, where a claim may go next.
# Signing off is an editor's step and reopening (from signed off or dismissed) is recorded.
ALLOWED_TRANSITIONS: dict[str, tuple[str, ...]] = {
    ClaimStatus.NEW: (ClaimStatus.IN_REVIEW, ClaimStatus.DISMISSED),
    ClaimStatus.IN_REVIEW: (ClaimStatus.VERDICT_PROPOSED, ClaimStatus.DISMISSED, ClaimStatus.NEW),
    ClaimStatus.VERDICT_PROPOSED: (ClaimStatus.SIGNED_OFF, ClaimStatus.IN_REVIEW),
    ClaimStatus.SIGNED_OFF: (ClaimStatus.IN_REVIEW,),
    ClaimStatus.DISMISSED: (ClaimStatus.NEW,),
}


class Claim(models.Model):
    Status = ClaimStatus
    Verdict = ClaimVerdict
    Kind = ClaimKind
    Priority = ClaimPriority
    Origin = ClaimOrigin

    OPEN_STATUSES = OPEN_STATUSES
    # The flag_* fields, by name: the API lists and filters them by these names.
    FLAG_NAMES = ("unverified", "anonymous_source", "hedged", "statistic", "direct_quote")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    ordinal = models.PositiveIntegerField(help_text="Position of the claim in its article.")
    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()
    # Who made the claim (the named antecedent when the text says "he"); the span marks where
    # the claim's own sentence names them.
    claimant = models.CharField(max_length=300, blank=True)
    claimant_kind = models.CharField(max_length=40, blank=True)
    claimant_start = models.PositiveIntegerField(null=True, blank=True)
    claimant_end = models.PositiveIntegerField(null=True, blank=True)
    cue = models.CharField(max_length=100, blank=True)
    cue_start = models.PositiveIntegerField(null=True, blank=True)
    cue_end = models.PositiveIntegerField(null=True, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.STATEMENT)
    # What the article itself says about the claim.
    flag_unverified = models.BooleanField("not verified in the text", default=False)
    flag_anonymous_source = models.BooleanField("anonymous source", default=False)
    flag_hedged = models.BooleanField("hedged", default=False)
    flag_statistic = models.BooleanField("statistic", default=False)
    flag_direct_quote = models.BooleanField("direct quote", default=False)
    checkworthiness = models.FloatField(default=0.0)
    checkworthiness_reasons = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW)
    verdict = models.CharField(max_length=20, choices=Verdict.choices, blank=True)
    verdict_proposed_by = person_field()
    signed_off_by = person_field()
    signed_off_at = models.DateTimeField(null=True, blank=True)
    # Where the published fact-check lives, when it came from elsewhere (ClaimReview import).
    review_url = models.URLField(max_length=2000, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_claims",
    )
    due_at = models.DateTimeField("due", null=True, blank=True)
    # A due time set by a person is kept; otherwise it follows the article's deadline and the
    # claim's priority (settings.CLAIM_DUE_LEAD_MINUTES).
    due_set_by_hand = models.BooleanField(default=False)
    priority = models.PositiveSmallIntegerField(choices=Priority.choices, default=Priority.NORMAL)
    origin = models.CharField(max_length=12, choices=Origin.choices, default=Origin.EXTRACTED)
    # The span the extractor first gave this claim: re-extraction recognises its own claims by
    # it even after a person has edited the text.
    extracted_start = models.PositiveIntegerField(null=True, blank=True)
    extracted_end = models.PositiveIntegerField(null=True, blank=True)
    # Optimistic locking: every write compares and bumps it.
    version = models.PositiveIntegerField(default=1)
    last_activity_at = models.DateTimeField(auto_now_add=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["article", "ordinal"]
        constraints = [
            models.UniqueConstraint(fields=["article", "ordinal"], name="claim_ordinal_unique"),
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="claim_start_before_end"),
            models.CheckConstraint(
                condition=Q(sentence_start__lte=F("start"), sentence_end__gte=F("end")),
                name="claim_inside_its_sentence",
            ),
            models.CheckConstraint(
                condition=(
                    Q(claimant_start__isnull=True, claimant_end__isnull=True)
                    | Q(claimant_start__lt=F("claimant_end"))
                ),
                name="claim_claimant_span_valid",
            ),
            models.CheckConstraint(
                condition=(
                    Q(cue_start__isnull=True, cue_end__isnull=True) | Q(cue_start__lt=F("cue_end"))
                ),
                name="claim_cue_span_valid",
            ),
            models.CheckConstraint(
                condition=Q(checkworthiness__gte=0) & Q(checkworthiness__lte=1),
                name="claim_checkworthiness_range",
            ),
            models.CheckConstraint(
                condition=Q(status__in=ClaimStatus.values),
                name="claim_status_known",
            ),
            models.CheckConstraint(
                condition=Q(verdict="") | Q(verdict__in=ClaimVerdict.values),
                name="claim_verdict_known",
            ),
            models.CheckConstraint(
                condition=~Q(status="signed_off") | ~Q(verdict=""),
                name="claim_signed_off_has_verdict",
            ),
            # "Offsets inside the body" needs the article's length, which a CHECK cannot see:
            # it is enforced by the triggers of migration 0002.
        ]
        indexes = [
            # Reminder sweeps: open claims whose due time falls in a window.
            models.Index(
                fields=["due_at"],
                condition=Q(status__in=OPEN_STATUSES),
                name="claim_open_due",
            ),
            # "My queue" and reviewer workload: a person's claims by status.
            models.Index(fields=["assignee", "status"], name="claim_assignee_status"),
            # Dashboard progress bars: claim counts by status per article.
            models.Index(fields=["article", "status"], name="claim_article_status"),
            # Claim lists ordered by check-worthiness (article side list, unassigned sweep),
            # and the admin's list filtered by status in its default order: read in order, a
            # search stops after a page of matches (bench/admin_changelist.py).
            models.Index(
                fields=["status", "-checkworthiness", "id"], name="claim_status_worthiness_order"
            ),
            # The API's list by due time (?ordering=due_at, keyset on due time and id).
            models.Index(fields=["due_at", "id"], name="claim_due_order"),
            # The admin's claim list, in its default order (most check-worthy first).
            models.Index(fields=["-checkworthiness", "id"], name="claim_worthiness_order"),
            # Dashboard workload: due today and overdue per person, read from the start of
            # the due times up to the end of today (index-only; the open totals per person
            # are OpenClaimCount's).
            models.Index(
                fields=["due_at", "assignee"],
                condition=Q(status__in=OPEN_STATUSES, assignee__isnull=False),
                name="claim_open_assigned_due",
            ),
            # Dashboard "median time to verdict": the latest sign-offs.
            models.Index(
                fields=["-signed_off_at"],
                condition=Q(status="signed_off"),
                name="claim_signed_off_at",
            ),
            # Stale sweep: claims in review with no activity since a cut-off.
            models.Index(
                fields=["last_activity_at"],
                condition=Q(status="in_review"),
                name="claim_in_review_activity",
            ),
        ]

    def __str__(self) -> str:
        text = self.text if len(self.text) <= 80 else self.text[:79] + "…"
        return f"#{self.ordinal} {text}"

    def get_absolute_url(self) -> str:
        return reverse("admin:claims_claim_change", args=[self.pk])

    @property
    def flags(self) -> list[str]:
        return [name for name in self.FLAG_NAMES if getattr(self, f"flag_{name}")]

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    @property
    def is_overdue(self) -> bool:
        return self.is_open and self.due_at is not None and self.due_at < timezone.now()


class Source(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        GOVERNMENT = "government", "Government"
        MEDIA = "media", "Media outlet"
        GROUP = "group", "Group of people"
        DOCUMENT = "document", "Document"
        VIDEO = "video", "Video"
        DATASET = "dataset", "Dataset"
        ANONYMOUS = "anonymous", "Anonymous"
        OTHER = "other", "Other"

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    name = models.CharField(max_length=300)
    url = models.URLField(max_length=2000, blank=True)
    archived_url = models.URLField("archived copy", max_length=2000, blank=True)
    reliability_note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Its page's last capture (evidence snapshots), and when a failed one is tried again: the
    # re-capture sweep reads these, not the snapshots, so it costs the same however many
    # snapshots there are.
    last_capture_at = models.DateTimeField(null=True, blank=True, editable=False)
    capture_retry_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["name"]
        constraints = [
            # One record per named source, reused across claims and articles.
            models.UniqueConstraint(Lower("name"), "kind", name="source_name_kind_unique"),
            models.UniqueConstraint(
                fields=["url"], condition=~Q(url=""), name="source_url_unique_when_present"
            ),
        ]
        indexes = [
            # The re-capture sweep: sources with an address, the longest unchecked first.
            models.Index(
                fields=["last_capture_at", "id"],
                condition=~Q(url=""),
                name="source_capture_order",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Snapshot(models.Model):
    """A source's page as the desk captured it: the response (status, headers, body, kept in
    the snapshots storage), its main text, when, and the SHA-256 of the body, re-checked on
    every download. Never edited or deleted by the app: a later capture is a new snapshot. A
    capture that failed is recorded too, with why and when the next try is due."""

    class Outcome(models.TextChoices):
        CAPTURED = "captured", "Captured"
        FAILED = "failed", "Failed"

    # Evidence outlives a tidy-up: a source with snapshots cannot be deleted.
    source = models.ForeignKey("Source", on_delete=models.PROTECT, related_name="snapshots")
    url = models.URLField(max_length=2000, help_text="The address asked for.")
    final_url = models.URLField(max_length=2000, blank=True, help_text="After redirects.")
    fetched_at = models.DateTimeField(default=timezone.now)
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    status = models.PositiveSmallIntegerField(null=True, blank=True)
    headers = models.JSONField(default=list, blank=True)  # [[name, value], ...] as received
    content_type = models.CharField(max_length=200, blank=True)
    charset = models.CharField(max_length=40, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    sha256 = models.CharField(max_length=64, blank=True)
    stored_as = models.CharField(max_length=300, blank=True, help_text="Name in the storage.")
    text = models.TextField(blank=True, help_text="The main text, as captured.")
    error = models.TextField(blank=True)
    next_try_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["source", "-fetched_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome="failed") | (~Q(sha256="") & ~Q(stored_as="")),
                name="snapshot_captured_has_hash_and_body",
            ),
        ]
        indexes = [
            # A source's captures, newest first (the claim page).
            models.Index(fields=["source", "-fetched_at"], name="snapshot_source_fetched"),
        ]

    def __str__(self) -> str:
        return f"{self.get_outcome_display()} {self.url} at {self.fetched_at:%Y-%m-%d %H:%M}"


class ClaimSource(models.Model):
    class Role(models.TextChoices):
        ATTRIBUTED_TO = "attributed_to", "Attributed to"
        SUPPORTS = "supports", "Supports"
        REFUTES = "refutes", "Refutes"
        CONTEXT = "context", "Context"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="claim_sources")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="claim_sources")
    role = models.CharField(max_length=20, choices=Role.choices)
    note = models.TextField(blank=True)
    added_by = person_field()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "source", "role"], name="claim_source_role_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source} ({self.get_role_display()})"


class ClaimRelation(models.Model):
    class Type(models.TextChoices):
        DENIES = "denies", "Denies"
        CONTRADICTS = "contradicts", "Contradicts"
        SUPPORTS = "supports", "Supports"
        SAME_AS = "same_as", "Same as"
        UPDATES = "updates", "Updates"

    class Origin(models.TextChoices):
        EXTRACTOR = "extractor", "Suggested by the extractor"
        PERSON = "person", "Added by a person"

    # The types that make the claim they point at "contested" (admin, dashboard).
    CONTESTING = (Type.DENIES, Type.CONTRADICTS)

    from_claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="relations_out")
    to_claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="relations_in")
    type = models.CharField(max_length=20, choices=Type.choices)
    origin = models.CharField(max_length=12, choices=Origin.choices, default=Origin.PERSON)
    created_by = person_field()
    confirmed_by = person_field()
    confirmed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["from_claim", "to_claim", "type"], name="claim_relation_unique"
            ),
            models.CheckConstraint(
                condition=~Q(from_claim=F("to_claim")), name="claim_relation_not_self"
            ),
        ]
        indexes = [
            # Dashboard "contested claims": relations of a type into a set of claims.
            models.Index(fields=["to_claim", "type"], name="relation_to_type"),
        ]

    def __str__(self) -> str:
        return f"#{self.from_claim.ordinal} {self.type} #{self.to_claim.ordinal}"


class RelationDismissal(models.Model):
    """A link between two claims a person removed: a new extraction of the article does not
    suggest it again (what people decided outlasts re-extraction, like what they confirmed)."""

    from_claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    to_claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    type = models.CharField(max_length=20, choices=ClaimRelation.Type.choices)
    dismissed_by = person_field()
    dismissed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["from_claim", "to_claim", "type"], name="relation_dismissal_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.from_claim_id} {self.type} #{self.to_claim_id} (dismissed)"


class ClaimMatch(models.Model):
    """A claim already on the desk (``earlier``, in another article) that a new claim repeats
    or contradicts, as the matcher found it (claims/matching): how alike, why, and what a person
    decided. A confirmed match is also a "same as" relation between the two claims."""

    class Relation(models.TextChoices):
        SAME = "same", "Same claim"
        CONTRADICTS = "contradicts", "Another figure for the same thing"

    class Status(models.TextChoices):
        SUGGESTED = "suggested", "Suggested"
        CONFIRMED = "confirmed", "Confirmed"
        DISMISSED = "dismissed", "Dismissed"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="matches")
    earlier = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="matched_by")
    relation = models.CharField(max_length=12, choices=Relation.choices, default=Relation.SAME)
    score = models.FloatField()
    # Why: {"words": [...], "figures": [...], "names": [...], "conflicting_figures": [[a, b]]}
    reasons = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SUGGESTED)
    decided_by = person_field()
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["claim", "earlier"], name="claim_match_unique"),
            models.CheckConstraint(condition=~Q(claim=F("earlier")), name="claim_match_not_self"),
        ]
        indexes = [
            # The claim page: a claim's matches, best first.
            models.Index(fields=["claim", "-score"], name="match_claim_score"),
            # "Seen before" on the article page: the matches into a set of earlier claims.
            models.Index(fields=["earlier", "status"], name="match_earlier_status"),
        ]

    def __str__(self) -> str:
        return f"{self.get_relation_display()}, score {self.score:.2f}"


class ReviewNote(models.Model):
    class Kind(models.TextChoices):
        NOTE = "note", "Note"
        EVIDENCE = "evidence", "Evidence"
        DECISION = "decision", "Decision"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="review_notes"
    )
    body = models.TextField()
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.NOTE)
    # Internal notes (e.g. about an anonymous source) never leave the desk.
    is_internal = models.BooleanField("internal", default=False)
    # Notes are not edited in place: a correction is a new note that supersedes the old one.
    supersedes = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="superseded_by"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        indexes = [
            # Claim page and activity feed: a claim's notes in order.
            models.Index(fields=["claim", "created_at"], name="note_claim_created"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} by {self.author} on claim {self.claim_id}"


class ClaimEvent(models.Model):
    """One entry of a claim's history: who did what, when, and what changed."""

    class Action(models.TextChoices):
        CREATED = "created", "Created"
        EDITED = "edited", "Edited"
        TRANSITION = "transition", "Status changed"
        ASSIGNED = "assigned", "Assigned"
        NOTE_ADDED = "note_added", "Note added"
        SOURCE_ADDED = "source_added", "Source added"
        SOURCE_REMOVED = "source_removed", "Source removed"
        RELATION_ADDED = "relation_added", "Relation added"
        RELATION_REMOVED = "relation_removed", "Relation removed"
        RELATION_CONFIRMED = "relation_confirmed", "Relation confirmed"
        REEXTRACTED = "reextracted", "Re-extracted"
        SPLIT = "split", "Split"
        MERGED = "merged", "Merged"
        CHECKLIST = "checklist", "Checklist"
        EVIDENCE = "evidence", "Evidence changed"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="events")
    actor = person_field()
    action = models.CharField(max_length=20, choices=Action.choices)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    # {"field": [old, new], ...}
    changes = models.JSONField(default=dict, blank=True)
    message = models.TextField(blank=True)
    # The claim's version after this change (for edits of the claim row itself): what someone
    # who loaded an older version missed is the events after it.
    version = models.PositiveIntegerField(null=True, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at"]
        indexes = [
            # Claim page: a claim's history, newest first.
            models.Index(fields=["claim", "-at"], name="event_claim_at"),
            # Dashboard activity feed: recent events across claims.
            models.Index(fields=["-at"], name="event_at"),
            # Dashboard "resolved per day": recent transitions.
            models.Index(fields=["action", "-at"], name="event_action_at"),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} on claim {self.claim_id} at {self.at:%Y-%m-%d %H:%M}"


class ChecklistTemplate(models.Model):
    """The steps a desk expects for a kind of claim ("Statistics": find the primary data, check
    the figure against it ...). Editors keep them in the admin; a claim taken into review gets
    the steps of every active template it fits, copied, so that editing a template later does
    not rewrite what was asked of claims already worked."""

    name = models.CharField(max_length=120, unique=True)
    description = models.TextField(blank=True)
    # What it applies to: a claim fits when its kind, one of its flags or its claimant's kind
    # is listed. A template listing none is added by hand from the claim page (images, video).
    kinds = models.JSONField(default=list, blank=True, help_text="Claim kinds, e.g. statistic.")
    flags = models.JSONField(
        default=list, blank=True, help_text="Claim flags, e.g. statistic, anonymous_source."
    )
    claimant_kinds = models.JSONField(
        default=list, blank=True, help_text="Kinds of claimant, e.g. government."
    )
    is_active = models.BooleanField("active", default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        known = {
            "kinds": set(ClaimKind.values),
            "flags": set(Claim.FLAG_NAMES),
            "claimant_kinds": set(CLAIMANT_KINDS),
        }
        problems = {}
        for field, allowed in known.items():
            value = getattr(self, field)
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                problems[field] = 'A list of names, e.g. ["statistic"].'
            elif unknown := sorted(set(value) - allowed):
                problems[field] = (
                    f"Unknown: {', '.join(unknown)}. Choose from: {', '.join(sorted(allowed))}."
                )
        if problems:
            raise ValidationError(problems)

    def fits(self, claim: Claim) -> bool:
        return (
            claim.kind in self.kinds
            or any(getattr(claim, f"flag_{flag}", False) for flag in self.flags)
            or (bool(claim.claimant_kind) and claim.claimant_kind in self.claimant_kinds)
        )


# The kinds of claimant the extractor tells apart (claims.extraction.claimants.claimant_kind).
CLAIMANT_KINDS = (
    "person",
    "government",
    "organisation",
    "group",
    "media",
    "document",
    "anonymous",
    "unknown",
)


class ChecklistTemplateStep(models.Model):
    template = models.ForeignKey(ChecklistTemplate, on_delete=models.CASCADE, related_name="steps")
    position = models.PositiveSmallIntegerField(default=1)
    instruction = models.CharField(max_length=300)
    is_required = models.BooleanField("required", default=True)

    class Meta:
        ordering = ["template", "position", "pk"]

    def __str__(self) -> str:
        return f"{self.position}. {self.instruction}"


class ChecklistStep(models.Model):
    """One step of a claim's checklist, copied from its template when the claim was taken
    into review: ticked (with a note and a source as its evidence) or, if required and not
    done, waived by an editor with a reason. Every change is in the claim's history."""

    class State(models.TextChoices):
        OPEN = "open", "Open"
        DONE = "done", "Done"
        WAIVED = "waived", "Waived"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="checklist_steps")
    template = models.ForeignKey(
        ChecklistTemplate, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    checklist = models.CharField(max_length=120, help_text="The template's name when copied.")
    position = models.PositiveSmallIntegerField()
    instruction = models.CharField(max_length=300)
    is_required = models.BooleanField("required", default=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    note = models.TextField(blank=True)
    evidence = models.ForeignKey(
        "ClaimSource",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="checklist_steps",
        help_text="A source of this claim that shows the step was done.",
    )
    evidence_snapshot = models.ForeignKey(
        "Snapshot",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="A captured page of one of this claim's sources that shows it.",
    )
    waived_reason = models.TextField(blank=True)
    decided_by = person_field()
    decided_at = models.DateTimeField(null=True, blank=True)
    # Optimistic locking, as for claims: a tick over a newer version is refused.
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["claim", "checklist", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=["open", "done", "waived"]), name="checklist_state_known"
            ),
            models.CheckConstraint(
                condition=~Q(state="waived") | ~Q(waived_reason=""),
                name="checklist_waiver_has_reason",
            ),
        ]
        indexes = [
            # The gate before a verdict and the progress per article: a claim's open steps.
            models.Index(fields=["claim", "state"], name="checklist_claim_state"),
        ]

    def __str__(self) -> str:
        return f"{self.checklist} {self.position}. {self.instruction}"


class OpenClaimCount(models.Model):
    """How many open claims each person holds: the dashboard's workload reads this row per
    person instead of counting a million claims. Kept exact by database triggers on
    claims_claim (claims/summary_triggers.py), whatever writes the claims: the services, the
    admin, a bulk update, COPY. Rows of people who hold nothing read 0."""

    # No foreign key: the triggers write it inside the claims' statements, before or after a
    # person's deletion; the dashboard only shows rows of people who exist.
    assignee_id = models.BigIntegerField(primary_key=True)
    open_claims = models.IntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.open_claims} open claims for user {self.assignee_id}"


class ResolvedCount(models.Model):
    """How many claims were resolved (signed off or dismissed: transitions in their history)
    in each quarter hour (UTC): "resolved per day" sums them into days of the reader's time
    zone (every zone's offset is a whole number of quarter hours). Kept exact by database
    triggers on claims_claimevent (claims/summary_triggers.py)."""

    quarter = models.DateTimeField(primary_key=True)
    resolved = models.IntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.resolved} resolved in the quarter hour from {self.quarter:%Y-%m-%d %H:%M}"


class Notification(models.Model):
    class Kind(models.TextChoices):
        DUE_SOON = "due_soon", "Due soon"
        OVERDUE = "overdue", "Overdue"
        STALE = "stale", "Stale"
        UNASSIGNED = "unassigned", "Unassigned"
        ESCALATION = "escalation", "Escalation"
        DIGEST = "digest", "Daily digest"
        EVIDENCE = "evidence", "Evidence changed"

    # A notification goes to a person (e-mail and the in-app list) or to a desk's chat webhook.
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
    )
    webhook = models.ForeignKey(
        "Webhook", on_delete=models.CASCADE, null=True, blank=True, related_name="notifications"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    claim = models.ForeignKey(
        Claim, on_delete=models.CASCADE, null=True, blank=True, related_name="notifications"
    )
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, null=True, blank=True, related_name="notifications"
    )
    # kind, claim, recipient and the deadline it is about: the same reminder never twice.
    dedupe_key = models.CharField(max_length=200)
    about_deadline = models.DateTimeField(null=True, blank=True)
    subject = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # When the send task was last handed to the broker; the sweep hands it again if nothing
    # happened for a while (a message lost between sweep and worker).
    dispatched_at = models.DateTimeField(null=True, blank=True)
    # Set by the worker that sends it (a conditional update): no two workers send one row.
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)
    obsolete_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["dedupe_key"], name="notification_dedupe_key_unique"),
            models.CheckConstraint(
                condition=(
                    Q(recipient__isnull=False, webhook__isnull=True)
                    | Q(recipient__isnull=True, webhook__isnull=False)
                ),
                name="notification_one_destination",
            ),
        ]
        indexes = [
            # Unread count in the header and the dashboard: a person's unread notifications.
            models.Index(
                fields=["recipient", "-created_at"],
                condition=Q(read_at__isnull=True),
                name="notification_unread",
            ),
            # The sweep re-dispatches notifications lost between sweep and worker.
            models.Index(
                fields=["created_at"],
                condition=Q(sent_at__isnull=True, failed_at__isnull=True, obsolete_at__isnull=True),
                name="notification_pending",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for {self.recipient or self.webhook}"

    @property
    def state(self) -> str:
        if self.obsolete_at:
            return "obsolete"
        if self.failed_at:
            return "failed"
        if self.sent_at:
            return "sent"
        return "sending" if self.claimed_at else "pending"


class Webhook(models.Model):
    """A desk's chat channel (Slack or compatible incoming webhook) for escalations."""

    name = models.CharField(max_length=100)
    url = models.URLField(max_length=2000, help_text="The incoming-webhook address of the chat.")
    desk = models.CharField(
        max_length=100, blank=True, help_text="Only articles of this desk (empty: every desk)."
    )
    kinds = models.JSONField(
        default=list,
        blank=True,
        help_text="Notification kinds to post (empty: escalations and unassigned claims).",
    )
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    DEFAULT_KINDS = ("escalation", "unassigned")

    def wants(self, kind: str) -> bool:
        return kind in (self.kinds or self.DEFAULT_KINDS)


def validate_time_zone(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            f"“{value}” is not a time zone name; use one like Europe/Paris or America/New_York."
        ) from None


class Profile(models.Model):
    """A desk member's own settings."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="desk_profile"
    )
    time_zone = models.CharField(max_length=64, default="UTC", validators=[validate_time_zone])
    digest_hour = models.PositiveSmallIntegerField(
        default=8,
        validators=[MaxValueValidator(23)],
        help_text="Hour of the morning digest, in the person's time zone.",
    )
    email_notifications = models.BooleanField(default=True)

    def __str__(self) -> str:
        return f"Profile of {self.user}"
