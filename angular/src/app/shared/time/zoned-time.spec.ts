import { dayInZone, formatInstant as format, formatRelative, utcToZonedInput, zonedInputToUtc } from './zoned-time';

/** ICU puts narrow no-break spaces before AM/PM; compare with plain spaces. */
function formatInstant(iso: string | null, language: string, zone: string | null): string {
  return format(iso, language, zone).replace(/\s/g, ' ');
}

describe('times in the company time zone', () => {
  it('shows a UTC instant in Asia/Shanghai (UTC+8, no daylight saving)', () => {
    expect(formatInstant('2026-01-15T16:30:00Z', 'en', 'Asia/Shanghai')).toBe('Jan 16, 2026, 12:30 AM');
    expect(formatInstant('2026-07-01T16:30:00Z', 'en', 'Asia/Shanghai')).toBe('Jul 2, 2026, 12:30 AM');
    expect(formatInstant('2026-07-01T16:30:00Z', 'zh-Hans', 'Asia/Shanghai')).toBe('2026年7月2日 00:30');
  });

  it('follows daylight saving in a DST zone (America/New_York: UTC-5 in winter, UTC-4 in summer)', () => {
    expect(formatInstant('2026-01-15T12:00:00Z', 'en', 'America/New_York')).toBe('Jan 15, 2026, 7:00 AM');
    expect(formatInstant('2026-07-15T12:00:00Z', 'en', 'America/New_York')).toBe('Jul 15, 2026, 8:00 AM');
    // the night the clocks go forward (8 March 2026, 02:00 → 03:00 local)
    expect(formatInstant('2026-03-08T06:59:00Z', 'en', 'America/New_York')).toBe('Mar 8, 2026, 1:59 AM');
    expect(formatInstant('2026-03-08T07:00:00Z', 'en', 'America/New_York')).toBe('Mar 8, 2026, 3:00 AM');
  });

  it('gives the same instant different wall times in different zones, whatever the browser zone', () => {
    const iso = '2026-12-01T23:15:00Z';
    expect(formatInstant(iso, 'en', 'UTC')).toBe('Dec 1, 2026, 11:15 PM');
    expect(formatInstant(iso, 'en', 'Asia/Shanghai')).toBe('Dec 2, 2026, 7:15 AM');
  });

  it('is empty for no value or an invalid one, and survives an unknown zone', () => {
    expect(formatInstant(null, 'en', 'Asia/Shanghai')).toBe('');
    expect(formatInstant('not a time', 'en', 'Asia/Shanghai')).toBe('');
    expect(formatInstant('2026-01-15T16:30:00Z', 'en', 'Not/AZone')).not.toBe('');
  });

  it('says how long ago, in both languages', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    expect(formatRelative('2026-12-01T11:59:40Z', now, 'en')).toBe('now');
    expect(formatRelative('2026-12-01T11:55:00Z', now, 'en')).toBe('5 minutes ago');
    expect(formatRelative('2026-12-01T09:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(formatRelative('2026-11-30T12:00:00Z', now, 'en')).toBe('yesterday');
    expect(formatRelative('2026-11-30T12:00:00Z', now, 'zh-Hans')).toBe('昨天');
    expect(formatRelative('2026-12-01T11:55:00Z', now, 'zh-Hans')).toBe('5分钟前');
  });
});

describe('date-time inputs in the company time zone', () => {
  it('shows and reads wall times of Asia/Shanghai', () => {
    expect(utcToZonedInput('2026-07-01T01:30:00Z', 'Asia/Shanghai')).toBe('2026-07-01T09:30');
    expect(zonedInputToUtc('2026-07-01T09:30', 'Asia/Shanghai')).toBe('2026-07-01T01:30:00.000Z');
    expect(zonedInputToUtc('2026-01-01T00:15', 'Asia/Shanghai')).toBe('2025-12-31T16:15:00.000Z');
    expect(zonedInputToUtc('2026-07-01T09:30:45', 'Asia/Shanghai')).toBe('2026-07-01T01:30:45.000Z');
    expect(zonedInputToUtc('2026-07-01T09:30:45.5', 'Asia/Shanghai')).toBe('2026-07-01T01:30:45.500Z');
    expect(zonedInputToUtc('2026-07-01T09:30:4', 'Asia/Shanghai')).toBeNull();
  });

  it('follows daylight saving in America/New_York, including the skipped and the repeated hour', () => {
    expect(zonedInputToUtc('2026-01-15T09:00', 'America/New_York')).toBe('2026-01-15T14:00:00.000Z');
    expect(zonedInputToUtc('2026-07-15T09:00', 'America/New_York')).toBe('2026-07-15T13:00:00.000Z');
    expect(utcToZonedInput('2026-07-15T13:00:00Z', 'America/New_York')).toBe('2026-07-15T09:00');
    // 8 March 2026: 02:30 does not exist (02:00 → 03:00); it is read as 03:30 EDT
    expect(zonedInputToUtc('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
    // 1 November 2026: 01:30 happens twice; the first (EDT) is taken
    expect(zonedInputToUtc('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
  });

  it('rejects what is not a datetime-local value', () => {
    expect(zonedInputToUtc('', 'Asia/Shanghai')).toBeNull();
    expect(zonedInputToUtc('not a date', 'Asia/Shanghai')).toBeNull();
    expect(utcToZonedInput(null, 'Asia/Shanghai')).toBe('');
  });
});

describe('dayInZone', () => {
  it('reads the calendar day of an instant in the company time zone', () => {
    expect(dayInZone('2026-03-09T17:00:00Z', 'Asia/Shanghai')).toBe('2026-03-10');
    expect(dayInZone('2026-03-09T17:00:00Z', 'UTC')).toBe('2026-03-09');
    expect(dayInZone('2026-03-09T17:00:00Z', 'America/Los_Angeles')).toBe('2026-03-09');
    expect(dayInZone('2026-03-09T12:00:00Z', 'Not/AZone')).toMatch(/^2026-03-(09|10)$/);
  });
});
