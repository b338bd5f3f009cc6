import { EventTemplateDto } from './api/models/event-template-dto';
import { MarketingEventStatus } from './api/models/marketing-event-status';
import { RaciEntryDto } from './api/models/raci-entry-dto';
import { canBecomeTemplate, eventStatuses } from './event-options';
import { eventsEn } from './events.texts.en';
import { eventsZhHans } from './events.texts.zh-hans';
import { planCounts, raciSummary, relativeDay, relativeDays } from './template-plan';

describe('event templates', () => {
  it('offers "save as template" only for finished events, as the API allows', () => {
    const allowed = eventStatuses.filter((s: MarketingEventStatus) => canBecomeTemplate(s));
    expect(allowed).toEqual(['Completed', 'Closed']);
  });

  it('has every template text in English and Chinese', () => {
    const keys = (texts: object) => Object.keys(texts).filter((k) => k.startsWith('eventTemplates.') || k === 'menu.eventTemplates').sort();
    expect(keys(eventsZhHans)).toEqual(keys(eventsEn));
    expect(keys(eventsEn).length).toBeGreaterThan(20);
  });
});

describe('template plan texts', () => {
  const translator = (texts: Record<string, string>) => (key: string, params?: Record<string, string | number>) =>
    Object.entries(params ?? {}).reduce((text, [name, value]) => text.replace(`{${name}}`, String(value)), texts[key] ?? key);
  const en = translator(eventsEn);
  const zh = translator(eventsZhHans);

  it('shows task days relative to the start day in both languages', () => {
    expect(relativeDays(-10, -3, en)).toBe('D-10 → D-3');
    expect(relativeDays(-10, -3, zh)).toBe('第 -10 天 → 第 -3 天');
    expect(relativeDays(0, 1, en)).toBe('D-day → D+1');
    expect(relativeDays('2', '2', zh)).toBe('第 +2 天');
    expect(relativeDay(0, zh)).toBe('第 0 天');
  });

  it('names RACI parties by their initial and marks parties that no longer exist', () => {
    const raci = [
      { role: 'Responsible', kind: 'Position', partyId: 'p', name: 'Stage crew' },
      { role: 'Consulted', kind: 'User', partyId: 'u', name: null },
    ] as RaciEntryDto[];
    expect(raciSummary(raci, en)).toBe('R Stage crew · C (no longer exists)');
    expect(raciSummary(raci, zh)).toBe('R Stage crew · C （已不存在）');
  });

  it('counts the plan items of a template', () => {
    const template = { tasks: [{}, {}], milestones: [{}], risks: [] } as unknown as EventTemplateDto;
    expect(planCounts(template, en)).toBe('Plan — tasks: 2 · milestones: 1 · risks: 0');
    expect(planCounts(template, zh)).toBe('计划：2 个任务 · 1 个里程碑 · 0 个风险');
  });
});
