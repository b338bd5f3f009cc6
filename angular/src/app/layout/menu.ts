import { TextKey } from '../core/i18n/translate.service';

export interface MenuItem {
  text: TextKey;
  route: string;
  permission?: string;
  feature?: string;
  /** Host operators (no company) see only host items; company users never do. */
  host?: boolean;
}

export const menu: readonly MenuItem[] = [
  { text: 'menu.home', route: '/' },
  { text: 'menu.myApprovals', route: '/approvals/inbox' },
  { text: 'menu.newRequest', route: '/approvals/new', permission: 'Approvals.Requests' },
  { text: 'menu.events', route: '/events', permission: 'Events.MarketingEvents', feature: 'Modules.Events' },
  { text: 'menu.orgChart', route: '/org', permission: 'OrgChart.Units' },
  { text: 'menu.policies', route: '/approvals/policies', permission: 'Approvals.Policies' },
  { text: 'menu.users', route: '/identity/users', permission: 'Identity.Users' },
  { text: 'menu.roles', route: '/administration/roles', permission: 'Identity.Roles' },
  { text: 'menu.modules', route: '/administration/modules', permission: 'Administration.Modules' },
  { text: 'menu.settings', route: '/administration/settings', permission: 'Administration.Settings' },
  { text: 'menu.tenants', route: '/host/tenants', permission: 'Host.Tenants', host: true },
];
