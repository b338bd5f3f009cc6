import { reviewDueState, reviewDueTime } from './review-due';

describe('review due date', () => {
  const end = '2026-12-01T10:00:00.000Z';

  it('is seven days after the end', () => {
    expect(reviewDueTime(end)).toBe('2026-12-08T10:00:00.000Z');
  });

  it('says where the review stands', () => {
    expect(reviewDueState(end, false, new Date('2026-12-01T09:00:00Z'))).toBe('notYet');
    expect(reviewDueState(end, false, new Date('2026-12-02T10:00:00Z'))).toBe('open');
    expect(reviewDueState(end, false, new Date('2026-12-06T10:00:00Z'))).toBe('dueSoon');
    expect(reviewDueState(end, false, new Date('2026-12-08T10:00:01Z'))).toBe('overdue');
    expect(reviewDueState(end, true, new Date('2026-12-09T10:00:00Z'))).toBe('written');
  });
});
