/** The tabs of an event's page; `?tab=` names one, so that links and reloads keep it. */
export const eventTabs = ['overview', 'registrations', 'costs', 'review', 'figures'] as const;

export type EventTab = (typeof eventTabs)[number];

export function toEventTab(value: string | null | undefined): EventTab {
  return eventTabs.find((tab) => tab === value) ?? 'overview';
}
