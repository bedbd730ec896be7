"""Server-side SVG charts for the dashboard: no external service, no JavaScript library.

Each function returns markup built with format_html, so every label is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from claims.selectors import Charts


@dataclass
class RenderedCharts:
    resolved_per_day: SafeString
    status_mix: SafeString
    median_hours_to_verdict: float | None
    verdicts_measured: int
    resolved_total: int


def render(charts: Charts) -> RenderedCharts:
    return RenderedCharts(
        resolved_per_day=bar_chart(charts.resolved_per_day),
        status_mix=stacked_bar(charts.status_mix),
        median_hours_to_verdict=charts.median_hours_to_verdict,
        verdicts_measured=charts.verdicts_measured,
        resolved_total=sum(count for _, count in charts.resolved_per_day),
    )


def bar_chart(days, *, width: int = 600, height: int = 160) -> SafeString:
    """Claims resolved per day: one bar a day, the busiest day and the dates labelled."""
    top = max((count for _, count in days), default=0) or 1
    gap, left, bottom = 2, 28, 22
    bar_width = (width - left) / max(len(days), 1) - gap
    bars = []
    for index, (day, count) in enumerate(days):
        bar_height = (height - bottom - 10) * count / top
        x = left + index * (bar_width + gap)
        bars.append(
            (
                f"{x:.1f}",
                f"{height - bottom - bar_height:.1f}",
                f"{max(bar_width, 1):.1f}",
                f"{bar_height:.1f}",
                f"{day:%a %d %b}: {count} resolved",
            )
        )
    rects = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}" rx="1" class="bar"><title>{}</title></rect>',
        bars,
    )
    first, last = (days[0][0], days[-1][0]) if days else (None, None)
    labels = (
        format_html(
            '<text x="{}" y="{}" class="axis">{}</text>'
            '<text x="{}" y="{}" class="axis" text-anchor="end">{}</text>',
            left,
            height - 6,
            f"{first:%d %b}",
            width,
            height - 6,
            f"{last:%d %b}",
        )
        if first
        else ""
    )
    return format_html(
        '<svg viewBox="0 0 {} {}" role="img" aria-label="{}" class="chart">'
        '<text x="0" y="12" class="axis">{}</text>'
        '<line x1="{}" x2="{}" y1="{}" y2="{}" class="baseline"/>{}{}</svg>',
        width,
        height,
        f"Claims resolved per day over the last {len(days)} days",
        top,
        left,
        width,
        height - bottom,
        height - bottom,
        rects,
        labels,
    )


def stacked_bar(mix, *, width: int = 600, height: int = 36) -> SafeString:
    """The status mix as one bar split by share, with a legend."""
    total = sum(count for _, _, count in mix)
    if not total:
        return mark_safe('<p class="empty">No claims in view.</p>')
    x = 0.0
    parts = []
    for key, label, count in mix:
        if not count:
            continue
        share = width * count / total
        parts.append((f"{x:.1f}", f"{share:.1f}", height, key, f"{label}: {count}"))
        x += share
    rects = format_html_join(
        "",
        '<rect x="{}" y="0" width="{}" height="{}" class="mix-{}"><title>{}</title></rect>',
        parts,
    )
    legend = format_html_join(
        "",
        '<li><span class="swatch mix-{}"></span>{} <strong>{}</strong> ({}%)</li>',
        ((key, label, count, round(100 * count / total)) for key, label, count in mix),
    )
    return format_html(
        '<svg viewBox="0 0 {} {}" role="img" aria-label="Status mix of the claims in view" '
        'class="chart mix">{}</svg><ul class="legend">{}</ul>',
        width,
        height,
        rects,
        legend,
    )
