"""The fact-checkers' workspace in the Django admin: lists with search and filters.

Every list names its related rows in list_select_related so that a page costs a fixed number of
queries, and big foreign keys use raw-id widgets instead of loading every row into a <select>.
"""

from django.contrib import admin

from claims.models import (
    Article,
    Claim,
    ClaimEvent,
    ClaimRelation,
    ClaimSource,
    Notification,
    ReviewNote,
    Source,
)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "outlet", "desk", "published_at", "verify_by", "ingest_status")
    list_filter = ("ingest_status", "desk", "outlet")
    search_fields = ("title", "outlet", "byline", "url")
    readonly_fields = ("content_hash", "created_by", "created_at", "updated_at")
    list_select_related = ("created_by",)
    date_hierarchy = None
    show_full_result_count = False


class ClaimSourceInline(admin.TabularInline):
    model = ClaimSource
    extra = 0
    autocomplete_fields = ("source",)
    readonly_fields = ("added_by", "created_at")


class ReviewNoteInline(admin.StackedInline):
    model = ReviewNote
    extra = 0
    fields = ("kind", "body", "is_internal", "author", "created_at")
    readonly_fields = ("author", "created_at")
    can_delete = False


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = (
        "__str__",
        "article",
        "claimant",
        "cue",
        "kind",
        "checkworthiness",
        "status",
        "assignee",
        "due_at",
    )
    list_filter = (
        "status",
        "kind",
        "verdict",
        "flag_unverified",
        "flag_anonymous_source",
        "flag_hedged",
        "flag_statistic",
        "flag_direct_quote",
        ("assignee", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("text", "claimant")
    list_select_related = ("article", "assignee")
    raw_id_fields = ("article",)
    autocomplete_fields = ("assignee",)
    readonly_fields = (
        "checkworthiness",
        "checkworthiness_reasons",
        "version",
        "origin",
        "extracted_start",
        "extracted_end",
        "verdict_proposed_by",
        "signed_off_by",
        "signed_off_at",
        "created_at",
        "updated_at",
        "last_activity_at",
    )
    ordering = ("-checkworthiness",)
    inlines = (ClaimSourceInline, ReviewNoteInline)
    show_full_result_count = False


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "url", "created_at")
    list_filter = ("kind",)
    search_fields = ("name", "url")


@admin.register(ClaimRelation)
class ClaimRelationAdmin(admin.ModelAdmin):
    list_display = ("from_claim", "type", "to_claim", "origin", "confirmed_by")
    list_filter = ("type", "origin")
    list_select_related = ("from_claim", "to_claim", "confirmed_by")
    raw_id_fields = ("from_claim", "to_claim")


@admin.register(ReviewNote)
class ReviewNoteAdmin(admin.ModelAdmin):
    list_display = ("claim", "kind", "author", "is_internal", "created_at")
    list_filter = ("kind", "is_internal")
    search_fields = ("body",)
    list_select_related = ("claim", "author")
    raw_id_fields = ("claim", "supersedes")


@admin.register(ClaimEvent)
class ClaimEventAdmin(admin.ModelAdmin):
    list_display = ("at", "claim", "action", "from_status", "to_status", "actor")
    list_filter = ("action",)
    list_select_related = ("claim", "actor")
    raw_id_fields = ("claim",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ("created_at", "kind", "recipient", "claim", "sent_at", "read_at", "attempts")
    list_filter = ("kind",)
    search_fields = ("subject", "dedupe_key")
    list_select_related = ("recipient", "claim")
    raw_id_fields = ("claim", "article")
    readonly_fields = (
        "dedupe_key",
        "created_at",
        "claimed_at",
        "sent_at",
        "attempts",
        "last_error",
    )
