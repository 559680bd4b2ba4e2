"""The DuckDB datastore: loading CSV files and answering queries read-only."""

from __future__ import annotations

from pathlib import Path

import pytest

from madoguchi.opendata import datastore


def _load(tmp_path: Path, text: str) -> tuple[Path, datastore.LoadResult]:
    source = tmp_path / "in.csv"
    source.write_text(text, encoding="utf-8")
    target = tmp_path / "out.duckdb"
    return target, datastore.load_csv(source=source, target=target)


def test_load_infers_types_from_every_value_and_keeps_codes_as_text(tmp_path: Path) -> None:
    # given a CSV with a postal code with a leading zero, integers, decimals and a bad date
    text = (
        "名称,郵便番号,人数,緯度,日付\nA,0600001,3,35.1,2026-01-01\nB,1070052,10,35.2,2026-02-30\n"
    )
    # when it is loaded
    target, result = _load(tmp_path, text)
    # then codes stay text, numbers are numbers, and an impossible date keeps the column text
    types = {f["id"]: f["type"] for f in result.fields}
    assert types == {
        "_id": "int",
        "名称": "text",
        "郵便番号": "text",
        "人数": "int",
        "緯度": "numeric",
        "日付": "text",
    }
    assert result.rows == 2
    found = datastore.search(
        name="t", path=target, fields=result.fields, filters={"郵便番号": "0600001"}
    )
    assert found.records == [(1, "A", "0600001", 3, 35.1, "2026-01-01")]


def test_bad_rows_are_reported_by_line_and_the_rest_is_kept(tmp_path: Path) -> None:
    # given a CSV whose third line has too few columns
    text = "a,b,c\n1,2,3\n4,5\n7,8,9\n"
    # when it is loaded
    _, result = _load(tmp_path, text)
    # then the good rows are loaded and the bad one is reported with its line number
    assert result.rows == 2
    assert [p["line"] for p in result.problems] == [3]


def test_search_filters_q_sort_fields_and_distinct(tmp_path: Path) -> None:
    # given a small table
    text = "区,施設,定員\n芝,芝保育園,60\n麻布,麻布保育園,40\n芝,芝浦児童館,30\n"
    target, result = _load(tmp_path, text)

    def run(**kwargs: object) -> datastore.SearchResult:
        return datastore.search(name="r", path=target, fields=result.fields, **kwargs)  # type: ignore[arg-type]

    # when filtering, searching text, sorting, choosing fields and asking for distinct values
    by_area = run(filters={"区": "芝"})
    any_of = run(filters={"定員": [60, 40]})
    text_hit = run(q="保育園")
    column_hit = run(q={"施設": "児童"})
    sorted_rows = run(sort=datastore.parse_sort("定員 desc", [f["id"] for f in result.fields]))
    distinct = run(columns=["区"], distinct=True, sort=[("区", "ASC")])
    # then each answers as CKAN's datastore_search does
    assert by_area.total == 2
    assert any_of.total == 2
    assert [r[2] for r in text_hit.records] == ["芝保育園", "麻布保育園"]
    assert [r[2] for r in column_hit.records] == ["芝浦児童館"]
    assert [r[3] for r in sorted_rows.records] == [60, 40, 30]
    assert distinct.records == [("芝",), ("麻布",)]
    assert distinct.total == 2


def test_unknown_fields_are_client_errors(tmp_path: Path) -> None:
    target, result = _load(tmp_path, "a,b\n1,2\n")
    ids = [f["id"] for f in result.fields]
    with pytest.raises(datastore.DatastoreError, match="not in table"):
        datastore.search(name="r", path=target, fields=result.fields, filters={"zzz": 1})
    with pytest.raises(datastore.DatastoreError, match="not in table"):
        datastore.parse_sort("zzz desc", ids)
    with pytest.raises(datastore.DatastoreError):
        datastore.parse_sort("a sideways", ids)


def test_filter_values_are_bound_not_spliced(tmp_path: Path) -> None:
    # given a table and a filter value that would break out of a quoted string
    target, result = _load(tmp_path, "a,b\nx,1\n")
    # when it is used
    found = datastore.search(
        name="r", path=target, fields=result.fields, filters={"a": "x' OR '1'='1"}
    )
    # then it is compared as a value and matches nothing
    assert found.total == 0


TABLE_ID = "0a1b2c3d-0000-4000-8000-000000000001"


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("DROP TABLE data", "Only SELECT"),
        ("SELECT 1; SELECT 2", "exactly one"),
        ("SELECT * FROM read_csv('/etc/passwd')", "disabled by configuration"),
        ("COPY (SELECT 1) TO '{escape}'", "Only SELECT"),
        ("SELECT * FROM read_text('{escape}')", "disabled by configuration"),
        ("SELECT * FROM duckdb_settings()", "not allowed"),
        ("SELECT * FROM glob('/etc/*')", "not allowed"),
        ("SELEC 1", "syntax error"),
        ('SELECT * FROM "ffffffff-0000-4000-8000-000000000000"', "does not exist"),
    ],
)
def test_sql_is_read_only_and_sandboxed(tmp_path: Path, sql: str, message: str) -> None:
    # given one loaded table
    target, _ = _load(tmp_path, "a,b\n1,2\n")
    # when forbidden or broken SQL is sent, then it is refused with a message, touching nothing
    escape = tmp_path / "escape.csv"
    with pytest.raises(datastore.DatastoreError, match=message):
        datastore.run_sql(sql=sql.format(escape=escape), tables={TABLE_ID: target})
    assert not escape.exists()


def test_sql_answers_a_select_with_a_row_limit(tmp_path: Path) -> None:
    # given a table of three rows
    target, _ = _load(tmp_path, "区,人数\n芝,1\n芝,2\n麻布,3\n")
    sql = f'SELECT "区", sum("人数") AS total FROM "{TABLE_ID}" GROUP BY 1 ORDER BY 1'
    # when queried, and queried with a limit of one row
    fields, rows, truncated = datastore.run_sql(sql=sql, tables={TABLE_ID: target})
    _, limited, cut = datastore.run_sql(sql=sql, tables={TABLE_ID: target}, row_limit=1)
    # then the aggregate is right and the limit is reported
    assert [f["id"] for f in fields] == ["区", "total"]
    assert rows == [("芝", 3), ("麻布", 3)]
    assert not truncated
    assert limited == [("芝", 3)] and cut


def test_referenced_tables_finds_quoted_resource_ids() -> None:
    sql = f'SELECT * FROM "{TABLE_ID}" JOIN "{TABLE_ID.upper()}" USING (a)'
    assert datastore.referenced_tables(sql) == {TABLE_ID}


def test_a_query_over_the_time_limit_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a time limit far shorter than a large cross join needs
    target, _ = _load(tmp_path, "a\n1\n")
    monkeypatch.setattr(datastore, "SQL_TIME_LIMIT_SECONDS", 0.2)
    sql = "SELECT count(*) FROM range(100000000) a, range(1000) b"
    # when it runs, then it is interrupted with a clear error
    with pytest.raises(datastore.QueryTimeout):
        datastore.run_sql(sql=sql, tables={TABLE_ID: target})
