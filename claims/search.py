"""Search over claims and articles: PostgreSQL's full-text vectors (migration 0009) and trigram
indexes where the database has them, plain LIKE on SQLite. Used by the admin, the API and the
dashboard, so a search finds the same things everywhere."""

from django.db import connection
from django.db.models import Q, QuerySet


def _is_postgres() -> bool:
    return connection.vendor == "postgresql"


def claims_matching(claims: QuerySet, query: str) -> QuerySet:
    """Claims whose text or claimant match `query`: every word (stemmed, web-search syntax:
    "quoted phrase", -exclude, or) or, for partial words, the text as a substring."""
    query = query.replace("\x00", "").strip()
    if not query:
        return claims
    if not _is_postgres():
        return claims.filter(Q(text__icontains=query) | Q(claimant__icontains=query))
    return claims.extra(
        where=[
            "(claims_claim.search @@ websearch_to_tsquery('english', %s)"
            " OR claims_claim.text ILIKE %s OR claims_claim.claimant ILIKE %s)"
        ],
        params=[query, _like(query), _like(query)],
    )


def articles_matching(articles: QuerySet, query: str) -> QuerySet:
    query = query.replace("\x00", "").strip()
    if not query:
        return articles
    if not _is_postgres():
        return articles.filter(Q(title__icontains=query) | Q(body__icontains=query))
    return articles.extra(
        where=[
            "(claims_article.search @@ websearch_to_tsquery('english', %s)"
            " OR claims_article.title ILIKE %s)"
        ],
        params=[query, _like(query)],
    )


def _like(query: str) -> str:
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
