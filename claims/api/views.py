"""The REST API: the same services and rules as the admin, open to other tools."""

from __future__ import annotations

import csv
import json
from pathlib import PurePath

from axes.exceptions import AxesBackendPermissionDenied
from django import forms
from django.conf import settings
from django.contrib.auth import authenticate
from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponse, StreamingHttpResponse
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.plumbing import build_array_type, build_object_type
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    inline_serializer,
)
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.authtoken.models import Token
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.exceptions import NotAuthenticated, NotFound, PermissionDenied, Throttled
from rest_framework.filters import OrderingFilter, SearchFilter
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response

from claims import checklists, claimreview, memory, notifications, roles, services
from claims.api import serializers as api
from claims.api.errors import PreconditionFailed, PreconditionRequired
from claims.api.filters import ClaimFilter, FullTextSearch
from claims.api.pagination import StableCursorPagination
from claims.api.parsers import StrictJSONParser
from claims.api.permissions import IsEditor, IsOnTheDesk
from claims.forms import UPLOAD_SUFFIXES, decode_upload
from claims.models import (
    Article,
    ChecklistStep,
    ChecklistTemplate,
    Claim,
    ClaimMatch,
    ClaimRelation,
    ClaimSource,
    Notification,
    ReviewNote,
    Source,
)
from claims.text import text_is_readable

ID = r"[0-9]{1,18}"  # ids in the URL: digits that fit a bigint, anything else is a 404


def errors(*codes: int) -> dict:
    described = {
        400: "The input is not valid; `error.fields` says where.",
        401: "Not authenticated: send a token (`Authorization: Token …`) or log in.",
        403: "Your role does not allow this.",
        404: "No such object.",
        409: "Refused by the workflow, a duplicate, or decided by someone else first.",
        412: "The claim changed since you read it (stale `If-Match`).",
        428: "Send `If-Match` with the claim's ETag.",
        429: "Too many failed logins: wait, or ask an editor to unlock the account.",
    }
    return {
        code: OpenApiResponse(api.ErrorSerializer, description=described[code]) for code in codes
    }


READ_ERRORS = errors(401, 403, 404)
WRITE_ERRORS = errors(400, 401, 403, 404)
IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description='The ETag of the claim as you read it, e.g. `"12-3"`.',
)


def claim_etag(claim: Claim) -> str:
    return f'"{claim.pk}-{claim.version}"'


def expected_version(request, claim: Claim) -> int:
    """The version the client read, from If-Match; 428 without one (unless allowed), 412 if
    it is not the current one."""
    return _if_match(request, claim, claim_etag(claim), "claim")


def _if_match(request, row, etag: str, what: str) -> int:
    """`row.version` when If-Match names `etag` (or is `*`); else 428 or 412."""
    header = request.headers.get("If-Match", "").strip()
    if not header or header == "*":
        if header == "*" or settings.API_ALLOW_WRITES_WITHOUT_IF_MATCH:
            return row.version
        raise PreconditionRequired(
            f"Send the {what}'s ETag in an If-Match header, so that you never overwrite "
            "someone else's change without seeing it."
        )
    tags = [tag.strip().removeprefix("W/").strip('"') for tag in header.split(",")]
    if etag.strip('"') not in tags:
        raise PreconditionFailed(
            f"The {what} is now at version {row.version} ({etag}): read it again, then apply "
            "your change."
        )
    return row.version


@extend_schema(exclude=True)
@api_view(["GET", "POST", "PUT", "PATCH", "DELETE"])
@permission_classes([AllowAny])
def not_found(request, *args, **kwargs):
    raise NotFound("There is no such address in the API; see /api/docs/.")


class DeskViewSetMixin:
    permission_classes = (IsOnTheDesk,)
    lookup_value_regex = ID


class RankedPagination(LimitOffsetPagination):
    """Pages of a ranked list (at most SIMILAR_LIMIT matches, best first)."""

    default_limit = 10
    max_limit = 50


SIMILAR_LIMIT = 50
SIMILAR_TEXT_MAX = 2000


def similar_items(found: list[memory.Found], stored: dict[int, ClaimMatch]) -> list[dict]:
    """The ranked matches in SimilarClaimSerializer's shape, the claims read in one query."""
    claims = (
        Claim.objects.select_related("article")
        .defer("article__body")
        .in_bulk([item.claim_id for item in found])
    )
    items = []
    for item in found:
        claim = claims.get(item.claim_id)
        if claim is None:
            continue  # deleted since it was ranked
        match = stored.get(item.claim_id)
        items.append(
            {
                "claim": claim,
                "score": item.match.score,
                "relation": item.match.relation,
                "reasons": item.match.reasons.as_dict(),
                "match": match.pk if match else None,
                "match_status": match.status if match else None,
            }
        )
    return items


@extend_schema(tags=["me"], responses={200: api.MeSerializer, **errors(401)})
@api_view(["GET"])
@permission_classes([IsAuthenticated])
def me(request):
    """The current user and their role on the desk."""
    return Response(api.MeSerializer(request.user).data)


@extend_schema(
    tags=["auth"],
    methods=["POST"],
    request=inline_serializer(
        "TokenRequest", {"username": serializers.CharField(), "password": serializers.CharField()}
    ),
    responses={
        200: inline_serializer("TokenResponse", {"token": serializers.CharField()}),
        **errors(400, 403, 429),
    },
)
@extend_schema(tags=["auth"], methods=["DELETE"], responses={204: None, **errors(401)})
@api_view(["POST", "DELETE"])
@permission_classes([AllowAny])
def token(request):
    """POST: trade a username and password for an API token. DELETE: revoke your token."""
    if request.method == "DELETE":
        if not request.user.is_authenticated:
            raise NotAuthenticated()
        Token.objects.filter(user=request.user).delete()
        return Response(status=status.HTTP_204_NO_CONTENT)
    data = request.data if hasattr(request.data, "get") else {}
    username, password = data.get("username"), data.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        raise serializers.ValidationError("Send a username and a password.")
    if (
        len(username) > 150
        or len(password) > 4096
        or not (text_is_readable(username) and text_is_readable(password))
    ):
        raise serializers.ValidationError("Unknown username or wrong password.")
    try:
        user = authenticate(request._request, username=username, password=password)
    except AxesBackendPermissionDenied:
        raise Throttled(
            detail="Too many failed logins for this account from this address; try again later."
        ) from None
    if user is None:
        raise serializers.ValidationError("Unknown username or wrong password.")
    if not (roles.is_editor(user) or roles.is_fact_checker(user)):
        raise PermissionDenied("This account has no role on the desk.")
    issued, _ = Token.objects.get_or_create(user=user)
    return Response({"token": issued.key})


@extend_schema(tags=["articles"])
class ArticleViewSet(DeskViewSetMixin, viewsets.ReadOnlyModelViewSet):
    """Articles: create from text, an uploaded file or a URL (fetched by a worker: poll
    `ingest_status`), list, retrieve with claim counts by status, extract again."""

    parser_classes = (StrictJSONParser, MultiPartParser, FormParser)
    filter_backends = (FullTextSearch, OrderingFilter)
    ordering_fields = ("id", "created_at", "verify_by", "published_at")
    pagination_class = StableCursorPagination

    def get_queryset(self):
        # A correlated count per article on the page (index claim_article_status), not a
        # GROUP BY over every claim.
        claims = Claim.objects.filter(article=OuterRef("pk")).order_by().values("article")
        return Article.objects.annotate(
            claims_total=Coalesce(
                Subquery(claims.annotate(total=Count("pk")).values("total")[:1]), 0
            )
        )

    def get_serializer_class(self):
        return api.ArticleDetailSerializer if self.action == "retrieve" else api.ArticleSerializer

    def get_object(self):
        article = super().get_object()
        article.status_totals = list(
            article.claims.values_list("status").annotate(total=Count("pk"))
        )
        return article

    @extend_schema(responses={200: api.ArticleSerializer(many=True), **READ_ERRORS})
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(responses={200: api.ArticleDetailSerializer, **READ_ERRORS})
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)

    @extend_schema(
        request={
            "application/json": api.ArticleCreateSerializer,
            "multipart/form-data": api.ArticleCreateSerializer,
        },
        responses={
            201: api.ArticleDetailSerializer,
            202: api.ArticleDetailSerializer,
            **errors(400, 401, 403, 409),
        },
    )
    def create(self, request):
        """201 with the claims extracted; 202 for a URL, fetched in the background."""
        incoming = api.ArticleCreateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        common = {"by": request.user, "desk": data["desk"], "verify_by": data["verify_by"]}
        if data.get("url"):
            article = services.article_fetch_request(url=data["url"], **common)
            answer = status.HTTP_202_ACCEPTED
        else:
            text, is_html = data.get("text"), False
            if data.get("file"):
                text, is_html = _read_upload(data["file"])
            article = services.article_ingest(
                text=text, is_html=is_html, title=data["title"], **common
            )
            answer = status.HTTP_201_CREATED
        return Response(self._detail(article), status=answer)

    @extend_schema(
        request=None,
        responses={
            200: inline_serializer(
                "Reextraction",
                {
                    "claims_added": serializers.IntegerField(),
                    "relations_added": serializers.IntegerField(),
                },
            ),
            **WRITE_ERRORS,
        },
    )
    @action(detail=True, methods=["post"])
    def reextract(self, request, pk=None):
        """Run the extractor again; keeps all work done, adds only what is new."""
        result = services.article_reextract(article=self.get_object(), by=request.user)
        return Response(
            {"claims_added": result.claims_added, "relations_added": result.relations_added}
        )

    @extend_schema(
        responses={200: build_array_type(build_object_type()), **READ_ERRORS},
        description="schema.org ClaimReview JSON-LD of the article's signed-off claims (a list).",
    )
    @action(detail=True, methods=["get"])
    def claimreview(self, request, pk=None):
        return Response(claimreview.article_reviews(self.get_object()))

    def _detail(self, article: Article) -> dict:
        article = self.get_queryset().get(pk=article.pk)
        article.status_totals = list(
            article.claims.values_list("status").annotate(total=Count("pk"))
        )
        return api.ArticleDetailSerializer(article).data


def _read_upload(upload) -> tuple[str, bool]:
    suffix = PurePath(upload.name or "").suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise serializers.ValidationError({"file": ["Upload a .txt or .html file."]})
    if upload.size > settings.ARTICLE_UPLOAD_MAX_BYTES:
        raise serializers.ValidationError(
            {"file": [f"Larger than {settings.ARTICLE_UPLOAD_MAX_BYTES:,} bytes."]}
        )
    is_html = UPLOAD_SUFFIXES[suffix]
    try:
        return decode_upload(upload.read(), is_html=is_html), is_html
    except forms.ValidationError as refused:
        raise serializers.ValidationError({"file": list(refused.messages)}) from None


@extend_schema(tags=["claims"])
class ClaimViewSet(
    DeskViewSetMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Claims: list with filters, search and ordering; read one with its sources, relations and
    notes; edit, move through the workflow and assign, each with `If-Match`."""

    filter_backends = (DjangoFilterBackend, FullTextSearch, OrderingFilter)
    filterset_class = ClaimFilter
    ordering_fields = ("id", "due_at", "checkworthiness", "created_at", "priority")
    pagination_class = StableCursorPagination

    def get_queryset(self):
        claims = Claim.objects.select_related("article", "assignee")
        if self.action != "retrieve":
            # A list shows the article's title, not its body (which can be long).
            claims = claims.defer("article__body")
        if self.action == "retrieve":
            claims = claims.select_related("verdict_proposed_by", "signed_off_by").prefetch_related(
                Prefetch("claim_sources", ClaimSource.objects.select_related("source")),
                "relations_out",
                "relations_in",
                Prefetch("notes", ReviewNote.objects.select_related("author")),
            )
        return claims

    def get_serializer_class(self):
        return api.ClaimDetailSerializer if self.action == "retrieve" else api.ClaimSerializer

    @extend_schema(responses={200: api.ClaimSerializer(many=True), **errors(400, 401, 403)})
    def list(self, request, *args, **kwargs):
        # The API's hottest path: rows, not model instances, and on PostgreSQL each claim's
        # JSON written by the database (api.claim_list_json_rows); both in ClaimSerializer's
        # shape.
        claims = self.filter_queryset(self.get_queryset())
        position = self.paginator.get_ordering(request, claims, self)[0].lstrip("-")
        if not api.claim_list_json_applies(request):
            columns = dict.fromkeys([*api.CLAIM_LIST_COLUMNS, position])
            page = self.paginate_queryset(claims.values(*columns))
            return self.get_paginated_response(api.claim_list_items(page))
        page = self.paginator.paginate_queryset(
            claims.values("id"),
            request,
            view=self,
            fetch=lambda rows: api.claim_list_json_rows(
                rows, position, prepare="search" not in request.query_params
            ),
        )
        links = {
            "next": self.paginator.get_next_link(),
            "previous": self.paginator.get_previous_link(),
        }
        items = ",".join(row["json"] for row in page)
        body = f'{json.dumps(links, separators=(",", ":"))[:-1]},"results":[{items}]}}'
        return HttpResponse(body, content_type="application/json")

    @extend_schema(responses={200: api.ClaimDetailSerializer, **READ_ERRORS})
    def retrieve(self, request, *args, **kwargs):
        claim = self.get_object()
        return Response(api.ClaimDetailSerializer(claim).data, headers={"ETag": claim_etag(claim)})

    def _respond(self, claim: Claim, status_code: int = 200) -> Response:
        claim = self.get_queryset().get(pk=claim.pk)
        return Response(
            api.ClaimSerializer(claim).data, status=status_code, headers={"ETag": claim_etag(claim)}
        )

    @extend_schema(
        parameters=[IF_MATCH],
        request=api.ClaimUpdateSerializer,
        responses={200: api.ClaimSerializer, **errors(400, 401, 403, 404, 412, 428)},
    )
    def partial_update(self, request, pk=None):
        """Edit a claim's fields. The text must be words of the article; offsets follow it."""
        claim = self.get_object()
        version = expected_version(request, claim)
        incoming = api.ClaimUpdateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        claim = services.claim_update(
            claim=claim, by=request.user, expected_version=version, changes=incoming.validated_data
        )
        return self._respond(claim)

    @extend_schema(
        parameters=[IF_MATCH],
        request=api.TransitionSerializer,
        responses={200: api.ClaimSerializer, **errors(400, 401, 403, 404, 409, 412, 428)},
    )
    @action(detail=True, methods=["post"])
    def transition(self, request, pk=None):
        """Move the claim to another status. A refused move answers 409 with `allowed`."""
        claim = self.get_object()
        version = expected_version(request, claim)
        incoming = api.TransitionSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        claim = services.claim_transition(
            claim=claim,
            to_status=data["status"],
            verdict=data["verdict"],
            note=data["note"],
            by=request.user,
            expected_version=version,
        )
        return self._respond(claim)

    @extend_schema(
        tags=["checklists"],
        request=api.ChecklistAttachSerializer,
        responses={201: api.ChecklistStepSerializer(many=True), **errors(400, 401, 403, 404, 409)},
    )
    @action(detail=True, methods=["post"])
    def checklists(self, request, pk=None):
        """Add a checklist by hand (one the claim does not fit by its kind: images, video).
        Answers the claim's new steps. A claim gets the checklists it fits when it is taken
        into review."""
        claim = self.get_object()
        incoming = api.ChecklistAttachSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        template = incoming.validated_data["template"]
        checklists.attach_by_hand(claim=claim, template=template, by=request.user)
        steps = claim.checklist_steps.filter(template=template).select_related("decided_by")
        return Response(api.ChecklistStepSerializer(steps, many=True).data, status=201)

    @extend_schema(
        parameters=[IF_MATCH],
        request=api.AssignSerializer,
        responses={200: api.ClaimSerializer, **errors(400, 401, 403, 404, 412, 428)},
    )
    @action(detail=True, methods=["post"])
    def assign(self, request, pk=None):
        """Assign the claim (`null`: nobody). Fact-checkers may only take it themselves."""
        claim = self.get_object()
        version = expected_version(request, claim)
        incoming = api.AssignSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        claim = services.claim_assign(
            claim=claim,
            assignee=incoming.validated_data["assignee"],
            by=request.user,
            expected_version=version,
        )
        return self._respond(claim)

    @extend_schema(
        tags=["memory"],
        responses={200: api.SimilarClaimSerializer(many=True), **READ_ERRORS},
        description="The claims of other articles most like this one, best first, with why "
        "(shared words, figures, names); `relation: contradicts` marks another figure for the "
        "same thing. `match` is the stored suggestion a person can confirm or dismiss.",
    )
    @action(detail=True, methods=["get"], pagination_class=RankedPagination)
    def similar(self, request, pk=None):
        claim = self.get_object()
        found = memory.Desk(exclude_article_id=claim.article_id).rank(claim.text, SIMILAR_LIMIT)
        stored = {
            match.earlier_id: match
            for match in ClaimMatch.objects.filter(
                claim=claim, earlier_id__in=[item.claim_id for item in found]
            )
        }
        page = self.paginate_queryset(similar_items(found, stored))
        return self.get_paginated_response(api.SimilarClaimSerializer(page, many=True).data)

    @extend_schema(
        tags=["memory"],
        operation_id="claims_similar_to_text",
        parameters=[
            OpenApiParameter(
                "text",
                OpenApiTypes.STR,
                required=True,
                description="A sentence, a post or a claim (at most 2,000 characters).",
            )
        ],
        responses={200: api.SimilarClaimSerializer(many=True), **errors(400, 401, 403)},
        description="Has the desk seen this claim? The claims on the desk most like `text`.",
    )
    @action(
        detail=False,
        methods=["get"],
        url_path="similar",
        url_name="similar-to-text",
        pagination_class=RankedPagination,
        filter_backends=(),
    )
    def similar_to_text(self, request):
        text = request.query_params.get("text", "")
        if not text_is_readable(text):
            raise serializers.ValidationError({"text": ["Give a sentence to look for."]})
        if len(text) > SIMILAR_TEXT_MAX:
            raise serializers.ValidationError(
                {
                    "text": [
                        f"At most {SIMILAR_TEXT_MAX:,} characters: give a claim, not an article."
                    ]
                }
            )
        found = memory.Desk().rank(text, SIMILAR_LIMIT)
        page = self.paginate_queryset(similar_items(found, {}))
        return self.get_paginated_response(api.SimilarClaimSerializer(page, many=True).data)

    @extend_schema(
        responses={200: OpenApiTypes.OBJECT, **READ_ERRORS},
        description="schema.org ClaimReview JSON-LD; 404 until the verdict is signed off.",
    )
    @action(detail=True, methods=["get"])
    def claimreview(self, request, pk=None):
        claim = self.get_object()
        if not claimreview.is_published(claim):
            raise NotFound("This claim has no signed-off verdict yet.")
        return Response(claimreview.claim_review(claim))

    @extend_schema(
        responses={(200, "text/csv"): OpenApiTypes.STR, **errors(400, 401, 403)},
        description="The claims matching the list's filters, as CSV (streamed).",
    )
    @action(detail=False, methods=["get"], url_path="export", pagination_class=None)
    def export(self, request):
        claims = self.filter_queryset(self.get_queryset()).order_by("id")
        columns = (
            "id",
            "article_id",
            "article__title",
            "article__outlet",
            "ordinal",
            "text",
            "claimant",
            "cue",
            "kind",
            "checkworthiness",
            "status",
            "verdict",
            "assignee__username",
            "due_at",
            "priority",
        )

        class Echo:
            def write(self, value):
                return value

        writer = csv.writer(Echo())

        def rows():
            yield writer.writerow([column.replace("__", "_") for column in columns])
            for row in claims.values_list(*columns).iterator(chunk_size=2000):
                yield writer.writerow([_csv_cell(value) for value in row])

        response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="claims.csv"'
        return response


def _csv_cell(value):
    """Spreadsheets run cells that start with = + - @ as formulas: defuse them."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@extend_schema(tags=["sources"])
class SourceViewSet(
    DeskViewSetMixin,
    mixins.CreateModelMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Sources: people, organisations, documents… reused across claims and articles."""

    serializer_class = api.SourceSerializer
    queryset = Source.objects.all()
    pagination_class = StableCursorPagination  # a desk keeps tens of thousands
    filter_backends = (SearchFilter, OrderingFilter)
    search_fields = ("name", "url")
    ordering_fields = ("name", "id")
    http_method_names = ["get", "post", "patch", "head", "options"]

    def perform_create(self, serializer):
        serializer.instance = services.source_save(
            source=Source(**serializer.validated_data), by=self.request.user
        )

    def perform_update(self, serializer):
        source = serializer.instance
        for name, value in serializer.validated_data.items():
            setattr(source, name, value)
        serializer.instance = services.source_save(source=source, by=self.request.user)


class _ClaimLinkViewSet(
    DeskViewSetMixin,
    mixins.CreateModelMixin,
    mixins.ListModelMixin,
    mixins.DestroyModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    filter_backends = (DjangoFilterBackend,)
    # Links number about as many as claims (1.3 million at a million claims): pages, never
    # the whole table in one response.
    pagination_class = StableCursorPagination


@extend_schema(tags=["claims"])
class ClaimSourceViewSet(_ClaimLinkViewSet):
    """A source linked to a claim with its role (attributed to, supports, refutes, context)."""

    serializer_class = api.ClaimSourceSerializer
    queryset = ClaimSource.objects.select_related("source")
    filterset_fields = ("claim", "source", "role")

    def perform_create(self, serializer):
        data = serializer.validated_data
        serializer.instance = services.claim_source_add(
            claim=data["claim"],
            source=data["source"],
            role=data["role"],
            note=data.get("note", ""),
            by=self.request.user,
        )

    def perform_destroy(self, instance):
        services.claim_source_remove(link=instance, by=self.request.user)


@extend_schema(tags=["claims"])
class RelationViewSet(_ClaimLinkViewSet):
    """Typed links between claims (denies, contradicts, supports, same as, updates)."""

    serializer_class = api.RelationSerializer
    queryset = ClaimRelation.objects.all()
    filterset_fields = ("from_claim", "to_claim", "type")

    def perform_create(self, serializer):
        data = serializer.validated_data
        serializer.instance = services.relation_add(
            from_claim=data["from_claim"],
            to_claim=data["to_claim"],
            type=data["type"],
            by=self.request.user,
        )

    def perform_destroy(self, instance):
        # Removing a suggestion dismisses it: a new extraction does not suggest it again.
        services.relation_remove(relation=instance, by=self.request.user)

    @extend_schema(request=None, responses={200: api.RelationSerializer, **WRITE_ERRORS})
    @action(detail=True, methods=["post"])
    def confirm(self, request, pk=None):
        """Confirm a suggested relation: it stays, confirmed, through re-extraction."""
        relation = services.relation_confirm(relation=self.get_object(), by=request.user)
        return Response(api.RelationSerializer(relation, context={"request": request}).data)


@extend_schema(tags=["memory"])
class MatchViewSet(DeskViewSetMixin, viewsets.ReadOnlyModelViewSet):
    """Claims the desk has seen before: for each new claim, the earlier claims of other
    articles it matches (suggested when its article is matched), to confirm or dismiss."""

    serializer_class = api.MatchSerializer
    queryset = ClaimMatch.objects.select_related("earlier__article", "decided_by").defer(
        "earlier__article__body"
    )
    filter_backends = (DjangoFilterBackend,)
    filterset_fields = ("claim", "earlier", "status", "relation")
    pagination_class = StableCursorPagination

    @extend_schema(
        request=api.MatchConfirmSerializer,
        responses={200: api.MatchSerializer, **errors(400, 401, 403, 404, 409)},
    )
    @action(detail=True, methods=["post"])
    def confirm(self, request, pk=None):
        """Confirm it is the same claim (or the same thing with another figure): the claims
        are linked; with `carry_verdict`, the earlier signed-off verdict is proposed."""
        incoming = api.MatchConfirmSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        match = services.match_confirm(
            match=self.get_object(),
            by=request.user,
            carry_verdict=incoming.validated_data["carry_verdict"],
        )
        return Response(api.MatchSerializer(match).data)

    @extend_schema(
        request=None, responses={200: api.MatchSerializer, **errors(400, 401, 403, 404, 409)}
    )
    @action(detail=True, methods=["post"])
    def dismiss(self, request, pk=None):
        """Not the same claim: it stays dismissed when the article is matched again."""
        match = services.match_dismiss(match=self.get_object(), by=request.user)
        return Response(api.MatchSerializer(match).data)


def step_etag(step: ChecklistStep) -> str:
    return f'"step-{step.pk}-{step.version}"'


def expected_step_version(request, step: ChecklistStep) -> int:
    """As expected_version, for a checklist step."""
    return _if_match(request, step, step_etag(step), "step")


STEP_IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description='The ETag of the step as you read it, e.g. `"step-12-3"`.',
)


@extend_schema(tags=["checklists"])
class ChecklistTemplateViewSet(DeskViewSetMixin, viewsets.ReadOnlyModelViewSet):
    """The desk's checklist templates and their steps (editors change them in the admin)."""

    serializer_class = api.ChecklistTemplateSerializer
    queryset = ChecklistTemplate.objects.prefetch_related("steps").order_by("name", "pk")
    pagination_class = None


@extend_schema(tags=["checklists"])
class ChecklistStepViewSet(
    DeskViewSetMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """The steps of claims' checklists: filter by `claim`; tick, reopen or waive one with
    PATCH and `If-Match` (its ETag). A verdict cannot be proposed while a required step of
    its claim is open."""

    serializer_class = api.ChecklistStepSerializer
    queryset = ChecklistStep.objects.select_related("decided_by")
    pagination_class = StableCursorPagination
    filter_backends = (DjangoFilterBackend,)
    filterset_fields = ("claim", "state")

    @extend_schema(responses={200: api.ChecklistStepSerializer, **READ_ERRORS})
    def retrieve(self, request, *args, **kwargs):
        step = self.get_object()
        return Response(self.get_serializer(step).data, headers={"ETag": step_etag(step)})

    @extend_schema(
        request=api.ChecklistStepUpdateSerializer,
        parameters=[STEP_IF_MATCH],
        responses={200: api.ChecklistStepSerializer, **errors(400, 401, 403, 404, 409, 412, 428)},
    )
    def partial_update(self, request, pk=None):
        step = self.get_object()
        incoming = api.ChecklistStepUpdateSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        data = incoming.validated_data
        version = expected_step_version(request, step)
        step = checklists.step_update(
            step=step,
            by=request.user,
            expected_version=version,
            state=data["state"],
            note=data.get("note"),
            evidence=data.get("evidence", ...),
            snapshot=data.get("evidence_snapshot", ...),
            reason=data.get("waived_reason", ""),
        )
        return Response(api.ChecklistStepSerializer(step).data, headers={"ETag": step_etag(step)})


@extend_schema(tags=["claims"])
class NoteViewSet(
    DeskViewSetMixin,
    mixins.CreateModelMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """Reviewer notes (never edited in place). Internal notes are not served by the API."""

    serializer_class = api.NoteSerializer
    queryset = ReviewNote.objects.filter(is_internal=False).select_related("author")
    pagination_class = StableCursorPagination
    filter_backends = (DjangoFilterBackend,)
    filterset_fields = ("claim", "kind")

    def perform_create(self, serializer):
        data = serializer.validated_data
        serializer.instance = services.note_add(
            claim=data["claim"],
            by=self.request.user,
            body=data["body"],
            kind=data.get("kind", "note"),
        )


@extend_schema(tags=["notifications"])
class NotificationViewSet(
    DeskViewSetMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Your own notifications, newest first."""

    serializer_class = api.NotificationSerializer
    pagination_class = StableCursorPagination
    filter_backends = (DjangoFilterBackend,)
    filterset_fields = ("kind",)

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema generator has no user
            return Notification.objects.none()
        return Notification.objects.filter(recipient=self.request.user)

    @extend_schema(request=None, responses={200: api.NotificationSerializer, **READ_ERRORS})
    @action(detail=True, methods=["post"])
    def read(self, request, pk=None):
        """Mark one notification read."""
        notification = self.get_object()
        notifications.notifications_mark_read(user=request.user, notification_ids=[notification.pk])
        notification.refresh_from_db()
        return Response(api.NotificationSerializer(notification).data)

    @extend_schema(
        request=None,
        responses={
            200: inline_serializer("MarkedRead", {"marked": serializers.IntegerField()}),
            **errors(401, 403),
        },
    )
    @action(detail=False, methods=["post"], url_path="read-all")
    def read_all(self, request):
        """Mark all your notifications read."""
        return Response({"marked": notifications.notifications_mark_read(user=request.user)})


@extend_schema(
    tags=["claimreview"],
    request=OpenApiTypes.OBJECT,
    responses={
        200: inline_serializer(
            "ImportResult", {"claims": serializers.ListField(child=serializers.IntegerField())}
        ),
        **errors(400, 401, 403),
    },
)
@api_view(["POST"])
@permission_classes([IsEditor])
def claimreview_import(request):
    """Create or update claims from a ClaimReview JSON-LD document or a list of them
    (idempotent; all or nothing). Editors only: imported verdicts arrive signed off."""
    claims = claimreview.import_reviews(request.data, by=request.user)
    return Response({"claims": [claim.pk for claim in claims]})
