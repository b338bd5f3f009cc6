import { zonedInputToUtc } from '../../shared/time/zoned-time';

/** The audit log's date range as UTC instants: `from` is the start of its day and `to` (inclusive) the end of its day, both in the company's zone. */
export function dayRangeToUtc(from: string, to: string, timeZone: string): { from?: string; to?: string } {
  const start = from ? zonedInputToUtc(`${from}T00:00`, timeZone) : null;
  const nextDay = to ? zonedInputToUtc(`${addDays(to, 1)}T00:00`, timeZone) : null;
  return {
    from: start ?? undefined,
    to: nextDay ? new Date(new Date(nextDay).getTime() - 1).toISOString() : undefined,
  };
}

/** "2026-12-31" + 1 → "2027-01-01" (calendar arithmetic, no time zone involved). */
function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
