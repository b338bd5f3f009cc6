import { Routes } from '@angular/router';

export default [
  { path: 'users', loadComponent: () => import('./users.component').then((m) => m.UsersComponent) },
  { path: '', pathMatch: 'full', redirectTo: 'users' },
] satisfies Routes;
