/** Formatting of UTC instants in a given IANA time zone (the company's setting Platform.TimeZone), independent of the browser's zone. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function locale(language: string): string {
  return language === 'en' ? 'en' : 'zh-CN';
}

function formatter(language: string, timeZone: string | null): Intl.DateTimeFormat {
  const key = `${language}|${timeZone ?? ''}`;
  let found = formatters.get(key);
  if (!found) {
    try {
      found = new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone: timeZone ?? undefined });
    } catch {
      // an unknown zone (the server validates the setting, so only an outdated browser gets here): the browser's zone
      found = new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' });
    }
    formatters.set(key, found);
  }
  return found;
}

/** "Jul 1, 2026, 8:00 AM" / "2026年7月1日 08:00" for a UTC instant, shown in the time zone. */
export function formatInstant(iso: string | null | undefined, language: string, timeZone: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatter(language, timeZone).format(date);
}

/** The calendar day of an instant in a time zone (the company's), e.g. '2026-03-10'. */
export function dayInZone(iso: string, timeZone: string | null): string {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-CA', { ...options, timeZone: timeZone ?? undefined });
  } catch {
    format = new Intl.DateTimeFormat('en-CA', options); // an unknown zone (see formatter()): the browser's zone
  }
  const parts = format.formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const units: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "5 minutes ago" / "5分钟前", "yesterday" / "昨天"; under a minute "now" / "现在". */
export function formatRelative(iso: string | null | undefined, now: Date, language: string): string {
  if (!iso) return '';
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return '';
  const seconds = Math.round((time - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(locale(language), { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** The zone's offset from UTC at an instant, in minutes (wall time minus UTC). */
function offsetMinutes(time: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(time));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((wall - Math.floor(time / 1000) * 1000) / 60000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** UTC instant → `<input type="datetime-local">` value ("2026-07-01T09:30") as the wall time of the zone. */
export function utcToZonedInput(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return '';
  const wall = new Date(time + offsetMinutes(time, timeZone) * 60000);
  return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
}

/**
 * `<input type="datetime-local">` value read as the wall time of the zone → UTC ISO instant. A wall time that the
 * clocks skip (spring forward) moves forward by the gap; a repeated one (fall back) takes the earlier instant.
 */
export function zonedInputToUtc(local: string | null | undefined, timeZone: string): string | null {
  // browsers give seconds (and milliseconds) when the value was set with them
  const match = local ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(local) : null;
  if (!match) return null;
  const [y, mo, d, h, mi, sec] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const ms = Number((match[7] ?? '0').padEnd(3, '0'));
  const wall = Date.UTC(y, mo - 1, d, h, mi, sec, ms);
  if (Number.isNaN(wall)) return null;
  const before = wall - offsetMinutes(wall - 24 * 3600000, timeZone) * 60000;
  const after = wall - offsetMinutes(wall + 24 * 3600000, timeZone) * 60000;
  // the earlier candidate that really shows this wall time, else (a skipped time) the later offset
  const candidates = [before, after].sort((a, b) => a - b);
  const exact = candidates.find((t) => t + offsetMinutes(t, timeZone) * 60000 === wall);
  return new Date(exact ?? Math.max(before, after)).toISOString();
}
