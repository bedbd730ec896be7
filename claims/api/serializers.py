"""What the API reads and writes. Serializers validate and shape; writes go to the services."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.validators import URLValidator
from django.db import connection, connections
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.renderers import JSONRenderer

from claims import prepared, roles
from claims.models import (
    Article,
    ChecklistStep,
    ChecklistTemplate,
    ChecklistTemplateStep,
    Claim,
    ClaimMatch,
    ClaimRelation,
    ClaimSource,
    Notification,
    ReviewNote,
    Snapshot,
    Source,
)


class StrictPrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    """An id is a whole number (or its digits as text): 1.5 or true is refused, not rounded."""

    def run_validation(self, data=serializers.empty):
        if data == "":  # DRF would read "" as null: say what is meant instead
            self.fail("incorrect_type", data_type="empty string")
        return super().run_validation(data)

    def to_internal_value(self, data):
        if isinstance(data, bool | float) or (
            isinstance(data, str) and not (data.isascii() and data.isdigit())
        ):
            self.fail("incorrect_type", data_type=type(data).__name__)
        return super().to_internal_value(data)


class DeskModelSerializer(serializers.ModelSerializer):
    serializer_related_field = StrictPrimaryKeyRelatedField


class ErrorDetailSerializer(serializers.Serializer):
    code = serializers.CharField()
    message = serializers.CharField()
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()), required=False
    )


class ErrorSerializer(serializers.Serializer):
    """The one error shape of the API."""

    error = ErrorDetailSerializer()


class PersonSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    username = serializers.CharField(read_only=True)
    name = serializers.SerializerMethodField()

    def get_name(self, user) -> str:
        return user.get_full_name() or user.get_username()


class MeSerializer(PersonSerializer):
    email = serializers.EmailField(read_only=True)
    role = serializers.SerializerMethodField()

    def get_role(self, user) -> str:
        if roles.is_editor(user):
            return "editor"
        if roles.is_fact_checker(user):
            return "fact_checker"
        return "none"


class SpanSerializer(serializers.Serializer):
    text = serializers.CharField()
    start = serializers.IntegerField()
    end = serializers.IntegerField()


class ClaimantSerializer(SpanSerializer):
    kind = serializers.CharField()


# --- articles ----------------------------------------------------------------------------------


def link_field(**options) -> serializers.CharField:
    """A web address that may be empty: a string in the schema (format "uri" refuses "")."""
    return serializers.CharField(
        allow_blank=True, required=False, max_length=2000, validators=[URLValidator()], **options
    )


class ArticleSerializer(DeskModelSerializer):
    url = link_field(read_only=True)
    claim_count = serializers.IntegerField(read_only=True, source="claims_total", default=0)

    class Meta:
        model = Article
        fields = (
            "id",
            "title",
            "outlet",
            "desk",
            "url",
            "published_at",
            "verify_by",
            "ingest_status",
            "created_at",
            "claim_count",
        )
        read_only_fields = fields


class ArticleDetailSerializer(ArticleSerializer):
    claims_by_status = serializers.SerializerMethodField()

    class Meta(ArticleSerializer.Meta):
        fields = (
            *ArticleSerializer.Meta.fields,
            "byline",
            "dateline",
            "body",
            "ingest_error",
            "claims_by_status",
        )
        read_only_fields = fields

    def get_claims_by_status(self, article) -> dict[str, int]:
        counts = dict.fromkeys(Claim.Status.values, 0)
        for status, total in getattr(article, "status_totals", []):
            counts[status] = total
        return counts


class StrictCharField(serializers.CharField):
    """Text, and only text: a number or a list is an error, not silently str()-ed."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class ArticleCreateSerializer(serializers.Serializer):
    """One of text, file or url. A URL is fetched by a worker: poll the article's
    ingest_status."""

    text = StrictCharField(required=False, trim_whitespace=False, allow_blank=True)
    file = serializers.FileField(required=False, help_text="A .txt or .html file.")
    url = serializers.URLField(required=False, max_length=2000)
    desk = serializers.CharField(required=False, allow_blank=True, max_length=100, default="")
    title = serializers.CharField(required=False, allow_blank=True, max_length=500, default="")
    verify_by = serializers.DateTimeField(required=False, allow_null=True, default=None)

    def validate(self, data):
        given = [
            name
            for name in ("text", "file", "url")
            if (data.get(name).strip() if name == "text" and data.get(name) else data.get(name))
        ]
        if "text" in data and not data["text"].strip() and not given:
            raise serializers.ValidationError({"text": ["The text is empty."]})
        if len(given) != 1:
            raise serializers.ValidationError(
                "Send the article one way: text, file (multipart) or url."
            )
        if data.get("text") and len(data["text"]) > settings.ARTICLE_MAX_CHARACTERS:
            raise serializers.ValidationError(
                {"text": [f"Longer than {settings.ARTICLE_MAX_CHARACTERS:,} characters."]}
            )
        return data


# --- claims ------------------------------------------------------------------------------------


class ClaimSerializer(DeskModelSerializer):
    article_title = serializers.CharField(source="article.title", read_only=True)
    claimant = serializers.SerializerMethodField()
    cue = serializers.SerializerMethodField()
    flags = serializers.ListField(child=serializers.CharField(), read_only=True)
    assignee = PersonSerializer(read_only=True, allow_null=True)
    verdict = serializers.ChoiceField(
        choices=[("", "No verdict yet"), *Claim.Verdict.choices], read_only=True
    )

    class Meta:
        model = Claim
        fields = (
            "id",
            "article",
            "article_title",
            "ordinal",
            "text",
            "start",
            "end",
            "claimant",
            "cue",
            "kind",
            "flags",
            "checkworthiness",
            "status",
            "verdict",
            "assignee",
            "due_at",
            "priority",
            "version",
            "updated_at",
        )
        read_only_fields = fields

    @extend_schema_field(ClaimantSerializer(allow_null=True))
    def get_claimant(self, claim):
        if not claim.claimant:
            return None
        return {
            "text": claim.claimant,
            "start": claim.claimant_start,
            "end": claim.claimant_end,
            "kind": claim.claimant_kind,
        }

    @extend_schema_field(SpanSerializer(allow_null=True))
    def get_cue(self, claim):
        if not claim.cue:
            return None
        return {"text": claim.cue, "start": claim.cue_start, "end": claim.cue_end}


# The claim list answers with plain dicts built from `.values()` rows: the same shape as
# ClaimSerializer (a test compares them claim by claim), at a fraction of the cost of 50 model
# instances walked field by field (bench/api_throughput.py). ClaimSerializer stays the
# schema's description of a list item and serializes single claims.
CLAIM_LIST_COLUMNS = (
    "id", "article_id", "article__title", "ordinal", "text", "start", "end",
    "claimant", "claimant_start", "claimant_end", "claimant_kind", "cue", "cue_start", "cue_end",
    "kind", "flag_unverified", "flag_anonymous_source", "flag_hedged", "flag_statistic",
    "flag_direct_quote", "checkworthiness", "status", "verdict",
    "assignee_id", "assignee__username", "assignee__first_name", "assignee__last_name",
    "due_at", "priority", "version", "updated_at",
)  # fmt: skip


def claim_list_items(rows) -> list[dict]:
    """`.values(*CLAIM_LIST_COLUMNS)` rows as the API shows claims in a list."""
    zone = timezone.get_current_timezone()  # the request's, as DRF's DateTimeField uses

    def when(value):
        if value is None:
            return None
        text = value.astimezone(zone).isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text

    return [_claim_list_item(row, when) for row in rows]


def _claim_list_item(row: dict, when) -> dict:
    assignee = None
    if row["assignee_id"] is not None:
        full_name = f"{row['assignee__first_name']} {row['assignee__last_name']}".strip()
        assignee = {
            "id": row["assignee_id"],
            "username": row["assignee__username"],
            "name": full_name or row["assignee__username"],
        }
    return {
        "id": row["id"],
        "article": row["article_id"],
        "article_title": row["article__title"],
        "ordinal": row["ordinal"],
        "text": row["text"],
        "start": row["start"],
        "end": row["end"],
        "claimant": {
            "text": row["claimant"],
            "start": row["claimant_start"],
            "end": row["claimant_end"],
            "kind": row["claimant_kind"],
        }
        if row["claimant"]
        else None,
        "cue": {"text": row["cue"], "start": row["cue_start"], "end": row["cue_end"]}
        if row["cue"]
        else None,
        "kind": row["kind"],
        "flags": [name for name in Claim.FLAG_NAMES if row[f"flag_{name}"]],
        "checkworthiness": row["checkworthiness"],
        "status": row["status"],
        "verdict": row["verdict"],
        "assignee": assignee,
        "due_at": when(row["due_at"]),
        "priority": row["priority"],
        "version": row["version"],
        "updated_at": when(row["updated_at"]),
    }


def _json_time(column: str) -> str:
    """A UTC timestamp as JSON, as DRF writes it (`isoformat()`, `+00:00` as `Z`, microseconds
    only when there are some); NULL as null."""
    utc = f"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')"
    text = f"replace({utc}, '.000000', '')"
    return f"COALESCE('\"' || {text} || 'Z\"', 'null')"


def _json_or_null(column: str) -> str:
    return f"COALESCE({column}::text, 'null')"


# One page of the claim list with each claim's JSON written by PostgreSQL: the same shape as
# _claim_list_item (a test compares them claim by claim), without decoding 31 columns into
# Python and encoding them again. The page's ids come from the ORM's query (filters, search,
# order, cursor: {ids}), in its order; the JSON is joined text (to_json escapes the strings),
# which PostgreSQL builds several times faster than json_build_object.
_CLAIM_LIST_PAGE = (
    "SELECT c.id, c.{position}, '{{\"id\":' || c.id || ',\"article\":' || c.article_id"
    " || ',\"article_title\":' || to_json(a.title) || ',\"ordinal\":' || c.ordinal"
    ' || \',"text":\' || to_json(c.text) || \',"start":\' || c.start || \',"end":\' || c."end"'
    " || ',\"claimant\":' || CASE WHEN c.claimant = '' THEN 'null' ELSE '{{\"text\":'"
    " || to_json(c.claimant) || ',\"start\":' || "
    + _json_or_null("c.claimant_start")
    + " || ',\"end\":' || "
    + _json_or_null("c.claimant_end")
    + " || ',\"kind\":' || to_json(c.claimant_kind) || '}}' END"
    " || ',\"cue\":' || CASE WHEN c.cue = '' THEN 'null' ELSE '{{\"text\":' || to_json(c.cue)"
    " || ',\"start\":' || "
    + _json_or_null("c.cue_start")
    + " || ',\"end\":' || "
    + _json_or_null("c.cue_end")
    + " || '}}' END"
    " || ',\"kind\":' || to_json(c.kind) || ',\"flags\":[' || concat_ws(','"
    + "".join(f", CASE WHEN c.flag_{name} THEN '\"{name}\"' END" for name in Claim.FLAG_NAMES)
    + ") || '],\"checkworthiness\":' || c.checkworthiness"
    " || ',\"status\":' || to_json(c.status) || ',\"verdict\":' || to_json(c.verdict)"
    " || ',\"assignee\":' || CASE WHEN c.assignee_id IS NULL THEN 'null' ELSE '{{\"id\":'"
    " || c.assignee_id || ',\"username\":' || to_json(u.username) || ',\"name\":'"
    " || to_json(COALESCE(NULLIF(btrim(u.first_name || ' ' || u.last_name), ''), u.username))"
    " || '}}' END"
    " || ',\"due_at\":' || "
    + _json_time("c.due_at")
    + " || ',\"priority\":' || c.priority || ',\"version\":' || c.version"
    " || ',\"updated_at\":' || " + _json_time("c.updated_at") + " || '}}'"
    " FROM unnest(ARRAY({ids})) WITH ORDINALITY AS page(id, n)"
    " JOIN claims_claim c ON c.id = page.id JOIN claims_article a ON a.id = c.article_id"
    " LEFT JOIN auth_user u ON u.id = c.assignee_id ORDER BY page.n"
)


def claim_list_json_rows(page, position: str, prepare: bool) -> list[dict]:
    """The claims of `page` (a sliced, ordered `.values("id")` queryset of claims) as
    {"id", position, "json"} rows in the page's order: `json` is the claim as the list shows
    it. `position` is the column the page is ordered by (the cursor reads it). `prepare`:
    run it as a prepared statement (claims.prepared), for pages whose plan does not depend
    on their parameters (not a search: how many claims a word matches decides its plan)."""
    ids, params = page.query.get_compiler(page.db).as_sql()
    quoted = connections[page.db].ops.quote_name(position)
    sql = _CLAIM_LIST_PAGE.format(ids=ids, position=quoted)
    rows = prepared.fetch_all(sql, params, using=page.db, prepare=prepare)[0]
    return [{"id": pk, position: value, "json": text} for pk, value, text in rows]


def claim_list_json_applies(request) -> bool:
    """Whether PostgreSQL can write the list for this request: JSON without indent, times in
    UTC (the zone of token clients and of people who set none)."""
    return (
        connection.vendor == "postgresql"
        and type(request.accepted_renderer) is JSONRenderer
        and "indent" not in request.accepted_media_type
        and timezone.get_current_timezone_name() == "UTC"
    )


class SourceSerializer(DeskModelSerializer):
    url = link_field()
    archived_url = link_field()

    class Meta:
        model = Source
        fields = ("id", "kind", "name", "url", "archived_url", "reliability_note", "created_at")
        read_only_fields = ("id", "created_at")


class ClaimSourceSerializer(DeskModelSerializer):
    source_detail = SourceSerializer(source="source", read_only=True)

    class Meta:
        model = ClaimSource
        fields = ("id", "claim", "source", "source_detail", "role", "note", "created_at")
        read_only_fields = ("id", "created_at", "source_detail")


class RelationSerializer(DeskModelSerializer):
    class Meta:
        model = ClaimRelation
        fields = ("id", "from_claim", "to_claim", "type", "origin", "confirmed_at", "created_at")
        read_only_fields = ("id", "origin", "confirmed_at", "created_at")


class NoteSerializer(DeskModelSerializer):
    author = PersonSerializer(read_only=True)

    class Meta:
        model = ReviewNote
        fields = ("id", "claim", "author", "kind", "body", "created_at")
        read_only_fields = ("id", "author", "created_at")


class ClaimDetailSerializer(ClaimSerializer):
    sentence = serializers.SerializerMethodField()
    reasons = serializers.ListField(
        child=serializers.CharField(), source="checkworthiness_reasons", read_only=True
    )
    sources = ClaimSourceSerializer(source="claim_sources", many=True, read_only=True)
    relations = serializers.SerializerMethodField()
    notes = serializers.SerializerMethodField()
    verdict_proposed_by = PersonSerializer(read_only=True, allow_null=True)
    signed_off_by = PersonSerializer(read_only=True, allow_null=True)

    class Meta(ClaimSerializer.Meta):
        fields = (
            *ClaimSerializer.Meta.fields,
            "sentence",
            "reasons",
            "sources",
            "relations",
            "notes",
            "verdict_proposed_by",
            "signed_off_by",
            "signed_off_at",
            "origin",
            "created_at",
        )
        read_only_fields = fields

    @extend_schema_field(SpanSerializer)
    def get_sentence(self, claim):
        body = claim.article.body
        return {
            "text": body[claim.sentence_start : claim.sentence_end],
            "start": claim.sentence_start,
            "end": claim.sentence_end,
        }

    @extend_schema_field(RelationSerializer(many=True))
    def get_relations(self, claim):
        relations = [*claim.relations_out.all(), *claim.relations_in.all()]
        return RelationSerializer(relations, many=True).data

    @extend_schema_field(NoteSerializer(many=True))
    def get_notes(self, claim):
        # Internal notes (anonymous sources, legal) never leave the desk.
        return NoteSerializer(
            [note for note in claim.notes.all() if not note.is_internal], many=True
        ).data


class ClaimUpdateSerializer(serializers.Serializer):
    """The fields a person edits directly (PATCH); status moves through /transition/."""

    text = serializers.CharField(required=False, max_length=20000)
    start = serializers.IntegerField(required=False, min_value=0)
    end = serializers.IntegerField(required=False, min_value=1)
    claimant = serializers.CharField(required=False, allow_blank=True, max_length=300)
    cue = serializers.CharField(required=False, allow_blank=True, max_length=100)
    kind = serializers.ChoiceField(choices=Claim.Kind.choices, required=False)
    due_at = serializers.DateTimeField(required=False, allow_null=True)
    priority = serializers.ChoiceField(choices=Claim.Priority.choices, required=False)
    flag_unverified = serializers.BooleanField(required=False)
    flag_anonymous_source = serializers.BooleanField(required=False)
    flag_hedged = serializers.BooleanField(required=False)
    flag_statistic = serializers.BooleanField(required=False)
    flag_direct_quote = serializers.BooleanField(required=False)

    def validate(self, data):
        if not data:
            raise serializers.ValidationError("Send at least one field to change.")
        return data


class TransitionSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=Claim.Status.choices)
    verdict = serializers.ChoiceField(
        choices=Claim.Verdict.choices, required=False, allow_blank=True, default=""
    )
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=20000)


class AssignSerializer(serializers.Serializer):
    assignee = StrictPrimaryKeyRelatedField(
        queryset=get_user_model().objects.filter(is_active=True), allow_null=True
    )


class NotificationSerializer(DeskModelSerializer):
    state = serializers.CharField(read_only=True)

    class Meta:
        model = Notification
        fields = (
            "id",
            "kind",
            "subject",
            "claim",
            "article",
            "about_deadline",
            "created_at",
            "sent_at",
            "read_at",
            "state",
        )
        read_only_fields = fields


class MatchReasonsSerializer(serializers.Serializer):
    words = serializers.ListField(child=serializers.CharField(), help_text="Words both use.")
    figures = serializers.ListField(child=serializers.CharField(), help_text="Figures both give.")
    names = serializers.ListField(child=serializers.CharField(), help_text="Names both give.")
    conflicting_figures = serializers.ListField(
        child=serializers.ListField(child=serializers.CharField(), min_length=2, max_length=2),
        help_text="Pairs (the query's figure, the claim's) that differ: a contradiction.",
    )


class MatchedClaimSerializer(serializers.Serializer):
    """An earlier claim as a match shows it: where it was said, by whom, and how it stands."""

    id = serializers.IntegerField()
    text = serializers.CharField()
    claimant = serializers.CharField(allow_blank=True)
    article = serializers.IntegerField(source="article_id")
    article_title = serializers.CharField(source="article.title")
    outlet = serializers.CharField(source="article.outlet")
    published_at = serializers.DateTimeField(source="article.published_at", allow_null=True)
    status = serializers.ChoiceField(choices=Claim.Status.choices)
    verdict = serializers.ChoiceField(choices=[("", "No verdict yet"), *Claim.Verdict.choices])


class SimilarClaimSerializer(serializers.Serializer):
    claim = MatchedClaimSerializer()
    score = serializers.FloatField(help_text="How alike, from 0 to 1.")
    relation = serializers.ChoiceField(
        choices=ClaimMatch.Relation.choices,
        help_text="`same`: the same claim; `contradicts`: another figure for the same thing.",
    )
    reasons = MatchReasonsSerializer()
    match = serializers.IntegerField(
        allow_null=True, help_text="The stored match (GET /api/matches/{id}/), when there is one."
    )
    match_status = serializers.ChoiceField(choices=ClaimMatch.Status.choices, allow_null=True)


class MatchSerializer(DeskModelSerializer):
    earlier = MatchedClaimSerializer(read_only=True)
    reasons = MatchReasonsSerializer(read_only=True)
    decided_by = PersonSerializer(read_only=True, allow_null=True)

    class Meta:
        model = ClaimMatch
        fields = (
            "id",
            "claim",
            "earlier",
            "relation",
            "score",
            "reasons",
            "status",
            "decided_by",
            "decided_at",
            "created_at",
        )
        read_only_fields = fields


class MatchConfirmSerializer(serializers.Serializer):
    carry_verdict = serializers.BooleanField(
        default=False,
        help_text="Propose the earlier claim's signed-off verdict for this one, with its "
        "evidence and a note (the workflow's usual sign-off follows).",
    )


class ChecklistTemplateStepSerializer(serializers.ModelSerializer):
    class Meta:
        model = ChecklistTemplateStep
        fields = ("position", "instruction", "is_required")


class ChecklistTemplateSerializer(serializers.ModelSerializer):
    steps = ChecklistTemplateStepSerializer(many=True, read_only=True)
    kinds = serializers.ListField(child=serializers.CharField(), read_only=True)
    flags = serializers.ListField(child=serializers.CharField(), read_only=True)
    claimant_kinds = serializers.ListField(child=serializers.CharField(), read_only=True)

    class Meta:
        model = ChecklistTemplate
        fields = (
            "id",
            "name",
            "description",
            "kinds",
            "flags",
            "claimant_kinds",
            "is_active",
            "steps",
        )


class ChecklistStepSerializer(DeskModelSerializer):
    decided_by = PersonSerializer(read_only=True, allow_null=True)

    class Meta:
        model = ChecklistStep
        fields = (
            "id",
            "claim",
            "template",
            "checklist",
            "position",
            "instruction",
            "is_required",
            "state",
            "note",
            "evidence",
            "evidence_snapshot",
            "waived_reason",
            "decided_by",
            "decided_at",
            "version",
        )
        read_only_fields = fields


class ChecklistStepUpdateSerializer(serializers.Serializer):
    """Tick a step (`done`, with a note and one of the claim's sources as evidence), reopen it
    (`open`), or waive a required step (`waived`, editors only, with `waived_reason`)."""

    state = serializers.ChoiceField(choices=ChecklistStep.State.choices)
    note = serializers.CharField(required=False, allow_blank=True, max_length=2000)
    evidence = StrictPrimaryKeyRelatedField(
        queryset=ClaimSource.objects.all(), required=False, allow_null=True
    )
    evidence_snapshot = StrictPrimaryKeyRelatedField(
        queryset=Snapshot.objects.all(), required=False, allow_null=True
    )
    waived_reason = serializers.CharField(required=False, allow_blank=True, max_length=2000)


class ChecklistAttachSerializer(serializers.Serializer):
    template = StrictPrimaryKeyRelatedField(
        queryset=ChecklistTemplate.objects.filter(is_active=True)
    )
