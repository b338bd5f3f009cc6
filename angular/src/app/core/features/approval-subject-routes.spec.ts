import { describe, expect, it } from 'vitest';
import { ApprovalSubjectRoute, subjectRouteOf } from './approval-subject-routes';

const events: ApprovalSubjectRoute = {
  subjectModule: 'Events',
  businessTypes: ['Events.Event'],
  feature: 'Modules.Events',
  route: (id) => ['/events', id],
};
const processes: ApprovalSubjectRoute = {
  subjectModule: 'Processes',
  route: (id) => (/^[0-9a-f]{32}:[0-9a-f]{32}$/.test(id) ? ['/processes/instances', id.split(':')[0]] : null),
};
const on = () => true;

describe('subjectRouteOf', () => {
  it('links an event request to the event through the Events registration', () => {
    expect(subjectRouteOf([processes, events], { businessType: 'Events.Event', subjectModule: 'Events', subjectId: 'e1' }, on)).toEqual(['/events', 'e1']);
  });

  it('matches the subject module ignoring case, as the server does', () => {
    expect(subjectRouteOf([events], { businessType: 'Events.Event', subjectModule: 'events', subjectId: 'e1' }, on)).toEqual(['/events', 'e1']);
  });

  it('leaves out business types the registration does not name (a cost over budget is an Expense of the Events module)', () => {
    expect(subjectRouteOf([events], { businessType: 'Expense', subjectModule: 'Events', subjectId: 'expense:x' }, on)).toBeNull();
  });

  it('gives no link while the module is switched off for the company', () => {
    expect(subjectRouteOf([events], { businessType: 'Events.Event', subjectModule: 'Events', subjectId: 'e1' }, (f) => f !== 'Modules.Events')).toBeNull();
  });

  it('gives no link for a module nobody registered, e.g. requests entered in the portal, which are their own subject', () => {
    expect(subjectRouteOf([events, processes], { businessType: 'Expense', subjectModule: 'Portal', subjectId: 'x' }, on)).toBeNull();
  });

  it('lets a registration decline an id it has no page for and tries the next one', () => {
    const fallback: ApprovalSubjectRoute = { subjectModule: 'Processes', route: () => ['/processes/instances'] };
    const instance = 'a'.repeat(32);
    expect(subjectRouteOf([processes, fallback], { businessType: 'ProcessStep', subjectModule: 'Processes', subjectId: `${instance}:${'b'.repeat(32)}` }, on)).toEqual(['/processes/instances', instance]);
    expect(subjectRouteOf([processes, fallback], { businessType: 'ProcessStep', subjectModule: 'Processes', subjectId: 'odd' }, on)).toEqual(['/processes/instances']);
  });
});
