/** The company setting with the days a review (复盘) is due after the event's end (SC-007: 7 by default). */
export const reviewDueDaysSetting = 'Events.ReviewDueDays';
export const defaultReviewDueDays = 7;

/** The setting's value as days; the default when it is missing or not a positive whole number. */
export function reviewDueDays(settingValue: string | null | undefined): number {
  const days = Number(settingValue);
  return Number.isInteger(days) && days > 0 ? days : defaultReviewDueDays;
}

/** The due time before a review exists (afterwards the API's dueTime). */
export function reviewDueTime(endTime: string, dueDays: number): string {
  return new Date(new Date(endTime).getTime() + dueDays * 24 * 60 * 60 * 1000).toISOString();
}

export type ReviewDueState = 'written' | 'notYet' | 'open' | 'dueSoon' | 'overdue';

/** Where the review stands at `now`: not possible before the end, due soon in the last 48 hours, then overdue. */
export function reviewDueState(endTime: string, dueTime: string, written: boolean, now: Date): ReviewDueState {
  if (written) return 'written';
  const end = new Date(endTime).getTime();
  const due = new Date(dueTime).getTime();
  const t = now.getTime();
  if (t < end) return 'notYet';
  if (t > due) return 'overdue';
  return due - t <= 48 * 60 * 60 * 1000 ? 'dueSoon' : 'open';
}
