"""Query parameters of the claim list and the CSV export."""

import django_filters
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from rest_framework.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend

from claims import search
from claims.models import Claim, ClaimRelation

ID_MAX = 2**63 - 1  # the largest id a database column holds
FLAGS = Claim.FLAG_NAMES


class GivenFiltersOnly(django_filters.FilterSet):
    """A FilterSet that builds its form from the filters the request names, not all of them.

    A filter left out of the query string cleans to an empty value and filters nothing, so
    the result is the same; what is saved is copying and validating a form field per filter
    on every request (most of django-filter's cost on the claim list, bench/api_throughput.py).
    """

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            named = set(data)
            self.base_filters = {
                name: each
                for name, each in type(self).base_filters.items()
                if name in named or any(key.startswith(f"{name}_") for key in named)
            }
        super().__init__(data, *args, **kwargs)


class ClaimFilter(GivenFiltersOnly):
    # distinct=False: these filters never cross a to-many relation, and a DISTINCT over
    # joined claim and article rows is what made the list slow at a million claims.
    status = django_filters.MultipleChoiceFilter(choices=Claim.Status.choices, distinct=False)
    kind = django_filters.MultipleChoiceFilter(choices=Claim.Kind.choices, distinct=False)
    verdict = django_filters.MultipleChoiceFilter(choices=Claim.Verdict.choices, distinct=False)
    article = django_filters.NumberFilter(
        field_name="article_id", min_value=1, max_value=ID_MAX, help_text="An article id."
    )
    outlet = django_filters.CharFilter(field_name="article__outlet", lookup_expr="iexact")
    desk = django_filters.CharFilter(field_name="article__desk", lookup_expr="iexact")
    assignee = django_filters.CharFilter(
        method="filter_assignee", help_text="A user id, `me` or `none`."
    )
    due_before = django_filters.IsoDateTimeFilter(field_name="due_at", lookup_expr="lt")
    due_after = django_filters.IsoDateTimeFilter(field_name="due_at", lookup_expr="gte")
    overdue = django_filters.BooleanFilter(method="filter_overdue")
    flag = django_filters.MultipleChoiceFilter(
        choices=[(flag, flag) for flag in FLAGS],
        method="filter_flags",
        help_text="Claims carrying every flag given.",
    )
    checkworthiness_min = django_filters.NumberFilter(
        field_name="checkworthiness", lookup_expr="gte"
    )
    checkworthiness_max = django_filters.NumberFilter(
        field_name="checkworthiness", lookup_expr="lte"
    )
    has_relation = django_filters.ChoiceFilter(
        choices=ClaimRelation.Type.choices,
        method="filter_has_relation",
        help_text="Claims with a relation of this type, in either direction.",
    )

    class Meta:
        model = Claim
        fields = ()

    def filter_assignee(self, queryset, name, value):
        if value == "me":
            return queryset.filter(assignee=self.request.user)
        if value == "none":
            return queryset.filter(assignee=None)
        if value.isascii() and value.isdigit() and int(value) <= ID_MAX:
            return queryset.filter(assignee_id=int(value))
        raise ValidationError({"assignee": ["Use a user id, “me” or “none”."]})

    def filter_overdue(self, queryset, name, value):
        overdue = Q(status__in=Claim.OPEN_STATUSES, due_at__lt=timezone.now())
        return queryset.filter(overdue) if value else queryset.exclude(overdue)

    def filter_flags(self, queryset, name, values):
        return queryset.filter(**{f"flag_{flag}": True for flag in values})

    def filter_has_relation(self, queryset, name, value):
        related = ClaimRelation.objects.filter(type=value).filter(
            Q(from_claim=OuterRef("pk")) | Q(to_claim=OuterRef("pk"))
        )
        return queryset.filter(Exists(related))


class FullTextSearch(BaseFilterBackend):
    """`?search=`: the same search as the admin and the dashboard (claims.search)."""

    def filter_queryset(self, request, queryset, view):
        query = request.query_params.get("search", "")[:500]
        if not query.strip():
            return queryset
        if queryset.model is Claim:
            return search.claims_matching(queryset, query)
        return search.articles_matching(queryset, query)

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": "search",
                "required": False,
                "in": "query",
                "description": 'Words to find (web-search syntax: "a phrase", -word, or).',
                "schema": {"type": "string"},
            }
        ]
