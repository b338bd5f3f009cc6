import { Routes } from '@angular/router';
import { accessGuard, anonymousGuard, signedInGuard } from './core/auth/guards';
import { componentStylesGuard } from './core/styles/component-styles';
import { ShellComponent } from './layout/shell.component';

/** One lazy feature per backend area; `data.permission` / `data.feature` are checked by accessGuard and hide the menu items. */
export const routes: Routes = [
  { path: 'account', canActivate: [anonymousGuard, componentStylesGuard], loadChildren: () => import('./features/account/account.routes') },
  // The public event registration page: no sign-in, outside the shell; the optional code is the registrant's own link.
  { path: 'register/:tenantSlug/:eventId', canActivate: [componentStylesGuard], loadComponent: () => import('./features/events/public-registration/public-registration.component').then((m) => m.PublicRegistrationComponent) },
  { path: 'register/:tenantSlug/:eventId/:code', canActivate: [componentStylesGuard], loadComponent: () => import('./features/events/public-registration/public-registration.component').then((m) => m.PublicRegistrationComponent) },
  {
    path: '',
    component: ShellComponent,
    canActivate: [signedInGuard, componentStylesGuard],
    children: [
      { path: '', pathMatch: 'full', loadComponent: () => import('./features/home/home.component').then((m) => m.HomeComponent) },
      { path: 'approvals', loadChildren: () => import('./features/approvals/approvals.routes') },
      { path: 'processes', loadChildren: () => import('./features/processes/processes.routes') },
      { path: 'notifications', loadChildren: () => import('./features/notifications/notifications.routes') },
      { path: 'budgets', loadChildren: () => import('./features/budgets/budgets.routes') },
      { path: 'org', canActivate: [accessGuard], data: { permission: 'OrgChart.Units' }, loadChildren: () => import('./features/org-chart/org-chart.routes') },
      { path: 'events', canActivate: [accessGuard], data: { permission: 'Events.MarketingEvents', feature: 'Modules.Events' }, loadChildren: () => import('./features/events/events.routes') },
      { path: 'identity', canActivate: [accessGuard], data: { permission: 'Identity.Users' }, loadChildren: () => import('./features/identity/identity.routes') },
      { path: 'administration', loadChildren: () => import('./features/administration/administration.routes') },
      { path: 'host', loadChildren: () => import('./features/host/host.routes') },
      { path: 'forbidden', loadComponent: () => import('./features/misc/forbidden.component').then((m) => m.ForbiddenComponent) },
      { path: '**', loadComponent: () => import('./features/misc/not-found.component').then((m) => m.NotFoundComponent) },
    ],
  },
];
