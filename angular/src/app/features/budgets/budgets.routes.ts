import { Routes } from '@angular/router';
import { accessGuard } from '../../core/auth/guards';

export default [
  { path: ':id', canActivate: [accessGuard], data: { permission: 'Budgets.Budgets' }, loadComponent: () => import('./budgets.component').then((m) => m.BudgetsComponent) },
  { path: '', canActivate: [accessGuard], data: { permission: 'Budgets.Budgets' }, loadComponent: () => import('./budgets.component').then((m) => m.BudgetsComponent) },
] satisfies Routes;
