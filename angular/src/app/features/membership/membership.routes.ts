import { Routes } from '@angular/router';

export default [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./membership-items.component').then((m) => m.MembershipItemsComponent),
  },
] satisfies Routes;
