"""The indicator chart passes axe-core in a real browser, and looks right (Playwright + Chromium).

Two charts share one page, as they could on a policy page, so a clash of ids would show. The
screenshots are kept in test-artifacts/ for a person to look at: axe can check names and ids,
not whether labels overlap.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

from madoguchi.evaluation.charts import ChartPoint, ChartTarget, indicator_chart_svg
from tests.browser.conftest import ARTIFACTS, axe_check

JA_LABELS = {
    "fy": "{fy}年度",
    "observed": "実績",
    "baseline": "基準値",
    "target": "目標値",
    "target_path": "目標への道筋",
    "range": "目標範囲",
    "projected": "傾向からの見込み",
}
# The site's own rule for charts (site.css), so the screenshots show the size residents see.
# A <style> element is fine in this test page; it is the chart that must not need one.
SCREENSHOTS = (("#online", "chart-online.png"), ("#ratio", "chart-range.png"))
PAGE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>成果指標のグラフ</title>
<style>
body {{ font-family: 'Noto Sans JP', 'Noto Sans CJK JP', sans-serif; margin: 1rem; }}
.chart {{ margin: 1.5rem 0; }}
.chart svg {{ width: 100%; height: auto; max-width: 48rem; }}
</style>
</head>
<body>
<main>
<h1>成果指標</h1>
<h2>オンライン申請ができる行政手続の割合</h2>
<figure class="chart" id="online">{online}
<figcaption>同じ数値を下の表に示します。</figcaption></figure>
<h2>経常収支比率</h2>
<figure class="chart" id="ratio">{ratio}
<figcaption>同じ数値を下の表に示します。</figcaption></figure>
</main>
</body>
</html>
"""


def test_charts_pass_axe_and_are_saved_for_a_look(page: Page, tmp_path: Path) -> None:
    # given a page with a rising share towards numeric targets and a ratio held in a band
    online = indicator_chart_svg(
        chart_id="chart-online",
        title="オンライン申請ができる行政手続の割合",
        description="基準値 2020年度 4%。最新 2023年度 70%。目標 2026年度 100%。",
        unit="%",
        baseline=ChartPoint(2020, 4),
        observations=[ChartPoint(2021, 30), ChartPoint(2022, 55), ChartPoint(2023, 70)],
        targets=[ChartTarget(2023, 75, label="mid"), ChartTarget(2026, 100, label="final")],
        projected=ChartPoint(2026, 95),
        labels=JA_LABELS,
    )
    ratio = indicator_chart_svg(
        chart_id="chart-ratio",
        title="経常収支比率",
        description="基準値 2020年度 70.1%。最新 2022年度 76%。目標 70〜80%。",
        unit="%",
        baseline=ChartPoint(2020, 70.1),
        observations=[ChartPoint(2021, 72.5), ChartPoint(2022, 76.0)],
        targets=[
            ChartTarget(2023, low=70, high=80, label="mid"),
            ChartTarget(2026, low=70, high=80, label="final"),
        ],
        labels=JA_LABELS,
    )
    html = PAGE.format(online=online, ratio=ratio)
    (tmp_path / "chart.html").write_text(html, encoding="utf-8")

    # when the page is rendered and axe-core runs on it
    page.set_viewport_size({"width": 1024, "height": 900})
    page.set_content(html, wait_until="load")
    # then there is no violation
    axe_check(page)
    # and each chart is exposed as one image named from its title and description
    assert page.locator("#chart-online").get_attribute("role") == "img"
    assert page.get_by_role("img", name="経常収支比率").count() == 1
    # and both charts are drawn at a readable size, kept for a person to look at
    for figure, name in SCREENSHOTS:
        box = page.locator(f"{figure} svg").bounding_box()
        assert box is not None and box["width"] > 600 and box["height"] > 250
        page.locator(f"{figure} svg").screenshot(path=str(ARTIFACTS / name))
