import base64
import binascii
import json
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db.models import F, Q
from rest_framework.exceptions import NotFound
from rest_framework.pagination import CursorPagination
from rest_framework.utils.urls import replace_query_param


class StableCursorPagination(CursorPagination):
    """Keyset pagination: a page stays the same when rows are inserted while someone pages,
    and no COUNT(*) runs over millions of rows.

    The rows are ordered by the requested field, then by id, with empty values (a claim with
    no due time) last in either direction; the cursor holds the (value, id) of the row a page
    ends at, and the database reads the next page from there (`WHERE value > v OR (value = v
    AND id > i)`). DRF's own cursor keeps the value only, and so skipped rows whose value was
    empty and repeated rows when many shared a value."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    ordering = "-id"

    def paginate_queryset(self, queryset, request, view=None, fetch=list):
        """The page's rows: `fetch` reads them from the page's queryset (ordered and sliced),
        a list of its rows by default."""
        self.request = request
        self.page_size = self.get_page_size(request)
        self.base_url = request.build_absolute_uri()
        order = self.get_ordering(request, queryset, view)[0]
        self.field, self.descending = order.lstrip("-"), order.startswith("-")
        self.nullable = queryset.model._meta.get_field(self.field).null
        self.position = self._decode(request, queryset.model)
        backwards = self.position is not None and self.position[2]
        # Backwards, the order is turned round (and empty values come first), then the page.
        descending, nulls_last = self.descending != backwards, not backwards
        if self.position is not None:
            queryset = queryset.filter(self._after(descending, nulls_last, *self.position[:2]))
        rows = fetch(
            queryset.order_by(*self._order_by(descending, nulls_last))[: self.page_size + 1]
        )
        more, self.page = len(rows) > self.page_size, rows[: self.page_size]
        if backwards:
            self.page.reverse()
            self.has_next, self.has_previous = True, more
        else:
            self.has_next, self.has_previous = more, self.position is not None
        self.display_page_controls = self.has_next or self.has_previous
        return self.page

    def _order_by(self, descending: bool, nulls_last: bool) -> list:
        if self.field == "id":
            return ["-id" if descending else "id"]
        # NULLS FIRST/LAST only where there can be NULLs: on other columns it would keep the
        # database from reading an index in its order.
        nulls = (
            ({"nulls_last": True} if nulls_last else {"nulls_first": True}) if self.nullable else {}
        )
        value = F(self.field).desc(**nulls) if descending else F(self.field).asc(**nulls)
        return [value, "-id" if descending else "id"]

    def _after(self, descending: bool, nulls_last: bool, value, pk: int) -> Q:
        """Rows strictly after (value, pk) in the order: the field (then id) ascending or
        descending, empty values last or first."""
        beyond = "lt" if descending else "gt"
        next_id = Q(**{f"id__{beyond}": pk})
        if self.field == "id":
            return next_id
        empty = Q(**{f"{self.field}__isnull": True})
        if value is None:
            return (empty & next_id) if nulls_last else (~empty | (empty & next_id))
        after = Q(**{f"{self.field}__{beyond}": value}) | (Q(**{self.field: value}) & next_id)
        return (after | empty) if nulls_last and self.nullable else after

    def _position(self, row) -> list:
        read = row.__getitem__ if isinstance(row, dict) else lambda name: getattr(row, name)
        return [read(self.field), read("id")]

    def _encode(self, position, backwards: bool) -> str:
        value = position[0].isoformat() if isinstance(position[0], datetime) else position[0]
        cursor = json.dumps([value, position[1], backwards], separators=(",", ":"))
        encoded = base64.urlsafe_b64encode(cursor.encode()).decode().rstrip("=")
        return replace_query_param(self.base_url, self.cursor_query_param, encoded)

    def _decode(self, request, model):
        encoded = request.query_params.get(self.cursor_query_param)
        if encoded is None:
            return None
        try:
            raw = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
            value, pk, backwards = json.loads(raw)
            if type(pk) is not int or type(backwards) is not bool:
                raise ValueError(pk)
            if value is not None:
                value = model._meta.get_field(self.field).to_python(value)
        except (binascii.Error, ValueError, TypeError, UnicodeDecodeError, ValidationError):
            raise NotFound(self.invalid_cursor_message) from None
        return value, pk, backwards

    # An empty page (its rows were deleted while someone paged) links on from where it was.
    def get_next_link(self):
        if not self.has_next:
            return None
        return self._encode(self._position(self.page[-1]) if self.page else self.position, False)

    def get_previous_link(self):
        if not self.has_previous:
            return None
        return self._encode(self._position(self.page[0]) if self.page else self.position, True)
