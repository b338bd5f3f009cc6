import { reviewDueDays, reviewDueState, reviewDueTime } from './review-due';

describe('review due date', () => {
  const end = '2026-12-01T10:00:00.000Z';

  it('is the company setting days after the end', () => {
    expect(reviewDueTime(end, 7)).toBe('2026-12-08T10:00:00.000Z');
    expect(reviewDueTime(end, 10)).toBe('2026-12-11T10:00:00.000Z');
  });

  it('reads the setting, falling back to seven days', () => {
    expect(reviewDueDays('10')).toBe(10);
    expect(reviewDueDays(null)).toBe(7);
    expect(reviewDueDays('')).toBe(7);
    expect(reviewDueDays('0')).toBe(7);
    expect(reviewDueDays('2.5')).toBe(7);
  });

  it('says where the review stands', () => {
    const due = reviewDueTime(end, 7);
    expect(reviewDueState(end, due, false, new Date('2026-12-01T09:00:00Z'))).toBe('notYet');
    expect(reviewDueState(end, due, false, new Date('2026-12-02T10:00:00Z'))).toBe('open');
    expect(reviewDueState(end, due, false, new Date('2026-12-06T10:00:00Z'))).toBe('dueSoon');
    expect(reviewDueState(end, due, false, new Date('2026-12-08T10:00:01Z'))).toBe('overdue');
    expect(reviewDueState(end, due, true, new Date('2026-12-09T10:00:00Z'))).toBe('written');
  });

  it('is due soon only in the last 48 hours of a longer period', () => {
    const due = reviewDueTime(end, 10);
    expect(reviewDueState(end, due, false, new Date('2026-12-08T10:00:01Z'))).toBe('open');
    expect(reviewDueState(end, due, false, new Date('2026-12-09T10:00:01Z'))).toBe('dueSoon');
  });
});
