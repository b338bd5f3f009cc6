import type { EChartsCoreOption } from 'echarts/core';
import { EventFiguresDto } from '../api/models/event-figures-dto';

export interface FiguresChartTexts {
  budget: string;
  actualCost: string;
  money: (amount: number) => string;
}

/** Horizontal bars per event: budget next to actual cost (events of one currency; the page passes them in list order). */
export function figuresChartOptions(figures: readonly EventFiguresDto[], texts: FiguresChartTexts): EChartsCoreOption {
  const bar = (name: string, color: string, value: (f: EventFiguresDto) => number | string) => ({
    name,
    type: 'bar',
    itemStyle: { color },
    data: figures.map((f) => Number(value(f))),
  });
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, itemWidth: 12, itemHeight: 12 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => texts.money(v) },
    xAxis: { type: 'value', axisLabel: { hideOverlap: true } },
    yAxis: { type: 'category', inverse: true, data: figures.map((f) => shorten(f.name)), axisLabel: { width: 120, overflow: 'truncate' } },
    series: [bar(texts.budget, '#1d5fc2', (f) => f.budget), bar(texts.actualCost, '#cf1322', (f) => f.actualCost)],
  };
}

function shorten(name: string): string {
  return name.length > 18 ? `${name.slice(0, 17)}…` : name;
}

/** The events of the most frequent currency, so that one money axis is honest. */
export function chartableFigures(figures: readonly EventFiguresDto[]): EventFiguresDto[] {
  const counts = new Map<string, number>();
  for (const f of figures) if (f.currency) counts.set(f.currency, (counts.get(f.currency) ?? 0) + 1);
  const currency = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return figures.filter((f) => f.currency === currency);
}
