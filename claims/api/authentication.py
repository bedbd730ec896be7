"""Token authentication that reads the user and their desk roles in one query."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Exists, F, OuterRef
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication

from claims import prepared, roles

_KEY_PLACEHOLDER = "\x00token-key"  # stands for the key while the statement is compiled


class DeskTokenAuthentication(TokenAuthentication):
    """DRF's TokenAuthentication, answering in the same query the role check every API
    request makes next (IsOnTheDesk), which would otherwise be a second query.

    The statement is compiled by the ORM once per process and database vendor, then run with
    each request's key as a prepared statement (claims.prepared): building, compiling and
    planning a query with two subqueries costs more than running it, and the claim list is the
    API's hottest path (bench/api_throughput.py).
    Unknown keys, inactive users and errors answer exactly as DRF's class does."""

    _statements: dict[str, tuple[str, list, int]] = {}

    @staticmethod
    def _statement() -> tuple[str, list, int]:
        vendor = connections[DEFAULT_DB_ALIAS].vendor
        if vendor not in DeskTokenAuthentication._statements:
            user_model = get_user_model()
            memberships = user_model.groups.through.objects.filter(user=OuterRef("pk"))
            query = user_model.objects.filter(auth_token__key=_KEY_PLACEHOLDER).annotate(
                token_created=F("auth_token__created"),
                **{
                    f"member_{index}": Exists(memberships.filter(group__name=name))
                    for index, name in enumerate(roles.DESK_GROUPS)
                },
            )
            sql, params = query.query.sql_with_params()
            params = list(params)
            DeskTokenAuthentication._statements[vendor] = (
                sql,
                params,
                params.index(_KEY_PLACEHOLDER),
            )
        return DeskTokenAuthentication._statements[vendor]

    @staticmethod
    def _user(row: tuple, columns: list[str]):
        """The user of a row of the statement: its fields, then the annotations."""
        user_model = get_user_model()
        fields = [field.attname for field in user_model._meta.concrete_fields]
        user = user_model.from_db(DEFAULT_DB_ALIAS, fields, row[: len(fields)])
        for name, value in zip(columns[len(fields) :], row[len(fields) :], strict=True):
            setattr(user, name, value)
        return user

    def authenticate_credentials(self, key):
        if "\x00" in key:  # no key holds one, and PostgreSQL refuses it in a parameter
            raise exceptions.AuthenticationFailed(_("Invalid token."))
        sql, params, key_at = self._statement()
        params = [*params[:key_at], key, *params[key_at + 1 :]]
        rows, columns = prepared.fetch_all(sql, params)
        if not rows:
            raise exceptions.AuthenticationFailed(_("Invalid token."))
        user = self._user(rows[0], columns)
        if not user.is_active:
            raise exceptions.AuthenticationFailed(_("User inactive or deleted."))
        roles.remember_groups(
            user,
            {
                name
                for index, name in enumerate(roles.DESK_GROUPS)
                if getattr(user, f"member_{index}")
            },
        )
        token = self.get_model()(key=key, user=user, created=user.token_created)
        token._state.adding = False  # it is the stored row, read above
        return (user, token)
