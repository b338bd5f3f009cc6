import { Routes } from '@angular/router';
import { accessGuard } from '../../core/auth/guards';

export default [
  { path: 'tenants', canActivate: [accessGuard], data: { permission: 'Host.Tenants' }, loadComponent: () => import('./tenants.component').then((m) => m.TenantsComponent) },
  { path: '', pathMatch: 'full', redirectTo: 'tenants' },
] satisfies Routes;
