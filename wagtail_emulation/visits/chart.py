"""Geometry of the dashboard's server-rendered SVG chart (no charting library).

Visits are bars, page views a line with square markers: the two series differ in shape, not
only in colour, and the template also gives the figures as a table.
"""

import math
from dataclasses import dataclass, field

from ..locale_vi import vn_number

WIDTH, HEIGHT = 720, 260
LEFT, RIGHT, TOP, BOTTOM = 56, 12, 12, 36
TICKS = 4


def _coordinate(value):
    """SVG wants "12.5" whatever the active language (Vietnamese would print "12,5")."""
    return f"{value:.1f}"


def nice_ceiling(value):
    """The smallest 1, 2 or 5 × 10ⁿ that is at least ``value`` and divisible into ticks."""
    if value <= TICKS:
        return TICKS
    magnitude = 10 ** math.floor(math.log10(value / TICKS))
    for step in (1, 2, 5, 10):
        if step * magnitude * TICKS >= value:
            return step * magnitude * TICKS
    return 10 * magnitude * TICKS  # pragma: no cover - the loop always returns


@dataclass
class Chart:
    width: int = WIDTH
    height: int = HEIGHT
    bars: list = field(default_factory=list)
    markers: list = field(default_factory=list)
    line: str = ""
    y_ticks: list = field(default_factory=list)
    x_labels: list = field(default_factory=list)
    baseline: float = HEIGHT - BOTTOM
    left: int = LEFT
    right_edge: int = WIDTH - RIGHT


def build_chart(days):
    """``days``: objects with ``date``, ``views`` and ``visits``, oldest first."""
    chart = Chart()
    if not days:
        return chart
    top = nice_ceiling(max(max(day.views, day.visits) for day in days))
    plot_height = HEIGHT - TOP - BOTTOM
    slot = (WIDTH - LEFT - RIGHT) / len(days)

    def y_of(value):
        return TOP + plot_height * (1 - value / top)

    points = []
    for index, day in enumerate(days):
        x = LEFT + slot * index
        centre = x + slot / 2
        bar_y = y_of(day.visits)
        chart.bars.append(
            {
                "x": _coordinate(x + slot * 0.15),
                "y": _coordinate(bar_y),
                "width": _coordinate(slot * 0.7),
                "height": _coordinate(chart.baseline - bar_y),
            }
        )
        views_y = y_of(day.views)
        points.append(f"{_coordinate(centre)},{_coordinate(views_y)}")
        chart.markers.append({"x": _coordinate(centre - 3), "y": _coordinate(views_y - 3)})
        if index % 5 == 0 or index == len(days) - 1:
            chart.x_labels.append(
                {"x": _coordinate(centre), "text": f"{day.date.day}/{day.date.month}"}
            )
    chart.line = " ".join(points)
    for tick in range(TICKS + 1):
        value = top * tick // TICKS
        chart.y_ticks.append({"y": _coordinate(y_of(value)), "text": vn_number(value)})
    return chart
