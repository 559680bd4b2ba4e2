"""A map of Minato City residents can click to say where, without a tile server or
JavaScript: an ``<input type="image">`` submits the clicked pixel, which maps back to
latitude and longitude. The image is drawn here as SVG at a fixed CSS size (the browser
reports the click in displayed pixels), with the districts and landmarks to find one's way.
An address field is always offered beside it for people who cannot use a map.
"""

from __future__ import annotations

import math
from html import escape

SIZE = 320  # CSS pixels, square; fits the narrowest phones
SOUTH, NORTH = 35.620, 35.690
WEST, EAST = 139.705, 139.790

DISTRICTS = (
    ("芝", 35.6515, 139.7480),
    ("麻布", 35.6540, 139.7320),
    ("赤坂", 35.6720, 139.7330),
    ("高輪", 35.6370, 139.7330),
    ("芝浦港南", 35.6380, 139.7560),
    ("台場", 35.6275, 139.7760),
)
LANDMARKS = (
    ("区役所", 35.6581, 139.7516),
    ("東京タワー", 35.6586, 139.7454),
    ("六本木", 35.6628, 139.7314),
    ("品川駅", 35.6285, 139.7388),
    ("新橋駅", 35.6660, 139.7583),
)


def to_pixel(latitude: float, longitude: float) -> tuple[float, float]:
    x = (longitude - WEST) / (EAST - WEST) * SIZE
    y = (NORTH - latitude) / (NORTH - SOUTH) * SIZE
    return x, y


def from_pixel(x: float, y: float) -> tuple[float, float] | None:
    """The position of a click, or None outside the map."""
    if not (0 <= x <= SIZE and 0 <= y <= SIZE):
        return None
    latitude = NORTH - y / SIZE * (NORTH - SOUTH)
    longitude = WEST + x / SIZE * (EAST - WEST)
    return round(latitude, 6), round(longitude, 6)


def map_svg(*, latitude: float | None = None, longitude: float | None = None) -> str:
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" '
        f'viewBox="0 0 {SIZE} {SIZE}" font-family="sans-serif">',
        f'<rect width="{SIZE}" height="{SIZE}" fill="#e8f1fe"/>',
    ]
    for i in range(1, 8):
        step = SIZE * i / 8
        parts.append(
            f'<path d="M{step:.1f} 0V{SIZE}M0 {step:.1f}H{SIZE}" stroke="#c5d7fb" '
            'stroke-width="1"/>'
        )
    for name, lat, lon in DISTRICTS:
        x, y = to_pixel(lat, lon)
        parts.append(
            f'<text x="{x:.1f}" y="{y:.1f}" font-size="16" font-weight="700" '
            f'text-anchor="middle" fill="#1a1a1c">{escape(name)}</text>'
        )
    for name, lat, lon in LANDMARKS:
        x, y = to_pixel(lat, lon)
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="#595959"/>'
            f'<text x="{x + 5:.1f}" y="{y + 12:.1f}" font-size="11" fill="#333">'
            f"{escape(name)}</text>"
        )
    if latitude is not None and longitude is not None and not math.isnan(latitude):
        x, y = to_pixel(latitude, longitude)
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="9" fill="#ec0000" stroke="#fff" '
            'stroke-width="3"/>'
        )
    parts.append("</svg>")
    return "".join(parts)
