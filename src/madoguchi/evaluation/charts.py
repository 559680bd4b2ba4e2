"""Server-rendered SVG line chart of one indicator's progress towards its targets.

Pure Python: no Django, no database, no I/O. The public indicator pages must work without
JavaScript, so the chart is drawn here on the server as a string of SVG that the template
inlines; keeping it free of Django lets it be tested by parsing its output, and reused by the
yearly report and by anything else that needs the same picture.

Accessibility is designed in rather than bolted on:

* The SVG is one image (``role="img"``) named by its own ``<title>`` and ``<desc>`` through
  ``aria-labelledby``. Its parts are not announced one by one: a screen-reader user gets the
  text summary and the data table the page puts beside the chart, which say the same thing in
  a form that can be read in order.
* Nothing is told by colour alone. Each series has its own line pattern (solid, dashed,
  dotted) and its own marker shape (circle, square, diamond, hollow circle), and the legend
  repeats both.
* Colours are the Digital Agency's design tokens (``@digital-go-jp/design-tokens``, the same
  palette as ``site.css``) with at least 3:1 contrast against white for lines and markers and
  at least 4.5:1 for text. Gridlines and the fill of a range band are lighter on purpose: they
  are background, and the tick labels and band edges carry the information.
* Text is 14 user units at the default 640-unit width, so at least 12 px whenever the chart is
  drawn at its default size or larger.

The site's Content Security Policy forbids inline styles, so there is no ``style`` attribute
and no ``<style>`` element: colours and line patterns are presentation attributes, and every
element also has a ``chart__…`` class so that the site's stylesheet can restyle it (for
example for forced-colours mode). There are no scripts and no external references.

Every text that reaches the output (title, description, unit, labels) is escaped, and
characters that XML cannot carry at all are dropped, so the output is always well-formed XML
and a hostile title stays text.
"""

from __future__ import annotations

import math
import re
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

__all__ = ["DEFAULT_LABELS", "PALETTE", "ChartPoint", "ChartTarget", "indicator_chart_svg"]


@dataclass(frozen=True)
class ChartPoint:
    """One value of the series in one fiscal year (a baseline, an observation, a projection)."""

    fy: int
    value: float


@dataclass(frozen=True)
class ChartTarget:
    """A target for one fiscal year: a number (``value``), a band (``low``–``high``), or neither
    for a target the plan only words (「減少」), which has nothing to draw.

    ``label`` names the target for machines (the pages pass the stage, "mid" or "final"); it
    is kept as a ``data-label`` attribute on the marker and never shown, because the visible
    words of the chart must come translated through ``labels``.
    """

    fy: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    label: str = ""


#: Legend texts and the fiscal-year template. The pages pass translations; these English
#: defaults keep the function usable (and testable) on its own.
DEFAULT_LABELS: dict[str, str] = {
    "fy": "FY{fy}",
    "observed": "Observed",
    "baseline": "Baseline",
    "target": "Target",
    "target_path": "Path to the target",
    "range": "Target range",
    "projected": "Projection",
}

MARKER_RADIUS = 5.0
LEGEND_ROW_HEIGHT = 22
LEGEND_SWATCH = 28  # a line sample
LEGEND_MARKER_SWATCH = 14  # a lone marker: narrower, or the gap before its text looks too wide
MIN_PLOT_HEIGHT = 80
TICK = 5

# An id must survive being one entry of the space-separated aria-labelledby list, and a CSS
# selector, so it is kept to letters, digits, hyphens and underscores.
_ID_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_PERCENT_UNITS = {"%", "％"}


def indicator_chart_svg(
    *,
    chart_id: str,
    title: str,
    description: str,
    unit: str,
    baseline: ChartPoint | None,
    observations: list[ChartPoint],
    targets: list[ChartTarget],
    projected: ChartPoint | None = None,
    labels: dict[str, str] | None = None,
    width: int = 640,
    height: int = 320,
) -> str:
    """Return an inline SVG line chart of an indicator's baseline, observations and targets.

    Draws the observed series (solid line, circles) starting from the baseline (square), the
    path the plan implies (dashed, from the baseline — or the first observation when the plan
    gives none — to each numeric target), the numeric targets (diamonds), a shaded band for
    each range target, and a dotted projection of the trend to ``projected`` (hollow circle).
    A legend inside the SVG lists only what is drawn.

    ``chart_id`` prefixes every id in the output so that several charts can share a page.
    ``width`` and ``height`` only set the ``viewBox`` (the drawing's proportions); the SVG
    scales to its container, so it never overflows a phone's screen. The height grows when
    the legend needs more rows than the plot can spare.

    Raises ``ValueError`` for an id that cannot be referenced from ``aria-labelledby``, for a
    size too small to hold the axes, and for a value that is not a finite number, since such a
    value cannot be placed and hiding it would misstate the data.
    """
    if not _ID_RE.match(chart_id):
        raise ValueError(f"chart_id must be letters, digits, '-' or '_': {chart_id!r}")
    if width < 200 or height < 150:
        raise ValueError(f"chart size {width}x{height} is too small (at least 200x150)")
    texts = {**DEFAULT_LABELS, **(labels or {})}
    observed = sorted(observations, key=lambda p: p.fy)
    for name, number in _numbers(baseline, observed, targets, projected):
        if not math.isfinite(number):
            raise ValueError(f"{name} is not a finite number: {number!r}")

    # --- What is drawn -----------------------------------------------------------------
    # The observed line starts at the baseline: the baseline is itself a measured value, and
    # the line shows the way travelled from it. A stable sort keeps it first on a shared year.
    observed_line = sorted(([baseline] if baseline else []) + observed, key=lambda p: p.fy)
    start = baseline or (observed[0] if observed else None)
    numeric_targets = sorted((t for t in targets if t.value is not None), key=lambda t: t.fy)
    target_points = [ChartPoint(t.fy, t.value) for t in numeric_targets if t.value is not None]
    path = ([start] if start else []) + target_points
    all_targets = sorted(targets, key=lambda t: t.fy)
    bands = [t for t in all_targets if t.low is not None and t.high is not None]

    points = observed_line + target_points + ([projected] if projected else [])
    years = [p.fy for p in points] + [t.fy for t in bands]
    if not years:
        # Only worded targets: their years still give the axis a sensible span.
        years = [t.fy for t in targets]
    values = [Decimal(p.value) for p in points]
    for t in targets:
        values += [Decimal(v) for v in (t.low, t.high) if v is not None]
    yscale = _YScale.fit(values, percent=unit.strip() in _PERCENT_UNITS)

    # --- Layout ------------------------------------------------------------------------
    legend = _legend_items(
        texts,
        observed=bool(observed),
        baseline=baseline is not None,
        target=bool(target_points),
        target_path=len(path) >= 2,
        band=bool(bands),
        projected=projected is not None,
    )
    legend_rows = _legend_layout(legend, left=8.0, right=width - 8.0)
    legend_height = (max((row for _, _, row in legend_rows), default=-1) + 1) * LEGEND_ROW_HEIGHT
    tick_texts = [yscale.label(tick) + _clean(unit) for tick in yscale.ticks]
    left = min(max((_text_width(t) for t in tick_texts), default=0.0) + TICK + 12, width * 0.45)
    left = max(left, 24.0)
    top = 10.0 + legend_height + (10 if legend_height else 4) + FONT_SIZE / 2
    bottom_margin = TICK + FONT_SIZE + 14.0
    total_height = max(float(height), top + MIN_PLOT_HEIGHT + bottom_margin)
    right = width - 16.0
    plot_bottom = total_height - bottom_margin
    plot = _Plot(left=left, right=right, top=top, bottom=plot_bottom)
    fy_min = min(years, default=0)
    fy_max = max(years, default=0)
    slots = fy_max - fy_min + 1

    def x_of(fy: int) -> float:
        return plot.left + (fy - fy_min + 0.5) / slots * plot.width

    def y_of(value: float) -> float:
        return plot.bottom - yscale.fraction(Decimal(value)) * plot.height

    # --- Output ------------------------------------------------------------------------
    out: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart__svg" role="img"'
        f" id={quoteattr(chart_id)}"
        f' aria-labelledby="{chart_id}-title {chart_id}-desc"'
        f' viewBox="0 0 {width} {_n(total_height)}" width="100%"'
        f' preserveAspectRatio="xMidYMid meet"'
        f' font-family={quoteattr(FONT_FAMILY)} font-size="{FONT_SIZE}">',
        f'<title id="{chart_id}-title">{_text(title)}</title>',
        f'<desc id="{chart_id}-desc">{_text(description)}</desc>',
        f'<rect class="chart__background" x="0" y="0" width="{width}"'
        f' height="{_n(total_height)}" fill="{PALETTE["background"]}"/>',
    ]

    # Gridlines and y tick labels.
    out.append('<g class="chart__y-axis">')
    for tick, text in zip(yscale.ticks, tick_texts, strict=True):
        y = plot.bottom - yscale.fraction(tick) * plot.height
        kind = "chart__zero" if tick == 0 and yscale.lo < 0 else "chart__grid"
        colour = PALETTE["axis"] if kind == "chart__zero" else PALETTE["grid"]
        out.append(
            f'<line class="{kind}" x1="{_n(plot.left)}" y1="{_n(y)}" x2="{_n(plot.right)}"'
            f' y2="{_n(y)}" stroke="{colour}" stroke-width="1"/>'
            f'<line class="chart__tick" x1="{_n(plot.left - TICK)}" y1="{_n(y)}"'
            f' x2="{_n(plot.left)}" y2="{_n(y)}" stroke="{PALETTE["axis"]}" stroke-width="1"/>'
        )
        out.append(
            f'<text class="chart__tick-label" x="{_n(plot.left - TICK - 4)}"'
            f' y="{_n(y + FONT_SIZE * 0.35)}" text-anchor="end"'
            f' fill="{PALETTE["text"]}">{_text(text)}</text>'
        )
    out.append("</g>")

    # Axes lines.
    out.append(
        f'<g class="chart__axis" stroke="{PALETTE["axis"]}" stroke-width="1.5" fill="none">'
        f'<line x1="{_n(plot.left)}" y1="{_n(plot.top)}" x2="{_n(plot.left)}"'
        f' y2="{_n(plot.bottom)}"/>'
        f'<line x1="{_n(plot.left)}" y1="{_n(plot.bottom)}" x2="{_n(plot.right)}"'
        f' y2="{_n(plot.bottom)}"/></g>'
    )

    # X ticks: a mark for every year while they are far enough apart, a label as often as the
    # labels fit side by side.
    if years:
        out.append('<g class="chart__x-axis">')
        slot_width = plot.width / slots
        fy_template = _clean(texts["fy"])
        label_width = max(_text_width(_fy_text(fy_template, fy)) for fy in (fy_min, fy_max))
        step = _label_step(slot_width, label_width + 10)
        if slot_width >= 6:
            marks = "".join(
                f'<line x1="{_n(x_of(fy))}" y1="{_n(plot.bottom)}" x2="{_n(x_of(fy))}"'
                f' y2="{_n(plot.bottom + TICK)}"/>'
                for fy in range(fy_min, fy_max + 1)
            )
            out.append(f'<g class="chart__tick" stroke="{PALETTE["axis"]}">{marks}</g>')
        first = -(-fy_min // step) * step
        labelled = list(range(first, fy_max + 1, step)) or [fy_min]
        for fy in labelled:
            text = _fy_text(fy_template, fy)
            half = _text_width(text) / 2
            x = min(max(x_of(fy), half + 2), width - half - 2)
            out.append(
                f'<text class="chart__tick-label" x="{_n(x)}"'
                f' y="{_n(plot.bottom + TICK + FONT_SIZE + 2)}" text-anchor="middle"'
                f' fill="{PALETTE["text"]}">{_text(text)}</text>'
            )
        out.append("</g>")

    # Range bands, behind the lines: from the previous target (or the start) to their year.
    for band in bands:
        assert band.low is not None and band.high is not None
        # Worded targets are not drawn, so they neither start a band nor stretch the x-axis.
        earlier = [t.fy for t in all_targets if t.fy < band.fy and _is_drawn(t)]
        from_fy = max(earlier) if earlier else (start.fy if start else band.fy)
        from_fy = min(max(from_fy, fy_min), band.fy)
        x0, x1 = x_of(from_fy), x_of(band.fy)
        if x1 - x0 < 2 * MARKER_RADIUS:
            half = min(plot.width / slots * 0.35, plot.width / 2)
            x0, x1 = x1 - half, x1 + half
        y_top = y_of(max(band.low, band.high))
        y_low = y_of(min(band.low, band.high))
        # The fill carries no stroke, so bands of consecutive targets join into one; only the
        # top and bottom edges are outlined, in a colour with enough contrast to be seen.
        out.append(
            f'<rect class="chart__range" x="{_n(x0)}" y="{_n(y_top)}" width="{_n(x1 - x0)}"'
            f' height="{_n(max(y_low - y_top, 0.0))}" fill="{PALETTE["range_fill"]}"'
            f"{_data_label(band.label)}/>"
        )
        edges = "".join(
            f'<line x1="{_n(x0)}" y1="{_n(y)}" x2="{_n(x1)}" y2="{_n(y)}"/>' for y in (y_top, y_low)
        )
        out.append(
            f'<g class="chart__range-edge" stroke="{PALETTE["range_edge"]}"'
            f' stroke-width="1.5">{edges}</g>'
        )

    # Target path (dashed) and projection (dotted) under the observed line.
    if len(path) >= 2:
        out.append(
            _polyline(
                "chart__target-path",
                [(x_of(p.fy), y_of(p.value)) for p in path],
                PALETTE["target"],
                2.0,
                dash="7 5",
            )
        )
    if projected is not None and observed_line:
        last = observed_line[-1]
        out.append(
            _polyline(
                "chart__projected",
                [(x_of(last.fy), y_of(last.value)), (x_of(projected.fy), y_of(projected.value))],
                PALETTE["projected"],
                2.5,
                dash="0.5 5",
                linecap="round",
            )
        )
    if len(observed_line) >= 2:
        out.append(
            _polyline(
                "chart__observed",
                [(x_of(p.fy), y_of(p.value)) for p in observed_line],
                PALETTE["observed"],
                3.0,
            )
        )

    # Markers on top: targets, projection, baseline, observations.
    for t in numeric_targets:
        assert t.value is not None
        out.append(
            _diamond(
                "chart__target",
                x_of(t.fy),
                y_of(t.value),
                PALETTE["target"],
                extra=_data_label(t.label),
            )
        )
    if projected is not None:
        out.append(
            _circle(
                "chart__projected-marker",
                x_of(projected.fy),
                y_of(projected.value),
                fill=PALETTE["background"],
                stroke=PALETTE["projected"],
            )
        )
    if baseline is not None:
        out.append(
            _square("chart__baseline", x_of(baseline.fy), y_of(baseline.value), PALETTE["baseline"])
        )
    for p in observed:
        out.append(
            _circle(
                "chart__observed-marker",
                x_of(p.fy),
                y_of(p.value),
                fill=PALETTE["observed"],
                stroke=PALETTE["background"],
            )
        )

    # Legend.
    if legend_rows:
        out.append('<g class="chart__legend">')
        for item, x, row in legend_rows:
            y = 10.0 + row * LEGEND_ROW_HEIGHT + LEGEND_ROW_HEIGHT / 2
            out.append(_legend_swatch(item.key, x, y))
            out.append(
                f'<text class="chart__legend-label" x="{_n(x + item.swatch + 6)}"'
                f' y="{_n(y + FONT_SIZE * 0.35)}" fill="{PALETTE["text"]}">'
                f"{_text(item.text)}</text>"
            )
        out.append("</g>")

    out.append("</svg>")
    return "\n".join(out)


# --- Scales ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plot:
    left: float
    right: float
    top: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class _YScale:
    """The value axis, worked out in ``Decimal``.

    Decimal because the ticks must read as the round numbers they are (0.1 × 3 is 0.3 here,
    not 0.30000000000000004), and because any finite float must chart without overflow: the
    padded span of ±1.7e308 does not fit in a float, but fits in a Decimal.
    """

    lo: Decimal
    hi: Decimal
    step: Decimal

    @property
    def ticks(self) -> list[Decimal]:
        with localcontext() as ctx:
            ctx.prec = 40
            count = int((self.hi - self.lo) / self.step)
            return [self.lo + self.step * i for i in range(count + 1)]

    def fraction(self, value: Decimal) -> float:
        """Where ``value`` sits between the bottom (0.0) and the top (1.0) of the axis."""
        with localcontext() as ctx:
            ctx.prec = 40
            share = float((value - self.lo) / (self.hi - self.lo))
        # Values lie inside the axis by construction; clamping only guards rounding.
        return min(max(share, 0.0), 1.0)

    def label(self, tick: Decimal) -> str:
        """A tick as text: thousands separators, as many decimals as the step needs."""
        decimals = max(0, -_exponent(self.step))
        biggest = max(abs(self.lo), abs(self.hi))
        if decimals > 8 or biggest >= Decimal("1e15"):
            return format(tick.normalize() if tick else Decimal(0), ".6g")
        return format(tick, f",.{decimals}f")

    @classmethod
    def fit(cls, values: list[Decimal], *, percent: bool) -> _YScale:
        """A readable axis for ``values``: 10 % padding, a round step of 1, 2, 2.5 or 5 × 10ⁿ,
        about six intervals, and zero included for a percentage that starts low enough.

        Zero is included for a percentage when the smallest value is at most half the
        largest: a share of 4 % to 100 % reads truthfully only from zero, whereas a ratio held
        between 70 % and 80 % would be flattened into a line if the axis started at zero. The
        padding never pushes a non-negative series below zero, nor a percentage that stays
        within 0–100 above 100.
        """
        with localcontext() as ctx:
            ctx.prec = 40
            if not values:
                return cls._ticks(Decimal(0), Decimal(100 if percent else 1))
            lo, hi = min(values), max(values)
            if lo == hi == 0:
                return cls._ticks(Decimal(0), Decimal(1))
            non_negative, non_positive = lo >= 0, hi <= 0
            if percent and non_negative and lo * 2 <= hi:
                lo = Decimal(0)
            pad = (hi - lo) / 10 if hi != lo else abs(lo) / 10
            lo_padded = lo if lo == 0 else lo - pad
            hi_padded = hi + pad
            if non_negative and lo_padded < 0:
                lo_padded = Decimal(0)
            if non_positive and hi_padded > 0:
                hi_padded = Decimal(0)
            if percent and non_negative and hi <= 100 < hi_padded:
                hi_padded = Decimal(100)
            return cls._ticks(lo_padded, hi_padded)

    @classmethod
    def _ticks(cls, lo: Decimal, hi: Decimal) -> _YScale:
        step = _nice_step((hi - lo) / 6)
        axis_lo = (lo / step).to_integral_value(rounding=ROUND_FLOOR) * step
        axis_hi = (hi / step).to_integral_value(rounding=ROUND_CEILING) * step
        if axis_hi <= axis_lo:
            axis_hi = axis_lo + step
        return cls(lo=axis_lo, hi=axis_hi, step=step)


def _label_step(slot_width: float, label_width: float) -> int:
    """Label every year if the labels fit, else every 2nd, 5th, 10th, 20th… year."""
    step = 1
    for factor in _steps():
        step = factor
        if step * slot_width >= label_width:
            break
    return step


def _steps() -> list[int]:
    steps = [1, 2, 5]
    while steps[-1] < 10**12:
        steps += [steps[-3] * 10, steps[-2] * 10, steps[-1] * 10]
    return steps


# --- Legend ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _LegendItem:
    key: str
    text: str

    @property
    def swatch(self) -> int:
        return LEGEND_MARKER_SWATCH if self.key in ("baseline", "target") else LEGEND_SWATCH


def _legend_items(
    texts: dict[str, str],
    *,
    observed: bool,
    baseline: bool,
    target: bool,
    target_path: bool,
    band: bool,
    projected: bool,
) -> list[_LegendItem]:
    shown = {
        "observed": observed,
        "baseline": baseline,
        "target": target,
        "target_path": target_path,
        "range": band,
        "projected": projected,
    }
    return [_LegendItem(key, _clean(texts[key])) for key, on in shown.items() if on]


def _legend_layout(
    items: list[_LegendItem], *, left: float, right: float
) -> list[tuple[_LegendItem, float, int]]:
    """Place legend items left to right, starting a new row when the next would not fit."""
    placed: list[tuple[_LegendItem, float, int]] = []
    x, row = left, 0
    for item in items:
        item_width = item.swatch + 6 + _text_width(item.text)
        if x > left and x + item_width > right:
            x, row = left, row + 1
        placed.append((item, x, row))
        x += item_width + 16
    return placed


def _legend_swatch(key: str, x: float, y: float) -> str:
    if key in ("baseline", "target"):
        mid = x + LEGEND_MARKER_SWATCH / 2
        if key == "baseline":
            return _square(f"chart__legend-{key}", mid, y, PALETTE["baseline"])
        return _diamond(f"chart__legend-{key}", mid, y, PALETTE["target"])
    mid = x + LEGEND_SWATCH / 2
    line = [(x, y), (x + LEGEND_SWATCH, y)]
    klass = f"chart__legend-{key.replace('_', '-')}"
    if key == "observed":
        return _polyline(klass, line, PALETTE["observed"], 3.0) + _circle(
            klass, mid, y, fill=PALETTE["observed"], stroke=PALETTE["background"]
        )
    if key == "target_path":
        return _polyline(klass, line, PALETTE["target"], 2.0, dash="7 5")
    if key == "range":
        return (
            f'<rect class="{klass}" x="{_n(x)}" y="{_n(y - 6)}" width="{LEGEND_SWATCH}"'
            f' height="12" fill="{PALETTE["range_fill"]}" stroke="{PALETTE["range_edge"]}"'
            ' stroke-width="1.5"/>'
        )
    return _polyline(
        klass, line, PALETTE["projected"], 2.5, dash="0.5 5", linecap="round"
    ) + _circle(klass, mid, y, fill=PALETTE["background"], stroke=PALETTE["projected"])


# --- Shapes and text ---------------------------------------------------------------------


def _polyline(
    klass: str,
    points: list[tuple[float, float]],
    colour: str,
    stroke_width: float,
    *,
    dash: str | None = None,
    linecap: str = "butt",
) -> str:
    coords = " ".join(f"{_n(x)},{_n(y)}" for x, y in points)
    dashes = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<polyline class="{klass}" points="{coords}" fill="none" stroke="{colour}"'
        f' stroke-width="{_n(stroke_width)}" stroke-linejoin="round"'
        f' stroke-linecap="{linecap}"{dashes}/>'
    )


def _circle(klass: str, x: float, y: float, *, fill: str, stroke: str) -> str:
    return (
        f'<circle class="{klass}" cx="{_n(x)}" cy="{_n(y)}" r="{_n(MARKER_RADIUS)}"'
        f' fill="{fill}" stroke="{stroke}" stroke-width="2"/>'
    )


def _square(klass: str, x: float, y: float, colour: str) -> str:
    side = MARKER_RADIUS * 2
    return (
        f'<rect class="{klass}" x="{_n(x - side / 2)}" y="{_n(y - side / 2)}"'
        f' width="{_n(side)}" height="{_n(side)}" fill="{colour}"'
        f' stroke="{PALETTE["background"]}" stroke-width="1.5"/>'
    )


def _diamond(klass: str, x: float, y: float, colour: str, *, extra: str = "") -> str:
    r = MARKER_RADIUS + 2
    points = f"{_n(x)},{_n(y - r)} {_n(x + r)},{_n(y)} {_n(x)},{_n(y + r)} {_n(x - r)},{_n(y)}"
    return (
        f'<polygon class="{klass}" points="{points}" fill="{colour}"'
        f' stroke="{PALETTE["background"]}" stroke-width="1.5"{extra}/>'
    )


def _is_drawn(target: ChartTarget) -> bool:
    return target.value is not None or (target.low is not None and target.high is not None)


def _data_label(label: str) -> str:
    return f" data-label={quoteattr(_clean(label))}" if label else ""


def _numbers(
    baseline: ChartPoint | None,
    observed: list[ChartPoint],
    targets: list[ChartTarget],
    projected: ChartPoint | None,
) -> list[tuple[str, float]]:
    numbers: list[tuple[str, float]] = []
    if baseline is not None:
        numbers.append((f"baseline FY{baseline.fy}", baseline.value))
    numbers += [(f"observation FY{p.fy}", p.value) for p in observed]
    for t in targets:
        for name, value in (("value", t.value), ("low", t.low), ("high", t.high)):
            if value is not None:
                numbers.append((f"target FY{t.fy} {name}", value))
    if projected is not None:
        numbers.append((f"projection FY{projected.fy}", projected.value))
    return numbers


def _fy_text(template: str, fy: int) -> str:
    # str.replace rather than str.format: a translated template may hold other braces.
    return template.replace("{fy}", str(fy))
