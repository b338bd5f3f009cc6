import { Routes } from '@angular/router';

export default [
  { path: '', pathMatch: 'full', loadComponent: () => import('./members-list.component').then((m) => m.MembersListComponent) },
  { path: 'new', loadComponent: () => import('./member-form.component').then((m) => m.MemberFormComponent) },
  { path: ':id/edit', loadComponent: () => import('./member-form.component').then((m) => m.MemberFormComponent) },
  { path: ':id', loadComponent: () => import('./member-details.component').then((m) => m.MemberDetailsComponent) },
] satisfies Routes;
