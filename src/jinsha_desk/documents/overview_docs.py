"""打印社区概况: the 首页 on two A4 pages for the monthly report, with the figures and the charts as
vector graphics (reportlab's own chart library, so the PDF embeds the same Chinese fonts as every
other document and is made without a display, from the command line too)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from jinsha_desk.chinese_dates import plain_date
from jinsha_desk.documents.fonts import register_fonts
from jinsha_desk.documents.layout import WORKING, build, para, plain_table_style, styles, table
from jinsha_desk.overview import MEN_WOMEN, PALETTE, Overview
from jinsha_desk.settings import community_name

CHART_WIDTH, CHART_HEIGHT = WORKING.width / 2 - 3 * mm, 62 * mm


def _drawing(title: str) -> Drawing:
    # A drawing starts in reportlab's default font (Helvetica, never embedded) unless told otherwise.
    STATE_DEFAULTS["fontName"] = register_fonts()["song"]
    drawing = Drawing(CHART_WIDTH, CHART_HEIGHT)
    drawing.add(String(CHART_WIDTH / 2, CHART_HEIGHT - 11, title, fontName=register_fonts()["hei"], fontSize=10,
                       textAnchor="middle"))
    return drawing


_LEGEND_COLUMN, _LEGEND_ROW = 56, 9


def _legend_rows(names: Sequence[str]) -> int:
    return -(-len(names) // max(1, int((CHART_WIDTH - 10) // _LEGEND_COLUMN)))


def _legend(drawing: Drawing, names: Sequence[str], x: float, top: float, rows: int,
            colours: Sequence[str] = PALETTE) -> None:
    """A legend whose top left corner is at (x, top), its names in ``rows`` rows."""
    legend = Legend()
    legend.x, legend.y = x, top
    legend.fontName, legend.fontSize = register_fonts()["song"], 7
    legend.alignment = "right"
    legend.columnMaximum = rows
    legend.deltax, legend.deltay, legend.dxTextSpace, legend.dx, legend.dy = _LEGEND_COLUMN, _LEGEND_ROW, 3, 6, 6
    legend.colorNamePairs = [(colors.HexColor(colours[i % len(colours)]), n) for i, n in enumerate(names)]
    drawing.add(legend)


def bars(title: str, categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]], horizontal: bool = False,
         stacked: bool = False, value_text: Callable[[float], str] | None = None,
         colours: Sequence[str] = PALETTE) -> Drawing:
    drawing = _drawing(title)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    rows = _legend_rows([name for name, _ in sets]) if len(sets) > 1 else 0
    turned = not horizontal and len(categories) > 6
    # Room at the left for the longest name of a horizontal chart (6.5 pt characters).
    left = 10 + 7 * max((len(c) for c in categories), default=2) if horizontal else 26
    chart.x, chart.y = min(left, CHART_WIDTH / 3), (30 if turned else 16) + rows * _LEGEND_ROW
    chart.width, chart.height = CHART_WIDTH - chart.x - 8, CHART_HEIGHT - chart.y - 20
    chart.data = [list(values) or [0] for _, values in sets]
    chart.categoryAxis.categoryNames = list(categories) or [""]
    if stacked:
        chart.categoryAxis.style = "stacked"
    font = register_fonts()["song"]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 6.5
    if turned:
        chart.categoryAxis.labels.angle, chart.categoryAxis.labels.boxAnchor = 30, "ne"
    values = [v for _, vs in sets for v in vs]
    if min(values, default=0) >= 0:
        chart.valueAxis.valueMin = 0
    else:  # the category names stay at the side, not on the zero line among the bars
        chart.categoryAxis.joinAxisMode = "left" if horizontal else "bottom"
    if value_text is not None:
        chart.valueAxis.labelTextFormat = value_text
    for index in range(len(sets)):
        chart.bars[index].fillColor = colors.HexColor(colours[index % len(colours)])
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    if rows:
        _legend(drawing, [name for name, _ in sets], 10, rows * _LEGEND_ROW, rows, colours)
    return drawing


def pie(title: str, slices: Sequence[tuple[str, float]]) -> Drawing:
    drawing = _drawing(title)
    chart = Pie()
    size = CHART_HEIGHT - 34
    chart.x, chart.y, chart.width, chart.height = 14, 10, size, size
    chart.data = [value for _, value in slices] or [1]
    chart.labels = None
    chart.slices.strokeColor = colors.white
    for index in range(len(slices)):
        chart.slices[index].fillColor = colors.HexColor(PALETTE[index % len(PALETTE)])
    drawing.add(chart)
    _legend(drawing, [f"{label} {value:g}" for label, value in slices], size + 30, CHART_HEIGHT - 30, 10)
    return drawing


def overview_charts(seen: Overview) -> list[Drawing]:
    """The 首页's charts, in its order."""
    grids = list(seen.care_by_grid)
    categories = sorted({tag for tags in seen.care_by_grid.values() for tag in tags})
    months = [m.label for m, *_ in seen.visits_by_month]
    return [
        bars("人口年龄性别结构（左男右女）", [b for b, _, _ in seen.pyramid],
             [("男", [-m for _, m, _ in seen.pyramid]), ("女", [w for _, _, w in seen.pyramid])],
             horizontal=True, stacked=True, value_text=lambda v: f"{abs(v):g}", colours=MEN_WOMEN),
        bars("各网格关爱对象", grids, [(tag, [seen.care_by_grid[g].get(tag, 0) for g in grids]) for tag in categories],
             stacked=True),
        bars("关爱对象户走访（近12个月）", months, [
            ("应走访", [due for _, due, _, _ in seen.visits_by_month]),
            ("已走访", [done for _, _, done, _ in seen.visits_by_month]),
            ("全部走访户数", [visited for *_, visited in seen.visits_by_month])]),
        bars("志愿服务时长（小时，近12个月）", [m.label for m, _ in seen.hours_by_month],
             [("时长", [h for _, h in seen.hours_by_month])]),
        bars(f"{seen.day.year}年各服务队时长（小时）", [n for n, _ in seen.hours_by_team],
             [("时长", [h for _, h in seen.hours_by_team])], horizontal=True),
        bars("议题所处阶段", [s for s, _ in seen.topics_by_step], [("议题", [n for _, n in seen.topics_by_step])]),
        bars("三张清单的居民满意率（%）", [n for n, _, _ in seen.satisfaction],
             [("满意率", [round(100 * s / e) if e else 0 for _, e, s in seen.satisfaction])], horizontal=True),
        bars("未办结需求（按已等待天数）", [label for label, _ in seen.open_needs_by_age],
             [("需求", [n for _, n in seen.open_needs_by_age])]),
        pie("各党支部党员人数", seen.party_by_branch),
    ]


def write_overview(seen: Overview, out: Path) -> Path:
    st = styles()
    stats = seen.stats
    name = community_name() or "社区"
    figures = [
        ("居民", stats["residents"]), ("户数", stats["households"]), ("党员", stats["party_members"]),
        ("关爱对象", stats["care_residents"]), ("本月走访（次）", seen.visits_this_month), ("待办需求", seen.needs_open),
        ("本月解决需求", seen.needs_resolved_this_month), ("志愿者", stats["volunteers"]),
        ("今年服务时长（小时）", seen.hours_this_year), ("今年会议", seen.meetings_this_year),
        ("网格", stats["grids"]), ("楼栋", stats["buildings"]),
    ]
    pairs = [[f"{label}", f"{value:,g}" if isinstance(value, float) else f"{value:,}"] for label, value in figures]
    rows = [sum(pairs[i:i + 3], []) for i in range(0, len(pairs), 3)]
    grid = table(["网格（党支部）", "网格员", "户数", "居民", "党员"],
                 [[g["grid"], g["worker"], g["households"], g["residents"], g["party_members"]]
                  for g in stats["per_grid"]], [40, 30, 20, 20, 20], centered=(2, 3, 4))  # type: ignore[union-attr]
    drawings = overview_charts(seen)
    pairs_of_charts = Table([drawings[i:i + 2] for i in range(0, len(drawings), 2)],
                            colWidths=[WORKING.width / 2] * 2)
    pairs_of_charts.setStyle(TableStyle([*plain_table_style(), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    figures_table = table(["项目", "数", "项目", "数", "项目", "数"], rows, [30, 18, 30, 18, 30, 18], centered=(1, 3, 5))
    story = [
        para(f"{name}概况", st["title"]),
        para(f"统计截至{plain_date(seen.day)}（走访、服务、会议为截至当日的数）", st["subtitle"]),
        figures_table,
        Spacer(0, 4 * mm),
        pairs_of_charts,
        Spacer(0, 4 * mm),
        grid,
    ]
    return build(Path(out), story, f"{name}概况 {seen.day:%Y-%m-%d}")
