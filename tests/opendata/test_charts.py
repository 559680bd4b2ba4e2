"""The open data charts are well-formed, accessible SVG that draw what they are given.

No database: the charts are pure functions. Every test parses the output as XML, because the
pages inline it: a malformed chart would break the page, and an unescaped label would be an
injection.
"""

from __future__ import annotations

import itertools
import math
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from madoguchi.opendata.charts import (
    MAX_BARS,
    MAX_POINTS,
    bar_chart_svg,
    coordinate_columns,
    numeric_columns,
    point_map_svg,
)

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>&"'
WARDS = ["芝地区", "麻布地区", "赤坂地区", "高輪地区", "芝浦港南地区"]
# (latitude, longitude, label): public facilities in Minato City.
FACILITIES: list[tuple[float | None, float | None, str]] = [
    (35.6581, 139.7516, "港区役所"),
    (35.6544, 139.7370, "麻布地区総合支所"),
    (35.6727, 139.7367, "赤坂地区総合支所"),
    (35.6346, 139.7350, "高輪地区総合支所"),
    (35.6300, 139.7480, "芝浦港南地区総合支所"),
]


def parse(svg: str) -> ET.Element:
    # The input is this module's own output, not untrusted XML: parsing it is the test.
    return ET.fromstring(svg)  # noqa: S314


def with_class(root: ET.Element, name: str) -> list[ET.Element]:
    return [el for el in root.iter() if name in (el.get("class") or "").split()]


def texts(root: ET.Element) -> list[str]:
    return [el.text or "" for el in root.iter(f"{SVG}text")]


def num(element: ET.Element, attribute: str) -> float:
    return float(element.get(attribute) or "nan")


def view_box(root: ET.Element) -> tuple[float, float]:
    x, y, width, height = (float(n) for n in root.get("viewBox", "").split())
    assert (x, y) == (0, 0)
    return width, height


def contrast(colour: str, background: str = "#ffffff") -> float:
    """WCAG contrast ratio between two #rrggbb colours."""

    def luminance(hex_colour: str) -> float:
        def channel(hex_pair: str) -> float:
            c = int(hex_pair, 16) / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(hex_colour[i : i + 2]) for i in (1, 3, 5))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(colour), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def bars(**overrides: object) -> str:
    arguments: dict[str, object] = {
        "title": "地区別の人口",
        "description": "芝地区が最も多い。",
        "labels": WARDS,
        "values": [85_123, 61_000, 38_500, 66_010, 48_700],
        "unit": "人",
        "id_prefix": "population",
    }
    arguments.update(overrides)
    return bar_chart_svg(**arguments)  # type: ignore[arg-type]


def facilities_map(**overrides: object) -> tuple[str, int]:
    arguments: dict[str, object] = {
        "title": "区の施設",
        "description": "5か所の施設の位置。",
        "points": FACILITIES,
        "id_prefix": "facilities",
    }
    arguments.update(overrides)
    return point_map_svg(**arguments)  # type: ignore[arg-type]


def zero_x(root: ET.Element) -> float:
    (line,) = with_class(root, "chart__zero")
    assert num(line, "x1") == num(line, "x2")
    return num(line, "x1")


def bar_groups(root: ET.Element) -> list[ET.Element]:
    return with_class(root, "chart__bar-group")


def marker_centres(root: ET.Element) -> dict[str, tuple[float, float]]:
    """Each marker's number and the centre of its circle."""
    centres = {}
    for marker in with_class(root, "chart__marker"):
        circle = marker.find(f"{SVG}circle")
        number = marker.find(f"{SVG}text")
        assert circle is not None and number is not None and number.text
        centres[number.text] = (num(circle, "cx"), num(circle, "cy"))
    return centres


# --- Structure and accessibility -------------------------------------------------------------


@pytest.mark.parametrize("kind", ["bar", "map"])
def test_chart_is_an_image_named_by_its_own_title_and_desc(kind: str) -> None:
    # given a bar chart or a map
    svg = bars() if kind == "bar" else facilities_map()[0]
    prefix = "population" if kind == "bar" else "facilities"
    # when it is parsed
    root = parse(svg)
    # then it is one image labelled by its own title and description, which come first
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == f"{prefix}-title {prefix}-desc"
    assert [child.tag for child in root][:2] == [f"{SVG}title", f"{SVG}desc"]
    title, desc = root[0], root[1]
    assert title.get("id") == f"{prefix}-title"
    assert desc.get("id") == f"{prefix}-desc"
    assert title.text in ("地区別の人口", "区の施設")
    assert desc.text in ("芝地区が最も多い。", "5か所の施設の位置。")


def test_ids_carry_the_prefix_so_two_charts_can_share_a_page() -> None:
    # given a bar chart and a map on one page, each with its own prefix
    first = parse(bars(id_prefix="chart-1"))
    second = parse(facilities_map(id_prefix="chart-2")[0])
    # when their ids are collected
    ids_first = {el.get("id") or "" for el in first.iter() if el.get("id")}
    ids_second = {el.get("id") or "" for el in second.iter() if el.get("id")}
    # then each id carries its chart's prefix, and none is shared
    assert ids_first and all(i.startswith("chart-1") for i in ids_first)
    assert ids_second and all(i.startswith("chart-2") for i in ids_second)
    assert not ids_first & ids_second


@pytest.mark.parametrize("prefix", ["", "1chart", "a b", 'x"y', "chart<"])
def test_an_id_prefix_that_cannot_be_referenced_is_refused(prefix: str) -> None:
    # given a prefix that would break aria-labelledby or a selector
    # when either chart is drawn with it
    # then both refuse it
    with pytest.raises(ValueError, match="id_prefix"):
        bars(id_prefix=prefix)
    with pytest.raises(ValueError, match="id_prefix"):
        facilities_map(id_prefix=prefix)


@pytest.mark.parametrize("kind", ["bar", "map"])
def test_the_svg_scales_to_its_container(kind: str) -> None:
    # given the default width
    # when the chart is drawn
    root = parse(bars() if kind == "bar" else facilities_map()[0])
    # then it has a viewBox of that width, fills its container and keeps its proportions
    width, height = view_box(root)
    assert width == 640 and height > 0
    assert root.get("width") == "100%"
    assert root.get("height") is None
    assert root.get("preserveAspectRatio") == "xMidYMid meet"


@pytest.mark.parametrize("kind", ["bar", "map"])
def test_text_is_at_least_14_units(kind: str) -> None:
    # given either chart
    root = parse(bars() if kind == "bar" else facilities_map()[0])
    # when the font sizes in effect are read
    sizes = [num(el, "font-size") for el in root.iter() if el.get("font-size")]
    # then the only size set is at least 14, and no text element shrinks it
    assert sizes and min(sizes) >= 14
    assert all(el.get("font-size") is None for el in root.iter(f"{SVG}text"))


@pytest.mark.parametrize("kind", ["bar", "negative", "missing", "map", "empty map"])
def test_no_style_script_or_external_reference(kind: str) -> None:
    # given charts of every kind
    svg = {
        "bar": lambda: bars(),
        "negative": lambda: bars(values=[-5, 3, -1.5, 0, 2]),
        "missing": lambda: bars(values=[None, None, 1, None, 2]),
        "map": lambda: facilities_map()[0],
        "empty map": lambda: facilities_map(points=[])[0],
    }[kind]()
    root = parse(svg)
    # when every element is walked
    elements = list(root.iter())
    tags = {el.tag for el in elements}
    attributes = {name for el in elements for name in el.attrib}
    # then the site's CSP has nothing to block: no inline style, no <style>, no script, no
    # event handler, no image or link to anything outside the page (no tile server)
    assert all("style" not in el.attrib for el in elements)
    assert f"{SVG}style" not in tags and f"{SVG}script" not in tags
    assert f"{SVG}image" not in tags and f"{SVG}use" not in tags
    assert f"{SVG}foreignObject" not in tags
    assert not any(name.startswith("on") for name in attributes)
    assert not any("href" in name for name in attributes)
    assert "url(" not in svg and "http://" not in svg.replace("http://www.w3.org/2000/svg", "")


@pytest.mark.parametrize("kind", ["bar", "map"])
def test_colours_meet_contrast_against_white(kind: str) -> None:
    # given a chart with all its parts (negative and missing values for the bar chart)
    svg = bars(values=[5, -3, None, 0, 8]) if kind == "bar" else facilities_map()[0]
    root = parse(svg)
    # when the colours of marks and texts are read
    marks = with_class(root, "chart__bar") + with_class(root, "chart__marker-dot")
    axes = with_class(root, "chart__zero") + with_class(root, "chart__axis")
    # then bars and markers have at least 3:1 against white, and so do the axes
    assert marks
    for mark in marks:
        assert contrast(mark.get("fill") or "") >= 3
    for line in axes:
        assert contrast(line.get("stroke") or "") >= 3
    # and text has at least 4.5:1 against what it is drawn on: white, or a marker's fill
    for text in root.iter(f"{SVG}text"):
        if "chart__marker-number" in (text.get("class") or ""):
            dots = with_class(root, "chart__marker-dot")
            assert contrast(text.get("fill") or "", dots[0].get("fill") or "") >= 4.5
        else:
            assert contrast(text.get("fill") or "") >= 4.5


@pytest.mark.parametrize("kind", ["bar", "map"])
def test_elements_carry_chart_classes_for_the_stylesheet(kind: str) -> None:
    # given either chart
    root = parse(bars() if kind == "bar" else facilities_map()[0])
    # when the drawn elements are collected
    drawn = [el for el in root.iter() if el.tag not in (f"{SVG}title", f"{SVG}desc")]
    # then each either has a chart__ class or sits in a group that has one
    classed = {id(el) for el in root.iter() if (el.get("class") or "").startswith("chart__")}
    for parent in root.iter():
        if id(parent) in classed:
            classed.update(id(child) for child in parent)
    assert all(id(el) in classed for el in drawn)


# --- Bar chart -------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [1, 7, MAX_BARS])
def test_one_bar_per_value_and_the_height_grows_with_them(count: int) -> None:
    # given as many values as there are areas
    labels = [f"地域{i}" for i in range(count)]
    values: list[float | int | None] = [i * 10 + 1 for i in range(count)]
    # when the chart is drawn, and one with a single bar for comparison
    root = parse(bars(labels=labels, values=values))
    single = parse(bars(labels=["地域"], values=[1]))
    # then there is one bar, one label and one printed value per value
    assert len(with_class(root, "chart__bar")) == count
    assert [el.text for el in with_class(root, "chart__bar-label")] == labels
    assert len(with_class(root, "chart__value")) == count
    # and every added bar adds the same height
    height, single_height = view_box(root)[1], view_box(single)[1]
    assert height == pytest.approx(single_height + (count - 1) * 28)


def test_more_than_50_bars_are_refused() -> None:
    # given 51 values
    labels = [str(i) for i in range(MAX_BARS + 1)]
    # when they are charted
    # then the chart refuses rather than squeezing them
    with pytest.raises(ValueError, match="too many"):
        bars(labels=labels, values=list(range(MAX_BARS + 1)))


def test_labels_and_values_must_pair() -> None:
    # given one label too many
    # when charted
    # then it is refused
    with pytest.raises(ValueError, match="labels"):
        bars(labels=[*WARDS, "台場"])


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_a_value_that_is_not_finite_is_refused(bad: float) -> None:
    # given a value that cannot be placed
    # when charted
    # then it is refused rather than hidden
    with pytest.raises(ValueError, match="finite"):
        bars(values=[1, 2, bad, 4, 5])


def test_a_bars_length_is_proportional_to_its_value() -> None:
    # given values in the ratio 1 : 2 : 4 : 8
    values: list[float | int | None] = [1_000, 2_000, 4_000, 8_000]
    # when charted
    root = parse(bars(labels=WARDS[:4], values=values))
    # then the bars start at the zero line and their lengths are in the same ratio
    rects = with_class(root, "chart__bar")
    origin = zero_x(root)
    assert all(num(r, "x") == pytest.approx(origin) for r in rects)
    widths = [num(r, "width") for r in rects]
    assert widths[-1] > 100
    for width, value in zip(widths, values, strict=True):
        assert value is not None
        assert width == pytest.approx(widths[-1] * value / 8_000, abs=0.15)


def test_a_negative_value_draws_its_bar_left_of_the_zero_line() -> None:
    # given a population change with a loss in one area
    root = parse(bars(values=[120, -80, 40, -20, 0], unit="人"))
    rects = with_class(root, "chart__bar")
    origin = zero_x(root)
    # when the bars are measured
    positive, negative = rects[0], rects[1]
    # then a positive bar starts at zero and goes right, a negative one ends at zero
    assert num(positive, "x") == pytest.approx(origin)
    assert num(negative, "x") + num(negative, "width") == pytest.approx(origin, abs=0.15)
    assert num(negative, "x") < origin
    assert "chart__bar--negative" in (negative.get("class") or "")
    # and their lengths still compare as their values do
    assert num(negative, "width") == pytest.approx(num(positive, "width") * 80 / 120, abs=0.15)
    # and the value of the negative bar is printed left of its end
    value = with_class(bar_groups(root)[1], "chart__value")[0]
    assert value.text == "-80人"
    assert value.get("text-anchor") == "end"
    assert num(value, "x") < num(negative, "x")


def test_each_value_is_printed_at_the_end_of_its_bar_with_the_unit() -> None:
    # given five areas' populations
    root = parse(bars())
    # when the bar groups are read
    for group in bar_groups(root):
        rect = with_class(group, "chart__bar")[0]
        value = with_class(group, "chart__value")[0]
        # then each value sits just right of its bar's end, with separators and the unit
        assert num(value, "x") == pytest.approx(num(rect, "x") + num(rect, "width") + 6, abs=0.2)
        assert value.get("text-anchor") == "start"
    printed = [el.text for el in with_class(root, "chart__value")]
    assert printed == ["85,123人", "61,000人", "38,500人", "66,010人", "48,700人"]


def test_a_missing_value_draws_no_bar_and_prints_a_dash() -> None:
    # given a table with an area whose figure is not published
    root = parse(bars(values=[85_123, None, 38_500, None, 48_700]))
    # when the groups are read
    groups = bar_groups(root)
    # then every area keeps its row and label, but the missing ones have no bar
    assert len(groups) == 5
    assert len(with_class(root, "chart__bar")) == 3
    assert not with_class(groups[1], "chart__bar") and not with_class(groups[3], "chart__bar")
    # and show "—" (no unit) next to the zero line
    missing = with_class(groups[1], "chart__value")[0]
    assert missing.text == "—"
    assert num(missing, "x") == pytest.approx(zero_x(root) + 6, abs=0.2)
    title = groups[1].find(f"{SVG}title")
    assert title is not None and title.text == "麻布地区: —"


def test_all_values_missing_still_renders() -> None:
    # given a column with no figures at all
    # when charted
    root = parse(bars(values=[None] * 5))
    # then the chart has its rows and zero line but no bar
    assert not with_class(root, "chart__bar")
    assert [el.text for el in with_class(root, "chart__value")] == ["—"] * 5
    assert zero_x(root) > 0


def test_all_zero_values_render_bars_of_no_length_on_a_whole_number_axis() -> None:
    # given a count that is zero everywhere
    # when charted
    root = parse(bars(values=[0, 0, 0, 0, 0]))
    # then every bar has no length and every value reads 0
    rects = with_class(root, "chart__bar")
    assert len(rects) == 5 and all(num(r, "width") == 0 for r in rects)
    assert [el.text for el in with_class(root, "chart__value")] == ["0人"] * 5
    # and the axis is drawn from 0 in whole numbers, not in fractions of nothing
    ticks = [el.text for el in with_class(root, "chart__tick-label")]
    assert ticks[0] == "0" and all(t is not None and "." not in t for t in ticks)
    assert all(math.isfinite(num(el, "x")) for el in root.iter(f"{SVG}text"))


def is_round(step: Decimal) -> bool:
    mantissa = step.scaleb(-step.adjusted()).normalize()
    return mantissa in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5))


@pytest.mark.parametrize(
    "values",
    [
        [85_123, 61_000, 38_500, 66_010, 48_700],
        [1_234_567_890, 987_654_321, 5, 0, 12],
        [0.012, 0.5, 0.3, 0.25, 0.001],
        [-2_500_000, 1_000_000, 300, -7, 0],
    ],
)
def test_ticks_are_round_numbers_with_thousands_separators(values: list[float]) -> None:
    # given figures of very different sizes
    # when charted
    root = parse(bars(values=values))
    labels = [el.text or "" for el in with_class(root, "chart__tick-label")]
    ticks = [Decimal(label.replace(",", "")) for label in labels]
    # then zero is a tick and the ticks are evenly spaced by 1, 2, 2.5 or 5 × 10ⁿ
    assert Decimal(0) in ticks and len(ticks) >= 2
    steps = {b - a for a, b in itertools.pairwise(ticks)}
    assert len(steps) == 1 and is_round(steps.pop())
    # and numbers of four digits or more are grouped in thousands
    for label in labels:
        digits = label.lstrip("-").split(".")[0]
        assert re.fullmatch(r"\d{1,3}(,\d{3})*", digits), label
    # and their labels do not overlap
    xs = [num(el, "x") for el in with_class(root, "chart__tick-label")]
    widths = [len(label) * 0.58 * 14 for label in labels]
    for (x0, w0), (x1, w1) in itertools.pairwise(zip(xs, widths, strict=True)):
        assert x1 - x0 >= (w0 + w1) / 2


def test_large_values_are_printed_with_separators() -> None:
    # given budgets in yen
    root = parse(bars(values=[1_234_567_890, 98_765.5, 0.25, -1_500, 10**16], unit="円"))
    # when the printed values are read
    printed = [el.text for el in with_class(root, "chart__value")]
    # then they read as a person would write them
    assert printed == ["1,234,567,890円", "98,765.5円", "0.25円", "-1,500円", "1e+16円"]


def test_a_long_label_is_shortened_but_its_title_keeps_it_whole() -> None:
    # given a facility with a long name
    long_name = "港区立芝浦アイランド児童高齢者交流プラザ（芝浦アイランドこども園併設）"
    root = parse(bars(labels=[long_name, *WARDS[1:]]))
    # when its row is read
    group = bar_groups(root)[0]
    label = with_class(group, "chart__bar-label")[0]
    title = group.find(f"{SVG}title")
    # then the visible label is a shortened prefix with an ellipsis, and fits left of the plot
    assert label.text is not None and label.text.endswith("…")
    assert long_name.startswith(label.text[:-1]) and len(label.text) < len(long_name)
    assert num(label, "x") <= 640 * 0.35 + 8
    # and the bar's own title carries the whole name and value
    assert title is not None and title.text == f"{long_name}: 85,123人"


def test_hostile_texts_stay_text_in_the_bar_chart() -> None:
    # given texts a careless or hostile publisher could put in a table
    svg = bars(
        title=HOSTILE,
        description=f"desc {HOSTILE}",
        labels=[HOSTILE, "A&B", "<b>x</b>", "'q'", '"d"'],
        unit="<i>",
    )
    # when the chart is parsed
    root = parse(svg)
    # then nothing became markup: the texts read back exactly as given
    assert root[0].text == HOSTILE
    assert root[1].text == f"desc {HOSTILE}"
    labels = [el.text for el in with_class(root, "chart__bar-label")]
    assert labels == [HOSTILE, "A&B", "<b>x</b>", "'q'", '"d"']
    assert all((el.text or "").endswith("<i>") for el in with_class(root, "chart__value"))
    assert not [el for el in root.iter() if el.tag in (f"{SVG}script", f"{SVG}b", f"{SVG}i")]
    assert "<script>" not in svg


def test_characters_xml_cannot_carry_are_dropped() -> None:
    # given labels and a title pasted with control characters
    svg = bars(title="人口\x00\x08\x1f\ufffe", labels=["芝\x0b地区", *WARDS[1:]])
    # when charted
    root = parse(svg)
    # then the chart still parses and the visible text remains
    assert root[0].text == "人口"
    assert with_class(root, "chart__bar-label")[0].text == "芝地区"


def test_a_narrow_width_is_refused() -> None:
    # given a width too small for labels and bars
    # when charted
    # then it is refused
    with pytest.raises(ValueError, match="too small"):
        bars(width=100)


@settings(max_examples=150, deadline=None)
@given(
    data=st.lists(
        st.tuples(
            st.text(max_size=40),
            st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False)),
        ),
        max_size=MAX_BARS,
    ),
    title=st.text(max_size=60),
    unit=st.text(max_size=5),
)
def test_any_labels_and_finite_values_make_well_formed_svg(
    data: list[tuple[str, float | None]], title: str, unit: str
) -> None:
    # given arbitrary labels (any characters) and finite values, some missing
    labels = [label for label, _ in data]
    values: list[float | int | None] = [value for _, value in data]
    # when charted
    svg = bar_chart_svg(title=title, description=title, labels=labels, values=values, unit=unit)
    # then the output is well-formed XML with one group per value and one bar per number
    root = parse(svg)
    assert len(bar_groups(root)) == len(values)
    assert len(with_class(root, "chart__bar")) == sum(v is not None for v in values)
    # and every coordinate is a finite number inside the drawing
    width, height = view_box(root)
    for rect in with_class(root, "chart__bar"):
        assert num(rect, "x") >= 0
        assert num(rect, "x") + num(rect, "width") <= width + 0.2
        assert 0 <= num(rect, "y") <= height
    assert all(math.isfinite(num(t, "x")) for t in root.iter(f"{SVG}text"))


# --- Point map -------------------------------------------------------------------------------


def test_one_numbered_marker_with_its_own_title_per_point() -> None:
    # given five facilities
    # when mapped
    svg, skipped = facilities_map()
    root = parse(svg)
    markers = with_class(root, "chart__marker")
    # then nothing is skipped and each point is a group of a circle, its number and a title
    assert skipped == 0
    assert len(markers) == 5
    for index, (marker, (_, _, label)) in enumerate(zip(markers, FACILITIES, strict=True)):
        assert marker.tag == f"{SVG}g"
        title = marker.find(f"{SVG}title")
        assert title is not None and title.text == f"{index + 1}. {label}"
        assert marker.find(f"{SVG}circle") is not None
        number = marker.find(f"{SVG}text")
        assert number is not None and number.text == str(index + 1)


def test_north_is_up_and_east_is_right() -> None:
    # given the city office and facilities west, north and south of it
    root = parse(facilities_map()[0])
    centres = marker_centres(root)
    office, azabu, akasaka, takanawa = (centres[n] for n in ("1", "2", "3", "4"))
    # when their places on the map are compared
    # then the westerly Azabu branch lies left of the office, Akasaka (north) above Takanawa
    assert azabu[0] < office[0]
    assert akasaka[1] < office[1] < takanawa[1]
    # and every marker lies inside the frame
    (frame,) = with_class(root, "chart__frame")
    for x, y in centres.values():
        assert num(frame, "x") < x < num(frame, "x") + num(frame, "width")
        assert num(frame, "y") < y < num(frame, "y") + num(frame, "height")


@pytest.mark.parametrize(
    "points",
    [
        # a box as wide as it is tall in degrees
        [(35.60, 139.70, "南西"), (35.70, 139.80, "北東")],
        # a tall strip, which the map widens
        [(35.55, 139.74, "南"), (35.75, 139.76, "北")],
        # a flat strip, which the map heightens
        [(35.650, 139.60, "西"), (35.655, 139.90, "東")],
    ],
)
def test_the_map_keeps_the_aspect_of_tokyo(points: list[tuple[float, float, str]]) -> None:
    # given two points at Tokyo's latitude
    root = parse(facilities_map(points=points)[0])
    (a, b) = marker_centres(root).values()
    # when the drawn distance per degree is compared east–west and north–south
    (lat_a, lon_a, _), (lat_b, lon_b, _) = points
    per_lon_degree = (b[0] - a[0]) / (lon_b - lon_a)
    per_lat_degree = (a[1] - b[1]) / (lat_b - lat_a)
    # then a degree of longitude is cos(latitude) of a degree of latitude (about 0.81)
    mean_latitude = (lat_a + lat_b) / 2
    assert per_lon_degree / per_lat_degree == pytest.approx(
        math.cos(math.radians(mean_latitude)), rel=0.01
    )
    # and the map is neither taller than wide nor more than twice as wide as tall
    (frame,) = with_class(root, "chart__frame")
    ratio = num(frame, "height") / num(frame, "width")
    assert 0.5 - 0.01 <= ratio <= 1.0 + 0.01


def test_invalid_points_are_skipped_counted_and_keep_their_numbers_unused() -> None:
    # given a table whose coordinates are partly missing, broken or out of range
    points: list[tuple[float | None, float | None, str]] = [
        (35.6581, 139.7516, "港区役所"),
        (None, 139.73, "緯度なし"),
        (35.65, None, "経度なし"),
        (math.nan, 139.73, "NaN"),
        (35.65, math.inf, "無限"),
        (91.0, 139.73, "北極の先"),
        (35.65, -180.5, "日付変更線の先"),
        (35.6544, 139.7370, "麻布地区総合支所"),
    ]
    # when mapped
    svg, skipped = facilities_map(points=points)
    root = parse(svg)
    # then six are skipped and counted, and the two valid ones keep their numbers 1 and 8
    assert skipped == 6
    assert sorted(marker_centres(root)) == ["1", "8"]
    titles = [m.findtext(f"{SVG}title") for m in with_class(root, "chart__marker")]
    assert titles == ["1. 港区役所", "8. 麻布地区総合支所"]


@pytest.mark.parametrize("copies", [1, 3])
def test_a_single_point_or_identical_points_still_make_a_map(copies: int) -> None:
    # given one facility, or several rows at the same address
    points = [(35.6581, 139.7516, f"港区役所{i}") for i in range(copies)]
    # when mapped
    svg, skipped = facilities_map(points=points)
    root = parse(svg)
    # then there is a marker per row in the middle of a map with finite coordinates
    assert skipped == 0
    centres = list(marker_centres(root).values())
    assert len(centres) == copies
    (frame,) = with_class(root, "chart__frame")
    middle_x = num(frame, "x") + num(frame, "width") / 2
    middle_y = num(frame, "y") + num(frame, "height") / 2
    assert all(c == pytest.approx((middle_x, middle_y), abs=0.2) for c in centres)
    # and the graticule still gives the position, in latitudes and longitudes around it
    labels = [el.text or "" for el in with_class(root, "chart__tick-label")]
    latitudes = [float(t[:-2]) for t in labels if t.endswith("°N")]
    longitudes = [float(t[:-2]) for t in labels if t.endswith("°E")]
    assert len(latitudes) >= 2 and len(longitudes) >= 2
    assert min(latitudes) <= 35.6581 <= max(latitudes)
    assert min(longitudes) <= 139.7516 <= max(longitudes)
    # and the labelled degrees span thousandths of a degree around it (the least extent)
    assert max(latitudes) - min(latitudes) >= 0.003


def test_the_graticule_is_labelled_in_degrees() -> None:
    # given the facilities
    root = parse(facilities_map()[0])
    # when the tick labels are read
    labels = [el.text or "" for el in with_class(root, "chart__tick-label")]
    # then they read like 35.65°N and 139.74°E, and lie around the points
    latitudes = [t for t in labels if t.endswith("°N")]
    longitudes = [t for t in labels if t.endswith("°E")]
    assert latitudes and longitudes and len(latitudes) + len(longitudes) == len(labels)
    assert all(re.fullmatch(r"35\.\d{2,3}°N", t) for t in latitudes)
    assert all(re.fullmatch(r"139\.\d{2,3}°E", t) for t in longitudes)
    # and each has its light gridline
    assert len(with_class(root, "chart__grid")) == len(labels)


def test_southern_and_western_coordinates_are_labelled_as_such() -> None:
    # given points around Buenos Aires
    points = [(-34.60, -58.38, "A"), (-34.62, -58.40, "B")]
    # when mapped
    root = parse(facilities_map(points=points)[0])
    labels = [el.text or "" for el in with_class(root, "chart__tick-label")]
    # then the degrees read south and west, without a minus sign
    assert labels and all(t.endswith(("°S", "°W")) for t in labels)
    assert not any("-" in t for t in labels)


def test_no_valid_point_still_renders_an_empty_map() -> None:
    # given only broken coordinates
    svg, skipped = facilities_map(points=[(None, None, "x"), (100.0, 200.0, "y")])
    # when mapped
    root = parse(svg)
    # then the map is drawn without markers and both are counted as skipped
    assert skipped == 2
    assert not with_class(root, "chart__marker")
    assert with_class(root, "chart__frame")


def test_up_to_2000_points_are_drawn_and_more_are_refused() -> None:
    # given the cap of points, spread over the city
    points = [
        (35.62 + (i % 50) * 0.001, 139.71 + (i // 50) * 0.002, f"点{i}") for i in range(MAX_POINTS)
    ]
    # when mapped
    svg, skipped = facilities_map(points=points)
    # then every point has its numbered marker
    assert skipped == 0
    assert len(with_class(parse(svg), "chart__marker")) == MAX_POINTS
    # and one more point is refused: the caller samples
    with pytest.raises(ValueError, match="too many"):
        facilities_map(points=[*points, (35.65, 139.75, "one more")])


def test_hostile_texts_stay_text_in_the_map() -> None:
    # given a hostile title and label
    svg, _ = facilities_map(title=HOSTILE, points=[(35.65, 139.75, HOSTILE)])
    # when parsed
    root = parse(svg)
    # then they read back as text
    assert root[0].text == HOSTILE
    title = with_class(root, "chart__marker")[0].find(f"{SVG}title")
    assert title is not None and title.text == f"1. {HOSTILE}"
    assert "<script>" not in svg


@settings(max_examples=100, deadline=None)
@given(
    points=st.lists(
        st.tuples(
            st.one_of(st.none(), st.floats()),
            st.one_of(st.none(), st.floats()),
            st.text(max_size=20),
        ),
        max_size=30,
    )
)
def test_any_points_make_well_formed_svg_and_an_honest_count(
    points: list[tuple[float | None, float | None, str]],
) -> None:
    # given arbitrary coordinates, valid or not, and labels
    # when mapped
    svg, skipped = point_map_svg(title="t", description="d", points=points)
    # then the output parses, and markers plus skipped make up the points given
    root = parse(svg)
    valid = sum(
        lat is not None
        and lon is not None
        and math.isfinite(lat)
        and math.isfinite(lon)
        and -90 <= lat <= 90
        and -180 <= lon <= 180
        for lat, lon, _ in points
    )
    assert skipped == len(points) - valid
    assert len(with_class(root, "chart__marker")) == valid


# --- Columns ---------------------------------------------------------------------------------


def test_numeric_columns_leave_out_the_row_id_and_coordinates() -> None:
    # given a DataStore table of facilities
    fields = [
        {"id": "_id", "type": "int"},
        {"id": "名称", "type": "text"},
        {"id": "定員", "type": "int"},
        {"id": "面積", "type": "numeric"},
        {"id": "緯度", "type": "numeric"},
        {"id": "経度", "type": "numeric"},
        {"id": "Latitude", "type": "numeric"},
        {"id": "LNG", "type": "numeric"},
        {"id": "lon", "type": "numeric"},
        {"id": "開設日", "type": "date"},
        {"id": "郵便番号", "type": "text"},
    ]
    # when the columns a bar chart can show are asked for
    # then they are the numbers other than the row id and the coordinates, in table order
    assert numeric_columns(fields) == ["定員", "面積"]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (("緯度", "経度"), ("緯度", "経度")),
        (("latitude", "longitude"), ("latitude", "longitude")),
        (("Latitude", "LONGITUDE"), ("Latitude", "LONGITUDE")),
        (("lat", "lon"), ("lat", "lon")),
        (("LAT", "Lng"), ("LAT", "Lng")),
        (("ＬＡＴ", "ＬＯＮ"), ("ＬＡＴ", "ＬＯＮ")),
        (("緯度", "longitude"), None),
        (("y", "x"), None),
    ],
)
def test_coordinate_columns_are_found_by_name(
    names: tuple[str, str], expected: tuple[str, str] | None
) -> None:
    # given a table with a pair of columns (longitude first, as some tables have it)
    fields = [
        {"id": "_id", "type": "int"},
        {"id": "名称", "type": "text"},
        {"id": names[1], "type": "numeric"},
        {"id": names[0], "type": "numeric"},
    ]
    # when the coordinates are asked for
    # then a named pair is returned as (latitude, longitude), and anything else is not
    assert coordinate_columns(fields) == expected


def test_coordinate_columns_must_be_numeric() -> None:
    # given coordinates stored as text, and a table with only one of the pair
    as_text = [{"id": "緯度", "type": "text"}, {"id": "経度", "type": "numeric"}]
    half = [{"id": "lat", "type": "numeric"}, {"id": "名称", "type": "text"}]
    # when the coordinates are asked for
    # then neither table has a map
    assert coordinate_columns(as_text) is None
    assert coordinate_columns(half) is None


def test_a_later_numeric_pair_is_used_when_the_first_is_text() -> None:
    # given 緯度/経度 as text but lat/lng as numbers
    fields = [
        {"id": "緯度", "type": "text"},
        {"id": "経度", "type": "text"},
        {"id": "lat", "type": "numeric"},
        {"id": "lng", "type": "numeric"},
    ]
    # when the coordinates are asked for
    # then the numeric pair is used
    assert coordinate_columns(fields) == ("lat", "lng")
