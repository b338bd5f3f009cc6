import { Routes } from '@angular/router';
import { accessGuard } from '../../core/auth/guards';

export default [
  { path: 'tenants', canActivate: [accessGuard], data: { permission: 'Host.Tenants' }, loadComponent: () => import('./tenants.component').then((m) => m.TenantsComponent) },
  { path: 'editions', canActivate: [accessGuard], data: { permission: 'Host.Editions' }, loadComponent: () => import('./editions.component').then((m) => m.EditionsComponent) },
  { path: '', pathMatch: 'full', redirectTo: 'tenants' },
] satisfies Routes;
