"""Server-rendered SVG previews of a data table: a horizontal bar chart and a point map.

Pure Python: no Django, no database, no I/O. The open data pages must work without
JavaScript, so these pictures are drawn on the server as strings of SVG that the templates
inline, following the rules of the indicator chart (``madoguchi.evaluation.charts``):

* The SVG is one image (``role="img"``) named by its own ``<title>`` and ``<desc>`` through
  ``aria-labelledby``; every id starts with the caller's ``id_prefix`` so that several charts
  can share a page. The page puts the data table beside the picture, which says the same thing
  in a form that can be read in order.
* Colours are the Digital Agency's design tokens (the indicator chart's ``PALETTE``): at least
  3:1 contrast against white for bars and markers, at least 4.5:1 for text. Gridlines are
  lighter on purpose; they are background.
* Text is 14 user units, so at least 12 px whenever a chart is drawn at its default width.
* The site's Content Security Policy forbids inline styles: there is no ``style`` attribute and
  no ``<style>`` element. Colours are presentation attributes, and every element also has a
  ``chart__…`` class so that the site's stylesheet can restyle it (for forced-colours mode).
  There are no scripts and no external references: the map is drawn from the coordinates
  alone, without a tile server or images.
* Every text that reaches the output is escaped, and characters XML cannot carry are dropped,
  so the output is always well-formed XML and a hostile label stays text.

The module also tells the pages which columns of a DataStore table (CKAN field dicts of
``id`` and ``type``) can be charted: :func:`numeric_columns` and :func:`coordinate_columns`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, localcontext
from xml.sax.saxutils import quoteattr

from madoguchi.core.svg import FONT_FAMILY, FONT_SIZE, PALETTE
from madoguchi.core.svg import clean as _clean
from madoguchi.core.svg import coordinate as _n
from madoguchi.core.svg import exponent as _exponent
from madoguchi.core.svg import nice_step as _nice_step
from madoguchi.core.svg import text as _text
from madoguchi.core.svg import text_width as _text_width

__all__ = [
    "MAX_BARS",
    "MAX_POINTS",
    "bar_chart_svg",
    "coordinate_columns",
    "numeric_columns",
    "point_map_svg",
]

#: The most bars one chart draws; a longer table is for the table view, not a bar chart.
MAX_BARS = 50
#: The most points one map draws; the caller samples a larger table.
MAX_POINTS = 2000
#: The smallest extent of the map, in degrees (about 550 m north–south), so that a single
#: point, or many at one address, still make a map with a scale.
MIN_MAP_EXTENT = 0.005
#: What a bar with no value shows instead of a number.
NO_VALUE = "—"

# What the map shows when no point can be placed: about the extent of Minato City.
_DEFAULT_LATITUDES = (35.62, 35.68)
_DEFAULT_LONGITUDES = (139.71, 139.79)

_BAR_ROW = 28.0  # height of one bar's row
_BAR_THICKNESS = 18.0
_TICK = 5.0
_GAP = 6.0  # between a bar's end and its value, and between texts and lines
_MARKER_MIN_RADIUS = 11.0
_MAP_MARGIN = 0.1  # of the points' extent, on each side
_MAP_MIN_RATIO = 0.5  # plot height / plot width
_MAP_MAX_RATIO = 1.0

# An id must survive being one entry of the space-separated aria-labelledby list, and a CSS
# selector, so it is kept to letters, digits, hyphens and underscores.
_ID_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")

_NUMERIC_TYPES = {"int", "numeric"}
_ROW_ID = "_id"
_LATITUDE_NAMES = ("緯度", "latitude", "lat")
_LONGITUDE_NAMES = ("経度", "longitude", "lon", "lng")
_COORDINATE_PAIRS = (
    ("緯度", "経度"),
    ("latitude", "longitude"),
    ("lat", "lon"),
    ("lat", "lng"),
)


# --- Columns -------------------------------------------------------------------------------


def numeric_columns(fields: list[dict[str, str]]) -> list[str]:
    """The ids of the fields a bar chart can show: numbers, but neither the row id nor a
    coordinate (a latitude in a bar chart says nothing)."""
    coordinate_names = {*_LATITUDE_NAMES, *_LONGITUDE_NAMES}
    return [
        field["id"]
        for field in fields
        if _is_numeric(field)
        and field["id"] != _ROW_ID
        and _normal_name(field["id"]) not in coordinate_names
    ]


def coordinate_columns(fields: list[dict[str, str]]) -> tuple[str, str] | None:
    """The ids of the (latitude, longitude) columns when the table has a numeric pair named
    緯度/経度, latitude/longitude, lat/lon or lat/lng (in that order of preference, case and
    width ignored), else ``None``."""
    by_name: dict[str, dict[str, str]] = {}
    for field in fields:
        by_name.setdefault(_normal_name(field.get("id", "")), field)
    for lat_name, lon_name in _COORDINATE_PAIRS:
        lat, lon = by_name.get(lat_name), by_name.get(lon_name)
        if lat is not None and lon is not None and _is_numeric(lat) and _is_numeric(lon):
            return lat["id"], lon["id"]
    return None


def _is_numeric(field: dict[str, str]) -> bool:
    return field.get("type") in _NUMERIC_TYPES and "id" in field


def _normal_name(name: str) -> str:
    # NFKC so that a full-width ＬＡＴ, as Japanese spreadsheets often have it, still counts.
    return unicodedata.normalize("NFKC", name).strip().casefold()


# --- Bar chart -------------------------------------------------------------------------------


def bar_chart_svg(
    *,
    title: str,
    description: str,
    labels: Sequence[str],
    values: Sequence[float | int | None],
    unit: str = "",
    id_prefix: str = "bar",
    width: int = 640,
) -> str:
    """Return an inline SVG horizontal bar chart, one bar per label and value, in order.

    Bars run from a zero line: right for positive values, left for negative ones. The axis
    always includes zero (a bar's length is its value) and is marked in round steps (1, 2,
    2.5 or 5 × 10ⁿ, as many as the tick labels allow) with thousands separators in the tick
    labels. Each bar's value is printed
    at its end, with ``unit``; a missing value (``None``) draws no bar and prints "—". Labels
    too long for the label column are shortened with "…"; each bar's own ``<title>`` keeps the
    full label and value. The height grows with the number of bars.

    Raises ``ValueError`` for more than :data:`MAX_BARS` bars, for labels and values of
    different lengths, for an id that cannot be referenced from ``aria-labelledby``, for a
    width too small to hold the chart, and for a value that is not a finite number.
    """
    _check_id(id_prefix)
    if width < 240:
        raise ValueError(f"chart width {width} is too small (at least 240)")
    if len(labels) != len(values):
        raise ValueError(f"{len(labels)} labels but {len(values)} values")
    if len(values) > MAX_BARS:
        raise ValueError(f"{len(values)} bars are too many for one chart (at most {MAX_BARS})")
    numbers = [_finite(value, index) for index, value in enumerate(values)]
    unit_text = _clean(unit)
    value_texts = [
        NO_VALUE if number is None else _value_text(value, number) + unit_text
        for value, number in zip(values, numbers, strict=True)
    ]
    label_texts = [_clean(str(label)) for label in labels]

    # --- Layout ----------------------------------------------------------------------------
    # Left to right: labels, room for the values of negative bars, the plot, room for the
    # values of positive bars (and the "—" of missing ones, printed right of the zero line).
    label_column = min(max((_text_width(t) for t in label_texts), default=0.0), width * 0.35)
    pairs = list(zip(value_texts, numbers, strict=True))
    negative_room = max((_text_width(t) for t, n in pairs if n is not None and n < 0), default=0.0)
    positive_room = max((_text_width(t) for t, n in pairs if n is None or n >= 0), default=0.0)
    left = 8.0 + label_column + _GAP + min(negative_room + _GAP, width * 0.2) + 2
    right = width - 8.0 - min(positive_room + _GAP, width * 0.25)
    top = 8.0
    rows = max(len(values), 1)
    plot_bottom = top + rows * _BAR_ROW
    total_height = plot_bottom + _TICK + FONT_SIZE + 12.0

    present = [Decimal(n) for n in numbers if n is not None]
    integral = all(
        isinstance(v, int) or (n is not None and n.is_integer())
        for v, n in zip(values, numbers, strict=True)
        if n is not None
    )
    scale = _Scale.fit(present, integral=integral, plot_width=right - left)

    def x_of(number: Decimal) -> float:
        return left + scale.fraction(number) * (right - left)

    zero_x = x_of(Decimal(0))

    # --- Output ----------------------------------------------------------------------------
    out = _open_svg(id_prefix, title, description, width, total_height)

    # Gridlines, ticks and tick labels along the bottom.
    out.append('<g class="chart__x-axis">')
    for tick in scale.ticks:
        x = x_of(tick)
        text = scale.label(tick)
        half = _text_width(text) / 2
        text_x = min(max(x, half + 2), width - half - 2)
        out.append(
            f'<line class="chart__grid" x1="{_n(x)}" y1="{_n(top)}" x2="{_n(x)}"'
            f' y2="{_n(plot_bottom)}" stroke="{PALETTE["grid"]}" stroke-width="1"/>'
            f'<line class="chart__tick" x1="{_n(x)}" y1="{_n(plot_bottom)}" x2="{_n(x)}"'
            f' y2="{_n(plot_bottom + _TICK)}" stroke="{PALETTE["axis"]}" stroke-width="1"/>'
            f'<text class="chart__tick-label" x="{_n(text_x)}"'
            f' y="{_n(plot_bottom + _TICK + FONT_SIZE + 2)}" text-anchor="middle"'
            f' fill="{PALETTE["text"]}">{_text(text)}</text>'
        )
    out.append(
        f'<line class="chart__axis" x1="{_n(left)}" y1="{_n(plot_bottom)}" x2="{_n(right)}"'
        f' y2="{_n(plot_bottom)}" stroke="{PALETTE["axis"]}" stroke-width="1.5"/>'
    )
    out.append("</g>")

    # One group per bar: its own title (full label and value), the bar, the label, the value.
    out.append('<g class="chart__bars">')
    for index, (label, number, value_text) in enumerate(
        zip(label_texts, numbers, value_texts, strict=True)
    ):
        middle = top + (index + 0.5) * _BAR_ROW
        baseline = middle + FONT_SIZE * 0.35
        shown_label = _shorten(label, label_column)
        parts = [
            '<g class="chart__bar-group">',
            f"<title>{_text(f'{label}: {value_text}')}</title>",
        ]
        if number is None:
            value_x, anchor = zero_x + _GAP, "start"
            value_class = "chart__value chart__value--missing"
        else:
            end = x_of(Decimal(number))
            x0, x1 = min(zero_x, end), max(zero_x, end)
            negative = number < 0
            klass = "chart__bar chart__bar--negative" if negative else "chart__bar"
            parts.append(
                f'<rect class="{klass}" x="{_n(x0)}" y="{_n(middle - _BAR_THICKNESS / 2)}"'
                f' width="{_n(x1 - x0)}" height="{_n(_BAR_THICKNESS)}"'
                f' fill="{PALETTE["observed"]}"/>'
            )
            value_x, anchor = (end - _GAP, "end") if negative else (end + _GAP, "start")
            value_class = "chart__value"
        parts.append(
            f'<text class="chart__bar-label" x="{_n(8.0 + label_column)}" y="{_n(baseline)}"'
            f' text-anchor="end" fill="{PALETTE["text"]}">{_text(shown_label)}</text>'
            f'<text class="{value_class}" x="{_n(value_x)}" y="{_n(baseline)}"'
            f' text-anchor="{anchor}" fill="{PALETTE["text"]}">{_text(value_text)}</text>'
            "</g>"
        )
        out.append("".join(parts))
    out.append("</g>")

    # The zero line on top of the bars, from which they all start.
    out.append(
        f'<line class="chart__zero" x1="{_n(zero_x)}" y1="{_n(top)}" x2="{_n(zero_x)}"'
        f' y2="{_n(plot_bottom)}" stroke="{PALETTE["axis"]}" stroke-width="1.5"/>'
    )
    out.append("</svg>")
    return "\n".join(out)


def _finite(value: object, index: int) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"value {index + 1} is not a number: {value!r}") from None
    if not math.isfinite(number):
        raise ValueError(f"value {index + 1} is not a finite number: {value!r}")
    return number


def _value_text(value: object, number: float) -> str:
    """A value as printed at its bar's end: thousands separators, no needless decimals."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 10**15:
        return f"{value:,}"
    if number == 0:
        return "0"
    if abs(number) >= 1e15 or abs(number) < 1e-6:
        return f"{number:.6g}"
    return format(Decimal(f"{number:.12g}"), ",f")


@dataclass(frozen=True)
class _Scale:
    """A value axis from ``lo`` to ``hi``, with ticks every ``step``, worked out in ``Decimal``
    so that ticks read as the round numbers they are and any finite float fits without
    overflow. The axis always includes zero, where the bars start, and zero is always a tick.
    """

    lo: Decimal
    hi: Decimal
    step: Decimal

    @property
    def ticks(self) -> list[Decimal]:
        with localcontext() as ctx:
            ctx.prec = 40
            first = (self.lo / self.step).to_integral_value(rounding=ROUND_CEILING)
            last = (self.hi / self.step).to_integral_value(rounding=ROUND_FLOOR)
            return [self.step * k for k in range(int(first), int(last) + 1)]

    def fraction(self, value: Decimal) -> float:
        """Where ``value`` sits between the start (0.0) and the end (1.0) of the axis."""
        with localcontext() as ctx:
            ctx.prec = 40
            share = float((value - self.lo) / (self.hi - self.lo))
        return min(max(share, 0.0), 1.0)

    def label(self, tick: Decimal) -> str:
        """A tick as text: thousands separators, as many decimals as the step needs."""
        decimals = max(0, -_exponent(self.step))
        biggest = max(abs(self.lo), abs(self.hi))
        if decimals > 8 or biggest >= Decimal("1e15"):
            return format(tick.normalize() if tick else Decimal(0), ".6g")
        return format(tick, f",.{decimals}f")

    @classmethod
    def fit(cls, values: list[Decimal], *, integral: bool, plot_width: float) -> _Scale:
        """An axis from zero to the values, ended at round numbers about a sixth of its length
        apart, with the most round ticks whose labels do not collide over ``plot_width``.

        Ticks of whole numbers only when ``integral``: a count of people has no 2.5.
        """
        with localcontext() as ctx:
            ctx.prec = 40
            lo = min([Decimal(0), *values])
            hi = max([Decimal(0), *values])
            if lo == hi:
                hi = Decimal(1)
            fine = _nice_step((hi - lo) / 6)
            axis_lo = (lo / fine).to_integral_value(rounding=ROUND_FLOOR) * fine
            axis_hi = (hi / fine).to_integral_value(rounding=ROUND_CEILING) * fine
            step = fine
            while True:
                if not integral or step == step.to_integral_value():
                    scale = cls(lo=axis_lo, hi=axis_hi, step=step)
                    ticks = scale.ticks
                    widest = max(_text_width(scale.label(t)) for t in ticks)
                    spacing = float(step / (axis_hi - axis_lo)) * plot_width
                    # Stop when the labels fit, or when zero is the only tick left to label.
                    if spacing >= widest + 10 or step >= axis_hi - axis_lo:
                        return scale
                step = _nice_step(step * Decimal("1.0001"))


def _shorten(text: str, max_width: float) -> str:
    """``text`` cut to fit ``max_width`` with an ellipsis; the bar's title keeps it whole."""
    if _text_width(text) <= max_width:
        return text
    budget = max_width - _text_width("…")
    kept = ""
    for ch in text:
        if _text_width(kept + ch) > budget:
            break
        kept += ch
    return kept.rstrip() + "…"


# --- Point map -------------------------------------------------------------------------------


def point_map_svg(
    *,
    title: str,
    description: str,
    points: Sequence[tuple[float | None, float | None, str]],
    id_prefix: str = "map",
    width: int = 640,
) -> tuple[str, int]:
    """Return an inline SVG map of ``points`` (latitude, longitude, label), and how many points
    were skipped because their coordinates could not be placed.

    The map is an equirectangular plot with longitude scaled by the cosine of the middle
    latitude, so that distances keep their proportions at the city's scale; a light graticule
    with labels in degrees (35.65°N, 139.75°E) stands in for a base map, which would need a
    tile server. Each point is a numbered circle (the number is the point's position in
    ``points`` plus one, so that the page's table can list "1. label" and a skipped point
    leaves its number unused) wrapped in a group with its own ``<title>`` holding the label.

    A coordinate that is missing, not a number, or outside −90..90 (latitude) or −180..180
    (longitude) is skipped and counted. The map spans at least :data:`MIN_MAP_EXTENT` degrees
    each way, so a single point still renders; with no point at all it shows about the extent
    of Minato City. The map is never taller than it is wide (a tall spread of points shows more
    land to either side), nor more than twice as wide as it is tall. Points on both sides of
    the antimeridian are drawn at the two ends of the map.

    Raises ``ValueError`` for more than :data:`MAX_POINTS` points (the caller samples), for an
    id that cannot be referenced from ``aria-labelledby`` and for a width too small to hold
    the map.
    """
    _check_id(id_prefix)
    if width < 240:
        raise ValueError(f"map width {width} is too small (at least 240)")
    if len(points) > MAX_POINTS:
        raise ValueError(f"{len(points)} points are too many for one map (at most {MAX_POINTS})")
    placed: list[tuple[int, float, float, str]] = []
    for index, (lat, lon, label) in enumerate(points):
        coordinate = _coordinate(lat, lon)
        if coordinate is not None:
            placed.append((index + 1, *coordinate, _clean(str(label))))
    skipped = len(points) - len(placed)

    # --- The box of degrees shown ---------------------------------------------------------
    lats = [p[1] for p in placed] or list(_DEFAULT_LATITUDES)
    lons = [p[2] for p in placed] or list(_DEFAULT_LONGITUDES)
    lat_mid, lon_mid = (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
    # Longitude degrees shrink towards the poles; at Tokyo one is about 0.81 of a latitude one.
    x_factor = max(math.cos(math.radians(lat_mid)), 0.05)
    # The least extent is the same distance on the ground both ways: a lone point sits in a
    # square, not in a tall strip.
    lat_span = max(max(lats) - min(lats), MIN_MAP_EXTENT)
    lon_span = max(max(lons) - min(lons), MIN_MAP_EXTENT / x_factor)
    lat_span *= 1 + 2 * _MAP_MARGIN
    lon_span *= 1 + 2 * _MAP_MARGIN
    ratio = lat_span / (lon_span * x_factor)
    # Keep the picture between a wide rectangle and a square by showing more of the other way.
    if ratio > _MAP_MAX_RATIO:
        lon_span = lat_span / (_MAP_MAX_RATIO * x_factor)
    elif ratio < _MAP_MIN_RATIO:
        lat_span = _MAP_MIN_RATIO * lon_span * x_factor
    lat_lo, lat_hi = lat_mid - lat_span / 2, lat_mid + lat_span / 2
    lon_lo, lon_hi = lon_mid - lon_span / 2, lon_mid + lon_span / 2

    # --- Layout ---------------------------------------------------------------------------
    top = 8.0 + FONT_SIZE / 2
    right = width - 16.0
    bottom_margin = _TICK + FONT_SIZE + 12.0
    # The latitude labels' width decides the left margin, which decides the plot's height and
    # so the latitude ticks: settle it in a few rounds, never narrowing.
    left = 8.0 + _text_width("00.00°N") + _TICK + _GAP
    for _ in range(3):
        plot_width = right - left
        plot_height = plot_width * lat_span / (lon_span * x_factor)
        lat_ticks = _degree_ticks(lat_lo, lat_hi, plot_height, latitude=True)
        needed = 8.0 + max((_text_width(t) for _, t in lat_ticks), default=0.0) + _TICK + _GAP
        if needed <= left:
            break
        left = needed
    plot_width = right - left
    plot_height = plot_width * lat_span / (lon_span * x_factor)
    lat_ticks = _degree_ticks(lat_lo, lat_hi, plot_height, latitude=True)
    lon_ticks = _degree_ticks(lon_lo, lon_hi, plot_width, latitude=False)
    plot_bottom = top + plot_height
    total_height = plot_bottom + bottom_margin

    def x_of(lon: float) -> float:
        return left + (lon - lon_lo) / lon_span * plot_width

    def y_of(lat: float) -> float:
        return top + (lat_hi - lat) / lat_span * plot_height

    # --- Output ---------------------------------------------------------------------------
    out = _open_svg(id_prefix, title, description, width, total_height)

    out.append('<g class="chart__graticule">')
    for lat, text in lat_ticks:
        y = y_of(lat)
        out.append(
            f'<line class="chart__grid" x1="{_n(left)}" y1="{_n(y)}" x2="{_n(right)}"'
            f' y2="{_n(y)}" stroke="{PALETTE["grid"]}" stroke-width="1"/>'
            f'<line class="chart__tick" x1="{_n(left - _TICK)}" y1="{_n(y)}" x2="{_n(left)}"'
            f' y2="{_n(y)}" stroke="{PALETTE["axis"]}" stroke-width="1"/>'
            f'<text class="chart__tick-label" x="{_n(left - _TICK - 4)}"'
            f' y="{_n(y + FONT_SIZE * 0.35)}" text-anchor="end"'
            f' fill="{PALETTE["text"]}">{_text(text)}</text>'
        )
    for lon, text in lon_ticks:
        x = x_of(lon)
        half = _text_width(text) / 2
        text_x = min(max(x, half + 2), width - half - 2)
        out.append(
            f'<line class="chart__grid" x1="{_n(x)}" y1="{_n(top)}" x2="{_n(x)}"'
            f' y2="{_n(plot_bottom)}" stroke="{PALETTE["grid"]}" stroke-width="1"/>'
            f'<line class="chart__tick" x1="{_n(x)}" y1="{_n(plot_bottom)}" x2="{_n(x)}"'
            f' y2="{_n(plot_bottom + _TICK)}" stroke="{PALETTE["axis"]}" stroke-width="1"/>'
            f'<text class="chart__tick-label" x="{_n(text_x)}"'
            f' y="{_n(plot_bottom + _TICK + FONT_SIZE + 2)}" text-anchor="middle"'
            f' fill="{PALETTE["text"]}">{_text(text)}</text>'
        )
    out.append("</g>")
    out.append(
        f'<rect class="chart__frame" x="{_n(left)}" y="{_n(top)}" width="{_n(plot_width)}"'
        f' height="{_n(plot_height)}" fill="none" stroke="{PALETTE["axis"]}"'
        ' stroke-width="1.5"/>'
    )

    # Markers: a numbered circle each, in the order given, so a later one lies on top.
    out.append('<g class="chart__markers">')
    for number, lat, lon, label in placed:
        x, y = x_of(lon), y_of(lat)
        digits = str(number)
        radius = max(_MARKER_MIN_RADIUS, _text_width(digits) / 2 + 4)
        out.append(
            f'<g class="chart__marker"><title>{_text(f"{number}. {label}")}</title>'
            f'<circle class="chart__marker-dot" cx="{_n(x)}" cy="{_n(y)}" r="{_n(radius)}"'
            f' fill="{PALETTE["observed"]}" stroke="{PALETTE["background"]}"'
            ' stroke-width="1.5"/>'
            f'<text class="chart__marker-number" x="{_n(x)}" y="{_n(y + FONT_SIZE * 0.35)}"'
            f' text-anchor="middle" fill="{PALETTE["background"]}">{digits}</text></g>'
        )
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out), skipped


def _coordinate(lat: object, lon: object) -> tuple[float, float] | None:
    """(latitude, longitude) as floats, or ``None`` when either cannot be placed."""
    numbers: list[float] = []
    for value, limit in ((lat, 90.0), (lon, 180.0)):
        if value is None or isinstance(value, bool):
            return None
        try:
            number = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError, OverflowError):
            return None
        if not math.isfinite(number) or not -limit <= number <= limit:
            return None
        numbers.append(number)
    return numbers[0], numbers[1]


def _degree_ticks(
    lo: float, hi: float, length: float, *, latitude: bool
) -> list[tuple[float, str]]:
    """Round degrees between ``lo`` and ``hi`` over ``length`` units, with their labels, as
    many as fit without their labels colliding (latitudes stack, longitudes sit side by
    side); only degrees that exist on the globe."""
    limit = 90 if latitude else 180
    labelled: list[tuple[float, str]] = []
    with localcontext() as ctx:
        ctx.prec = 28
        lo_d, hi_d = Decimal(repr(lo)), Decimal(repr(hi))
        span = hi_d - lo_d
        for intervals in (6, 5, 4, 3, 2, 1):
            step = _nice_step(span / intervals)
            decimals = max(0, -_exponent(step))
            tick = (lo_d / step).to_integral_value(rounding=ROUND_CEILING) * step
            labelled = []
            while tick <= hi_d:
                if -limit <= tick <= limit:
                    labelled.append((float(tick), _degree_text(tick, decimals, latitude=latitude)))
                tick += step
            widest = max((_text_width(text) for _, text in labelled), default=0.0)
            spacing = FONT_SIZE + 8 if latitude else widest + 12
            if float(step / span) * length >= spacing:
                break
    return labelled


def _degree_text(tick: Decimal, decimals: int, *, latitude: bool) -> str:
    if tick == 0:
        hemisphere = ""
    elif latitude:
        hemisphere = "N" if tick > 0 else "S"
    else:
        hemisphere = "E" if tick > 0 else "W"
    return f"{format(abs(tick), f'.{decimals}f')}°{hemisphere}"


# --- Shared ----------------------------------------------------------------------------------


def _check_id(id_prefix: str) -> None:
    if not _ID_RE.match(id_prefix):
        raise ValueError(f"id_prefix must be letters, digits, '-' or '_': {id_prefix!r}")


def _open_svg(id_prefix: str, title: str, description: str, width: int, height: float) -> list[str]:
    """The SVG's opening: the image role, its title and description, a white background."""
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart__svg" role="img"'
        f" id={quoteattr(id_prefix)}"
        f' aria-labelledby="{id_prefix}-title {id_prefix}-desc"'
        f' viewBox="0 0 {width} {_n(height)}" width="100%"'
        f' preserveAspectRatio="xMidYMid meet"'
        f' font-family={quoteattr(FONT_FAMILY)} font-size="{FONT_SIZE}">',
        f'<title id="{id_prefix}-title">{_text(title)}</title>',
        f'<desc id="{id_prefix}-desc">{_text(description)}</desc>',
        f'<rect class="chart__background" x="0" y="0" width="{width}"'
        f' height="{_n(height)}" fill="{PALETTE["background"]}"/>',
    ]
