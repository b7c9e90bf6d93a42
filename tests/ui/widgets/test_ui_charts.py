"""The painted charts: bars as tall as their numbers (from the chart's own layout), an empty state, hover tooltips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from tests.support import window_checks as checks
from wadesk.ui.widgets.charts import FunnelChart, FunnelStage, Series, StackedBar, StackedBarChart, nice_top

# The offscreen platform cannot raise the tooltip window above others; it shows it all the same.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support raise\(\)$")

RED, GREEN, BLUE = QColor("#c0362c"), QColor("#12805c"), QColor("#1f6fb2")


def bars(qtbot: QtBot) -> StackedBarChart:
    chart = StackedBarChart()
    qtbot.addWidget(chart)
    chart.resize(600, 180)
    chart.set_data(
        ["1 Nov", "2 Nov", "3 Nov", "4 Nov"],
        [Series("Read", GREEN, (10, 0, 40, 5)), Series("Failed", RED, (2, 0, 10, 0))],
        ["Friday 1 November", "Saturday 2 November", "Sunday 3 November", "Monday 4 November"],
    )
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def hover_tooltip(qtbot: QtBot, widget: StackedBarChart | FunnelChart | StackedBar, at: QPointF) -> str:
    point = at.toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=3000)
    return QToolTip.text()


@pytest.mark.parametrize(("value", "top"), [(0, 1), (1, 1), (7, 10), (10, 10), (11, 20), (43, 50), (101, 200)])
def test_the_axis_top_is_a_round_number_above_the_largest(value: int, top: int) -> None:
    assert nice_top(value) == top


def test_the_bars_are_as_tall_as_their_numbers(qtbot: QtBot) -> None:
    chart = bars(qtbot)
    plot = chart.plot_rect()
    assert chart.top() == 50  # the tallest bar is 50: the axis goes to 50
    rects = chart.bar_rects()
    assert len(rects) == 4 and all(len(parts) == 2 for parts in rects)
    for day, parts in enumerate(rects):
        for s, part in enumerate(parts):
            assert part.height() == pytest.approx(plot.height() * chart.series[s].values[day] / 50, abs=0.01)
        read, failed = parts
        assert read.bottom() == pytest.approx(plot.bottom())  # the first series stands on the axis
        assert failed.bottom() == pytest.approx(read.top())  # the next one on top of it
        assert plot.contains(read.center()) or read.height() == 0
    assert rects[2][1].top() == pytest.approx(plot.top())  # the busiest day reaches the top exactly
    lefts = [parts[0].left() for parts in rects]
    assert lefts == sorted(lefts)  # days left to right
    widths = {round(parts[0].width(), 3) for parts in rects}
    assert len(widths) == 1  # every day the same width


def test_the_bars_follow_a_resize_and_stay_inside(qtbot: QtBot) -> None:
    chart = bars(qtbot)
    chart.resize(300, 140)
    qtbot.waitUntil(lambda: chart.width() == 300)
    plot = chart.plot_rect()
    assert plot.right() <= chart.width() and plot.bottom() <= chart.height()
    assert chart.bar_rects()[2][1].top() == pytest.approx(plot.top())
    assert chart.label_every() >= 1


def test_an_empty_chart_says_so(qtbot: QtBot) -> None:
    chart = StackedBarChart()
    qtbot.addWidget(chart)
    chart.empty_text = "No messages in the last 30 days"
    chart.set_data(["1 Nov", "2 Nov"], [Series("Read", GREEN, (0, 0))])
    chart.resize(400, 150)
    chart.show()
    assert chart.empty
    assert chart.accessibleDescription() == "No messages in the last 30 days"
    assert chart.tooltip_at(QPointF(200, 60)) == ""
    picture = chart.grab()  # paints without a bar, and does not fail
    assert not picture.isNull()
    chart.set_data([], [])
    assert chart.bar_rects() == [] and chart.empty


def test_hovering_a_bar_shows_its_numbers(qtbot: QtBot) -> None:
    chart = bars(qtbot)
    third = chart.bar_rects()[2][0]
    text = hover_tooltip(qtbot, chart, third.center())
    assert "Sunday 3 November" in text and "50" in text and "Read: 40" in text and "Failed: 10" in text
    assert chart.tooltip_at(QPointF(1, 1)) == ""  # over the axis, nothing
    assert "50" in chart.accessibleDescription() and "Sunday 3 November" in chart.accessibleDescription()


def test_series_and_categories_must_agree(qtbot: QtBot) -> None:
    chart = StackedBarChart()
    qtbot.addWidget(chart)
    with pytest.raises(ValueError, match="values"):
        chart.set_data(["a", "b"], [Series("Read", GREEN, (1,))])


def funnel(qtbot: QtBot, counts: tuple[int, ...]) -> FunnelChart:
    chart = FunnelChart()
    qtbot.addWidget(chart)
    chart.resize(500, 180)
    names = ["Messages", "Accepted", "Sent", "Delivered", "Read"]
    chart.set_stages([FunnelStage(n, c, BLUE) for n, c in zip(names, counts, strict=True)])
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_the_funnels_steps_are_as_wide_as_their_share(qtbot: QtBot) -> None:
    chart = funnel(qtbot, (80, 72, 60, 40, 20))
    rects = chart.stage_rects()
    full = rects[0].width()
    for rect, count in zip(rects, (80, 72, 60, 40, 20), strict=True):
        assert rect.width() == pytest.approx(full * count / 80, abs=0.01)
        assert rect.center().x() == pytest.approx(rects[0].center().x())  # centred under each other
    tops = [r.top() for r in rects]
    assert tops == sorted(tops)  # one under the other
    assert rects[-1].bottom() <= chart.height()
    assert chart.label_width() <= rects[0].left() and rects[0].right() <= chart.width() - chart.number_width() + 1
    text = hover_tooltip(qtbot, chart, rects[3].center())
    assert "Delivered" in text and "40 (50%)" in text
    assert "Read: 20 (25%)" in chart.accessibleDescription()


def test_an_empty_funnel_says_so(qtbot: QtBot) -> None:
    chart = funnel(qtbot, (0, 0, 0, 0, 0))
    chart.empty_text = "Nothing sent yet"
    assert chart.empty
    assert chart.tooltip_at(QPointF(250, 10)) == ""
    assert not chart.grab().isNull()


def test_a_stacked_bar_splits_its_width_by_the_counts(qtbot: QtBot) -> None:
    bar = StackedBar(bar_height=10)
    qtbot.addWidget(bar)
    bar.resize(402, 20)
    bar.set_parts([FunnelStage("Read", 30, GREEN), FunnelStage("Waiting", 0, BLUE), FunnelStage("Failed", 10, RED)])
    bar.show()
    read, waiting, failed = bar.segment_rects()
    whole = bar.bar_rect().width()
    assert read.width() == pytest.approx(whole * 30 / 40)
    assert waiting.width() == 0
    assert failed.width() == pytest.approx(whole * 10 / 40) and failed.left() == pytest.approx(read.right())
    assert bar.describe() == "Read 30, Failed 10"
    assert "Failed: 10 (25%)" in hover_tooltip(qtbot, bar, failed.center())
    bar.set_parts([])
    assert bar.describe() == bar.empty_text


def test_the_charts_draw_at_two_times(qtbot: QtBot) -> None:
    chart = bars(qtbot)
    picture = checks.render_at(chart, 2.0)
    assert picture.width() == 2 * chart.width()
    image = picture.toImage()
    read = chart.bar_rects()[2][0].center()  # in logical pixels: at 2× the same place in device pixels
    color = image.pixelColor(QPoint(int(read.x() * 2), int(read.y() * 2)))
    assert color.name() == GREEN.name()
