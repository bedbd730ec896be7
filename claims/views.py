import dataclasses
import json
import sys
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.db.models import Prefetch
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseNotAllowed,
    JsonResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe

from claims import charts, claimreview, roles, selectors, services
from claims.highlighting import after_title, highlight
from claims.middleware import database_unavailable, is_database_gone
from claims.models import Article, Claim, ClaimRelation, ClaimSource, Notification


def bad_request(request: HttpRequest, exception=None) -> HttpResponse:
    """400s Django raises before any view runs; an oversized paste says what the limit is."""
    from django.core.exceptions import RequestDataTooBig

    if isinstance(exception, RequestDataTooBig):
        message = (
            "What you sent is larger than "
            f"{settings.DATA_UPLOAD_MAX_MEMORY_SIZE / 1_048_576:.0f} MB. An article can be at "
            f"most {settings.ARTICLE_MAX_CHARACTERS:,} characters: paste the article text alone, "
            "or upload it as a file."
        )
    else:
        message = "The request could not be understood; reload the page and try again."
    if request.path.startswith("/api/"):
        return JsonResponse({"error": {"code": "bad_request", "message": message}}, status=400)
    return render(request, "400.html", {"message": message}, status=400)


def server_error(request: HttpRequest) -> HttpResponse:
    """Django's 500 page, except that an unreachable database is a 503 that says so."""
    if is_database_gone(sys.exc_info()[1]):
        return database_unavailable(request)
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"error": {"code": "server_error", "message": "Something went wrong on our side."}},
            status=500,
        )
    return HttpResponse(render_to_string("500.html"), status=500)


def favicon(request: HttpRequest) -> HttpResponse:
    """The desk's icon for browsers that ask for /favicon.ico (a page that names no icon)."""
    return redirect(static("claims/favicon.svg"), permanent=True)


def health(request: HttpRequest) -> JsonResponse:
    """For load balancers and docker-compose: 200 when the database answers, 503 when not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:  # any database failure means "not healthy"
        return JsonResponse({"status": "unavailable", "error": type(error).__name__}, status=503)
    return JsonResponse({"status": "ok"})


# Inside <script>, "<", ">" and "&" could end the element or start markup: escape them the way
# Django's json_script does, so that article text can never break out of the JSON-LD.
SCRIPT_SAFE = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data) -> str:
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_SAFE))


def public_claim_review(request: HttpRequest, claim_id: int):
    """The published fact-check of one signed-off claim, with its ClaimReview JSON-LD."""
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=claim_id)
    if not claimreview.is_published(claim):
        raise Http404("No published fact-check here.")
    return _review_page(request, claim.article, [claim])


def public_article_reviews(request: HttpRequest, article_id: int):
    """An article's published fact-checks (its signed-off claims), with their JSON-LD."""
    article = get_object_or_404(Article, pk=article_id)
    claims = [
        claim
        for claim in article.claims.filter(status=Claim.Status.SIGNED_OFF)
        .select_related("article")
        .prefetch_related("checklist_steps")
        .order_by("ordinal")
        if claimreview.is_published(claim)
    ]
    if not claims:
        raise Http404("No published fact-checks for this article yet.")
    return _review_page(request, article, claims)


def _review_page(request, article: Article, claims: list[Claim]):
    reviews = [claimreview.claim_review(claim) for claim in claims]
    return render(
        request,
        "claims/claimreview.html",
        {
            "article": article,
            "items": [
                {"claim": claim, "review": review, "rating": review["reviewRating"]}
                for claim, review in zip(claims, reviews, strict=True)
            ],
            "json_ld": json_ld(reviews[0] if len(reviews) == 1 else reviews),
        },
    )


# --- The editors' dashboard --------------------------------------------------------------------


def desk_member_required(view):
    """Logged in (else the login page), and on the desk (else 403)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        if not (roles.is_editor(request.user) or roles.is_fact_checker(request.user)):
            raise PermissionDenied("You have no role on the verification desk.")
        return view(request, *args, **kwargs)

    return wrapped


def _filters(request, *, is_editor: bool) -> selectors.DashboardFilters:
    query = request.GET
    assignee = query.get("assignee", "")
    status = query.get("status", "")
    window = query.get("window", "")
    filters = selectors.DashboardFilters(
        desk=query.get("desk", "")[:100],
        outlet=query.get("outlet", "")[:200],
        window=window if window in selectors.WINDOWS else "",
        assignee=int(assignee) if assignee.isdigit() and len(assignee) < 12 else None,
        status=status if status in Claim.Status.values else "",
        query=query.get("q", "")[:200],
    )
    if not is_editor:
        # A fact-checker's view is their own queue.
        filters = dataclasses.replace(filters, assignee=request.user.pk)
    return filters


@desk_member_required
def dashboard(request: HttpRequest):
    is_editor = roles.is_editor(request.user)
    filters = _filters(request, is_editor=is_editor)
    now = timezone.now()
    rows = selectors.dashboard_article_progress(filters=filters, now=now)
    desks, outlets = selectors.dashboard_filter_choices()
    context = {
        "is_editor": is_editor,
        "filters": filters,
        "rows": rows,
        "overdue": selectors.dashboard_overdue(filters=filters, now=now),
        "sign_off_queue": selectors.dashboard_sign_off_queue(filters=filters, now=now),
        "workload": selectors.dashboard_workload(now=now) if is_editor else [],
        "activity": selectors.dashboard_activity(),
        "charts": charts.render(selectors.dashboard_charts(rows=rows, now=now)),
        "desks": desks,
        "outlets": outlets,
        "people": list(roles.desk_members()) if is_editor else [],
        "statuses": Claim.Status.choices,
        "windows": [
            ("", "Any deadline"),
            ("24h", "Next 24 hours"),
            ("3d", "Next 3 days"),
            ("7d", "Next 7 days"),
        ],
        "now": now,
        "unread": Notification.objects.filter(recipient=request.user, read_at=None).count(),
        "query": request.GET.urlencode(),
    }
    return render(request, "claims/dashboard.html", context)


@desk_member_required
def dashboard_article(request: HttpRequest, article_id: int):
    article = get_object_or_404(Article, pk=article_id)
    claims = list(
        article.claims.select_related("assignee", "signed_off_by").prefetch_related(
            Prefetch("claim_sources", ClaimSource.objects.select_related("source")),
            "checklist_steps",
        )
    )
    relations = list(
        ClaimRelation.objects.filter(from_claim__article=article).select_related(
            "from_claim", "to_claim"
        )
    )
    contested = {
        relation.to_claim_id for relation in relations if relation.type in ClaimRelation.CONTESTING
    }
    published = [claim for claim in claims if claimreview.is_published(claim)]
    return render(
        request,
        "claims/dashboard_article.html",
        {
            "article": article,
            "claims": sorted(claims, key=lambda claim: claim.ordinal),
            "runs": highlight(
                article.body, claims, begin=after_title(article.body, article.title, claims)
            ),
            "relations": relations,
            "contested": contested,
            "reviews": [
                (claim, json.dumps(claimreview.claim_review(claim), indent=2, ensure_ascii=False))
                for claim in published
            ],
            "is_editor": roles.is_editor(request.user),
            "people": list(roles.desk_members()),
            "now": timezone.now(),
        },
    )


def _act(request: HttpRequest, claim_id: int, act) -> HttpResponse:
    """Run an editor's action from the dashboard through the services; come back with what
    happened."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not roles.is_editor(request.user):
        raise PermissionDenied("Only editors act from the dashboard.")
    claim = get_object_or_404(Claim, pk=claim_id)
    version = request.POST.get("version", "")
    if not version.isdigit():
        messages.error(request, "The form was missing the claim's version; reload and try again.")
    else:
        try:
            done = act(claim, int(version))
        except services.ClaimActionRefused as refused:
            messages.error(request, f"Claim #{claim.ordinal}: {refused}")
        else:
            messages.success(request, f"Claim #{claim.ordinal}: {done}.")
    back = request.POST.get("next", "")
    return redirect(
        back if url_has_allowed_host_and_scheme(back, {request.get_host()}) else "dashboard"
    )


@desk_member_required
def dashboard_assign(request: HttpRequest, claim_id: int):
    def act(claim, version):
        person_id = request.POST.get("assignee", "")
        person = roles.desk_members().filter(pk=person_id).first() if person_id.isdigit() else None
        services.claim_assign(
            claim=claim, assignee=person, by=request.user, expected_version=version
        )
        return f"assigned to {person}" if person else "unassigned"

    return _act(request, claim_id, act)


@desk_member_required
def dashboard_due(request: HttpRequest, claim_id: int):
    def act(claim, version):
        raw = request.POST.get("due_at", "")
        due_at = parse_datetime(raw) if raw else None
        if raw and due_at is None:
            raise services.ClaimActionRefused(f"“{raw}” is not a date and time.")
        if due_at is not None and timezone.is_naive(due_at):
            due_at = timezone.make_aware(due_at)
        services.claim_update(
            claim=claim, by=request.user, expected_version=version, changes={"due_at": due_at}
        )
        return f"due {timezone.localtime(due_at):%a %d %b %H:%M}" if due_at else "due date cleared"

    return _act(request, claim_id, act)


@desk_member_required
def dashboard_sign_off(request: HttpRequest, claim_id: int):
    def act(claim, version):
        services.claim_transition(
            claim=claim,
            to_status=Claim.Status.SIGNED_OFF,
            by=request.user,
            expected_version=version,
        )
        return f"signed off as “{claim.get_verdict_display()}”"

    return _act(request, claim_id, act)


def locked_out(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """Too many failed logins (django-axes): JSON for the API, a page for people; 429 both."""
    minutes = round(settings.AXES_COOLOFF_TIME * 60)
    message = (
        "Too many failed logins for this account from this address; "
        f"try again in {minutes} minutes or ask an editor to unlock it."
    )
    if request.path.startswith("/api/"):
        return JsonResponse({"error": {"code": "throttled", "message": message}}, status=429)
    return render(request, "claims/locked_out.html", {"message": message}, status=429)
