"""Standard open data sets for local governments (自治体標準オープンデータセット).

The Digital Agency (デジタル庁) defines, for each kind of list a municipality publishes, the
columns of its CSV, their format and whether each is required: 公共施設一覧, AED設置箇所一覧,
指定緊急避難場所一覧 and so on (formerly 推奨データセット; renamed and revised from 2023, the
「正式版」 with the 全国地方公共団体コード / ID / 地方公共団体名 head and the split address
columns 所在地_連結表記, 所在地_都道府県...). A file that follows the definition can be merged
with every other municipality's, which is the point of publishing it; so the catalog checks
an upload against its standard and says, row by row, what does not conform.

The definition books mark each column ◎ (必須, required), ○ (推奨, recommended) or blank
(任意, optional). Only ◎ is modelled, as ``Column.required``: a required column must be in
the header and its cells must be filled (except where the definition itself allows an empty
cell, as for the 災害種別_ flags of 指定緊急避難場所一覧, whose choices include "").

Where the definitions come from (see each schema's comment): 公衆トイレ一覧 and
指定緊急避難場所一覧 are transcribed from copies of the official definition (columns and
required marks); 地域・年齢別人口 has its column names from published files that follow it;
公共施設一覧, AED設置箇所一覧 and 子育て施設一覧 are reconstructions — the columns of the
earlier 推奨データセット definition of the same list, moved to the 正式版's common head,
address, contact and image columns — and their required marks are our best reading.

Pure Python; the problem messages are English and plain: callers translate by ``code``,
using ``params``.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
import urllib.parse
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

STANDARD_TAG = "自治体標準ODS"

ColumnKind = Literal[
    "text",
    "integer",
    "decimal",
    "date",
    "time",
    "latitude",
    "longitude",
    "lg_code",
    "phone",
    "url",
    "enum",
]
Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Column:
    """One column of a standard: its exact name, whether it is required (◎), and the kind of
    value its cells hold. ``choices`` lists the allowed values of an ``enum`` column."""

    name: str
    required: bool = False
    kind: ColumnKind = "text"
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class StandardSchema:
    """A standard data set: ``code`` is our ASCII slug, ``name`` the Digital Agency's title,
    ``tag`` the tag the dataset carries in catalogs (besides ``STANDARD_TAG``)."""

    code: str
    name: str
    tag: str
    columns: tuple[Column, ...]

    @property
    def required_columns(self) -> tuple[Column, ...]:
        return tuple(column for column in self.columns if column.required)

    def column(self, name: str) -> Column | None:
        """The column called ``name``, compared the way headers are (NFKC, trimmed)."""
        key = _name_key(name)
        return next((c for c in self.columns if _name_key(c.name) == key), None)


@dataclass(frozen=True)
class Problem:
    """One way an upload does not conform.

    ``row`` is the row number a spreadsheet shows (the header is row 1, so the first data row
    is 2), or ``None`` for a problem with the header. ``code`` and ``params`` are what a
    caller translates; ``message`` is the English text built from them.
    """

    row: int | None
    column: str | None
    code: str
    message: str
    severity: Severity = "error"
    params: Mapping[str, str | int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary, for storing with the resource."""
        return {
            "row": self.row,
            "column": self.column,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "params": dict(self.params),
        }


# The English message of each problem code; ``{column}`` and the other fields come from the
# problem's params.
PROBLEM_MESSAGES: dict[str, str] = {
    "missing_column": "The required column “{column}” is missing from the header.",
    "unknown_column": "The column “{column}” is not part of the standard “{standard}”.",
    "duplicate_column": "The column “{column}” appears more than once in the header.",
    "blank_column_name": "Column {position} of the header has no name.",
    "row_width": "This row has {found} cells; the header has {expected}.",
    "required_empty": "“{column}” is required but this cell is empty.",
    "not_integer": "“{value}” in “{column}” is not a whole number.",
    "not_decimal": "“{value}” in “{column}” is not a number.",
    "not_date": "“{value}” in “{column}” is not a date written as YYYY-MM-DD.",
    "date_not_iso": "The date “{value}” in “{column}” should be written as {expected}.",
    "not_time": "“{value}” in “{column}” is not a time written as hh:mm.",
    "time_not_hhmm": "The time “{value}” in “{column}” should be written as {expected}.",
    "latitude_range": "The latitude “{value}” in “{column}” is not between -90 and 90.",
    "longitude_range": "The longitude “{value}” in “{column}” is not between -180 and 180.",
    "outside_japan": "“{value}” in “{column}” lies outside Japan; are latitude and longitude "
    "swapped or mistyped?",
    "lg_code_format": "“{value}” in “{column}” is not a 6-digit local government code.",
    "lg_code_check_digit": "The local government code “{value}” in “{column}” has a wrong "
    "check digit; it should end in {expected}.",
    "not_phone": "“{value}” in “{column}” is not a Japanese telephone number.",
    "not_url": "“{value}” in “{column}” is not a web address starting with http:// or https://.",
    "not_in_choices": "“{value}” in “{column}” is not one of: {choices}.",
    "too_many_problems": "Checking stopped after {limit} problems; fix these and check again.",
}

_WARNINGS = frozenset(
    {
        "unknown_column",
        "blank_column_name",
        "date_not_iso",
        "time_not_hhmm",
        "outside_japan",
        "too_many_problems",
    }
)


def _problem(
    *, code: str, row: int | None = None, column: str | None = None, **params: str | int
) -> Problem:
    if column is not None:
        params = {"column": column, **params}
    return Problem(
        row=row,
        column=column,
        code=code,
        message=PROBLEM_MESSAGES[code].format(**params),
        severity="warning" if code in _WARNINGS else "error",
        params=params,
    )


# ---------------------------------------------------------------------------------------
# 全国地方公共団体コード (JIS X 0402 with its check digit)


def lg_code_check_digit(prefix: str) -> int:
    """The check digit of a 5-digit local government code prefix (JIS X 0402).

    The digits are weighted 6, 5, 4, 3, 2; the check digit is the last digit of 11 minus the
    remainder of the sum by 11. Minato City, 13103, gets 2: its code is 131032.
    """
    if len(prefix) != 5 or not prefix.isascii() or not prefix.isdigit():
        raise ValueError(f"A local government code prefix has 5 digits, not {prefix!r}.")
    remainder = sum(int(d) * w for d, w in zip(prefix, (6, 5, 4, 3, 2), strict=True)) % 11
    return (11 - remainder) % 10


def lg_code_is_valid(code: str) -> bool:
    """Whether ``code`` is six ASCII digits ending in the right check digit."""
    if len(code) != 6 or not code.isascii() or not code.isdigit():
        return False
    return lg_code_check_digit(code[:5]) == int(code[5])


# ---------------------------------------------------------------------------------------
# The schemas

_FLAG = ("1", "")  # 対応あり：1、対応なし：空文字
_YES_NO = ("有", "無")


def _head() -> tuple[Column, ...]:
    """全国地方公共団体コード, ID, 地方公共団体名: the first three columns of every 正式版 list."""
    return (
        Column("全国地方公共団体コード", kind="lg_code"),
        Column("ID"),
        Column("地方公共団体名"),
    )


def _address() -> tuple[Column, ...]:
    """The split address of the 正式版 (アドレス・ベース・レジストリ's 町字ID included).
    所在地_連結表記, the whole address in one cell, is the one every list requires."""
    return (
        Column("所在地_全国地方公共団体コード", kind="lg_code"),
        Column("町字ID"),
        Column("所在地_連結表記", required=True),
        Column("所在地_都道府県"),
        Column("所在地_市区町村"),
        Column("所在地_町字"),
        Column("所在地_番地以下"),
        Column("建物名等(方書)"),
    )


def _position() -> tuple[Column, ...]:
    return (Column("緯度", kind="latitude"), Column("経度", kind="longitude"))


def _height() -> tuple[Column, ...]:
    return (
        Column("高度の種別", kind="enum", choices=("階数", "標高", "地表高")),
        Column("高度の値", kind="decimal"),
    )


def _contact(*, phone_required: bool = False) -> tuple[Column, ...]:
    return (
        Column("電話番号", required=phone_required, kind="phone"),
        Column("内線番号"),
        Column("連絡先メールアドレス"),
        Column("連絡先FormURL", kind="url"),
        Column("連絡先備考（その他、SNSなど）"),
        Column("郵便番号"),
    )


def _hours() -> tuple[Column, ...]:
    return (
        Column("利用可能曜日"),
        Column("開始時間", kind="time"),
        Column("終了時間", kind="time"),
        Column("利用可能日時特記事項"),
    )


def _image() -> tuple[Column, ...]:
    return (Column("画像", kind="url"), Column("画像_ライセンス"))


# 公共施設一覧 — RECONSTRUCTED. The columns of the earlier 推奨データセット definition
# (名称, 名称_カナ, 名称_通称, POIコード, 住所, 方書, 緯度, 経度, 電話番号, 内線番号, 法人番号,
# 団体名, 利用可能曜日, 開始時間, 終了時間, 利用可能日時特記事項, 説明, バリアフリー情報, URL,
# 備考), as implemented by codeforjapan/OpenDataTools and several importers, moved to the
# 正式版's head, split address, height, contact and image columns; 名称_英字 as the 正式版
# files of the Tokyo wards carry it. Required: 名称 and 所在地_連結表記 (our reading).
PUBLIC_FACILITIES = StandardSchema(
    code="public_facilities",
    name="公共施設一覧",
    tag="公共施設",
    columns=(
        *_head(),
        Column("名称", required=True),
        Column("名称_カナ"),
        Column("名称_英字"),
        Column("名称_通称"),
        Column("POIコード"),
        *_address(),
        *_position(),
        *_height(),
        *_contact(),
        Column("法人番号"),
        Column("団体名"),
        *_hours(),
        Column("説明"),
        Column("バリアフリー情報"),
        Column("URL", kind="url"),
        *_image(),
        Column("備考"),
    ),
)

# AED設置箇所一覧 — RECONSTRUCTED. Columns of the earlier definition (名称, 名称_カナ, 住所, 方書,
# 緯度, 経度, 設置位置, 電話番号, 内線番号, 法人番号, 団体名, 利用可能曜日, 開始時間, 終了時間,
# 利用可能日時特記事項, 小児対応設備の有無 (有/無), URL, 備考; required there: 名称, 名称_カナ,
# 住所, 設置位置) moved to the 正式版 layout that importers of 正式版 AED files read
# (名称_英字, 所在地_連結表記..., 高度の種別, 高度の値, 連絡先...). Required: 名称,
# 所在地_連結表記 and 設置位置, as 公衆トイレ一覧 (an installation in a facility, like an AED)
# marks them ◎ in the 正式版.
AED_LOCATIONS = StandardSchema(
    code="aed_locations",
    name="AED設置箇所一覧",
    tag="AED",
    columns=(
        *_head(),
        Column("名称", required=True),
        Column("名称_カナ"),
        Column("名称_英字"),
        *_address(),
        *_position(),
        *_height(),
        Column("設置位置", required=True),
        *_contact(),
        Column("法人番号"),
        Column("団体名"),
        *_hours(),
        Column("小児対応設備の有無", kind="enum", choices=_YES_NO),
        *_image(),
        Column("URL", kind="url"),
        Column("備考"),
    ),
)

# 指定緊急避難場所一覧 — FROM THE DEFINITION: the 39 columns in the definition's order and
# their 掲載区分 (必須/推奨/任意) as transcribed in open source code that implements the
# 正式版 (an "opendata bridge" EmergencyEvacuationSiteRequestBody, and the same header in a
# Tsukuba converter and a Kumamoto loader). 必須: 名称, 所在地_連結表記, 電話番号,
# 市区町村コード, the eight 災害種別_ flags and 指定避難所との重複 (flags are "1" or empty).
EVACUATION_SITES = StandardSchema(
    code="evacuation_sites",
    name="指定緊急避難場所一覧",
    tag="指定緊急避難場所",
    columns=(
        Column("全国地方公共団体コード", kind="lg_code"),
        Column("ID"),
        Column("名称", required=True),
        Column("名称_カナ"),
        Column("名称_英字"),
        *_address(),
        *_position(),
        Column("標高", kind="decimal"),
        *_contact(phone_required=True),
        Column("市区町村コード", required=True, kind="lg_code"),
        Column("地方公共団体名"),
        Column("災害種別_洪水", required=True, kind="enum", choices=_FLAG),
        Column("災害種別_崖崩れ、土石流及び地滑り", required=True, kind="enum", choices=_FLAG),
        Column("災害種別_高潮", required=True, kind="enum", choices=_FLAG),
        Column("災害種別_地震", required=True, kind="enum", choices=_FLAG),
        Column("災害種別_津波", required=True, kind="enum", choices=_FLAG),
        Column("災害種別_大規模な火事", required=True, kind="enum", choices=_FLAG),
        Column("災害種別_内水氾濫", required=True, kind="enum", choices=_FLAG),
        Column("災害種別_火山現象", required=True, kind="enum", choices=_FLAG),
        Column("指定避難所との重複", required=True, kind="enum", choices=_FLAG),
        Column("想定収容人数", kind="integer"),
        Column("対象となる町会・自治会"),
        Column("URL", kind="url"),
        *_image(),
        Column("備考"),
    ),
)

# 子育て施設一覧 — RECONSTRUCTED. Columns of the earlier definition (名称, 名称_カナ, 種別,
# 住所, 方書, 緯度, 経度, アクセス方法, 駐車場情報, 電話番号, 内線番号, FAX番号, 法人番号, 団体名,
# 許可等年月日, 収容定員, 受入年齢, 利用可能曜日, 開始時間, 終了時間, 利用可能日時特記事項,
# 一時預かりの有無, URL, 備考) in the order a published 正式版 file (Kumamoto City) keeps
# them. Required: 名称, 種別 and 所在地_連結表記 (our reading).
CHILDCARE_FACILITIES = StandardSchema(
    code="childcare_facilities",
    name="子育て施設一覧",
    tag="子育て施設",
    columns=(
        *_head(),
        Column("名称", required=True),
        Column("名称_カナ"),
        Column("名称_英字"),
        Column("種別", required=True),
        *_address(),
        *_position(),
        *_height(),
        Column("アクセス方法"),
        Column("駐車場情報"),
        Column("電話番号", kind="phone"),
        Column("内線番号"),
        Column("FAX番号", kind="phone"),
        Column("連絡先メールアドレス"),
        Column("連絡先FormURL", kind="url"),
        Column("連絡先備考（その他、SNSなど）"),
        Column("郵便番号"),
        Column("法人番号"),
        Column("団体名"),
        Column("許可等年月日", kind="date"),
        Column("収容定員", kind="integer"),
        Column("受入年齢"),
        *_hours(),
        Column("一時預かりの有無", kind="enum", choices=_YES_NO),
        Column("URL", kind="url"),
        *_image(),
        Column("備考"),
    ),
)

AGE_BANDS: tuple[str, ...] = (*(f"{a}-{a + 4}歳" for a in range(0, 85, 5)), "85歳以上")

# 地域・年齢別人口 — COLUMN NAMES FROM PUBLISHED FILES that follow the 正式版 (importers keyed on
# 全国地方公共団体コード, 地域コード, 地方公共団体名, 調査年月日, 地域名, 総人口, 男性, 女性,
# "0-4歳の男性"... "85歳以上の女性", 世帯数, 備考). The required marks are RECONSTRUCTED: who,
# when, where and how many.
POPULATION_BY_AREA_AGE = StandardSchema(
    code="population_by_area_age",
    name="地域・年齢別人口",
    tag="人口",
    columns=(
        Column("全国地方公共団体コード", required=True, kind="lg_code"),
        Column("地域コード"),
        Column("地方公共団体名"),
        Column("調査年月日", required=True, kind="date"),
        Column("地域名", required=True),
        Column("総人口", required=True, kind="integer"),
        Column("男性", required=True, kind="integer"),
        Column("女性", required=True, kind="integer"),
        *(
            Column(f"{band}の{sex}", kind="integer")
            for band in AGE_BANDS
            for sex in ("男性", "女性")
        ),
        Column("世帯数", kind="integer"),
        Column("備考"),
    ),
)

# 公衆トイレ一覧 — FROM THE DEFINITION: columns, order and ◎ marks as extracted from the
# Digital Agency's 正式版 definition into tsunagu-bosai/open-infra-japan
# (schema/standard/public-toilet/schema.csv). ◎: 名称, 所在地_連結表記, 設置位置. Note this
# list's 名称_英語 and 利用可能時間特記事項, spelt so in the definition.
PUBLIC_TOILETS = StandardSchema(
    code="public_toilets",
    name="公衆トイレ一覧",
    tag="公衆トイレ",
    columns=(
        *_head(),
        Column("名称", required=True),
        Column("名称_カナ"),
        Column("名称_英語"),
        *_address(),
        Column("設置位置", required=True),
        *_position(),
        *_height(),
        Column("男性トイレ総数", kind="integer"),
        Column("男性トイレ数（小便器）", kind="integer"),
        Column("男性トイレ数（和式）", kind="integer"),
        Column("男性トイレ数（洋式）", kind="integer"),
        Column("女性トイレ総数", kind="integer"),
        Column("女性トイレ数（和式）", kind="integer"),
        Column("女性トイレ数（洋式）", kind="integer"),
        Column("男女共用トイレ総数", kind="integer"),
        Column("男女共用トイレ数（和式）", kind="integer"),
        Column("男女共用トイレ数（洋式）", kind="integer"),
        Column("バリアフリートイレ数", kind="integer"),
        Column("車椅子使用者用トイレ有無", kind="enum", choices=_YES_NO),
        Column("乳幼児用設備設置トイレ有無", kind="enum", choices=_YES_NO),
        Column("オストメイト設置トイレ有無", kind="enum", choices=_YES_NO),
        Column("利用開始時間", kind="time"),
        Column("利用終了時間", kind="time"),
        Column("利用可能時間特記事項"),
        *_image(),
        Column("備考"),
    ),
)

SCHEMAS: dict[str, StandardSchema] = {
    schema.code: schema
    for schema in (
        PUBLIC_FACILITIES,
        AED_LOCATIONS,
        EVACUATION_SITES,
        CHILDCARE_FACILITIES,
        POPULATION_BY_AREA_AGE,
        PUBLIC_TOILETS,
    )
}


def schema_get(code: str) -> StandardSchema | None:
    """The standard with this code, or ``None`` (a dataset's ``standard`` is often blank)."""
    return SCHEMAS.get(code)


def _name_key(name: str) -> str:
    """How header names are compared: NFKC (so （） and () match), trimmed."""
    return unicodedata.normalize("NFKC", name).strip()


def detect_schema(header: list[str]) -> StandardSchema | None:
    """The standard a file's header follows: among the standards whose required columns are
    all present, the one that recognises most of the header (ties: the more specific one,
    with more required columns). ``None`` when none fits, or when the best recognises fewer
    than three columns — two common names such as 名称 and 所在地_連結表記 are no evidence."""
    keys = {_name_key(name) for name in header if name.strip()}
    best: tuple[int, int] | None = None
    found: StandardSchema | None = None
    for schema in SCHEMAS.values():
        names = {_name_key(column.name) for column in schema.columns}
        required = {_name_key(column.name) for column in schema.required_columns}
        if not required <= keys:
            continue
        score = (len(keys & names), len(required))
        if score[0] >= 3 and (best is None or score > best):
            best, found = score, schema
    return found


# ---------------------------------------------------------------------------------------
# Validation

_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_LOOSE_DATE = re.compile(r"(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_PHONE_SEPARATORS = re.compile(r"[-‐‑−() ]")
_ASCII_DIGITS = re.compile(r"\d+", re.ASCII)

# Roughly Japan: Okinotorishima (20.4°N) to Etorofu (45.6°N), Yonaguni (122.9°E) to
# Minamitorishima (154.0°E).
_JAPAN_LATITUDE = (20.0, 46.0)
_JAPAN_LONGITUDE = (122.0, 154.0)


def _is_decimal(value: str) -> bool:
    return _DECIMAL.fullmatch(value) is not None


def _valid_date(year: str, month: str, day: str) -> bool:
    try:
        datetime.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def _valid_time(hours: int, minutes: int, seconds: int) -> bool:
    if hours == 24:  # 24:00 closes a day that runs to midnight
        return minutes == 0 and seconds == 0
    return hours < 24 and minutes < 60 and seconds < 60


def _is_phone(value: str) -> bool:
    """Japanese shape: 10 or 11 digits starting with 0 (03-3578-2111, 090-..., 0120-...,
    (03)3578-2111), or +81 and the number without its leading 0."""
    if value.startswith("+81"):
        digits = _PHONE_SEPARATORS.sub("", value[3:])
        return _ASCII_DIGITS.fullmatch(digits) is not None and len(digits) in (9, 10)
    digits = _PHONE_SEPARATORS.sub("", value)
    return (
        _ASCII_DIGITS.fullmatch(digits) is not None
        and len(digits) in (10, 11)
        and digits.startswith("0")
    )


def _is_url(value: str) -> bool:
    if any(ch.isspace() for ch in value):
        return False
    parts = urllib.parse.urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _check_cell(*, column: Column, name: str, row: int, value: str) -> Iterable[Problem]:
    """The problems of one non-empty cell, already NFKC-normalised and trimmed."""
    kind = column.kind
    if kind == "integer":
        if not _INTEGER.fullmatch(value):
            yield _problem(code="not_integer", row=row, column=name, value=value)
    elif kind == "decimal":
        if not _is_decimal(value):
            yield _problem(code="not_decimal", row=row, column=name, value=value)
    elif kind in ("latitude", "longitude"):
        if not _is_decimal(value):
            yield _problem(code="not_decimal", row=row, column=name, value=value)
            return
        number = float(value)
        limit, (low, high) = (
            (90.0, _JAPAN_LATITUDE) if kind == "latitude" else (180.0, _JAPAN_LONGITUDE)
        )
        if not -limit <= number <= limit:
            yield _problem(code=f"{kind}_range", row=row, column=name, value=value)
        elif not low <= number <= high:
            yield _problem(code="outside_japan", row=row, column=name, value=value)
    elif kind == "date":
        if match := _ISO_DATE.fullmatch(value):
            if not _valid_date(*match.groups()):
                yield _problem(code="not_date", row=row, column=name, value=value)
        elif (match := _LOOSE_DATE.fullmatch(value)) and _valid_date(*match.groups()):
            yield _problem(
                code="date_not_iso", row=row, column=name, value=value, expected="YYYY-MM-DD"
            )
        else:
            yield _problem(code="not_date", row=row, column=name, value=value)
    elif kind == "time":
        match = _TIME.fullmatch(value)
        if match is None or not _valid_time(int(match[1]), int(match[2]), int(match[3] or 0)):
            yield _problem(code="not_time", row=row, column=name, value=value)
        elif len(match[1]) == 1:
            yield _problem(
                code="time_not_hhmm", row=row, column=name, value=value, expected="hh:mm"
            )
    elif kind == "lg_code":
        if len(value) != 6 or not value.isascii() or not value.isdigit():
            yield _problem(code="lg_code_format", row=row, column=name, value=value)
        elif not lg_code_is_valid(value):
            yield _problem(
                code="lg_code_check_digit",
                row=row,
                column=name,
                value=value,
                expected=lg_code_check_digit(value[:5]),
            )
    elif kind == "phone":
        if not _is_phone(value):
            yield _problem(code="not_phone", row=row, column=name, value=value)
    elif kind == "url":
        if not _is_url(value):
            yield _problem(code="not_url", row=row, column=name, value=value)
    elif kind == "enum" and value not in column.choices:
        choices = ", ".join(f"“{c}”" if c else "(empty)" for c in column.choices)
        yield _problem(code="not_in_choices", row=row, column=name, value=value, choices=choices)


def _validate(
    *, schema: StandardSchema, header: list[str], rows: list[list[str]]
) -> Iterable[Problem]:
    columns: list[Column | None] = []
    seen: set[str] = set()
    for position, name in enumerate(header, start=1):
        key = _name_key(name)
        column = schema.column(name) if key else None
        if not key:
            yield _problem(code="blank_column_name", position=position)
        elif key in seen:
            yield _problem(code="duplicate_column", column=name)
            column = None  # the first of the two is the one checked
        elif column is None:
            yield _problem(code="unknown_column", column=name, standard=schema.name)
        seen.add(key)
        columns.append(column)
    for required in schema.required_columns:
        if _name_key(required.name) not in seen:
            yield _problem(code="missing_column", column=required.name)

    for index, cells in enumerate(rows):
        row = index + 2
        if not any(cell.strip() for cell in cells):
            continue  # a blank line: nothing to publish, nothing to report
        if len(cells) != len(header):
            yield _problem(code="row_width", row=row, found=len(cells), expected=len(header))
            continue  # the cells may be shifted; checking them would only add noise
        for name, column, cell in zip(header, columns, cells, strict=True):
            if column is None:
                continue
            value = unicodedata.normalize("NFKC", cell).strip()
            if not value:
                if column.required and "" not in column.choices:
                    yield _problem(code="required_empty", row=row, column=name)
                continue
            yield from _check_cell(column=column, name=name, row=row, value=value)


def validate(
    *,
    schema: StandardSchema,
    header: list[str],
    rows: list[list[str]],
    max_problems: int = 200,
) -> list[Problem]:
    """What in a file does not conform to ``schema``, header problems first, then row by row.

    Errors: a required column missing or duplicated, a row of the wrong width, an empty
    required cell, a value of the wrong kind (numbers, dates YYYY-MM-DD, times hh:mm,
    coordinates, 6-digit local government codes with their check digit, Japanese telephone
    numbers, http(s) addresses, listed choices). Warnings: columns the standard does not
    define, dates and times in a near-miss format, coordinates outside Japan. Cells are
    NFKC-normalised first, so full-width digits count as digits.

    At most ``max_problems`` problems are returned; when there were more, the last one is a
    ``too_many_problems`` warning.
    """
    if max_problems < 1:
        raise ValueError("max_problems must be at least 1.")
    problems: list[Problem] = []
    for problem in _validate(schema=schema, header=header, rows=rows):
        if len(problems) == max_problems:
            problems[-1] = _problem(code="too_many_problems", limit=max_problems - 1)
            break
        problems.append(problem)
    return problems
