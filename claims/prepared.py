"""Statements the API's hottest path runs on every request, prepared once per connection.

Django binds parameters on the client (psycopg's ClientCursor), so PostgreSQL plans every
statement it is sent: for the token check and a page of the claim list, planning costs more
than running them (0.3 and 0.6 ms against 0.04 and 0.55 ms at a million claims). Here the
statement goes through a server-side binding cursor and is prepared on its first run on a
connection; later runs with other parameters skip planning. Django's cursor wrapper is kept
around it, so errors, query logging and execute wrappers (tests, the unavailable-database
answer) work as for any query. Only statements whose best plan does not depend on their
parameters belong here: PostgreSQL may switch a prepared statement to a generic plan.
"""

from __future__ import annotations

import psycopg
from django.db import connections


def fetch_all(
    sql: str, params, using: str = "default", prepare: bool = True
) -> tuple[list[tuple], list[str]]:
    """Rows of `sql` (Django's %s placeholders) and their column names; `prepare=False` (or
    a database other than PostgreSQL): an ordinary cursor, planned on each run."""
    connection = connections[using]
    if not prepare or connection.vendor != "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall(), [column[0] for column in cursor.description]
    connection.ensure_connection()
    with connection.wrap_database_errors:
        raw = connection.connection
        # Django's own cursors bind on the client and never prepare; only cursors made here
        # bind on the server, and for them a statement is prepared on its first run.
        raw.prepare_threshold = 0
        server_cursor = psycopg.Cursor(raw)
    with connection._prepare_cursor(server_cursor) as cursor:
        cursor.execute(sql, params)
        rows, columns = cursor.fetchall(), [column[0] for column in cursor.description]
    if connection.queries_logged and connection.queries_log[-1]["sql"] is None:
        # Django reads a query's text from a client-side cursor; say it as it would.
        connection.queries_log[-1]["sql"] = connection.ops.compose_sql(sql, params)
    return rows, columns
