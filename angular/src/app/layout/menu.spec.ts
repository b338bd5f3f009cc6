import { menu, visibleMenu } from './menu';

describe('side menu', () => {
  const routes = (isHost: boolean, granted: string[], features: string[] = []) =>
    visibleMenu(menu, {
      isHost,
      isGranted: (p) => !p || granted.includes(p),
      isFeatureEnabled: (f) => !f || features.includes(f),
    }).map((i) => i.route);

  it('hides pages whose permission is not granted', () => {
    const staff = routes(false, ['Processes.Instances']);
    expect(staff).toContain('/processes/my-tasks');
    expect(staff).not.toContain('/administration/background-jobs');
    expect(staff).not.toContain('/budgets');
  });

  it('shows the job queue and audit log to company admins and host operators alike', () => {
    expect(routes(false, ['BackgroundJobs.Jobs', 'Administration.AuditLogs'])).toEqual(expect.arrayContaining(['/administration/background-jobs', '/administration/audit-logs']));
    expect(routes(true, ['BackgroundJobs.Jobs', 'Administration.AuditLogs'])).toEqual(expect.arrayContaining(['/administration/background-jobs', '/administration/audit-logs']));
  });

  it('shows event templates only with their permission and the Events module on', () => {
    expect(routes(false, ['Events.MarketingEvents', 'Events.EventTemplates'], ['Modules.Events'])).toContain('/events/templates');
    expect(routes(false, ['Events.MarketingEvents'], ['Modules.Events'])).not.toContain('/events/templates');
    expect(routes(false, ['Events.MarketingEvents', 'Events.EventTemplates'])).not.toContain('/events/templates');
  });

  it('keeps host pages from companies and company pages from host operators', () => {
    const all = menu.map((i) => i.permission).filter((p): p is string => !!p);
    expect(routes(false, all)).not.toContain('/host/editions');
    expect(routes(true, all)).toContain('/host/editions');
    expect(routes(true, all)).not.toContain('/budgets');
  });
});
