"""The fact-checkers' workspace in the Django admin.

The admin validates and displays; every write goes through claims.services, so the API and the
dashboard keep the same rules. Lists name their related rows in list_select_related so that a
page costs a fixed number of queries, and big foreign keys use raw-id or autocomplete widgets.
"""

from __future__ import annotations

from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.forms import Textarea
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from claims import (
    checklists,
    memory,
    notifications,
    roles,
    search,
    selectors,
    services,
    snapshots,
)
from claims.forms import (
    ArticleIngestForm,
    AssignForm,
    CheckClaimForm,
    ClaimAdminForm,
    DueDateForm,
    ManualClaimForm,
    SplitForm,
    StatusForm,
)
from claims.highlighting import after_title, highlight, highlight_excerpt
from claims.models import (
    CLAIMANT_KINDS,
    Article,
    ChecklistStep,
    ChecklistTemplate,
    ChecklistTemplateStep,
    Claim,
    ClaimEvent,
    ClaimMatch,
    ClaimRelation,
    ClaimSource,
    Notification,
    Profile,
    ReviewNote,
    Snapshot,
    Source,
    Webhook,
)
from claims.paginator import EstimatedCountPaginator


class ReadOnly:
    """Shown, never written here: these rows are written by the services (which check who may
    and record it) or are history that must not change."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# --- Articles ----------------------------------------------------------------------------------


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = (
        "title",
        "outlet",
        "desk",
        "claim_count",
        "verify_by",
        "ingest_status",
        "created_at",
    )
    list_filter = ("ingest_status", "desk", "outlet")
    search_fields = ("title", "outlet", "byline", "url")
    list_select_related = ("created_by",)
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    show_facets = admin.ShowFacets.NEVER
    change_form_template = "admin/claims/article/change_form.html"
    view_on_site = False
    fieldsets = (
        (None, {"fields": ("title", "desk", "verify_by")}),
        (
            "Metadata",
            {
                "fields": ("outlet", "byline", "dateline", "published_at", "url"),
                "classes": ("collapse",),
            },
        ),
        (
            "Ingestion",
            {
                "fields": ("ingest_status", "ingest_error", "created_by", "created_at"),
                "classes": ("collapse",),
            },
        ),
    )
    readonly_fields = ("ingest_status", "ingest_error", "created_by", "created_at")
    actions = ("reextract",)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request):
        # The claim count per row is a correlated subquery over the claim_article_status
        # index: 100 small lookups, not a GROUP BY over every claim.
        claims = Claim.objects.filter(article=OuterRef("pk")).order_by().values("article")
        return (
            super()
            .get_queryset(request)
            .annotate(claims_total=Subquery(claims.annotate(total=Count("pk")).values("total")[:1]))
        )

    def get_search_results(self, request, queryset, search_term):
        return search.articles_matching(queryset, search_term), False

    @admin.display(description="claims")
    def claim_count(self, article: Article) -> int:
        return article.claims_total or 0

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<int:object_id>/ingest-status/",
                self.admin_site.admin_view(self.ingest_status_view),
                name="{}_{}_ingest_status".format(*info),
            ),
            path(
                "<int:object_id>/add-claim/",
                self.admin_site.admin_view(self.add_claim_view),
                name="{}_{}_add_claim".format(*info),
            ),
            *super().get_urls(),
        ]

    def add_view(self, request: HttpRequest, form_url: str = "", extra_context=None):
        """Paste, upload or fetch: pasted and uploaded text is extracted at once; a URL is
        fetched by a worker while the article page shows its progress."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ArticleIngestForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                if data["url"]:
                    article = services.article_fetch_request(
                        url=data["url"],
                        by=request.user,
                        desk=data["desk"],
                        verify_by=data["verify_by"],
                    )
                    messages.info(request, "Fetching the article; its claims appear here soon.")
                else:
                    text, is_html = data["upload"] or (data["text"], False)
                    article = services.article_ingest(
                        text=text,
                        is_html=is_html,
                        by=request.user,
                        desk=data["desk"],
                        verify_by=data["verify_by"],
                    )
                    messages.success(
                        request,
                        f"“{article}”: {article.claims.count()} claims found, "
                        "most check-worthy first.",
                    )
                return HttpResponseRedirect(article.get_absolute_url())
            except services.DuplicateArticle as duplicate:
                messages.warning(
                    request, f"This article is already on the desk ({duplicate.reason})."
                )
                return HttpResponseRedirect(duplicate.article.get_absolute_url())
            except services.ArticleRejected as rejected:
                form.add_error(None, str(rejected))
        context = {
            **self.admin_site.each_context(request),
            "title": "Add article",
            "form": form,
            "opts": self.opts,
            "has_view_permission": self.has_view_permission(request),
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/claims/article/add_form.html", context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, object_id)
        if article is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        claims = list(article.claims.select_related("assignee"))
        relations = list(
            ClaimRelation.objects.filter(from_claim__article=article).select_related(
                "from_claim", "to_claim"
            )
        )
        contested = {
            relation.to_claim_id
            for relation in relations
            if relation.type in ClaimRelation.CONTESTING
        }
        extra_context = {
            **(extra_context or {}),
            "article": article,
            "runs": highlight(
                article.body, claims, begin=after_title(article.body, article.title, claims)
            ),
            "claims_by_worthiness": sorted(
                claims, key=lambda claim: (-claim.checkworthiness, claim.ordinal)
            ),
            "relations": relations,
            "contested": contested,
            "status_counts": _status_counts(claims),
            "can_add_claim": roles.is_editor(request.user) or roles.is_fact_checker(request.user),
        }
        seen = memory.seen_before([claim.pk for claim in claims])
        for claim in claims:
            claim.seen_before = seen.get(claim.pk)
        return super().change_view(request, object_id, form_url, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)

        class PlausibleDeadlineForm(form_class):
            def clean_verify_by(self):
                verify_by = self.cleaned_data.get("verify_by")
                try:
                    services.article_deadline_check(verify_by)
                except services.ArticleRejected as refused:
                    raise ValidationError(str(refused)) from None
                return verify_by

        return PlausibleDeadlineForm

    def save_model(self, request, obj, form, change):
        services.article_update(
            article=obj,
            by=request.user,
            changes={name: form.cleaned_data[name] for name in form.changed_data},
        )

    def ingest_status_view(self, request, object_id: int):
        """Polled by the article page while a URL is being fetched, and while its claims are
        being matched against the desk."""
        article = get_object_or_404(Article, pk=object_id)
        if not self.has_view_permission(request, article):
            raise PermissionDenied
        return JsonResponse(
            {
                "status": article.ingest_status,
                "error": article.ingest_error,
                "claims": article.claims.count(),
                "matched": article.matched_at is not None,
            }
        )

    def add_claim_view(self, request, object_id: int):
        """A fact-checker adds a claim the extractor missed."""
        if not (roles.is_editor(request.user) or roles.is_fact_checker(request.user)):
            raise PermissionDenied
        article = get_object_or_404(Article, pk=object_id)
        form = ManualClaimForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                claim = services.claim_add_manual(
                    article=article, text=form.cleaned_data["text"], by=request.user
                )
            except services.ClaimActionRefused as refused:
                form.add_error("text", str(refused))
            else:
                messages.success(request, f"Claim #{claim.ordinal} added.")
                return HttpResponseRedirect(claim.get_absolute_url())
        return _form_page(self, request, form, title=f"Add a claim to “{article}”", subject=article)

    @admin.action(description="Extract the selected articles again (keeps all work done)")
    def reextract(self, request, queryset):
        for article in queryset:
            try:
                result = services.article_reextract(article=article, by=request.user)
            except services.ArticleRejected as rejected:
                messages.error(request, f"“{article}”: {rejected}")
            else:
                messages.success(
                    request,
                    f"“{article}”: {result.claims_added} new claims, "
                    f"{result.relations_added} new relations.",
                )


def _status_counts(claims) -> list[tuple[str, str, int]]:
    counts = {status: 0 for status in Claim.Status.values}
    for claim in claims:
        counts[claim.status] += 1
    return [(status, Claim.Status(status).label, counts[status]) for status in counts]


def _form_page(model_admin, request, form, *, title: str, subject=None, **extra):
    context = {
        **model_admin.admin_site.each_context(request),
        "title": title,
        "form": form,
        "subject": subject,
        "opts": model_admin.opts,
        "media": model_admin.media + form.media,
        **extra,
    }
    return TemplateResponse(request, "admin/claims/form_page.html", context)


# --- Claims ------------------------------------------------------------------------------------


class AssignedFilter(admin.SimpleListFilter):
    title = "assigned"
    parameter_name = "assigned"

    def lookups(self, request, model_admin):
        return (("mine", "To me"), ("nobody", "To nobody"), ("others", "To someone else"))

    def queryset(self, request, queryset):
        if self.value() == "mine":
            return queryset.filter(assignee=request.user)
        if self.value() == "nobody":
            return queryset.filter(assignee=None)
        if self.value() == "others":
            return queryset.exclude(assignee=None).exclude(assignee=request.user)
        return queryset


class DueFilter(admin.SimpleListFilter):
    title = "due"
    parameter_name = "due"

    def lookups(self, request, model_admin):
        return (
            ("overdue", "Overdue"),
            ("today", "Due today"),
            ("week", "Due in 7 days"),
            ("none", "No due date"),
        )

    def queryset(self, request, queryset):
        now = timezone.now()
        open_claims = queryset.filter(status__in=Claim.OPEN_STATUSES)
        if self.value() == "overdue":
            return open_claims.filter(due_at__lt=now)
        if self.value() == "today":
            start = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
            return queryset.filter(due_at__gte=start, due_at__lt=start + timedelta(days=1))
        if self.value() == "week":
            return open_claims.filter(due_at__gte=now, due_at__lt=now + timedelta(days=7))
        if self.value() == "none":
            return queryset.filter(due_at=None)
        return queryset


class WorthinessFilter(admin.SimpleListFilter):
    title = "check-worthiness"
    parameter_name = "worthiness"
    BANDS = {"high": (0.7, 1.01), "medium": (0.4, 0.7), "low": (0.0, 0.4)}

    def lookups(self, request, model_admin):
        return (("high", "High (≥ 0.7)"), ("medium", "Medium"), ("low", "Low (< 0.4)"))

    def queryset(self, request, queryset):
        band = self.BANDS.get(self.value() or "")
        if band is None:
            return queryset
        return queryset.filter(checkworthiness__gte=band[0], checkworthiness__lt=band[1])


class ContestedFilter(admin.SimpleListFilter):
    title = "contradictions"
    parameter_name = "contested"

    def lookups(self, request, model_admin):
        return (("yes", "Denied or contradicted"), ("no", "Not contested"))

    def queryset(self, request, queryset):
        if self.value() not in ("yes", "no"):
            return queryset
        contested = Exists(
            ClaimRelation.objects.filter(type__in=ClaimRelation.CONTESTING).filter(
                Q(to_claim=OuterRef("pk")) | Q(from_claim=OuterRef("pk"))
            )
        )
        return queryset.filter(contested if self.value() == "yes" else ~contested)


class OutletFilter(admin.SimpleListFilter):
    """Outlets from the articles table (thousands of rows), not from the claims (millions)."""

    title = "outlet"
    parameter_name = "outlet"

    def lookups(self, request, model_admin):
        return [(outlet, outlet) for outlet in selectors.outlets(limit=100)]

    def queryset(self, request, queryset):
        return queryset.filter(article__outlet=self.value()) if self.value() else queryset


class PersonFilter(admin.SimpleListFilter):
    """Assignee, listed from the desk's members, not from a DISTINCT over the claims."""

    title = "assignee"
    parameter_name = "person"

    def lookups(self, request, model_admin):
        return [(str(person.pk), person.get_username()) for person in roles.desk_members()]

    def queryset(self, request, queryset):
        value = self.value() or ""
        return queryset.filter(assignee_id=int(value)) if value.isdigit() else queryset


class ArticleFilter(admin.SimpleListFilter):
    """Reached from an article's page; lists only the chosen article, so it stays cheap with
    hundreds of thousands of articles."""

    title = "article"
    parameter_name = "article"

    def lookups(self, request, model_admin):
        chosen = Article.objects.filter(pk=self.value()).first() if self.value() else None
        return ((str(chosen.pk), str(chosen)),) if chosen else ()

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(article_id=int(self.value()))
        return queryset


def _minute(moment) -> str:
    """A time as the desk shows it beside captures and checklist steps: local, to the minute."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


class ClaimSourceInline(admin.TabularInline):
    model = ClaimSource
    extra = 1
    formfield_overrides = {models.TextField: {"widget": Textarea(attrs={"rows": 2, "cols": 50})}}
    fields = ("source", "role", "note", "added_by", "captures")
    autocomplete_fields = ("source",)
    readonly_fields = ("added_by", "captures")
    verbose_name = "source or evidence"
    verbose_name_plural = "sources and evidence"

    def get_queryset(self, request):
        # Each source with its newest captures only, however many it has (a window query).
        newest = Snapshot.objects.defer("headers").order_by("-fetched_at", "-pk")[:6]
        return (
            super()
            .get_queryset(request)
            .select_related("source")
            .prefetch_related(
                models.Prefetch("source__snapshots", newest, to_attr="newest_snapshots")
            )
        )

    @admin.display(description="snapshots (the page as captured)")
    def captures(self, link: ClaimSource) -> str:
        if not link.pk or not link.source.url:
            return ""
        rows = []
        listed = getattr(link.source, "newest_snapshots", None)
        if listed is None:  # a row the inline's queryset did not read (a form shown again)
            listed = list(link.source.snapshots.order_by("-fetched_at", "-pk")[:6])
        for position, snapshot in enumerate(listed[:5]):
            when = _minute(snapshot.fetched_at)
            if snapshot.outcome == Snapshot.Outcome.FAILED:
                rows.append(
                    format_html(
                        '<li class="snapshot-failed">{}: not captured — {} (next try {})</li>',
                        when,
                        snapshot.error,
                        _minute(snapshot.next_try_at) if snapshot.next_try_at else "not planned",
                    )
                )
                continue
            earlier = any(
                other.outcome == Snapshot.Outcome.CAPTURED for other in listed[position + 1 :]
            )
            rows.append(
                format_html(
                    '<li>{}: HTTP {}, {}, {} bytes, SHA-256 <code title="{}">{}…</code> · '
                    '<a href="{}" rel="noopener" target="_blank">stored copy</a> · '
                    '<a href="{}">WARC</a>{}{}</li>',
                    when,
                    snapshot.status,
                    snapshot.content_type or "no type",
                    f"{snapshot.size:,}",
                    snapshot.sha256,
                    snapshot.sha256[:12],
                    reverse("admin:claims_source_snapshot", args=[link.source_id, snapshot.pk]),
                    reverse(
                        "admin:claims_source_snapshot_warc", args=[link.source_id, snapshot.pk]
                    ),
                    format_html(
                        ' · <a href="{}">changes since the capture before</a>',
                        reverse(
                            "admin:claims_source_snapshot_changes",
                            args=[link.source_id, snapshot.pk],
                        ),
                    )
                    if earlier
                    else "",
                    format_html(
                        '<details><summary>text as captured</summary><div class="snapshot-text">'
                        "{}</div></details>",
                        snapshot.text[:5000] + ("…" if len(snapshot.text) > 5000 else ""),
                    )
                    if snapshot.text
                    else "",
                )
            )
        if not rows:
            return format_html('<span class="suggested">{}</span>', "capture pending")
        return format_html(
            '<ul class="snapshots">{}</ul>', format_html_join("", "{}", ((r,) for r in rows))
        )


class RelationInline(admin.TabularInline):
    model = ClaimRelation
    fk_name = "from_claim"
    extra = 0
    fields = ("type", "to_claim", "origin", "confirmed_by", "suggestion")
    raw_id_fields = ("to_claim",)
    readonly_fields = ("origin", "confirmed_by", "suggestion")
    verbose_name = "relation to another claim"
    verbose_name_plural = "relations to other claims"

    @admin.display(description="")
    def suggestion(self, relation: ClaimRelation) -> str:
        """One click to confirm or dismiss the extractor's suggestion. The buttons submit the
        claim's own form (its CSRF token) to their own address; nothing else of it is read."""
        if not relation.pk or relation.confirmed_by_id or relation.origin != "extractor":
            return ""
        return format_html(
            '<button type="submit" class="button relation-confirm" formaction="{}" '
            'formmethod="post" formnovalidate>Confirm</button> '
            '<button type="submit" class="button relation-dismiss" formaction="{}" '
            'formmethod="post" formnovalidate>Dismiss</button>',
            reverse(
                "admin:claims_claim_relation", args=[relation.from_claim_id, relation.pk, "confirm"]
            ),
            reverse(
                "admin:claims_claim_relation", args=[relation.from_claim_id, relation.pk, "dismiss"]
            ),
        )


class MatchInline(ReadOnly, admin.TabularInline):
    """Claims of earlier articles that this one repeats (or gives another figure for), best
    first, with why they matched and one click to confirm or dismiss."""

    model = ClaimMatch
    fk_name = "claim"
    extra = 0
    fields = ("earlier_claim", "where", "standing", "score_display", "why", "decision")
    readonly_fields = fields
    ordering = ("-score", "pk")
    verbose_name = "claim seen before"
    verbose_name_plural = "seen before: the same claim in earlier articles"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("earlier__article", "decided_by")
            .defer("earlier__article__body")
        )

    @admin.display(description="claim")
    def earlier_claim(self, match: ClaimMatch) -> str:
        earlier = match.earlier
        return format_html(
            '<a href="{}">{}</a>{}',
            reverse("admin:claims_claim_change", args=[earlier.pk]),
            earlier.text,
            format_html(' <span class="claimant">— {}</span>', earlier.claimant)
            if earlier.claimant
            else "",
        )

    @admin.display(description="article")
    def where(self, match: ClaimMatch) -> str:
        article = match.earlier.article
        when = article.published_at or article.created_at
        return format_html(
            '<a href="{}">{}</a><br><span class="suggested">{}{}</span>',
            reverse("admin:claims_article_change", args=[article.pk]),
            article.title or f"Article #{article.pk}",
            f"{article.outlet} · " if article.outlet else "",
            when.date().isoformat(),
        )

    @admin.display(description="status, verdict")
    def standing(self, match: ClaimMatch) -> str:
        earlier = match.earlier
        return format_html(
            '<span class="status-badge status-{}">{}</span>{}',
            earlier.status,
            earlier.get_status_display(),
            format_html(
                ' <strong class="verdict verdict-{}">{}</strong>',
                earlier.verdict,
                earlier.get_verdict_display(),
            )
            if earlier.verdict
            else "",
        )

    @admin.display(description="score")
    def score_display(self, match: ClaimMatch) -> str:
        return f"{match.score:.2f}"

    @admin.display(description="why")
    def why(self, match: ClaimMatch) -> str:
        reasons = match.reasons or {}
        parts = []
        if match.relation == ClaimMatch.Relation.CONTRADICTS:
            parts.append(
                format_html(
                    "another figure: {}",
                    format_html_join(
                        ", ",
                        '<span class="conflicting-figure">{} here, {} there</span>',
                        reasons.get("conflicting_figures", []),
                    ),
                )
            )
        if reasons.get("figures"):
            parts.append(
                format_html(
                    "figures {}",
                    format_html_join(
                        ", ",
                        '<span class="shared-figure">{}</span>',
                        ((figure,) for figure in reasons["figures"]),
                    ),
                )
            )
        if reasons.get("names"):
            parts.append(format_html("names {}", ", ".join(reasons["names"])))
        if reasons.get("words"):
            parts.append(format_html("words {}", ", ".join(reasons["words"][:8])))
        joined = format_html_join("; ", "{}", ((part,) for part in parts))
        return format_html('<span class="match-reasons">{}</span>', joined)

    @admin.display(description="")
    def decision(self, match: ClaimMatch) -> str:
        """One click: the buttons submit the claim's own form (its CSRF token) to their own
        address, as the relation suggestions do."""
        if match.status != ClaimMatch.Status.SUGGESTED:
            who = f" by {match.decided_by}" if match.decided_by else ""
            label = match.get_status_display()
            return format_html('<span class="suggested">{}{}</span>', label, who)
        buttons = [("confirm", "Same claim" if match.relation == "same" else "Confirm")]
        earlier = match.earlier
        if (
            match.relation == ClaimMatch.Relation.SAME
            and earlier.status == Claim.Status.SIGNED_OFF
            and earlier.verdict
        ):
            verdict = earlier.get_verdict_display()
            buttons.append(("carry", f"Same claim, take its verdict ({verdict})"))
        buttons.append(("dismiss", "Not the same"))
        return format_html_join(
            " ",
            '<button type="submit" class="button match-{}" formaction="{}" formmethod="post" '
            "formnovalidate>{}</button>",
            (
                (
                    decision,
                    reverse("admin:claims_claim_match", args=[match.claim_id, match.pk, decision]),
                    label,
                )
                for decision, label in buttons
            ),
        )


class ReviewNoteInline(admin.StackedInline):
    """Notes are added, never edited in place: a correction is a new note."""

    model = ReviewNote
    fk_name = "claim"
    extra = 1
    formfield_overrides = {models.TextField: {"widget": Textarea(attrs={"rows": 4, "cols": 80})}}
    fields = ("kind", "body", "is_internal")
    verbose_name = "reviewer note"

    def has_add_permission(self, request, obj=None):
        # Notes go on claims the person may work on (the services check it again).
        return obj is not None and roles.can_edit_claim(request.user, obj)

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class HistoryInline(ReadOnly, admin.TabularInline):
    model = ClaimEvent
    extra = 0
    fields = ("at", "actor", "action", "from_status", "to_status", "changes_display", "message")
    readonly_fields = fields
    ordering = ("-at", "-pk")
    verbose_name_plural = "history"
    classes = ("collapse",)

    @admin.display(description="changes")
    def changes_display(self, event: ClaimEvent) -> str:
        return "; ".join(
            f"{field}: {old!r} → {new!r}" for field, (old, new) in event.changes.items()
        )


class ChecklistInline(ReadOnly, admin.TabularInline):
    """The claim's verification steps: tick one (with a note and one of the claim's sources as
    evidence), reopen it, or, as an editor, waive a required one with a reason. The buttons
    submit the claim's own form to their own address, which reads only that step's inputs."""

    model = ChecklistStep
    extra = 0
    fields = ("step", "standing", "work")
    readonly_fields = fields
    verbose_name = "checklist step"
    verbose_name_plural = "checklist: the steps before a verdict"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("evidence__source", "evidence_snapshot__source", "decided_by")
        )

    def get_formset(self, request, obj=None, **kwargs):
        # Inline instances are made per request: what the rows need is kept for this one.
        self.editor = roles.is_editor(request.user)
        self.can_change = obj is not None and roles.can_edit_claim(request.user, obj)
        self.open_claim = obj is not None and obj.status != Claim.Status.SIGNED_OFF
        self.sources = (
            list(obj.claim_sources.select_related("source").order_by("pk")) if obj else []
        )
        # The captured pages of those sources, newest first, to cite as a step's evidence.
        self.captures = (
            list(
                Snapshot.objects.filter(
                    source_id__in={link.source_id for link in self.sources},
                    outcome=Snapshot.Outcome.CAPTURED,
                )
                .select_related("source")
                .defer("text", "headers")
                .order_by("-fetched_at", "-pk")[:20]
            )
            if self.sources
            else []
        )
        return super().get_formset(request, obj, **kwargs)

    @admin.display(description="step")
    def step(self, step: ChecklistStep) -> str:
        return format_html(
            '<span class="checklist-name">{}</span> {}. {}{}',
            step.checklist,
            step.position,
            step.instruction,
            mark_safe(' <strong class="required">required</strong>') if step.is_required else "",
        )

    @admin.display(description="done?")
    def standing(self, step: ChecklistStep) -> str:
        if step.state == ChecklistStep.State.OPEN:
            return mark_safe('<span class="step-state step-open">open</span>')
        who = step.decided_by.get_username() if step.decided_by else "someone"
        when = _minute(step.decided_at) if step.decided_at else ""
        details = []
        if step.note:
            details.append(format_html("<br>{}", step.note))
        if step.evidence_id:
            details.append(format_html("<br>evidence: {}", step.evidence.source))
        if step.evidence_snapshot_id:
            captured = step.evidence_snapshot
            details.append(
                format_html(
                    '<br>captured page: <a href="{}" target="_blank" rel="noopener">{}, {}</a>',
                    reverse("admin:claims_source_snapshot", args=[captured.source_id, captured.pk]),
                    captured.source,
                    _minute(captured.fetched_at),
                )
            )
        if step.waived_reason:
            details.append(format_html("<br>reason: {}", step.waived_reason))
        return format_html(
            '<span class="step-state step-{}">{}</span> by {}, {}{}',
            step.state,
            step.get_state_display().lower(),
            who,
            when,
            format_html_join("", "{}", ((detail,) for detail in details)),
        )

    @admin.display(description="")
    def work(self, step: ChecklistStep) -> str:
        if not (self.can_change and self.open_claim):
            return ""

        def button(decision: str, label: str) -> str:
            return format_html(
                '<button type="submit" class="button step-{}" formaction="{}" formmethod="post" '
                "formnovalidate>{}</button>",
                decision,
                reverse("admin:claims_claim_step", args=[step.claim_id, step.pk, decision]),
                label,
            )

        prefix = f"step-{step.pk}"
        version = format_html(
            '<input type="hidden" name="{}-version" value="{}">', prefix, step.version
        )
        if step.state != ChecklistStep.State.OPEN:
            return format_html("{}{}", version, button("reopen", "Reopen"))
        options = format_html_join(
            "",
            '<option value="{}">{}</option>',
            ((link.pk, f"{link.source} ({link.get_role_display()})") for link in self.sources),
        )
        parts = [
            version,
            format_html(
                '<input type="text" name="{}-note" placeholder="What you found" '
                'aria-label="Note for step {}" maxlength="2000">',
                prefix,
                step.position,
            ),
            format_html(
                ' <select name="{}-evidence" aria-label="Evidence for step {}">'
                '<option value="">no source</option>{}</select> ',
                prefix,
                step.position,
                options,
            ),
        ]
        if self.captures:
            parts.append(
                format_html(
                    '<select name="{}-snapshot" aria-label="Captured page for step {}">'
                    '<option value="">no captured page</option>{}</select> ',
                    prefix,
                    step.position,
                    format_html_join(
                        "",
                        '<option value="{}">{} as captured {}</option>',
                        (
                            (
                                captured.pk,
                                captured.source,
                                _minute(captured.fetched_at),
                            )
                            for captured in self.captures
                        ),
                    ),
                )
            )
        parts.append(button("done", "Done"))
        if self.editor and step.is_required:
            parts.append(
                format_html(
                    '<br><input type="text" name="{}-reason" placeholder="Why it can be skipped" '
                    'aria-label="Reason to waive step {}" maxlength="2000"> {}',
                    prefix,
                    step.position,
                    button("waive", "Waive"),
                )
            )
        return format_html_join("", "{}", ((part,) for part in parts))


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    form = ClaimAdminForm
    list_display = (
        "claim_text",
        "article_title",
        "claimant",
        "status_badge",
        "worthiness",
        "assignee",
        "due_display",
        "priority",
    )
    list_display_links = ("claim_text",)
    list_filter = (
        "status",
        AssignedFilter,
        DueFilter,
        WorthinessFilter,
        ContestedFilter,
        ArticleFilter,
        PersonFilter,
        "kind",
        OutletFilter,
        "flag_unverified",
        "flag_anonymous_source",
    )
    search_fields = ("text", "claimant")
    list_select_related = ("article", "assignee")
    ordering = ("-checkworthiness", "pk")
    sortable_by = ("claim_text", "worthiness", "due_display", "priority", "status_badge")
    list_per_page = 50
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    show_facets = admin.ShowFacets.NEVER
    actions = (
        "assign_to_me",
        "assign_to",
        "set_due_date",
        "move_to_status",
        "dismiss_as_not_checkworthy",
        "merge",
    )
    change_form_template = "admin/claims/claim/change_form.html"
    view_on_site = False
    inlines = (
        ClaimSourceInline,
        ChecklistInline,
        RelationInline,
        MatchInline,
        ReviewNoteInline,
        HistoryInline,
    )
    readonly_fields = (
        "article_link",
        "in_context",
        "worthiness_explained",
        "verdict_proposed_by",
        "signed_off_by",
        "signed_off_at",
        "origin",
    )

    def get_fieldsets(self, request, obj=None):
        return (
            (None, {"fields": ("article_link", "in_context", "text", "version")}),
            (
                "Who says it, and how",
                {
                    "fields": (
                        ("claimant", "cue", "kind"),
                        (
                            "flag_unverified",
                            "flag_anonymous_source",
                            "flag_hedged",
                            "flag_statistic",
                            "flag_direct_quote",
                        ),
                        "worthiness_explained",
                    )
                },
            ),
            (
                "Verification",
                {
                    "fields": (
                        ("status", "verdict"),
                        "transition_note",
                        ("assignee", "due_at", "priority"),
                        ("verdict_proposed_by", "signed_off_by", "signed_off_at"),
                        "origin",
                    )
                },
            ),
        )

    def has_add_permission(self, request):
        return False  # claims are added from their article's page (words of the article)

    def get_search_results(self, request, queryset, search_term):
        return search.claims_matching(queryset, search_term), False

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or roles.can_edit_claim(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and roles.is_editor(request.user)

    # list columns

    @admin.display(description="claim", ordering="ordinal")
    def claim_text(self, claim: Claim) -> str:
        return str(claim)

    @admin.display(description="article", ordering="article__title")
    def article_title(self, claim: Claim) -> str:
        return str(claim.article)

    @admin.display(description="status", ordering="status")
    def status_badge(self, claim: Claim) -> str:
        label = claim.get_status_display()
        if claim.verdict:
            label = f"{label}: {claim.get_verdict_display()}"
        return format_html('<span class="status-badge status-{}">{}</span>', claim.status, label)

    @admin.display(description="worth checking", ordering="checkworthiness")
    def worthiness(self, claim: Claim) -> str:
        return format_html(
            '<meter min="0" max="1" value="{}" title="{}"></meter> {}',
            claim.checkworthiness,
            "; ".join(claim.checkworthiness_reasons),
            f"{claim.checkworthiness:.2f}",
        )

    @admin.display(description="due", ordering="due_at")
    def due_display(self, claim: Claim) -> str:
        if claim.due_at is None:
            return "—"
        local = timezone.localtime(claim.due_at)
        overdue = claim.is_overdue
        return format_html(
            '<span class="{}">{}</span>',
            "overdue" if overdue else "",
            f"{local:%Y-%m-%d %H:%M}" + (" (overdue)" if overdue else ""),
        )

    # claim page

    @admin.display(description="article")
    def article_link(self, claim: Claim) -> str:
        return format_html(
            '<a href="{}#claim-{}">{}</a>',
            claim.article.get_absolute_url(),
            claim.pk,
            claim.article,
        )

    @admin.display(description="in the article")
    def in_context(self, claim: Claim) -> str:
        """The claim's sentence (widened to its claimant and cue) with the same highlighting as
        the article page."""
        spans = [claim.sentence_start, claim.sentence_end, claim.start, claim.end]
        spans += [offset for offset in (claim.claimant_start, claim.claimant_end) if offset]
        spans += [offset for offset in (claim.cue_start, claim.cue_end) if offset]
        runs = highlight_excerpt(claim.article.body, claim, min(spans), max(spans))
        return render_to_string("claims/_highlighted_article.html", {"runs": runs, "excerpt": True})

    @admin.display(description="check-worthiness")
    def worthiness_explained(self, claim: Claim) -> str:
        return format_html(
            '<meter min="0" max="1" value="{}"></meter> <strong>{}</strong> — {}',
            claim.checkworthiness,
            f"{claim.checkworthiness:.2f}",
            "; ".join(claim.checkworthiness_reasons) or "no reasons recorded",
        )

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<int:object_id>/split/",
                self.admin_site.admin_view(self.split_view),
                name="{}_{}_split".format(*info),
            ),
            path(
                "<int:object_id>/relations/<int:relation_id>/<str:decision>/",
                self.admin_site.admin_view(self.relation_view),
                name="{}_{}_relation".format(*info),
            ),
            path(
                "check/",
                self.admin_site.admin_view(self.check_view),
                name="{}_{}_check".format(*info),
            ),
            path(
                "<int:object_id>/matches/<int:match_id>/<str:decision>/",
                self.admin_site.admin_view(self.match_view),
                name="{}_{}_match".format(*info),
            ),
            path(
                "<int:object_id>/steps/<int:step_id>/<str:decision>/",
                self.admin_site.admin_view(self.step_view),
                name="{}_{}_step".format(*info),
            ),
            path(
                "<int:object_id>/checklists/add/",
                self.admin_site.admin_view(self.add_checklist_view),
                name="{}_{}_add_checklist".format(*info),
            ),
            *super().get_urls(),
        ]

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if object_id and str(object_id).isdigit():
            # Checklists the claim has not got, to add by hand (images, video ...).
            extra_context = {
                **(extra_context or {}),
                "checklist_templates": ChecklistTemplate.objects.filter(is_active=True)
                .exclude(pk__in=ChecklistStep.objects.filter(claim_id=object_id).values("template"))
                .filter(steps__isnull=False)
                .distinct(),
            }
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except services.ClaimActionRefused as refused:
            # The admin's transaction has rolled back: nothing of this save was kept. Show the
            # form again with the person's input and the reason.
            request.claim_refusal = refused
            return super().changeform_view(request, object_id, form_url, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)
        admin_site = self

        class RequestBoundClaimForm(form_class):
            def clean(self):
                data = super().clean()
                admin_site._check_claim_save(request, self, data)
                return data

        return RequestBoundClaimForm

    def _check_claim_save(self, request, form, data) -> None:
        """Refuse a save over a newer version, or a transition the workflow refuses, before
        anything is written; the person's input stays in the form."""
        refusal = getattr(request, "claim_refusal", None)
        if refusal is not None:
            raise ValidationError(str(refusal))
        claim = form.instance
        # Lock the row until this save commits (PostgreSQL); SQLite's immediate transactions
        # already serialise writers. A concurrent save then sees our new version.
        current = Claim.objects.select_for_update().get(pk=claim.pk)
        if data.get("version") != current.version:
            changed = services.claim_changes_since(claim=current, version=data.get("version") or 0)
            # Render the current version so that saving again applies this input on purpose.
            form.data = form.data.copy()
            form.data[form.add_prefix("version")] = current.version
            raise ValidationError(
                "Someone else saved this claim while you were editing it"
                + (f": {'; '.join(changed)}" if changed else "")
                + ". Your input is kept below: check it against their change and save again."
            )
        if "status" in form.changed_data and "status" in data:
            try:
                services.claim_transition_check(
                    claim=current,
                    to_status=data["status"],
                    by=request.user,
                    verdict=data.get("verdict") or "",
                )
            except services.ClaimActionRefused as refused:
                form.add_error("status", str(refused))

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        claim = Claim.objects.get(pk=obj.pk)
        version = data["version"]
        edits = {name: data[name] for name in form.changed_data if name in services.EDITABLE_FIELDS}
        if edits:
            claim = services.claim_update(
                claim=claim, by=request.user, expected_version=version, changes=edits
            )
        if "assignee" in form.changed_data:
            claim = services.claim_assign(
                claim=claim,
                assignee=data["assignee"],
                by=request.user,
                expected_version=claim.version,
            )
        # The status changes after the inlines are saved (save_related), so that the notes and
        # sources added in the same save count as the evidence a verdict needs.
        request.claim_after_save = claim
        form.instance = claim

    def save_related(self, request, form, formsets, change):
        form.save_m2m()
        for formset in formsets:
            self._save_formset(request, form, formset)
        claim = request.claim_after_save
        data = form.cleaned_data
        if "status" in form.changed_data:
            claim.refresh_from_db()
            services.claim_transition(
                claim=claim,
                to_status=data["status"],
                verdict=data.get("verdict") or "",
                note=data.get("transition_note") or "",
                by=request.user,
                expected_version=claim.version,
            )

    def _save_formset(self, request, form, formset) -> None:
        claim = request.claim_after_save
        for inline_form in formset.deleted_forms:
            instance = inline_form.instance
            if isinstance(instance, ClaimSource) and instance.pk:
                services.claim_source_remove(link=instance, by=request.user)
            elif isinstance(instance, ClaimRelation) and instance.pk:
                services.relation_remove(relation=instance, by=request.user)
        for inline_form in formset.forms:
            if inline_form in formset.deleted_forms or not inline_form.has_changed():
                continue
            data, instance = inline_form.cleaned_data, inline_form.instance
            if isinstance(instance, ReviewNote) and not instance.pk:
                services.note_add(
                    claim=claim,
                    by=request.user,
                    body=data["body"],
                    kind=data["kind"],
                    is_internal=data["is_internal"],
                )
            elif isinstance(instance, ClaimSource):
                if instance.pk:  # a changed role or note: replace the link, recorded
                    services.claim_source_remove(
                        link=ClaimSource.objects.get(pk=instance.pk), by=request.user
                    )
                services.claim_source_add(
                    claim=claim,
                    source=data["source"],
                    role=data["role"],
                    note=data.get("note", ""),
                    by=request.user,
                )
            elif isinstance(instance, ClaimRelation):
                if instance.pk:
                    services.relation_remove(
                        relation=ClaimRelation.objects.get(pk=instance.pk), by=request.user
                    )
                services.relation_add(
                    from_claim=claim, to_claim=data["to_claim"], type=data["type"], by=request.user
                )

    def construct_change_message(self, request, form, formsets, add=False):
        # The inlines are written by the services, which record them in the claim's history.
        return super().construct_change_message(request, form, [], add)

    def relation_view(self, request, object_id: int, relation_id: int, decision: str):
        """Confirm or dismiss a suggested relation of this claim, in one click."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if decision not in ("confirm", "dismiss"):
            raise Http404("Unknown decision.")
        claim = get_object_or_404(Claim, pk=object_id)
        relation = get_object_or_404(
            ClaimRelation.objects.select_related("from_claim", "to_claim"),
            pk=relation_id,
            from_claim=claim,
        )
        if not self.has_change_permission(request, claim):
            raise PermissionDenied
        try:
            if decision == "confirm":
                services.relation_confirm(relation=relation, by=request.user)
                messages.success(
                    request,
                    f"Confirmed: #{claim.ordinal} {relation.get_type_display().lower()} "
                    f"#{relation.to_claim.ordinal}.",
                )
            else:
                services.relation_remove(relation=relation, by=request.user)
                messages.success(
                    request,
                    f"Dismissed: #{claim.ordinal} {relation.get_type_display().lower()} "
                    f"#{relation.to_claim.ordinal} (it will not be suggested again).",
                )
        except services.ClaimActionRefused as refused:
            messages.error(request, str(refused))
        return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))

    def check_view(self, request):
        """The "check a claim" box: paste a sentence, see whether the desk has seen it."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        form = CheckClaimForm(request.GET or None)
        results = []
        if form.is_valid():
            found = memory.Desk().rank(form.cleaned_data["text"], 10)
            claims = (
                Claim.objects.select_related("article")
                .defer("article__body")
                .in_bulk([item.claim_id for item in found])
            )
            for item in found:
                claim = claims.get(item.claim_id)
                if claim is None:
                    continue
                results.append(
                    {
                        "claim": claim,
                        "score": item.match.score,
                        "relation": item.match.relation,
                        "reasons": item.match.reasons.as_dict(),
                        "when": claim.article.published_at or claim.article.created_at,
                    }
                )
        context = {
            **self.admin_site.each_context(request),
            "title": "Check a claim",
            "opts": self.opts,
            "form": form,
            "searched": form.is_bound and form.is_valid(),
            "results": results,
        }
        return TemplateResponse(request, "admin/claims/claim/check.html", context)

    def step_view(self, request, object_id: int, step_id: int, decision: str):
        """Tick, reopen or waive one step of this claim's checklist."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        states = {"done": "done", "reopen": "open", "waive": "waived"}
        if decision not in states:
            raise Http404("Unknown decision.")
        claim = get_object_or_404(Claim, pk=object_id)
        step = get_object_or_404(
            ChecklistStep.objects.select_related("claim"), pk=step_id, claim=claim
        )
        if not self.has_change_permission(request, claim):
            raise PermissionDenied
        prefix = f"step-{step.pk}"
        try:
            version = int(request.POST.get(f"{prefix}-version", step.version))
            evidence = snapshot = None
            captured = request.POST.get(f"{prefix}-snapshot", "")
            if decision == "done" and captured:
                snapshot = Snapshot.objects.filter(pk=int(captured)).first()
                if snapshot is None:
                    raise services.ClaimActionRefused("That captured page is not on the desk.")
            chosen = request.POST.get(f"{prefix}-evidence", "")
            if decision == "done" and chosen:
                evidence = ClaimSource.objects.filter(pk=int(chosen), claim=claim).first()
                if evidence is None:
                    raise services.ClaimActionRefused(
                        "That source is no longer linked to this claim: choose another."
                    )
        except ValueError:
            messages.error(request, "The step's form was not complete: reload the claim.")
        except services.ClaimActionRefused as refused:
            messages.error(request, str(refused))
        else:
            try:
                checklists.step_update(
                    step=step,
                    by=request.user,
                    expected_version=version,
                    state=states[decision],
                    note=request.POST.get(f"{prefix}-note", "") if decision == "done" else None,
                    evidence=evidence if decision == "done" else ...,
                    snapshot=snapshot if decision == "done" else ...,
                    reason=request.POST.get(f"{prefix}-reason", ""),
                )
                messages.success(
                    request,
                    f"Step “{step.instruction}”: {states[decision].replace('open', 'reopened')}.",
                )
            except services.ClaimActionRefused as refused:
                messages.error(request, str(refused))
        return HttpResponseRedirect(
            reverse("admin:claims_claim_change", args=[claim.pk]) + "#checklist_steps-group"
        )

    def add_checklist_view(self, request, object_id: int):
        """Add a checklist the claim does not fit by its kind (images, video) by hand."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        claim = get_object_or_404(Claim, pk=object_id)
        if not self.has_change_permission(request, claim):
            raise PermissionDenied
        chosen = request.POST.get("checklist_template", "")
        template = (
            ChecklistTemplate.objects.filter(pk=int(chosen)).first() if chosen.isdigit() else None
        )
        if template is None:
            messages.error(request, "Choose a checklist to add.")
        else:
            try:
                added = checklists.attach_by_hand(claim=claim, template=template, by=request.user)
                messages.success(request, f"Checklist “{template}” added: {added} steps.")
            except services.ClaimActionRefused as refused:
                messages.error(request, str(refused))
        return HttpResponseRedirect(
            reverse("admin:claims_claim_change", args=[claim.pk]) + "#checklist_steps-group"
        )

    def match_view(self, request, object_id: int, match_id: int, decision: str):
        """Confirm a claim seen before (and, with "carry", take its verdict), or dismiss it."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if decision not in ("confirm", "carry", "dismiss"):
            raise Http404("Unknown decision.")
        claim = get_object_or_404(Claim, pk=object_id)
        match = get_object_or_404(
            ClaimMatch.objects.select_related("earlier__article"), pk=match_id, claim=claim
        )
        if not self.has_change_permission(request, claim):
            raise PermissionDenied
        earlier = f"#{match.earlier.ordinal} of “{match.earlier.article}”"
        try:
            if decision == "dismiss":
                services.match_dismiss(match=match, by=request.user)
                messages.success(request, f"Not the same claim as {earlier}: dismissed.")
            else:
                services.match_confirm(
                    match=match, by=request.user, carry_verdict=decision == "carry"
                )
                messages.success(
                    request,
                    f"Confirmed: {match.get_relation_display().lower()} as {earlier}"
                    + (
                        "; its verdict and evidence are proposed for sign-off."
                        if decision == "carry"
                        else "."
                    ),
                )
        except services.ClaimActionRefused as refused:
            messages.error(request, str(refused))
        return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))

    def split_view(self, request, object_id: int):
        claim = get_object_or_404(Claim, pk=object_id)
        if not self.has_change_permission(request, claim):
            raise PermissionDenied
        form = SplitForm(request.POST or None, initial={"first_part": claim.text})
        if request.method == "POST" and form.is_valid():
            first_part = form.cleaned_data["first_part"].strip()
            if not claim.text.startswith(first_part) or first_part == claim.text:
                form.add_error(
                    "first_part",
                    "Keep the beginning of the claim's text and delete its end: the deleted "
                    "part becomes the new claim.",
                )
            else:
                try:
                    _, second = services.claim_split(
                        claim=claim,
                        at=claim.start + len(first_part),
                        by=request.user,
                        expected_version=claim.version,
                    )
                except services.ClaimActionRefused as refused:
                    form.add_error("first_part", str(refused))
                else:
                    messages.success(request, f"Split: the second part is claim #{second.ordinal}.")
                    return HttpResponseRedirect(claim.get_absolute_url())
        return _form_page(self, request, form, title=f"Split claim #{claim.ordinal}", subject=claim)

    # actions

    def _apply(self, request, queryset, description: str, apply) -> None:
        """Run a service on each selected claim; report what was done and what was refused."""
        done, refusals = 0, []
        for claim in queryset.select_related("article", "assignee"):
            try:
                with transaction.atomic():
                    apply(claim)
                done += 1
            except services.ClaimActionRefused as refused:
                refusals.append(f"#{claim.ordinal} “{claim.article}”: {refused}")
        if done:
            messages.success(request, f"{description}: {done} claim{'s' if done != 1 else ''}.")
        for refusal in refusals[:10]:
            messages.error(request, refusal)
        if len(refusals) > 10:
            messages.error(request, f"…and {len(refusals) - 10} more refused.")

    def _action_page(self, request, queryset, form, *, title: str, action: str):
        return _form_page(
            self,
            request,
            form,
            title=title,
            queryset=queryset,
            action=action,
            action_checkbox_name=admin.helpers.ACTION_CHECKBOX_NAME,
        )

    @admin.action(description="Assign to me")
    def assign_to_me(self, request, queryset):
        self._apply(
            request,
            queryset,
            "Assigned to you",
            lambda claim: services.claim_assign(
                claim=claim, assignee=request.user, by=request.user, expected_version=claim.version
            ),
        )

    @admin.action(description="Assign to…")
    def assign_to(self, request, queryset):
        form = AssignForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            assignee = form.cleaned_data["assignee"]
            self._apply(
                request,
                queryset,
                f"Assigned to {assignee}" if assignee else "Unassigned",
                lambda claim: services.claim_assign(
                    claim=claim, assignee=assignee, by=request.user, expected_version=claim.version
                ),
            )
            return None
        return self._action_page(request, queryset, form, title="Assign claims", action="assign_to")

    @admin.action(description="Set due date…")
    def set_due_date(self, request, queryset):
        form = DueDateForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            due_at = form.cleaned_data["due_at"]
            self._apply(
                request,
                queryset,
                "Due date set",
                lambda claim: services.claim_update(
                    claim=claim,
                    by=request.user,
                    expected_version=claim.version,
                    changes={"due_at": due_at},
                ),
            )
            return None
        return self._action_page(
            request, queryset, form, title="Set the due date", action="set_due_date"
        )

    @admin.action(description="Move to a status…")
    def move_to_status(self, request, queryset):
        form = StatusForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            data = form.cleaned_data
            self._apply(
                request,
                queryset,
                f"Moved to “{Claim.Status(data['status']).label}”",
                lambda claim: services.claim_transition(
                    claim=claim,
                    to_status=data["status"],
                    verdict=data["verdict"],
                    note=data["note"],
                    by=request.user,
                    expected_version=claim.version,
                ),
            )
            return None
        return self._action_page(
            request, queryset, form, title="Move claims to a status", action="move_to_status"
        )

    @admin.action(description="Dismiss as not check-worthy")
    def dismiss_as_not_checkworthy(self, request, queryset):
        self._apply(
            request,
            queryset,
            "Dismissed",
            lambda claim: services.claim_transition(
                claim=claim,
                to_status=Claim.Status.DISMISSED,
                note="Not check-worthy.",
                by=request.user,
                expected_version=claim.version,
            ),
        )

    @admin.action(description="Merge the selected claims into one")
    def merge(self, request, queryset):
        try:
            keeper = services.claim_merge(claims=list(queryset), by=request.user)
        except services.ClaimActionRefused as refused:
            messages.error(request, str(refused))
            return None
        messages.success(request, f"Merged into claim #{keeper.ordinal}.")
        return HttpResponseRedirect(keeper.get_absolute_url())


# --- Sources, relations, notes, history, notifications -----------------------------------------


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "url", "claim_count", "created_at")
    list_filter = ("kind",)
    search_fields = ("name", "url")
    fields = ("name", "kind", "url", "archived_url", "reliability_note")
    ordering = ("name",)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claims_total=Count("claim_sources"))

    def save_model(self, request, obj, form, change):
        services.source_save(source=obj, by=request.user)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change=change, **kwargs)

        class NoTwinSourceForm(form_class):
            def clean(self):
                data = super().clean()
                candidate = Source(
                    pk=self.instance.pk,
                    name=data.get("name", ""),
                    kind=data.get("kind", ""),
                    url=data.get("url", ""),
                )
                twin = services.source_twin(candidate)
                if twin is not None:
                    raise ValidationError(
                        f"This source is already on the desk: “{twin}” (#{twin.pk}); use it."
                    )
                return data

        return NoTwinSourceForm

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<int:object_id>/snapshots/<int:snapshot_id>/",
                self.admin_site.admin_view(self.snapshot_view),
                name="{}_{}_snapshot".format(*info),
            ),
            path(
                "<int:object_id>/snapshots/<int:snapshot_id>/warc/",
                self.admin_site.admin_view(self.snapshot_warc_view),
                name="{}_{}_snapshot_warc".format(*info),
            ),
            path(
                "<int:object_id>/snapshots/<int:snapshot_id>/changes/",
                self.admin_site.admin_view(self.snapshot_changes_view),
                name="{}_{}_snapshot_changes".format(*info),
            ),
            *super().get_urls(),
        ]

    def _snapshot(self, request, object_id: int, snapshot_id: int) -> Snapshot:
        """A snapshot of this source, for someone who may see the source."""
        snapshot = get_object_or_404(
            Snapshot.objects.select_related("source"), pk=snapshot_id, source_id=object_id
        )
        if not self.has_view_permission(request, snapshot.source):
            raise PermissionDenied
        return snapshot

    def snapshot_changes_view(self, request, object_id: int, snapshot_id: int):
        """What changed in the page's main text since the capture before this one, word by word."""
        snapshot = self._snapshot(request, object_id, snapshot_id)
        previous = snapshots.previous_capture(snapshot)
        context = {
            **self.admin_site.each_context(request),
            "title": "Changes between two captures",
            "opts": self.opts,
            "source": snapshot.source,
            "snapshot": snapshot,
            "previous": previous,
            "change": snapshots.describe_change(previous, snapshot) if previous else "",
            "runs": snapshots.word_diff(previous.text, snapshot.text) if previous else [],
        }
        return TemplateResponse(request, "admin/claims/source/snapshot_changes.html", context)

    def snapshot_warc_view(self, request, object_id: int, snapshot_id: int):
        """The stored copy as a WARC file, for a web archive; refused if tampered."""
        snapshot = self._snapshot(request, object_id, snapshot_id)
        try:
            warc = snapshots.warc_record(snapshot)
        except snapshots.Tampered as tampered:
            return _not_served(snapshot, tampered)
        response = HttpResponse(warc, content_type="application/warc")
        response["Content-Disposition"] = f'attachment; filename="snapshot-{snapshot.pk}.warc.gz"'
        response["X-Content-Type-Options"] = "nosniff"
        return response

    def snapshot_view(self, request, object_id: int, snapshot_id: int):
        """A stored copy, checked against its SHA-256 first; served as plain text (or as a
        download), sandboxed, never as a live page on the desk's origin."""
        snapshot = self._snapshot(request, object_id, snapshot_id)
        try:
            body = snapshots.read_verified(snapshot)
        except snapshots.Tampered as tampered:
            response = _not_served(snapshot, tampered)
        else:
            content_type, inline = snapshots.safe_content_type(snapshot)
            response = HttpResponse(body, content_type=content_type)
            response["Content-Disposition"] = (
                "inline" if inline else f'attachment; filename="snapshot-{snapshot.pk}"'
            )
            response["X-Snapshot-SHA256"] = snapshot.sha256
        response["Content-Security-Policy"] = "sandbox"
        response["X-Content-Type-Options"] = "nosniff"
        response["Cache-Control"] = "private, no-store"
        return response

    @admin.display(description="claims", ordering="claims_total")
    def claim_count(self, source: Source) -> int:
        return source.claims_total


@admin.register(ClaimRelation)
class ClaimRelationAdmin(ReadOnly, admin.ModelAdmin):
    """Relations are added and removed on the claim page, through the services."""

    list_display = ("from_claim", "type", "to_claim", "origin", "confirmed_by")
    list_filter = ("type", "origin")
    list_select_related = ("from_claim", "to_claim", "confirmed_by")
    raw_id_fields = ("from_claim", "to_claim")


@admin.register(ReviewNote)
class ReviewNoteAdmin(ReadOnly, admin.ModelAdmin):
    """Notes are added on the claim page and never edited or deleted: a correction is a new
    note."""

    list_display = ("claim", "kind", "author", "is_internal", "created_at")
    list_filter = ("kind", "is_internal")
    search_fields = ("body",)
    list_select_related = ("claim", "author")


@admin.register(ClaimEvent)
class ClaimEventAdmin(ReadOnly, admin.ModelAdmin):
    list_display = ("at", "claim", "action", "from_status", "to_status", "actor")
    list_filter = ("action",)
    list_select_related = ("claim", "actor")


class UnreadFilter(admin.SimpleListFilter):
    title = "read"
    parameter_name = "unread"

    def lookups(self, request, model_admin):
        return (("yes", "Unread"), ("no", "Read"))

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(read_at=None)
        if self.value() == "no":
            return queryset.exclude(read_at=None)
        return queryset


class DeliveryFilter(admin.SimpleListFilter):
    title = "delivery"
    parameter_name = "delivery"
    STATES = {
        "pending": Q(sent_at=None, failed_at=None, obsolete_at=None),
        "sent": Q(sent_at__isnull=False),
        "failed": Q(failed_at__isnull=False),
        "retrying": Q(sent_at=None, failed_at=None, obsolete_at=None) & ~Q(last_error=""),
        "obsolete": Q(obsolete_at__isnull=False),
    }

    def lookups(self, request, model_admin):
        return [(state, state.capitalize()) for state in self.STATES]

    def queryset(self, request, queryset):
        condition = self.STATES.get(self.value() or "")
        return queryset if condition is None else queryset.filter(condition)


@admin.register(Notification)
class NotificationAdmin(ReadOnly, admin.ModelAdmin):
    """Each person's in-app notifications; editors also see every delivery and its errors."""

    list_display = (
        "created_at",
        "kind",
        "subject_link",
        "destination",
        "state_display",
        "attempts",
        "last_error",
        "read_at",
    )
    list_filter = (UnreadFilter, DeliveryFilter, "kind")
    search_fields = ("subject",)
    list_select_related = ("recipient", "webhook", "claim")
    actions = ("mark_read",)
    show_full_result_count = False

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if roles.is_editor(request.user):
            return queryset
        return queryset.filter(recipient=request.user)

    @admin.display(description="about", ordering="subject")
    def subject_link(self, notification: Notification) -> str:
        if notification.claim_id is None:
            return notification.subject
        return format_html(
            '<a href="{}">{}</a>', notification.claim.get_absolute_url(), notification.subject
        )

    @admin.display(description="to")
    def destination(self, notification: Notification) -> str:
        return str(notification.recipient or notification.webhook)

    @admin.display(description="delivery")
    def state_display(self, notification: Notification) -> str:
        return format_html(
            '<span class="delivery delivery-{}">{}</span>', notification.state, notification.state
        )

    @admin.action(description="Mark as read")
    def mark_read(self, request, queryset):
        count = notifications.notifications_mark_read(
            user=request.user, notification_ids=list(queryset.values_list("pk", flat=True))
        )
        messages.success(request, f"{count} marked as read.")


@admin.register(Webhook)
class WebhookAdmin(admin.ModelAdmin):
    list_display = ("name", "desk", "url", "is_active")
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def save_model(self, request, obj, form, change):
        from claims.fetching import FetchError, check_url

        try:
            check_url(obj.url)
        except FetchError as refused:
            # A webhook is posted to from our servers: the same address rules as fetching.
            messages.warning(request, f"Saved, but posting to it will fail: {refused}")
        super().save_model(request, obj, form, change)


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "time_zone", "digest_hour", "email_notifications")
    fields = ("user", "time_zone", "digest_hour", "email_notifications")
    raw_id_fields = ("user",)


def _not_served(snapshot: Snapshot, tampered: Exception) -> HttpResponse:
    """What a person gets instead of a stored copy that fails its hash check."""
    return HttpResponse(
        f"Not served: {tampered}\n\nSnapshot {snapshot.pk} of {snapshot.url}, captured "
        f"{snapshot.fetched_at:%Y-%m-%d %H:%M} UTC, SHA-256 {snapshot.sha256}.",
        status=409,
        content_type="text/plain; charset=utf-8",
    )


# --- Checklists --------------------------------------------------------------------------------


class ChecklistTemplateStepInline(admin.TabularInline):
    model = ChecklistTemplateStep
    extra = 1
    fields = ("position", "instruction", "is_required")
    verbose_name = "step"
    verbose_name_plural = "steps, in order (a claim gets a copy when it is taken into review)"


class ChecklistTemplateForm(forms.ModelForm):
    kinds = forms.MultipleChoiceField(
        choices=Claim.Kind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Claims of these kinds get the checklist when taken into review.",
    )
    flags = forms.MultipleChoiceField(
        choices=[
            (name, Claim._meta.get_field(f"flag_{name}").verbose_name) for name in Claim.FLAG_NAMES
        ],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="… and claims with any of these flags.",
    )
    claimant_kinds = forms.MultipleChoiceField(
        choices=[(kind, kind) for kind in CLAIMANT_KINDS],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="… and claims made by these kinds of claimant. None of the three: added by hand.",
    )

    class Meta:
        model = ChecklistTemplate
        fields = ("name", "description", "kinds", "flags", "claimant_kinds", "is_active")


@admin.register(ChecklistTemplate)
class ChecklistTemplateAdmin(admin.ModelAdmin):
    """The desk's checklists, kept by editors (fact-checkers read them)."""

    form = ChecklistTemplateForm
    list_display = ("name", "applies_to", "step_count", "is_active", "updated_at")
    list_filter = ("is_active",)
    search_fields = ("name", "description")
    fields = ("name", "description", "kinds", "flags", "claimant_kinds", "is_active")
    inlines = (ChecklistTemplateStepInline,)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(step_total=Count("steps"))

    @admin.display(description="applies to")
    def applies_to(self, template: ChecklistTemplate) -> str:
        parts = [
            *(f"kind {kind}" for kind in template.kinds),
            *(f"flag {flag}" for flag in template.flags),
            *(f"{kind} claimants" for kind in template.claimant_kinds),
        ]
        return ", ".join(parts) or "added by hand"

    @admin.display(description="steps", ordering="step_total")
    def step_count(self, template: ChecklistTemplate) -> int:
        return template.step_total
