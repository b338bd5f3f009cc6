import { TextKey } from '../core/i18n/translate.service';

export interface MenuItem {
  text: TextKey;
  route: string;
  permission?: string;
  feature?: string;
  /** Who sees the item: company users (default), host operators (no company) or both. */
  side?: 'tenant' | 'host' | 'both';
}

export const menu: readonly MenuItem[] = [
  { text: 'menu.home', route: '/' },
  { text: 'menu.myApprovals', route: '/approvals/inbox' },
  { text: 'menu.newRequest', route: '/approvals/new', permission: 'Approvals.Requests' },
  { text: 'menu.events', route: '/events', permission: 'Events.MarketingEvents', feature: 'Modules.Events' },
  { text: 'menu.eventTemplates', route: '/events/templates', permission: 'Events.EventTemplates', feature: 'Modules.Events' },
  { text: 'menu.myTasks', route: '/processes/my-tasks', permission: 'Processes.Instances' },
  { text: 'menu.processes', route: '/processes/instances', permission: 'Processes.Instances' },
  { text: 'menu.processTemplates', route: '/processes/templates', permission: 'Processes.Templates' },
  { text: 'menu.budgets', route: '/budgets', permission: 'Budgets.Budgets' },
  { text: 'menu.orgChart', route: '/org', permission: 'OrgChart.Units' },
  { text: 'menu.policies', route: '/approvals/policies', permission: 'Approvals.Policies' },
  { text: 'menu.users', route: '/identity/users', permission: 'Identity.Users' },
  { text: 'menu.roles', route: '/administration/roles', permission: 'Identity.Roles' },
  { text: 'menu.modules', route: '/administration/modules', permission: 'Administration.Modules' },
  { text: 'menu.settings', route: '/administration/settings', permission: 'Administration.Settings' },
  { text: 'menu.auditLogs', route: '/administration/audit-logs', permission: 'Administration.AuditLogs', side: 'both' },
  { text: 'menu.backgroundJobs', route: '/administration/background-jobs', permission: 'BackgroundJobs.Jobs', side: 'both' },
  { text: 'menu.tenants', route: '/host/tenants', permission: 'Host.Tenants', side: 'host' },
  { text: 'menu.editions', route: '/host/editions', permission: 'Host.Editions', side: 'host' },
];

/** What the signed-in user may open: their side (company or host), granted permission, module switched on. */
export function visibleMenu(
  items: readonly MenuItem[],
  access: { isHost: boolean; isGranted: (permission?: string) => boolean; isFeatureEnabled: (feature?: string) => boolean },
): MenuItem[] {
  return items.filter((item) => {
    const side = item.side ?? 'tenant';
    const onMySide = side === 'both' || (side === 'host') === access.isHost;
    return onMySide && access.isGranted(item.permission) && access.isFeatureEnabled(item.feature);
  });
}
