"""Uploads are checked against the standard open data sets (自治体標準オープンデータセット).

No database. Each kind of problem is shown on a small CSV built from a valid row, so that the
one changed cell is the only thing wrong, and the test reads the row number a spreadsheet
user would see (the header is row 1).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from madoguchi.opendata.csvfiles import decode_csv, read_rows
from madoguchi.opendata.standards import (
    AED_LOCATIONS,
    EVACUATION_SITES,
    PROBLEM_MESSAGES,
    PUBLIC_FACILITIES,
    PUBLIC_TOILETS,
    SCHEMAS,
    STANDARD_TAG,
    Column,
    Problem,
    StandardSchema,
    detect_schema,
    lg_code_check_digit,
    lg_code_is_valid,
    schema_get,
    validate,
)

# A valid value of each kind of column, as a municipality would write it.
SAMPLE_BY_KIND: dict[str, str] = {
    "text": "港区役所",
    "integer": "120",
    "decimal": "12.5",
    "date": "2025-01-01",
    "time": "08:30",
    "latitude": "35.658068",
    "longitude": "139.751599",
    "lg_code": "131032",
    "phone": "03-3578-2111",
    "url": "https://www.city.minato.tokyo.jp/",
}


def sample_value(column: Column) -> str:
    if column.kind == "enum":
        return next(choice for choice in column.choices if choice)
    return SAMPLE_BY_KIND[column.kind]


def valid_csv(schema: StandardSchema) -> tuple[list[str], list[str]]:
    """The header of ``schema`` and one row that conforms to it."""
    header = [column.name for column in schema.columns]
    return header, [sample_value(column) for column in schema.columns]


def check(
    schema: StandardSchema,
    edit: Callable[[list[str], list[list[str]]], None] | None = None,
    *,
    rows: int = 3,
) -> list[Problem]:
    """Validate ``rows`` valid rows of ``schema`` after ``edit`` changed header or rows."""
    header, row = valid_csv(schema)
    data = [list(row) for _ in range(rows)]
    if edit is not None:
        edit(header, data)
    return validate(schema=schema, header=header, rows=data)


def set_cell(schema: StandardSchema, *, row: int, column: str, value: str) -> Callable[..., None]:
    """An edit putting ``value`` in spreadsheet row ``row`` (2 is the first data row)."""
    index = [c.name for c in schema.columns].index(column)

    def edit(_header: list[str], rows: list[list[str]]) -> None:
        rows[row - 2][index] = value

    return edit


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    return problems[0]


# ---------------------------------------------------------------------------------------
# 全国地方公共団体コード


def test_minato_city_check_digit_is_2() -> None:
    # given / when / then
    assert lg_code_check_digit("13103") == 2
    assert lg_code_is_valid("131032")


def test_known_codes_have_their_check_digits() -> None:
    # given Sapporo (011002), Utsunomiya (092011) and Chiyoda (131016)
    codes = ["011002", "092011", "131016"]

    # when
    valid = [lg_code_is_valid(code) for code in codes]

    # then
    assert valid == [True, True, True]


@given(prefix=st.text(alphabet="0123456789", min_size=5, max_size=5))
def test_each_prefix_has_exactly_one_check_digit(prefix: str) -> None:
    # given every possible last digit
    candidates = [f"{prefix}{digit}" for digit in range(10)]

    # when
    accepted = [code for code in candidates if lg_code_is_valid(code)]

    # then
    assert accepted == [f"{prefix}{lg_code_check_digit(prefix)}"]


def test_codes_of_the_wrong_shape_are_invalid() -> None:
    # given a 5-digit code, full-width digits, letters
    codes = ["13103", "１３１０３２", "13103a"]

    # when
    valid = [lg_code_is_valid(code) for code in codes]

    # then
    assert valid == [False, False, False]


def test_a_prefix_of_the_wrong_shape_is_refused() -> None:
    # given / when / then
    with pytest.raises(ValueError, match="5 digits"):
        lg_code_check_digit("1310")


# ---------------------------------------------------------------------------------------
# The registry


def test_the_registry_holds_the_five_required_standards_and_more() -> None:
    # given the lists the catalog must check
    names = {
        "公共施設一覧",
        "AED設置箇所一覧",
        "指定緊急避難場所一覧",
        "子育て施設一覧",
        "地域・年齢別人口",
    }

    # when
    registered = {schema.name for schema in SCHEMAS.values()}

    # then
    assert names <= registered
    assert all(code == schema.code and code.isascii() for code, schema in SCHEMAS.items())
    assert STANDARD_TAG == "自治体標準ODS"


@pytest.mark.parametrize("schema", SCHEMAS.values(), ids=SCHEMAS.keys())
def test_a_schema_has_unique_column_names_and_required_columns(schema: StandardSchema) -> None:
    # given / when
    names = [column.name for column in schema.columns]

    # then
    assert len(names) == len(set(names))
    assert schema.required_columns
    assert all(column.choices for column in schema.columns if column.kind == "enum")


def test_schema_get_finds_a_code_and_returns_none_for_others() -> None:
    # given / when / then
    assert schema_get("public_facilities") is PUBLIC_FACILITIES
    assert schema_get("") is None
    assert schema_get("no_such_standard") is None


def test_the_evacuation_site_definition_is_the_official_one() -> None:
    # given the 必須 columns of 指定緊急避難場所一覧 in the definition
    required = {"名称", "所在地_連結表記", "電話番号", "市区町村コード", "指定避難所との重複"}

    # when
    marked = {column.name for column in EVACUATION_SITES.required_columns}

    # then
    assert len(EVACUATION_SITES.columns) == 39
    assert required <= marked
    assert sum(name.startswith("災害種別_") for name in marked) == 8


# ---------------------------------------------------------------------------------------
# Valid files


@pytest.mark.parametrize("schema", SCHEMAS.values(), ids=SCHEMAS.keys())
def test_a_valid_file_of_each_standard_has_no_problems(schema: StandardSchema) -> None:
    # given / when
    problems = check(schema)

    # then
    assert problems == []


def test_a_file_with_only_the_required_columns_is_valid() -> None:
    # given the city hall, described with the required columns alone
    header = ["名称", "所在地_連結表記"]
    rows = [["港区役所", "東京都港区芝公園一丁目5-25"]]

    # when
    problems = validate(schema=PUBLIC_FACILITIES, header=header, rows=rows)

    # then
    assert problems == []


def test_empty_flags_are_allowed_in_required_flag_columns() -> None:
    # given a site that is not for floods: the definition writes an empty cell, not 0
    edit = set_cell(EVACUATION_SITES, row=2, column="災害種別_洪水", value="")

    # when
    problems = check(EVACUATION_SITES, edit)

    # then
    assert problems == []


def test_full_width_digits_count_as_digits() -> None:
    # given full-width digits in a number and a coordinate, and half-width kana untouched
    def edit(_header: list[str], rows: list[list[str]]) -> None:
        columns = [c.name for c in EVACUATION_SITES.columns]
        rows[0][columns.index("想定収容人数")] = "１２０"
        rows[0][columns.index("緯度")] = "３５．６５８０６８"
        rows[0][columns.index("市区町村コード")] = "１３１０３２"

    # when
    problems = check(EVACUATION_SITES, edit)

    # then
    assert problems == []


def test_headers_match_whatever_the_width_of_their_brackets() -> None:
    # given 建物名等（方書） written with full-width brackets, and a stray space
    def edit(header: list[str], _rows: list[list[str]]) -> None:
        header[header.index("建物名等(方書)")] = " 建物名等（方書）"

    # when
    problems = check(PUBLIC_FACILITIES, edit)

    # then
    assert problems == []


# ---------------------------------------------------------------------------------------
# Header problems


def test_a_missing_required_column_is_an_error_of_the_header() -> None:
    # given a file without 設置位置
    def edit(header: list[str], rows: list[list[str]]) -> None:
        index = header.index("設置位置")
        del header[index]
        for row in rows:
            del row[index]

    # when
    problem = only(check(AED_LOCATIONS, edit))

    # then
    assert (problem.row, problem.column, problem.code, problem.severity) == (
        None,
        "設置位置",
        "missing_column",
        "error",
    )
    assert problem.message == "The required column “設置位置” is missing from the header."


def test_an_unknown_column_is_a_warning() -> None:
    # given an extra column the standard does not define
    def edit(header: list[str], rows: list[list[str]]) -> None:
        header.append("駐車場台数")
        for row in rows:
            row.append("20")

    # when
    problem = only(check(PUBLIC_FACILITIES, edit))

    # then
    assert (problem.row, problem.column, problem.code, problem.severity) == (
        None,
        "駐車場台数",
        "unknown_column",
        "warning",
    )
    assert problem.params["standard"] == "公共施設一覧"


def test_a_duplicated_column_is_an_error() -> None:
    # given 名称 twice
    def edit(header: list[str], rows: list[list[str]]) -> None:
        header.append("名称")
        for row in rows:
            row.append("別名")

    # when
    problem = only(check(PUBLIC_FACILITIES, edit))

    # then
    assert (problem.column, problem.code, problem.severity) == ("名称", "duplicate_column", "error")


def test_a_column_without_a_name_is_a_warning() -> None:
    # given an empty header cell (a spreadsheet's stray column)
    def edit(header: list[str], rows: list[list[str]]) -> None:
        header.append("")
        for row in rows:
            row.append("")

    # when
    problem = only(check(PUBLIC_FACILITIES, edit))

    # then
    assert (problem.code, problem.severity, problem.params["position"]) == (
        "blank_column_name",
        "warning",
        len(PUBLIC_FACILITIES.columns) + 1,
    )


# ---------------------------------------------------------------------------------------
# Row problems: each with its row number and column


def test_an_empty_required_cell_is_an_error_of_its_row_and_column() -> None:
    # given an empty 名称 in the second data row (spreadsheet row 3)
    edit = set_cell(PUBLIC_FACILITIES, row=3, column="名称", value=" ")

    # when
    problem = only(check(PUBLIC_FACILITIES, edit))

    # then
    assert (problem.row, problem.column, problem.code) == (3, "名称", "required_empty")


def test_a_row_of_the_wrong_width_is_an_error_and_its_cells_are_not_checked() -> None:
    # given a fourth row (spreadsheet row 5) that lost its last cell, and a bad code in it
    def edit(_header: list[str], rows: list[list[str]]) -> None:
        rows[3] = ["bad-code", *rows[3][1:-1]]

    # when
    problem = only(check(PUBLIC_FACILITIES, edit, rows=4))

    # then
    assert (problem.row, problem.column, problem.code) == (5, None, "row_width")
    assert problem.params == {"found": 37, "expected": 38}


def test_blank_rows_are_skipped_but_counted() -> None:
    # given a blank line, then a row with a bad integer
    def edit(_header: list[str], rows: list[list[str]]) -> None:
        rows[0] = []
        rows[1][[c.name for c in EVACUATION_SITES.columns].index("想定収容人数")] = "約100"

    # when
    problem = only(check(EVACUATION_SITES, edit))

    # then the bad row is still the spreadsheet's row 3
    assert (problem.row, problem.code) == (3, "not_integer")


@pytest.mark.parametrize(
    ("schema", "column", "value", "code", "severity"),
    [
        (EVACUATION_SITES, "想定収容人数", "1,200", "not_integer", "error"),
        (EVACUATION_SITES, "標高", "12m", "not_decimal", "error"),
        (PUBLIC_TOILETS, "高度の値", "三", "not_decimal", "error"),
        (SCHEMAS["childcare_facilities"], "許可等年月日", "令和6年4月1日", "not_date", "error"),
        (SCHEMAS["childcare_facilities"], "許可等年月日", "2025-02-30", "not_date", "error"),
        (SCHEMAS["childcare_facilities"], "許可等年月日", "2025/4/1", "date_not_iso", "warning"),
        (PUBLIC_FACILITIES, "開始時間", "8時30分", "not_time", "error"),
        (PUBLIC_FACILITIES, "終了時間", "25:00", "not_time", "error"),
        (PUBLIC_FACILITIES, "開始時間", "8:30", "time_not_hhmm", "warning"),
        (PUBLIC_FACILITIES, "緯度", "北緯35度", "not_decimal", "error"),
        (PUBLIC_FACILITIES, "緯度", "135.6", "latitude_range", "error"),
        (PUBLIC_FACILITIES, "経度", "-190", "longitude_range", "error"),
        (PUBLIC_FACILITIES, "緯度", "51.5074", "outside_japan", "warning"),
        (PUBLIC_FACILITIES, "経度", "-0.1278", "outside_japan", "warning"),
        (PUBLIC_FACILITIES, "全国地方公共団体コード", "13103", "lg_code_format", "error"),
        (PUBLIC_FACILITIES, "全国地方公共団体コード", "131031", "lg_code_check_digit", "error"),
        (PUBLIC_FACILITIES, "電話番号", "3578-2111", "not_phone", "error"),
        (PUBLIC_FACILITIES, "電話番号", "03-3578-2111(内線1234)", "not_phone", "error"),
        (PUBLIC_FACILITIES, "URL", "www.city.minato.tokyo.jp", "not_url", "error"),
        (PUBLIC_FACILITIES, "URL", "ftp://example.jp/", "not_url", "error"),
        (AED_LOCATIONS, "小児対応設備の有無", "あり", "not_in_choices", "error"),
        (EVACUATION_SITES, "災害種別_地震", "○", "not_in_choices", "error"),
    ],
)
def test_a_bad_cell_is_found_at_its_row_and_column(
    schema: StandardSchema, column: str, value: str, code: str, severity: str
) -> None:
    # given the bad value in the third data row (spreadsheet row 4)
    edit = set_cell(schema, row=4, column=column, value=value)

    # when
    problem = only(check(schema, edit))

    # then
    assert (problem.row, problem.column, problem.code, problem.severity) == (
        4,
        column,
        code,
        severity,
    )
    assert problem.params["value"] == value
    assert value in problem.message


def test_the_check_digit_error_says_which_digit_is_right() -> None:
    # given Minato City's code with a wrong last digit
    edit = set_cell(PUBLIC_FACILITIES, row=2, column="全国地方公共団体コード", value="131039")

    # when
    problem = only(check(PUBLIC_FACILITIES, edit))

    # then
    assert problem.params["expected"] == 2
    assert "should end in 2" in problem.message


@pytest.mark.parametrize(
    "phone", ["03-3578-2111", "0335782111", "(03)3578-2111", "090-1234-5678", "0120-123-456",
              "+81-3-3578-2111", "０３－３５７８－２１１１"],
)  # fmt: skip
def test_japanese_telephone_numbers_are_accepted(phone: str) -> None:
    # given
    edit = set_cell(PUBLIC_FACILITIES, row=2, column="電話番号", value=phone)

    # when
    problems = check(PUBLIC_FACILITIES, edit)

    # then
    assert problems == []


def test_24_00_closes_a_day() -> None:
    # given a public toilet open all night
    edit = set_cell(PUBLIC_TOILETS, row=2, column="利用終了時間", value="24:00")

    # when
    problems = check(PUBLIC_TOILETS, edit)

    # then
    assert problems == []


def test_every_problem_code_has_a_message() -> None:
    # given / when
    problems = check(PUBLIC_FACILITIES, set_cell(PUBLIC_FACILITIES, row=2, column="URL", value="x"))

    # then
    assert {p.code for p in problems} <= set(PROBLEM_MESSAGES)
    assert problems[0].as_dict() == {
        "row": 2,
        "column": "URL",
        "code": "not_url",
        "severity": "error",
        "message": problems[0].message,
        "params": {"column": "URL", "value": "x"},
    }


def test_problems_stop_at_the_limit_with_a_last_warning() -> None:
    # given 50 rows each with a bad URL
    def edit(header: list[str], rows: list[list[str]]) -> None:
        for row in rows:
            row[header.index("URL")] = "x"

    # when
    problems = validate(
        schema=PUBLIC_FACILITIES,
        header=valid_csv(PUBLIC_FACILITIES)[0],
        rows=_edited_rows(PUBLIC_FACILITIES, edit, count=50),
        max_problems=10,
    )

    # then
    assert len(problems) == 10
    assert [p.row for p in problems[:9]] == list(range(2, 11))
    assert (problems[-1].code, problems[-1].severity) == ("too_many_problems", "warning")


def test_exactly_the_limit_needs_no_warning() -> None:
    # given 10 bad rows and a limit of 10
    def edit(header: list[str], rows: list[list[str]]) -> None:
        for row in rows:
            row[header.index("URL")] = "x"

    # when
    problems = validate(
        schema=PUBLIC_FACILITIES,
        header=valid_csv(PUBLIC_FACILITIES)[0],
        rows=_edited_rows(PUBLIC_FACILITIES, edit, count=10),
        max_problems=10,
    )

    # then
    assert [p.code for p in problems] == ["not_url"] * 10


def _edited_rows(
    schema: StandardSchema, edit: Callable[[list[str], list[list[str]]], None], *, count: int
) -> list[list[str]]:
    header, row = valid_csv(schema)
    rows = [list(row) for _ in range(count)]
    edit(header, rows)
    return rows


# ---------------------------------------------------------------------------------------
# A real-shaped upload, end to end


def test_a_cp932_file_decodes_and_validates() -> None:
    # given an AED list saved from Excel as Shift_JIS, with CRLF line ends
    header = ",".join(c.name for c in AED_LOCATIONS.columns)
    values = {
        "全国地方公共団体コード": "131032",
        "ID": "AED0001",
        "地方公共団体名": "東京都港区",
        "名称": "港区役所",
        "名称_カナ": "ミナトクヤクショ",
        "所在地_連結表記": "東京都港区芝公園一丁目5-25",
        "緯度": "35.658068",
        "経度": "139.751599",
        "設置位置": "1階 正面玄関横（①番窓口前）",
        "電話番号": "03-3578-2111",
        "開始時間": "08:30",
        "終了時間": "17:00",
        "小児対応設備の有無": "有",
    }
    row = ",".join(values.get(c.name, "") for c in AED_LOCATIONS.columns)
    data = f"{header}\r\n{row}\r\n".encode("cp932")

    # when
    text, encoding = decode_csv(data)
    header_read, rows = read_rows(text)
    problems = validate(schema=AED_LOCATIONS, header=header_read, rows=rows)

    # then
    assert encoding == "cp932"
    assert problems == []
    assert rows[0][[c.name for c in AED_LOCATIONS.columns].index("設置位置")].endswith("前）")


# ---------------------------------------------------------------------------------------
# Detecting the standard from a header


@pytest.mark.parametrize("schema", SCHEMAS.values(), ids=SCHEMAS.keys())
def test_the_standard_of_a_full_header_is_detected(schema: StandardSchema) -> None:
    # given
    header, _row = valid_csv(schema)

    # when
    detected = detect_schema(header)

    # then
    assert detected is schema


def test_the_standard_with_the_most_matching_columns_wins() -> None:
    # given an AED header: it also holds every required column of 公共施設一覧
    header = ["全国地方公共団体コード", "ID", "名称", "所在地_連結表記", "設置位置", "緯度", "経度"]

    # when
    detected = detect_schema(header)

    # then
    assert detected is AED_LOCATIONS


def test_no_standard_is_detected_for_an_unrelated_header() -> None:
    # given the old-style header of a homemade list
    header = ["施設名", "住所", "緯度", "経度", "収容人数"]

    # when
    detected = detect_schema(header)

    # then
    assert detected is None
