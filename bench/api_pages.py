"""The API claim pages the throughput bench loads, and the bare queries of the same rows.

Each page is one a desk uses most: the default list, and the list filtered by status,
assignee, article, due time and a search. The parameters are read from the generated data
(generate_demo_data, seed 1) once per process: the first fact-checker, an article in the
middle of the table, and a due time a day after the earliest open claim's.
"""

from __future__ import annotations

from datetime import timedelta
from functools import cache

PAGES = ("default", "status", "assignee", "article", "due", "search")


@cache
def parameters() -> dict:
    from django.contrib.auth import get_user_model

    from claims.models import Article, Claim

    articles = Article.objects.order_by("id").values_list("id", flat=True)
    first_due = (
        Claim.objects.filter(due_at__isnull=False)
        .order_by("due_at")
        .values_list("due_at", flat=True)
    )[0]
    return {
        "assignee": get_user_model().objects.get(username="checker001").pk,
        "article": articles[articles.count() // 2],
        "due_before": (first_due + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "search": "ministry",
    }


def api_path(page: str, size: int = 50) -> str:
    given = parameters()
    query = {
        "default": "",
        "status": "status=in_review&",
        "assignee": f"assignee={given['assignee']}&",
        "article": f"article={given['article']}&",
        "due": f"due_before={given['due_before']}&ordering=due_at&",
        "search": f"search={given['search']}&",
    }[page]
    return f"/api/claims/?{query}page_size={size}"


def floor_rows(page: str):
    """The rows of the API page `page`, in its order, as a bare queryset."""
    from django.utils.dateparse import parse_datetime

    from claims import search
    from claims.models import Claim

    given = parameters()
    claims = Claim.objects.all()
    if page == "status":
        claims = claims.filter(status="in_review")
    elif page == "assignee":
        claims = claims.filter(assignee_id=given["assignee"])
    elif page == "article":
        claims = claims.filter(article_id=given["article"])
    elif page == "due":
        before = parse_datetime(given["due_before"])
        return claims.filter(due_at__lt=before).order_by("due_at", "id")
    elif page == "search":
        claims = search.claims_matching(claims, given["search"])
    elif page != "default":
        raise KeyError(page)
    return claims.order_by("-id")
