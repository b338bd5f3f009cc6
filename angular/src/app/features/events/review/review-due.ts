/** SC-007: the review is due seven days after the event's end (the API's dueTime once a review exists). */
export const reviewDueDays = 7;

export function reviewDueTime(endTime: string): string {
  return new Date(new Date(endTime).getTime() + reviewDueDays * 24 * 60 * 60 * 1000).toISOString();
}

export type ReviewDueState = 'written' | 'notYet' | 'open' | 'dueSoon' | 'overdue';

/** Where the review stands at `now`: not possible before the end, due soon in the last 48 hours, then overdue. */
export function reviewDueState(endTime: string, written: boolean, now: Date): ReviewDueState {
  if (written) return 'written';
  const end = new Date(endTime).getTime();
  const due = new Date(reviewDueTime(endTime)).getTime();
  const t = now.getTime();
  if (t < end) return 'notYet';
  if (t > due) return 'overdue';
  return due - t <= 48 * 60 * 60 * 1000 ? 'dueSoon' : 'open';
}
