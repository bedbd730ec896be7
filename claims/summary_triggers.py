"""The dashboard's whole-desk figures, kept up to date by the database itself.

Two figures would otherwise count a desk's whole history on every dashboard load (about
200 ms each at a million claims): open claims per person (OpenClaimCount) and claims resolved
per quarter hour (ResolvedCount). Triggers keep both exact whatever writes the rows: the
services, the admin, bulk updates, deletes that cascade, COPY in generate_demo_data.

- PostgreSQL: statement-level triggers with transition tables. One statement's changes are
  summed per person (or quarter hour) and applied in key order, so a bulk update costs one
  upsert per person and two statements never take the counter rows in opposite orders.
  Created by migration 0012.
- SQLite: row-level triggers with upserts. SQLite drops triggers when it rebuilds a table,
  so, like the offset triggers, they are dropped before every migrate and created again after
  it (claims.apps), and the counts are then rebuilt from the rows.

`rebuild(connection)` recomputes both tables from the claims and their history: the
migration's backfill, and the repair if a count is ever in doubt.
"""

from claims.models import OPEN_STATUSES, ClaimEvent, ClaimStatus

_OPEN = ", ".join(f"'{status}'" for status in OPEN_STATUSES)
_RESOLVED = f"'{ClaimStatus.SIGNED_OFF.value}', '{ClaimStatus.DISMISSED.value}'"
_TRANSITION = f"'{ClaimEvent.Action.TRANSITION.value}'"
_QUARTER_SECONDS = 900

# --- PostgreSQL ---------------------------------------------------------------------------------

_POSTGRES_QUARTER = (
    f"to_timestamp(floor(extract(epoch FROM at) / {_QUARTER_SECONDS}) * {_QUARTER_SECONDS})"
)


def _postgres_function(
    name: str, table: str, key_column: str, key: str, column: str, counts: str
) -> str:
    """A trigger function adding one to `table`'s row for `key` of each of the statement's new
    rows where `counts`, and taking one for each such old row: summed per key, in key order."""
    plus = f"SELECT {key} AS key, 1 AS delta FROM new_rows WHERE {counts}"
    minus = f"SELECT {key} AS key, -1 AS delta FROM old_rows WHERE {counts}"

    def apply(changes: str) -> str:
        return f"""
        INSERT INTO {table} AS counted ({key_column}, {column})
        SELECT key, sum(delta) FROM ({changes}) AS changes
        GROUP BY key HAVING sum(delta) <> 0 ORDER BY key
        ON CONFLICT ({key_column})
            DO UPDATE SET {column} = counted.{column} + EXCLUDED.{column};"""

    # plpgsql plans a statement when it first runs it: each branch names only the transition
    # tables its event has.
    return f"""
CREATE FUNCTION {name}() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN{apply(plus)}
    ELSIF TG_OP = 'DELETE' THEN{apply(minus)}
    ELSE{apply(f"{plus} UNION ALL {minus}")}
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
"""


POSTGRES_FORWARD = _postgres_function(
    "claims_open_claim_count",
    "claims_openclaimcount",
    "assignee_id",
    "assignee_id",
    "open_claims",
    f"assignee_id IS NOT NULL AND status IN ({_OPEN})",
) + _postgres_function(
    "claims_resolved_count",
    "claims_resolvedcount",
    "quarter",
    _POSTGRES_QUARTER,
    "resolved",
    f"action = {_TRANSITION} AND to_status IN ({_RESOLVED})",
)
# A trigger with transition tables takes one event, and only the tables that event has; the
# functions above read the tables their TG_OP has.
_NEW, _OLD = "NEW TABLE AS new_rows", "OLD TABLE AS old_rows"
_POSTGRES_TRIGGERS = (
    ("claims_claim", "claims_open_claim_count", "INSERT", _NEW),
    ("claims_claim", "claims_open_claim_count", "UPDATE", f"{_OLD} {_NEW}"),
    ("claims_claim", "claims_open_claim_count", "DELETE", _OLD),
    ("claims_claimevent", "claims_resolved_count", "INSERT", _NEW),
    ("claims_claimevent", "claims_resolved_count", "UPDATE", f"{_OLD} {_NEW}"),
    ("claims_claimevent", "claims_resolved_count", "DELETE", _OLD),
)
POSTGRES_FORWARD += "".join(
    f"""
CREATE TRIGGER {function}_{event.lower()} AFTER {event} ON {table}
    REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION {function}();
"""
    for table, function, event, tables in _POSTGRES_TRIGGERS
)
POSTGRES_BACKWARD = "".join(
    f"DROP TRIGGER IF EXISTS {function}_{event.lower()} ON {table};\n"
    for table, function, event, _ in _POSTGRES_TRIGGERS
) + (
    "DROP FUNCTION IF EXISTS claims_open_claim_count();\n"
    "DROP FUNCTION IF EXISTS claims_resolved_count();\n"
)

# --- SQLite -------------------------------------------------------------------------------------


def _sqlite_quarter(row: str) -> str:
    # Django stores SQLite datetimes as "YYYY-MM-DD HH:MM:SS[.ffffff]" text, in UTC.
    return (
        f"substr({row}.at, 1, 14) || "
        f"printf('%02d', (CAST(substr({row}.at, 15, 2) AS INTEGER) / 15) * 15) || ':00'"
    )


def _sqlite_open(row: str) -> str:
    return f"{row}.assignee_id IS NOT NULL AND {row}.status IN ({_OPEN})"


def _sqlite_resolved(row: str) -> str:
    return f"{row}.action = {_TRANSITION} AND {row}.to_status IN ({_RESOLVED})"


_SQLITE_ADD_OPEN = """
    INSERT INTO claims_openclaimcount (assignee_id, open_claims)
    SELECT NEW.assignee_id, 1 WHERE {condition}
    ON CONFLICT (assignee_id) DO UPDATE SET open_claims = open_claims + 1;"""
_SQLITE_TAKE_OPEN = """
    UPDATE claims_openclaimcount SET open_claims = open_claims - 1
    WHERE assignee_id = OLD.assignee_id AND {condition};"""

_SQLITE_ADD_RESOLVED = f"""
    INSERT INTO claims_resolvedcount (quarter, resolved)
    SELECT {_sqlite_quarter("NEW")}, 1 WHERE {_sqlite_resolved("NEW")}
    ON CONFLICT (quarter) DO UPDATE SET resolved = resolved + 1;"""
_SQLITE_TAKE_RESOLVED = f"""
    UPDATE claims_resolvedcount SET resolved = resolved - 1
    WHERE quarter = {_sqlite_quarter("OLD")} AND {_sqlite_resolved("OLD")};"""

SQLITE_FORWARD = [
    f"""
CREATE TRIGGER IF NOT EXISTS claims_open_claim_count_insert AFTER INSERT ON claims_claim
BEGIN{_SQLITE_ADD_OPEN.format(condition=_sqlite_open("NEW"))}
END;
""",
    f"""
CREATE TRIGGER IF NOT EXISTS claims_open_claim_count_update
AFTER UPDATE OF status, assignee_id ON claims_claim
BEGIN{_SQLITE_TAKE_OPEN.format(condition=_sqlite_open("OLD"))}{
        _SQLITE_ADD_OPEN.format(condition=_sqlite_open("NEW"))
    }
END;
""",
    f"""
CREATE TRIGGER IF NOT EXISTS claims_open_claim_count_delete AFTER DELETE ON claims_claim
BEGIN{_SQLITE_TAKE_OPEN.format(condition=_sqlite_open("OLD"))}
END;
""",
    f"""
CREATE TRIGGER IF NOT EXISTS claims_resolved_count_insert AFTER INSERT ON claims_claimevent
BEGIN{_SQLITE_ADD_RESOLVED}
END;
""",
    f"""
CREATE TRIGGER IF NOT EXISTS claims_resolved_count_update
AFTER UPDATE OF action, to_status, at ON claims_claimevent
BEGIN{_SQLITE_TAKE_RESOLVED}{_SQLITE_ADD_RESOLVED}
END;
""",
    f"""
CREATE TRIGGER IF NOT EXISTS claims_resolved_count_delete AFTER DELETE ON claims_claimevent
BEGIN{_SQLITE_TAKE_RESOLVED}
END;
""",
]
SQLITE_BACKWARD = [
    f"DROP TRIGGER IF EXISTS {name};"
    for name in (
        "claims_open_claim_count_insert",
        "claims_open_claim_count_update",
        "claims_open_claim_count_delete",
        "claims_resolved_count_insert",
        "claims_resolved_count_update",
        "claims_resolved_count_delete",
    )
]

# --- both ---------------------------------------------------------------------------------------


def rebuild(connection) -> None:
    """Recompute both summaries from the claims and their history (in one transaction)."""
    quarter = (
        _POSTGRES_QUARTER
        if connection.vendor == "postgresql"
        else _sqlite_quarter("claims_claimevent")
    )
    statements = [
        "DELETE FROM claims_openclaimcount",
        f"""INSERT INTO claims_openclaimcount (assignee_id, open_claims)
            SELECT assignee_id, count(*) FROM claims_claim
            WHERE assignee_id IS NOT NULL AND status IN ({_OPEN}) GROUP BY assignee_id""",
        "DELETE FROM claims_resolvedcount",
        f"""INSERT INTO claims_resolvedcount (quarter, resolved)
            SELECT {quarter}, count(*) FROM claims_claimevent
            WHERE action = {_TRANSITION} AND to_status IN ({_RESOLVED}) GROUP BY 1""",
    ]
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
