"""The datastore: tabular resources loaded into DuckDB files and queried read-only.

Each loaded resource is one DuckDB database file holding one table, ``data``, whose first
column is CKAN's ``_id``. DuckDB is embedded, so the datastore works the same whether the
catalog's metadata lives in SQLite or PostgreSQL, and it scans a million rows in
milliseconds.

Queries never touch a file the query did not come for: a connection attaches the resources it
needs read-only, then switches off every file-system and network operation
(``enable_external_access``) and locks its configuration before running anything a client
sent. User SQL must be exactly one SELECT statement; it runs under a row limit, a memory limit
and a time limit. This module must never run client SQL on a connection that has not been
locked that way.
"""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from datetime import time as dtime
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb

TABLE = "data"
ROW_ID = "_id"
SQL_ROW_LIMIT = 32000
SQL_TIME_LIMIT_SECONDS = 10.0
MEMORY_LIMIT = "1GB"

# DuckDB type → the type names CKAN's datastore reports (its PostgreSQL types).
_CKAN_TYPES = {
    "BIGINT": "int",
    "INTEGER": "int",
    "HUGEINT": "int",
    "DOUBLE": "numeric",
    "DECIMAL": "numeric",
    "DATE": "date",
    "TIMESTAMP": "timestamp",
    "TIME": "time",
    "BOOLEAN": "bool",
    "VARCHAR": "text",
}


class DatastoreError(Exception):
    """A query the client got wrong: unknown field, bad SQL, a forbidden statement."""

    def __init__(self, message: str, *, field_name: str = "") -> None:
        super().__init__(message)
        self.field_name = field_name


class QueryTimeout(DatastoreError):
    pass


@dataclass
class LoadResult:
    rows: int
    fields: list[dict[str, str]]
    problems: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def ckan_type(duckdb_type: str) -> str:
    base = duckdb_type.split("(")[0].upper()
    return _CKAN_TYPES.get(base, "text")


# --- Loading ----------------------------------------------------------------------------------

_INT_RE = r"^[+-]?[0-9]{1,18}$"
_LEADING_ZERO_RE = r"^[+-]?0[0-9]"
_DECIMAL_RE = r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$"
_DATE_RE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def _column_types(con: duckdb.DuckDBPyConnection, columns: list[str]) -> list[str]:
    """Infer each column's type from all its values, not a sample.

    Codes with leading zeros (郵便番号, 全国地方公共団体コード of Hokkaido) stay text: reading
    them as numbers would silently change the data.
    """
    if not columns:
        return []
    parts = []
    for i, name in enumerate(columns):
        col = f"trim({quote(name)})"
        parts.append(
            f"count({col}) FILTER (WHERE {col} <> '') AS n{i}, "
            f"count(*) FILTER (WHERE {col} <> '' AND NOT regexp_full_match({col}, '{_INT_RE}') "
            f"OR regexp_matches({col}, '{_LEADING_ZERO_RE}')) AS ni{i}, "
            f"count(*) FILTER (WHERE {col} <> '' AND NOT regexp_full_match({col}, "
            f"'{_DECIMAL_RE}') OR regexp_matches({col}, '{_LEADING_ZERO_RE}')) AS nd{i}, "
            f"count(*) FILTER (WHERE {col} <> '' AND (NOT regexp_full_match({col}, '{_DATE_RE}') "
            f"OR try_cast({col} AS DATE) IS NULL)) AS nt{i}"
        )
    row = con.execute(f"SELECT {', '.join(parts)} FROM raw").fetchone()  # noqa: S608
    assert row is not None
    types = []
    for i in range(len(columns)):
        filled, not_int, not_decimal, not_date = row[4 * i : 4 * i + 4]
        if not filled:
            types.append("VARCHAR")
        elif not not_int:
            types.append("BIGINT")
        elif not not_decimal:
            types.append("DOUBLE")
        elif not not_date:
            types.append("DATE")
        else:
            types.append("VARCHAR")
    return types


def load_csv(
    *,
    source: Path,
    target: Path,
    progress: Callable[[int], None] = lambda percent: None,
    max_problems: int = 100,
) -> LoadResult:
    """Load a UTF-8 CSV file into a new DuckDB file at ``target``.

    Rows DuckDB cannot parse (wrong number of columns, broken quoting) are skipped and reported
    by line number; everything else is kept. Column types are inferred from every value.
    """
    started = time.perf_counter()
    temporary = target.with_suffix(".loading")
    temporary.unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(temporary))
    try:
        con.execute(f"SET memory_limit='{MEMORY_LIMIT}'")
        con.execute("SET preserve_insertion_order=true")
        progress(10)
        con.execute(
            "CREATE TEMP TABLE raw AS SELECT * FROM read_csv(?, header=true, all_varchar=true, "
            "store_rejects=true, delim=',', quote='\"', escape='\"', strict_mode=false, "
            "null_padding=false, normalize_names=false)",
            [str(source)],
        )
        progress(50)
        columns = [row[0] for row in con.execute("DESCRIBE raw").fetchall()]
        types = _column_types(con, columns)
        progress(70)
        select = ", ".join(
            (
                f"CAST(NULLIF(trim({quote(c)}), '') AS {t}) AS {quote(c)}"
                if t != "VARCHAR"
                else quote(c)
            )
            for c, t in zip(columns, types, strict=True)
        )
        con.execute(
            f"CREATE TABLE {TABLE} AS SELECT row_number() OVER () AS {ROW_ID}, {select} "  # noqa: S608
            "FROM raw"
        )
        progress(90)
        rows_row = con.execute(f"SELECT count(*) FROM {TABLE}").fetchone()  # noqa: S608
        problems = [
            {"line": int(line), "column": column or "", "message": str(message)}
            for line, column, message in con.execute(
                "SELECT line, first(column_name ORDER BY column_idx), "
                "first(error_message ORDER BY column_idx) FROM reject_errors GROUP BY line "
                "ORDER BY line LIMIT ?",
                [int(max_problems)],
            ).fetchall()
        ]
        con.execute("DROP TABLE raw")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    temporary.replace(target)
    fields = [{"id": ROW_ID, "type": "int"}] + [
        {"id": c, "type": ckan_type(t)} for c, t in zip(columns, types, strict=True)
    ]
    progress(100)
    return LoadResult(
        rows=int(rows_row[0]) if rows_row else 0,
        fields=fields,
        problems=problems,
        seconds=time.perf_counter() - started,
    )


# --- Read-only connections --------------------------------------------------------------------


def _locked_connection(tables: dict[str, Path]) -> duckdb.DuckDBPyConnection:
    """An in-memory connection that sees exactly ``tables`` (view name → datastore file) and
    nothing else, with file and network access switched off for good."""
    con = duckdb.connect(":memory:")
    for i, (name, path) in enumerate(tables.items()):
        con.execute(f"ATTACH {_literal(str(path))} AS r{i} (READ_ONLY)")
        con.execute(f"CREATE VIEW {quote(name)} AS SELECT * FROM r{i}.main.{TABLE}")  # noqa: S608
    con.execute("SET threads=2")
    con.execute(f"SET memory_limit='{MEMORY_LIMIT}'")
    con.execute("SET enable_external_access=false")
    con.execute("SET lock_configuration=true")
    return con


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class _ConnectionCache:
    """Locked connections per datastore file, kept open between requests (opening and
    attaching costs more than a filtered query). Bounded; least recently used goes first."""

    def __init__(self, size: int = 32) -> None:
        self.size = size
        self._items: OrderedDict[tuple[str, str], duckdb.DuckDBPyConnection] = OrderedDict()
        self._lock = threading.Lock()

    def cursor(self, name: str, path: Path) -> duckdb.DuckDBPyConnection:
        key = (name, str(path))
        with self._lock:
            con = self._items.get(key)
            if con is None:
                con = _locked_connection({name: path})
                self._items[key] = con
                while len(self._items) > self.size:
                    _, old = self._items.popitem(last=False)
                    old.close()
            else:
                self._items.move_to_end(key)
            return con.cursor()

    def forget(self, path: Path) -> None:
        with self._lock:
            for key in [k for k in self._items if k[1] == str(path)]:
                self._items.pop(key).close()


connections = _ConnectionCache()


@contextmanager
def _time_limit(con: duckdb.DuckDBPyConnection, seconds: float) -> Iterator[None]:
    expired = threading.Event()

    def stop() -> None:
        expired.set()
        con.interrupt()

    timer = threading.Timer(seconds, stop)
    timer.start()
    try:
        yield
    except duckdb.InterruptException as exc:
        raise QueryTimeout(f"The query took longer than {seconds:g} seconds.") from exc
    finally:
        timer.cancel()
    if expired.is_set():
        raise QueryTimeout(f"The query took longer than {seconds:g} seconds.")


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date | dtime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


# --- datastore_search -------------------------------------------------------------------------


@dataclass
class SearchResult:
    fields: list[dict[str, str]]
    records: list[tuple[Any, ...]]
    total: int | None


_SORT_RE = re.compile(r'^\s*("(?:[^"]|"")+"|[^\s"]+)(?:\s+(asc|desc))?\s*$', re.IGNORECASE)


def parse_sort(sort: str | list[str], field_ids: list[str]) -> list[tuple[str, str]]:
    """CKAN sort strings: ``"field asc, other desc"`` or a list of such items."""
    items = sort if isinstance(sort, list) else [s for s in str(sort).split(",") if s.strip()]
    parsed = []
    for item in items:
        match = _SORT_RE.match(str(item))
        if not match:
            raise DatastoreError(f'Cannot sort by "{item}".', field_name="sort")
        name = match.group(1)
        if name.startswith('"'):
            name = name[1:-1].replace('""', '"')
        if name not in field_ids:
            raise DatastoreError(f'field "{name}" not in table', field_name="sort")
        parsed.append((name, (match.group(2) or "asc").upper()))
    return parsed


def search(
    *,
    name: str,
    path: Path,
    fields: list[dict[str, str]],
    filters: dict[str, Any] | None = None,
    q: str | dict[str, str] | None = None,
    columns: list[str] | None = None,
    sort: list[tuple[str, str]] | None = None,
    limit: int = 100,
    offset: int = 0,
    include_total: bool = True,
    distinct: bool = False,
) -> SearchResult:
    """One page of rows of one resource, as CKAN's ``datastore_search`` defines it.

    Filters are equality (a list means any of); ``q`` is a case-insensitive substring match on
    every text column (or on the named columns, when it is a dictionary); all values are bound
    parameters, never spliced into the SQL.
    """
    field_ids = [f["id"] for f in fields]
    types = {f["id"]: f["type"] for f in fields}
    chosen = columns or field_ids
    for c in chosen:
        if c not in types:
            raise DatastoreError(f'field "{c}" not in table', field_name="fields")
    where: list[str] = []
    params: list[Any] = []
    for key, value in (filters or {}).items():
        if key not in types:
            raise DatastoreError(f'field "{key}" not in table', field_name="filters")
        values = value if isinstance(value, list) else [value]
        if not values:
            continue
        column = quote(key) if types[key] == "text" else f"CAST({quote(key)} AS VARCHAR)"
        where.append(f"{column} IN ({', '.join('?' for _ in values)})")
        params.extend(str(v) if v is not None else None for v in values)
    if q:
        targets = q if isinstance(q, dict) else {"": q}
        for key, text in targets.items():
            if key and key not in types:
                raise DatastoreError(f'field "{key}" not in table', field_name="q")
            searchable = [key] if key else [f for f in field_ids if types[f] == "text"]
            for word in str(text).split():
                if not searchable:
                    where.append("FALSE")
                    break
                where.append("(" + " OR ".join(f"{quote(c)} ILIKE ?" for c in searchable) + ")")
                pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%") + "%"
                params.extend(pattern for _ in searchable)
    where_sql = (" WHERE " + " AND ".join(where)) if where else ""
    select_list = ", ".join(quote(c) for c in chosen)
    order = ", ".join(f"{quote(c)} {d}" for c, d in (sort or [])) or (
        quote(ROW_ID) if ROW_ID in chosen and not distinct else ""
    )
    order_sql = f" ORDER BY {order}" if order else ""
    keyword = "SELECT DISTINCT" if distinct else "SELECT"
    sql = f"{keyword} {select_list} FROM {quote(name)}{where_sql}{order_sql} LIMIT ? OFFSET ?"
    cursor = connections.cursor(name, path)
    try:
        with _time_limit(cursor, SQL_TIME_LIMIT_SECONDS):
            records = cursor.execute(sql, [*params, limit, offset]).fetchall()
            total = None
            if include_total:
                if distinct:
                    count_sql = f"SELECT count(*) FROM (SELECT DISTINCT {select_list} FROM {quote(name)}{where_sql})"  # noqa: E501, S608
                else:
                    count_sql = f"SELECT count(*) FROM {quote(name)}{where_sql}"  # noqa: S608
                total_row = cursor.execute(count_sql, params).fetchone()
                total = int(total_row[0]) if total_row else 0
    finally:
        cursor.close()
    out_fields = [{"id": c, "type": types[c]} for c in chosen]
    return SearchResult(
        fields=out_fields,
        records=[tuple(_jsonable(v) for v in row) for row in records],
        total=total,
    )


# --- datastore_search_sql ---------------------------------------------------------------------

_TABLE_NAME_RE = re.compile(r'"([0-9a-fA-F-]{36})"|\b([0-9a-fA-F]{8}-[0-9a-fA-F-]{27})\b')


# Introspection that would reveal the server's paths or settings; file functions are already
# refused by the locked configuration.
_FORBIDDEN_FUNCTION_RE = re.compile(
    r"\b(duckdb_\w+|pragma_\w+|current_setting|getenv|which_secret|glob)\s*\(", re.IGNORECASE
)


def referenced_tables(sql: str) -> set[str]:
    """Resource ids the SQL names as tables (CKAN's convention: ``FROM "<resource id>"``)."""
    return {(a or b).lower() for a, b in _TABLE_NAME_RE.findall(sql)}


def run_sql(
    *, sql: str, tables: dict[str, Path], row_limit: int = SQL_ROW_LIMIT
) -> tuple[list[dict[str, str]], list[tuple[Any, ...]], bool]:
    """Run one read-only SELECT over ``tables`` (resource id → datastore file).

    Returns fields, rows and whether the row limit cut the result.
    """
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise DatastoreError(_first_line(exc)) from exc
    if len(statements) != 1:
        raise DatastoreError("Send exactly one SQL statement.")
    if statements[0].type != duckdb.StatementType.SELECT:
        raise DatastoreError("Only SELECT statements are allowed.")
    forbidden = _FORBIDDEN_FUNCTION_RE.search(sql)
    if forbidden:
        raise DatastoreError(f"The function {forbidden.group(1)} is not allowed.")
    con = _locked_connection(tables)
    try:
        with _time_limit(con, SQL_TIME_LIMIT_SECONDS):
            try:
                cursor = con.execute(sql)
            except duckdb.InterruptException:
                raise
            except duckdb.Error as exc:
                raise DatastoreError(_first_line(exc)) from exc
            description = cursor.description or []
            rows = cursor.fetchmany(row_limit + 1)
    finally:
        con.close()
    fields = [{"id": d[0], "type": ckan_type(str(d[1]))} for d in description]
    truncated = len(rows) > row_limit
    return fields, [tuple(_jsonable(v) for v in r) for r in rows[:row_limit]], truncated


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
