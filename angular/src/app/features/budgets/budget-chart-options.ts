import type { EChartsCoreOption } from 'echarts/core';
import { BudgetFiguresDto } from '../../api/models/budget-figures-dto';

export interface BudgetChartTexts {
  category: (category: string) => string;
  committed: string;
  actual: string;
  remaining: string;
  money: (amount: number) => string;
}

/**
 * Horizontal stacked bars, one per category: actual spend, committed (reserved by approved requests) and
 * what remains of the plan; an overspent category shows no remaining part (its bar is longer than planned).
 */
export function budgetChartOptions(figures: BudgetFiguresDto, texts: BudgetChartTexts): EChartsCoreOption {
  const categories = figures.categories.filter((c) => Number(c.total.planned) > 0 || Number(c.total.committed) > 0 || Number(c.total.actual) > 0);
  const series = (name: string, color: string, value: (c: (typeof categories)[number]) => number) => ({
    name,
    type: 'bar',
    stack: 'use',
    itemStyle: { color },
    data: categories.map((c) => Math.max(0, value(c))),
  });
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, itemWidth: 12, itemHeight: 12 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => texts.money(v) },
    xAxis: { type: 'value', axisLabel: { hideOverlap: true, formatter: (v: number) => compact(v) } },
    yAxis: { type: 'category', inverse: true, data: categories.map((c) => texts.category(c.category)) },
    series: [
      series(texts.actual, '#cf1322', (c) => Number(c.total.actual)),
      series(texts.committed, '#d48806', (c) => Number(c.total.committed)),
      series(texts.remaining, '#389e0d', (c) => Number(c.total.remaining)),
    ],
  };
}

function compact(value: number): string {
  if (Math.abs(value) >= 1_000_000) return `${value / 1_000_000}M`;
  if (Math.abs(value) >= 1_000) return `${value / 1_000}k`;
  return String(value);
}
