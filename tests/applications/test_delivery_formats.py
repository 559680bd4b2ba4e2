"""Tests for delivery wire formats: signatures, the retry schedule and CSV for Excel."""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
from datetime import date, datetime, time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from madoguchi.applications.delivery_formats import (
    GETA,
    MAX_ATTEMPTS,
    backoff_seconds,
    csv_bytes,
    encode_cp932,
    is_exhausted,
    sign,
    verify,
)

SECRET = "whsec_madoguchi_test"
BODY = b'{"application":"A-2024-000123","status":"submitted"}'
T = 1_700_000_000
# Computed once with `openssl dgst -sha256 -hmac whsec_madoguchi_test` over "1700000000." + BODY.
KNOWN_HEADER = "t=1700000000,v1=efff0ff6a9f05501f80e323f0ce28bcfb918ede8b02a8e8f046b649d9c3a40be"


def parse(data: bytes, encoding: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode(encoding), newline="")))


# --------------------------------------------------------------------------------------------
# sign / verify
# --------------------------------------------------------------------------------------------


def test_sign_matches_a_fixed_known_answer() -> None:
    # given a body, secret and timestamp whose HMAC was computed once with openssl
    # when signing
    header = sign(BODY, SECRET, T)

    # then the header is byte-for-byte the known value
    assert header == KNOWN_HEADER


def test_sign_matches_an_independent_hmac_computation() -> None:
    # given the documented construction: HMAC-SHA256 over "<t>." + body
    body = "住民票の写し".encode()
    expected = hmac.new(b"s3cret", b"42." + body, hashlib.sha256).hexdigest()

    # when signing
    header = sign(body, "s3cret", 42)

    # then the module agrees
    assert header == f"t=42,v1={expected}"


def test_verify_accepts_the_known_header_within_tolerance() -> None:
    # given the known header, received 299 seconds later
    # when verifying
    ok = verify(BODY, KNOWN_HEADER, SECRET, now=T + 299)

    # then it is valid
    assert ok is True


@pytest.mark.parametrize(
    ("body", "secret", "now"),
    [
        pytest.param(BODY + b" ", SECRET, T, id="tampered-body"),
        pytest.param(BODY.replace(b"submitted", b"withdrawn"), SECRET, T, id="changed-status"),
        pytest.param(BODY, "whsec_other", T, id="wrong-secret"),
        pytest.param(BODY, "", T, id="empty-secret"),
        pytest.param(BODY, SECRET, T + 301, id="too-old"),
        pytest.param(BODY, SECRET, T - 301, id="from-the-future"),
    ],
)
def test_verify_rejects_tampering_wrong_secret_and_replays(
    body: bytes, secret: str, now: int
) -> None:
    # given the known header and one thing that differs from when it was signed
    # when verifying
    ok = verify(body, KNOWN_HEADER, secret, now=now)

    # then it is refused
    assert ok is False


def test_tolerance_boundary_is_inclusive_and_configurable() -> None:
    # given the known header
    # when verifying exactly at the tolerance and with a tighter one
    at_edge = verify(BODY, KNOWN_HEADER, SECRET, now=T + 300)
    tight = verify(BODY, KNOWN_HEADER, SECRET, now=T + 61, tolerance=60)

    # then the edge passes and the tighter window refuses
    assert (at_edge, tight) == (True, False)


def test_verify_refuses_a_timestamp_swapped_into_a_valid_signature() -> None:
    # given a captured header whose timestamp an attacker refreshed to now
    digest = KNOWN_HEADER.split("v1=")[1]
    replayed = f"t={T + 3600},v1={digest}"

    # when verifying an hour later
    ok = verify(BODY, replayed, SECRET, now=T + 3600)

    # then the signature no longer matches
    assert ok is False


@pytest.mark.parametrize(
    "header",
    [
        "",
        "garbage",
        "t=1700000000",
        "v1=" + "0" * 64,
        "t=abc,v1=" + "0" * 64,
        "t=-1700000000,v1=" + "0" * 64,
        "t=１７００００００００,v1=efff0ff6a9f05501f80e323f0ce28bcfb918ede8b02a8e8f046b649d9c3a40be",
        "t=1700000000,t=1700000000,v1=efff0ff6a9f05501f80e323f0ce28bcfb918ede8b02a8e8f046b649d9c3a40be",
        "t=1700000000,v1=ÉFFF0ff6a9f05501f80e323f0ce28bcfb918ede8b02a8e8f046b649d9c3a40be",
        "t=1700000000,v1=EFFF0FF6A9F05501F80E323F0CE28BCFB918EDE8B02A8E8F046B649D9C3A40BE",
        "t=1700000000,v1=efff0ff6",
        "t=1700000000;v1=efff0ff6a9f05501f80e323f0ce28bcfb918ede8b02a8e8f046b649d9c3a40be",
        "t=1700000000,v1=efff0ff6a9f05501f80e323f0ce28bcfb918ede8b02a8e8f046b649d9c3a40be,"
        + "x" * 3000,
    ],
)
def test_verify_returns_false_for_malformed_headers(header: str) -> None:
    # given a malformed or non-canonical header
    # when verifying it
    ok = verify(BODY, header, SECRET, now=T)

    # then it is refused without an exception
    assert ok is False


def test_verify_accepts_any_of_several_signatures_for_secret_rotation() -> None:
    # given a header signed with an old and the new secret
    old = sign(BODY, "old-secret", T).split(",")[1]
    header = f"{KNOWN_HEADER},{old}"

    # when verifying with either secret
    results = (
        verify(BODY, header, SECRET, now=T),
        verify(BODY, header, "old-secret", now=T),
        verify(BODY, header, "third-secret", now=T),
    )

    # then either of the signing secrets verifies, no other
    assert results == (True, True, False)


@pytest.mark.parametrize(("secret", "timestamp"), [("", T), (SECRET, -1)])
def test_sign_refuses_an_empty_secret_or_negative_time(secret: str, timestamp: int) -> None:
    # given a misconfigured secret or clock / when signing / then it is a loud error
    with pytest.raises(ValueError):
        sign(BODY, secret, timestamp)


@given(
    body=st.binary(max_size=4096),
    secret=st.text(min_size=1, max_size=64),
    timestamp=st.integers(min_value=0, max_value=2**40),
    delay=st.integers(min_value=-300, max_value=300),
)
def test_sign_then_verify_round_trips(body: bytes, secret: str, timestamp: int, delay: int) -> None:
    # given any body and secret, signed at some time
    header = sign(body, secret, timestamp)

    # when verifying within the tolerance
    ok = verify(body, header, secret, now=timestamp + delay)

    # then the signature holds
    assert ok is True


@given(header=st.text(max_size=300), body=st.binary(max_size=64))
def test_verify_never_raises_on_arbitrary_headers(header: str, body: bytes) -> None:
    # given an arbitrary header string
    # when verifying it
    ok = verify(body, header, SECRET, now=T)

    # then the answer is a plain False (random text is never a valid signature)
    assert ok is False


# --------------------------------------------------------------------------------------------
# Retry schedule
# --------------------------------------------------------------------------------------------


def test_backoff_doubles_from_thirty_seconds() -> None:
    # given the default schedule
    # when asking for the first retries
    delays = [backoff_seconds(n) for n in range(1, MAX_ATTEMPTS)]

    # then it is 30 s, 1 min, 2 min, … doubling
    assert delays == [30, 60, 120, 240, 480, 960, 1920]


def test_backoff_is_capped_even_for_absurd_attempt_numbers() -> None:
    # given attempt numbers far past the cap
    # when asking for their delays
    delays = [backoff_seconds(n) for n in (11, 12, 50, 10**9)]

    # then every one is the six-hour cap (and computing it is instant)
    assert delays == [6 * 3600] * 4


@given(
    attempt=st.integers(min_value=1, max_value=10_000),
    base=st.integers(min_value=0, max_value=3600),
    factor=st.integers(min_value=1, max_value=10),
    cap=st.integers(min_value=0, max_value=7 * 24 * 3600),
)
def test_backoff_is_monotonic_capped_and_matches_the_formula(
    attempt: int, base: int, factor: int, cap: int
) -> None:
    # given any schedule parameters
    # when computing consecutive delays
    this = backoff_seconds(attempt, base=base, factor=factor, cap=cap)
    after = backoff_seconds(attempt + 1, base=base, factor=factor, cap=cap)

    # then delays never shrink, never exceed the cap, and follow base*factor**(n-1) below it
    assert this <= after <= cap
    if attempt <= 40:
        assert this == min(base * factor ** (attempt - 1), cap)


@pytest.mark.parametrize("kwargs", [{"attempt": 0}, {"attempt": 1, "factor": 0}])
def test_backoff_rejects_nonsense(kwargs: dict[str, int]) -> None:
    # given a 0th attempt or a shrinking factor / when computing / then it is an error
    with pytest.raises(ValueError):
        backoff_seconds(**kwargs)


def test_exhaustion_after_max_attempts() -> None:
    # given attempt counts around the maximum
    # when asking whether retries are exhausted
    flags = [is_exhausted(n) for n in (0, 1, MAX_ATTEMPTS - 1, MAX_ATTEMPTS, MAX_ATTEMPTS + 1)]

    # then only at and after the maximum
    assert MAX_ATTEMPTS == 8
    assert flags == [False, False, False, True, True]


# --------------------------------------------------------------------------------------------
# CSV
# --------------------------------------------------------------------------------------------

HEADER = ["受付番号", "氏名", "金額"]


def test_utf8_csv_has_bom_and_crlf_and_round_trips() -> None:
    # given rows with commas, quotes and a line break inside cells
    rows = [["A-1", '山田 "太郎", 様', 1200], ["A-2", "複数行\n住所", 0]]

    # when writing UTF-8 CSV
    data = csv_bytes(HEADER, rows, encoding="utf-8-sig")

    # then Excel sees a BOM, CRLF record ends, and a CSV reader gets the cells back
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"\r\n")
    assert data.count(b"\r\n") == 3
    assert parse(data, "utf-8-sig") == [
        HEADER,
        ["A-1", '山田 "太郎", 様', "1200"],
        ["A-2", "複数行\n住所", "0"],
    ]


def test_cp932_csv_has_no_bom_and_keeps_cp932_only_characters() -> None:
    # given names with 髙 (a cp932 extension kanji), ～ and ①
    rows = [["A-1", "髙橋①", "9:00～17:00"]]

    # when writing cp932 CSV
    data = csv_bytes(HEADER, rows, encoding="cp932")

    # then there is no BOM and those characters survive a round trip
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"\r\n")
    assert parse(data, "cp932") == [HEADER, ["A-1", "髙橋①", "9:00～17:00"]]


def test_cp932_csv_replaces_unencodable_characters_with_geta() -> None:
    # given an emoji and 𠮷 (a kanji outside cp932)
    rows = [["A-1", "𠮷田さん😀", 1]]

    # when writing cp932 CSV
    data = csv_bytes(HEADER, rows, encoding="cp932")

    # then nothing raises and each becomes 〓
    assert parse(data, "cp932")[1] == ["A-1", "〓田さん〓", "1"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        (True, "はい"),
        (False, "いいえ"),
        (date(2024, 4, 1), "2024-04-01"),
        (datetime(2024, 4, 1, 9, 30), "2024-04-01 09:30:00"),
        (time(9, 30), "09:30:00"),
        (Decimal("1234.50"), "1234.50"),
        (Decimal("-500"), "-500"),
        (-3, "-3"),
        (["住民票", "戸籍謄本"], "住民票、戸籍謄本"),
        ({"部数": 2, "郵送": True}, "部数=2 郵送=はい"),
        ("  そのまま  ", "  そのまま  "),
    ],
)
def test_values_are_converted_for_reading(value: object, expected: str) -> None:
    # given one value of each supported type
    # when writing it as a cell
    data = csv_bytes(["v"], [[value]], encoding="utf-8-sig")

    # then the cell reads as expected (negative numbers are not treated as formulas)
    assert parse(data, "utf-8-sig")[1] == [expected]


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://x")', "+81-3-1234", "-2+3", "@SUM(A1)", "\tx", "\rx", "=1+1"],
)
def test_formula_injection_is_defused(text: str) -> None:
    # given a resident's text that Excel would evaluate
    # when writing it as a cell
    data = csv_bytes(["v"], [[text]], encoding="utf-8-sig")

    # then it gains a leading apostrophe
    assert parse(data, "utf-8-sig")[1] == ["'" + text]


def test_formula_guard_also_covers_headers_and_joined_values() -> None:
    # given a header and a list and mapping whose text starts with a trigger
    rows = [[["=cmd", "x"], {"@a": 1}]]

    # when writing the CSV
    data = csv_bytes(["=title", "ok"], rows, encoding="utf-8-sig")

    # then every such cell is defused
    assert parse(data, "utf-8-sig") == [["'=title", "ok"], ["'=cmd、x", "'@a=1"]]


def test_encode_cp932_counts_replacements_and_normalises_wave_dash() -> None:
    # given text with a WAVE DASH, an EM DASH, two emoji and a lone surrogate
    text = "10〜12時—😀😀\udcff"

    # when encoding it
    encoded, replaced = encode_cp932(text)

    # then the dashes become their Windows forms and the rest are counted as 〓
    assert replaced == 3
    assert encoded.decode("cp932") == "10～12時―" + GETA * 3


def test_encode_cp932_of_plain_text_replaces_nothing() -> None:
    # given text entirely within cp932 / when encoding it
    encoded, replaced = encode_cp932("髙橋 ① ～ － ∥ ｱｲｳ")

    # then nothing is replaced and the bytes are Python's cp932
    assert replaced == 0
    assert encoded == "髙橋 ① ～ － ∥ ｱｲｳ".encode("cp932")


@given(st.text(max_size=200))
def test_encode_cp932_never_raises_and_counts_every_geta(text: str) -> None:
    # given arbitrary text (surrogates included)
    # when encoding it
    encoded, replaced = encode_cp932(text)

    # then the decoded text has one 〓 per replacement beyond those already there
    decoded = encoded.decode("cp932")
    assert decoded.count(GETA) == text.count(GETA) + replaced
    assert 0 <= replaced <= len(text)


@given(
    st.lists(
        st.lists(
            st.one_of(st.text(max_size=30), st.integers(), st.none(), st.booleans()),
            min_size=2,
            max_size=2,
        ),
        max_size=10,
    ),
    st.sampled_from(["utf-8-sig", "cp932"]),
)
def test_csv_always_parses_back_into_the_same_shape(
    rows: list[list[object]], encoding: str
) -> None:
    # given arbitrary rows of text, numbers, None and booleans
    # when writing the CSV in either encoding
    data = csv_bytes(["a", "b"], rows, encoding="cp932" if encoding == "cp932" else "utf-8-sig")

    # then a CSV reader recovers one record per row, each with two cells
    parsed = parse(data, encoding)
    assert len(parsed) == len(rows) + 1
    assert all(len(record) == 2 for record in parsed)
