"""The 首页's charts, drawn by QtCharts (README: why this library). Each chart reports a click on one of
its bars or slices as (series name, category index), for the page to open the list behind it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from jinsha_desk.overview import MEN_WOMEN, PALETTE

Clicked = Callable[[str, int], None]


def chart_view(parent: QWidget) -> QChartView:
    view = QChartView(parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(270)
    view.setCursor(Qt.CursorShape.PointingHandCursor)
    return view


def show(view: QChartView, chart: QChart) -> None:
    """Put a new chart in the view; the view does not delete the one it showed."""
    old = view.chart()
    view.setChart(chart)
    if old is not None and old is not chart:
        old.deleteLater()


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() + 1)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _value_axis(top: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(1.0, top * 1.15))
    axis.setLabelFormat("%d")
    axis.applyNiceNumbers()
    return axis


def bar_chart(title: str, categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]], clicked: Clicked,
              horizontal: bool = False, stacked: bool = False, most: float | None = None) -> QChart:
    """Bars per category, one colour per set; ``most`` fixes the value axis's end (100 for a rate)."""
    chart = _chart(title)
    kind = {(False, False): QBarSeries, (False, True): QStackedBarSeries, (True, False): QHorizontalBarSeries,
            (True, True): QHorizontalStackedBarSeries}[(horizontal, stacked)]
    series = kind()
    for index, (name, values) in enumerate(sets):
        bars = QBarSet(name)
        bars.append([float(v) for v in values])
        bars.setColor(QColor(PALETTE[index % len(PALETTE)]))
        bars.clicked.connect(lambda at, name=name: clicked(name, at))
        series.append(bars)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append(list(categories))
    names.setTruncateLabels(False)
    totals = [sum(values) for values in zip(*(v for _, v in sets))] if stacked else [
        v for _, values in sets for v in values]
    values_axis = _value_axis(max(totals, default=0))
    if most is not None:
        values_axis.setRange(0, most)
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    series.attachAxis(values_axis)
    chart.legend().setVisible(len(sets) > 1)
    return chart


def pyramid_chart(title: str, bands: Sequence[str], men: Sequence[int], women: Sequence[int],
                  clicked: Clicked) -> QChart:
    """Men to the left, women to the right; the axis counts people either way."""
    chart = _chart(title)
    series = QHorizontalStackedBarSeries()
    for index, (name, values) in enumerate((("男", [-v for v in men]), ("女", list(women)))):
        bars = QBarSet(name)
        bars.append([float(v) for v in values])
        bars.setColor(QColor(MEN_WOMEN[index]))
        bars.clicked.connect(lambda at, name=name: clicked(name, at))
        series.append(bars)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append(list(bands))
    names.setTruncateLabels(False)
    small = QFont(names.labelsFont())
    small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))  # all ten bands named in a chart 270 px high
    names.setLabelsFont(small)
    top = max([*men, *women, 1])
    step = _nice_step(top)
    reach = step * -(-top // step)
    counts = QCategoryAxis()
    counts.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    counts.setRange(-reach, reach)
    value = -reach
    while value <= reach:
        counts.append(f"{abs(value):,}" + (" " * (value < 0)), value)
        value += step
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(names)
    series.attachAxis(counts)
    return chart


def _nice_step(top: int) -> int:
    """A round step giving two to four ticks on each side."""
    step = 1
    while top / step > 4:
        step *= 5 if str(step)[0] == "2" else 2
    return step


def pie_chart(title: str, slices: Sequence[tuple[str, float]], clicked: Clicked) -> QChart:
    chart = _chart(title)
    series = QPieSeries()
    for index, (label, value) in enumerate(slices):
        piece = series.append(f"{label} {value:g}", float(value))
        piece.setColor(QColor(PALETTE[index % len(PALETTE)]))
        piece.clicked.connect(lambda at=index: clicked(slices[at][0], at))
    series.setPieSize(0.65)
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart
