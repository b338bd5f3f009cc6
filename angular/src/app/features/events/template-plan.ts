import { EventTemplateDto } from './api/models/event-template-dto';
import { RaciEntryDto } from './api/models/raci-entry-dto';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A day relative to the event's start day: "D-10", "D-day", "D+1" (zh-Hans "第 -10 天", "第 0 天", "第 +1 天"). */
export function relativeDay(offset: number | string, t: Translate): string {
  const n = Number(offset);
  if (n === 0) {
    return t('eventTemplates.dayOfEvent');
  }
  return t(n < 0 ? 'eventTemplates.dayBefore' : 'eventTemplates.dayAfter', { n: Math.abs(n) });
}

/** A task's days: "D-10 → D-3", or one day when it starts and ends on the same day. */
export function relativeDays(start: number | string, end: number | string, t: Translate): string {
  return Number(start) === Number(end) ? relativeDay(start, t) : `${relativeDay(start, t)} → ${relativeDay(end, t)}`;
}

/** "R Stage crew · C Li Lei"; a party that no longer exists is named as such (it is left out of new events). */
export function raciSummary(raci: readonly RaciEntryDto[], t: Translate): string {
  return raci.map((r) => `${r.role.charAt(0)} ${r.name ?? t('eventTemplates.partyGone')}`).join(' · ');
}

/** "2 tasks · 2 milestones · 1 risk" for the list of templates. */
export function planCounts(template: Pick<EventTemplateDto, 'tasks' | 'milestones' | 'risks'>, t: Translate): string {
  return t('eventTemplates.planCounts', { tasks: template.tasks.length, milestones: template.milestones.length, risks: template.risks.length });
}
