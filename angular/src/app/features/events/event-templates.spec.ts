import { MarketingEventStatus } from '../../api/models/marketing-event-status';
import { canBecomeTemplate, eventStatuses } from './event-options';
import { eventsEn } from './events.texts.en';
import { eventsZhHans } from './events.texts.zh-hans';

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
