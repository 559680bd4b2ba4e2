"""The indicator chart is well-formed, accessible SVG that draws what it is given (no database).

The chart is parsed as XML in every test: the public pages inline it, so a malformed chart
would break the page, and an unescaped title would be an injection.
"""

from __future__ import annotations

import itertools
import math
import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from madoguchi.evaluation.charts import (
    PALETTE,
    ChartPoint,
    ChartTarget,
    indicator_chart_svg,
)

SVG = "{http://www.w3.org/2000/svg}"
JA_LABELS = {
    "fy": "{fy}年度",
    "observed": "実績",
    "baseline": "基準値",
    "target": "目標値",
    "target_path": "目標への道筋",
    "range": "目標範囲",
    "projected": "傾向からの見込み",
}


def online_share(**overrides: object) -> str:
    """オンライン申請ができる行政手続の割合: the plan's figures with a few observations."""
    arguments: dict[str, object] = {
        "chart_id": "chart-1",
        "title": "オンライン申請ができる行政手続の割合",
        "description": "基準値 2020年度 4%。最新 2023年度 70%。目標 2026年度 100%。",
        "unit": "%",
        "baseline": ChartPoint(2020, 4),
        "observations": [ChartPoint(2021, 30), ChartPoint(2022, 55), ChartPoint(2023, 70)],
        "targets": [ChartTarget(2023, 75, label="mid"), ChartTarget(2026, 100, label="final")],
        "projected": ChartPoint(2026, 95),
        "labels": JA_LABELS,
    }
    arguments.update(overrides)
    return indicator_chart_svg(**arguments)  # type: ignore[arg-type]


def ordinary_ratio(**overrides: object) -> str:
    """経常収支比率: a range target of 70–80 % at both stages."""
    arguments: dict[str, object] = {
        "chart_id": "chart-2",
        "title": "経常収支比率",
        "description": "目標は 70〜80%。",
        "unit": "%",
        "baseline": ChartPoint(2020, 70.1),
        "observations": [ChartPoint(2021, 72.5), ChartPoint(2022, 76.0)],
        "targets": [
            ChartTarget(2023, low=70, high=80, label="mid"),
            ChartTarget(2026, low=70, high=80, label="final"),
        ],
    }
    arguments.update(overrides)
    return indicator_chart_svg(**arguments)  # type: ignore[arg-type]


def parse(svg: str) -> ET.Element:
    # The input is this module's own output, not untrusted XML: parsing it is the test.
    return ET.fromstring(svg)  # noqa: S314


def with_class(root: ET.Element, name: str) -> list[ET.Element]:
    return [el for el in root.iter() if name in (el.get("class") or "").split()]


def texts(root: ET.Element) -> list[str]:
    return [el.text or "" for el in root.iter(f"{SVG}text")]


def view_box(root: ET.Element) -> tuple[float, float]:
    x, y, width, height = (float(n) for n in root.get("viewBox", "").split())
    assert (x, y) == (0, 0)
    return width, height


def contrast(colour: str) -> float:
    """WCAG contrast ratio of a #rrggbb colour against white."""

    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return 1.05 / (luminance + 0.05)


# --- Structure and accessibility -----------------------------------------------------------


def test_chart_is_an_image_named_by_its_own_title_and_desc() -> None:
    # given the plan's online-application indicator
    # when it is charted
    root = parse(online_share())
    # then the SVG is one image labelled by its own title and description
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "chart-1-title chart-1-desc"
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert title is not None and title.get("id") == "chart-1-title"
    assert title.text == "オンライン申請ができる行政手続の割合"
    assert desc is not None and desc.get("id") == "chart-1-desc"
    assert desc.text is not None and desc.text.startswith("基準値")
    # and the title and desc come first, where assistive technology looks for them
    assert [child.tag for child in root][:2] == [f"{SVG}title", f"{SVG}desc"]


def test_every_id_is_prefixed_so_two_charts_can_share_a_page() -> None:
    # given two charts for two series
    first, second = parse(online_share()), parse(ordinary_ratio())
    # when their ids are collected
    ids_first = {el.get("id") for el in first.iter() if el.get("id")}
    ids_second = {el.get("id") for el in second.iter() if el.get("id")}
    # then each id carries its chart's prefix, and none is shared
    assert ids_first and all(i is not None and i.startswith("chart-1") for i in ids_first)
    assert ids_second and all(i is not None and i.startswith("chart-2") for i in ids_second)
    assert not ids_first & ids_second


def test_the_svg_scales_to_its_container() -> None:
    # given the default size
    # when the chart is drawn
    root = parse(online_share())
    # then it has a viewBox, fills the width it is given, keeps its proportions, and has no
    # fixed pixel size that could overflow a phone's screen
    assert view_box(root) == (640, 320)
    assert root.get("width") == "100%"
    assert root.get("height") is None
    assert root.get("preserveAspectRatio") == "xMidYMid meet"


def test_text_is_at_least_12px_at_the_default_size() -> None:
    # given the default 640-unit width
    root = parse(online_share())
    # when the font sizes in effect are read
    sizes = [float(el.get("font-size") or 0) for el in root.iter() if el.get("font-size")]
    # then every size set is at least 12, and text elements do not shrink it
    assert sizes and min(sizes) >= 12
    assert all(el.get("font-size") is None for el in root.iter(f"{SVG}text"))


def test_no_style_script_or_external_reference() -> None:
    # given charts of every kind
    for svg in (online_share(), ordinary_ratio()):
        root = parse(svg)
        # when the markup is inspected
        tags = {el.tag for el in root.iter()}
        attributes = {name for el in root.iter() for name in el.attrib}
        # then the site's CSP has nothing to block: no inline style, no <style>, no script,
        # no event handler, no link to anything outside the page
        assert "style=" not in svg
        assert f"{SVG}style" not in tags and f"{SVG}script" not in tags
        assert f"{SVG}image" not in tags and f"{SVG}use" not in tags
        assert not any(name.startswith("on") for name in attributes)
        assert not any("href" in name for name in attributes)
        assert "url(" not in svg


def test_user_texts_stay_text() -> None:
    # given texts a careless or hostile editor could enter
    hostile = '<script>alert("x")</script> & \'quoted\' "double"'
    svg = online_share(
        title=hostile,
        description=f"desc {hostile}",
        unit="<b>%</b>",
        labels={**JA_LABELS, "observed": "A&B <i>", "fy": '<FY "{fy}">'},
    )
    # when the chart is parsed
    root = parse(svg)
    # then nothing became markup: the texts read back exactly as given
    title = root.find(f"{SVG}title")
    assert title is not None and title.text == hostile
    assert not [el for el in root.iter() if el.tag in (f"{SVG}script", f"{SVG}b", f"{SVG}i")]
    assert "A&B <i>" in texts(root)
    assert '<FY "2020">' in texts(root)
    assert any(t.endswith("<b>%</b>") for t in texts(root))
    assert "<script>" not in svg


def test_characters_xml_cannot_carry_are_dropped() -> None:
    # given a title pasted with control characters
    # when it is charted
    root = parse(online_share(title="割合\x00\x08\x1f\ufffe"))
    # then the chart still parses and the visible text remains
    title = root.find(f"{SVG}title")
    assert title is not None and title.text == "割合"


def test_colours_meet_contrast_against_white() -> None:
    # given a chart with every element: observations, baseline, targets, band, projection
    root = parse(
        online_share(
            targets=[
                ChartTarget(2023, 75),
                ChartTarget(2026, low=90, high=100),
            ]
        )
    )
    # when the colours of lines, markers and text are read
    backgrounds = {PALETTE["background"], PALETTE["range_fill"], PALETTE["grid"], "none"}
    text_colours = {el.get("fill") for el in root.iter(f"{SVG}text")}
    graphic_colours = set()
    for el in root.iter():
        if el.tag == f"{SVG}text" or "chart__grid" in (el.get("class") or ""):
            continue
        for name in ("stroke", "fill"):
            value = el.get(name)
            if value and value not in backgrounds:
                graphic_colours.add(value)
    # then text has at least 4.5:1 and lines and markers at least 3:1
    assert text_colours and all(c and contrast(c) >= 4.5 for c in text_colours)
    assert len(graphic_colours) >= 5
    assert all(contrast(c) >= 3 for c in graphic_colours), graphic_colours


def test_elements_carry_classes_as_well_as_colours() -> None:
    # given the realistic chart
    root = parse(online_share())
    # when the series are looked up by class
    observed = with_class(root, "chart__observed")
    # then each has both a class for the stylesheet and an explicit colour
    assert observed and observed[0].get("stroke") == PALETTE["observed"]
    for name in ("chart__target-path", "chart__projected", "chart__baseline", "chart__target"):
        elements = with_class(root, name)
        assert elements, name
        assert all(el.get("stroke") or el.get("fill") for el in elements)


# --- What is drawn -------------------------------------------------------------------------


@pytest.mark.parametrize("count", [0, 1, 2, 5])
def test_one_circle_marker_per_observation(count: int) -> None:
    # given a number of observations
    observations = [ChartPoint(2021 + i, 10.0 * i) for i in range(count)]
    # when they are charted
    root = parse(online_share(observations=observations))
    # then there is one circle marker for each
    markers = with_class(root, "chart__observed-marker")
    assert len(markers) == count
    assert all(m.tag == f"{SVG}circle" for m in markers)


def test_observed_line_is_solid_and_starts_at_the_baseline() -> None:
    # given a baseline and three observations
    root = parse(online_share())
    # when the observed line is read
    (line,) = with_class(root, "chart__observed")
    (baseline,) = with_class(root, "chart__baseline")
    points = line.get("points", "").split()
    # then it is solid, runs through four points, and begins where the baseline square is
    assert line.get("stroke-dasharray") is None
    assert len(points) == 4
    x, y = (float(n) for n in points[0].split(","))
    bx = float(baseline.get("x", "0")) + float(baseline.get("width", "0")) / 2
    by = float(baseline.get("y", "0")) + float(baseline.get("height", "0")) / 2
    assert (x, y) == pytest.approx((bx, by), abs=0.11)
    assert baseline.tag == f"{SVG}rect"


def test_targets_are_diamonds_on_a_dashed_path_from_the_baseline() -> None:
    # given a mid and a final numeric target
    root = parse(online_share())
    # when the targets and the path are read
    diamonds = with_class(root, "chart__target")
    (path,) = with_class(root, "chart__target-path")
    # then each target is a four-cornered polygon (a shape, not only a colour) with its stage
    assert [d.get("data-label") for d in diamonds] == ["mid", "final"]
    assert all(d.tag == f"{SVG}polygon" and len(d.get("points", "").split()) == 4 for d in diamonds)
    # and the path is dashed and runs baseline → mid → final
    assert path.get("stroke-dasharray")
    assert len(path.get("points", "").split()) == 3


def test_a_target_without_a_number_draws_nothing() -> None:
    # given a worded target (「減少」) with no number
    root = parse(
        online_share(
            observations=[ChartPoint(2021, 71.0)],
            targets=[ChartTarget(2023), ChartTarget(2026)],
            projected=None,
        )
    )
    # when the chart is drawn
    # then there is no target marker, path, band or legend entry for it
    assert not with_class(root, "chart__target")
    assert not with_class(root, "chart__target-path")
    assert not with_class(root, "chart__range")
    assert "目標値" not in texts(root)


def test_a_range_target_draws_a_band() -> None:
    # given the 経常収支比率 range target
    root = parse(ordinary_ratio())
    # when the bands are looked up
    bands = with_class(root, "chart__range")
    # then there is a shaded rectangle per range target, with edges that can be seen
    assert len(bands) == 2
    assert all(b.tag == f"{SVG}rect" and b.get("fill") == PALETTE["range_fill"] for b in bands)
    assert with_class(root, "chart__range-edge")
    assert "Target range" in texts(root)
    # and the band's height spans 70 to 80 on the axis
    height = float(bands[0].get("height", "0"))
    assert height > 0


def test_a_numeric_target_draws_no_band() -> None:
    # given numeric targets only
    root = parse(online_share())
    # when the bands are looked up
    # then there are none, and no legend entry for one
    assert not with_class(root, "chart__range")
    assert "目標範囲" not in texts(root)


def test_projection_is_dotted_and_only_when_given() -> None:
    # given a projection to the final year
    with_projection = parse(online_share())
    without = parse(online_share(projected=None))
    # when the projection line is looked up
    (line,) = with_class(with_projection, "chart__projected")
    # then it is dotted, ends on a hollow circle, and is absent without a projection
    assert line.get("stroke-dasharray")
    (marker,) = with_class(with_projection, "chart__projected-marker")
    assert marker.tag == f"{SVG}circle" and marker.get("fill") == PALETTE["background"]
    assert not with_class(without, "chart__projected")
    assert "傾向からの見込み" not in texts(without)


def test_legend_uses_the_labels_given_and_lists_only_what_is_drawn() -> None:
    # given Japanese labels
    root = parse(online_share())
    # when the legend is read
    (legend,) = with_class(root, "chart__legend")
    legend_texts = [el.text for el in legend.iter(f"{SVG}text")]
    # then it reads in Japanese, in a fixed order, without the range it does not draw
    assert legend_texts == ["実績", "基準値", "目標値", "目標への道筋", "傾向からの見込み"]


def test_legend_defaults_to_english() -> None:
    # given no labels
    root = parse(online_share(labels=None))
    # when the texts are read
    # then the legend and the years are in English
    assert {"Observed", "Baseline", "Target", "Path to the target", "Projection"} <= set(
        texts(root)
    )
    assert "FY2020" in texts(root) and "FY2026" in texts(root)


def test_fiscal_years_use_the_translated_template() -> None:
    # given the Japanese year template
    root = parse(online_share())
    # when the x-axis labels are read
    years = [t for t in texts(root) if t.endswith("年度")]
    # then every year from the baseline to the final target is labelled
    assert years == [f"{fy}年度" for fy in range(2020, 2027)]


# --- Value axis ----------------------------------------------------------------------------


def y_ticks(root: ET.Element) -> list[str]:
    (axis,) = with_class(root, "chart__y-axis")
    return [el.text or "" for el in axis.iter(f"{SVG}text")]


def test_percentage_from_near_zero_starts_at_zero_and_stops_at_100() -> None:
    # given a share rising from 4 % towards 100 %
    root = parse(online_share())
    # when the value axis is read
    # then it runs from 0 % to 100 % in round steps
    assert y_ticks(root) == ["0%", "20%", "40%", "60%", "80%", "100%"]


def test_percentage_held_in_a_band_does_not_start_at_zero() -> None:
    # given a ratio held between 70 % and 80 %
    root = parse(ordinary_ratio())
    # when the value axis is read
    ticks = [float(t.rstrip("%")) for t in y_ticks(root)]
    # then the axis zooms in around the band, with a round step
    assert 60 <= ticks[0] < 70 and 80 < ticks[-1] <= 90
    steps = {round(b - a, 6) for a, b in itertools.pairwise(ticks)}
    assert len(steps) == 1 and steps.pop() in (1, 2, 2.5, 5)


def test_large_numbers_have_thousands_separators_and_the_unit() -> None:
    # given page views per year rising to 12,000
    root = parse(
        online_share(
            unit="回/年",
            baseline=ChartPoint(2020, 6000),
            observations=[ChartPoint(2021, 7400)],
            targets=[ChartTarget(2023, 9000), ChartTarget(2026, 12000)],
            projected=None,
        )
    )
    # when the value axis is read
    ticks = y_ticks(root)
    # then the ticks read like "12,000回/年"
    assert "12,000回/年" in ticks
    assert all(re.fullmatch(r"\d{1,3}(,\d{3})*回/年", t) for t in ticks), ticks


def test_decimals_get_a_decimal_step() -> None:
    # given the financial capability index, 1.27 aiming at 1.00
    root = parse(
        online_share(
            unit="",
            baseline=ChartPoint(2020, 1.27),
            observations=[],
            targets=[ChartTarget(2023, 1.0), ChartTarget(2026, 1.0)],
            projected=None,
        )
    )
    # when the value axis is read
    # then the ticks are round tenths, written without float noise
    assert y_ticks(root) == ["0.9", "1.0", "1.1", "1.2", "1.3"]


@pytest.mark.parametrize("value", [0.0, 5.0, -3.0, 12000.0])
def test_all_equal_values_still_give_an_axis(value: float) -> None:
    # given a series that never changes
    root = parse(
        online_share(
            unit="件",
            baseline=ChartPoint(2020, value),
            observations=[ChartPoint(2021, value), ChartPoint(2022, value)],
            targets=[ChartTarget(2026, value)],
            projected=None,
        )
    )
    # when the value axis is read
    ticks = y_ticks(root)
    # then there are several distinct ticks around the value
    assert len(set(ticks)) >= 2


def test_a_single_point_is_centred_in_its_year() -> None:
    # given only a baseline
    root = parse(online_share(observations=[], targets=[], projected=None))
    # when it is drawn
    (square,) = with_class(root, "chart__baseline")
    width, _ = view_box(root)
    x = float(square.get("x", "0")) + float(square.get("width", "0")) / 2
    # then it sits inside the plot, and nothing tries to draw a line through one point
    assert 0 < x < width
    assert not with_class(root, "chart__observed")
    assert not with_class(root, "chart__target-path")


def test_a_chart_with_nothing_to_draw_is_still_valid() -> None:
    # given a series with no figures at all yet
    root = parse(
        online_share(baseline=None, observations=[], targets=[ChartTarget(2026)], projected=None)
    )
    # when it is drawn
    # then it is an empty set of axes, with no markers and no legend
    assert not with_class(root, "chart__observed-marker")
    assert not with_class(root, "chart__legend")
    assert y_ticks(root)[0] == "0%"


# --- Refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize("chart_id", ["", "two words", '"x', "1chart", "a<b"])
def test_an_id_aria_labelledby_cannot_reference_is_refused(chart_id: str) -> None:
    # given an id that would break the space-separated aria-labelledby list or a selector
    # when a chart is asked for
    # then it is refused
    with pytest.raises(ValueError, match="chart_id"):
        online_share(chart_id=chart_id)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_a_value_that_is_not_a_number_is_refused(bad: float) -> None:
    # given an observation that is not a finite number
    # when it is charted
    # then the chart refuses rather than hiding or misplacing it
    with pytest.raises(ValueError, match="finite"):
        online_share(observations=[ChartPoint(2021, bad)])


# --- Properties ----------------------------------------------------------------------------

finite = st.floats(allow_nan=False, allow_infinity=False)
years = st.integers(min_value=1990, max_value=2050)
points = st.builds(ChartPoint, fy=years, value=finite)


@st.composite
def targets(draw: st.DrawFn) -> ChartTarget:
    fy = draw(years)
    kind = draw(st.sampled_from(["value", "range", "worded"]))
    if kind == "value":
        return ChartTarget(fy, value=draw(finite), label="final")
    if kind == "range":
        low, high = sorted((draw(finite), draw(finite)))
        return ChartTarget(fy, low=low, high=high, label="mid")
    return ChartTarget(fy)


COORDINATES_X = ("x", "x1", "x2", "cx")
COORDINATES_Y = ("y", "y1", "y2", "cy")


def assert_inside(root: ET.Element) -> None:
    width, height = view_box(root)
    assert math.isfinite(width) and math.isfinite(height)
    for el in root.iter():
        if el is root:
            continue
        for name in COORDINATES_X + COORDINATES_Y + ("width", "height", "r"):
            if el.get(name) is not None:
                assert math.isfinite(float(el.get(name, ""))), (el.tag, name, el.attrib)
        for name in COORDINATES_X:
            if el.get(name) is not None:
                assert 0 <= float(el.get(name, "")) <= width, (el.tag, name, el.attrib)
        for name in COORDINATES_Y:
            if el.get(name) is not None:
                assert 0 <= float(el.get(name, "")) <= height, (el.tag, name, el.attrib)
        if el.get("width") is not None:
            right = float(el.get("x", "0")) + float(el.get("width", ""))
            assert float(el.get("width", "")) >= 0 and right <= width + 0.05, el.attrib
        if el.get("height") is not None:
            bottom = float(el.get("y", "0")) + float(el.get("height", ""))
            assert float(el.get("height", "")) >= 0 and bottom <= height + 0.05, el.attrib
        for pair in (el.get("points") or "").split():
            x, y = (float(n) for n in pair.split(","))
            assert math.isfinite(x) and math.isfinite(y)
            assert 0 <= x <= width and 0 <= y <= height, (el.tag, el.attrib)


@settings(max_examples=300, deadline=None)
@given(
    baseline=st.none() | points,
    observations=st.lists(points, max_size=5),
    chart_targets=st.lists(targets(), max_size=3),
    projected=st.none() | points,
    unit=st.sampled_from(["%", "％", "件", "回/年", ""]),
)
def test_any_finite_figures_give_a_chart_inside_its_view_box(
    baseline: ChartPoint | None,
    observations: list[ChartPoint],
    chart_targets: list[ChartTarget],
    projected: ChartPoint | None,
    unit: str,
) -> None:
    # given any finite figures, from subnormal to the largest float, in any order
    # when they are charted
    svg = indicator_chart_svg(
        chart_id="c",
        title="t",
        description="d",
        unit=unit,
        baseline=baseline,
        observations=observations,
        targets=chart_targets,
        projected=projected,
    )
    # then the SVG parses, every coordinate is a finite number inside the viewBox, and there
    # is one marker per observation
    root = parse(svg)
    assert_inside(root)
    assert len(with_class(root, "chart__observed-marker")) == len(observations)
    assert "style=" not in svg


@settings(max_examples=200, deadline=None)
@given(title=st.text(), description=st.text(), unit=st.text(max_size=5))
def test_any_text_stays_text(title: str, description: str, unit: str) -> None:
    # given any text at all as title, description and unit
    # when it is charted
    root = parse(online_share(title=title, description=description, unit=unit))
    # then the chart parses and the title reads back as given, less what XML cannot carry
    allowed = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]", "", title)
    element = root.find(f"{SVG}title")
    assert element is not None
    # (an XML parser reads any line break as a line feed)
    assert (element.text or "") == allowed.replace("\r\n", "\n").replace("\r", "\n")
