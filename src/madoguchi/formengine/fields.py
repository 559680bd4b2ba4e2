"""Field types for application forms defined as data.

Procedures describe their forms in JSON; each field names a type from :data:`FIELD_TYPES` and a
``spec`` (``required``, ``max_length``, ``min``, ``max``, ``choices`` …). The web layer hands this
module exactly what the resident typed (strings from an HTML form) and gets back either a clean
Python value or a :class:`FieldError`.

This module is deliberately pure Python (no Django): the rules for what a valid postal code or My
Number is belong to the domain, must be testable without a database, and will be reused by the
API and by batch imports. Error messages are plain English ``%``-format templates plus ``params``
so the web layer can pass the template through gettext and interpolate afterwards, as Django's own
``ValidationError`` does.

Residents type on phones and PCs with Japanese IMEs, so every type accepts full-width digits and
letters (folded with NFKC) and the usual dash look-alikes rather than rejecting what an IME
produced.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar, TypeVar

from madoguchi.core.wareki import format_japanese_date, parse_wareki

__all__ = [
    "FIELD_TYPES",
    "PREFECTURES",
    "FieldError",
    "FieldType",
    "RawValue",
    "my_number_check_digit",
    "register",
    "to_bank_kana",
    "to_katakana",
]

RawValue = str | Sequence[str] | Mapping[str, str]
"""What the web layer passes in: one string, the list of a multi-valued input, or for compound
types (bank account, address) a mapping of sub-input name to string."""

Spec = Mapping[str, Any]

MAX_RAW_LENGTH = 10_000
"""Hard cap on any single input, before any parsing: no legitimate form value is longer, and it
keeps NFKC, regexes and ``Decimal`` away from megabyte-sized hostile inputs."""


class FieldError(ValueError):
    """A resident-facing validation error.

    ``message`` is an untranslated English template using ``%(name)s`` placeholders filled from
    ``params``; the web layer translates the template first and interpolates second, so the
    translation catalogue sees one stable msgid per error. ``code`` is a stable machine-readable
    identifier for tests, the API and analytics (which field trips residents up, and why).
    """

    code: str
    message: str
    params: dict[str, Any]

    def __init__(self, code: str, message: str, params: Mapping[str, Any] | None = None) -> None:
        self.code = code
        self.message = message
        self.params = dict(params or {})
        super().__init__(self.render())

    def render(self) -> str:
        """The English message with ``params`` interpolated (for logs and tests)."""
        if not self.params:
            return self.message
        return self.message % self.params

    def __repr__(self) -> str:
        return f"FieldError(code={self.code!r}, message={self.render()!r})"


def _required_error() -> FieldError:
    return FieldError("required", "This field is required.")


# ---------------------------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------------------------


class FieldType:
    """Base class: handles emptiness and ``required`` once, so every type treats a blank input
    the same way (blank + required → ``required`` error; blank + optional → :meth:`empty_value`).

    Subclasses implement :meth:`clean_value` for non-empty input and may override
    :meth:`is_empty`, :meth:`empty_value` and :meth:`display`. Instances are stateless and shared
    via :data:`FIELD_TYPES`.
    """

    type_id: ClassVar[str] = ""
    sensitive: ClassVar[bool] = False
    """True for values the web layer must mask on screen and encrypt at rest."""

    def clean(self, raw: RawValue, spec: Spec) -> object:
        """Turn raw form input into a clean value, or raise :class:`FieldError`."""
        _check_raw_size(raw)
        if self.is_empty(raw):
            if spec.get("required", False):
                raise _required_error()
            return self.empty_value(spec)
        return self.clean_value(raw, spec)

    def is_empty(self, raw: RawValue) -> bool:
        """Whether the resident left the field blank (whitespace, including U+3000, is blank)."""
        if isinstance(raw, str):
            return not raw.strip()
        if isinstance(raw, Mapping):
            return all(not str(v).strip() for v in raw.values())
        return all(not v.strip() for v in raw)

    def empty_value(self, spec: Spec) -> object:
        """The value stored for an optional field left blank."""
        return None

    def clean_value(self, raw: RawValue, spec: Spec) -> object:
        """Clean non-empty input; subclasses must implement."""
        raise NotImplementedError

    def display(self, value: object, spec: Spec) -> str:
        """Human-readable rendering for confirmation pages and staff screens."""
        if value is None:
            return ""
        return str(value)


FIELD_TYPES: dict[str, FieldType] = {}
"""Every registered field type, by the ``type`` name used in form JSON."""

_T = TypeVar("_T", bound=type[FieldType])


def register(type_id: str) -> Callable[[_T], _T]:
    """Class decorator: instantiate the field type and publish it under ``type_id``.

    Duplicate ids are refused because a form definition silently switching validator (e.g. a
    plugin shadowing ``individual_number``) would be a security problem.
    """

    def decorator(cls: _T) -> _T:
        if type_id in FIELD_TYPES:
            raise ValueError(f"Field type {type_id!r} is already registered")
        cls.type_id = type_id
        FIELD_TYPES[type_id] = cls()
        return cls

    return decorator


# ---------------------------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------------------------


def _check_raw_size(raw: RawValue) -> None:
    values = (
        [raw] if isinstance(raw, str) else list(raw.values() if isinstance(raw, Mapping) else raw)
    )
    if any(len(str(v)) > MAX_RAW_LENGTH for v in values):
        raise FieldError(
            "too_long",
            "This value is too long (at most %(limit)d characters).",
            {"limit": MAX_RAW_LENGTH},
        )


def _single(raw: RawValue) -> str:
    """The one string of a single-valued input; a list of exactly one string is tolerated
    because some form libraries always submit lists."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, Mapping):
        raise FieldError("invalid", "Enter a single value.")
    values = list(raw)
    if len(values) != 1:
        raise FieldError("invalid", "Enter a single value.")
    return values[0]


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


_DASHES = "-‐‑‒–—―−－ｰー"
"""Hyphen-minus and the look-alikes Japanese IMEs produce when residents type a hyphen."""
_DASH_RE = re.compile(f"[{re.escape(_DASHES)}]")
_SEPARATORS_RE = re.compile(rf"[\s{re.escape(_DASHES)}()]")
_ASCII_DIGITS = re.compile(r"[0-9]+")


def _digits_only(text: str) -> str:
    """NFKC, then remove spaces and dashes (what residents put between digit groups)."""
    return re.sub(rf"[\s{re.escape(_DASHES)}]", "", _nfkc(text))


def _length_checks(value: str, spec: Spec) -> None:
    max_length = spec.get("max_length")
    if max_length is not None and len(value) > int(max_length):
        raise FieldError(
            "max_length",
            "Ensure this value has at most %(max_length)d characters (it has %(length)d).",
            {"max_length": int(max_length), "length": len(value)},
        )
    min_length = spec.get("min_length")
    if min_length is not None and len(value) < int(min_length):
        raise FieldError(
            "min_length",
            "Ensure this value has at least %(min_length)d characters (it has %(length)d).",
            {"min_length": int(min_length), "length": len(value)},
        )


# ---------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------

_CONTROL_EXCEPT_NEWLINE_TAB = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_CONTROL_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f]")


@register("text")
class TextField(FieldType):
    """Single-line text, NFKC-normalised so full-width ASCII and half-width katakana are stored
    in one canonical form (searches and duplicate checks would otherwise miss matches).

    Control characters, including line breaks, are refused: a single-line value ends up in
    CSV exports and letters where a hidden newline breaks the layout.
    """

    def clean_value(self, raw: RawValue, spec: Spec) -> object:
        value = _nfkc(_single(raw))
        if _CONTROL_SINGLE_LINE.search(value):
            raise FieldError("invalid", "Enter a single line of text without control characters.")
        _length_checks(value, spec)
        return value


@register("long_text")
class LongTextField(FieldType):
    """Multi-line text: like ``text`` but keeps line breaks (normalised to ``\\n``) and tabs."""

    def clean_value(self, raw: RawValue, spec: Spec) -> object:
        text = _single(raw).replace("\r\n", "\n").replace("\r", "\n")
        value = _nfkc(text)
        if _CONTROL_EXCEPT_NEWLINE_TAB.search(value):
            raise FieldError("invalid", "Enter text without control characters.")
        _length_checks(value, spec)
        return value


# ---------------------------------------------------------------------------------------------
# Number
# ---------------------------------------------------------------------------------------------

_NUMBER_RE = re.compile(r"[+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
_MAX_NUMBER_DIGITS = 30


@register("number")
class NumberField(FieldType):
    """An integer or decimal, returned as :class:`~decimal.Decimal` — never ``float``, because
    amounts of money and areas in m² must round-trip exactly.

    Accepts full-width digits, "1,234" thousands separators and U+2212 minus. Refuses
    exponents, NaN and infinity, which ``Decimal()`` would otherwise happily parse. Spec keys:
    ``min``, ``max`` (numbers or numeric strings), ``decimal_places`` (0 for integers only).
    """

    def clean_value(self, raw: RawValue, spec: Spec) -> object:
        text = _nfkc(_single(raw)).replace("−", "-").replace(" ", "")
        if not _NUMBER_RE.fullmatch(text):
            raise FieldError("invalid", "Enter a number, such as 1200 or 3.5.")
        digits = sum(ch.isdigit() for ch in text)
        if digits > _MAX_NUMBER_DIGITS:
            raise FieldError(
                "invalid",
                "Enter a number with at most %(digits)d digits.",
                {"digits": _MAX_NUMBER_DIGITS},
            )
        value = Decimal(text.replace(",", ""))
        places = spec.get("decimal_places")
        if places is not None and value != value.quantize(Decimal(1).scaleb(-int(places))):
            if int(places) == 0:
                raise FieldError("decimal_places", "Enter a whole number.")
            raise FieldError(
                "decimal_places",
                "Enter a number with at most %(decimal_places)d decimal places.",
                {"decimal_places": int(places)},
            )
        minimum = _spec_decimal(spec, "min")
        if minimum is not None and value < minimum:
            raise FieldError(
                "min_value", "Enter a number of at least %(min)s.", {"min": _format_number(minimum)}
            )
        maximum = _spec_decimal(spec, "max")
        if maximum is not None and value > maximum:
            raise FieldError(
                "max_value", "Enter a number of at most %(max)s.", {"max": _format_number(maximum)}
            )
        return value

    def display(self, value: object, spec: Spec) -> str:
        if isinstance(value, Decimal):
            return _format_number(value)
        return super().display(value, spec)


def _spec_decimal(spec: Spec, key: str) -> Decimal | None:
    bound = spec.get(key)
    if bound is None:
        return None
    try:
        return Decimal(str(bound))
    except InvalidOperation as exc:
        raise ValueError(f"Form spec {key!r} must be a number, got {bound!r}") from exc


def _format_number(value: Decimal) -> str:
    return f"{value:,}"


# ---------------------------------------------------------------------------------------------
# Email
# ---------------------------------------------------------------------------------------------

_LOCAL_RE = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}")
_LABEL_RE = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
_TLD_RE = re.compile(r"(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})")


@register("email")
class EmailField(FieldType):
    """An email address: one ``@``, a plausible local part, a domain with a dot; the domain is
    lower-cased (domains are case-insensitive; local parts technically are not).

    Deliberately *accepts* consecutive dots and a dot before ``@`` in the local part: older
    docomo and au addresses such as ``taro..yamada.@docomo.ne.jp`` violate RFC 5322 but are
    real, deliverable, and held by residents who would otherwise be locked out. Internationalised
    domains are converted to their ASCII (punycode) form.
    """

    def clean_value(self, raw: RawValue, spec: Spec) -> object:
        text = _nfkc(_single(raw))
        invalid = FieldError("invalid", "Enter a valid email address, such as taro@example.jp.")
        if text.count("@") != 1 or len(text) > 254:
            raise invalid
        local, domain = text.split("@")
        if not _LOCAL_RE.fullmatch(local) or local.strip(".") == "":
            raise invalid
        domain = domain.rstrip(".").lower()
        if not domain.isascii():
            try:
                domain = domain.encode("idna").decode("ascii")
            except UnicodeError as exc:
                raise invalid from exc
        labels = domain.split(".")
        if len(labels) < 2 or not all(_LABEL_RE.fullmatch(label) for label in labels):
            raise invalid
        if not _TLD_RE.fullmatch(labels[-1]):
            raise invalid
        value = f"{local}@{domain}"
        _length_checks(value, spec)
        return value


# ---------------------------------------------------------------------------------------------
# Japanese phone numbers and postal codes
# ---------------------------------------------------------------------------------------------

_ELEVEN_DIGIT_PREFIXES = ("070", "080", "090", "050")
"""Mobile (070/080/090) and IP phone (050) numbers have 11 digits; landlines have 10."""

_GROUPINGS: tuple[tuple[str, int, tuple[int, ...]], ...] = (
    ("0120", 10, (4, 3, 3)),  # toll-free
    ("0570", 10, (4, 3, 3)),  # navi dial
    ("0800", 11, (4, 3, 4)),  # toll-free (11 digits)
    ("070", 11, (3, 4, 4)),
    ("080", 11, (3, 4, 4)),
    ("090", 11, (3, 4, 4)),
    ("050", 11, (3, 4, 4)),
    ("03", 10, (2, 4, 4)),  # Tokyo 23 wards
    ("06", 10, (2, 4, 4)),  # Osaka
)
"""Groupings that follow from the prefix alone. Other landline area codes are 2–5 digits and
cannot be told apart without the full MIC numbering table (042 vs 0422 vs 04-2…), so those
numbers are stored as plain digits rather than guessed wrongly."""


@register("phone_jp")
class PhoneJpField(FieldType):
    """A Japanese telephone number, stored hyphenated where the grouping is certain.

    Accepts hyphens (and IME dash look-alikes), spaces, parentheses, full-width digits and the
    international form ``+81 3-1234-5678`` / ``+81 (0)90…``. Requires 10 digits starting with 0
    for landlines and 11 for 070/080/090/050 (and 0800).
    """

    def clean_value(self, raw: RawValue, spec: Spec) -> object:
        text = _INTL_TRUNK_RE.sub("+81", _nfkc(_single(raw)))
        text = _SEPARATORS_RE.sub("", text)
        if text.startswith("+81"):
            text = "0" + text[3:].removeprefix("0")
        invalid = FieldError(
            "invalid", "Enter a Japanese phone number, such as 03-1234-5678 or 090-1234-5678."
        )
        if not _ASCII_DIGITS.fullmatch(text) or not text.startswith("0") or text.startswith("00"):
            raise invalid
        expected = 11 if text.startswith((*_ELEVEN_DIGIT_PREFIXES, "0800")) else 10
        if len(text) != expected:
            raise FieldError(
                "invalid_length",
                "This phone number should have %(expected)d digits (it has %(length)d).",
                {"expected": expected, "length": len(text)},
            )
        for prefix, length, groups in _GROUPINGS:
            if text.startswith(prefix) and len(text) == length:
                parts, start = [], 0
                for size in groups:
                    parts.append(text[start : start + size])
                    start += size
                return "-".join(parts)
        return text


_INTL_TRUNK_RE = re.compile(r"^\+\s*81\s*\(0\)")
"""``+81 (0)3…``: the trunk 0 written in parentheses after the country code."""

_POSTAL_RE = re.compile(r"[0-9]{7}")


def _clean_postal_code(text: str) -> str:
    digits = _digits_only(text).removeprefix("〒")
    if not _POSTAL_RE.fullmatch(digits):
        raise FieldError("invalid", "Enter a 7-digit postal code, such as 106-8515.")
    return f"{digits[:3]}-{digits[3:]}"


@register("postal_code")
class PostalCodeField(FieldType):
    """A Japanese postal code (郵便番号), returned as ``"123-4567"``; accepts ``〒``, full-width
    digits and any hyphen look-alike."""

    def clean_value(self, raw: RawValue, spec: Spec) -> object:
        return _clean_postal_code(_single(raw))


# ---------------------------------------------------------------------------------------------
# Kana
# ---------------------------------------------------------------------------------------------


def to_katakana(text: str) -> str:
    """NFKC (half-width katakana → full-width, composing ｶﾞ into ガ), then hiragana → katakana."""
    normal = unicodedata.normalize("NFKC", text)
    out = []
    for ch in normal:
        code = ord(ch)
        if 0x3041 <= code <= 0x3096 or code in (0x309D, 0x309E):
            out.append(chr(code + 0x60))
        else:
            out.append(ch)
    return "".join(out)


def _is_furigana_char(ch: str) -> bool:
    return "\u30a1" <= ch <= "\u30fa" or ch in "ー・ヽヾ "


@register("name_kana")
class NameKanaField(FieldType):
    """Furigana for a name, stored as full-width katakana (the register's 氏名フリガナ form).

    Hiragana and half-width katakana are converted because IMEs and phones produce either;
    kanji and Latin letters are refused, since a reading is exactly what staff cannot infer.
    Runs of spaces collapse to one, so "ヤマダ　タロウ" and "やまだ  たろう" store the same.
    """

    def clean_value(self, raw: RawValue, spec: Spec) -> object:
        value = " ".join(to_katakana(_single(raw)).split())
        bad = [ch for ch in value if not _is_furigana_char(ch)]
        if bad:
            raise FieldError(
                "invalid_kana",
                "Enter the reading in katakana or hiragana only (found %(chars)s).",
                {"chars": "".join(dict.fromkeys(bad))},
            )
        _length_checks(value, spec)
        return value


# Full-width katakana → half-width, built from Unicode data rather than typed by hand.
_HALF_WIDTH_KATAKANA: dict[str, str] = {
    unicodedata.normalize("NFKC", chr(code)): chr(code) for code in range(0xFF66, 0xFF9E)
}
_SMALL_TO_LARGE = str.maketrans("ァィゥェォッャュョヮヵヶヰヱ", "アイウエオツヤユヨワカケイエ")
_BANK_ASCII = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ().-/")
_DAKUTEN = {"\u3099": "ﾞ", "\u309a": "ﾟ"}


def to_bank_kana(text: str) -> str:
    """Convert a name to the half-width character set of the Zengin (全銀) transfer format.

    Small kana become large (ｷﾔ for キャ, as banks register them), voiced kana are split into
    base + ﾞ/ﾟ, ー becomes ``-`` and ・ becomes ``.``, Latin letters are upper-cased. Raises
    :class:`FieldError` (``invalid_kana``) for anything else, such as kanji.
    """
    value = to_katakana(text).upper().translate(_SMALL_TO_LARGE)
    value = " ".join(value.split())
    out: list[str] = []
    bad: list[str] = []
    for ch in value:
        if ch in _BANK_ASCII:
            out.append(ch)
        elif ch == "ー":
            out.append("-")
        elif ch == "・":
            out.append(".")
        elif ch in _HALF_WIDTH_KATAKANA:
            out.append(_HALF_WIDTH_KATAKANA[ch])
        else:
            decomposed = unicodedata.normalize("NFD", ch)
            base, mark = decomposed[:1], decomposed[1:]
            if len(decomposed) == 2 and base in _HALF_WIDTH_KATAKANA and mark in _DAKUTEN:
                out.append(_HALF_WIDTH_KATAKANA[base] + _DAKUTEN[mark])
            else:
                bad.append(ch)
    if bad:
        raise FieldError(
            "invalid_kana",
            "Enter the account holder in katakana, capital letters, digits or ( ) . - / "
            "(found %(chars)s).",
            {"chars": "".join(dict.fromkeys(bad))},
        )
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

_ISO_LIKE_RE = re.compile(r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})")
_KANJI_DATE_RE = re.compile(r"([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日")


def _spec_date(spec: Spec, key: str) -> date | None:
    bound = spec.get(key)
    if bound is None or isinstance(bound, date):
        return bound
    return date.fromisoformat(str(bound))


@register("date")
class DateField(FieldType):
    """A calendar date written the ways residents write them: "2026-04-01", "2026/4/1",
    "2026年4月1日", or in the Japanese era system ("令和8年4月1日", "R8.4.1") via
    :func:`madoguchi.core.wareki.parse_wareki`, which also refuses dates outside their era.

    Spec ``min``/``max`` are ISO dates. ``display`` uses the Japanese long form; set
    ``"era": true`` in the spec for 和暦 (birth dates on municipal forms usually are).
    """

    def clean_value(self, raw: RawValue, spec: Spec) -> object:
        text = _nfkc(_single(raw))
        value = self._parse(text)
        minimum = _spec_date(spec, "min")
        if minimum is not None and value < minimum:
            raise FieldError(
                "min_value", "Enter a date on or after %(min)s.", {"min": minimum.isoformat()}
            )
        maximum = _spec_date(spec, "max")
        if maximum is not None and value > maximum:
            raise FieldError(
                "max_value", "Enter a date on or before %(max)s.", {"max": maximum.isoformat()}
            )
        return value

    @staticmethod
    def _parse(text: str) -> date:
        invalid = FieldError(
            "invalid", "Enter a date, such as 2026-04-01, 2026年4月1日 or 令和8年4月1日."
        )
        parts: tuple[str, str, str] | None = None
        if (iso := _ISO_LIKE_RE.fullmatch(text)) is not None:
            parts = (iso[1], iso[3], iso[4])
        elif (kanji := _KANJI_DATE_RE.fullmatch(text)) is not None:
            parts = (kanji[1], kanji[2], kanji[3])
        if parts is not None:
            year, month, day = parts
            try:
                return date(int(year), int(month), int(day))
            except ValueError as exc:
                raise FieldError(
                    "invalid_date", "%(value)s is not a date that exists.", {"value": text}
                ) from exc
        try:
            return parse_wareki(text)
        except ValueError as exc:
            raise invalid from exc

    def display(self, value: object, spec: Spec) -> str:
        if isinstance(value, date):
            return format_japanese_date(value, era=bool(spec.get("era", False)))
        return super().display(value, spec)


# ---------------------------------------------------------------------------------------------
# Choices
# ---------------------------------------------------------------------------------------------


def _choices(spec: Spec) -> list[tuple[str, str]]:
    return [(str(c["value"]), str(c.get("label", c["value"]))) for c in spec.get("choices", [])]


def _invalid_choice(value: str) -> FieldError:
    return FieldError(
        "invalid_choice", "%(value)s is not one of the available choices.", {"value": value}
    )


@register("single_choice")
class SingleChoiceField(FieldType):
    """One value among ``spec["choices"]``. Values are compared exactly (they come from our own
    ``<option>``/radio markup, so anything else is a tampered or stale form)."""

    def clean_value(self, raw: RawValue, spec: Spec) -> object:
        value = _single(raw).strip()
        if value not in dict(_choices(spec)):
            raise _invalid_choice(value)
        return value

    def display(self, value: object, spec: Spec) -> str:
        if value is None:
            return ""
        return dict(_choices(spec)).get(str(value), str(value))


@register("multiple_choice")
class MultipleChoiceField(FieldType):
    """Any number of values among the choices, returned de-duplicated in *choice* order (not
    submission order) so stored answers compare equal however the browser ordered them.
    Spec ``min``/``max`` bound how many may be selected."""

    def empty_value(self, spec: Spec) -> object:
        return []

    def clean_value(self, raw: RawValue, spec: Spec) -> object:
        if isinstance(raw, Mapping):
            raise FieldError("invalid", "Select from the list.")
        submitted = {v.strip() for v in ([raw] if isinstance(raw, str) else raw) if v.strip()}
        known = [value for value, _ in _choices(spec)]
        for value in sorted(submitted):
            if value not in known:
                raise _invalid_choice(value)
        selected = [value for value in known if value in submitted]
        minimum, maximum = spec.get("min"), spec.get("max")
        if minimum is not None and len(selected) < int(minimum):
            raise FieldError(
                "min_selected", "Select at least %(min)d options.", {"min": int(minimum)}
            )
        if maximum is not None and len(selected) > int(maximum):
            raise FieldError(
                "max_selected", "Select at most %(max)d options.", {"max": int(maximum)}
            )
        return selected

    def display(self, value: object, spec: Spec) -> str:
        if not isinstance(value, list):
            return super().display(value, spec)
        labels = dict(_choices(spec))
        return "、".join(labels.get(str(v), str(v)) for v in value)


_TRUE_WORDS = frozenset({"yes", "true", "1", "on", "y", "はい"})
_FALSE_WORDS = frozenset({"no", "false", "0", "off", "n", "いいえ"})


@register("yes_no")
class YesNoField(FieldType):
    """A yes/no question answered with two radio buttons; returns ``bool``.

    ``required`` means "an answer must be given": ``False`` is a valid answer, unlike for
    ``consent``. Optional and unanswered gives ``None`` (unknown), not ``False``.
    """

    def clean_value(self, raw: RawValue, spec: Spec) -> object:
        word = _nfkc(_single(raw)).lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
        raise FieldError("invalid", "Answer yes or no.")

    def display(self, value: object, spec: Spec) -> str:
        if value is None:
            return ""
        return str(spec.get("yes_label", "はい") if value else spec.get("no_label", "いいえ"))


@register("consent")
class ConsentField(FieldType):
    """A checkbox such as "I agree to the handling of my personal information".

    Browsers omit unchecked checkboxes, so blank means "not given": a required consent then
    fails with ``required``; an optional one stores ``False``.
    """

    def empty_value(self, spec: Spec) -> object:
        return False

    def clean_value(self, raw: RawValue, spec: Spec) -> object:
        if _nfkc(_single(raw)).lower() not in _TRUE_WORDS:
            raise FieldError("invalid", "Tick the box to give your consent.")
        return True

    def display(self, value: object, spec: Spec) -> str:
        return "同意する" if value else "同意しない"


# ---------------------------------------------------------------------------------------------
# My Number (個人番号)
# ---------------------------------------------------------------------------------------------

_TWELVE_DIGITS = re.compile(r"[0-9]{12}")


def my_number_check_digit(first11: str) -> int:
    """The check digit (検査用数字) of a My Number, per 総務省令第85号 第5条.

    With Pn the n-th of the 11 digits counted from the right (n=1 rightmost) and
    Qn = n+1 for 1≤n≤6 and n−5 for 7≤n≤11, the check digit is 11 − (Σ Pn×Qn mod 11),
    or 0 when that remainder is 0 or 1.
    """
    if not re.fullmatch(r"[0-9]{11}", first11):
        raise ValueError(f"Expected 11 ASCII digits, got {first11!r}")
    total = 0
    for n, digit in enumerate(reversed(first11), start=1):
        weight = n + 1 if n <= 6 else n - 5
        total += int(digit) * weight
    remainder = total % 11
    return 0 if remainder <= 1 else 11 - remainder


@register("individual_number")
class IndividualNumberField(FieldType):
    """A My Number (マイナンバー): 12 digits whose last is a check digit.

    The check digit catches most single-digit typos and transpositions before the number
    reaches staff or the 情報提供ネットワーク. Sensitive: the web layer must mask and encrypt it,
    and error messages never echo the number back.
    """

    sensitive = True

    def clean_value(self, raw: RawValue, spec: Spec) -> object:
        digits = _digits_only(_single(raw))
        if not _TWELVE_DIGITS.fullmatch(digits):
            raise FieldError("invalid", "Enter the 12-digit individual number (My Number).")
        if my_number_check_digit(digits[:11]) != int(digits[11]):
            raise FieldError(
                "checksum",
                "This individual number is not valid. Please check it against your card.",
            )
        return digits

    def display(self, value: object, spec: Spec) -> str:
        if value is None:
            return ""
        text = str(value)
        return "*" * (len(text) - 4) + text[-4:]


# ---------------------------------------------------------------------------------------------
# Bank account
# ---------------------------------------------------------------------------------------------

ACCOUNT_TYPES: dict[str, str] = {"ordinary": "普通", "current": "当座", "savings": "貯蓄"}
BANK_HOLDER_MAX_LENGTH = 30
"""The Zengin transfer record has 30 half-width characters for the recipient name."""


def _sub(raw: Mapping[str, str], key: str) -> str:
    return str(raw.get(key, "") or "")


def _sub_error(error: FieldError, subfield: str) -> FieldError:
    """Tag an error with the sub-input it concerns, so the web layer can highlight it."""
    error.params["subfield"] = subfield
    return error


def _fixed_digits(text: str, length: int, subfield: str, *, pad: bool = False) -> str:
    digits = _digits_only(text)
    if not digits:
        raise _sub_error(_required_error(), subfield)
    if pad and _ASCII_DIGITS.fullmatch(digits) and len(digits) < length:
        digits = digits.zfill(length)
    if not _ASCII_DIGITS.fullmatch(digits) or len(digits) != length:
        raise FieldError(
            "invalid",
            "Enter %(length)d digits.",
            {"length": length, "subfield": subfield},
        )
    return digits


@register("bank_account")
class BankAccountField(FieldType):
    """A Japanese bank account for refunds and subsidies, as a dict with ``bank_code`` (4),
    ``branch_code`` (3), ``account_type``, ``account_number`` (7, left-padded) and
    ``holder_kana`` in the half-width character set Zengin transfers require — so the value
    can go into a transfer file without a second, error-prone conversion by staff.

    Errors carry ``params["subfield"]`` naming the sub-input at fault.
    """

    sensitive = True

    def clean_value(self, raw: RawValue, spec: Spec) -> object:
        if not isinstance(raw, Mapping):
            raise FieldError("invalid", "Enter the bank account details.")
        bank_code = _fixed_digits(_sub(raw, "bank_code"), 4, "bank_code")
        branch_code = _fixed_digits(_sub(raw, "branch_code"), 3, "branch_code")
        account_type = _sub(raw, "account_type").strip()
        if not account_type:
            raise _sub_error(_required_error(), "account_type")
        if account_type not in ACCOUNT_TYPES:
            raise _sub_error(_invalid_choice(account_type), "account_type")
        account_number = _fixed_digits(_sub(raw, "account_number"), 7, "account_number", pad=True)
        holder_raw = _sub(raw, "holder_kana")
        if not holder_raw.strip():
            raise _sub_error(_required_error(), "holder_kana")
        try:
            holder = to_bank_kana(holder_raw)
        except FieldError as error:
            raise _sub_error(error, "holder_kana") from None
        if len(holder) > BANK_HOLDER_MAX_LENGTH:
            raise FieldError(
                "max_length",
                "Ensure this value has at most %(max_length)d characters (it has %(length)d).",
                {
                    "max_length": BANK_HOLDER_MAX_LENGTH,
                    "length": len(holder),
                    "subfield": "holder_kana",
                },
            )
        return {
            "bank_code": bank_code,
            "branch_code": branch_code,
            "account_type": account_type,
            "account_number": account_number,
            "holder_kana": holder,
        }

    def display(self, value: object, spec: Spec) -> str:
        if not isinstance(value, Mapping):
            return super().display(value, spec)
        number = str(value["account_number"])
        masked = "*" * (len(number) - 3) + number[-3:]
        kind = ACCOUNT_TYPES.get(str(value["account_type"]), str(value["account_type"]))
        return f"{value['bank_code']}-{value['branch_code']} {kind} {masked} {value['holder_kana']}"


# ---------------------------------------------------------------------------------------------
# Address
# ---------------------------------------------------------------------------------------------

PREFECTURES: tuple[str, ...] = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
    "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県",
    "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県",
    "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県",
    "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県",
    "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県",
    "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
)  # fmt: skip
"""The 47 prefectures in JIS X 0401 code order (01 北海道 … 47 沖縄県)."""

_PREFECTURE_BY_SHORT = {p if p == "北海道" else p[:-1]: p for p in PREFECTURES}
_ADDRESS_PART_MAX = 100


@register("address_jp")
class AddressJpField(FieldType):
    """A Japanese address from sub-inputs ``postal_code``, ``prefecture``, ``city``, ``town``,
    ``block`` and optional ``building``.

    The prefecture may be typed without its suffix ("東京" → "東京都") since that is how
    residents say it. Whether the postal code matches the town is not checked here: that needs
    the Japan Post dataset, which belongs to a separate lookup service.
    """

    _TEXT_PARTS: ClassVar[tuple[tuple[str, bool], ...]] = (
        ("city", True),
        ("town", True),
        ("block", True),
        ("building", False),
    )

    def clean_value(self, raw: RawValue, spec: Spec) -> object:
        if not isinstance(raw, Mapping):
            raise FieldError("invalid", "Enter the address.")
        postal_raw = _sub(raw, "postal_code")
        if not postal_raw.strip():
            raise _sub_error(_required_error(), "postal_code")
        try:
            postal_code = _clean_postal_code(postal_raw)
        except FieldError as error:
            raise _sub_error(error, "postal_code") from None
        prefecture_text = _nfkc(_sub(raw, "prefecture"))
        if not prefecture_text:
            raise _sub_error(_required_error(), "prefecture")
        prefecture = prefecture_text if prefecture_text in PREFECTURES else None
        prefecture = prefecture or _PREFECTURE_BY_SHORT.get(prefecture_text)
        if prefecture is None:
            raise FieldError(
                "invalid_choice",
                "%(value)s is not a prefecture.",
                {"value": prefecture_text, "subfield": "prefecture"},
            )
        result = {"postal_code": postal_code, "prefecture": prefecture}
        for key, required in self._TEXT_PARTS:
            text = " ".join(_nfkc(_sub(raw, key)).split())
            if required and not text:
                raise _sub_error(_required_error(), key)
            if len(text) > _ADDRESS_PART_MAX:
                raise FieldError(
                    "max_length",
                    "Ensure this value has at most %(max_length)d characters (it has %(length)d).",
                    {"max_length": _ADDRESS_PART_MAX, "length": len(text), "subfield": key},
                )
            result[key] = text
        return result

    def display(self, value: object, spec: Spec) -> str:
        if not isinstance(value, Mapping):
            return super().display(value, spec)
        line = f"{value['prefecture']}{value['city']}{value['town']}{value['block']}"
        building = value.get("building")
        if building:
            line += f" {building}"
        return f"〒{value['postal_code']} {line}"
