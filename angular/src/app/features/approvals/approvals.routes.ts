import { Routes } from '@angular/router';
import { accessGuard } from '../../core/auth/guards';

export default [
  { path: 'inbox', loadComponent: () => import('./my-approvals.component').then((m) => m.MyApprovalsComponent) },
  {
    path: 'new',
    canActivate: [accessGuard],
    data: { permission: 'Approvals.Requests' },
    loadComponent: () => import('./submit-request.component').then((m) => m.SubmitRequestComponent),
  },
  {
    path: 'policies',
    canActivate: [accessGuard],
    data: { permission: 'Approvals.Policies' },
    loadComponent: () => import('./policies.component').then((m) => m.PoliciesComponent),
  },
  { path: 'requests/:id', loadComponent: () => import('./request-details.component').then((m) => m.RequestDetailsComponent) },
  { path: '', pathMatch: 'full', redirectTo: 'inbox' },
] satisfies Routes;
