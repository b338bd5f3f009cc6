import { formatMoney } from '../../../shared/format';

/** What the figures pages show for an absent figure (a zero denominator, no revenue yet). */
export const noFigure = '—';

function toNumber(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'string' ? Number(value) : value;
  return Number.isFinite(n) ? n : null;
}

/** A rate or ROI from the API (0.2500 = 25 %) as a percentage with up to one decimal: "50%", "-12.5%", "—". */
export function formatRate(value: number | string | null | undefined, language: string): string {
  const n = toNumber(value);
  if (n === null) return noFigure;
  return new Intl.NumberFormat(language === 'en' ? 'en' : 'zh-CN', { style: 'percent', maximumFractionDigits: 1 }).format(n);
}

/** Money or "—" when the figure is absent. */
export function formatOptionalMoney(value: number | string | null | undefined, currency: string | null | undefined, language: string): string {
  const n = toNumber(value);
  return n === null ? noFigure : formatMoney(n, currency || 'CNY', language);
}

/** A rate as a number of percent for charts (0.5 → 50), null when absent. */
export function ratePercent(value: number | string | null | undefined): number | null {
  const n = toNumber(value);
  return n === null ? null : Math.round(n * 1000) / 10;
}
