import { dayRangeToUtc } from './audit-filter';

describe('dayRangeToUtc', () => {
  it('covers whole days in the company zone, the end inclusive to the millisecond', () => {
    expect(dayRangeToUtc('2026-12-07', '2026-12-07', 'Asia/Shanghai')).toEqual({
      from: '2026-12-06T16:00:00.000Z',
      to: '2026-12-07T15:59:59.999Z',
    });
  });

  it('crosses a month and a year end and follows daylight saving time', () => {
    expect(dayRangeToUtc('2026-12-31', '2026-12-31', 'America/New_York')).toEqual({
      from: '2026-12-31T05:00:00.000Z',
      to: '2027-01-01T04:59:59.999Z',
    });
    expect(dayRangeToUtc('2026-03-08', '2026-03-08', 'America/New_York')).toEqual({
      from: '2026-03-08T05:00:00.000Z',
      to: '2026-03-09T03:59:59.999Z',
    });
  });

  it('leaves out an empty bound', () => {
    expect(dayRangeToUtc('', '', 'Asia/Shanghai')).toEqual({ from: undefined, to: undefined });
    expect(dayRangeToUtc('2026-12-07', '', 'Asia/Shanghai')).toEqual({ from: '2026-12-06T16:00:00.000Z', to: undefined });
  });
});
